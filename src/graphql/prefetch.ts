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
import type { NodeKind, RelationshipType } from '../domain/taxonomy.js';
import type { RequestContext } from './context.js';

/** The spec of a field that shows the first neighbour by name (an event's place, a statement's speaker). */
export function firstNeighbourSpec(type: RelationshipType, direction: 'OUT' | 'IN', kinds?: NodeKind[], withRejected = false): NeighbourSpec {
  return { types: [type], direction, kinds, limit: 1, order: 'name', ...(withRejected ? { withRejected } : {}) };
}

/** The spec of a `sources` field: the articles that REPORT a node, newest first. */
export function reportsSpec(withRejected = false): NeighbourSpec {
  return { types: ['REPORTS'], direction: 'IN', kinds: ['Article'], limit: 200, order: 'date-desc', ...(withRejected ? { withRejected } : {}) };
}

const namesSpec = (type: RelationshipType, direction: 'OUT' | 'IN', withRejected: boolean): NeighbourSpec => ({
  types: [type],
  direction,
  limit: 50,
  order: 'name',
  ...(withRejected ? { withRejected } : {}),
});

/** Event fields answered by a neighbour lookup, with the spec each asks (false: the event is not rejected). */
export const EVENT_NEIGHBOURS = {
  place: (withRejected: boolean) => firstNeighbourSpec('OCCURRED_IN', 'OUT', ['Place'], withRejected),
  perpetrators: (withRejected: boolean) => namesSpec('PERPETRATED', 'IN', withRejected),
  targets: (withRejected: boolean) => namesSpec('TARGETED', 'OUT', withRejected),
} satisfies Record<string, (withRejected: boolean) => NeighbourSpec>;

/** Statement fields answered by a neighbour lookup. */
export const STATEMENT_NEIGHBOURS = {
  speaker: (withRejected: boolean) => firstNeighbourSpec('MADE', 'IN', undefined, withRejected),
  sources: (withRejected: boolean) => reportsSpec(withRejected),
} satisfies Record<string, (withRejected: boolean) => NeighbourSpec>;

/** Article fields answered by a neighbour lookup. */
export const ARTICLE_NEIGHBOURS = {
  publisher: (withRejected: boolean) => firstNeighbourSpec('PUBLISHED', 'IN', ['Organization'], withRejected),
} satisfies Record<string, (withRejected: boolean) => NeighbourSpec>;

type FieldSpecs = Record<string, (withRejected: boolean) => NeighbourSpec>;

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
  return asked(selected, fields).map(([name, spec]) => {
    const down = below[name];
    const at = down?.path.reduce<Selection | undefined>((s, step) => s?.get(step), selected.get(name));
    return { spec: spec(false), then: down ? asked(at, down.fields).map(([, inner]) => inner(false)) : [] };
  });
}

/** What to read ahead for the fields selected on a page of statements. */
export function statementReadAhead(info: GraphQLResolveInfo): ReadAheadSpec[] {
  return specsFor(itemSelection(info), STATEMENT_NEIGHBOURS, STATEMENT_BELOW);
}

/** What to read ahead for the fields selected on a list of events: their neighbours, and their claims. */
export function eventReadAhead(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): EventReadAhead {
  const selected = itemSelection(info, shape);
  return { neighbours: specsFor(selected, EVENT_NEIGHBOURS), claims: EVENT_CLAIM_FIELDS.some((f) => selected.has(f)) };
}

/** Primes the loaders the fields will ask with what the list statement read ahead. */
export function primeNeighbours(ctx: RequestContext, ahead: Prefetched): void {
  for (const { spec, byId } of ahead.prefetched) {
    const loader = ctx.loaders.list(neighbourLoaderName(spec), (ids) => ctx.stores.lookups.neighbours(ids, spec));
    for (const [id, items] of byId) {
      loader.prime(id, items);
      ctx.loaders.remember(items);
    }
  }
  if (ahead.claims) {
    const loader = claimsLoader(ctx);
    for (const [id, claims] of ahead.claims) loader.prime(id, claims);
  }
}
