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
import type { NeighbourSpec } from '../db/queries/read.js';
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

/** The loader key of a neighbour lookup: siblings asking the same spec share one batch. */
export const neighbourLoaderName = (spec: NeighbourSpec) => `nb:${JSON.stringify(spec)}`;

/** Event fields that read the event's casualty claims (through `claimsLoader`). */
export const EVENT_CLAIM_FIELDS = ['fatalities', 'injured', 'casualties', 'claims'];

/** The loader of an event's claims, shared by the claim fields and the read-ahead. */
export function claimsLoader(ctx: RequestContext) {
  return ctx.loaders.list('claims', (ids) => ctx.stores.lookups.claimsByEvent(ids));
}

/**
 * Names of the fields selected on a list's items, fragments and inline fragments included (aliases
 * do not matter): through `nodes { ... }` and `edges { node { ... } }` for a connection, right
 * below the field for a plain list.
 */
export function itemFields(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): Set<string> {
  const out = new Set<string>();
  const fields = (set: SelectionSetNode | undefined, seen: Set<string>): FieldNode[] =>
    (set?.selections ?? []).flatMap((s) => {
      if (s.kind === 'Field') return [s];
      if (s.kind === 'InlineFragment') return fields(s.selectionSet, seen);
      if (seen.has(s.name.value)) return [];
      const fragment: FragmentDefinitionNode | undefined = info.fragments[s.name.value];
      return fragment ? fields(fragment.selectionSet, new Set([...seen, s.name.value])) : [];
    });
  for (const root of info.fieldNodes) {
    if (shape === 'list') {
      for (const x of fields(root.selectionSet, new Set())) out.add(x.name.value);
      continue;
    }
    for (const f of fields(root.selectionSet, new Set())) {
      const items = f.name.value === 'nodes' ? [f] : f.name.value === 'edges' ? fields(f.selectionSet, new Set()).filter((e) => e.name.value === 'node') : [];
      for (const item of items) for (const x of fields(item.selectionSet, new Set())) out.add(x.name.value);
    }
  }
  return out;
}

/** The specs to read ahead for the selected item fields. */
export function prefetchSpecs(info: GraphQLResolveInfo, table: Record<string, (withRejected: boolean) => NeighbourSpec>, shape: 'connection' | 'list' = 'connection'): NeighbourSpec[] {
  return specsFor(itemFields(info, shape), table);
}

function specsFor(selected: Set<string>, table: Record<string, (withRejected: boolean) => NeighbourSpec>): NeighbourSpec[] {
  return Object.entries(table)
    .filter(([field]) => selected.has(field))
    .map(([, spec]) => spec(false));
}

/** What to read ahead for the fields selected on a list of events: their neighbours, and their claims. */
export function eventReadAhead(info: GraphQLResolveInfo, shape: 'connection' | 'list' = 'connection'): EventReadAhead {
  const selected = itemFields(info, shape);
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
