/**
 * Soak test (a benchmark, not a test): `npm run soak -- [--minutes 10] [--clients 64]`.
 *
 * Starts the real server as a child process (`npm start`'s own script, after the build it makes;
 * production mode, a local Neo4j in a temporary folder seeded from seed/, no rate
 * limit) so its memory can be read
 * from /proc, or uses an already running one (SOAK_URL, with SOAK_TOKEN an editor key and
 * optionally SOAK_PID to sample its memory). Then, for the given time:
 *
 * - 64 concurrent clients (autocannon) send a mix of the design questions: every operation in
 *   examples/ with its variables, plus search, neighbourhood, timeline, events-in-a-place, event,
 *   person and path queries with ids drawn from the seeded graph;
 * - a separate loop ingests an article about every second through the ingestArticle mutation
 *   (the sample articles of seed/articles, each copy on shifted dates);
 * - the server's resident memory (VmRSS) and Neo4j's are sampled every 5 s.
 *
 * Prints a Markdown summary (requests, errors by code, latency p50/p95/p99, ingestions, memory at
 * start, peak and end) and writes everything as JSON to bench/results/soak-<time>.json.
 *
 * Options: --minutes N (default 10), --clients N (64), --ingest-every-ms N (1000),
 * --sample-every-ms N (5000), --log-level L (warn: the server's own log level), --seed N.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import autocannon, { type RequestDefinition, type Result } from 'autocannon';
import os from 'node:os';
import path from 'node:path';
import { count, logLevel, number, parseCommand, positive, run } from '../src/cli/args.js';
import { findFreePort } from '../src/neo4j-local/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseCommand({
  name: 'soak',
  usage: 'npm run soak -- [--minutes N] [--clients N] [--ingest-every-ms N] [--sample-every-ms N] [--log-level L] [--seed N]',
  description: `Soak test (a benchmark, not a test): starts the server in production mode with a seeded local
Neo4j in a temporary folder (or uses SOAK_URL), then for --minutes drives a mix of the design
questions from --clients concurrent clients, ingests an article every --ingest-every-ms and samples
the memory of the server and of Neo4j. Prints a Markdown summary and writes
bench/results/soak-<time>.json; exits 1 on GraphQL errors, failed ingestions or an unhealthy end.`,
  options: {
    minutes: { type: 'string', value: 'N', default: '10', parse: positive, description: 'how long to run' },
    clients: { type: 'string', value: 'N', default: '64', parse: count(), description: 'concurrent query clients' },
    'ingest-every-ms': { type: 'string', value: 'N', default: '1000', parse: positive, description: 'time between two article ingestions' },
    'sample-every-ms': { type: 'string', value: 'N', default: '5000', parse: positive, description: 'time between two memory samples' },
    'log-level': { type: 'string', value: 'L', default: 'warn', parse: logLevel, description: "the server's log level" },
    seed: { type: 'string', value: 'N', default: '1', parse: number({ integer: true }), description: 'seed of the random operation mix' },
  },
  examples: ['npm run soak', 'npm run soak -- --minutes 2 --clients 16', 'SOAK_URL=http://localhost:4000 SOAK_TOKEN=<editor key> npm run soak -- --minutes 5'],
  notes: 'SOAK_URL (with SOAK_TOKEN, an editor key, and optionally SOAK_PID to sample its memory) targets a running server instead.',
});
const MINUTES = values.minutes;
const CLIENTS = values.clients;
const INGEST_EVERY_MS = values['ingest-every-ms'];
const SAMPLE_EVERY_MS = values['sample-every-ms'];

/** A small seeded random generator, so two runs draw the same mix. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(values.seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ---------------------------------------------------------------------------------------------
// The server: a child process of ours (so its memory can be read), or one already running.

interface Target {
  url: string;
  token: string;
  pid: number | null;
  stop(): Promise<void>;
  log: string | null;
}

async function until(predicate: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function startServer(): Promise<Target> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-soak-'));
  const [httpPort, boltPort] = [await findFreePort(), await findFreePort()];
  const token = randomBytes(24).toString('hex');
  // The server's log stays after the run (the data folder does not).
  const logFile = path.join(os.tmpdir(), `kg-soak-server-${Date.now()}.log`);
  const log = createWriteStream(logFile);
  // Exactly as `npm start` runs it: its script from package.json under sh (an `exec node ...`,
  // so the child's pid is the server's), with the same V8 flags and heap limit.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const start = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const child: ChildProcess = spawn('sh', ['-c', start], {
    cwd: ROOT,
    env: {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(httpPort),
      NEO4J_URI: '',
      NEO4J_LOCAL_PORT: String(boltPort),
      NEO4J_LOCAL_DATA_DIR: path.join(dir, 'neo4j'),
      SEED_ON_START: 'true',
      SEED_PATHS: 'seed',
      RATE_LIMIT_PER_MINUTE: '0',
      API_KEYS: `editor:${token}`,
      LOG_LEVEL: String(values['log-level']),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${httpPort}`;
  console.error(`soak: starting the server on ${url} (Neo4j on bolt port ${boltPort}, data in ${dir}); log in ${logFile}`);
  const started = Date.now();
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`);
      return fetch(`${url}/ready`).then((r) => r.status === 200, () => false);
    },
    600_000,
    'the server to be ready (Neo4j started, migrated, seed/ loaded)',
  );
  console.error(`soak: server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    url,
    token,
    pid: child.pid ?? null,
    log: logFile,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      console.error(`soak: server stopped (exit code ${code})`);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function target(): Promise<Target> {
  const url = process.env.SOAK_URL;
  if (!url) return startServer();
  const token = process.env.SOAK_TOKEN ?? '';
  if (!token) console.error('soak: SOAK_TOKEN is not set; ingestion will be refused (it needs an editor key)');
  return { url: url.replace(/\/graphql\/?$/, '').replace(/\/$/, ''), token, pid: process.env.SOAK_PID ? Number(process.env.SOAK_PID) : null, log: null, stop: async () => {} };
}

// ---------------------------------------------------------------------------------------------
// Memory: VmRSS of the server and of its Neo4j (the java child), from /proc.

async function rssKb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN) || null;
  } catch {
    return null;
  }
}

async function javaChildOf(pid: number): Promise<number | null> {
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === pid && stat.includes('(java)')) return Number(entry);
    } catch {
      // the process went away
    }
  }
  return null;
}

interface Sample {
  t: number;
  serverKb: number | null;
  neo4jKb: number | null;
  requests: number;
  ingested: number;
}

// ---------------------------------------------------------------------------------------------
// The query mix.

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) };
  } catch {
    return { status: res.status, json: { errors: [{ message: text.slice(0, 200), extensions: { code: 'NOT_JSON' } }] } };
  }
}

async function examples(): Promise<Operation[]> {
  const dir = path.join(ROOT, 'examples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (f) => {
      const variables = await readFile(path.join(dir, f.replace(/\.graphql$/, '.variables.json')), 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>, () => ({}));
      return { name: f.replace(/\.graphql$/, ''), query: await readFile(path.join(dir, f), 'utf8'), variables };
    }),
  );
}

interface GraphIds {
  entities: { id: string; kind: string; name: string; aliases: string[]; placeType?: string | null }[];
  events: string[];
}

async function graphIds(url: string): Promise<GraphIds> {
  const entities: GraphIds['entities'] = [];
  for (let after: string | null = null; ; ) {
    const { json } = await post(url, {
      query: 'query ($after: String) { entities(first: 100, after: $after) { nodes { id entityKind name aliases ... on Place { placeType } } pageInfo { hasNextPage endCursor } } }',
      variables: { after },
    });
    const page = json.data?.entities;
    if (!page) throw new Error(`could not list entities: ${JSON.stringify(json.errors ?? json)}`);
    entities.push(...page.nodes.map((n: any) => ({ id: n.id, kind: n.entityKind, name: n.name, aliases: n.aliases, placeType: n.placeType ?? null })));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const events: string[] = [];
  for (let after: string | null = null; ; ) {
    const { json } = await post(url, { query: 'query ($after: String) { events(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', variables: { after } });
    const page = json.data?.events;
    if (!page) throw new Error(`could not list events: ${JSON.stringify(json.errors ?? json)}`);
    events.push(...page.nodes.map((n: any) => n.id as string));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { entities, events };
}

/** Weighted generators of operations: the design questions as they are, and with varied ids. */
function mix(ops: Operation[], ids: GraphIds): { name: string; weight: number; make: () => Operation }[] {
  const byName = (n: string) => ops.find((o) => o.name.startsWith(n))!;
  const ofKind = (...kinds: string[]) => ids.entities.filter((e) => kinds.includes(e.kind));
  const places = ofKind('Place');
  const areas = places.filter((p) => ['COUNTRY', 'REGION', 'GOVERNORATE', 'DISTRICT'].includes(p.placeType ?? ''));
  const actors = ofKind('Organization', 'Government', 'Force', 'Person');
  const people = ofKind('Person');
  const words = ids.entities.flatMap((e) => [e.name, ...e.aliases]).filter((w) => w.length >= 3);
  const searchTerm = () => {
    const word = pick(words);
    const r = random();
    if (r < 0.4) return word.toLowerCase();
    if (r < 0.7) return word.slice(0, Math.max(3, Math.ceil(word.length / 2))); // a prefix
    if (word.length >= 5) {
      const i = 1 + Math.floor(random() * (word.length - 2)); // one typo
      return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    }
    return word;
  };
  const year = () => 2021 + Math.floor(random() * 3);
  const generators: { name: string; weight: number; make: () => Operation }[] = ops.map((op) => ({ name: op.name, weight: 1, make: () => op }));
  const vary = (name: string, weight: number, base: string, variables: () => Record<string, unknown>) =>
    generators.push({ name, weight, make: () => ({ name, query: byName(base).query, variables: variables() }) });
  vary('search (varied)', 3, '11-search', () => ({ text: searchTerm() }));
  vary('neighbourhood (varied)', 2, '10-neighbourhood', () => ({ id: pick(random() < 0.7 ? ids.entities.map((e) => e.id) : ids.events), hops: random() < 0.7 ? 1 : 2 }));
  vary('timeline (varied)', 2, '09-timeline', () => ({ perpetrator: pick(actors).id }));
  vary('events in a place (varied)', 2, '01-events-in-a-place', () => {
    const from = year();
    return { placeId: pick(areas).id, from: `${from}-01-01`, to: `${from + Math.floor(random() * 3)}-12-31` };
  });
  vary('event actors (varied)', 1, '02-perpetrators-and-victims', () => ({ id: pick(ids.events) }));
  vary('person (varied)', 1, '06-person', () => ({ id: pick(people).id }));
  vary('paths (varied)', 1, '05-paths', () => ({ from: pick(actors).id, to: pick(actors).id }));
  vary('provenance (varied)', 1, '08-provenance', () => ({ subject: pick(actors).id, type: pick(['PERPETRATED', 'MADE', 'UNDER', 'PART_OF', 'OPPOSES']) }));
  return generators;
}

// ---------------------------------------------------------------------------------------------
// Statistics.

function percentile(sorted: Float64Array | number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

class Latencies {
  private values = new Float64Array(1 << 16);
  private n = 0;
  add(ms: number): void {
    if (this.n === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.n++] = ms;
  }
  get count(): number {
    return this.n;
  }
  summary(): { count: number; p50: number; p95: number; p99: number; max: number; mean: number } {
    const sorted = this.values.slice(0, this.n).sort();
    const round = (x: number) => Math.round(x * 10) / 10;
    const mean = this.n ? sorted.reduce((a, b) => a + b, 0) / this.n : NaN;
    return { count: this.n, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[this.n - 1] ?? NaN), mean: round(mean) };
  }
}

const bump = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

// ---------------------------------------------------------------------------------------------
// Ingestion: the sample articles, each copy on shifted dates and with its own last line.

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function articleTexts(): Promise<{ name: string; text: string }[]> {
  const dir = path.join(ROOT, 'seed/articles');
  const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).sort();
  return Promise.all(files.map(async (f) => ({ name: f, text: await readFile(path.join(dir, f), 'utf8') })));
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { articleId skipped summary { nodesCreated relationshipsCreated } warnings }
}`;

interface IngestStats {
  done: number;
  skipped: number;
  failed: number;
  failures: Record<string, number>;
  latency: Latencies;
  nodesCreated: number;
}

async function ingestLoop(url: string, token: string, until: () => boolean, stats: IngestStats): Promise<void> {
  const samples = await articleTexts();
  const run = randomBytes(4).toString('hex');
  for (let i = 0; !until(); i++) {
    const tick = Date.now();
    const sample = samples[i % samples.length]!;
    const round = 1 + Math.floor(i / samples.length);
    const text = `${sample.text.replace(/\b(\d{4}-\d{2}-\d{2})/, (d) => shiftDate(d, round * 3)).trimEnd()}\n\nSoak copy ${i} of run ${run}.\n`;
    const started = performance.now();
    try {
      const { status, json } = await post(url, { query: INGEST, variables: { input: { text } } }, token);
      stats.latency.add(performance.now() - started);
      if (status !== 200 || json.errors?.length) {
        stats.failed += 1;
        bump(stats.failures, `${status} ${json.errors?.[0]?.extensions?.code ?? ''}: ${String(json.errors?.[0]?.message ?? '').slice(0, 120)}`);
      } else if (json.data.ingestArticle.skipped) {
        stats.skipped += 1;
      } else {
        stats.done += 1;
        stats.nodesCreated += json.data.ingestArticle.summary.nodesCreated;
      }
    } catch (error) {
      stats.failed += 1;
      bump(stats.failures, `network: ${(error as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, Math.max(0, INGEST_EVERY_MS - (Date.now() - tick))));
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const server = await target();
  let exitCode = 0;
  try {
    const ops = await examples();
    const ids = await graphIds(server.url);
    const generators = mix(ops, ids);
    const totalWeight = generators.reduce((n, g) => n + g.weight, 0);
    const draw = () => {
      let r = random() * totalWeight;
      for (const g of generators) if ((r -= g.weight) < 0) return g.make();
      return generators[0]!.make();
    };
    console.error(`soak: ${ids.entities.length} entities and ${ids.events.length} events in the graph; ${generators.length} kinds of operation; ${CLIENTS} clients for ${MINUTES} min`);

    const latency = new Latencies();
    const byOperation: Record<string, { count: number; errors: number; latency: Latencies }> = {};
    const errorsByCode: Record<string, number> = {};
    const statusCounts: Record<string, number> = {};
    let graphqlErrors = 0;
    let answered = 0;
    const ingest: IngestStats = { done: 0, skipped: 0, failed: 0, failures: {}, latency: new Latencies(), nodesCreated: 0 };

    const javaPid = server.pid ? await javaChildOf(server.pid) : null;
    const samples: Sample[] = [];
    const t0 = Date.now();
    const sample = async () => {
      samples.push({
        t: Math.round((Date.now() - t0) / 1000),
        serverKb: server.pid ? await rssKb(server.pid) : null,
        neo4jKb: javaPid ? await rssKb(javaPid) : null,
        requests: answered,
        ingested: ingest.done,
      });
    };
    await sample();
    const sampler = setInterval(() => {
      void sample().then(() => {
        const s = samples.at(-1)!;
        if (s.t % 60 < SAMPLE_EVERY_MS / 1000) {
          const mb = (kb: number | null) => (kb === null ? '?' : `${Math.round(kb / 1024)} MB`);
          console.error(`soak: ${s.t} s, ${answered} requests, ${graphqlErrors} with errors, ${ingest.done} ingested (${ingest.failed} failed), server RSS ${mb(s.serverKb)}, Neo4j RSS ${mb(s.neo4jKb)}`);
        }
      });
    }, SAMPLE_EVERY_MS);

    let stopping = false;
    const ingesting = ingestLoop(server.url, server.token, () => stopping, ingest);

    const result = await new Promise<Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.url,
          connections: CLIENTS,
          duration: MINUTES * 60,
          timeout: 60,
          requests: [
            {
              method: 'POST',
              path: '/graphql',
              headers: { 'content-type': 'application/json' },
              setupRequest: (request: RequestDefinition, context: Record<string, unknown>) => {
                const op = draw();
                context.op = op.name;
                context.started = performance.now();
                return { ...request, body: JSON.stringify({ query: op.query, variables: op.variables }) };
              },
              onResponse: (status: number, body: string, context: Record<string, unknown>) => {
                answered += 1;
                bump(statusCounts, String(status));
                const name = String(context.op);
                const entry = (byOperation[name] ??= { count: 0, errors: 0, latency: new Latencies() });
                entry.count += 1;
                entry.latency.add(performance.now() - (context.started as number));
                let codes: string[] = [];
                try {
                  const json = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
                  codes = (json.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
                } catch {
                  codes = [`not JSON (HTTP ${status})`];
                }
                if (codes.length || status !== 200) {
                  graphqlErrors += 1;
                  entry.errors += 1;
                  for (const code of new Set(codes.length ? codes : [`HTTP ${status}`])) bump(errorsByCode, code);
                }
              },
            },
          ],
        },
        (error, res) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => latency.add(ms));
      const stop = () => instance.stop();
      process.once('SIGINT', stop);
    });

    stopping = true;
    await ingesting;
    clearInterval(sampler);
    await sample();
    const seconds = (Date.now() - t0) / 1000;
    const healthy = await fetch(`${server.url}/health`).then((r) => r.status, () => 0);

    const overall = latency.summary();
    const kb = samples.map((s) => s.serverKb).filter((v): v is number => v !== null);
    const neo = samples.map((s) => s.neo4jKb).filter((v): v is number => v !== null);
    const mb = (v: number | undefined) => (v === undefined ? null : Math.round(v / 1024));
    // Memory after the first minute of load (warm caches, JIT), to tell growth from warm-up.
    const warm = samples.find((s) => s.t >= 60)?.serverKb ?? undefined;
    const memory = {
      serverMb: { start: mb(kb[0]), afterOneMinute: mb(warm), peak: mb(kb.length ? Math.max(...kb) : undefined), end: mb(kb.at(-1)) },
      neo4jMb: { start: mb(neo[0]), peak: mb(neo.length ? Math.max(...neo) : undefined), end: mb(neo.at(-1)) },
    };
    const summary = {
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
      settings: { minutes: MINUTES, clients: CLIENTS, ingestEveryMs: INGEST_EVERY_MS, sampleEveryMs: SAMPLE_EVERY_MS, url: process.env.SOAK_URL ?? 'child process', serverLogLevel: values['log-level'], seed: values.seed },
      graphAtStart: { entities: ids.entities.length, events: ids.events.length },
      seconds: Math.round(seconds),
      requests: {
        served: answered,
        perSecond: Math.round((answered / seconds) * 10) / 10,
        withErrors: graphqlErrors,
        errorsByCode,
        statusCounts,
        connectionErrors: result.errors,
        timeouts: result.timeouts,
        latencyMs: overall,
      },
      ingestion: { done: ingest.done, skipped: ingest.skipped, failed: ingest.failed, failures: ingest.failures, nodesCreated: ingest.nodesCreated, latencyMs: ingest.latency.summary() },
      memory,
      healthAfter: healthy,
      byOperation: Object.fromEntries(Object.entries(byOperation).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { count: v.count, errors: v.errors, latencyMs: v.latency.summary() }])),
      samples,
    };

    await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
    const file = path.join(ROOT, 'bench/results', `soak-${summary.when.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);

    const row = (cells: (string | number | null)[]) => `| ${cells.map((c) => (c === null ? '–' : String(c))).join(' | ')} |`;
    const lines = [
      `## Soak: ${MINUTES} min, ${CLIENTS} clients, one ingestion every ${INGEST_EVERY_MS} ms`,
      '',
      `${summary.machine.cpus} × ${summary.machine.cpu}, ${summary.machine.memoryGb} GiB, Node.js ${process.version}; graph at start: ${ids.entities.length} entities, ${ids.events.length} events.`,
      '',
      '| What | Figure |',
      '| --- | --- |',
      row(['Duration', `${Math.round(seconds)} s`]),
      row(['Requests served', `${answered} (${summary.requests.perSecond}/s)`]),
      row(['Requests with errors', `${graphqlErrors}${graphqlErrors ? ` (${Object.entries(errorsByCode).map(([c, n]) => `${c}: ${n}`).join(', ')})` : ''}`]),
      row(['Connection errors / timeouts', `${result.errors} / ${result.timeouts}`]),
      row(['Latency p50 / p95 / p99 / max', `${overall.p50} / ${overall.p95} / ${overall.p99} / ${overall.max} ms`]),
      row(['Ingestions done / skipped / failed', `${ingest.done} / ${ingest.skipped} / ${ingest.failed}`]),
      row(['Ingestion latency p50 / p95 / p99', `${summary.ingestion.latencyMs.p50} / ${summary.ingestion.latencyMs.p95} / ${summary.ingestion.latencyMs.p99} ms`]),
      row(['Server RSS start / after 1 min / peak / end', `${memory.serverMb.start} / ${memory.serverMb.afterOneMinute} / ${memory.serverMb.peak} / ${memory.serverMb.end} MB`]),
      row(['Neo4j RSS start / peak / end', `${memory.neo4jMb.start} / ${memory.neo4jMb.peak} / ${memory.neo4jMb.end} MB`]),
      row(['/health after the run', healthy]),
      '',
      '| Operation | Requests | Errors | p50 ms | p95 ms | p99 ms |',
      '| --- | --- | --- | --- | --- | --- |',
      ...Object.entries(summary.byOperation).map(([name, o]) => row([name, o.count, o.errors, o.latencyMs.p50, o.latencyMs.p95, o.latencyMs.p99])),
      '',
      `JSON: ${path.relative(ROOT, file)}`,
    ];
    if (Object.keys(ingest.failures).length) lines.push('', 'Ingestion failures:', ...Object.entries(ingest.failures).map(([k, n]) => `- ${n} × ${k}`));
    console.log(lines.join('\n'));
    if (graphqlErrors || ingest.failed || healthy !== 200) exitCode = 1;
  } catch (error) {
    console.error(`soak: ${(error as Error).stack ?? error}`);
    if (server.log) console.error(`soak: the server's log is in ${server.log}`);
    exitCode = 1;
  } finally {
    await server.stop();
  }
  process.exit(exitCode);
}

run('soak', main);
