/**
 * What the ingestArticle mutation needs beyond the store, made once per process: the gazetteer
 * cache, the pool of extraction workers, and a limit on the ingestions one client has in flight
 * (INGEST_PER_CLIENT), so one editor cannot occupy every worker.
 */
import type { WriteStore } from '../db/write-store.js';
import { AppError, ErrorCode } from '../errors.js';
import type { ParseOptions } from '../extract/parse.js';
import { GazetteerCache } from './articles.js';
import { ExtractionPool, type Extracted } from './extraction-pool.js';

export interface IngestionOptions {
  articleMaxBytes: number;
  workers: number;
  /** Old-generation heap of each extraction worker, MB (see ExtractionPoolOptions.heapMb). */
  workerHeapMb?: number;
  perClient: number;
  /** Longest one extraction may take. */
  timeoutMs: number;
  /** How long gazetteer entries read from the graph are reused (0: read for every article). */
  gazetteerTtlMs?: number;
}

export class ArticleIngestion {
  readonly gazetteers: GazetteerCache;
  private readonly pool: ExtractionPool;
  private readonly inFlight = new Map<string, number>();

  constructor(
    store: WriteStore,
    readonly options: IngestionOptions,
  ) {
    this.gazetteers = new GazetteerCache(store, options.gazetteerTtlMs);
    this.pool = new ExtractionPool({ size: options.workers, maxQueued: options.workers * 8, timeoutMs: options.timeoutMs, heapMb: options.workerHeapMb });
  }

  /** Runs one client's ingestion, refused with RATE_LIMITED when the client already has its share in flight. */
  async forClient<T>(client: string, work: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(client) ?? 0;
    if (running >= this.options.perClient) {
      throw new AppError(ErrorCode.RATE_LIMITED, `This client already has ${running} article ingestions in flight; the limit is ${this.options.perClient} (INGEST_PER_CLIENT). Wait for one to finish`, {
        limit: this.options.perClient,
        retryAfter: 1,
      });
    }
    this.inFlight.set(client, running + 1);
    try {
      return await work();
    } finally {
      const left = (this.inFlight.get(client) ?? 1) - 1;
      if (left > 0) this.inFlight.set(client, left);
      else this.inFlight.delete(client);
    }
  }

  /** Extracts an article's text on a worker thread against the graph's current entities. */
  async extract(text: string, options: ParseOptions): Promise<Extracted> {
    return this.pool.extract(text, { ...options, maxBytes: this.options.articleMaxBytes }, await this.gazetteers.snapshot());
  }

  /** After a write: the next article is read against what the graph now holds. */
  written(): void {
    this.gazetteers.invalidate();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
