/**
 * Seeding articles: each file is read, checked, extracted and written in its own transaction.
 * A file that fails is reported with its problem and leaves no trace; the batch goes on.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WriteCounters } from '../db/graph.js';
import { addCounters, emptyCounters } from '../db/graph.js';
import type { Row } from '../db/graph.js';
import type { Store } from '../db/store.js';
import type { EntityKind } from '../domain/taxonomy.js';
import { ArticleError, decodeText, DEFAULT_MAX_ARTICLE_BYTES, defaultExtractor, extractArticle, Gazetteer, type Extractor } from '../extract/index.js';
import type { ImportBatch } from '../import/format.js';
import type { GazetteerSnapshot } from './extraction-pool.js';
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
   * Article transactions in flight at once. The default, 1, writes in file order, so an
   * interrupted run finished later gives exactly the graph of an uninterrupted one (with more,
   * which of two reports of one incident lands first, and names the event, can vary).
   */
  concurrency?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Builds the gazetteer from the entities in the graph. */
export async function gazetteerFromStore(store: Store): Promise<Gazetteer> {
  return new Gazetteer((await store.gazetteerEntries()).map(entryOf));
}

/**
 * After an article is written, re-reads the entities it created or touched, so the next article
 * is read against exactly what the graph now holds (an interrupted run resumed later then reads
 * every article as an uninterrupted run would).
 */
async function refresh(store: Store, gazetteer: Gazetteer, ids: string[]): Promise<void> {
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
  const result = extractArticle(text, gazetteer, { fileName: path.basename(file), maxBytes: options.maxBytes, extractor: options.extractor });
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

/**
 * Extracts the files one after another (so each can link to entities the ones before it
 * introduced) and writes them with up to `concurrency` transactions in flight. Writers that could
 * report the same incident serialise on a per-day lock (see lockEventDays), so concurrency never
 * duplicates an event.
 */
export async function seedArticles(store: Store | null, files: string[], gazetteer: Gazetteer, options: ArticleSeedOptions = {}): Promise<ArticleSeedReport> {
  const report: ArticleSeedReport = { written: 0, unchanged: 0, failures: [], counters: emptyCounters(), outcomes: [] };
  const results: (ArticleOutcome | ArticleFailure)[] = new Array(files.length);
  const inFlight = new Set<Promise<void>>();
  const concurrency = options.dryRun || !store ? 1 : Math.max(1, options.concurrency ?? 1);
  let done = 0;
  const finish = (i: number, result: ArticleOutcome | ArticleFailure) => {
    results[i] = result;
    done += 1;
    options.onProgress?.(done, files.length, files[i]!);
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
    const write = store
      .importBatch(batch, { overwrite: false, digest, origin: path.basename(file) })
      .then(async (result) => {
        await refresh(store, gazetteer, [...result.created, ...result.linked]);
        return result;
      })
      .then(
        (result) => {
          addCounters(report.counters, result.counters);
          if (result.skipped) report.unchanged += 1;
          else report.written += 1;
          finish(i, { file, articleId: article.id, batch, warnings, skipped: result.skipped, created: result.created });
        },
        (error: unknown) => finish(i, { file, problems: [describe(error)] }),
      )
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
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
    private readonly store: Store,
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
