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

/** Selected fields by name, each with the fields selected below it (aliases do not matter). */
type Selection = Map<string, Selection>;

/**
 * The fields selected on a list's items, fragments and inline fragments included: through
 * `nodes { ... }` and `edges { node { ... } }` for a connection, right below the field for a
 * plain list.
 */
export function itemSelection(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): Selection {
  const fields = (set: SelectionSetNode | undefined, seen: Set<string>): FieldNode[] =>
    (set?.selections ?? []).flatMap((s) => {
      if (s.kind === 'Field') return [s];
      if (s.kind === 'InlineFragment') return fields(s.selectionSet, seen);
      if (seen.has(s.name.value)) return [];
      const fragment: FragmentDefinitionNode | undefined = info.fragments[s.name.value];
      return fragment ? fields(fragment.selectionSet, new Set([...seen, s.name.value])) : [];
    });
  const merge = (into: Selection, nodes: FieldNode[]): Selection => {
    for (const f of nodes) {
      let below = into.get(f.name.value);
      if (!below) into.set(f.name.value, (below = new Map()));
      merge(below, fields(f.selectionSet, new Set()));
    }
    return into;
  };
  const out: Selection = new Map();
  for (const root of info.fieldNodes) {
    const top = fields(root.selectionSet, new Set());
    if (shape === 'list') {
      merge(out, top);
      continue;
    }
    for (const f of top) {
      const items = f.name.value === 'nodes' ? [f] : f.name.value === 'edges' ? fields(f.selectionSet, new Set()).filter((e) => e.name.value === 'node') : [];
      for (const item of items) merge(out, fields(item.selectionSet, new Set()));
    }
  }
  return out;
}

/** Names of the fields selected on a list's items (see `itemSelection`). */
export function itemFields(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): Set<string> {
  return new Set(itemSelection(info, shape).keys());
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
