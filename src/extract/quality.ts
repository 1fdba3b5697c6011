/**
 * Extraction quality: scores one article's extraction (an ImportBatch) against its human
 * annotation (tests/fixtures/expected/<article>.yaml). Pure functions, no I/O: the report script
 * (scripts/extraction-quality.ts) reads the files, runs the extractor and prints the figures.
 *
 * Every category yields true positives, false positives and false negatives, plus the unmatched
 * items described in a few words for debugging. Matching is one-to-one and greedy: all admissible
 * (expected, extracted) pairs are scored, sorted by score (ties by expected index, then extracted
 * index) and taken best first, so the result is deterministic.
 *
 * Matching rules
 * --------------
 * Name resolution (an expected, human-readable name against an extracted id):
 *   - Names are normalised: accents and case dropped, a possessive 's dropped, apostrophes and
 *     dots removed ("U.S." = "US", "Da'esh" = "Daesh"), other punctuation made a space, a leading
 *     "the" dropped, country adjectives read as the country ("Turkish" = "Turkey", "Iraqi" = "Iraq").
 *   - The id's entity is looked up in the reference entities plus the batch's own entities; its
 *     names are its name, its aliases and its id slug ("place:makhmour-district" → "makhmour district").
 *   - Exact: the normalised expected name equals one of those names.
 *   - Place type suffix: "Riyadh Subdistrict" names a Place "Riyadh" whose placeType is SUBDISTRICT
 *     (district, subdistrict/sub-district/nahiya, governorate/province, city, town, village, area, region).
 *     A natural-feature word may be added or dropped on either side, whatever the placeType
 *     ("Qarachogh Mountain" = "Qarachogh", "Jazeera Desert" = "Jazeera"). "X District" and "X Subdistrict"
 *     name the same district or sub-district, since the press calls one by the other's word.
 *   - Containment: for multiword names (the shorter side has at least two words), one name's words
 *     appear as a contiguous run in the other's ("Kirkuk Police" ~ "Kirkuk Police Directorate").
 * Place enclosure: where a place is compared (event place, fact ends other than LOCATED_IN), an
 *   extracted place also matches when it is the direct parent or a direct child (LOCATED_IN, one
 *   level) of a place that the expected name resolves to, or when it resolves the first name of the
 *   expected event's `within` list (the annotated parent). Makhmour ~ Makhmour District.
 * Events: an extracted event is admissible for an expected one when (a) both sub-event types are in
 *   the same ACLED event type, (b) the dates are within one day — each date is widened to the
 *   period its precision names (week: date..date+6, month: to the end of the month, year: to the
 *   end of the year) and the two periods must be at most one day apart; for two day-precision dates
 *   this is |Δ| ≤ 1 — and (c) the places match (name or enclosure) or either side has no place.
 *   Within matched events the sub-facts are scored on their own:
 *     perpetrators — expected names against extracted perpetrator ids;
 *     targets     — expected names against extracted target ids; a group word (civilians, …)
 *                   is satisfied by `civilianTargeting: true` or a matching casualty group;
 *     casualties  — every expected (group, measure, count) against every extracted
 *                   (actor/group, measure, count): the measure (killed/injured/abducted/arrested)
 *                   and count must be equal, and the group must agree: either the extracted actor
 *                   resolves the expected group's name, or the extracted group is the class of the
 *                   expected group (civilians/villagers/shepherds/protesters… → CIVILIANS;
 *                   soldiers/police/Peshmerga/PMF or any Force/Government → SECURITY_FORCES;
 *                   militants/attackers/suspects or an armed group → MILITANTS).
 *   Exact sub-event type equality over matched events is reported as the `eventTypes` accuracy.
 * Actors: perpetrators and targets match by name, or a state's forces stand for the state
 *   ("Turkey" is satisfied by the Turkish Armed Forces when they serve Turkey, UNDER/PART_OF).
 * Statements: speaker (name resolution) and stance must match. `about: event` is satisfied when
 *   the extracted statement's `about` holds the extracted event matched to expected event 0
 *   (`event N` names event N); other `about` values and `toward` names go through name resolution.
 *   About/toward correctness is reported as attribute accuracies, not as part of the match.
 * Entities: every entity the extraction mentions (MENTIONS targets, batch.entities, the article's
 *   publisher and every id an event, statement or relationship refers to) against the expected
 *   {name, kind}; the kind must be the same, except that a Government and the Place it governs
 *   (Iraq the state and Iraq the country) match either. An extracted Government/Place left over
 *   because its counterpart already matched that expected entity is not counted as a false positive.
 * Offices: HOLDS_OFFICE relationships (and `offices` of extracted Person entities): the person
 *   and the `of` body must resolve; the title is ignored. `of` naming a place is also satisfied by
 *   the Government that governs it; an expected office without `of` matches on the person alone.
 * Facts: the remaining entity-to-entity relationships (plus the equivalent fields of extracted
 *   entities: locatedIn, partOf, under, …) against {from, type, to}. PART_OF and UNDER are treated
 *   as the same type; NEAR, BORDERS and COOPERATES_WITH match in either direction. Expected facts
 *   whose type the schema does not have (e.g. CAPITAL_OF) cannot be extracted: they are left out of
 *   the counts and listed in the notes. A missed fact that the reference data already holds is
 *   marked "(in reference)" in the misses.
 */
import { z } from 'zod';
import {
  RELATIONSHIP_TYPE_NAMES,
  SUB_EVENT_TYPES,
  eventTypeOf,
  type CasualtyGroup,
  type EntityKind,
  type SubEventType,
} from '../domain/taxonomy.js';
import { nameSkeleton } from '../domain/incident-match.js';
import { refId, type CasualtyInput, type EntityInput, type EventInput, type ImportBatch, type RefInput, type StatementInput } from '../import/format.js';

// ------------------------------------------------------------------------------------------------
// The expected annotation

const nameList = z.union([z.string(), z.array(z.string())]).optional();
const count = z.number().int().min(0).optional();

export const expectedCasualtySchema = z.looseObject({
  group: z.string(),
  killed: count,
  injured: count,
  abducted: count,
  arrested: count,
});

export const expectedEventSchema = z.looseObject({
  subEventType: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
  date: z.union([z.string(), z.date()]).transform(isoOf),
  datePrecision: z.string().optional(),
  place: z.string().optional(),
  within: z.array(z.string()).default([]),
  perpetrators: z.array(z.string()).default([]),
  targets: z.array(z.string()).default([]),
  casualties: z.array(expectedCasualtySchema).default([]),
  evidence: z.string().optional(),
});

export const expectedStatementSchema = z.looseObject({
  speaker: z.string(),
  stance: z.string(),
  about: nameList,
  toward: nameList,
  evidence: z.string().optional(),
});

export const expectedSchema = z.looseObject({
  article: z.string().optional(),
  published: z.union([z.string(), z.date()]).transform(isoOf).optional(),
  events: z.array(expectedEventSchema).nullish().transform((v) => v ?? []),
  statements: z.array(expectedStatementSchema).nullish().transform((v) => v ?? []),
  entities: z.array(z.looseObject({ name: z.string(), kind: z.string() })).nullish().transform((v) => v ?? []),
  offices: z.array(z.looseObject({ person: z.string(), title: z.string().optional(), of: z.string().optional() })).nullish().transform((v) => v ?? []),
  facts: z.array(z.looseObject({ from: z.string(), type: z.string(), to: z.string() })).nullish().transform((v) => v ?? []),
});
export type ExpectedAnnotation = z.output<typeof expectedSchema>;
export type ExpectedEvent = z.output<typeof expectedEventSchema>;
export type ExpectedStatement = z.output<typeof expectedStatementSchema>;
export type ExpectedCasualty = z.output<typeof expectedCasualtySchema>;

/** Validates a parsed expected file (YAML dates may arrive as Date objects). Throws on bad shape. */
export function parseExpected(data: unknown): ExpectedAnnotation {
  const parsed = expectedSchema.safeParse(data ?? {});
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

function isoOf(v: string | Date): string {
  return typeof v === 'string' ? v : v.toISOString().slice(0, 10);
}

// ------------------------------------------------------------------------------------------------
// Scores

export const CATEGORIES = ['events', 'statements', 'entities', 'offices', 'facts'] as const;
export type Category = (typeof CATEGORIES)[number];
export const SUB_CATEGORIES = ['perpetrators', 'targets', 'casualties'] as const;
export type SubCategory = (typeof SUB_CATEGORIES)[number];
export const ATTRIBUTES = ['eventTypes', 'incidentsFound', 'eventDates', 'eventPlaces', 'stateActors', 'statementAbout', 'statementToward'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
/**
 * Why an expected event is missed, or an extracted one is extra, by the stage that lost it
 * (counts only, so a blind set can report them without showing which article failed how).
 * Misses: `notFound` (no extracted event of a related kind within a week), or found with a wrong
 * `date`, a place that is an enclosing one (`placeCoarse`: the district for its village), a
 * place the reference data and the extraction do not know at all (`placeUnknown`), another place
 * (`placeOther`) or none (`placeNone`), or a wrong event type (`type`). Extras: the other side of
 * such a miss (`sameIncident`), a second event for an incident already matched (`split`), an
 * event more than a month before publication (`background`), or none of these (`spurious`).
 */
export const EVENT_ERRORS = ['notFound', 'date', 'placeCoarse', 'placeUnknown', 'placeOther', 'placeNone', 'type', 'sameIncident', 'split', 'background', 'spurious'] as const;
export type EventError = (typeof EVENT_ERRORS)[number];
/**
 * Why an expected statement is missed, or an extracted one is extra (counts only, as for events).
 * Misses: the speaker's other stance in the same report was found but not this one
 * (`secondStance`: one statement where the text gives two), the speaker was found with another
 * stance (`stance`), the stance was found for another speaker (`speaker`), or nothing
 * (`notFound`). Extras: the other side of a `stance` or `speaker` miss (`wrongStance`,
 * `wrongSpeaker`), a further stance of a speaker whose expected stances are all found
 * (`extraStance`), or none of these (`spurious`).
 */
export const STATEMENT_ERRORS = ['secondStance', 'stance', 'speaker', 'notFound', 'wrongStance', 'wrongSpeaker', 'extraStance', 'spurious'] as const;
export type StatementError = (typeof STATEMENT_ERRORS)[number];

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  /** Expected items not found, described briefly. */
  misses: string[];
  /** Extracted items that match nothing expected. */
  falsePositives: string[];
}

export interface Accuracy {
  correct: number;
  total: number;
  /** The wrong cases, described. */
  wrong: string[];
}

export interface ArticleScore {
  article: string;
  /** Expected event index -> extracted event index, for events found at least loosely (same kind of incident, within a week). */
  eventPairs: { expected: number; extracted: number; strict: boolean }[];
  categories: Record<Category, CategoryScore>;
  /** Scored inside matched events only. */
  subFacts: Record<SubCategory, CategoryScore>;
  attributes: Record<Attribute, Accuracy>;
  eventErrors: Record<EventError, number>;
  statementErrors: Record<StatementError, number>;
  /** Missed facts that the reference data already holds (the graph knows them anyway). */
  factsMissedInReference: number;
  notes: string[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyScore(): CategoryScore {
  return { tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [] };
}

function emptyAccuracy(): Accuracy {
  return { correct: 0, total: 0, wrong: [] };
}

/** Precision, recall and F1; an empty denominator counts as 1 (nothing to find, nothing wrong). */
export function prf(s: Pick<CategoryScore, 'tp' | 'fp' | 'fn'>): Prf {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds counts (not the item lists). */
export function sumScores(scores: Pick<CategoryScore, 'tp' | 'fp' | 'fn'>[]): { tp: number; fp: number; fn: number } {
  return scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
}

export interface Totals {
  categories: Record<Category, { tp: number; fp: number; fn: number } & Prf>;
  subFacts: Record<SubCategory, { tp: number; fp: number; fn: number } & Prf>;
  attributes: Record<Attribute, { correct: number; total: number; accuracy: number }>;
  eventErrors: Record<EventError, number>;
  statementErrors: Record<StatementError, number>;
  /** Micro-average over the five categories. */
  overall: { tp: number; fp: number; fn: number } & Prf;
}

/** Totals over articles: per category, the sub-facts, attribute accuracies and the micro-average. */
export function totalScores(articles: ArticleScore[]): Totals {
  const cat = (k: Category) => {
    const s = sumScores(articles.map((a) => a.categories[k]));
    return { ...s, ...prf(s) };
  };
  const sub = (k: SubCategory) => {
    const s = sumScores(articles.map((a) => a.subFacts[k]));
    return { ...s, ...prf(s) };
  };
  const attr = (k: Attribute) => {
    const correct = articles.reduce((n, a) => n + a.attributes[k].correct, 0);
    const total = articles.reduce((n, a) => n + a.attributes[k].total, 0);
    return { correct, total, accuracy: total === 0 ? 1 : correct / total };
  };
  const categories = Object.fromEntries(CATEGORIES.map((k) => [k, cat(k)])) as Totals['categories'];
  const overall = sumScores(CATEGORIES.map((k) => categories[k]));
  return {
    categories,
    subFacts: Object.fromEntries(SUB_CATEGORIES.map((k) => [k, sub(k)])) as Totals['subFacts'],
    attributes: Object.fromEntries(ATTRIBUTES.map((k) => [k, attr(k)])) as Totals['attributes'],
    eventErrors: Object.fromEntries(EVENT_ERRORS.map((k) => [k, articles.reduce((n, a) => n + a.eventErrors[k], 0)])) as Totals['eventErrors'],
    statementErrors: Object.fromEntries(STATEMENT_ERRORS.map((k) => [k, articles.reduce((n, a) => n + a.statementErrors[k], 0)])) as Totals['statementErrors'],
    overall: { ...overall, ...prf(overall) },
  };
}

// ------------------------------------------------------------------------------------------------
// Names

/** The normal form names are compared in. */
export function normalizeName(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
  s = s.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's'); // possessives
  s = s.replace(/['.]/g, ''); // inner apostrophes and dots: Da'esh, U.S.
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/^the\s+/, '');
  s = s
    .split(' ')
    .map((w) => DEMONYMS[w] ?? w)
    .join(' ');
  return s;
}

/** Country adjectives read as the country: "Turkish Ministry of National Defense" = "Turkey Ministry …". */
const DEMONYMS: Record<string, string> = {
  iraqi: 'iraq',
  turkish: 'turkey',
  iranian: 'iran',
  syrian: 'syria',
  egyptian: 'egypt',
  bahraini: 'bahrain',
  qatari: 'qatar',
  jordanian: 'jordan',
  kuwaiti: 'kuwait',
  emirati: 'uae',
  french: 'france',
  german: 'germany',
  british: 'uk',
  american: 'us',
};

/** Natural-feature words a place name may carry or drop: "Qarachogh Mountain" = "Qarachogh". */
const FEATURE_WORDS = ['mountain', 'mountains', 'mount', 'desert', 'river', 'valley', 'lake', 'plain', 'plains', 'hills', 'range', 'dam'];

const PLACE_TYPE_WORDS: Record<string, string> = {
  district: 'DISTRICT',
  qadha: 'DISTRICT',
  subdistrict: 'SUBDISTRICT',
  'sub district': 'SUBDISTRICT',
  nahiya: 'SUBDISTRICT',
  governorate: 'GOVERNORATE',
  province: 'GOVERNORATE',
  city: 'CITY',
  town: 'TOWN',
  village: 'VILLAGE',
  area: 'AREA',
  region: 'REGION',
};

interface IndexedEntity {
  id: string;
  kind: EntityKind | null;
  name: string;
  names: string[];
  placeType: string | null;
  organizationType: string | null;
  parentId: string | null;
  governs: string | null;
  /** For a Force: the governments and forces it serves (UNDER / PART_OF). */
  serves: string[];
}

const PREFIX_KINDS: Record<string, EntityKind> = {
  place: 'Place',
  org: 'Organization',
  gov: 'Government',
  force: 'Force',
  person: 'Person',
};

function slugName(id: string): string {
  return id.slice(id.indexOf(':') + 1).replace(/[-_.]+/g, ' ');
}

/** Match strength: 0 none; higher is better. */
export const Strength = { None: 0, Containment: 1, TypeSuffix: 2, Exact: 3 } as const;
export type Strength = (typeof Strength)[keyof typeof Strength];

/**
 * The entities an article is scored with: the reference entities and the batch's own, with their
 * normalised names and place parents. Ids not defined anywhere still get a slug name.
 */
export class EntityIndex {
  private readonly byId = new Map<string, IndexedEntity>();

  constructor(entities: EntityInput[], extraParents: { from: string; to: string }[] = []) {
    for (const e of entities) {
      const known = this.byId.get(e.id);
      const names = [e.name, ...e.aliases].map(normalizeName).concat(normalizeName(slugName(e.id)));
      if (known) {
        // The batch may repeat a reference entity: merge names, keep the first definition's parent.
        for (const n of names) if (!known.names.includes(n)) known.names.push(n);
        continue;
      }
      this.byId.set(e.id, {
        id: e.id,
        kind: e.kind,
        name: e.name,
        names: [...new Set(names.filter(Boolean))],
        placeType: e.kind === 'Place' ? (e.placeType ?? null) : null,
        organizationType: e.kind === 'Organization' ? (e.organizationType ?? null) : null,
        parentId: e.kind === 'Place' && e.locatedIn ? refId(e.locatedIn) : null,
        serves: e.kind === 'Force' ? [...e.under.map(refId), ...(e.partOf ? [refId(e.partOf)] : [])] : [],
        governs: e.kind === 'Government' && e.governs ? refId(e.governs) : null,
      });
    }
    for (const r of extraParents) {
      const child = this.byId.get(r.from);
      if (child && !child.parentId) child.parentId = r.to;
    }
  }

  /** The reference index extended by one batch (its entities and LOCATED_IN relationships). */
  static forBatch(reference: EntityInput[], batch: ImportBatch): EntityIndex {
    return new EntityIndex(
      [...batch.entities, ...reference],
      batch.relationships.filter((r) => r.type === 'LOCATED_IN'),
    );
  }

  get(id: string): IndexedEntity {
    return (
      this.byId.get(id) ?? {
        id,
        kind: PREFIX_KINDS[id.slice(0, id.indexOf(':'))] ?? null,
        name: id,
        names: [normalizeName(slugName(id))],
        placeType: null,
        organizationType: null,
        parentId: null,
        governs: null,
        serves: [],
      }
    );
  }

  kindOf(id: string): EntityKind | null {
    return this.get(id).kind;
  }

  /** "Name (id)" for descriptions. */
  label(id: string): string {
    const e = this.byId.get(id);
    return e ? `${e.name} (${id})` : id;
  }

  all(): IndexedEntity[] {
    return [...this.byId.values()];
  }

  /** How well an expected name names an id (see the header). */
  nameMatch(name: string, id: string): Strength {
    const key = normalizeName(name);
    if (!key) return Strength.None;
    const e = this.get(id);
    if (e.names.includes(key)) return Strength.Exact;
    if (e.kind === 'Place' || e.kind === null) {
      for (const [word, type] of Object.entries(PLACE_TYPE_WORDS)) {
        if (key.endsWith(` ${word}`) && (e.placeType === type || e.placeType === null)) {
          const stem = key.slice(0, -word.length - 1);
          if (e.names.includes(stem)) return Strength.TypeSuffix;
        }
      }
    }
    // "al-Azim district" for the unit the reference calls Al-Azim Subdistrict (reporters mix the two).
    if (e.placeType === 'DISTRICT' || e.placeType === 'SUBDISTRICT') {
      const swapped = key.endsWith(' subdistrict') ? `${key.slice(0, -' subdistrict'.length)} district` : key.endsWith(' district') ? `${key.slice(0, -' district'.length)} subdistrict` : null;
      if (swapped && e.names.includes(swapped)) return Strength.TypeSuffix;
    }
    if (e.kind === 'Place' || e.kind === null) {
      for (const word of FEATURE_WORDS) {
        if (key.endsWith(` ${word}`) && e.names.includes(key.slice(0, -word.length - 1))) return Strength.TypeSuffix;
        if (e.names.some((n) => n === `${key} ${word}`)) return Strength.TypeSuffix;
      }
    }
    const words = key.split(' ');
    for (const n of e.names) {
      const other = n.split(' ');
      const [shorter, longer] = words.length <= other.length ? [words, other] : [other, words];
      if (shorter.length >= 2 && containsRun(longer, shorter)) return Strength.Containment;
    }
    return Strength.None;
  }

  /** Every indexed id the name resolves to. */
  resolve(name: string): string[] {
    return this.all()
      .filter((e) => this.nameMatch(name, e.id) > Strength.None)
      .map((e) => e.id);
  }

  parentOf(id: string): string | null {
    return this.get(id).parentId;
  }

  /**
   * An actor named for an event role: by name, or a state's forces for the state ("Turkey" is
   * satisfied by the Turkish Armed Forces, as ACLED's "Military Forces of Turkey").
   */
  actorMatch(name: string, id: string): number {
    const direct = this.nameMatch(name, id);
    if (direct > Strength.None) return direct;
    const seen = new Set<string>();
    const queue = [...this.get(id).serves];
    while (queue.length) {
      const up = queue.shift()!;
      if (seen.has(up)) continue;
      seen.add(up);
      const e = this.get(up);
      if (e.kind === 'Government' && this.nameMatch(name, up) > Strength.None) return 1;
      queue.push(...e.serves);
    }
    return Strength.None;
  }

  /**
   * A place comparison: 3/2/1 for a name match (as nameMatch), 0.5 for a one-level enclosure
   * (or the annotated parent in `within`), 0 for none.
   */
  placeMatch(name: string, id: string, within: string[] = []): number {
    const direct = this.nameMatch(name, id);
    if (direct > Strength.None) return direct;
    const parent = this.parentOf(id);
    if (parent && this.nameMatch(name, parent) > Strength.None) return 0.5;
    for (const e of this.all()) {
      if (e.parentId === id && this.nameMatch(name, e.id) > Strength.None) return 0.5;
    }
    const annotatedParent = within[0];
    if (annotatedParent && this.nameMatch(annotatedParent, id) > Strength.None) return 0.5;
    return 0;
  }
}

/** Place types too broad to stand for a place inside them. */
const BROAD_PLACE_TYPES = new Set(['GOVERNORATE', 'REGION', 'COUNTRY']);

function broadName(name: string): boolean {
  return /\b(?:governorate|province|region|iraq|kurdistan)\s*$/i.test(name);
}

/**
 * Strict place of an event (see the header): the expected place by name or by a spelling
 * variant (3/2/1), a place inside it (2.5: more precise is right), or the place's own district or
 * sub-district when the expected place is a village the extractor could not know (0.5); never a
 * governorate or country for a place inside it, never a sibling.
 */
export function eventPlaceMatch(index: EntityIndex, name: string, id: string, within: string[] = []): number {
  const direct = index.nameMatch(name, id);
  if (direct > Strength.None) return direct;
  const e = index.get(id);
  if (e.names.some((n) => nameSkeleton(n) === nameSkeleton(name))) return 1;
  // Inside the expected place (a village of the expected district).
  let current = index.parentOf(id);
  for (let i = 0; current && i < 10; i++, current = index.parentOf(current)) {
    if (index.nameMatch(name, current) > Strength.None) return 2.5;
  }
  // The expected place's own parent (one level), when that parent is not a province or broader.
  if (BROAD_PLACE_TYPES.has(e.placeType ?? '')) return 0;
  const annotatedParent = within[0];
  if (annotatedParent && !broadName(annotatedParent) && index.nameMatch(annotatedParent, id) > Strength.None) return 0.5;
  for (const child of index.all()) {
    if (child.parentId === id && index.nameMatch(name, child.id) > Strength.None && !broadName(e.name)) return 0.5;
  }
  return 0;
}

function containsRun(longer: string[], shorter: string[]): boolean {
  for (let i = 0; i + shorter.length <= longer.length; i++) {
    if (shorter.every((w, j) => longer[i + j] === w)) return true;
  }
  return false;
}

/** Counts each strict event miss and extra by its class (EVENT_ERRORS). */
function classifyEventErrors(
  out: Record<EventError, number>,
  expected: ExpectedAnnotation,
  xEvents: ImportBatch['events'],
  strict: Map<number, number>,
  loose: Map<number, number>,
  index: EntityIndex,
): void {
  const looseOf = new Map([...loose].map(([ei, xi]) => [xi, ei]));
  const strictX = new Set(strict.values());
  const named = (name: string) => index.all().filter((x) => index.nameMatch(name, x.id) > Strength.None);
  const encloses = (id: string, name: string): boolean =>
    named(name).some((x) => {
      let up = index.parentOf(x.id);
      for (let i = 0; up && i < 10; i++, up = index.parentOf(up)) if (up === id) return true;
      return false;
    });
  expected.events.forEach((e, ei) => {
    if (strict.has(ei)) return;
    const xi = loose.get(ei);
    if (xi === undefined) return void out.notFound++;
    const x = xEvents[xi]!;
    if (periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision)) !== 0) return void out.date++;
    if (e.place && !(x.place && eventPlaceMatch(index, e.place, refId(x.place), e.within) > 0)) {
      if (!x.place) return void out.placeNone++;
      const id = refId(x.place);
      if (encloses(id, e.place) || e.within.some((w) => index.nameMatch(w, id) > Strength.None)) return void out.placeCoarse++;
      if (!named(e.place).length) return void out.placeUnknown++;
      return void out.placeOther++;
    }
    out.type++;
  });
  const published = expected.published ? Date.parse(expected.published) : NaN;
  xEvents.forEach((x, xi) => {
    if (strictX.has(xi)) return;
    const ei = looseOf.get(xi);
    if (ei !== undefined && !strict.has(ei)) return void out.sameIncident++;
    if (Date.parse(x.date) < published - 30 * 86_400_000) return void out.background++;
    const near = [...strict].some(([si]) => {
      const e = expected.events[si]!;
      if (periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision)) > 1) return false;
      return !e.place || !x.place || eventPlaceMatch(index, e.place, refId(x.place), e.within) > 0;
    });
    if (near) return void out.split++;
    out.spurious++;
  });
}

/**
 * Counts each statement miss and extra by its class (STATEMENT_ERRORS). `sameSpeaker` says
 * whether an extracted statement's speaker is the expected one's; `match` pairs expected with
 * extracted statements.
 */
export function classifyStatementErrors(
  out: Record<StatementError, number>,
  expected: readonly { stance: string }[],
  extracted: readonly { stance: string }[],
  match: ReadonlyMap<number, number>,
  sameSpeaker: (ei: number, xi: number) => boolean,
): void {
  const matchedX = new Set(match.values());
  const loneX = extracted.map((_, xi) => xi).filter((xi) => !matchedX.has(xi));
  // An unmatched extracted statement answers at most one miss: by speaker first, then by stance.
  const sides = new Map<number, StatementError>();
  expected.forEach((e, ei) => {
    if (match.has(ei)) return;
    const free = loneX.filter((xi) => !sides.has(xi));
    const bySpeaker = free.find((xi) => sameSpeaker(ei, xi));
    const byStance = free.find((xi) => extracted[xi]!.stance === e.stance);
    if (bySpeaker !== undefined) {
      sides.set(bySpeaker, 'wrongStance');
      out.stance++;
    } else if (byStance !== undefined) {
      sides.set(byStance, 'wrongSpeaker');
      out.speaker++;
    } else if ([...match].some(([ej, xj]) => ej !== ei && sameSpeaker(ei, xj))) out.secondStance++;
    else out.notFound++;
  });
  for (const xi of loneX) {
    const side = sides.get(xi);
    if (side) out[side]++;
    else if ([...match].some(([ej]) => sameSpeaker(ej, xi))) out.extraStance++;
    else out.spurious++;
  }
}

// ------------------------------------------------------------------------------------------------
// Greedy one-to-one matching

interface Pair {
  e: number;
  x: number;
  score: number;
}

/** Takes admissible pairs best first; returns expected index → extracted index. */
export function greedyMatch(expectedCount: number, extractedCount: number, score: (e: number, x: number) => number): Map<number, number> {
  const pairs: Pair[] = [];
  for (let e = 0; e < expectedCount; e++) {
    for (let x = 0; x < extractedCount; x++) {
      const s = score(e, x);
      if (s > 0) pairs.push({ e, x, score: s });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.e - b.e || a.x - b.x);
  const out = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.e) || taken.has(p.x)) continue;
    out.set(p.e, p.x);
    taken.add(p.x);
  }
  return out;
}

/** Scores a matching into a CategoryScore with descriptions of the unmatched sides. */
function tally(
  match: Map<number, number>,
  expectedCount: number,
  extractedCount: number,
  describeExpected: (i: number) => string,
  describeExtracted: (i: number) => string,
  ignoreExtracted: (i: number) => boolean = () => false,
): CategoryScore {
  const s = emptyScore();
  const used = new Set(match.values());
  for (let i = 0; i < expectedCount; i++) {
    if (match.has(i)) s.tp++;
    else {
      s.fn++;
      s.misses.push(describeExpected(i));
    }
  }
  for (let i = 0; i < extractedCount; i++) {
    if (used.has(i) || ignoreExtracted(i)) continue;
    s.fp++;
    s.falsePositives.push(describeExtracted(i));
  }
  return s;
}

// ------------------------------------------------------------------------------------------------
// Dates

function dayNumber(iso: string): number {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? NaN : Math.round(t / 86_400_000);
}

/** The days a date with a precision may stand for, as [first, last] day numbers. */
export function datePeriod(iso: string, precision: string | undefined): [number, number] {
  const d = dayNumber(iso);
  const p = (precision ?? 'DAY').toUpperCase();
  if (p === 'WEEK') return [d, d + 6];
  if (p === 'MONTH' || p === 'YEAR') {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    const end = p === 'MONTH' ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
    return [d, Math.round(end / 86_400_000)];
  }
  return [d, d];
}

/** Days between two periods (0 when they overlap). */
export function periodGap(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

// ------------------------------------------------------------------------------------------------
// Casualty groups

const CIVILIAN_WORDS = new Set([
  'civilian', 'civilians', 'villager', 'villagers', 'shepherd', 'shepherds', 'farmer', 'farmers', 'resident', 'residents',
  'protester', 'protesters', 'demonstrator', 'demonstrators', 'mourner', 'mourners', 'worshipper', 'worshippers',
  'people', 'children', 'women', 'driver', 'drivers', 'family', 'families', 'passenger', 'passengers', 'worker', 'workers',
  'firefighter', 'firefighters', 'journalist', 'journalists', 'activist', 'activists', 'child', 'boy', 'boys', 'girl', 'girls',
  'man', 'men', 'woman', 'teacher', 'teachers', 'student', 'students', 'doctor', 'doctors', 'employee', 'employees',
  'herder', 'herders', 'herdsmen', 'fireman', 'firemen', 'citizen', 'citizens',
]);
const SECURITY_WORDS = new Set([
  'soldier', 'soldiers', 'police', 'policeman', 'policemen', 'police officers', 'officer', 'officers', 'troops', 'security forces',
  'security personnel', 'peshmerga', 'pmf', 'fighters', 'guards', 'border guards', 'army', 'military',
]);
const MILITANT_WORDS = new Set([
  'militant', 'militants', 'attacker', 'attackers', 'suspect', 'suspects', 'terrorist', 'terrorists', 'insurgent', 'insurgents',
  'gunmen', 'gunman', 'jihadists', 'bomber', 'bombers', 'tribesmen', 'clansmen', 'kidnapper', 'kidnappers', 'wanted persons', 'wanted men',
]);

const UNSPECIFIED_WORDS = new Set(['people', 'person', 'persons', 'individuals', 'suspect', 'suspects', 'wanted persons', 'wanted men']);
/** "ISIS suspects", "PKK fighters": a named side and a noun for its men; the side is the group. */
const MEMBER_NOUN = /\s+(?:suspects?|militants?|members?|fighters?|operatives?|elements|terrorists?|gunmen)$/i;

/** The casualty classes an expected group stands for (word or named actor). */
export function groupClasses(group: string, index: EntityIndex): Set<CasualtyGroup> {
  const key = normalizeName(group);
  const out = new Set<CasualtyGroup>();
  if (CIVILIAN_WORDS.has(key)) out.add('CIVILIANS');
  if (SECURITY_WORDS.has(key)) out.add('SECURITY_FORCES');
  if (MILITANT_WORDS.has(key)) out.add('MILITANTS');
  // Words that name no side ("two people were killed"): the extractor's UNSPECIFIED says just that.
  if (UNSPECIFIED_WORDS.has(key)) out.add('UNSPECIFIED');
  for (const id of [...index.resolve(group), ...(MEMBER_NOUN.test(group) ? index.resolve(group.replace(MEMBER_NOUN, '')) : [])]) {
    const e = index.get(id);
    if (e.kind === 'Force' || e.kind === 'Government') out.add('SECURITY_FORCES');
    if (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP') out.add('MILITANTS');
  }
  return out;
}

const MEASURES = ['killed', 'injured', 'abducted', 'arrested'] as const;
type Measure = (typeof MEASURES)[number];

interface ExpectedFigure {
  group: string;
  measure: Measure;
  count: number;
}
interface ExtractedFigure {
  actor: string | null;
  group: CasualtyGroup;
  measure: Measure;
  count: number;
}

function expectedFigures(c: ExpectedCasualty[]): ExpectedFigure[] {
  return c.flatMap((x) => MEASURES.filter((m) => x[m] !== undefined).map((m) => ({ group: x.group, measure: m, count: x[m]! })));
}

function extractedFigures(c: CasualtyInput[]): ExtractedFigure[] {
  return c.flatMap((x) =>
    MEASURES.filter((m) => x[m] !== undefined).map((m) => ({ actor: x.actor ?? null, group: x.group, measure: m, count: x[m]! })),
  );
}

/** Whether an extracted casualty figure counts as the expected one. */
export function casualtyMatches(expected: ExpectedFigure, extracted: ExtractedFigure, index: EntityIndex): boolean {
  if (expected.measure !== extracted.measure || expected.count !== extracted.count) return false;
  if (extracted.actor && index.nameMatch(expected.group, extracted.actor) > Strength.None) return true;
  if (extracted.actor && MEMBER_NOUN.test(expected.group) && index.nameMatch(expected.group.replace(MEMBER_NOUN, ''), extracted.actor) > Strength.None) return true;
  return groupClasses(expected.group, index).has(extracted.group);
}

// ------------------------------------------------------------------------------------------------
// Scoring one article

export interface ScoreOptions {
  /** Name for the report (defaults to the expected `article`). */
  article?: string;
}

function refs(list: RefInput[] | undefined): string[] {
  return (list ?? []).map(refId);
}

function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Events a state's forces carry out: their acting side is the perpetrator (error class 5). */
const STATE_ACTIONS = new Set<SubEventType>(['ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'AIR_DRONE_STRIKE', 'DISRUPTED_WEAPONS_USE', 'SHELLING_ARTILLERY_MISSILE_ATTACK']);

const FACT_TYPES = new Set([
  'LOCATED_IN', 'UNDER', 'PART_OF', 'MEMBER_OF', 'GOVERNS', 'SEATED_IN', 'BASED_IN', 'SUPPORTS', 'OPPOSES', 'COOPERATES_WITH', 'NEAR',
]);
const SYMMETRIC = new Set(['NEAR', 'BORDERS', 'COOPERATES_WITH']);
const canonicalType = (t: string) => (t === 'UNDER' ? 'PART_OF' : t);

interface Fact {
  from: string;
  type: string;
  to: string;
}

/** Entity-to-entity relationships a batch states, from relationships and entity fields. */
export function factsOf(batch: Pick<ImportBatch, 'entities' | 'relationships'>): Fact[] {
  const out: Fact[] = [];
  const seen = new Set<string>();
  const add = (from: string, type: string, to: string) => {
    const key = `${from}|${type}|${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ from, type, to });
  };
  for (const r of batch.relationships) if (FACT_TYPES.has(r.type)) add(r.from, r.type, r.to);
  for (const e of batch.entities) {
    switch (e.kind) {
      case 'Place':
        if (e.locatedIn) add(e.id, 'LOCATED_IN', refId(e.locatedIn));
        break;
      case 'Organization':
        if (e.partOf) add(e.id, 'PART_OF', refId(e.partOf));
        if (e.basedIn) add(e.id, 'BASED_IN', refId(e.basedIn));
        break;
      case 'Government':
        if (e.governs) add(e.id, 'GOVERNS', refId(e.governs));
        if (e.seatedIn) add(e.id, 'SEATED_IN', refId(e.seatedIn));
        if (e.partOf) add(e.id, 'PART_OF', refId(e.partOf));
        break;
      case 'Force':
        for (const u of e.under) add(e.id, 'UNDER', refId(u));
        if (e.partOf) add(e.id, 'PART_OF', refId(e.partOf));
        if (e.basedIn) add(e.id, 'BASED_IN', refId(e.basedIn));
        break;
      case 'Person':
        for (const m of e.memberOf) add(e.id, 'MEMBER_OF', refId(m));
        break;
    }
  }
  return out;
}

/** Offices a batch states: HOLDS_OFFICE relationships and Person `offices`. */
export function officesOf(batch: Pick<ImportBatch, 'entities' | 'relationships'>): { person: string; of: string; title: string | null }[] {
  const out: { person: string; of: string; title: string | null }[] = [];
  const seen = new Set<string>();
  const add = (person: string, of: string, title: string | null) => {
    if (seen.has(`${person}|${of}`)) return;
    seen.add(`${person}|${of}`);
    out.push({ person, of, title });
  };
  for (const r of batch.relationships) {
    if (r.type === 'HOLDS_OFFICE') add(r.from, r.to, typeof r.properties.title === 'string' ? r.properties.title : null);
  }
  for (const e of batch.entities) if (e.kind === 'Person') for (const o of e.offices) add(e.id, refId(o.of), o.title);
  return out;
}

/** Every entity id the extraction mentions, in first-seen order. */
export function mentionedIds(batch: ImportBatch): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string | undefined) => {
    if (!id || seen.has(id)) return;
    const prefix = id.slice(0, id.indexOf(':'));
    if (!(prefix in PREFIX_KINDS)) return;
    seen.add(id);
    ids.push(id);
  };
  for (const r of batch.relationships) if (r.type === 'MENTIONS') add(r.to);
  for (const e of batch.entities) add(e.id);
  for (const a of batch.articles) add(a.publisher && refId(a.publisher));
  for (const ev of batch.events) {
    add(ev.place && refId(ev.place));
    refs(ev.perpetrators).forEach(add);
    refs(ev.targets).forEach(add);
    for (const c of ev.casualties) add(c.actor);
  }
  for (const s of batch.statements) {
    add(refId(s.speaker));
    refs(s.about).forEach(add);
    refs(s.toward).forEach(add);
  }
  for (const r of batch.relationships) {
    add(r.from);
    add(r.to);
  }
  return ids;
}

/** Scores one article's extraction against its annotation. */
export function scoreArticle(
  expected: ExpectedAnnotation,
  batch: ImportBatch,
  reference: EntityInput[],
  options: ScoreOptions = {},
): ArticleScore {
  const index = EntityIndex.forBatch(reference, batch);
  const referenceFacts = factsOf({ entities: reference, relationships: [] });
  const result: ArticleScore = {
    article: options.article ?? expected.article ?? batch.origin ?? '(article)',
    eventPairs: [],
    categories: { events: emptyScore(), statements: emptyScore(), entities: emptyScore(), offices: emptyScore(), facts: emptyScore() },
    subFacts: { perpetrators: emptyScore(), targets: emptyScore(), casualties: emptyScore() },
    attributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, emptyAccuracy()])) as Record<Attribute, Accuracy>,
    eventErrors: Object.fromEntries(EVENT_ERRORS.map((k) => [k, 0])) as Record<EventError, number>,
    statementErrors: Object.fromEntries(STATEMENT_ERRORS.map((k) => [k, 0])) as Record<StatementError, number>,
    factsMissedInReference: 0,
    notes: [],
  };

  // ---------------------------------------------------------------- events
  const xEvents = batch.events;
  const eventScore = (ei: number, xi: number): number => {
    const e = expected.events[ei]!;
    const x = xEvents[xi]!;
    if (eventTypeOf(e.subEventType) !== eventTypeOf(x.subEventType)) return 0;
    const gap = periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision));
    if (gap !== 0) return 0;
    let place = 0;
    if (e.place) {
      if (!x.place) return 0;
      place = eventPlaceMatch(index, e.place, refId(x.place), e.within);
      if (place === 0) return 0;
    }
    const perps = refs(x.perpetrators);
    const perpHits = e.perpetrators.filter((n) => perps.some((id) => index.actorMatch(n, id) > 0)).length;
    return 1 + (e.subEventType === x.subEventType ? 4 : 0) + (gap === 0 ? 2 : 1) + place + perpHits / Math.max(1, e.perpetrators.length);
  };
  const eventMatch = greedyMatch(expected.events.length, xEvents.length, eventScore);
  result.categories.events = tally(
    eventMatch,
    expected.events.length,
    xEvents.length,
    (i) => describeExpectedEvent(expected.events[i]!) + whyNoEvent(expected.events[i]!, xEvents, index),
    (i) => describeExtractedEvent(xEvents[i]!, index),
  );
  for (const [ei, xi] of [...eventMatch].sort((a, b) => a[0] - b[0])) {
    const e = expected.events[ei]!;
    const x = xEvents[xi]!;
    const where = `event ${ei} (${e.subEventType} ${e.date})`;
    const acc = result.attributes.eventTypes;
    acc.total++;
    if (e.subEventType === x.subEventType) acc.correct++;
    else acc.wrong.push(`${where}: extracted ${x.subEventType}`);
    scoreEventActors(result, e, x, index, where);
  }
  // Strict figures: the casualties of an extracted event that matches no real incident are false,
  // those of a missed incident are missed.
  const matchedX = new Set(eventMatch.values());
  xEvents.forEach((x, xi) => {
    if (matchedX.has(xi)) return;
    for (const f of extractedFigures(x.casualties)) {
      result.subFacts.casualties.fp++;
      result.subFacts.casualties.falsePositives.push(`unmatched ${describeExtractedEvent(x, index)}: ${f.actor ? index.label(f.actor) : f.group} ${f.measure} ${f.count}`);
    }
  });
  expected.events.forEach((e, ei) => {
    if (eventMatch.has(ei)) return;
    for (const f of expectedFigures(e.casualties)) {
      result.subFacts.casualties.fn++;
      result.subFacts.casualties.misses.push(`missed ${describeExpectedEvent(e)}: ${f.group} ${f.measure} ${f.count}`);
    }
  });
  // Per field, over a loose alignment (same kind of event, within a week, not in another province):
  // is the incident found at all, and are its date and place right?
  const looseScore = (ei: number, xi: number): number => {
    const e = expected.events[ei]!;
    const x = xEvents[xi]!;
    const violent = (t: SubEventType) => ['BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE', 'VIOLENCE_AGAINST_CIVILIANS'].includes(eventTypeOf(t));
    if (eventTypeOf(e.subEventType) !== eventTypeOf(x.subEventType) && !(violent(e.subEventType) && violent(x.subEventType))) return 0;
    const gap = periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision));
    if (gap > 7) return 0;
    const place = e.place && x.place ? eventPlaceMatch(index, e.place, refId(x.place), e.within) : 0;
    return 10 - gap + place * 2 + (eventMatch.get(ei) === xi ? 100 : 0) + (e.subEventType === x.subEventType ? 1 : 0);
  };
  const loose = greedyMatch(expected.events.length, xEvents.length, looseScore);
  result.eventPairs = [...loose].sort((a, b) => a[0] - b[0]).map(([ei, xi]) => ({ expected: ei, extracted: xi, strict: eventMatch.get(ei) === xi }));
  expected.events.forEach((e, ei) => {
    const where = `event ${ei} (${e.subEventType} ${e.date} @ ${e.place ?? '?'})`;
    const found = result.attributes.incidentsFound;
    found.total++;
    const xi = loose.get(ei);
    if (xi === undefined) {
      found.wrong.push(`${where}: no extracted event of a related kind within a week`);
      return;
    }
    found.correct++;
    const x = xEvents[xi]!;
    const dates = result.attributes.eventDates;
    dates.total++;
    if (periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision)) === 0) dates.correct++;
    else dates.wrong.push(`${where}: extracted ${x.date}${x.datePrecision !== 'DAY' ? `/${x.datePrecision.toLowerCase()}` : ''}`);
    if (e.place) {
      const places = result.attributes.eventPlaces;
      places.total++;
      if (x.place && eventPlaceMatch(index, e.place, refId(x.place), e.within) > 0) places.correct++;
      else places.wrong.push(`${where}: extracted ${x.place ? index.label(refId(x.place)) : 'no place'}`);
    }
    if (STATE_ACTIONS.has(e.subEventType) && e.perpetrators.length) {
      const actors = result.attributes.stateActors;
      actors.total++;
      const perps = refs(x.perpetrators);
      if (e.perpetrators.some((n) => perps.some((id) => index.actorMatch(n, id) > 0))) actors.correct++;
      else actors.wrong.push(`${where}: perpetrators [${perps.join(', ')}], expected ${e.perpetrators.join(', ')}`);
    }
  });

  classifyEventErrors(result.eventErrors, expected, xEvents, eventMatch, loose, index);

  // ---------------------------------------------------------------- statements
  const xStatements = batch.statements;
  const event0 = eventMatch.has(0) ? xEvents[eventMatch.get(0)!]!.id : null;
  const eventIdFor = (spec: string): string | null | undefined => {
    const m = /^event(?:\s*[#:]?\s*(\d+))?$/i.exec(spec.trim());
    if (!m) return undefined; // not an event reference
    const n = m[1] ? Number(m[1]) : 0;
    return eventMatch.has(n) ? xEvents[eventMatch.get(n)!]!.id : null;
  };
  const aboutOk = (spec: string, x: StatementInput): boolean => {
    const about = refs(x.about);
    const evId = eventIdFor(spec);
    if (evId !== undefined) return evId !== null && about.includes(evId);
    return about.some((id) => index.nameMatch(spec, id) > 0);
  };
  const towardOk = (name: string, x: StatementInput): boolean => refs(x.toward).some((id) => index.nameMatch(name, id) > 0);
  const statementScore = (ei: number, xi: number): number => {
    const e = expected.statements[ei]!;
    const x = xStatements[xi]!;
    if (e.stance !== x.stance) return 0;
    const speaker = index.nameMatch(e.speaker, refId(x.speaker));
    if (speaker === 0) return 0;
    const about = asList(e.about);
    const toward = asList(e.toward);
    const attrs = about.filter((a) => aboutOk(a, x)).length + toward.filter((t) => towardOk(t, x)).length;
    return 1 + speaker + attrs;
  };
  const statementMatch = greedyMatch(expected.statements.length, xStatements.length, statementScore);
  result.categories.statements = tally(
    statementMatch,
    expected.statements.length,
    xStatements.length,
    (i) => {
      const e = expected.statements[i]!;
      const sameSpeaker = xStatements.filter((x) => index.nameMatch(e.speaker, refId(x.speaker)) > 0).map((x) => x.stance);
      const sameStance = xStatements.filter((x) => x.stance === e.stance).map((x) => refId(x.speaker));
      const hint = sameSpeaker.length
        ? ` — speaker found with ${[...new Set(sameSpeaker)].join(', ')}`
        : sameStance.length
          ? ` — ${e.stance} extracted for ${[...new Set(sameStance)].join(', ')}`
          : '';
      return describeExpectedStatement(e) + hint;
    },
    (i) => describeExtractedStatement(xStatements[i]!, index),
  );
  classifyStatementErrors(result.statementErrors, expected.statements, xStatements, statementMatch, (ei, xi) => index.nameMatch(expected.statements[ei]!.speaker, refId(xStatements[xi]!.speaker)) > 0);
  for (const [ei, xi] of [...statementMatch].sort((a, b) => a[0] - b[0])) {
    const e = expected.statements[ei]!;
    const x = xStatements[xi]!;
    const where = `${e.speaker} ${e.stance}`;
    for (const a of asList(e.about)) {
      result.attributes.statementAbout.total++;
      if (aboutOk(a, x)) result.attributes.statementAbout.correct++;
      else
        result.attributes.statementAbout.wrong.push(
          `${where}: about ${a}${a === 'event' && !event0 ? ' (expected event 0 unmatched)' : ''}, extracted [${refs(x.about).join(', ')}]`,
        );
    }
    for (const t of asList(e.toward)) {
      result.attributes.statementToward.total++;
      if (towardOk(t, x)) result.attributes.statementToward.correct++;
      else result.attributes.statementToward.wrong.push(`${where}: toward ${t}, extracted [${refs(x.toward).join(', ')}]`);
    }
  }

  // ---------------------------------------------------------------- entities
  const mentioned = mentionedIds(batch);
  const kindFits = (kind: string, id: string, name: string): number => {
    const k = index.kindOf(id);
    if (k === kind) return 2;
    if ((kind === 'Government' && k === 'Place') || (kind === 'Place' && k === 'Government')) {
      // Iraq the state vs Iraq the country: a government and the place it governs.
      const gov = k === 'Government' ? index.get(id) : null;
      if (gov?.governs && index.nameMatch(name, gov.governs) > 0) return 1;
      if (k === 'Place' && index.all().some((g) => g.governs === id && index.nameMatch(name, g.id) > 0)) return 1;
    }
    return 0;
  };
  const entityScore = (ei: number, xi: number): number => {
    const e = expected.entities[ei]!;
    const id = mentioned[xi]!;
    const name = index.nameMatch(e.name, id);
    if (name === 0) return 0;
    const kind = kindFits(e.kind, id, e.name);
    return kind === 0 ? 0 : kind * 4 + name;
  };
  const entityMatch = greedyMatch(expected.entities.length, mentioned.length, entityScore);
  const matchedExpected = new Set(entityMatch.keys());
  result.categories.entities = tally(
    entityMatch,
    expected.entities.length,
    mentioned.length,
    (i) => {
      const e = expected.entities[i]!;
      // Found under another kind (the annotation and the reference data may disagree on kinds)?
      const byId = new Map([...entityMatch].map(([ei, xi]) => [mentioned[xi]!, expected.entities[ei]!.name]));
      const other = mentioned
        .filter((id) => index.nameMatch(e.name, id) > 0)
        .map((id) => `${id} [${index.kindOf(id) ?? '?'}]${byId.has(id) ? ` (matched to "${byId.get(id)}")` : ''}`);
      return `${e.name} [${e.kind}]${other.length ? ` — name found as ${other.join(', ')}` : ''}`;
    },
    (i) => `${index.label(mentioned[i]!)} [${index.kindOf(mentioned[i]!) ?? '?'}]`,
    // A government/place counterpart of an entity that already matched is not a false positive.
    (xi) =>
      expected.entities.some(
        (e, ei) => matchedExpected.has(ei) && entityScore(ei, xi) > 0 && index.kindOf(mentioned[xi]!) !== e.kind,
      ),
  );

  // ---------------------------------------------------------------- offices
  const xOffices = officesOf(batch);
  const ofMatch = (name: string, id: string): number => {
    const direct = index.nameMatch(name, id);
    if (direct > 0) return direct;
    const governs = index.get(id).governs;
    return governs && index.nameMatch(name, governs) > 0 ? 0.5 : 0;
  };
  const officeScore = (ei: number, xi: number): number => {
    const e = expected.offices[ei]!;
    const x = xOffices[xi]!;
    const person = index.nameMatch(e.person, x.person);
    // An office annotated without `of` (a tribal leader of an unnamed tribe) matches on the person alone.
    const of = e.of === undefined ? 1 : ofMatch(e.of, x.of);
    return person > 0 && of > 0 ? person + of : 0;
  };
  const officeMatch = greedyMatch(expected.offices.length, xOffices.length, officeScore);
  result.categories.offices = tally(
    officeMatch,
    expected.offices.length,
    xOffices.length,
    (i) => {
      const o = expected.offices[i]!;
      const got = xOffices.filter((x) => index.nameMatch(o.person, x.person) > 0).map((x) => `${x.title ?? '?'} of ${index.label(x.of)}`);
      return `${o.person}: ${o.title ?? '?'} of ${o.of ?? '?'}${got.length ? ` — extracted ${got.join('; ')}` : ''}`;
    },
    (i) => {
      const x = xOffices[i]!;
      return `${index.label(x.person)}: ${x.title ?? '?'} of ${index.label(x.of)}`;
    },
  );

  // ---------------------------------------------------------------- facts
  const schemaTypes = new Set<string>(RELATIONSHIP_TYPE_NAMES);
  const scorableFacts = expected.facts.filter((f) => {
    if (schemaTypes.has(f.type)) return true;
    result.notes.push(`fact not scorable (type ${f.type} is not in the schema): ${f.from} ${f.type} ${f.to}`);
    return false;
  });
  const xFacts = factsOf(batch);
  const factEndMatch = (name: string, id: string, type: string): number =>
    type === 'LOCATED_IN' ? index.nameMatch(name, id) : index.placeMatch(name, id);
  const factScoreWith = (e: { from: string; type: string; to: string }, x: Fact): number => {
    if (canonicalType(e.type) !== canonicalType(x.type)) return 0;
    const forward = Math.min(factEndMatch(e.from, x.from, e.type), factEndMatch(e.to, x.to, e.type));
    const backward = SYMMETRIC.has(e.type) ? Math.min(factEndMatch(e.from, x.to, e.type), factEndMatch(e.to, x.from, e.type)) : 0;
    const best = Math.max(forward, backward);
    return best > 0 ? best + (e.type === x.type ? 1 : 0) : 0;
  };
  const factMatch = greedyMatch(scorableFacts.length, xFacts.length, (ei, xi) => factScoreWith(scorableFacts[ei]!, xFacts[xi]!));
  result.categories.facts = tally(
    factMatch,
    scorableFacts.length,
    xFacts.length,
    (i) => {
      const f = scorableFacts[i]!;
      const known = referenceFacts.some((r) => factScoreWith(f, r) > 0);
      if (known) result.factsMissedInReference++;
      return `${f.from} ${f.type} ${f.to}${known ? ' (in reference)' : ''}`;
    },
    (i) => {
      const x = xFacts[i]!;
      return `${index.label(x.from)} ${x.type} ${index.label(x.to)}`;
    },
  );

  return result;
}

/** Perpetrators, targets and casualties of one matched event pair. */
function scoreEventActors(result: ArticleScore, e: ExpectedEvent, x: EventInput, index: EntityIndex, where: string): void {
  const add = (into: CategoryScore, s: CategoryScore) => {
    into.tp += s.tp;
    into.fp += s.fp;
    into.fn += s.fn;
    into.misses.push(...s.misses.map((m) => `${where}: ${m}`));
    into.falsePositives.push(...s.falsePositives.map((m) => `${where}: ${m}`));
  };

  const perps = refs(x.perpetrators);
  const perpMatch = greedyMatch(e.perpetrators.length, perps.length, (ei, xi) => index.actorMatch(e.perpetrators[ei]!, perps[xi]!));
  add(
    result.subFacts.perpetrators,
    tally(perpMatch, e.perpetrators.length, perps.length, (i) => `perpetrator ${e.perpetrators[i]}${perps.length ? '' : ' (none extracted)'}`, (i) => `perpetrator ${index.label(perps[i]!)}`),
  );

  // Targets: ids, plus one pseudo-target for civilianTargeting.
  const targets = refs(x.targets);
  const xTargets: (string | 'CIVILIANS')[] = x.civilianTargeting ? [...targets, 'CIVILIANS'] : targets;
  const targetMatch = greedyMatch(e.targets.length, xTargets.length, (ei, xi) => {
    const name = e.targets[ei]!;
    const t = xTargets[xi]!;
    if (t === 'CIVILIANS') return CIVILIAN_WORDS.has(normalizeName(name)) ? 3 : 0;
    return index.actorMatch(name, t);
  });
  add(
    result.subFacts.targets,
    tally(targetMatch, e.targets.length, xTargets.length, (i) => `target ${e.targets[i]}`, (i) =>
      xTargets[i] === 'CIVILIANS' ? 'target civilians (civilianTargeting)' : `target ${index.label(xTargets[i]!)}`,
    ),
  );

  const ef = expectedFigures(e.casualties);
  const xf = extractedFigures(x.casualties);
  const figureMatch = greedyMatch(ef.length, xf.length, (ei, xi) => {
    if (!casualtyMatches(ef[ei]!, xf[xi]!, index)) return 0;
    return xf[xi]!.actor && index.nameMatch(ef[ei]!.group, xf[xi]!.actor!) > 0 ? 2 : 1;
  });
  add(
    result.subFacts.casualties,
    tally(
      figureMatch,
      ef.length,
      xf.length,
      (i) => `${ef[i]!.group} ${ef[i]!.measure} ${ef[i]!.count}`,
      (i) => `${xf[i]!.actor ? index.label(xf[i]!.actor!) : xf[i]!.group} ${xf[i]!.measure} ${xf[i]!.count}`,
    ),
  );
}

// ------------------------------------------------------------------------------------------------
// Descriptions

/** Why no extracted event of the same ACLED type was admissible for an expected one. */
function whyNoEvent(e: ExpectedEvent, xEvents: EventInput[], index: EntityIndex): string {
  const family = xEvents.filter((x) => eventTypeOf(x.subEventType) === eventTypeOf(e.subEventType));
  if (!family.length) {
    const near = xEvents.filter((x) => periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision)) <= 1);
    return near.length ? ` — same dates extracted as ${near.map((x) => x.subEventType).join(', ')}` : ' — nothing of this type extracted';
  }
  const reasons = family.map((x) => {
    const why: string[] = [];
    const gap = periodGap(datePeriod(e.date, e.datePrecision), datePeriod(x.date, x.datePrecision));
    if (!(gap <= 1)) why.push(`date ${x.date}`);
    if (e.place && x.place && index.placeMatch(e.place, refId(x.place), e.within) === 0) why.push(`place ${refId(x.place)}`);
    return why.length ? `${x.subEventType} (${why.join(', ')})` : `${x.subEventType} (taken by another)`;
  });
  return ` — candidates: ${reasons.join('; ')}`;
}

function describeExpectedEvent(e: ExpectedEvent): string {
  const by = e.perpetrators.length ? ` by ${e.perpetrators.join(', ')}` : '';
  const precision = e.datePrecision && e.datePrecision.toUpperCase() !== 'DAY' ? `/${e.datePrecision.toLowerCase()}` : '';
  return `${e.subEventType} ${e.date}${precision} @ ${e.place ?? '?'}${by}`;
}

function describeExtractedEvent(x: EventInput, index: EntityIndex): string {
  const perps = refs(x.perpetrators);
  const by = perps.length ? ` by ${perps.join(', ')}` : '';
  const precision = x.datePrecision !== 'DAY' ? `/${x.datePrecision.toLowerCase()}` : '';
  return `${x.subEventType} ${x.date}${precision} @ ${x.place ? index.label(refId(x.place)) : '?'}${by}`;
}

function describeExpectedStatement(s: ExpectedStatement): string {
  const about = asList(s.about);
  const toward = asList(s.toward);
  return `${s.speaker} ${s.stance}${about.length ? ` about ${about.join(', ')}` : ''}${toward.length ? ` toward ${toward.join(', ')}` : ''}`;
}

function describeExtractedStatement(s: StatementInput, index: EntityIndex): string {
  const about = refs(s.about);
  const toward = refs(s.toward);
  return `${index.label(refId(s.speaker))} ${s.stance}${about.length ? ` about ${about.join(', ')}` : ''}${toward.length ? ` toward ${toward.join(', ')}` : ''}`;
}
