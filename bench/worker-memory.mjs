/**
 * What one extraction worker costs in memory, as the API runs it (the built pool and worker of
 * dist/, so `npm run build` first):
 *
 *   node --expose-gc bench/worker-memory.mjs [jobs=200] [heapMb] [youngMb]   RSS every 50 jobs
 *   node --expose-gc bench/worker-memory.mjs 0 [heapMb] [youngMb] <kB>       one article of <kB>
 *
 * The process does nothing but feed one worker the sample articles of seed/articles, each against
 * a new 800-900-entry gazetteer version (as the API does: every write invalidates it), so its RSS
 * over the ~80 MB start is the worker's. heapMb / youngMb are the pool's resource limits (V8's
 * machine-sized defaults when left out). The <kB> form appends sample articles to one up to that
 * size (970 is the largest under the default ARTICLE_MAX_BYTES).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
const ROOT = path.resolve(import.meta.dirname, '..');
const { ExtractionPool } = await import(path.join(ROOT, 'dist/seed/extraction-pool.js'));
const [jobs = '200', heapMb, youngMb, bigKb] = process.argv.slice(2);
const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const dir = path.join(ROOT, 'seed/articles');
const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).sort();
const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
const entries = [];
for (let i = 0; i < 900; i++) entries.push({ id: `place:p${i}`, kind: 'Place', name: `Placename${i.toString(36)}`, aliases: [`Alias${i}`], placeType: 'TOWN', parentId: null, governs: null });
entries.push({ id: 'org:isis', kind: 'Organization', name: 'ISIS', aliases: ['Daesh'], placeType: null, parentId: null, governs: null, organizationType: 'ARMED_GROUP' });
const pool = new ExtractionPool({ size: 1, maxQueued: 8, timeoutMs: 600_000, ...(heapMb ? { heapMb: Number(heapMb) } : {}), ...(youngMb ? { youngMb: Number(youngMb) } : {}) });
globalThis.gc?.();
console.log(`start rss ${rss()} MB (limits: ${heapMb ?? 'default'} / young ${youngMb ?? 'default'})`);
const t0 = performance.now();
if (bigKb) {
  let big = texts[0].trimEnd();
  let k = 1; while (Buffer.byteLength(big) < Number(bigKb) * 1024) big += `\n\n${texts[k++ % texts.length].replace(/^.*\n/, '')}`;
  const t = performance.now();
  const r = await pool.extract(big, {}, { version: 1, entries }).then((x) => `${x.batch.events.length} events, ${x.batch.entities.length} entities`, (e) => `ERROR ${e.code ?? ''} ${e.message.slice(0, 200)}`);
  console.log(`big article ${Math.round(Buffer.byteLength(big) / 1024)} kB: ${r} in ${Math.round(performance.now() - t)} ms, rss ${rss()} MB`);
} else {
  let peak = 0;
  for (let i = 0; i < Number(jobs); i++) {
    await pool.extract(texts[i % texts.length] + `\n\nCopy ${i}.\n`, {}, { version: i + 1, entries: entries.slice(0, 800 + (i % 100)) });
    peak = Math.max(peak, rss());
    if ((i + 1) % 50 === 0) { globalThis.gc?.(); console.log(`${i + 1} jobs: rss ${rss()} MB (peak ${peak}), main heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB, ${Math.round((performance.now() - t0) / (i + 1))} ms/job`); }
  }
}
await pool.close();
