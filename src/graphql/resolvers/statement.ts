/** Statement fields: speaker, the government it speaks for, what it is about, provenance. */
import type { EntityRecord, NodeRecord } from '../../db/records.js';
import { STANCES } from '../../domain/taxonomy.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { reviewOfFact } from './review.js';
import { neighbourNodes, rejected, relationshipsField, reportsOf } from './shared.js';
import { neighbourProperties, STATEMENT_NEIGHBOURS } from '../prefetch.js';

export const statementResolvers: Resolvers = {
  Statement: {
    kind: () => 'Statement',
    relationships: relationshipsField,
    cameoCode: (s) => STANCES[s.stance],
    speaker: async (s, _a, ctx, info) => {
      const [speaker] = await neighbourNodes(ctx, s.id, STATEMENT_NEIGHBOURS.speaker(rejected(s), neighbourProperties(info)));
      if (!speaker) throw new Error(`statement ${s.id} has no speaker`);
      return speaker;
    },
    onBehalfOf: async (s, _a, ctx) => {
      // Only the speaker's id: what a read-ahead of `speaker` gives, whatever fields that asks.
      const [speaker] = await neighbourNodes(ctx, s.id, STATEMENT_NEIGHBOURS.speaker(rejected(s), []));
      if (!speaker) return null;
      const governments = (await ctx.loaders.list('governments-of', (ids) => ctx.stores.lookups.governmentsOf(ids)).load(speaker.id)) as EntityRecord[];
      return governments[0] ?? null;
    },
    about: (s, _a, ctx) => neighbourNodes<NodeRecord>(ctx, s.id, { types: ['ABOUT'], direction: 'OUT', limit: 50, ...(rejected(s) && { withRejected: true }) }),
    toward: (s, _a, ctx) => neighbourNodes(ctx, s.id, { types: ['TOWARD'], direction: 'OUT', limit: 50, order: 'name', ...(rejected(s) && { withRejected: true }) }),
    sources: (s, _a, ctx, info) => reportsOf(ctx, s.id, rejected(s), neighbourProperties(info)),
    review: (s, _a, ctx) => reviewOfFact(ctx, s.id),
  },
};
