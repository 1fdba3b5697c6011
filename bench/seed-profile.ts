/**
 * Where seeding's time goes (a diagnostic, not a test): `npx tsx bench/seed-profile.ts [--articles N]
 * [--concurrency N] [--per-transaction N] [--poll-locks] [--lock-detail] [--stats] [--jfr FILE]
 * [--cypher-prefix TEXT] [--profile]` (docs/adr/0013 and docs/benchmarks.md used it).
 *
 * Seeds the reference data and a warm-up into a throwaway local Neo4j as bench/extraction.ts
 * does, then seeds N distinct article copies and prints, per kind of statement (its first line),
 * how many were sent, their total wall time and mean, the time spent extracting, and the CPU of
 * this process and of Neo4j. With --profile it also PROFILEs one article's write statements
 * (inside a transaction that is rolled back) and prints the db hits of each.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Graph, Tx, type CypherQuery, type RunOptions } from '../src/db/graph.js';
import { migrate } from '../src/db/migrations.js';
import { WriteStore } from '../src/db/write-store.js';
import { startLocalNeo4j } from '../src/neo4j-local/index.js';
import { seedAll } from '../src/seed/seed.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '300' },
    'per-transaction': { type: 'string', default: '16' },
    concurrency: { type: 'string', default: '2' },
    /** PROFILE one article's write statements. */
    profile: { type: 'boolean', default: false },
    /** Poll SHOW TRANSACTIONS every 50 ms and count what the writes were doing (blocked, and on which statement). */
    'poll-locks': { type: 'boolean', default: false },
    /** Also print the blocked transactions' lock resources. */
    'lock-detail': { type: 'boolean', default: false },
    /** Collect Neo4j's query statistics (db.stats QUERIES: compile and execution time per plan). */
    stats: { type: 'boolean', default: false },
    /** Record Neo4j with Java Flight Recorder into this file (analyse with `jfr print --events jdk.ExecutionSample`). */
    jfr: { type: 'string' },
    /** Prefix every statement of the writer's transactions with this (e.g. "CYPHER replan=force"), to compare. */
    'cypher-prefix': { type: 'string' },
  },
});
const N = Number(values.articles);

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
async function corpus(n: number, firstRound: number) {
  const dir = path.join(ROOT, 'seed/articles');
  const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const samples = await Promise.all(files.map(async (f) => ({ name: f, text: await readFile(path.join(dir, f), 'utf8') })));
  return Array.from({ length: n }, (_, i) => {
    const s = samples[i % samples.length]!;
    const round = firstRound + Math.floor(i / samples.length);
    const text = s.text.replace(/\b(\d{4}-\d{2}-\d{2})/, (d) => shiftDate(d, round * 3));
    return { name: `${String(i).padStart(5, '0')}-${s.name}`, text: `${text.trimEnd()}\n\nBench copy ${i}.\n` };
  });
}
async function processCpuSeconds(pid: number): Promise<number> {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(stat[11]) + Number(stat[12])) / 100;
}

// Statement timing: wrap Tx.run / runForCounters, and Graph.read / writeTx.
const timings = new Map<string, { n: number; ms: number }>();
const note = (key: string, ms: number) => {
  const t = timings.get(key) ?? { n: 0, ms: 0 };
  t.n += 1;
  t.ms += ms;
  timings.set(key, t);
};
const keyOf = (q: CypherQuery) => q.cypher.replace(/\s+/g, ' ').slice(0, 110);
let capture: CypherQuery[] | null = null;
for (const method of ['run', 'runForCounters'] as const) {
  const original = Tx.prototype[method] as (q: CypherQuery) => Promise<unknown>;
  (Tx.prototype as unknown as Record<string, unknown>)[method] = async function (this: Tx, q: CypherQuery) {
    capture?.push(q);
    if (values['cypher-prefix']) q = { ...q, cypher: `${values['cypher-prefix']} ${q.cypher}` };
    const t = performance.now();
    try {
      return await original.call(this, q);
    } finally {
      note(`tx: ${keyOf(q)}`, performance.now() - t);
    }
  };
}
const originalRead = Graph.prototype.read;
Graph.prototype.read = async function (q, o) {
  const t = performance.now();
  try {
    return await originalRead.call(this, q, o);
  } finally {
    note(`read: ${keyOf(q)}`, performance.now() - t);
  }
};
const originalWriteTx = Graph.prototype.writeTx;
Graph.prototype.writeTx = async function <T>(this: Graph, work: (tx: Tx) => Promise<T>, o: RunOptions): Promise<T> {
  const t = performance.now();
  try {
    let attempts = 0;
    const counted = (tx: Tx) => {
      attempts += 1;
      if (attempts > 1) note(`retried attempt of ${o.tag}`, 0);
      return work(tx);
    };
    return (await originalWriteTx.call(this, counted as (tx: Tx) => Promise<unknown>, o)) as T;
  } finally {
    note(`writeTx (whole unit of work, ${o.tag})`, performance.now() - t);
  }
};

const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-prof-'));
const data = await mkdtemp(path.join(os.tmpdir(), 'kg-prof-neo4j-'));
const neo4j = await startLocalNeo4j({ dataDir: data, heap: process.env.BENCH_HEAP ?? '1g', pageCache: '256m' });
const graph = new Graph({ uri: neo4j.uri, defaultTimeoutMs: 60_000 });
try {
  await migrate(graph);
  const store = new WriteStore(graph);
  await seedAll(store, [path.join(ROOT, 'seed/reference')]);
  await mkdir(path.join(dir, 'warm'));
  await mkdir(path.join(dir, 'measured'));
  for (const a of await corpus(120, 1000)) await writeFile(path.join(dir, 'warm', a.name), a.text);
  await seedAll(store, [path.join(dir, 'warm')]);
  for (const a of await corpus(N, 0)) await writeFile(path.join(dir, 'measured', a.name), a.text);
  timings.clear();
  if (values.stats) await graph.read({ cypher: "CALL db.stats.clear('QUERIES')", params: {} }, { tag: 'stats' }).catch((e: Error) => console.error(e.message));
  if (values.stats) await graph.read({ cypher: "CALL db.stats.collect('QUERIES', {durationSeconds: 600})", params: {} }, { tag: 'stats' }).catch((e: Error) => console.error(e.message));
  const { execFileSync } = await import('node:child_process');
  const jfr = values.jfr;
  if (jfr) execFileSync('jcmd', [String(neo4j.pid), 'JFR.start', 'name=seed', 'settings=profile', `filename=${jfr}`]);
  // Lock waits: how often a transaction of ours is seen blocked.
  const statuses = new Map<string, number>();
  let polling = values['poll-locks'] || values['lock-detail'];
  const poll = (async () => {
    while (polling) {
      const rows = await graph.read({ cypher: "SHOW TRANSACTIONS YIELD status, metaData, currentQuery WHERE metaData.tag STARTS WITH 'import-' RETURN status + ' ' + substring(replace(currentQuery, '\\n', ' '), 0, 40) AS status", params: {} }, { tag: 'poll' }).catch(() => []);
      if (values['lock-detail']) {
        const all = await graph.read({ cypher: "SHOW TRANSACTIONS YIELD * WHERE metaData.tag STARTS WITH 'import-' RETURN transactionId, status, statusDetails, resourceInformation, activeLockCount, substring(replace(currentQuery, '\\n', ' '), 0, 40) AS q", params: {} }, { tag: 'poll' }).catch((e: Error) => [{ e: e.message }]);
        if (all.some((r) => String(r.status).startsWith('Blocked'))) {
          console.log(JSON.stringify(all));
          for (const r of all.filter((r) => String(r.status).startsWith('Blocked'))) {
            const locks = await graph.read({ cypher: 'CALL db.listLocks() YIELD mode, resourceType, resourceId, transactionId WHERE transactionId = $t RETURN mode, resourceType, resourceId', params: { t: (r as Record<string, unknown>).transactionId } }, { tag: 'poll' }).catch((e: Error) => [{ e: e.message }]);
            void locks;
          }
        }
      }
      for (const r of rows) statuses.set(String(r.status).replace(/\[.*?\]/, ''), (statuses.get(String(r.status).replace(/\[.*?\]/, '')) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const serverCpu = await processCpuSeconds(neo4j.pid);
  const { articles } = await seedAll(store, [path.join(dir, 'measured')], { concurrency: Number(values.concurrency), articlesPerTransaction: Number(values['per-transaction']) });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const server = (await processCpuSeconds(neo4j.pid)) - serverCpu;
  polling = false;
  await poll;
  if (jfr) execFileSync('jcmd', [String(neo4j.pid), 'JFR.stop', 'name=seed']);
  console.log(`transaction states seen polling every 50 ms: ${JSON.stringify(Object.fromEntries(statuses))}`);
  console.log(`${articles.written} written, ${articles.failures.length} failed in ${seconds.toFixed(1)} s: ${(articles.written / seconds).toFixed(1)} articles/s; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`client CPU ${(((used.user + used.system) / 1e3) / N).toFixed(1)} ms/article, Neo4j CPU ${((server * 1e3) / N).toFixed(1)} ms/article`);
  for (const [k, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(t.ms / 1000).toFixed(2).padStart(7)} s ${String(t.n).padStart(6)} x ${(t.ms / t.n).toFixed(2).padStart(7)} ms  ${k}`);

  const stats = !values.stats ? [] : await graph.read({ cypher: "CALL db.stats.retrieve('QUERIES') YIELD data RETURN data", params: {} }, { tag: 'stats' }).catch((e: Error) => (console.error(e.message), []));
  const perQuery: { q: string; n: number; compile: number; exec: number }[] = [];
  for (const row of stats) {
    const d = row.data as { query: string; invocations: { elapsedCompileTimeInUs?: number; elapsedExecutionTimeInUs?: number }[] };
    let compile = 0;
    let exec = 0;
    for (const i of d.invocations ?? []) {
      compile += i.elapsedCompileTimeInUs ?? 0;
      exec += i.elapsedExecutionTimeInUs ?? 0;
    }
    perQuery.push({ q: d.query.replace(/\s+/g, ' ').slice(0, 110), n: d.invocations?.length ?? 0, compile: compile / 1000, exec: exec / 1000 });
  }
  if (values.stats) console.log('Neo4j query statistics (db.stats QUERIES): invocations, compile ms total, execution ms total');
  for (const p of perQuery.sort((a, b) => b.compile + b.exec - a.compile - a.exec).slice(0, 15)) console.log(`${String(p.n).padStart(6)} ${p.compile.toFixed(0).padStart(8)} ${p.exec.toFixed(0).padStart(8)}  ${p.q}`);

  if (values.profile) {
    const [a] = await corpus(1, 2000);
    const file = path.join(dir, 'profiled.md');
    await writeFile(file, a!.text);
    const { extractFile, gazetteerFromStore } = await import('../src/seed/articles.js');
    const { writeBatch } = await import('../src/db/writer.js');
    const extracted = await extractFile(file, await gazetteerFromStore(store));
    capture = [];
    await graph
      .writeTx(
        async (tx) => {
          await writeBatch(tx, extracted.batch, { overwrite: false, digest: extracted.digest, origin: 'profile' });
          throw new Error('rollback');
        },
        { tag: 'profile' },
      )
      .catch(() => undefined);
    const statements = capture;
    capture = null;
    for (const q of statements) {
      await graph
        .writeTx(
          async (tx) => {
            const raw = (tx as unknown as { tx: { run: (c: string, p: unknown) => Promise<{ summary: { profile: unknown } }> } }).tx;
            for (const earlier of statements.slice(0, statements.indexOf(q))) await raw.run(earlier.cypher, earlier.params);
            const result = await raw.run(`PROFILE ${q.cypher}`, q.params);
            let hits = 0;
            const ops: string[] = [];
            const walk = (p: { operatorType: string; dbHits: number; children: unknown[] }) => {
              hits += p.dbHits;
              if (p.dbHits > 50) ops.push(`${p.operatorType}:${p.dbHits}`);
              for (const c of p.children) walk(c as typeof p);
            };
            walk(result.summary.profile as never);
            console.log(`PROFILE ${keyOf(q)}: ${hits} db hits; ${ops.join(', ')}`);
            throw new Error('rollback');
          },
          { tag: 'profile' },
        )
        .catch((e: Error) => e.message !== 'rollback' && console.error(e.message));
    }
    const rows = await graph.read({ cypher: 'PROFILE MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids RETURN count(n)', params: { ids: ['place:iraq'] } }, { tag: 'p' });
    void rows;
  }
} finally {
  await graph.close();
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
}
