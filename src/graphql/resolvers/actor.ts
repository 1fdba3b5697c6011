/** Organizations, governments, forces and people. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ArticleRecord, EntityRecord, StatementRecord } from '../../db/records.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { RequestContext } from '../context.js';
import type { ActorRole, EventFilter, Stance } from '../generated/resolvers-types.js';
import { officeFrom } from './common.js';
import { entityFields, eventsOfParent, firstNeighbour, listLimit, neighbourNodes, neighboursOf, toEventFilter } from './shared.js';

async function actorEvents(
  a: EntityRecord,
  args: { role?: ActorRole | null; filter?: EventFilter | null; first?: number | null },
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) {
  const filter = await toEventFilter(args.filter, ctx);
  return eventsOfParent(ctx, info, a.id, { kind: 'actor', role: args.role ?? 'ANY' }, filter, listLimit(ctx, args.first));
}

function actorStatements(a: EntityRecord, args: { stance?: Stance | null; first?: number | null }, ctx: RequestContext) {
  return neighbourNodes<StatementRecord>(ctx, a.id, {
    types: ['MADE'],
    direction: 'OUT',
    kinds: ['Statement'],
    limit: listLimit(ctx, args.first),
    order: 'date-desc',
    stance: args.stance ?? null,
  });
}

const actorFields = {
  ...entityFields,
  events: actorEvents,
  statements: actorStatements,
  governments: (a: EntityRecord, _a: unknown, ctx: RequestContext) =>
    ctx.loaders.list('governments-of', (ids) => ctx.stores.lookups.governmentsOf(ids)).load(a.id) as Promise<EntityRecord[]>,
};

const entities = (p: Promise<EntityRecord[]>) => p;
const entity = (p: Promise<EntityRecord | null>) => p;

async function officeHolders(a: EntityRecord, ctx: RequestContext) {
  const rels = await neighboursOf(ctx, a.id, { types: ['HOLDS_OFFICE'], direction: 'IN', kinds: ['Person'], limit: 100, order: 'name' });
  return rels.map((r) => officeFrom(r.relationship));
}

const components = (a: EntityRecord, ctx: RequestContext) =>
  entities(neighbourNodes(ctx, a.id, { types: ['PART_OF'], direction: 'IN', kinds: ['Organization', 'Force'], limit: 200, order: 'name' }));

export const actorResolvers: Resolvers = {
  Organization: {
    ...actorFields,
    partOf: (o, _a, ctx) => entity(firstNeighbour(ctx, o.id, 'PART_OF', 'OUT')),
    components: (o, _a, ctx) => components(o, ctx),
    basedIn: (o, _a, ctx) => entity(firstNeighbour(ctx, o.id, 'BASED_IN', 'OUT')),
    officeHolders: (o, _a, ctx) => officeHolders(o, ctx),
    published: (o, args, ctx) =>
      neighbourNodes<ArticleRecord>(ctx, o.id, { types: ['PUBLISHED'], direction: 'OUT', kinds: ['Article'], limit: listLimit(ctx, args.first), order: 'date-desc' }),
  },
  Government: {
    ...actorFields,
    governs: (g, _a, ctx) => entity(firstNeighbour(ctx, g.id, 'GOVERNS', 'OUT')),
    seat: (g, _a, ctx) => entity(firstNeighbour(ctx, g.id, 'SEATED_IN', 'OUT')),
    partOf: (g, _a, ctx) => entity(firstNeighbour(ctx, g.id, 'PART_OF', 'OUT', ['Government'])),
    forces: (g, _a, ctx) => ctx.loaders.list('forces-of', (ids) => ctx.stores.lookups.forcesOf(ids)).load(g.id) as Promise<EntityRecord[]>,
    organizations: (g, _a, ctx) =>
      entities(neighbourNodes(ctx, g.id, { types: ['PART_OF'], direction: 'IN', kinds: ['Organization'], limit: 200, order: 'name' })),
    officeHolders: (g, _a, ctx) => officeHolders(g, ctx),
  },
  Force: {
    ...actorFields,
    under: (f, _a, ctx) => entities(neighbourNodes(ctx, f.id, { types: ['UNDER'], direction: 'OUT', limit: 50, order: 'name' })),
    partOf: (f, _a, ctx) => entity(firstNeighbour(ctx, f.id, 'PART_OF', 'OUT')),
    components: (f, _a, ctx) => components(f, ctx),
    basedIn: (f, _a, ctx) => entity(firstNeighbour(ctx, f.id, 'BASED_IN', 'OUT')),
    officeHolders: (f, _a, ctx) => officeHolders(f, ctx),
  },
  Person: {
    ...actorFields,
    offices: async (p, _a, ctx) => {
      const rels = await neighboursOf(ctx, p.id, { types: ['HOLDS_OFFICE'], direction: 'OUT', limit: 100 });
      const offices = rels.map((r) => officeFrom(r.relationship));
      // Current offices first, then the most recent.
      return offices.sort((a, b) => Number(a.until !== null) - Number(b.until !== null) || (b.since ?? '').localeCompare(a.since ?? ''));
    },
    memberOf: (p, _a, ctx) => entities(neighbourNodes(ctx, p.id, { types: ['MEMBER_OF'], direction: 'OUT', limit: 50, order: 'name' })),
  },
};
