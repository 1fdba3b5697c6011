/** Place fields: hierarchy, coordinates, distances and the events in a place's subtree. */
import type { EntityRecord } from '../../db/records.js';
import { haversineKm } from '../../domain/geo.js';
import { badInput } from '../../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { entityFields, eventsOfParent, firstNeighbour, listLimit, neighbourNodes, toEventFilter } from './shared.js';

export const placeResolvers: Resolvers = {
  Place: {
    ...entityFields,
    parent: (p, _a, ctx) => firstNeighbour(ctx, p.id, 'LOCATED_IN', 'OUT', ['Place']),
    ancestors: (p, _a, ctx) => ctx.loaders.list('ancestors', (ids) => ctx.stores.lookups.ancestorsOf(ids)).load(p.id) as Promise<EntityRecord[]>,
    children: (p, args, ctx) =>
      neighbourNodes(ctx, p.id, { types: ['LOCATED_IN'], direction: 'IN', kinds: ['Place'], limit: listLimit(ctx, args.first), order: 'name' }),
    distanceTo: async (p, args, ctx) => {
      const other = await ctx.loaders.node.load(args.id);
      if (!other || other.kind !== 'Place') throw badInput(`"${args.id}" is not a place`, { argument: 'id' });
      if (!p.location || !other.location) return null;
      return Math.round(haversineKm(p.location, other.location) * 100) / 100;
    },
    nearby: async (p, args, ctx) => {
      if (!(args.radiusKm > 0 && args.radiusKm <= 2000)) throw badInput('radiusKm must be between 0 and 2000 km', { argument: 'radiusKm' });
      if (!p.location) return [];
      const limit = listLimit(ctx, args.first);
      const types = args.kinds?.length ? args.kinds : null;
      const name = `nearby:${args.radiusKm}:${types?.join('|') ?? '*'}:${limit}`;
      return ctx.loaders.list(name, (ids) => ctx.stores.lookups.nearbyPlaces(ids, args.radiusKm, types, limit)).load(p.id);
    },
    events: async (p, args, ctx, info) => {
      const filter = await toEventFilter(args.filter, ctx);
      return eventsOfParent(ctx, info, p.id, { kind: 'place', includeNested: args.includeNested ?? true }, filter, listLimit(ctx, args.first));
    },
    governedBy: (p, _a, ctx) => ctx.loaders.list('governed-by', (ids) => ctx.stores.lookups.governedBy(ids)).load(p.id) as Promise<EntityRecord[]>,
  },
};
