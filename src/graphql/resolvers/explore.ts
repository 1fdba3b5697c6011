/** Exploration: neighbourhoods for drawing, timelines and grouped counts. */
import type { NodeRecord } from '../../db/records.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/taxonomy.js';
import { badInput, notFound } from '../../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../pagination.js';
import { checkRange, toEventFilter } from './shared.js';

export const MAX_NEIGHBOURHOOD = 2000;
const PROVENANCE = new Set(['MENTIONS', 'REPORTS', 'PUBLISHED']);

function labelOf(node: NodeRecord): string {
  switch (node.kind) {
    case 'Event':
      return node.label ?? `${node.subEventType.toLowerCase().replaceAll('_', ' ')} ${node.date}`;
    case 'Statement':
      return `${node.stance.toLowerCase().replaceAll('_', ' ')}${node.date ? ` ${node.date}` : ''}`;
    case 'Article':
      return node.title ?? `article ${node.published}`;
    default:
      return node.name;
  }
}

export const exploreResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_, args, ctx) => {
      const hops = args.hops ?? 1;
      if (!Number.isInteger(hops) || hops < 1 || hops > 3) throw badInput('"hops" must be 1, 2 or 3', { argument: 'hops' });
      const limit = args.limit ?? 200;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURHOOD) {
        throw badInput(`"limit" must be from 1 to ${MAX_NEIGHBOURHOOD} nodes`, { argument: 'limit', max: MAX_NEIGHBOURHOOD });
      }
      checkRange(args.dates?.from, args.dates?.to, 'dates');
      const types = args.relationshipTypes?.length ? args.relationshipTypes : RELATIONSHIP_TYPE_NAMES.filter((t) => !PROVENANCE.has(t));
      const result = await ctx.stores.explore.neighbourhood(
        args.id,
        hops,
        { types, kinds: args.nodeKinds?.length ? args.nodeKinds : null, from: args.dates?.from ?? null, to: args.dates?.to ?? null },
        limit,
      );
      if (!result) throw notFound('Node', args.id);
      return result;
    },
    timeline: async (_, args, ctx) => ctx.stores.explore.timeline(await toEventFilter(args.filter, ctx), args.interval ?? 'MONTH'),
    eventStats: async (_, args, ctx) =>
      ctx.stores.explore.eventStats(await toEventFilter(args.filter, ctx), args.groupBy, args.placeType ?? 'GOVERNORATE', pageSize(args.first, ctx.limits.maxPageSize)),
  },
  GraphNode: {
    id: (n) => n.node.id,
    kind: (n) => n.node.kind,
    label: (n) => labelOf(n.node),
    node: (n) => n.node,
    reviewState: (n) => (n.node.kind === 'Event' || n.node.kind === 'Statement' ? n.node.reviewState : null),
  },
  GraphEdge: {
    source: (r) => r.fromId,
    target: (r) => r.toId,
    relationship: (r) => r,
    // Reference data (no sources) is curated: there is nothing for a curator to review.
    reviewState: (r) => (r.sources.length ? r.review.state : null),
  },
  EventGroup: {
    node: async (g, _a, ctx) => (g.nodeId ? ctx.loaders.node.load(g.nodeId) : null),
  },
};
