/**
 * Export benchmark: time and server memory of the streamed exports over the generated graph.
 *
 *   npx tsx bench/export.ts [--scale 1] [--data DIR] [--runs 2] [--formats csv,geojson,graphml]
 *
 * The graph is bench/api/generate.ts's (200,000 events at scale 1), loaded once into a Neo4j kept
 * in --data (reused by later runs: delete the folder to load again). The server runs as a child
 * process (bench/api/our-server.ts, as the API benchmark runs it), so its resident memory can be
 * sampled on its own: every 50 ms from /proc/<pid>/status during each export; so are the CPU seconds
 * it and Neo4j (when started here) use for each, from /proc/<pid>/stat, a measure the load of other
 * work on a shared machine changes less than the time. Each export is read
 * in full by a plain HTTP client that counts bytes and lines. Writes a JSON report to --out and
 * prints a Markdown table for docs/benchmarks.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../src/db/graph.js';
import { count, listOf, memorySize, oneOf, parseCommand, positive, run } from '../src/cli/args.js';
import { countGraph, generateAndLoad, ROOT, type LoadReport } from './api/generate.js';
import { startBenchNeo4j, type BenchNeo4j } from './api/neo4j.js';
import { cpuSeconds, rssMb } from './api/proc.js';

const { values } = parseCommand({
  name: 'bench:export',
  usage: 'npx tsx bench/export.ts [options]',
  description: `Measures the streamed exports (/export/events.csv, /export/events.geojson, /export/graph.graphml)
over the generated graph: time to the first byte, total time, size, rows, and the server's resident
memory before, at its peak during, and after each export.`,
  options: {
    scale: { type: 'string', value: 'X', default: '1', parse: positive, description: 'graph size: 1 = 200,000 events (ignored when --data holds a loaded graph)' },
    data: { type: 'string', value: 'DIR', default: '.data/bench-export', description: 'Neo4j home of the benchmark graph, reused across runs' },
    heap: { type: 'string', value: 'SIZE', default: '3g', parse: memorySize, description: 'Neo4j JVM heap' },
    'page-cache': { type: 'string', value: 'SIZE', default: '2g', parse: memorySize, description: 'Neo4j page cache' },
    runs: { type: 'string', value: 'N', default: '2', parse: count(1, 20), description: 'measured runs per export' },
    formats: { type: 'string', value: 'LIST', default: 'csv,geojson,graphml', parse: listOf(oneOf('csv', 'geojson', 'graphml')), description: 'exports to measure' },
    out: { type: 'string', value: 'FILE', description: 'JSON report (default bench/results/export-<date>.json)' },
    'server-heap': { type: 'string', value: 'MB', parse: count(64, 65_536), description: "the server's V8 heap limit (node --max-old-space-size); default: Node's own" },
  },
  examples: ['npx tsx bench/export.ts --scale 0.05 --data /tmp/bench-export-small --runs 1', 'npx tsx bench/export.ts'],
  notes: 'Set BENCH_NEO4J_URI (and BENCH_NEO4J_USERNAME, BENCH_NEO4J_PASSWORD) to measure against a running Neo4j that already holds the graph.',
});

const log = (m: string) => process.stderr.write(`[bench:export] ${m}\n`);

const PATHS: Record<string, string> = {
  csv: '/export/events.csv',
  geojson: '/export/events.geojson',
  graphml: '/export/graph.graphml?from=1900-01-01',
};

interface Server {
  port: number;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>, heapMb?: number): Promise<Server> {
  const child = spawn(process.execPath, [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), '--import', 'tsx', 'bench/api/our-server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-5000)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${stderr}`)), 120_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
  });
  child.stdout!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    pid: child.pid!,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Measurement {
  format: string;
  path: string;
  run: number;
  status: number;
  firstByteMs: number;
  seconds: number;
  bytes: number;
  lines: number;
  rssBeforeMb: number | null;
  rssPeakMb: number | null;
  rssAfterMb: number | null;
  /** CPU seconds the server and Neo4j (when the bench started it) used from the request to the last byte. */
  serverCpuSeconds: number | null;
  neo4jCpuSeconds: number | null;
  /** One-minute load average when the export ended (the machine may be shared). */
  loadAverage: number;
}

/** Reads one export in full, counting bytes and lines, while sampling the server's memory. */
async function measure(port: number, pid: number, neo4jPid: number | null, format: string, urlPath: string, runNo: number): Promise<Measurement> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssBefore = rssMb(pid);
  let peak = rssBefore ?? 0;
  const sampler = setInterval(() => {
    const r = rssMb(pid);
    if (r !== null && r > peak) peak = r;
  }, 50);
  const serverCpu = cpuSeconds(pid);
  const neo4jCpu = cpuSeconds(neo4jPid);
  const started = performance.now();
  let firstByte = 0;
  let bytes = 0;
  let lines = 0;
  const status = await new Promise<number>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath }, (res) => {
        res.on('data', (chunk: Buffer) => {
          if (!firstByte) firstByte = performance.now() - started;
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        });
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      })
      .on('error', reject);
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = (p: number | null, before: number | null) => {
    const now = cpuSeconds(p);
    return now === null || before === null ? null : Math.round((now - before) * 10) / 10;
  };
  const serverCpuSeconds = cpuUsed(pid, serverCpu);
  const neo4jCpuSeconds = cpuUsed(neo4jPid, neo4jCpu);
  const loadAverage = Math.round(os.loadavg()[0]! * 100) / 100;
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const m: Measurement = { format, path: urlPath, run: runNo, status, firstByteMs: Math.round(firstByte), seconds: Math.round(seconds * 100) / 100, bytes, lines, rssBeforeMb: rssBefore, rssPeakMb: peak, rssAfterMb: rssMb(pid), serverCpuSeconds, neo4jCpuSeconds, loadAverage };
  log(`${format} run ${runNo}: ${m.status}, ${m.seconds} s (first byte ${m.firstByteMs} ms), ${(bytes / 1e6).toFixed(1)} MB, ${lines} lines; RSS ${m.rssBeforeMb} -> peak ${m.rssPeakMb} -> ${m.rssAfterMb} MB; CPU server ${m.serverCpuSeconds ?? '?'} s, Neo4j ${m.neo4jCpuSeconds ?? '?'} s; load ${m.loadAverage}`);
  return m;
}

function markdown(ms: Measurement[], events: number, heap: number | undefined): string {
  const rows = ms.map(
    (m) =>
      `| ${m.format} | ${m.run} | ${m.seconds.toFixed(1)} | ${m.firstByteMs} | ${(m.bytes / 1e6).toFixed(1)} | ${m.lines.toLocaleString('en')} | ${m.rssBeforeMb} / ${m.rssPeakMb} / ${m.rssAfterMb} | ${m.rssPeakMb !== null && m.rssBeforeMb !== null ? m.rssPeakMb - m.rssBeforeMb : '?'} | ${m.serverCpuSeconds ?? '?'} / ${m.neo4jCpuSeconds ?? '?'} | ${m.loadAverage} |`,
  );
  return [
    `Export of all ${events.toLocaleString('en')} events, server heap limit ${heap ? `${heap} MB` : "Node's default"}:`,
    '',
    '| export | run | seconds | first byte ms | MB | lines | server RSS MB before / peak / after | peak growth MB | CPU s server / Neo4j | load (1 min) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  let neo: BenchNeo4j | null = null;
  let uri = process.env.BENCH_NEO4J_URI;
  const dataDir = path.resolve(values.data);
  if (!uri) {
    await mkdir(dataDir, { recursive: true });
    neo = await startBenchNeo4j({ dataDir, heap: values.heap, pageCache: values['page-cache'], log });
    uri = neo.uri;
  }
  const auth = { username: process.env.BENCH_NEO4J_USERNAME, password: process.env.BENCH_NEO4J_PASSWORD };
  const graph = new Graph({ uri, ...auth, defaultTimeoutMs: 900_000 });
  let server: Server | null = null;
  const stop = async () => {
    await server?.stop().catch(() => undefined);
    await graph.close().catch(() => undefined);
    await neo?.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const [row] = await graph.read({ cypher: 'MATCH (e:Event) RETURN count(e) AS n', params: {} }, { tag: 'bench' });
    let load: LoadReport | { reused: true } = { reused: true };
    if (((row?.n as number) ?? 0) === 0) {
      log(`generating and loading the graph at scale ${values.scale}`);
      load = await generateAndLoad(graph, { scale: values.scale, log });
      await writeFile(path.join(dataDir, 'bench-load.json'), JSON.stringify(load, null, 2)).catch(() => undefined);
    }
    const counts = await countGraph(graph);
    const events = counts.labels.Event ?? 0;
    log(`graph: ${events} events, ${counts.labels.Place} places, ${counts.labels.Actor} actors, ${counts.labels.Article} articles`);

    server = await startServer({ BENCH_NEO4J_URI: uri, ...(auth.username ? { BENCH_NEO4J_USERNAME: auth.username } : {}), ...(auth.password ? { BENCH_NEO4J_PASSWORD: auth.password } : {}) }, values['server-heap']);
    log(`server on :${server.port} (pid ${server.pid}, ${rssMb(server.pid)} MB, heap limit ${values['server-heap'] ? `${values['server-heap']} MB` : "Node's default"})`);
    // Warm-up: plans compiled, the page cache touched once, the server's code paths loaded.
    for (const format of values.formats) await measure(server.port, server.pid, neo?.pid ?? null, format, `${PATHS[format]}${PATHS[format]!.includes('?') ? '&' : '?'}limit=2000`, 0);

    const measurements: Measurement[] = [];
    for (let runNo = 1; runNo <= values.runs; runNo++) {
      for (const format of values.formats) measurements.push(await measure(server.port, server.pid, neo?.pid ?? null, format, PATHS[format]!, runNo));
    }
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '?', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      options: values,
      graph: counts,
      load,
      measurements,
    };
    const out = values.out ?? path.join(ROOT, 'bench/results', `export-${report.date.slice(0, 10)}.json`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(report, null, 2));
    process.stdout.write(`${markdown(measurements, events, values['server-heap'])}\n\nLoad average at the end: ${report.machine.loadAverage.join(', ')}. Report: ${path.relative(ROOT, out)}\n`);
  } finally {
    await stop();
  }
}

run('bench:export', main);

