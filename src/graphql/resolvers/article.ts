/** Article fields: the provenance root. */
import type { EventRecord, StatementRecord } from '../../db/records.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { ARTICLE_NEIGHBOURS, neighbourProperties } from '../prefetch.js';
import { neighbourNodes, relationshipsField } from './shared.js';

export const articleResolvers: Resolvers = {
  Article: {
    kind: () => 'Article',
    relationships: relationshipsField,
    publisher: async (a, _x, ctx, info) => (await neighbourNodes(ctx, a.id, ARTICLE_NEIGHBOURS.publisher(false, neighbourProperties(info))))[0] ?? null,
    events: (a, _x, ctx) => neighbourNodes<EventRecord>(ctx, a.id, { types: ['REPORTS'], direction: 'OUT', kinds: ['Event'], limit: 200, order: 'date-desc' }),
    statements: (a, _x, ctx) =>
      neighbourNodes<StatementRecord>(ctx, a.id, { types: ['REPORTS'], direction: 'OUT', kinds: ['Statement'], limit: 500, order: 'date-desc' }),
    mentions: (a, _x, ctx) => neighbourNodes(ctx, a.id, { types: ['MENTIONS'], direction: 'OUT', limit: 500, order: 'name' }),
  },
};
