/** Curator review: the queue, one fact, the audit trail, and the editor's decisions (docs/adr/0011). */
import type { Correction } from '../../db/review.js';
import { relationshipReview } from '../../db/review.js';
import type { ClaimRecord, FactRecord, ReviewRecord } from '../../db/records.js';
import { etagOf, type DecisionAction, type FactKind } from '../../domain/review.js';
import { badInput, notFound } from '../../errors.js';
import { requireRole } from '../auth.js';
import type { RequestContext } from '../context.js';
import type { CorrectionInput, Resolvers } from '../generated/resolvers-types.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';

const MAX_HISTORY = 500;

/** A fact under review, batched with every sibling asking for one in this request. */
export function factOf(ctx: RequestContext, id: string): Promise<FactRecord | null> {
  return ctx.loaders.keyed<FactRecord | null>('fact', (ids) => ctx.stores.review.reviewFacts(ids), null).load(id);
}

/** The review of an event or statement (one batched read for all of them in a request). */
export async function reviewOfFact(ctx: RequestContext, id: string): Promise<ReviewRecord> {
  const fact = await factOf(ctx, id);
  if (!fact) throw new Error(`no review for ${id}`);
  return fact.review;
}

/** The review of a casualty claim, from the claim as read (no further read). */
export function claimReview(c: ClaimRecord): ReviewRecord {
  return { ...c.review, confidence: c.source?.confidence ?? null, etag: etagOf(c.snapshot) };
}

function correction(input: CorrectionInput): Correction {
  // Only the fields the client gave: a field left out keeps its value, one given as null clears it.
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Correction;
}

async function decide(ctx: RequestContext, action: DecisionAction, id: string, etag: string, note: string | null | undefined, input?: CorrectionInput) {
  requireRole(ctx.viewer, 'editor');
  if (!etag.trim()) throw badInput('"etag" must be the Review.etag read with the fact', { argument: 'etag' });
  const fact = await ctx.stores.review.decide({
    id,
    action,
    etag,
    by: ctx.viewer.subject ?? ctx.viewer.role ?? 'editor',
    note: note?.trim() || null,
    ...(input ? { correction: correction(input) } : {}),
  });
  ctx.loaders.keyed<FactRecord | null>('fact', (ids) => ctx.stores.review.reviewFacts(ids), null).clear(fact.id).prime(fact.id, fact);
  return fact;
}

export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: async (_, args, ctx) => {
      const limit = pageSize(args.first, ctx.limits.maxPageSize);
      const offset = decodeCursor(args.after);
      const filter = {
        kinds: (args.filter?.kinds?.length ? args.filter.kinds : null) as FactKind[] | null,
        articleId: args.filter?.articleId ?? null,
        eventId: args.filter?.eventId ?? null,
        conflictsOnly: args.filter?.conflictsOnly ?? null,
      };
      const page = await ctx.stores.review.reviewQueue(filter, offset, limit);
      const facts = await ctx.stores.review.reviewFacts(page.items.map((i) => i.id));
      for (const fact of facts.values()) ctx.loaders.keyed<FactRecord | null>('fact', (ids) => ctx.stores.review.reviewFacts(ids), null).prime(fact.id, fact);
      // A fact decided between the two reads drops out of the page rather than showing stale; the
      // priority shown is the one the page was ordered by.
      const items = page.items.flatMap((i) => {
        const fact = facts.get(i.id);
        return fact ? [{ ...fact, priority: i.priority }] : [];
      });
      return { items, offset, hasNextPage: page.hasNextPage, count: () => ctx.stores.review.reviewQueueCount(filter) };
    },
    reviewFact: (_, { id }, ctx) => factOf(ctx, id),
    history: async (_, { id, first }, ctx) => {
      const limit = first ?? 100;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_HISTORY) throw badInput(`"first" must be an integer from 0 to ${MAX_HISTORY}`, { argument: 'first' });
      const entries = await ctx.stores.review.history(id, limit);
      if (!entries) throw notFound('Node or relationship', id);
      return entries;
    },
  },
  Mutation: {
    confirm: (_, args, ctx) => decide(ctx, 'confirm', args.id, args.etag, args.note),
    correct: (_, args, ctx) => decide(ctx, 'correct', args.id, args.etag, args.note, args.input),
    reject: (_, args, ctx) => decide(ctx, 'reject', args.id, args.etag, args.note),
  },
  Fact: {
    article: async (f, _a, ctx) => (f.articleId ? ((await ctx.loaders.node.load(f.articleId)) as never) : null),
    event: async (f, _a, ctx) => (f.eventId ? ((await ctx.loaders.node.load(f.eventId)) as never) : null),
    statement: async (f, _a, ctx) => (f.statementId ? ((await ctx.loaders.node.load(f.statementId)) as never) : null),
  },
  FactConnection: {
    totalCount: (c) => c.count(),
    nodes: (c) => c.items,
    edges: (c) => c.items.map((node, i) => ({ node, cursor: encodeCursor(c.offset + i) })),
    pageInfo,
  },
  ReviewConflict: {
    article: async (c, _a, ctx) => (c.article ? ((await ctx.loaders.node.load(c.article)) as never) : null),
  },
  HistoryEntry: {
    article: async (h, _a, ctx) => (h.articleId ? ((await ctx.loaders.node.load(h.articleId)) as never) : null),
  },
  Relationship: {
    review: (r) => relationshipReview(r),
  },
};
