/** Root queries: lookups, lists with filters and pagination, search, paths, distances, facts. */
import { eventReadAhead, primeNeighbours, propertiesFor, selectedFields, statementReads } from '../prefetch.js';
import type { ConnectionRecord, EntityRecord, EventConnectionRecord, NodeRecord } from '../../db/records.js';
import type { EntityFilterInput, EntitySort } from '../../db/queries/lists.js';
import { RELATIONSHIP_TYPE_NAMES, type EntityKind } from '../../domain/taxonomy.js';
import { badInput } from '../../errors.js';
import type { RequestContext } from '../context.js';
import type { EntityFilter, NameSort, Resolvers } from '../generated/resolvers-types.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';
import { checkRange, toCircle, toEventFilter } from './shared.js';

const MAX_IDS = 500;

/** Paths go through what the world links, not through the articles that mention both ends. */
const PROVENANCE_TYPES = new Set(['MENTIONS', 'REPORTS', 'PUBLISHED']);
const DOMAIN_RELATIONSHIPS = RELATIONSHIP_TYPE_NAMES.filter((t) => !PROVENANCE_TYPES.has(t));

function paging(ctx: RequestContext, first: number | null | undefined, after: string | null | undefined) {
  return { limit: pageSize(first, ctx.limits.maxPageSize), offset: decodeCursor(after) };
}

async function entityConnection(
  ctx: RequestContext,
  filter: EntityFilterInput,
  sort: EntitySort,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionRecord<EntityRecord>> {
  const { limit, offset } = paging(ctx, first, after);
  const page = await ctx.stores.lists.entityPage(filter, sort, offset, limit);
  return { items: page.items, offset, hasNextPage: page.hasNextPage, count: () => ctx.stores.lists.entityCount(filter) };
}

function entityArgs(kinds: EntityKind[] | null, filter: EntityFilter | null | undefined): EntityFilterInput {
  return { kinds, nameContains: filter?.nameContains, governmentId: filter?.government };
}

type ListArgs = { filter?: EntityFilter | null; sort?: NameSort | null; first?: number | null; after?: string | null };
const byKind = (kind: EntityKind) => (_: unknown, args: ListArgs, ctx: RequestContext) =>
  entityConnection(ctx, entityArgs([kind], args.filter), args.sort ?? 'NAME_ASC', args.first, args.after);

function checkText(value: string, argument: string, max = 200): string {
  const text = value.trim();
  if (!text) throw badInput(`"${argument}" must not be empty`, { argument });
  if (text.length > max) throw badInput(`"${argument}" is longer than ${max} characters`, { argument });
  return text;
}

/**
 * Nodes by id; an id that a merge or a change of kind replaced gives the node that replaced it
 * (one more read, made only when an id is missing).
 */
async function nodesFollowingRedirects(ctx: RequestContext, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const found = (await ctx.loaders.node.loadMany(ids)).map((n) => (n instanceof Error ? null : (n as NodeRecord | null)));
  const missing = ids.filter((_, i) => !found[i]);
  if (!missing.length) return found;
  const targets = await ctx.stores.lookups.redirects(missing);
  if (!targets.size) return found;
  const survivors = new Map<string, NodeRecord | null>();
  const loaded = await ctx.loaders.node.loadMany([...new Set(targets.values())]);
  [...new Set(targets.values())].forEach((t, i) => survivors.set(t, loaded[i] instanceof Error ? null : ((loaded[i] as NodeRecord | null) ?? null)));
  return ids.map((id, i) => found[i] ?? survivors.get(targets.get(id) ?? '') ?? null);
}

export const queryResolvers: Resolvers = {
  Query: {
    node: async (_, { id }, ctx) => (await nodesFollowingRedirects(ctx, [id]))[0] ?? null,
    nodes: async (_, { ids }, ctx) => {
      if (ids.length > MAX_IDS) throw badInput(`"ids" may hold at most ${MAX_IDS} ids`, { argument: 'ids' });
      return nodesFollowingRedirects(ctx, ids);
    },

    places: async (_, args, ctx) => {
      const f = args.filter;
      if (args.sort === 'DISTANCE_ASC' && !f?.near) throw badInput('sort DISTANCE_ASC needs filter.near', { argument: 'sort' });
      const filter: EntityFilterInput = {
        kinds: ['Place'],
        nameContains: f?.nameContains,
        placeTypes: f?.placeTypes,
        withinId: f?.within,
        near: await toCircle(f?.near, ctx, 'filter.near'),
      };
      return entityConnection(ctx, filter, args.sort ?? 'NAME_ASC', args.first, args.after);
    },
    entities: (_, args, ctx) => entityConnection(ctx, entityArgs(args.kinds ?? null, args.filter), args.sort ?? 'NAME_ASC', args.first, args.after),
    organizations: byKind('Organization'),
    governments: byKind('Government'),
    forces: byKind('Force'),
    people: byKind('Person'),

    events: async (_, args, ctx, info): Promise<EventConnectionRecord> => {
      const filter = await toEventFilter(args.filter, ctx);
      const sort = args.sort ?? 'DATE_DESC';
      if (sort === 'DISTANCE_ASC' && !filter.near) throw badInput('sort DISTANCE_ASC needs filter.near', { argument: 'sort' });
      const { limit, offset } = paging(ctx, args.first, args.after);
      const page = await ctx.stores.lists.eventPage(filter, sort, offset, limit, eventReadAhead(info));
      primeNeighbours(ctx, page);
      const distances = new Map<string, number>();
      for (const row of page.items) if (row.distanceKm !== null) distances.set(row.event.id, row.distanceKm);
      return {
        items: page.items.map((r) => r.event),
        offset,
        hasNextPage: page.hasNextPage,
        count: () => ctx.stores.lists.eventCount(filter),
        totals: () => ctx.stores.lists.eventTotals(filter),
        distances,
      };
    },

    statements: async (_, args, ctx, info) => {
      const f = args.filter;
      checkRange(f?.dates?.from, f?.dates?.to, 'filter.dates');
      const filter = {
        stances: f?.stances,
        speakerId: f?.speakerId,
        governmentId: f?.governmentId,
        speakerKinds: f?.speakerKinds,
        aboutId: f?.aboutId,
        towardId: f?.towardId,
        from: f?.dates?.from,
        to: f?.dates?.to,
        articleId: f?.articleId,
        reviewed: f?.reviewed,
      };
      const { limit, offset } = paging(ctx, args.first, args.after);
      const { properties, readAhead } = statementReads(info);
      const page = await ctx.stores.lists.statementPage(filter, args.sort ?? 'DATE_DESC', offset, limit, readAhead, properties);
      primeNeighbours(ctx, page);
      return { items: page.items, offset, hasNextPage: page.hasNextPage, count: () => ctx.stores.lists.statementCount(filter) };
    },

    articles: async (_, args, ctx) => {
      const f = args.filter;
      checkRange(f?.dates?.from, f?.dates?.to, 'filter.dates');
      const filter = { publisherId: f?.publisherId, from: f?.dates?.from, to: f?.dates?.to, titleContains: f?.titleContains };
      const { limit, offset } = paging(ctx, args.first, args.after);
      const page = await ctx.stores.lists.articlePage(filter, args.sort ?? 'PUBLISHED_DESC', offset, limit);
      return { items: page.items, offset, hasNextPage: page.hasNextPage, count: () => ctx.stores.lists.articleCount(filter) };
    },

    search: (_, args, ctx, info) => {
      const text = checkText(args.query, 'query');
      // Only the properties the hits' entities show (propertiesFor).
      const properties = propertiesFor(selectedFields(info, ['entity']));
      return ctx.stores.explore.search(text, args.kinds?.length ? args.kinds : null, pageSize(args.first, ctx.limits.maxPageSize), properties);
    },
    shortestPaths: async (_, args, ctx) => {
      const maxHops = args.maxHops ?? 4;
      const limit = args.limit ?? 5;
      if (maxHops < 1 || maxHops > 6) throw badInput('"maxHops" must be from 1 to 6', { argument: 'maxHops' });
      if (limit < 1 || limit > 50) throw badInput('"limit" must be from 1 to 50', { argument: 'limit' });
      const paths = await ctx.stores.explore.shortestPaths(args.from, args.to, maxHops, limit, args.relationshipTypes?.length ? args.relationshipTypes : DOMAIN_RELATIONSHIPS);
      // The nodes on the way came whole: each step's ends then cost no further round trip.
      ctx.loaders.remember(paths.flatMap((p) => p.nodes));
      return paths;
    },
    fact: (_, { id }, ctx) => ctx.stores.lookups.fact(id),
    facts: (_, args, ctx) => {
      if (!args.subject && !args.object) throw badInput('give a subject, an object, or both', { argument: 'subject' });
      return ctx.stores.lookups.facts(args.subject ?? null, args.type ?? null, args.object ?? null, pageSize(args.first, ctx.limits.maxPageSize));
    },
    distance: (_, args, ctx) => ctx.stores.explore.distance(args.from, args.to),
  },

  EventConnection: {
    totalCount: (c) => c.count(),
    nodes: (c) => c.items,
    totals: (c) => c.totals(),
    edges: (c) => c.items.map((node, i) => ({ node, cursor: encodeCursor(c.offset + i), distanceKm: c.distances.get(node.id) ?? null })),
    pageInfo,
  },
};
