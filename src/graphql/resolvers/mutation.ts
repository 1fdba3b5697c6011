/** Curator mutations. Each needs an editor token; each is one transaction. */
import type { EntityRecord } from '../../db/records.js';
import type { EntityKind } from '../../domain/taxonomy.js';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.js';
import { describeIssues, importBatchSchema, type ImportBatchInput } from '../../import/format.js';
import { KIND_PREFIX } from '../../import/invariants.js';
import { slugify } from '../../import/slug.js';
import { requireRole } from '../auth.js';
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

function editor(ctx: RequestContext) {
  requireRole(ctx.viewer, 'editor');
}

async function entityOrThrow(ctx: RequestContext, id: string): Promise<EntityRecord> {
  const node = await ctx.stores.lookups.nodesByIds([id]).then((m) => m.get(id));
  if (!node || !('name' in node)) throw notFound('Entity', id);
  return node;
}

/** Validates a batch in the import format; every problem is listed in the error. */
function parseBatch(input: unknown, argument: string) {
  const parsed = importBatchSchema.safeParse(input);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    throw badInput(`"${argument}" is not a valid import batch: ${problems.join('; ')}`, { argument, problems });
  }
  return parsed.data;
}

async function write(ctx: RequestContext, batch: ImportBatchInput, argument: string) {
  return ctx.stores.writes.importBatch(parseBatch(batch, argument), { overwrite: true, origin: 'api' });
}

function alias(value: string): string {
  const a = value.trim();
  if (!a || a.length > 300) throw badInput('"alias" must be 1 to 300 characters', { argument: 'alias' });
  return a;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    createEntity: async (_, { input }, ctx) => {
      editor(ctx);
      const id = input.id ?? `${KIND_PREFIX[input.kind]}:${slugify(input.name)}`;
      const entity: Record<string, unknown> = {
        id,
        kind: input.kind,
        name: input.name,
        aliases: input.aliases ?? [],
        wikidataId: input.wikidataId ?? undefined,
        description: input.description ?? undefined,
      };
      if (input.kind === 'Place') Object.assign(entity, { placeType: input.placeType ?? undefined, location: input.location ?? undefined, locatedIn: input.locatedIn ?? undefined });
      if (input.kind === 'Organization' && input.organizationType) entity.organizationType = input.organizationType;
      if (input.kind === 'Government' && input.level) entity.level = input.level;
      if (input.kind === 'Force' && input.forceType) entity.forceType = input.forceType;
      return ctx.stores.curation.createEntity(parseBatch({ entities: [entity] }, 'input'), id);
    },

    updateEntity: async (_, { id, input }, ctx) => {
      editor(ctx);
      const current = await entityOrThrow(ctx, id);
      const set: Record<string, unknown> = {};
      for (const key of ['name', 'wikidataId', 'description', 'placeType', 'organizationType', 'level', 'forceType'] as const) {
        if (key in input) set[key] = input[key] ?? null;
      }
      if ('name' in set && (typeof set.name !== 'string' || !set.name.trim())) throw badInput('"name" cannot be empty', { argument: 'input.name' });
      if (typeof set.wikidataId === 'string' && !/^Q[1-9][0-9]*$/.test(set.wikidataId)) {
        throw badInput('"wikidataId" must be a Wikidata item id such as Q796', { argument: 'input.wikidataId' });
      }
      const kindOnly: Record<string, EntityKind> = { placeType: 'Place', organizationType: 'Organization', level: 'Government', forceType: 'Force' };
      for (const [key, kind] of Object.entries(kindOnly)) {
        if (set[key] != null && current.kind !== kind) throw badInput(`"${key}" applies to a ${kind}; "${id}" is a ${current.kind}`, { argument: `input.${key}` });
      }
      if ('location' in input && current.kind !== 'Place') throw badInput(`"location" applies to places; "${id}" is a ${current.kind}`, { argument: 'input.location' });
      return ctx.stores.curation.updateEntity(id, set, 'location' in input ? (input.location ?? null) : undefined);
    },

    changeEntityKind: async (_, { id, kind }, ctx) => {
      editor(ctx);
      const current = await entityOrThrow(ctx, id);
      return current.kind === kind ? current : ctx.stores.curation.changeKind(id, current.kind, kind);
    },

    addAlias: async (_, args, ctx) => {
      editor(ctx);
      return ctx.stores.curation.addAlias(args.id, alias(args.alias));
    },

    removeAlias: async (_, args, ctx) => {
      editor(ctx);
      return ctx.stores.curation.removeAlias(args.id, alias(args.alias));
    },

    link: async (_, { input }, ctx) => {
      editor(ctx);
      const source = input.source ? { article: input.source.article, sentence: input.source.sentence ?? undefined, confidence: input.source.confidence ?? undefined } : undefined;
      const batch = parseBatch({ relationships: [{ from: input.from, type: input.type, to: input.to, properties: input.properties ?? {}, source }] }, 'input');
      return ctx.stores.curation.link(batch, input.from, input.type, input.to);
    },

    unlink: async (_, { from, type, to }, ctx) => {
      editor(ctx);
      return { removed: await ctx.stores.curation.unlink(from, type, to), id: `${from}|${type}|${to}` };
    },

    mergeEntities: async (_, { keep, merge }, ctx) => {
      editor(ctx);
      if (keep === merge) throw badInput('"keep" and "merge" are the same entity', { argument: 'merge' });
      const [a, b] = [await entityOrThrow(ctx, keep), await entityOrThrow(ctx, merge)];
      if (a.kind !== b.kind) {
        throw badInput(`"${keep}" is a ${a.kind} and "${merge}" a ${b.kind}; correct the kind with changeEntityKind first`, { argument: 'merge' });
      }
      return ctx.stores.curation.mergeEntities(keep, merge);
    },

    deleteNode: async (_, { id }, ctx) => {
      editor(ctx);
      const existing = await ctx.stores.lookups.nodesByIds([id]);
      if (!existing.has(id)) throw notFound('Node', id);
      const summary = await ctx.stores.curation.deleteNode(id);
      return { deleted: summary.nodesDeleted > 0, id, summary };
    },

    importBatch: async (_, { batch }, ctx) => {
      editor(ctx);
      const result = await write(ctx, batch as ImportBatchInput, 'batch');
      return { summary: result.counters, ids: result.ids, skipped: result.skipped };
    },
  },
};
