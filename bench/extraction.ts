/**
 * Extraction and seeding speed (a benchmark, not a test): `npm run bench:extraction`.
 *
 * - extraction alone: the sample articles in seed/articles, repeated to --articles N (default
 *   600), read by the rule extractor on one thread and on a pool of worker threads (one per core);
 * - end to end: the same articles made distinct (their own ids and digests) and seeded into a
 *   throwaway local Neo4j through the real seeding path (extract, then groups of independent
 *   articles, one transaction a group: docs/adr/0013).
 *
 * Prints articles per second; docs/benchmarks.md records the figures.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { count, parseCommand } from '../src/cli/args.js';
import { Graph } from '../src/db/graph.js';
import { migrate } from '../src/db/migrations.js';
import { WriteStore } from '../src/db/write-store.js';
import { extractArticle, Gazetteer } from '../src/extract/index.js';
import { startLocalNeo4j } from '../src/neo4j-local/index.js';
import { ARTICLES_PER_TRANSACTION } from '../src/seed/articles.js';
import { seedAll } from '../src/seed/seed.js';
import { combineBatches, readStructuredFile } from '../src/seed/structured.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseCommand({
  name: 'bench:extraction',
  usage: 'npm run bench:extraction -- [--articles N] [--concurrency N] [--per-transaction N] [--skip-seed]',
  description: `Measures extraction and seeding speed (a benchmark, not a test): the sample articles repeated
to --articles, extracted on one thread and on one worker thread per core, then made distinct and
seeded end to end into a throwaway local Neo4j. Prints articles per second.`,
  options: {
    articles: { type: 'string', value: 'N', default: '600', parse: count(), description: 'articles to extract and seed' },
    concurrency: { type: 'string', value: 'N', default: '2', parse: count(), description: 'article transactions in flight while seeding (each writes a group of articles)' },
    'per-transaction': { type: 'string', value: 'N', default: String(ARTICLES_PER_TRANSACTION), parse: count(), description: 'most articles written in one transaction (1: each alone)' },
    'skip-seed': { type: 'boolean', description: 'measure extraction only (no Neo4j)' },
  },
  examples: ['npm run bench:extraction', 'npm run bench:extraction -- --articles 100 --skip-seed'],
  notes: 'BENCH_HEAP sets the heap of the throwaway Neo4j (default 1g).',
});
const N = values.articles;
const concurrency = values.concurrency;
const perTransaction = values['per-transaction'];

async function referenceEntities() {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  return combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
}

async function sampleTexts(): Promise<{ name: string; text: string }[]> {
  const dir = path.join(ROOT, 'seed/articles');
  const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  return Promise.all(files.map(async (f) => ({ name: f, text: await readFile(path.join(dir, f), 'utf8') })));
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function corpus(samples: { name: string; text: string }[], n: number, firstRound = 0) {
  return Array.from({ length: n }, (_, i) => {
    const s = samples[i % samples.length]!;
    // Each copy is published on its own day (so its incidents are its own) and is a distinct text.
    const round = firstRound + Math.floor(i / samples.length);
    const text = s.text.replace(/\b(\d{4}-\d{2}-\d{2})/, (d) => shiftDate(d, round * 3));
    return { name: `${String(i).padStart(5, '0')}-${s.name}`, text: `${text.trimEnd()}\n\nBench copy ${i}.\n` };
  });
}

/** Articles per second of wall time, and per second of this thread's CPU time (steady on a loaded machine). */
function single(entitiesJson: string, articles: { name: string; text: string }[]): { wall: number; cpu: number } {
  const gazetteer = Gazetteer.fromEntities(JSON.parse(entitiesJson));
  for (const a of articles.slice(0, 40)) extractArticle(a.text, gazetteer, { fileName: a.name }); // warm-up
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const a of articles) extractArticle(a.text, gazetteer, { fileName: a.name });
  const used = process.cpuUsage(cpu);
  return { wall: articles.length / ((performance.now() - started) / 1000), cpu: articles.length / ((used.user + used.system) / 1e6) };
}

async function pooled(entitiesJson: string, articles: { name: string; text: string }[], threads: number): Promise<number> {
  // The worker is TypeScript: register tsx inside it, then load it.
  const workerUrl = pathToFileURL(path.join(import.meta.dirname, 'extraction-worker.ts')).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); })`;
  const workers = Array.from({ length: threads }, () => new Worker(boot, { eval: true, workerData: { entitiesJson } }));
  const run = (w: Worker, chunk: typeof articles) =>
    new Promise<number>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
      w.postMessage(chunk);
    });
  const chunks = workers.map((_, i) => articles.filter((__, j) => j % threads === i));
  await Promise.all(workers.map((w, i) => run(w, chunks[i]!.slice(0, 40)))); // warm-up
  const started = performance.now();
  await Promise.all(workers.map((w, i) => run(w, chunks[i]!)));
  const rate = articles.length / ((performance.now() - started) / 1000);
  await Promise.all(workers.map((w) => w.terminate()));
  return rate;
}

/** CPU seconds a process has used so far (Linux /proc). */
async function processCpuSeconds(pid: number): Promise<number> {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(stat[11]) + Number(stat[12])) / 100;
}

async function endToEnd(articles: { name: string; text: string }[]): Promise<{ rate: number; failures: number; clientCpu: number; serverCpu: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-'));
  const data = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const neo4j = await startLocalNeo4j({ dataDir: data, heap: process.env.BENCH_HEAP ?? '1g', pageCache: '256m' });
  const graph = new Graph({ uri: neo4j.uri, defaultTimeoutMs: 60_000 });
  try {
    await migrate(graph);
    const store = new WriteStore(graph);
    await seedAll(store, [path.join(ROOT, 'seed/reference')]);
    // Warm-up on other copies, so the figure is the steady rate rather than the JIT's first minutes.
    const warm = path.join(dir, 'warm-up');
    const measured = path.join(dir, 'measured');
    await mkdir(warm);
    await mkdir(measured);
    for (const a of corpus(await sampleTexts(), 120, 1000)) await writeFile(path.join(warm, a.name), a.text);
    await seedAll(store, [warm]);
    for (const a of articles) await writeFile(path.join(measured, a.name), a.text);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const serverCpu = await processCpuSeconds(neo4j.pid);
    const { articles: report } = await seedAll(store, [measured], { concurrency, articlesPerTransaction: perTransaction });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    for (const f of report.failures.slice(0, 3)) console.error(`failed: ${path.basename(f.file)}: ${f.problems.join('; ')}`);
    return {
      rate: report.written / seconds,
      failures: report.failures.length,
      clientCpu: (used.user + used.system) / 1e6 / seconds,
      serverCpu: ((await processCpuSeconds(neo4j.pid)) - serverCpu) / seconds,
    };
  } finally {
    await graph.close();
    await neo4j.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(data, { recursive: true, force: true });
  }
}

const entitiesJson = JSON.stringify(await referenceEntities());
const articles = corpus(await sampleTexts(), N);
const threads = Math.max(1, os.availableParallelism());
console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}; ${N} articles, mean ${Math.round(articles.reduce((n, a) => n + a.text.length, 0) / N)} characters`);
const one = single(entitiesJson, articles);
console.log(`extraction, 1 thread:        ${one.wall.toFixed(0)} articles/s (${one.cpu.toFixed(0)} per CPU-second)`);
console.log(`extraction, ${threads} worker threads: ${(await pooled(entitiesJson, articles, threads)).toFixed(0)} articles/s`);
if (!values['skip-seed']) {
  const e2e = await endToEnd(articles);
  console.log(`seeding end to end into a local Neo4j, up to ${perTransaction} articles a transaction, ${concurrency} transactions in flight: ${e2e.rate.toFixed(0)} articles/s (${e2e.failures} failures; this process used ${(e2e.clientCpu * 100).toFixed(0)}% of a core, Neo4j ${(e2e.serverCpu * 100).toFixed(0)}%)`);
}
