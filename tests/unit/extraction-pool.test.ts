/** Article extraction on worker threads (src/seed/extraction-pool.ts): same result, errors across the thread, limits. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { ArticleError, DEFAULT_MAX_ARTICLE_BYTES, extractArticle, Gazetteer } from '../../src/extract/index.js';
import { ExtractionPool, poolExtraction, type GazetteerSnapshot } from '../../src/seed/extraction-pool.js';
import { seedArticles } from '../../src/seed/articles.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE = path.join(ROOT, 'seed/articles/2021-12-04-shafaq-makhmour-attack-reactions.txt');
const entries = [
  { id: 'org:isis', kind: 'Organization' as const, name: 'ISIS', aliases: ['Daesh'], placeType: null, parentId: null, governs: null, organizationType: 'ARMED_GROUP' },
  { id: 'place:makhmour', kind: 'Place' as const, name: 'Makhmour', aliases: [], placeType: 'TOWN', parentId: null, governs: null },
];
const pools: ExtractionPool[] = [];
const pool = (options: Partial<ConstructorParameters<typeof ExtractionPool>[0]> = {}) => {
  const p = new ExtractionPool({ size: 1, maxQueued: 4, timeoutMs: 60_000, ...options });
  pools.push(p);
  return p;
};

afterAll(async () => {
  for (const p of pools) await p.close();
});

// Each pool starts worker threads that load the extractor (through tsx here): seconds on a loaded machine.
describe('extraction on worker threads', { timeout: 60_000 }, () => {
  it('gives the same graph as extracting on the main thread', async () => {
    const text = await readFile(ARTICLE, 'utf8');
    const here = extractArticle(text, new Gazetteer(entries), {});
    const there = await pool().extract(text, {}, { version: 1, entries });
    expect(there.batch).toEqual(here.batch);
    expect(there.article.id).toBe(here.article.id);
  });

  it('hands an unreadable article back as the same ArticleError', async () => {
    const error = await pool().extract('No date anywhere in this text.', {}, { version: 1, entries }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).problem).toBe('no-date');
  });

  it('stops a job over its time with TIMEOUT, and the next job gets a fresh worker', async () => {
    const p = pool({ timeoutMs: 1 });
    const text = await readFile(ARTICLE, 'utf8');
    const error = await p.extract(text, {}, { version: 1, entries }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TIMEOUT');
    (p as unknown as { options: { timeoutMs: number } }).options.timeoutMs = 60_000;
    const ok = await p.extract(text, {}, { version: 1, entries });
    expect(ok.batch.events.length).toBeGreaterThan(0);
  });

  it('refuses work beyond its queue with OVERLOADED', async () => {
    const p = pool({ maxQueued: 1 });
    const text = await readFile(ARTICLE, 'utf8');
    const jobs = [1, 2, 3].map(() => p.extract(text, {}, { version: 1, entries }).then(() => 'done', (e: AppError) => e.code));
    const outcomes = await Promise.all(jobs);
    expect(outcomes).toContain('OVERLOADED');
    expect(outcomes).toContain('done');
  });

  // The heap cap (EXTRACTION_WORKER_HEAP_MB) keeps a worker's garbage from growing to V8's
  // machine-sized default; it must still leave room for the largest article the API accepts.
  it('extracts the largest allowed article under the default worker heap limit', { timeout: 180_000 }, async () => {
    const heapMb = loadConfig({}).limits.extractionWorkerHeapMb;
    const dir = path.join(ROOT, 'seed/articles');
    const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).sort();
    const bodies = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
    // One article (its header and date from the first sample) with the others' bodies appended.
    let text = (await readFile(ARTICLE, 'utf8')).trimEnd();
    for (let i = 0; ; i++) {
      const next = `${text}\n\n${bodies[i % bodies.length]!.replace(/^.*\n/, '').trim()}`;
      if (Buffer.byteLength(next) > DEFAULT_MAX_ARTICLE_BYTES) break;
      text = next;
    }
    expect(Buffer.byteLength(text)).toBeGreaterThan(DEFAULT_MAX_ARTICLE_BYTES * 0.99);
    const result = await pool({ heapMb, timeoutMs: 170_000 }).extract(text, {}, { version: 1, entries });
    expect(result.batch.events.length).toBeGreaterThan(100);
  });

  it('fails a job over its worker heap with PAYLOAD_TOO_LARGE, and the next job gets a fresh worker', { timeout: 120_000 }, async () => {
    const p = pool({ heapMb: 2, youngMb: 1 });
    const text = await readFile(ARTICLE, 'utf8');
    const error = await p.extract(text.repeat(50).slice(0, 200_000), {}, { version: 1, entries }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PAYLOAD_TOO_LARGE');
    (p as unknown as { options: { heapMb?: number; youngMb?: number } }).options = { ...(p as unknown as { options: object }).options, heapMb: undefined, youngMb: undefined };
    const ok = await p.extract(text, {}, { version: 1, entries });
    expect(ok.batch.events.length).toBeGreaterThan(0);
  });
  it('seeds through a worker as on the main thread, sending the gazetteer again after each change (poolExtraction)', { timeout: 120_000 }, async () => {
    const dir = path.join(ROOT, 'seed/articles');
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-pool-seed-'));
    const bad = path.join(tmp, 'undated.txt');
    await writeFile(bad, 'No date anywhere in this text.');
    const files = [...(await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).sort().map((f) => path.join(dir, f)), bad];
    const p = pool();
    const sent: GazetteerSnapshot[] = [];
    const extract = p.extract.bind(p);
    p.extract = (text, options, snapshot) => (sent.push(snapshot), extract(text, options, snapshot));
    try {
      const here = await seedArticles(null, files, new Gazetteer(entries), { dryRun: true });
      const there = await seedArticles(null, files, new Gazetteer(entries), { dryRun: true, extract: poolExtraction(p) });
      expect(there.outcomes.map((o) => o.batch)).toEqual(here.outcomes.map((o) => o.batch));
      expect(here.outcomes.length).toBe(files.length - 1);
      expect(there.failures).toEqual(here.failures);
      expect(there.failures[0]?.file).toBe(bad);
      // Dry-run seeding learns each article's new entities, so later articles saw a larger gazetteer.
      const versions = [...new Set(sent.map((s) => s.version))];
      expect(versions.length).toBeGreaterThan(1);
      expect(sent.at(-1)!.entries.length).toBeGreaterThan(sent[0]!.entries.length);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
