/**
 * Read-ahead for list fields (docs/adr/0015). A page resolver looks at the selection below its
 * items; for each field there that a neighbour lookup answers (an event's place, a statement's
 * speaker), the page statement also returns each item's neighbours, and the resolver primes the
 * DataLoader the field would call. The field resolvers are unchanged: they ask their loader as
 * before and find the answer already there, so a request costs one statement fewer per field.
 *
 * A field and the read-ahead use the same spec (the functions below), so they share the loader
 * key. Read-ahead assumes an item was not rejected by a curator: a rejected item's fields ask
 * with another spec (`withRejected`), miss the primed key and read as before.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Prefetched } from '../db/list-store.js';
import type { EventReadAhead } from '../db/queries/lists.js';
import type { NeighbourSpec, ReadAheadSpec } from '../db/queries/read.js';
import type { NeighbourRecord } from '../db/records.js';
import type { NodeKind, RelationshipType } from '../domain/taxonomy.js';
import type { RequestContext } from './context.js';

/**
 * The stored properties each field of an entity, a statement or an article reads from its record
 * (src/db/mappers.ts toNodeRecord), besides the id, kind and review state that every read gives: a
 * property of the same name, the one a resolver derives the field from (`cameoCode` from the
 * stance), or none (a field answered by a loader from the node's id). A field that is not here
 * (every event field, `distanceTo`, ...) makes the read take the whole node.
 *
 * Only the fields of a neighbour lookup that gives entities or articles use it (speaker, publisher,
 * an event's place and actors, a source's article) and a page of statements: their selections
 * hold no event fields, so one table serves every type (`published`, a property of an article, is
 * a list on an organization: reading it there costs a db hit and nothing else).
 */
const FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  kind: [],
  entityKind: [],
  relationships: [],
  review: [],
  // Entities
  name: ['name'],
  aliases: ['aliases'],
  wikidataId: ['wikidataId'],
  description: ['description'],
  placeType: ['placeType'],
  location: ['location'],
  organizationType: ['organizationType'],
  level: ['level'],
  forceType: ['forceType'],
  ...Object.fromEntries(
    [
      'mentionedIn', 'parent', 'ancestors', 'children', 'events', 'governedBy', 'statements', 'governments', 'partOf', 'components', 'basedIn',
      'officeHolders', 'governs', 'seat', 'forces', 'organizations', 'under', 'offices', 'memberOf',
    ].map((field) => [field, []]),
  ),
  // Statements
  stance: ['stance'],
  cameoCode: ['stance'],
  quote: ['quote'],
  summary: ['summary'],
  date: ['date'],
  speaker: [],
  onBehalfOf: [],
  about: [],
  toward: [],
  sources: [],
  // Articles
  title: ['title'],
  url: ['url'],
  published: ['published'],
  language: ['language'],
  text: ['text'],
  ingestedAt: ['ingestedAt'],
  publisher: [],
  mentions: [],
};

/**
 * The properties that the fields `names` read (FIELD_PROPERTIES), sorted; undefined (the whole
 * node) when one of them is not in the table.
 */
export function propertiesFor(names: Iterable<string>): string[] | undefined {
  const out = new Set<string>();
  for (const name of names) {
    const properties = Object.hasOwn(FIELD_PROPERTIES, name) ? FIELD_PROPERTIES[name] : undefined;
    if (!properties) return undefined;
    for (const p of properties) out.add(p);
  }
  return [...out].sort();
}

const withProperties = (properties: string[] | undefined) => (properties ? { properties } : {});

/** The spec of a field that shows the first neighbour by name (an event's place, a statement's speaker). */
export function firstNeighbourSpec(type: RelationshipType, direction: 'OUT' | 'IN', kinds?: NodeKind[], withRejected = false, properties?: string[]): NeighbourSpec {
  return { types: [type], direction, kinds, limit: 1, order: 'name', ...(withRejected ? { withRejected } : {}), ...withProperties(properties) };
}

/** The spec of a `sources` field: the articles that REPORT a node, newest first (`properties`: of the articles). */
export function reportsSpec(withRejected = false, properties?: string[]): NeighbourSpec {
  return { types: ['REPORTS'], direction: 'IN', kinds: ['Article'], limit: 200, order: 'date-desc', ...(withRejected ? { withRejected } : {}), ...withProperties(properties) };
}

const namesSpec = (type: RelationshipType, direction: 'OUT' | 'IN', withRejected: boolean, properties?: string[]): NeighbourSpec => ({
  types: [type],
  direction,
  limit: 50,
  order: 'name',
  ...(withRejected ? { withRejected } : {}),
  ...withProperties(properties),
});

/**
 * The spec a field answered by a neighbour lookup asks: `withRejected` (false: the parent is not
 * rejected) and the `properties` its selection reads of the neighbours (undefined: all).
 */
type FieldSpec = (withRejected: boolean, properties?: string[]) => NeighbourSpec;

/** Event fields answered by a neighbour lookup, with the spec each asks. */
export const EVENT_NEIGHBOURS = {
  place: (withRejected: boolean, properties?: string[]) => firstNeighbourSpec('OCCURRED_IN', 'OUT', ['Place'], withRejected, properties),
  perpetrators: (withRejected: boolean, properties?: string[]) => namesSpec('PERPETRATED', 'IN', withRejected, properties),
  targets: (withRejected: boolean, properties?: string[]) => namesSpec('TARGETED', 'OUT', withRejected, properties),
} satisfies Record<string, FieldSpec>;

/** Statement fields answered by a neighbour lookup. */
export const STATEMENT_NEIGHBOURS = {
  speaker: (withRejected: boolean, properties?: string[]) => firstNeighbourSpec('MADE', 'IN', undefined, withRejected, properties),
  sources: (withRejected: boolean, properties?: string[]) => reportsSpec(withRejected, properties),
} satisfies Record<string, FieldSpec>;

/** Article fields answered by a neighbour lookup. */
export const ARTICLE_NEIGHBOURS = {
  publisher: (withRejected: boolean, properties?: string[]) => firstNeighbourSpec('PUBLISHED', 'IN', ['Organization'], withRejected, properties),
} satisfies Record<string, FieldSpec>;

type FieldSpecs = Record<string, FieldSpec>;

/** Where, below a field answered by a neighbour lookup, the neighbour's own fields are selected: right below, except a source's (`sources { article { ... } }`). */
const NODE_PATHS: Readonly<Record<string, readonly string[]>> = { sources: ['article'] };

/** neighbourProperties by the field's nodes: every item of a list resolves the field with the same ones. */
const propertiesByFieldNodes = new WeakMap<readonly FieldNode[], string[] | undefined>();

/**
 * The properties of the neighbours of a field answered by a neighbour lookup, from the field's
 * selection (its resolver's `info`): what the read ahead of the same field asks too, so that both
 * use one loader. Worked out once per field of a document, not once per item.
 */
export function neighbourProperties(info: GraphQLResolveInfo): string[] | undefined {
  if (propertiesByFieldNodes.has(info.fieldNodes)) return propertiesByFieldNodes.get(info.fieldNodes);
  const properties = propertiesFor(selectedFields(info, NODE_PATHS[info.fieldName] ?? []));
  propertiesByFieldNodes.set(info.fieldNodes, properties);
  return properties;
}

/**
 * Fields whose neighbours have fields read ahead too, one level down: where the neighbour sits
 * below the field (a source's `article`) and the neighbour's own fields.
 */
type Below = Record<string, { path: string[]; fields: FieldSpecs }>;

const STATEMENT_BELOW: Below = { sources: { path: ['article'], fields: ARTICLE_NEIGHBOURS } };

/** Event fields that read the event's casualty claims (through `claimsLoader`). */
export const EVENT_CLAIM_FIELDS = ['fatalities', 'injured', 'casualties', 'claims'];

/** The loader key of a neighbour lookup: siblings asking the same spec share one batch. */
export const neighbourLoaderName = (spec: NeighbourSpec) => `nb:${JSON.stringify(spec)}`;

/** The loader of an event's claims, shared by the claim fields and the read-ahead. */
export function claimsLoader(ctx: RequestContext) {
  return ctx.loaders.list('claims', (ids) => ctx.stores.lookups.claimsByEvent(ids));
}

/** The fields of a selection set, through fragments and inline fragments (each fragment once). */
function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, seen: ReadonlySet<string> = new Set()): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === 'Field') return [s];
    if (s.kind === 'InlineFragment') return fieldsOf(info, s.selectionSet, seen);
    if (seen.has(s.name.value)) return [];
    const fragment: FragmentDefinitionNode | undefined = info.fragments[s.name.value];
    return fragment ? fieldsOf(info, fragment.selectionSet, new Set([...seen, s.name.value])) : [];
  });
}

/** The fields selected at `path` below the field being resolved, over every place the path is selected. */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) level = level.flatMap((f) => fieldsOf(info, f.selectionSet)).filter((f) => f.name.value === name);
  return level.flatMap((f) => fieldsOf(info, f.selectionSet));
}

/**
 * Names of the fields selected at `path` below the field being resolved (`['nodes']`: the
 * fields asked of its `nodes`), through fragments and inline fragments, over every place the
 * path is selected (aliases do not matter: fields go by their names in the schema). Skip and
 * include directives are not looked at: a field that may be skipped counts as asked.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  return new Set(fieldsAt(info, path).map((f) => f.name.value));
}

/** Selected fields by name, each with the fields selected below it (as `selectedFields` reads them). */
type Selection = Map<string, Selection>;

/**
 * The fields selected on a list's items, each with what is selected below it: through
 * `nodes { ... }` and `edges { node { ... } }` for a connection, right below the field for a
 * plain list.
 */
export function itemSelection(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): Selection {
  const merge = (into: Selection, fields: FieldNode[]): Selection => {
    for (const f of fields) {
      let below = into.get(f.name.value);
      if (!below) into.set(f.name.value, (below = new Map()));
      merge(below, fieldsOf(info, f.selectionSet));
    }
    return into;
  };
  const paths = shape === 'list' ? [[]] : [['nodes'], ['edges', 'node']];
  return paths.reduce((out, path) => merge(out, fieldsAt(info, path)), new Map() as Selection);
}

/** The lists to read ahead for the selected fields, and below them for the fields `below` knows. */
function specsFor(selected: Selection, fields: FieldSpecs, below: Below = {}): ReadAheadSpec[] {
  const asked = (at: Selection | undefined, table: FieldSpecs) => Object.entries(table).filter(([name]) => at?.has(name));
  // The properties a field's resolver will ask (neighbourProperties), from the same selection.
  const properties = (at: Selection, name: string) => {
    const node = (NODE_PATHS[name] ?? []).reduce<Selection | undefined>((s, step) => s?.get(step), at.get(name));
    return propertiesFor(node?.keys() ?? []);
  };
  return asked(selected, fields).map(([name, spec]) => {
    const down = below[name];
    const at = down?.path.reduce<Selection | undefined>((s, step) => s?.get(step), selected.get(name));
    return { spec: spec(false, properties(selected, name)), then: down && at ? asked(at, down.fields).map(([inner, innerSpec]) => innerSpec(false, properties(at, inner))) : [] };
  });
}

/** What a page of statements reads: the properties its fields read of each statement, and the lists to read ahead. */
export function statementReads(info: GraphQLResolveInfo): { properties: string[] | undefined; readAhead: ReadAheadSpec[] } {
  const selected = itemSelection(info);
  return { properties: propertiesFor(selected.keys()), readAhead: specsFor(selected, STATEMENT_NEIGHBOURS, STATEMENT_BELOW) };
}

/** What to read ahead for the fields selected on a list of events: their neighbours, and their claims. */
export function eventReadAhead(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): EventReadAhead {
  const selected = itemSelection(info, shape);
  return { neighbours: specsFor(selected, EVENT_NEIGHBOURS), claims: EVENT_CLAIM_FIELDS.some((f) => selected.has(f)) };
}

/** Primes the loaders the fields will ask with what the list statement read ahead. */
export function primeNeighbours(ctx: RequestContext, ahead: Prefetched): void {
  const prime = (spec: NeighbourSpec, byId: Map<string, NeighbourRecord[]>) => {
    const loader = ctx.loaders.list(neighbourLoaderName(spec), (ids) => ctx.stores.lookups.neighbours(ids, spec));
    for (const [id, items] of byId) loader.prime(id, items);
  };
  for (const { spec, byId } of ahead.prefetched) {
    prime(spec, byId);
    // A field that needs only the neighbours' ids (a statement's onBehalfOf, of its speaker) finds them too.
    if (spec.properties?.length !== 0) prime({ ...spec, properties: [] }, byId);
    for (const items of byId.values()) ctx.loaders.remember(items);
  }
  if (ahead.claims) {
    const loader = claimsLoader(ctx);
    for (const [id, claims] of ahead.claims) loader.prime(id, claims);
  }
}
