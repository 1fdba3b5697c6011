/**
 * The API benchmark (`npm run bench:api`; docs/benchmarks-api.md): our server against
 * @neo4j/graphql v7 and against the raw Cypher floor, on a generated graph at scale.
 *
 * 1. Starts a throwaway Neo4j (heap 3g, page cache 2g, APOC Core for @neo4j/graphql) in a
 *    temporary folder, or in `--reuse DIR` (generated there on the first run, reused after), or
 *    uses BENCH_NEO4J_URI (BENCH_NEO4J_USERNAME / BENCH_NEO4J_PASSWORD).
 * 2. Generates and loads the data when the database has none (generate.ts, `--scale`).
 * 3. Starts our server and the @neo4j/graphql server as child processes.
 * 4. Checks each operation once on each target, then records PROFILE db hits of one
 *    representative request per operation (profile.ts).
 * 5. For each operation and concurrency (1, 16, 64): our server, @neo4j/graphql (autocannon,
 *    POST bodies with random variables, GraphQL errors counted as errors) and the raw floor (the
 *    same Cypher through neo4j-driver, in process, same concurrency): a warm-up of each, then the
 *    measured time (--duration) in slices taken in turns. Our server's RSS is sampled every second.
 * 6. Writes bench/results/api-<date>.json (and .md) and prints the Markdown table.
 *
 * Options: `npm run bench -- --help`.
 *
 * The machine may be shared: the measured time of each target is cut in --slices slices taken in
 * turns with the other targets, before each slice the benchmark waits (up to --quiet-wait s) until
 * other processes use less than --max-others CPU cores, and each round records the CPU cores
 * other processes used during it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { count, listOf, logLevel, memorySize, number, oneOf, parseCommand, positive, run } from '../../src/cli/args.js';
import { Graph } from '../../src/db/graph.js';
import { ensureApoc } from './apoc.js';
import { countGraph, DEFAULT_GENERATE, generateAndLoad, ROOT, type LoadReport } from './generate.js';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j.js';
import { loadPools, OPERATIONS, RawDb, requestBody, variableSets, type Operation, type Vars } from './operations.js';
import { ourCapture, profileOurs, profileTheirs, theirCapture, type OperationProfile } from './profile.js';
import { Rng } from './prng.js';

const { values } = parseCommand({
  name: 'bench',
  usage: 'npm run bench -- [options]',
  description: `The API at scale: our server against @neo4j/graphql 7 and against raw Cypher through the driver,
on a generated graph (200,000 events at scale 1; about 5 minutes to load) in a throwaway Neo4j
with APOC Core. Drives each operation at each concurrency, the measured time cut in slices taken
in turns with the other targets, and writes bench/results/api-<date>.json and .md.`,
  options: {
    scale: { type: 'string', value: 'X', default: '1', parse: positive, description: 'size of the generated graph, 1 for 200,000 events' },
    seed: { type: 'string', value: 'N', default: String(DEFAULT_GENERATE.seed), parse: number({ integer: true }), description: 'seed of the generated data and of the request variables' },
    'batch-size': { type: 'string', value: 'N', default: String(DEFAULT_GENERATE.batchSize), parse: count(), description: 'rows per transaction while loading' },
    reuse: { type: 'string', value: 'DIR', description: 'keep the database in DIR: generated on the first run, reused after' },
    duration: { type: 'string', value: 'S', default: '15', parse: positive, description: 'measured seconds per operation, target and concurrency' },
    warmup: { type: 'string', value: 'S', default: '5', parse: number({ min: 0 }), description: 'warm-up seconds before measuring, 0 for none' },
    concurrency: { type: 'string', value: 'LIST', default: '1,16,64', parse: listOf(count()), description: 'numbers of concurrent clients' },
    ops: { type: 'string', value: 'LIST', default: OPERATIONS.map((o) => o.key).join(','), parse: listOf(oneOf(...OPERATIONS.map((o) => o.key))), description: 'operations (docs/benchmarks.md)' },
    targets: { type: 'string', value: 'LIST', default: 'ours,theirs,raw', parse: listOf(oneOf('ours', 'theirs', 'raw')), description: 'ours, theirs (@neo4j/graphql), raw (Cypher)' },
    heap: { type: 'string', value: 'SIZE', default: '3g', parse: memorySize, description: 'heap of the throwaway Neo4j' },
    'page-cache': { type: 'string', value: 'SIZE', default: '2g', parse: memorySize, description: 'page cache of the throwaway Neo4j' },
    'no-apoc': { type: 'boolean', description: 'start Neo4j without APOC Core (@neo4j/graphql needs it)' },
    'log-level': { type: 'string', value: 'L', default: 'warn', parse: logLevel, description: "our server's log level" },
    vars: { type: 'string', value: 'N', default: '2000', parse: count(), description: 'variable sets drawn per operation' },
    profiles: { type: 'string', value: 'N', default: '6', parse: count(0), description: 'requests per operation profiled for db hits' },
    slices: { type: 'string', value: 'N', default: '3', parse: count(), description: 'slices of the measured time of each target' },
    'max-others': { type: 'string', value: 'CORES', default: '0.3', parse: number({ min: 0 }), description: 'before a slice, wait until other processes use less CPU than this' },
    'quiet-wait': { type: 'string', value: 'S', default: '30', parse: number({ min: 0 }), description: 'longest such wait, in seconds' },
    out: { type: 'string', value: 'FILE', description: 'results file (default: bench/results/api-<date>.json; the .md next to it)' },
    report: { type: 'string', value: 'FILE', description: 'only rewrite the Markdown of an earlier results file' },
    'cpu-prof': { type: 'string', value: 'DIR', description: "write CPU profiles of both servers to DIR/ours and DIR/theirs (node --cpu-prof, one per thread; open them in Chrome's DevTools)" },
  },
  examples: ['npm run bench', 'npm run bench -- --scale 0.05 --duration 5 --concurrency 1,16', 'npm run bench -- --reuse /path/to/dir --ops a,c --targets ours,raw'],
  notes: 'BENCH_NEO4J_URI (with BENCH_NEO4J_USERNAME / BENCH_NEO4J_PASSWORD) uses a server of your own, with APOC Core; it gets the generated data.',
});

type Target = 'ours' | 'theirs' | 'raw';
const { scale, seed, duration, warmup, targets, slices } = values;
let levels = values.concurrency;
let ops = OPERATIONS.filter((o) => values.ops.includes(o.key));
const maxOthers = values['max-others'];
const quietWait = values['quiet-wait'];
const t0 = performance.now();
const log = (m: string) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${m}\n`);

// ---------------------------------------------------------------------------------------------
// Processes and their resources

const CLK_TCK = 100;

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU seconds a process has used (user + system). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** CPU seconds the whole machine has been busy. */
function machineBusySeconds(): number {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return (cpu.reduce((a, b) => a + b, 0) - idle) / CLK_TCK;
}

interface Child {
  name: string;
  port: number;
  pid: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function startChild(name: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Child> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-5000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${stderr}`)), 120_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
      if (out.length > 100_000) out = out.slice(-1000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready: ${stderr}`));
    });
  });
  child.stdout!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    port,
    pid: child.pid!,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

interface Round {
  op: string;
  target: Target;
  concurrency: number;
  seconds: number;
  /** Responses received in the measured window. */
  requests: number;
  rps: number;
  /** Responses without errors, per second. */
  okRps: number;
  errors: number;
  sampleError?: string;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** CPU cores used on average during the round, per process; `others` is the rest of the machine. */
  cpu: { ours: number; theirs: number; neo4j: number; bench: number; others: number };
  /** The measured slices: ok requests per second, p50, and the CPU cores other processes used during and just before each. */
  slices: { seconds: number; okRps: number; p50: number; others: number; othersBefore: number }[];
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function latencyStats(latencies: number[]) {
  const sorted = Float64Array.from(latencies).sort();
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    mean: r(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
    max: r(sorted.length ? sorted[sorted.length - 1]! : NaN),
  };
}

// ---------------------------------------------------------------------------------------------
// Load generation

interface Pids {
  ours: number;
  theirs: number;
  neo4j: number;
}

async function measureCpu<T>(pids: Pids, seconds: () => number, work: () => Promise<T>): Promise<[T, Round['cpu']]> {
  const before = { ours: cpuSeconds(pids.ours), theirs: cpuSeconds(pids.theirs), neo4j: cpuSeconds(pids.neo4j), bench: process.cpuUsage(), machine: machineBusySeconds() };
  const out = await work();
  const s = seconds();
  const bench = process.cpuUsage(before.bench);
  const used = {
    ours: (cpuSeconds(pids.ours) - before.ours) / s,
    theirs: (cpuSeconds(pids.theirs) - before.theirs) / s,
    neo4j: (cpuSeconds(pids.neo4j) - before.neo4j) / s,
    bench: (bench.user + bench.system) / 1e6 / s,
  };
  const machine = (machineBusySeconds() - before.machine) / s;
  const r = (n: number) => Math.round(n * 100) / 100;
  return [out, { ours: r(used.ours), theirs: r(used.theirs), neo4j: r(used.neo4j), bench: r(used.bench), others: r(Math.max(0, machine - used.ours - used.theirs - used.neo4j - used.bench)) }];
}

async function httpRound(port: number, bodies: string[], concurrency: number, seconds: number, rng: Rng) {
  const latencies: number[] = [];
  let errors = 0;
  let sampleError: string | undefined;
  let cursor = rng.int(0, bodies.length - 1);
  const instance = autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: concurrency,
    duration: seconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (req) => ({ ...req, body: bodies[cursor++ % bodies.length]! }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors":')) {
            errors += 1;
            sampleError ??= `${status} ${body.slice(0, 400)}`;
          }
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  errors += result.errors + result.timeouts;
  if (result.timeouts && !sampleError) sampleError = `${result.timeouts} timeouts (30 s)`;
  return { latencies, errors, sampleError, seconds: result.duration || seconds };
}

async function rawRound(db: RawDb, op: Operation, sets: Vars[], concurrency: number, seconds: number, rng: Rng) {
  const latencies: number[] = [];
  let errors = 0;
  let sampleError: string | undefined;
  let cursor = rng.int(0, sets.length - 1);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const v = sets[cursor++ % sets.length]!;
      const t = performance.now();
      try {
        await op.raw(db, v);
      } catch (error) {
        errors += 1;
        sampleError ??= (error as Error).message.slice(0, 400);
      }
      const end = performance.now();
      // As autocannon: only what completes inside the window counts.
      if (end <= deadline) latencies.push(end - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors, sampleError, seconds };
}

/** CPU cores used by processes other than ours over `ms` milliseconds. */
async function othersLoad(pids: Pids, ms = 2000): Promise<number> {
  const [, cpu] = await measureCpu(pids, () => ms / 1000, () => new Promise((r) => setTimeout(r, ms)));
  return cpu.others;
}

/** Waits until other processes on the machine are quiet (or `maxWait` seconds have passed). */
async function waitQuiet(pids: Pids, limit: number, maxWait: number): Promise<number> {
  const started = Date.now();
  let announced = false;
  for (;;) {
    const others = await othersLoad(pids);
    if (others <= limit || Date.now() - started > maxWait * 1000) return others;
    if (!announced) log(`  waiting for other processes on the machine (${others} cores busy)`);
    announced = true;
  }
}

/** Waits until Neo4j runs no more transactions (slow queries of a previous round may still run). */
async function drain(driver: Driver, maxSeconds = 120): Promise<number> {
  const started = Date.now();
  for (;;) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    let running = 0;
    try {
      const r = await session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n");
      running = Number(r.records[0]?.get('n') ?? 0);
    } catch {
      running = 0;
    } finally {
      await session.close();
    }
    if (running === 0 || Date.now() - started > maxSeconds * 1000) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 500));
  }
}

// ---------------------------------------------------------------------------------------------
// Report

interface OpProfiles {
  /** The variables of each profiled request. */
  variables: Vars[];
  ours: { dbHits: number[]; statements: number[]; mean: number; max: number; heaviest: OperationProfile | null };
  theirs: { dbHits: number[]; statements: number[]; mean: number; max: number; heaviest: OperationProfile | null; error?: string };
}

function summarise(list: OperationProfile[]) {
  const ok = list.filter((p) => !p.error);
  const hits = ok.map((p) => p.dbHits);
  // None when no request was profiled (--profiles 0, or a system left out by --targets).
  const heaviest = [...ok].sort((a, b) => b.dbHits - a.dbHits)[0] ?? list[0] ?? null;
  return {
    dbHits: hits,
    statements: ok.map((p) => p.count),
    mean: hits.length ? Math.round(hits.reduce((a, b) => a + b, 0) / hits.length) : NaN,
    max: hits.length ? Math.max(...hits) : NaN,
    heaviest,
    ...(ok.length < list.length ? { error: list.find((p) => p.error)?.error } : {}),
  };
}

interface Results {
  date: string;
  machine: { cpus: number; model: string; memoryGiB: number; node: string; loadAverageAtStart: number[] };
  options: Record<string, unknown>;
  load: (LoadReport & { reused: boolean }) | { reused: true; counts: LoadReport['counts']; original?: LoadReport };
  neo4j: { heap: string; pageCache: string; apoc: string | null; uri: string };
  apoc: { required: string; checkNeo4jCompat: string };
  pools: Record<string, number>;
  checks: Record<string, unknown>;
  profiles: Record<string, OpProfiles>;
  rounds: Round[];
  memory: { samples: { t: number; phase: string; oursMb: number | null; theirsMb: number | null; neo4jMb: number | null }[]; ours: Record<string, number | null> };
  totalSeconds?: number;
}

// null: a NaN that went through a results file's JSON.
const fmtN = (n: number | null | undefined, d = 0) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 && !Number.isNaN(a) && !Number.isNaN(b) ? a / b : NaN);

export function markdown(results: Results): string {
  const find = (op: string, target: Target, c: number) => results.rounds.find((r) => r.op === op && r.target === target && r.concurrency === c);
  const lines: string[] = [];
  const at16 = levels.includes(16) ? 16 : levels[Math.floor(levels.length / 2)]!;
  lines.push(
    `| Operation | rps @${at16}: ours / @neo4j/graphql / raw | p50 ms @${levels.join('/')}: ours | @neo4j/graphql | raw | ours÷theirs rps @${at16} | ours÷raw p50 @${levels.join('/')} | PROFILE db hits, mean of ${results.profiles[ops[0]?.key ?? '']?.variables.length ?? 0} requests: ours (statements) / theirs | errors ours/theirs/raw |`,
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const op of ops) {
    const o16 = find(op.key, 'ours', at16);
    const t16 = find(op.key, 'theirs', at16);
    const r16 = find(op.key, 'raw', at16);
    const p50 = (t: Target) => levels.map((c) => fmtN(find(op.key, t, c)?.latencyMs.p50, 1)).join(' / ');
    const tput = ratio(o16?.okRps, t16?.okRps);
    const floor = levels.map((c) => ratio(find(op.key, 'ours', c)?.latencyMs.p50, find(op.key, 'raw', c)?.latencyMs.p50));
    const prof = results.profiles[op.key];
    const errs = (['ours', 'theirs', 'raw'] as Target[]).map((t) => fmtN(results.rounds.filter((r) => r.op === op.key && r.target === t).reduce((n, r) => n + r.errors, 0))).join(' / ');
    lines.push(
      `| ${op.key}) ${op.name} | ${fmtN(o16?.okRps)} / ${fmtN(t16?.okRps)} / ${fmtN(r16?.okRps)} | ${p50('ours')} | ${p50('theirs')} | ${p50('raw')} | ` +
        `${fmtN(tput, 2)}${tput >= 1.5 ? ' ✓' : ' ✗'} | ${floor.map((f) => fmtN(f, 2)).join(' / ')}${floor.every((f) => f <= 1.3) ? ' ✓' : ' ✗'} | ` +
        `${prof ? `${fmtN(prof.ours.mean)} (${fmtN(prof.ours.statements[0])}) / ${Number.isNaN(prof.theirs.mean) ? 'n/a' : fmtN(prof.theirs.mean)}` : '–'} | ${errs} |`,
    );
  }
  lines.push('');
  lines.push(
    `| Operation | p95 / p99 ms @${levels.join(' · ')}: ours | @neo4j/graphql | raw | CPU ms per request @${at16}: our server + Neo4j | @neo4j/graphql server + Neo4j | raw: bench process + Neo4j |`,
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const op of ops) {
    const tail = (t: Target) => levels.map((c) => { const r = find(op.key, t, c); return r ? `${fmtN(r.latencyMs.p95, 0)}/${fmtN(r.latencyMs.p99, 0)}` : '–'; }).join(' · ');
    const o = find(op.key, 'ours', at16);
    const t = find(op.key, 'theirs', at16);
    const r = find(op.key, 'raw', at16);
    // CPU time per request: cores used during the round divided by requests per second.
    const per = (round: Round | undefined, a: number | undefined, b: number | undefined) =>
      round && round.rps > 0 && a !== undefined && b !== undefined ? `${fmtN((a / round.rps) * 1000, 1)} + ${fmtN((b / round.rps) * 1000, 1)}` : '–';
    lines.push(
      `| ${op.key}) ${op.name} | ${tail('ours')} | ${tail('theirs')} | ${tail('raw')} | ` +
        `${per(o, o?.cpu.ours, o?.cpu.neo4j)} | ${per(t, t?.cpu.theirs, t?.cpu.neo4j)} | ${per(r, r?.cpu.bench, r?.cpu.neo4j)} |`,
    );
  }
  lines.push('');
  lines.push('Where the time goes (PROFILE of the heaviest of the profiled requests; our statements in the order the server sent them):');
  lines.push('');
  for (const op of ops) {
    const prof = results.profiles[op.key];
    if (!prof) continue;
    lines.push(`- ${op.key}) ${op.name}: ours ${fmtN(prof.ours.mean)} db hits on average (max ${fmtN(prof.ours.max)}), @neo4j/graphql ${fmtN(prof.theirs.mean)} (max ${fmtN(prof.theirs.max)}).`);
    for (const [who, p] of [['ours', prof.ours.heaviest], ['theirs', prof.theirs.heaviest]] as const) {
      if (!p) continue;
      for (const st of p.statements) {
        const top = st.top.map((t) => `${t.operator} ${fmtN(t.dbHits)}`).join(', ');
        const scans = st.scans.length ? `; **scans**: ${st.scans.map((t) => `${t.operator} (${t.details.slice(0, 50)}) ${fmtN(t.dbHits)} hits`).join(', ')}` : '';
        lines.push(`  - ${who}: ${fmtN(st.dbHits)} db hits, ${fmtN(st.ms, 0)} ms, \`${st.cypher.slice(0, 90).replaceAll('|', '\\|')}…\` — top: ${top}${scans}`);
      }
    }
  }
  const m = results.memory.ours;
  lines.push('');
  lines.push(
    `Our server's RSS: ${fmtN(m.afterStart ?? undefined)} MB after start, max ${fmtN(m.maxAt64 ?? undefined)} MB during the ${Math.max(...levels)}-concurrency rounds ` +
      `(mean ${fmtN(m.meanAt64 ?? undefined)} MB), max ${fmtN(m.max ?? undefined)} MB over the whole run (target: under 300 MB).`,
  );
  return lines.join('\n');
}

/**
 * Whether both servers answered the same thing, where the answers are comparable: the same
 * events in the same order (a, h), statements (c), hits (d, as a set: ties in score are ordered
 * differently), months (g), paths' node ids (f).
 */
function sameResults(op: string, ours: string, theirs: string): boolean | 'n/a' {
  try {
    return compareResults(op, ours, theirs);
  } catch {
    return false;
  }
}

function compareResults(op: string, ours: string, theirs: string): boolean | 'n/a' {
  const all = (body: string, re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  switch (op) {
    case 'a':
    case 'h': {
      const re = /"id":"(event:[^"]+)"/g;
      return JSON.stringify(all(ours, re)) === JSON.stringify(all(theirs, re));
    }
    case 'c': {
      const re = /"id":"(statement:[^"]+)"/g;
      return JSON.stringify(all(ours, re)) === JSON.stringify(all(theirs, re));
    }
    case 'd': {
      const o = (JSON.parse(ours) as { data: { search: { entity: { id: string } }[] } }).data.search.map((h) => h.entity.id).sort();
      const t = (JSON.parse(theirs) as { data: { searchEntities: { edges: { node: { id: string } }[] } } }).data.searchEntities.edges.map((e) => e.node.id).sort();
      return JSON.stringify(o) === JSON.stringify(t);
    }
    case 'g': {
      const re = /"start":"([^"]+)","(?:end":"[^"]+","events|events)":(\d+)/g;
      const pairs = (body: string) => [...body.matchAll(re)].map((m) => `${m[1]}:${m[2]}`);
      return JSON.stringify(pairs(ours)) === JSON.stringify(pairs(theirs));
    }
    case 'f': {
      const o = (JSON.parse(ours) as { data: { shortestPaths: { length: number }[] } }).data.shortestPaths.map((p) => p.length);
      const t = (JSON.parse(theirs) as { data: { shortestPaths: { length: number }[] } }).data.shortestPaths.map((p) => p.length);
      return JSON.stringify(o) === JSON.stringify(t);
    }
    case 'i': {
      type Hood = { truncated: boolean; nodes: { id: string; depth: number }[]; edges: { id: string }[] };
      const shape = (h: Hood) => JSON.stringify([h.truncated, h.nodes.map((n) => `${n.id}@${n.depth}`).sort(), h.edges.map((e) => e.id).sort()]);
      return shape((JSON.parse(ours) as { data: { neighbourhood: Hood } }).data.neighbourhood) === shape((JSON.parse(theirs) as { data: { neighbourhood: Hood } }).data.neighbourhood);
    }
    default:
      return 'n/a';
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  if (values.report) {
    // Only (re)write the Markdown of an earlier run.
    const results = JSON.parse(await readFile(values.report, 'utf8')) as Results;
    levels = (results.options.levels as number[]) ?? levels;
    ops = OPERATIONS.filter((o) => (results.options.ops as string[]).includes(o.key));
    const md = markdown(results);
    await writeFile(values.report.replace(/\.json$/, '.md'), `${md}\n`);
    process.stdout.write(`${md}\n`);
    return;
  }
  const started = new Date();
  const results: Results = {
    date: started.toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '?', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    options: { ...values, scale, seed, duration, warmup, levels, ops: ops.map((o) => o.key), targets },
    load: { reused: true, counts: { labels: {}, relationships: {} } },
    neo4j: { heap: values.heap, pageCache: values['page-cache'], apoc: null, uri: '' },
    apoc: { required: '', checkNeo4jCompat: 'not run' },
    pools: {},
    checks: {},
    profiles: {},
    rounds: [],
    memory: { samples: [], ours: {} },
  };

  // 1. Neo4j.
  let neo: BenchNeo4j | null = null;
  let tempDir: string | null = null;
  let dataDir: string | null = null;
  let uri = process.env.BENCH_NEO4J_URI;
  const auth = { username: process.env.BENCH_NEO4J_USERNAME, password: process.env.BENCH_NEO4J_PASSWORD };
  const pluginsDir = values['no-apoc'] ? undefined : await ensureApoc(path.join(ROOT, '.cache/bench-plugins'), log);
  if (!uri) {
    dataDir = values.reuse ? path.resolve(values.reuse) : (tempDir = await mkdtemp(path.join(os.tmpdir(), 'bench-api-')));
    neo = await startBenchNeo4j({ dataDir, heap: values.heap, pageCache: values['page-cache'], pluginsDir, log });
    uri = neo.uri;
    results.neo4j.apoc = pluginsDir ? (await readdir(pluginsDir)).filter((f) => f.startsWith('apoc-')).join(', ') : null;
  } else {
    results.neo4j.apoc = 'external server (as configured)';
  }
  results.neo4j.uri = uri.replace(/\/\/[^@]*@/, '//');
  const childEnv = { BENCH_NEO4J_URI: uri, ...(auth.username ? { BENCH_NEO4J_USERNAME: auth.username } : {}), ...(auth.password ? { BENCH_NEO4J_PASSWORD: auth.password } : {}) };
  const driver = neo4j.driver(uri, auth.username && auth.password ? neo4j.auth.basic(auth.username, auth.password) : undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 50 });
  const graph = new Graph({ uri, ...auth, defaultTimeoutMs: 900_000 });
  const children: Child[] = [];
  let sampler: NodeJS.Timeout | undefined;
  const onSignal = () => {
    void (async () => {
      for (const c of children) await c.stop().catch(() => {});
      await neo?.stop().catch(() => {});
      process.exit(130);
    })();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // 2. Data.
    const [row] = await graph.read({ cypher: 'MATCH (e:Event) RETURN count(e) AS n', params: {} }, { tag: 'bench' });
    if (((row?.n as number) ?? 0) > 0) {
      const counts = await countGraph(graph);
      let original: LoadReport | undefined;
      try {
        original = dataDir ? (JSON.parse(await readFile(path.join(dataDir, 'bench-load.json'), 'utf8')) as LoadReport) : undefined;
      } catch {
        original = undefined;
      }
      if (original && original.scale !== scale) log(`note: --scale ${scale} ignored, the reused data was generated at scale ${original.scale}`);
      results.load = { reused: true, counts, original };
      log(`reusing the loaded graph: ${counts.labels.Event} events, ${counts.labels.Place} places, ${counts.labels.Article} articles`);
    } else {
      log(`generating and loading the graph at scale ${scale} (seed ${seed})`);
      const report = await generateAndLoad(graph, { scale, seed, batchSize: values['batch-size'], log });
      if (dataDir) await writeFile(path.join(dataDir, 'bench-load.json'), JSON.stringify(report, null, 2));
      results.load = { ...report, reused: false };
      log(`loaded in ${report.seconds.total} s`);
    }
    const totalEvents = results.load.counts.labels.Event ?? 0;

    // 3. Variables.
    const pools = await loadPools(driver, totalEvents);
    results.pools = { places: pools.places.length, actors: pools.actors.length, eventsWithStatements: pools.eventsWithStatements.length, names: pools.names.length, areas: pools.areas.length, points: pools.points.length };
    log(`variable pools: ${JSON.stringify(results.pools)}`);
    const sets = variableSets(pools, seed, values.vars);
    const bodies = new Map<string, { ours: string[]; theirs: string[] }>();
    for (const op of ops) {
      const list = sets.get(op.key)!;
      bodies.set(op.key, { ours: list.map((v) => requestBody(op, 'ours', v)), theirs: list.map((v) => requestBody(op, 'theirs', v)) });
    }

    // 4. Servers, a check of every operation, and the profiles.
    // With the V8 heap limit `npm start` gives the server (SERVER_HEAP_MB, 512 by default); the
    // library's server runs with Node's default, as its documentation starts it.
    // One folder per server: each of its threads (tsx's loader runs in one) writes a profile there.
    const profiling = (name: string) => (values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(values['cpu-prof'], name)}`] : []);
    const ours = await startChild('our server', 'bench/api/our-server.ts', { ...childEnv, BENCH_LOG_LEVEL: values['log-level'] }, [
      `--max-old-space-size=${process.env.SERVER_HEAP_MB || '512'}`,
      ...profiling('ours'),
    ]);
    children.push(ours);
    const theirs = await startChild(
      '@neo4j/graphql server',
      'bench/api/neo4j-graphql/server.ts',
      { ...childEnv, BENCH_CHECK_COMPAT: pluginsDir ? 'true' : 'false' },
      profiling('theirs'),
    );
    children.push(theirs);
    results.apoc = {
      required: 'yes per the v7 documentation and checkNeo4jCompat (apoc.util.validatePredicate, apoc.date.convertFormat); none of the benchmark queries call APOC',
      checkNeo4jCompat: pluginsDir ? 'passed' : 'not run (--no-apoc)',
    };
    await new Promise((r) => setTimeout(r, 2000));
    results.memory.ours.afterStart = rssMb(ours.pid);
    log(`our server on :${ours.port} (pid ${ours.pid}, ${results.memory.ours.afterStart} MB), @neo4j/graphql on :${theirs.port} (pid ${theirs.pid}, ${rssMb(theirs.pid)} MB)`);

    const neo4jPid = neo?.pid ?? -1;
    let phase = 'idle';
    sampler = setInterval(() => {
      results.memory.samples.push({ t: Math.round((performance.now() - t0) / 1000), phase, oursMb: rssMb(ours.pid), theirsMb: rssMb(theirs.pid), neo4jMb: neo4jPid > 0 ? rssMb(neo4jPid) : null });
    }, 1000);

    const db = new RawDb(driver);
    for (const op of ops) {
      const v = sets.get(op.key)![0]!;
      const send = async (port: number, body: string) => (await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text());
      const o = await send(ours.port, requestBody(op, 'ours', v));
      const t = await send(theirs.port, requestBody(op, 'theirs', v));
      const rawRows = await op.raw(db, v).catch((e: Error) => `error: ${e.message}`);
      results.checks[op.key] = { variables: v, sameResults: sameResults(op.key, o, t), ours: o.slice(0, 600), theirs: t.slice(0, 600), rawRows, oursErrors: o.includes('"errors":'), theirsErrors: t.includes('"errors":') };
      if (o.includes('"errors":') || t.includes('"errors":')) log(`check ${op.key}: ERRORS ours=${o.slice(0, 300)} theirs=${t.slice(0, 300)}`);
      else log(`check ${op.key}: same results from both servers: ${String((results.checks[op.key] as { sameResults: unknown }).sameResults)}`);
    }
    log('profiling one request per operation');
    const oc = await ourCapture(uri);
    const tc = await theirCapture(driver);
    for (const op of ops) {
      const variables = sets.get(op.key)!.slice(0, values.profiles);
      const oursList: OperationProfile[] = [];
      const theirsList: OperationProfile[] = [];
      for (const v of variables) {
        oursList.push(await profileOurs(driver, oc, op, v));
        theirsList.push(await profileTheirs(driver, tc, op, v));
      }
      const p: OpProfiles = { variables, ours: summarise(oursList), theirs: summarise(theirsList) };
      results.profiles[op.key] = p;
      log(
        `  ${op.key}) ${op.name}: ours ${p.ours.dbHits.join(', ')} db hits (${p.ours.statements.join(', ')} statements); ` +
          `theirs ${p.theirs.error ? `ERROR ${p.theirs.error.slice(0, 200)}` : ''}${p.theirs.dbHits.join(', ')}`,
      );
    }
    await oc.close();

    // 5. The rounds. Per operation and concurrency: a warm-up of each target, then the measured
    // time in slices, the targets taking turns (in a rotating order), so that bursts of other work
    // on a shared machine fall on all three alike. A target whose warm-up requests take longer
    // than a third of a slice runs its measured time in one piece (slices would cut off too many
    // requests in flight).
    const pids: Pids = { ours: ours.pid, theirs: theirs.pid, neo4j: neo4jPid };
    const rng = new Rng(seed);
    const total = ops.length * levels.length;
    let done = 0;
    for (const op of ops) {
      for (const c of levels) {
        done += 1;
        const runner = (target: Target) => (seconds: number) => {
          for (const child of [ours, theirs]) {
            if (child.process.exitCode !== null || child.process.signalCode !== null) throw new Error(`${child.name} has exited (${child.process.exitCode ?? child.process.signalCode})`);
          }
          return target === 'raw'
            ? rawRound(db, op, sets.get(op.key)!, c, seconds, rng)
            : httpRound(target === 'ours' ? ours.port : theirs.port, bodies.get(op.key)![target], c, seconds, rng);
        };
        const sliceSeconds = duration / slices;
        const plan = new Map<Target, number[]>();
        for (const target of targets) {
          await drain(driver);
          phase = `${op.key}/${target}/${c}/warmup`;
          const w = warmup > 0 ? await runner(target)(warmup) : null;
          const p50 = w && w.latencies.length ? latencyStats(w.latencies).p50 : 0;
          const slow = !w || w.latencies.length < c || p50 * 3 > sliceSeconds * 1000;
          plan.set(target, slow ? [duration] : Array.from({ length: slices }, () => sliceSeconds));
        }
        const acc = new Map<Target, { latencies: number[]; errors: number; sampleError?: string; seconds: number; cpu: Round['cpu']; slices: Round['slices'] }>();
        for (const target of targets) acc.set(target, { latencies: [], errors: 0, seconds: 0, cpu: { ours: 0, theirs: 0, neo4j: 0, bench: 0, others: 0 }, slices: [] });
        for (let rep = 0; rep < slices; rep++) {
          const order = targets.map((_, i) => targets[(i + rep) % targets.length]!);
          for (const target of order) {
            const secs = plan.get(target)![rep];
            if (secs === undefined) continue;
            await drain(driver);
            const othersBefore = await waitQuiet(pids, maxOthers, quietWait);
            phase = `${op.key}/${target}/${c}`;
            let measured = secs;
            const [m, cpu] = await measureCpu(pids, () => measured, async () => {
              const out = await runner(target)(secs);
              measured = out.seconds;
              return out;
            });
            const a = acc.get(target)!;
            a.latencies.push(...m.latencies);
            a.errors += m.errors;
            a.sampleError ??= m.sampleError;
            for (const k of Object.keys(a.cpu) as (keyof Round['cpu'])[]) a.cpu[k] += cpu[k] * m.seconds;
            a.seconds += m.seconds;
            const ok = m.latencies.length - Math.min(m.errors, m.latencies.length);
            a.slices.push({ seconds: m.seconds, okRps: Math.round((ok / m.seconds) * 10) / 10, p50: latencyStats(m.latencies).p50, others: cpu.others, othersBefore });
          }
        }
        for (const target of targets) {
          const a = acc.get(target)!;
          const ok = a.latencies.length - Math.min(a.errors, a.latencies.length);
          const r2 = (n: number) => Math.round(n * 100) / 100;
          const round: Round = {
            op: op.key,
            target,
            concurrency: c,
            seconds: Math.round(a.seconds * 10) / 10,
            requests: a.latencies.length,
            rps: Math.round((a.latencies.length / a.seconds) * 10) / 10,
            okRps: Math.round((ok / a.seconds) * 10) / 10,
            errors: a.errors,
            sampleError: a.sampleError,
            latencyMs: latencyStats(a.latencies),
            cpu: { ours: r2(a.cpu.ours / a.seconds), theirs: r2(a.cpu.theirs / a.seconds), neo4j: r2(a.cpu.neo4j / a.seconds), bench: r2(a.cpu.bench / a.seconds), others: r2(a.cpu.others / a.seconds) },
            slices: a.slices,
          };
          results.rounds.push(round);
          log(
            `[${done}/${total}] ${op.key}) ${op.name.padEnd(17)} ${target.padEnd(6)} c=${String(c).padEnd(3)} ${fmtN(round.okRps, 1).padStart(8)} rps  p50 ${fmtN(round.latencyMs.p50, 1)} p95 ${fmtN(round.latencyMs.p95, 1)} p99 ${fmtN(round.latencyMs.p99, 1)} ms` +
              `${round.errors ? `  ERRORS ${round.errors}: ${round.sampleError?.slice(0, 160)}` : ''}  cpu ${JSON.stringify(round.cpu)} slices ${round.slices.map((x) => `${x.okRps}@${x.others}`).join(' ')}`,
          );
        }
      }
    }
    phase = 'done';
  } finally {
    if (sampler) clearInterval(sampler);
    const top = String(Math.max(...levels));
    const at64 = results.memory.samples.filter((s) => s.phase.split('/')[1] === 'ours' && s.phase.split('/')[2] === top && s.oursMb !== null);
    const all = results.memory.samples.filter((s) => s.oursMb !== null);
    results.memory.ours.maxAt64 = at64.length ? Math.max(...at64.map((s) => s.oursMb!)) : null;
    results.memory.ours.meanAt64 = at64.length ? Math.round(at64.reduce((n, s) => n + s.oursMb!, 0) / at64.length) : null;
    results.memory.ours.max = all.length ? Math.max(...all.map((s) => s.oursMb!)) : null;
    results.memory.ours.atEnd = all.length ? all[all.length - 1]!.oursMb : null;
    const theirsAll = results.memory.samples.filter((s) => s.theirsMb !== null);
    results.memory.ours.theirsMax = theirsAll.length ? Math.max(...theirsAll.map((s) => s.theirsMb!)) : null;
    results.totalSeconds = Math.round((performance.now() - t0) / 1000);
    for (const c of children) await c.stop().catch(() => {});
    await graph.close().catch(() => {});
    await driver.close().catch(() => {});
    await neo?.stop().catch(() => {});
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => {});

    if (results.rounds.length) {
      const out = values.out ?? path.join(ROOT, 'bench/results', `api-${results.date.slice(0, 19).replaceAll(':', '-')}.json`);
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, JSON.stringify(results, null, 2));
      const md = markdown(results);
      await writeFile(out.replace(/\.json$/, '.md'), `${md}\n`);
      process.stdout.write(`\n${md}\n\nResults: ${path.relative(process.cwd(), out)}\n`);
    }
  }
}

run('bench', main);
