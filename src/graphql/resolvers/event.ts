/** Event fields: ACLED typing, place path, actors, casualties reconciled over sources, provenance. */
import type { ClaimRecord, EntityRecord, EventRecord, FiguresRecord, StatementRecord } from '../../db/records.js';
import { haversineKm } from '../../domain/geo.js';
import { reconcile, type Claim, type Estimate } from '../../domain/reconcile.js';
import { ACLED_LABELS, type CasualtyGroup } from '../../domain/taxonomy.js';
import { badInput } from '../../errors.js';
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { liveSources } from './common.js';
import { EVENT_NEIGHBOURS, claimsLoader, neighbourProperties } from '../prefetch.js';
import { claimFactId } from '../../domain/review.js';
import { claimReview, reviewOfFact } from './review.js';
import { listLimit, neighbourNodes, rejected, relationshipsField, reportsOf } from './shared.js';

const GROUP_LABELS: Record<CasualtyGroup, string> = {
  CIVILIANS: 'civilians',
  SECURITY_FORCES: 'security forces',
  MILITANTS: 'militants',
  UNSPECIFIED: 'unspecified',
};

const ZERO: Estimate = { best: 0, low: 0, high: 0, sources: 0 };

function claimsOf(e: EventRecord, ctx: RequestContext): Promise<ClaimRecord[]> {
  return claimsLoader(ctx).load(e.id);
}

/** The claims that count: all but those a curator rejected (docs/adr/0011). */
const counting = (claims: ClaimRecord[]) => claims.filter((c) => c.review.state !== 'REJECTED');

function asClaim(c: ClaimRecord): ClaimRecord & Claim {
  return { ...c, sourceId: c.source?.articleId ?? null, confidence: c.source?.confidence ?? null };
}

/** Per claims list (one per event and request, from the loader), so sibling fields reconcile once. */
const reconciledClaims = new WeakMap<ClaimRecord[], ReturnType<typeof reconcile<ClaimRecord & Claim>>>();

async function reconciled(e: EventRecord, ctx: RequestContext) {
  const claims = await claimsOf(e, ctx);
  let result = reconciledClaims.get(claims);
  if (!result) {
    result = reconcile(counting(claims).map(asClaim));
    reconciledClaims.set(claims, result);
  }
  return { claims, result };
}

async function groupLabel(ctx: RequestContext, group: CasualtyGroup, actorId: string | null): Promise<string> {
  if (actorId) {
    const actor = await ctx.loaders.node.load(actorId);
    if (actor && 'name' in actor) return actor.name;
  }
  return GROUP_LABELS[group];
}

export const eventResolvers: Resolvers = {
  Event: {
    kind: () => 'Event',
    relationships: relationshipsField,
    acledEventType: (e) => ACLED_LABELS[e.eventType],
    acledSubEventType: (e) => ACLED_LABELS[e.subEventType],
    place: async (e, _a, ctx, info) => (await neighbourNodes(ctx, e.id, EVENT_NEIGHBOURS.place(rejected(e), neighbourProperties(info))))[0] ?? null,
    placePath: async (e, _a, ctx, info) => {
      // The path's first place is the event's: the lookup of `place` when both ask the same fields.
      const [place] = await neighbourNodes(ctx, e.id, EVENT_NEIGHBOURS.place(rejected(e), neighbourProperties(info)));
      if (!place) return [];
      const ancestors = (await ctx.loaders.list('ancestors', (ids) => ctx.stores.lookups.ancestorsOf(ids)).load(place.id)) as EntityRecord[];
      return [place, ...ancestors];
    },
    location: (e) => e.location,
    perpetrators: (e, _a, ctx, info) => neighbourNodes(ctx, e.id, EVENT_NEIGHBOURS.perpetrators(rejected(e), neighbourProperties(info))),
    targets: (e, _a, ctx, info) => neighbourNodes(ctx, e.id, EVENT_NEIGHBOURS.targets(rejected(e), neighbourProperties(info))),
    casualties: async (e, _a, ctx) => {
      const { result } = await reconciled(e, ctx);
      return result.groups.map(
        (g): FiguresRecord => ({
          group: g.group,
          actorId: g.actorId,
          killed: g.estimates.killed ?? null,
          injured: g.estimates.injured ?? null,
          abducted: g.estimates.abducted ?? null,
          arrested: g.estimates.arrested ?? null,
          claims: g.claims,
        }),
      );
    },
    fatalities: async (e, _a, ctx) => (await reconciled(e, ctx)).result.totals.killed ?? ZERO,
    injured: async (e, _a, ctx) => (await reconciled(e, ctx)).result.totals.injured ?? ZERO,
    claims: (e, _a, ctx) => claimsOf(e, ctx),
    statements: (e, args, ctx) =>
      neighbourNodes<StatementRecord>(ctx, e.id, {
        types: ['ABOUT'],
        direction: 'IN',
        kinds: ['Statement'],
        limit: listLimit(ctx, args.first),
        order: 'date-desc',
        stance: args.stance ?? null,
      }),
    sources: (e, _a, ctx, info) => reportsOf(ctx, e.id, rejected(e), neighbourProperties(info)),
    review: async (e, _a, ctx) => reviewOfFact(ctx, e.id),
    distanceFrom: async (e, args, ctx) => {
      const place = await ctx.loaders.node.load(args.placeId);
      if (!place || place.kind !== 'Place') throw badInput(`"${args.placeId}" is not a place`, { argument: 'placeId' });
      if (!place.location || !e.location) return null;
      return Math.round(haversineKm(place.location, e.location) * 100) / 100;
    },
  },
  CasualtyFigures: {
    actor: async (f, _a, ctx) => (f.actorId ? ((await ctx.loaders.node.load(f.actorId)) as EntityRecord | null) : null),
    label: (f, _a, ctx) => groupLabel(ctx, f.group, f.actorId),
  },
  CasualtyClaim: {
    id: (c) => claimFactId(c.id),
    review: (c) => claimReview(c),
    actor: async (c, _a, ctx) => (c.actorId ? ((await ctx.loaders.node.load(c.actorId)) as EntityRecord | null) : null),
    source: async (c, _a, ctx) => (c.source ? ((await liveSources(ctx, [c.source]))[0] ?? null) : null),
  },
  GroupTotals: {
    actor: async (g, _a, ctx) => (g.actorId ? ((await ctx.loaders.node.load(g.actorId)) as EntityRecord | null) : null),
    label: (g, _a, ctx) => groupLabel(ctx, g.group, g.actorId),
  },
};
