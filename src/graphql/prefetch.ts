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

/**
 * Names of the fields selected at `path` below the field being resolved (`['nodes']`: the
 * fields asked of its `nodes`), through fragments and inline fragments, over every place the
 * path is selected (aliases do not matter: fields go by their names in the schema). Skip and
 * include directives are not looked at: a field that may be skipped counts as asked.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) level = level.flatMap((f) => fieldsOf(info, f.selectionSet)).filter((f) => f.name.value === name);
  return new Set(level.flatMap((f) => fieldsOf(info, f.selectionSet)).map((f) => f.name.value));
}

/**
 * Names of the fields selected on a connection's items, through `nodes { ... }` and
 * `edges { node { ... } }`, fragments and inline fragments included (aliases do not matter).
 */
export function itemFields(info: GraphQLResolveInfo): Set<string> {
  return new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]);
}

/** The specs to read ahead for the selected item fields. */
export function prefetchSpecs(info: GraphQLResolveInfo, table: Record<string, (withRejected: boolean) => NeighbourSpec>): NeighbourSpec[] {
  const selected = itemFields(info);
  return Object.entries(table)
    .filter(([field]) => selected.has(field))
    .map(([, spec]) => spec(false));
}

/** Primes the loaders the fields will ask with what the page statement read ahead. */
export function primeNeighbours(ctx: RequestContext, prefetched: Prefetched['prefetched']): void {
  for (const { spec, byId } of prefetched) {
    const loader = ctx.loaders.list(neighbourLoaderName(spec), (ids) => ctx.stores.lookups.neighbours(ids, spec));
    for (const [id, items] of byId) {
      loader.prime(id, items);
      ctx.loaders.remember(items);
    }
  }
}
