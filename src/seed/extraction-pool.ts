/**
 * Article extraction for the API, off the event loop: a few worker threads (EXTRACTION_WORKERS)
 * take jobs in turn; a bounded queue holds the rest, and a full queue is refused with OVERLOADED.
 * A job that runs past its time limit has its worker replaced, so a pathological article costs
 * one job, not the pool. Workers receive the gazetteer only when its version changed.
 */
import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../errors.js';
import { ArticleError, type ExtractionResult, type Gazetteer, type GazetteerEntry, type ParsedArticle } from '../extract/index.js';
import type { ParseOptions } from '../extract/parse.js';

export interface GazetteerSnapshot {
  version: number;
  entries: GazetteerEntry[];
}

export interface ExtractJob {
  id: number;
  text: string;
  options: ParseOptions;
  gazetteerVersion: number;
  /** Sent when the worker holds another version. */
  gazetteer?: GazetteerSnapshot;
}

export type Extracted = ExtractionResult & { article: ParsedArticle };

export type ExtractReply =
  | { id: number; ok: true; result: Extracted }
  | { id: number; ok: false; articleError?: { problem: ArticleError['problem']; message: string }; message?: string };

export interface ExtractionPoolOptions {
  size: number;
  /** Jobs waiting for a worker before new ones are refused. */
  maxQueued: number;
  /** Longest a job may run on its worker. */
  timeoutMs: number;
  /**
   * Old-generation heap of each worker, in MB (its `resourceLimits.maxOldGenerationSizeMb`). V8
   * otherwise sizes a worker's heap from the machine's memory and lets garbage pile up to it.
   * A job that needs more fails with PAYLOAD_TOO_LARGE and its worker is replaced.
   */
  heapMb?: number;
  /** Young-generation heap of each worker, in MB (`resourceLimits.maxYoungGenerationSizeMb`); an eighth of heapMb (4 to 16) when not given. */
  youngMb?: number;
}

interface Pending {
  job: ExtractJob;
  snapshot: GazetteerSnapshot;
  resolve: (result: Extracted) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  version: number;
  busy: Pending | null;
  timer?: NodeJS.Timeout;
}

/** Built, the worker is the .js beside this file; from source (tsx, tests), a loader that registers tsx first. */
function workerScript(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './extraction-worker-dev.mjs' : './extraction-worker.js', import.meta.url);
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ExtractionPoolOptions) {}

  /** Extracts one article's text against the given gazetteer; ArticleError for unreadable input. */
  extract(text: string, options: ParseOptions, snapshot: GazetteerSnapshot): Promise<Extracted> {
    if (this.closed) return Promise.reject(new AppError(ErrorCode.OVERLOADED, 'The server is shutting down; send the article again in a moment'));
    if (this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new AppError(ErrorCode.OVERLOADED, `The article extractor is busy (${this.options.maxQueued} articles waiting); retry shortly`, { retryAfter: 5 }));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, text, options, gazetteerVersion: snapshot.version }, snapshot, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new AppError(ErrorCode.OVERLOADED, 'The server is shutting down; send the article again in a moment'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      const job = slot.version === pending.snapshot.version ? pending.job : { ...pending.job, gazetteer: pending.snapshot };
      slot.version = pending.snapshot.version;
      slot.timer = setTimeout(() => this.expire(slot!), this.options.timeoutMs);
      slot.worker.postMessage(job);
    }
  }

  private spawn(): Slot {
    const { heapMb } = this.options;
    const youngMb = this.options.youngMb ?? (heapMb === undefined ? undefined : Math.max(4, Math.min(16, Math.round(heapMb / 8))));
    const worker = new Worker(workerScript(), {
      resourceLimits: { ...(heapMb !== undefined && { maxOldGenerationSizeMb: heapMb }), ...(youngMb !== undefined && { maxYoungGenerationSizeMb: youngMb }) },
    });
    worker.unref();
    const slot: Slot = { worker, version: -1, busy: null };
    worker.on('message', (reply: ExtractReply) => this.settle(slot, reply));
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', () => this.fail(slot, new Error('the extraction worker stopped')));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, reply: ExtractReply): void {
    const pending = slot.busy;
    if (!pending || pending.job.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.busy = null;
    if (reply.ok) pending.resolve(reply.result);
    else if (reply.articleError) pending.reject(new ArticleError(reply.articleError.problem, reply.articleError.message));
    else pending.reject(new Error(`extraction failed in its worker: ${reply.message}`));
    this.dispatch();
  }

  /** A job over its time: its worker is stopped and replaced by a fresh one on the next job. */
  private expire(slot: Slot): void {
    const pending = slot.busy;
    this.remove(slot);
    void slot.worker.terminate();
    pending?.reject(new AppError(ErrorCode.TIMEOUT, `Extracting the article took longer than ${this.options.timeoutMs} ms; it was stopped`));
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      error = new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `Extracting the article needed more than the ${this.options.heapMb ?? 'default'} MB an extraction worker may use (EXTRACTION_WORKER_HEAP_MB); it was stopped`);
    }
    clearTimeout(slot.timer);
    const pending = slot.busy;
    this.remove(slot);
    pending?.reject(error);
    this.dispatch();
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}

/**
 * Extraction on a pool's workers against a gazetteer that changes as articles are written (seeding):
 * the worker is sent the gazetteer again only after it changed. Use the pool for nothing else, as
 * these versions are its own.
 */
export function poolExtraction(pool: ExtractionPool): (text: string, options: ParseOptions, gazetteer: Gazetteer) => Promise<Extracted> {
  let sent: { gazetteer: Gazetteer; revision: number; snapshot: GazetteerSnapshot } | null = null;
  return (text, options, gazetteer) => {
    if (sent?.gazetteer !== gazetteer || sent.revision !== gazetteer.revision) {
      sent = { gazetteer, revision: gazetteer.revision, snapshot: { version: (sent?.snapshot.version ?? 0) + 1, entries: [...gazetteer.byId.values()] } };
    }
    return pool.extract(text, options, sent.snapshot);
  };
}
