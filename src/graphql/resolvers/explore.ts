/** Exploration: neighbourhoods for drawing, timelines and grouped counts. */
import type { GraphQLResolveInfo } from 'graphql';
import { edgeReviewState, nodeReviewState } from '../../db/mappers.js';
import type { NeighbourhoodProjection, Projection } from '../../db/queries/explore.js';
import type { GraphEdgeRecord, GraphNodeRecord, NodeRecord, RelationshipRecord } from '../../db/records.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/taxonomy.js';
import { badInput, notFound } from '../../errors.js';
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../pagination.js';
import { selectedFields } from '../prefetch.js';
import { checkRange, toEventFilter } from './shared.js';

export const MAX_NEIGHBOURHOOD = 2000;
const PROVENANCE = new Set(['MENTIONS', 'REPORTS', 'PUBLISHED']);

/** The GraphNode and GraphEdge fields a summary answers; `reviewState` asks for the summary with it. */
const NODE_SUMMARY_FIELDS = new Set(['__typename', 'id', 'kind', 'label', 'depth']);
const EDGE_SUMMARY_FIELDS = new Set(['__typename', 'id', 'type', 'source', 'target']);

function projectionFor(asked: Set<string>, summary: Set<string>): Projection {
  const more = [...asked].filter((f) => !summary.has(f));
  if (!more.length) return 'summary';
  return more.length === 1 && more[0] === 'reviewState' ? 'summary+review' : 'full';
}

/**
 * How much of each node and link a neighbourhood request needs read: a summary when it asks
 * only for fields a summary answers (and `reviewState`), else the whole node or relationship
 * (`node { ... }`, `relationship { ... }`, or any field not known here).
 */
export function neighbourhoodProjection(info: GraphQLResolveInfo): NeighbourhoodProjection {
  return {
    nodes: projectionFor(selectedFields(info, ['nodes']), NODE_SUMMARY_FIELDS),
    links: projectionFor(selectedFields(info, ['edges']), EDGE_SUMMARY_FIELDS),
  };
}

/**
 * The whole node or relationship of a summary. Not reached when the projection follows the
 * request (neighbourhoodProjection reads them whole when asked); here so that a field is never
 * left without its value: nodes through the node loader (one batch), relationships by id.
 */
async function wholeNode(n: GraphNodeRecord, ctx: RequestContext): Promise<NodeRecord> {
  const node = n.node ?? (await ctx.loaders.node.load(n.id));
  if (!node) throw notFound('Node', n.id);
  return node;
}

async function wholeRelationship(r: GraphEdgeRecord, ctx: RequestContext): Promise<RelationshipRecord> {
  if (r.relationship) return r.relationship;
  const facts = ctx.loaders.keyed('fact', async (ids) => new Map(await Promise.all(ids.map(async (id) => [id, await ctx.stores.lookups.fact(id)] as const))), null);
  const rel = await facts.load(r.id);
  if (!rel) throw notFound('Relationship', r.id);
  return rel;
}

export const exploreResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_, args, ctx, info) => {
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
        neighbourhoodProjection(info),
      );
      if (!result) throw notFound('Node', args.id);
      return result;
    },
    timeline: async (_, args, ctx) => ctx.stores.explore.timeline(await toEventFilter(args.filter, ctx), args.interval ?? 'MONTH'),
    eventStats: async (_, args, ctx) =>
      ctx.stores.explore.eventStats(await toEventFilter(args.filter, ctx), args.groupBy, args.placeType ?? 'GOVERNORATE', pageSize(args.first, ctx.limits.maxPageSize)),
  },
  // id, kind, label and depth are on the record, however much was read.
  GraphNode: {
    node: (n, _a, ctx) => wholeNode(n, ctx),
    reviewState: async (n, _a, ctx) => (n.reviewState !== undefined ? n.reviewState : nodeReviewState(await wholeNode(n, ctx))),
  },
  GraphEdge: {
    source: (r) => r.fromId,
    target: (r) => r.toId,
    relationship: (r, _a, ctx) => wholeRelationship(r, ctx),
    // Reference data (no sources) is curated: there is nothing for a curator to review.
    reviewState: async (r, _a, ctx) => (r.reviewState !== undefined ? r.reviewState : edgeReviewState(await wholeRelationship(r, ctx))),
  },
  EventGroup: {
    node: async (g, _a, ctx) => (g.nodeId ? ctx.loaders.node.load(g.nodeId) : null),
  },
};
