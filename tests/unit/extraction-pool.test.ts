/** Article extraction on worker threads (src/seed/extraction-pool.ts): same result, errors across the thread, limits. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { ArticleError, extractArticle, Gazetteer } from '../../src/extract/index.js';
import { ExtractionPool } from '../../src/seed/extraction-pool.js';

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
});
