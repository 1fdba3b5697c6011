/** Resolvers of the shared types: interfaces, relationships, provenance, paths, search hits. */
import type { NodeRecord, OfficeRecord, RelationshipRecord, SourceRecord } from '../../db/records.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { RequestContext } from '../context.js';

const kindOf = (n: NodeRecord) => n.kind;

async function nodeById(ctx: RequestContext, id: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new Error(`dangling reference to ${id}`);
  return node;
}

export function officeFrom(rel: RelationshipRecord): OfficeRecord {
  const p = rel.properties;
  return {
    title: String(p.title ?? 'office'),
    personId: rel.fromId,
    ofId: rel.toId,
    since: (p.since as string | undefined) ?? null,
    until: (p.until as string | undefined) ?? null,
    sources: rel.sources,
  };
}

/**
 * Sources whose article still exists: a curator may delete an article, and the sentences it
 * contributed to other facts then stop counting as evidence.
 */
export async function liveSources(ctx: RequestContext, sources: SourceRecord[]): Promise<SourceRecord[]> {
  if (!sources.length) return sources;
  const articles = await ctx.loaders.node.loadMany(sources.map((s) => s.articleId));
  return sources.filter((_, i) => articles[i] && !(articles[i] instanceof Error));
}

export const commonResolvers: Resolvers = {
  Node: { __resolveType: kindOf },
  Entity: { __resolveType: (e) => e.kind },
  Actor: { __resolveType: (e) => e.kind as 'Organization' | 'Government' | 'Force' | 'Person' },
  Relationship: {
    from: (r, _a, ctx) => nodeById(ctx, r.fromId),
    to: (r, _a, ctx) => nodeById(ctx, r.toId),
    properties: (r) => r.properties,
    sources: (r, _a, ctx) => liveSources(ctx, r.sources),
  },
  Source: {
    article: async (s, _a, ctx) => (s.article ?? nodeById(ctx, s.articleId)) as never,
  },
  Office: {
    person: (o, _a, ctx) => nodeById(ctx, o.personId) as never,
    of: (o, _a, ctx) => nodeById(ctx, o.ofId) as never,
    current: (o) => o.until === null,
    sources: (o, _a, ctx) => liveSources(ctx, o.sources),
  },
  Path: {
    length: (p) => p.steps.length,
    nodes: (p) => p.nodes,
  },
  PathStep: {
    from: (s, _a, ctx) => nodeById(ctx, s.fromId),
    to: (s, _a, ctx) => nodeById(ctx, s.toId),
  },
  Distance: {
    km: (d) => Math.round(d.km * 100) / 100,
    bearingDegrees: (d) => Math.round(d.bearingDegrees * 10) / 10,
  },
  PlaceDistance: {
    distanceKm: (d) => Math.round(d.distanceKm * 100) / 100,
  },
};
