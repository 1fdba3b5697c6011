/**
 * Fault behaviour against this file's own Neo4j (started, stopped and restarted here): a server
 * that starts before Neo4j, Neo4j going away under load and coming back, seeding killed half way,
 * and SIGTERM with requests in flight.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/db/graph.js';
import { migrate } from '../../src/db/migrations.js';
import { WriteStore } from '../../src/db/write-store.js';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/index.js';
import { seedAll } from '../../src/seed/seed.js';
import { ROOT, expectSameGraph, snapshot } from '../helpers/graph.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
let neo4j: LocalNeo4j | undefined;

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const status = (url: string) => fetch(url).then((r) => r.status, () => 0);
const gql = async (base: string, query: string) => {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
};

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await neo4j?.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('Neo4j faults', () => {
  it('serves health before Neo4j exists, becomes ready when it comes, fails fast while it is down, and recovers without a restart', async () => {
    const boltPort = await findFreePort();
    const server = run(['src/main.ts'], { NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'true', SEED_PATHS: 'seed/reference' });
    await until(() => /"url":"(http:\/\/localhost:\d+)\/graphql","msg":"HTTP server listening"/.test(server.output()), 30_000);
    const base = /"url":"(http:\/\/localhost:\d+)\/graphql","msg":"HTTP server listening"/.exec(server.output())![1]!;

    // 1. Neo4j is not there: alive, not ready, a clear log line, requests refused quickly.
    expect(await status(`${base}/health`)).toBe(200);
    expect(await status(`${base}/ready`)).toBe(503);
    await until(() => server.output().includes('Neo4j is not reachable yet'), 10_000);
    let started = Date.now();
    const early = await gql(base, '{ node(id: "org:isis") { id } }');
    expect(early.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(12_000);

    // 2. Neo4j comes up on that port: the server migrates, seeds and turns ready by itself.
    const dataDir = await tempDir('kg-fault-neo4j-');
    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, heap: '512m', pageCache: '64m' });
    await until(async () => (await status(`${base}/ready`)) === 200, 90_000);
    expect((await gql(base, '{ node(id: "org:isis") { id } }')).data.node.id).toBe('org:isis');

    // 3. Neo4j stops under load: every request answers, quickly, with DATABASE_UNAVAILABLE.
    const load = Array.from({ length: 20 }, () => gql(base, '{ search(query: "peshmerga") { entity { id } } }'));
    await neo4j.stop();
    await Promise.allSettled(load);
    started = Date.now();
    const during = await Promise.all(Array.from({ length: 5 }, () => gql(base, '{ node(id: "org:isis") { id } }')));
    for (const r of during) expect(r.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await status(`${base}/ready`)).toBe(503);
    expect(await status(`${base}/health`)).toBe(200);

    // 4. Neo4j is back: answers again, no restart of the server.
    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, heap: '512m', pageCache: '64m' });
    await until(async () => (await status(`${base}/ready`)) === 200, 60_000);
    await until(async () => (await gql(base, '{ node(id: "org:isis") { id } }')).data?.node?.id === 'org:isis', 30_000);
    expect(server.child.exitCode).toBeNull();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 240_000);
});

describe('interrupted seeding', () => {
  it('killed at a random point and run again, gives exactly the graph of an uninterrupted run', async () => {
    if (!neo4j) neo4j = await startLocalNeo4j({ dataDir: await tempDir('kg-fault-neo4j-'), heap: '512m', pageCache: '64m' });
    const graph = new Graph({ uri: neo4j.uri, defaultTimeoutMs: 60_000 });
    try {
      await migrate(graph);
      const wipe = () => graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'wipe' });
      // Eight copies of the sample articles (each copy dated later), so the run lasts long enough to interrupt
      // (grouped transactions seed the 21 samples three times over in about two seconds).
      const corpus = await tempDir('kg-fault-articles-');
      await cp(path.join(ROOT, 'seed/reference'), path.join(corpus, 'reference'), { recursive: true });
      const samples = await readdir(path.join(ROOT, 'seed/articles'));
      const copies = [0, 1, 2, 3, 4, 5, 6, 7];
      const total = samples.length * copies.length;
      for (const file of samples) {
        const text = await readFile(path.join(ROOT, 'seed/articles', file), 'utf8');
        for (const copy of copies) {
          const shifted = text.replace(/\b(\d{4})-(\d{2})-(\d{2})/, (_d, y, m, d) => `${Number(y) + copy * 2}-${m}-${d}`);
          await writeFile(path.join(corpus, `${copy}-${file}`), shifted);
        }
      }
      await wipe();
      await seedAll(new WriteStore(graph), [corpus]);
      const uninterrupted = await snapshot(graph);

      await wipe();
      const first = run(['src/cli/seed.ts', corpus], { NEO4J_URI: neo4j.uri });
      const articles = async () => ((await graph.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS n', params: {} }, { tag: 'count' }))[0]?.n as number) ?? 0;
      await until(async () => (await articles()) > 0, 60_000);
      const killAfter = 100 + Math.floor(Math.random() * 1500);
      await new Promise((r) => setTimeout(r, killAfter));
      first.child.kill('SIGKILL');
      await first.exited;
      const written = await articles();
      console.info(`seeding killed ${killAfter} ms after the first article landed, with ${written} of ${total} articles written`);
      expect(written).toBeLessThan(total);

      const second = run(['src/cli/seed.ts', corpus], { NEO4J_URI: neo4j.uri });
      expect(await second.exited).toBe(0);
      expectSameGraph(await snapshot(graph), uninterrupted);
      // The next test seeds on start; it gets an empty graph, not eight copies of the samples.
      await wipe();
    } finally {
      await graph.close();
    }
  }, 240_000);
});

describe('graceful shutdown', () => {
  it('answers every request already in flight when SIGTERM arrives, then exits 0', async () => {
    if (!neo4j) neo4j = await startLocalNeo4j({ dataDir: await tempDir('kg-fault-neo4j-'), heap: '512m', pageCache: '64m' });
    const server = run(['src/main.ts'], { NEO4J_URI: neo4j.uri, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'true' });
    await until(() => server.output().includes('"msg":"ready"'), 120_000);
    const port = Number(/"url":"http:\/\/localhost:(\d+)\/graphql","msg":"ready"/.exec(server.output())![1]);
    // Each request on its own connection, so all of them reach the server before SIGTERM.
    const query = JSON.stringify({ query: '{ neighbourhood(id: "place:iraq", hops: 3, limit: 2000) { nodes { id } } timeline { events } }' });
    const send = () =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(res.statusCode === 200 && !JSON.parse(body).errors ? 1 : 0));
        });
        req.on('error', reject);
        req.end(query);
      });
    const inFlight = Array.from({ length: 20 }, send);
    await new Promise((r) => setTimeout(r, 150));
    server.child.kill('SIGTERM');
    const answers = await Promise.allSettled(inFlight);
    const answered = answers.reduce((n, a) => n + (a.status === 'fulfilled' ? a.value : 0), 0);
    expect(answered).toBe(20);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('HTTP server drained and stopped');
  }, 120_000);
});
