/**
 * The structured import format: the one shape every writer input takes. Reference data in
 * seed/reference/, curated events and statements, and the article extractor all produce an
 * ImportBatch; src/import/writer.ts writes one batch in one transaction.
 *
 * Documented for curators in docs/import-format.md.
 */
import { z } from 'zod';
import {
  CASUALTY_GROUPS,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_TYPES,
  FORCE_TYPES,
  GOVERNMENT_LEVELS,
  ORGANIZATION_TYPES,
  PLACE_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  STANCE_NAMES,
  SUB_EVENT_TYPES,
  eventTypeOf,
  type SubEventType,
} from '../domain/taxonomy.js';

/** Stable ids: a kind prefix and a slug, e.g. `place:makhmour-district`. */
export const ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9._-]{0,199}$/;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must look like "kind:slug" (lower case letters, digits, ".", "_" or "-")');

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const confidence = z.number().min(0).max(1);

/** Where a fact came from: the article and the sentence that states it. */
export const sourceSchema = z.strictObject({
  article: idSchema,
  sentence: z.string().trim().min(1).max(5000).optional(),
  confidence: confidence.optional(),
});
export type SourceInput = z.infer<typeof sourceSchema>;

/** A reference to another node, either bare (`org:isis`) or with its own evidence. */
export const refSchema = z.union([
  idSchema,
  z.strictObject({ ref: idSchema, sentence: z.string().trim().min(1).max(5000).optional(), confidence: confidence.optional() }),
]);
export type RefInput = z.infer<typeof refSchema>;

const coordinates = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

const entityBase = {
  id: idSchema,
  name: nonEmpty.max(300),
  aliases: z.array(nonEmpty.max(300)).default([]),
  wikidataId: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q796')
    .optional(),
  description: z.string().trim().max(2000).optional(),
  /** Provenance of the entity itself (where it was first read). */
  sources: z.array(sourceSchema).default([]),
};

const office = z.strictObject({
  title: nonEmpty.max(300),
  of: refSchema,
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...entityBase,
    kind: z.literal('Place'),
    placeType: z.enum(PLACE_TYPES).optional(),
    location: coordinates.optional(),
    locatedIn: refSchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('Organization'),
    organizationType: z.enum(ORGANIZATION_TYPES).optional(),
    partOf: refSchema.optional(),
    basedIn: refSchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('Government'),
    level: z.enum(GOVERNMENT_LEVELS).optional(),
    governs: refSchema.optional(),
    seatedIn: refSchema.optional(),
    partOf: refSchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('Force'),
    forceType: z.enum(FORCE_TYPES).optional(),
    under: z.array(refSchema).default([]),
    partOf: refSchema.optional(),
    basedIn: refSchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('Person'),
    offices: z.array(office).default([]),
    memberOf: z.array(refSchema).default([]),
  }),
]);
export type EntityInput = z.infer<typeof entitySchema>;

export const articleSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().max(1000).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http or https URL' }).optional(),
  publisher: refSchema.optional(),
  published: isoDate,
  language: z.string().trim().min(2).max(12).default('en'),
  text: z.string().max(2_000_000).optional(),
  /** Digest of the source text: re-importing the same text is recognised and skipped. */
  contentHash: z.string().max(128).optional(),
});
export type ArticleInput = z.infer<typeof articleSchema>;

const count = z.number().int().min(0).max(1_000_000);

export const casualtySchema = z
  .strictObject({
    /** The actor affected, when the source names one (e.g. `force:peshmerga`). */
    actor: idSchema.optional(),
    group: z.enum(CASUALTY_GROUPS).default('UNSPECIFIED'),
    killed: count.optional(),
    injured: count.optional(),
    abducted: count.optional(),
    arrested: count.optional(),
    source: sourceSchema.optional(),
  })
  .refine((c) => [c.killed, c.injured, c.abducted, c.arrested].some((n) => n !== undefined), {
    message: 'a casualty figure needs at least one of killed, injured, abducted or arrested',
  });
export type CasualtyInput = z.infer<typeof casualtySchema>;

export const eventSchema = z
  .strictObject({
    id: idSchema,
    /** Optional when subEventType is given: it is derived from it. */
    eventType: z.enum(EVENT_TYPES).optional(),
    subEventType: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
    label: z.string().trim().max(200).optional(),
    description: z.string().trim().max(5000).optional(),
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS).default('DAY'),
    place: refSchema.optional(),
    /**
     * ACLED geo_precision: 1 the exact place, 2 near a named place or within a district, 3 only
     * the governorate, region or country. When absent the writer derives it from the place.
     */
    geoPrecision: z.number().int().min(1).max(3).optional(),
    perpetrators: z.array(refSchema).default([]),
    targets: z.array(refSchema).default([]),
    civilianTargeting: z.boolean().default(false),
    casualties: z.array(casualtySchema).default([]),
    sources: z.array(sourceSchema).default([]),
    /**
     * When true (the article extractor sets it), the writer looks for an existing event that is the
     * same real-world event (same kind, same or nested place, dates within a day, compatible actors)
     * and adds this report to it instead of creating a new node.
     */
    mergeWithExisting: z.boolean().default(false),
  })
  .refine((e) => !e.eventType || eventTypeOf(e.subEventType) === e.eventType, {
    message: 'subEventType does not belong to eventType in the ACLED taxonomy',
    path: ['subEventType'],
  });
export type EventInput = z.infer<typeof eventSchema>;

export const statementSchema = z.strictObject({
  id: idSchema,
  speaker: refSchema,
  stance: z.enum(STANCE_NAMES as [string, ...string[]]),
  about: z.array(refSchema).default([]),
  toward: z.array(refSchema).default([]),
  quote: z.string().trim().max(5000).optional(),
  summary: z.string().trim().max(2000).optional(),
  date: isoDate.optional(),
  sources: z.array(sourceSchema).default([]),
});
export type StatementInput = z.infer<typeof statementSchema>;

const propertyValue = z.union([z.string().max(5000), z.number(), z.boolean()]);

export const relationshipSchema = z.strictObject({
  from: idSchema,
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  to: idSchema,
  properties: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), propertyValue).default({}),
  source: sourceSchema.optional(),
});
export type RelationshipInput = z.infer<typeof relationshipSchema>;

export const importBatchSchema = z.strictObject({
  /** Free text naming where the batch came from, for logs and errors. */
  origin: z.string().optional(),
  articles: z.array(articleSchema).default([]),
  entities: z.array(entitySchema).default([]),
  events: z.array(eventSchema).default([]),
  statements: z.array(statementSchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;
export type ImportBatchInput = z.input<typeof importBatchSchema>;

export function refId(ref: RefInput): string {
  return typeof ref === 'string' ? ref : ref.ref;
}

/** Formats zod issues as `path: message` lines, for curators. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}
