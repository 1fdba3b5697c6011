/**
 * Seeding articles: each file is read, checked and extracted; independent articles are written
 * together, one transaction a group (docs/adr/0013). A file that fails is reported with its
 * problem and leaves no trace; the others are written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WriteCounters } from '../db/graph.js';
import { addCounters, emptyCounters } from '../db/graph.js';
import type { Row } from '../db/graph.js';
import type { WriteStore } from '../db/write-store.js';
import type { EntityKind } from '../domain/taxonomy.js';
import { ArticleError, decodeText, DEFAULT_MAX_ARTICLE_BYTES, defaultExtractor, extractArticle, Gazetteer, type Extractor } from '../extract/index.js';
import type { ParseOptions } from '../extract/parse.js';
import type { ImportBatch } from '../import/format.js';
import { groupKeysOf, independent, type GroupKeys } from '../import/groups.js';
import { planBatch, type WritePlan } from '../import/plan.js';
import type { WriteResult } from '../db/writer.js';
import type { Extracted as ExtractedText, GazetteerSnapshot } from './extraction-pool.js';
import { digestOf } from './structured.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export interface ArticleFailure {
  file: string;
  problems: string[];
}

export interface ArticleOutcome {
  file: string;
  articleId: string;
  batch: ImportBatch;
  warnings: string[];
  skipped: boolean;
  created: string[];
}

export interface ArticleSeedReport {
  written: number;
  unchanged: number;
  failures: ArticleFailure[];
  counters: WriteCounters;
  outcomes: ArticleOutcome[];
}

export interface ArticleSeedOptions {
  extractor?: Extractor;
  maxBytes?: number;
  /** Extract only: nothing is written. */
  dryRun?: boolean;
  /**
   * Transactions in flight at once. The default, 1, writes in file order, so an interrupted run
   * finished later gives exactly the graph of an uninterrupted one (with more, which of two
   * reports of one incident lands first, and names the event, can vary).
   */
  concurrency?: number;
  /**
   * Most articles written in one transaction (default ARTICLES_PER_TRANSACTION). Only articles
   * whose writes do not depend on each other share one (src/import/groups.ts), and an article that
   * introduces entities ends its group, so the graph is the one of writing them one by one. When
   * a group's transaction fails, its articles are written again one per transaction: each lands
   * whole or not at all, and a bad one never keeps the others out. 1 writes each article alone.
   */
  articlesPerTransaction?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Extracts an article's text somewhere else than this thread (the server's start-up seeding uses
   * a worker of its own: see poolExtraction), against the gazetteer as it stands. Default: here.
   */
  extract?: (text: string, options: ParseOptions, gazetteer: Gazetteer) => Promise<ExtractedText>;
}

/** Articles written in one transaction by default when seeding (docs/adr/0013). */
export const ARTICLES_PER_TRANSACTION = 16;

/** Builds the gazetteer from the entities in the graph. */
export async function gazetteerFromStore(store: WriteStore): Promise<Gazetteer> {
  return new Gazetteer((await store.gazetteerEntries()).map(entryOf));
}

/**
 * After an article is written, re-reads the entities it created or changed, so the next article
 * is read against exactly what the graph now holds (an interrupted run resumed later then reads
 * every article as an uninterrupted run would).
 */
async function refresh(store: WriteStore, gazetteer: Gazetteer, ids: string[]): Promise<void> {
  const entityIds = ids.filter((id) => !/^(?:article|event|statement):/.test(id));
  if (!entityIds.length) return;
  for (const row of await store.gazetteerEntries(entityIds)) gazetteer.upsert(entryOf(row));
}

function entryOf(r: Row) {
  return {
      id: r.id as string,
      kind: r.kind as EntityKind,
      name: r.name as string,
      aliases: (r.aliases as string[] | null) ?? [],
      placeType: (r.placeType as string | null) ?? null,
      parentId: (r.parentId as string | null) ?? null,
      governs: (r.governs as string | null) ?? null,
      organizationType: (r.organizationType as string | null) ?? null,
  };
}

/** Reads and extracts one article file; throws ArticleError naming the problem. */
export async function extractFile(file: string, gazetteer: Gazetteer, options: ArticleSeedOptions = {}) {
  const bytes = await readFile(file);
  const text = decodeText(bytes, options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  const parseOptions = { fileName: path.basename(file), maxBytes: options.maxBytes };
  const result = options.extract ? await options.extract(text, parseOptions, gazetteer) : extractArticle(text, gazetteer, { ...parseOptions, extractor: options.extractor });
  const extractor = options.extractor ?? defaultExtractor;
  return { ...result, digest: digestOf([extractor.version, text]) };
}

/** Registers the entities a written article created, so later articles link to them. */
function learn(gazetteer: Gazetteer, batch: ImportBatch): void {
  for (const e of batch.entities) {
    if (gazetteer.get(e.id)) continue;
    gazetteer.add({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      placeType: e.kind === 'Place' ? (e.placeType ?? null) : null,
      parentId: e.kind === 'Place' ? ((e.locatedIn as string | undefined) ?? null) : null,
      governs: null,
      organizationType: e.kind === 'Organization' ? (e.organizationType ?? null) : null,
    });
  }
}

interface Extracted {
  index: number;
  file: string;
  batch: ImportBatch;
  warnings: string[];
  articleId: string;
  digest: string;
  /** The batch's write plan, made once: for its group keys and for the writer. */
  plan: WritePlan;
  keys: GroupKeys;
}

/**
 * Extracts the files one after another (so each can link to entities the ones before it
 * introduced) and writes them in groups of up to `articlesPerTransaction` independent articles,
 * one transaction a group, with up to `concurrency` transactions in flight. Writers that could
 * report the same incident serialise on a per-day lock (see lockEventDays), so concurrency never
 * duplicates an event.
 */
export async function seedArticles(store: WriteStore | null, files: string[], gazetteer: Gazetteer, options: ArticleSeedOptions = {}): Promise<ArticleSeedReport> {
  const report: ArticleSeedReport = { written: 0, unchanged: 0, failures: [], counters: emptyCounters(), outcomes: [] };
  const results: (ArticleOutcome | ArticleFailure)[] = new Array(files.length);
  const inFlight = new Set<Promise<void>>();
  const concurrency = options.dryRun || !store ? 1 : Math.max(1, options.concurrency ?? 1);
  const perTransaction = Math.max(1, options.articlesPerTransaction ?? ARTICLES_PER_TRANSACTION);
  let done = 0;
  const finish = (i: number, result: ArticleOutcome | ArticleFailure) => {
    results[i] = result;
    done += 1;
    options.onProgress?.(done, files.length, files[i]!);
  };
  const written = (a: Extracted, result: WriteResult) => {
    addCounters(report.counters, result.counters);
    if (result.skipped) report.unchanged += 1;
    else report.written += 1;
    finish(a.index, { file: a.file, articleId: a.articleId, batch: a.batch, warnings: a.warnings, skipped: result.skipped, created: result.created });
  };
  // The entities whose gazetteer entries a written article may have changed: none when it defines
  // no entity and places none in another (it only links to them), else those it created or named.
  const touched = (a: Extracted, result: WriteResult) => (a.keys.changesEntities ? [...result.created, ...result.linked] : []);
  const alone = (a: Extracted) => store!.importBatch(a.batch, { overwrite: false, digest: a.digest, origin: path.basename(a.file), plan: a.plan });

  /** Writes a group; when its transaction fails, its articles one per transaction, in order. */
  const writeGroup = async (group: Extracted[]): Promise<void> => {
    let results: WriteResult[] | null = null;
    if (group.length > 1) {
      results = await store!
        .importArticles(group.map((a) => ({ batch: a.batch, digest: a.digest, origin: path.basename(a.file), plan: a.plan })))
        .catch(() => null);
    }
    if (results) {
      await refresh(store!, gazetteer, group.flatMap((a, k) => touched(a, results![k]!)));
      for (const [k, a] of group.entries()) written(a, results[k]!);
      return;
    }
    for (const a of group) {
      try {
        const result = await alone(a);
        await refresh(store!, gazetteer, touched(a, result));
        written(a, result);
      } catch (error) {
        finish(a.index, { file: a.file, problems: [describe(error)] });
      }
    }
  };

  // The next group to write, and articles read but held for a later group because they depend on
  // an article before them (one of the group, or one held before them). An article goes ahead of
  // a held one only when it is independent of it too, so every article is written after those
  // it depends on, as when they are written one by one in file order.
  let group: Extracted[] = [];
  let held: Extracted[] = [];
  const dispatch = async () => {
    const write: Promise<void> = writeGroup(group).finally(() => inFlight.delete(write));
    inFlight.add(write);
    group = [];
    const waiting = held;
    held = [];
    for (const a of waiting) place(a);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };
  const place = (a: Extracted) => {
    const free = group.length < perTransaction && [...group, ...held].every((b) => independent(b.keys, a.keys) === true);
    (free ? group : held).push(a);
  };
  const flush = async () => {
    while (group.length) await dispatch();
  };

  for (const [i, file] of files.entries()) {
    let extracted;
    try {
      extracted = await extractFile(file, gazetteer, options);
      // Without a database (a dry run), later articles still link to what earlier ones introduced.
      if (options.dryRun || !store) learn(gazetteer, extracted.batch);
    } catch (error) {
      finish(i, { file, problems: [describe(error)] });
      continue;
    }
    const { batch, warnings, article, digest } = extracted;
    if (options.dryRun || !store) {
      finish(i, { file, articleId: article.id, batch, warnings, skipped: false, created: [] });
      continue;
    }
    const plan = planBatch(batch);
    const a: Extracted = { index: i, file, batch, warnings, articleId: article.id, digest, plan, keys: groupKeysOf(batch, plan, (id) => gazetteer.get(id)) };
    place(a);
    if (group.length >= perTransaction || held.length >= perTransaction) await dispatch();
    // The next article is read against the entities this one introduces, as when each is written alone.
    if (a.keys.changesEntities) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  for (const r of results) {
    if ('problems' in r) report.failures.push(r);
    else report.outcomes.push(r);
  }
  return report;
}

function describe(error: unknown): string {
  if (error instanceof ArticleError) return error.message;
  const problems = (error as { extensions?: { problems?: string[] } }).extensions?.problems;
  if (problems?.length) return problems.join('; ');
  return (error as Error).message;
}

/**
 * The gazetteer entries for API ingestion: read from the graph, reused for `ttlMs`, and read
 * again after this process writes (other replicas' writes show up within the TTL). Each reading
 * has a new version, so extraction workers know when to rebuild their gazetteer.
 */
export class GazetteerCache {
  private cached: { snapshot: GazetteerSnapshot; at: number } | null = null;
  private pending: Promise<GazetteerSnapshot> | null = null;
  private version = 0;

  constructor(
    private readonly store: WriteStore,
    private readonly ttlMs = 30_000,
  ) {}

  async snapshot(): Promise<GazetteerSnapshot> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.snapshot;
    this.pending ??= this.store.gazetteerEntries().then(
      (rows) => {
        const snapshot = { version: ++this.version, entries: rows.map(entryOf) };
        this.cached = { snapshot, at: Date.now() };
        this.pending = null;
        return snapshot;
      },
      (error) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }

  invalidate(): void {
    this.cached = null;
  }
}
