/** Helpers shared by the resolver maps: batched neighbour lookups and argument conversion. */
import type { GraphQLResolveInfo } from 'graphql';
import type { NeighbourSpec } from '../../db/queries/read.js';
import type { Circle, EventAnchor, EventFilterInput } from '../../db/queries/lists.js';
import type { ArticleRecord, EntityRecord, EventRecord, NodeRecord, RelationshipRecord, SourceRecord } from '../../db/records.js';
import type { NodeKind, RelationshipType } from '../../domain/taxonomy.js';
import { badInput } from '../../errors.js';
import type { RequestContext } from '../context.js';
import type { EventFilter, RadiusInput } from '../generated/resolvers-types.js';
import { pageSize } from '../pagination.js';
import { eventReadAhead, firstNeighbourSpec, neighbourLoaderName, primeNeighbours, reportsSpec } from '../prefetch.js';

/** Neighbours of one node, batched with every sibling asking the same thing in this request. */
export async function neighboursOf(ctx: RequestContext, id: string, spec: NeighbourSpec) {
  return ctx.loaders.list(neighbourLoaderName(spec), (ids) => ctx.stores.lookups.neighbours(ids, spec)).load(id);
}

/** The nodes at the other end; T names the record type the spec's kinds guarantee. */
export async function neighbourNodes<T extends NodeRecord = EntityRecord>(ctx: RequestContext, id: string, spec: NeighbourSpec): Promise<T[]> {
  return (await neighboursOf(ctx, id, spec)).map((n) => n.node as T);
}

export async function firstNeighbour<T extends NodeRecord = EntityRecord>(
  ctx: RequestContext,
  id: string,
  type: RelationshipType,
  direction: 'OUT' | 'IN',
  kinds?: NodeKind[],
  withRejected = false,
): Promise<T | null> {
  const [first] = await neighbourNodes<T>(ctx, id, firstNeighbourSpec(type, direction, kinds, withRejected));
  return first ?? null;
}

/**
 * Whether a node's fields read the relationships a curator took out with it: a rejected event
 * or statement shows what was read, as it was read (docs/adr/0011); anything else shows what counts.
 */
export function rejected(node: { reviewState?: string }): boolean {
  return node.reviewState === 'REJECTED';
}

/**
 * A parent's (a place's or an actor's) `events` field: one batched statement for the parents of
 * the request that ask the same list, reading ahead what the selected event fields ask.
 */
export function eventsOfParent(ctx: RequestContext, info: GraphQLResolveInfo, parentId: string, anchor: EventAnchor, filter: EventFilterInput, limit: number): Promise<EventRecord[]> {
  const readAhead = eventReadAhead(info, 'list');
  const name = `${anchor.kind}-events:${JSON.stringify([anchor, filter, limit, readAhead])}`;
  return ctx.loaders
    .list(name, async (ids) => {
      const found = await ctx.stores.lookups.eventsByParent(ids, anchor, filter, limit, readAhead);
      primeNeighbours(ctx, found);
      return found.events;
    })
    .load(parentId);
}

export function listLimit(ctx: RequestContext, first: number | null | undefined): number {
  return pageSize(first, ctx.limits.maxPageSize);
}

/**
 * The sources of the REPORTS relationships pointing at a node: which article said it, and where,
 * each with its article as read (`articleProperties`: only those of it, as the selection asks).
 */
export async function reportsOf(ctx: RequestContext, id: string, withRejected = false, articleProperties?: string[]): Promise<SourceRecord[]> {
  const reports = await neighboursOf(ctx, id, reportsSpec(withRejected, articleProperties));
  return reports.map((r) => {
    const source = r.relationship.sources[0] ?? { articleId: r.node.id, sentence: null, confidence: null };
    return source.articleId === r.node.id ? { ...source, article: r.node as ArticleRecord } : source;
  });
}

export function relationshipsField(
  parent: { id: string },
  args: { types?: RelationshipType[] | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; first?: number | null; includeRejected?: boolean | null },
  ctx: RequestContext,
): Promise<RelationshipRecord[]> {
  const limit = listLimit(ctx, args.first ?? 50);
  const types = args.types?.length ? args.types : undefined;
  const direction = args.direction ?? 'BOTH';
  const withRejected = args.includeRejected === true;
  const name = `rels:${types?.join('|') ?? '*'}:${direction}:${limit}:${withRejected}`;
  return ctx.loaders.list(name, (ids) => ctx.stores.lookups.relationshipsOf(ids, types, direction, limit, withRejected)).load(parent.id);
}

/** The common fields of every named entity. */
export const entityFields = {
  kind: (e: EntityRecord) => e.kind,
  entityKind: (e: EntityRecord) => e.kind,
  relationships: relationshipsField,
  mentionedIn: (e: EntityRecord, args: { first?: number | null }, ctx: RequestContext) =>
    neighbourNodes<ArticleRecord>(ctx, e.id, { types: ['MENTIONS'], direction: 'IN', kinds: ['Article'], limit: listLimit(ctx, args.first), order: 'date-desc' }),
};

async function circle(input: RadiusInput, ctx: RequestContext, argument: string): Promise<Circle> {
  if (!(input.radiusKm > 0 && input.radiusKm <= 20_000)) throw badInput(`${argument}.radiusKm must be between 0 and 20000 km`, { argument });
  if (input.point && input.placeId) throw badInput(`${argument}: give either placeId or point, not both`, { argument });
  if (input.point) return { ...input.point, radiusKm: input.radiusKm };
  if (!input.placeId) throw badInput(`${argument}: give a placeId or a point as the centre`, { argument });
  const location = await ctx.stores.lookups.locationOf(input.placeId);
  if (!location) throw badInput(`${argument}: "${input.placeId}" has no coordinates`, { argument });
  return { ...location, radiusKm: input.radiusKm };
}

export async function toCircle(input: RadiusInput | null | undefined, ctx: RequestContext, argument: string): Promise<Circle | null> {
  return input ? circle(input, ctx, argument) : null;
}

function checkRange(from: string | null | undefined, to: string | null | undefined, argument: string) {
  if (from && to && from > to) throw badInput(`${argument}: "from" (${from}) is after "to" (${to})`, { argument });
}

export async function toEventFilter(input: EventFilter | null | undefined, ctx: RequestContext, argument = 'filter'): Promise<EventFilterInput> {
  if (!input) return {};
  checkRange(input.dates?.from, input.dates?.to, `${argument}.dates`);
  return {
    placeId: input.placeId,
    near: await toCircle(input.near, ctx, `${argument}.near`),
    from: input.dates?.from,
    to: input.dates?.to,
    eventTypes: input.eventTypes,
    subEventTypes: input.subEventTypes,
    actorId: input.actorId,
    perpetratorId: input.perpetratorId,
    targetId: input.targetId,
    minFatalities: input.minFatalities,
    articleId: input.articleId,
    reviewed: input.reviewed,
  };
}

export { checkRange };
