/** ingestArticle: one article through the extractor (on a worker thread) and the writer, in one transaction. */
import type { EventRecord, IngestResultRecord, NodeRecord, StatementRecord } from '../../db/records.js';
import { AppError, ErrorCode } from '../../errors.js';
import { ARTICLE_FIELD_LIMITS, ArticleError, defaultExtractor, overlongField } from '../../extract/index.js';
import { digestOf } from '../../seed/structured.js';
import { requireRole } from '../auth.js';
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { emptyCounters } from '../../db/graph.js';

async function nodes<T extends NodeRecord>(ctx: RequestContext, ids: string[]): Promise<T[]> {
  const found = await ctx.loaders.node.loadMany(ids);
  return found.filter((n): n is T => Boolean(n) && !(n instanceof Error));
}

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_, { input }, ctx): Promise<IngestResultRecord> => {
      requireRole(ctx.viewer, 'editor');
      // An override longer than the article's own fields may be is named as the argument it came in.
      const overlong = overlongField(input);
      if (overlong) {
        const { field, length } = overlong;
        throw new AppError(ErrorCode.BAD_USER_INPUT, `input.${field} is ${length} characters long; the limit is ${ARTICLE_FIELD_LIMITS[field]}`, { problem: 'too-long', argument: `input.${field}` });
      }
      const ingestion = ctx.services.ingestion;
      return ingestion.forClient(ctx.viewer.subject ?? 'anonymous', async () => {
        let extraction;
        try {
          extraction = await ingestion.extract(input.text, {
            overrides: {
              title: input.title ?? undefined,
              source: input.source ?? undefined,
              url: input.url ?? undefined,
              published: input.published ?? undefined,
              language: input.language ?? undefined,
            },
          });
        } catch (error) {
          if (error instanceof ArticleError) throw new AppError(ErrorCode.BAD_USER_INPUT, `The article ${error.message}`, { problem: error.problem, argument: 'input.text' });
          throw error;
        }
        const { batch, warnings, article } = extraction;
        const base = {
          articleId: article.id,
          warnings,
          extracted: batch as unknown as Record<string, unknown>,
          eventIds: batch.events.map((e) => e.id),
          statementIds: batch.statements.map((s) => s.id),
        };
        if (input.dryRun) {
          return { ...base, dryRun: true, skipped: false, createdIds: [], linkedIds: [], summary: emptyCounters() };
        }
        const result = await ctx.stores.writes.importBatch(batch, {
          overwrite: false,
          digest: digestOf([defaultExtractor.version, article.raw]),
          origin: `api:${article.id}`,
        });
        ingestion.written();
        return {
          ...base,
          dryRun: false,
          skipped: result.skipped,
          createdIds: result.created,
          linkedIds: result.linked.filter((id) => !result.created.includes(id)),
          eventIds: base.eventIds.map((id) => result.mergedEvents[id] ?? id),
          summary: result.counters,
        };
      });
    },
  },
  IngestResult: {
    article: async (r, _a, ctx) => (r.dryRun ? null : ((await ctx.loaders.node.load(r.articleId)) as never)),
    created: (r, _a, ctx) => nodes(ctx, r.createdIds),
    linked: (r, _a, ctx) => nodes(ctx, r.linkedIds),
    events: (r, _a, ctx) => (r.dryRun ? [] : nodes<EventRecord>(ctx, r.eventIds)),
    statements: (r, _a, ctx) => (r.dryRun ? [] : nodes<StatementRecord>(ctx, r.statementIds)),
  },
};
