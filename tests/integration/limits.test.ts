/** Every limit refuses with a stable code and names the limit: depth, cost, page, size, rate, body, time. */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../src/db/graph.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY } from '../helpers/apollo.js';
import { CURATED_MAKHMOUR, closeGraph, resetGraph, snapshot, testGraph } from '../helpers/graph.js';

const apps: App[] = [];
const JWT_SECRET = 'limits-test-secret-with-32-or-more-chars';

async function serve(env: Record<string, string>): Promise<string> {
  const { store } = await testGraph();
  const config = loadConfig({ HOST: '127.0.0.1', API_KEYS: `editor:${EDITOR_KEY}`, JWT_SECRET, ...env });
  const app = await createApp({ config, graph: store.graph, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent') });
  apps.push(app);
  return `http://127.0.0.1:${await app.listen(0)}`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

beforeAll(async () => {
  await resetGraph(CURATED_MAKHMOUR);
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await closeGraph();
});

describe('query shape limits', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '5000' });
  });

  it('refuses a query nested too deep', async () => {
    const deep = '{ node(id: "org:isis") { ... on Organization { events { perpetrators { ... on Organization { events { perpetrators { name } } } } } } } }';
    const { body } = await post(url, { query: deep.replace('perpetrators { name }', 'perpetrators { ... on Organization { events { id } } }') });
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 6 });
    expect(body.errors[0].message).toContain('MAX_QUERY_DEPTH');
  });

  it('prices page sizes from the variables, and refuses what costs too much', async () => {
    const query = 'query ($n: Int) { events(first: $n) { nodes { perpetrators { name } statements(first: 50) { quote } } } }';
    const small = await post(url, { query, variables: { n: 5 } });
    expect(small.body.errors).toBeUndefined();
    const large = await post(url, { query, variables: { n: 100 } });
    expect(large.status).toBe(400);
    expect(large.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 5000 });
    expect(large.body.errors[0].message).toContain('MAX_QUERY_COST');
  });

  it('bounds page sizes, neighbourhoods and paths', async () => {
    const page = await post(url, { query: '{ events(first: 101) { totalCount } }' });
    expect(page.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('100') });
    const hood = await post(url, { query: '{ neighbourhood(id: "org:isis", limit: 2001) { truncated } }' });
    expect(hood.body.errors[0].message).toContain('2000');
    const path = await post(url, { query: '{ shortestPaths(from: "gov:qatar", to: "force:peshmerga", maxHops: 7) { length } }' });
    expect(path.body.errors[0].message).toContain('1 to 6');
  });
});

describe('request limits', () => {
  it('limits each client\'s rate, telling it when to retry', async () => {
    const url = await serve({ RATE_LIMIT_PER_MINUTE: '12' });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await post(url, { query: '{ node(id: "org:isis") { id } }' }));
    expect(results.slice(0, 2).map((r) => r.status)).toEqual([200, 200]);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 12 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client (another token) has its own allowance.
    expect((await post(url, { query: '{ node(id: "org:isis") { id } }' }, { authorization: `Bearer ${EDITOR_KEY}` })).status).toBe(200);
  });

  it('refuses a body over the size limit with PAYLOAD_TOO_LARGE, and a broken body as bad input', async () => {
    const url = await serve({ BODY_LIMIT_BYTES: '2000' });
    const big = await post(url, { query: `{ search(query: "${'x'.repeat(5000)}") { score } }` });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 2000 });
    const broken = await post(url, '{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('stops a query at its request deadline, and batch work at its own limit, with TIMEOUT', async () => {
    // A request's statements get what is left of its deadline (arrival + QUERY_TIMEOUT_MS); work
    // outside a request (seeding) gets the batch limit. A deliberately slow statement shows both.
    const graph = new Graph({ uri: inject('neo4jUri'), defaultTimeoutMs: 200, batchTimeoutMs: 300 });
    const slow = { cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n', params: {} };
    try {
      const started = Date.now();
      const stats = { queries: 0, deadline: Date.now() + 200 };
      await expect(graph.read(slow, { tag: 'slow', stats })).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringContaining('QUERY_TIMEOUT_MS') });
      expect(Date.now() - started).toBeLessThan(10_000);
      await expect(graph.read(slow, { tag: 'slow-batch' })).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
      // A request already past its deadline does not reach Neo4j at all.
      await expect(graph.read(slow, { tag: 'late', stats: { queries: 0, deadline: Date.now() - 1 } })).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    } finally {
      await graph.close();
    }
  });
});

describe('signed tokens', () => {
  it('lets an editor JWT write, and refuses an expired one without changing anything', async () => {
    const url = await serve({});
    const key = new TextEncoder().encode(JWT_SECRET);
    const good = await new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'HS256' }).setSubject('curator-1').setExpirationTime('5m').sign(key);
    const expired = await new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const reader = await new SignJWT({ role: 'reader' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(key);
    const mutation = { query: 'mutation { addAlias(id: "org:isis", alias: "Tanzim") { aliases } }' };
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const refused = await post(url, mutation, { authorization: `Bearer ${expired}` });
    expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('expired') });
    const forbidden = await post(url, mutation, { authorization: `Bearer ${reader}` });
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await snapshot(graph)).toBe(before);
    const accepted = await post(url, mutation, { authorization: `Bearer ${good}` });
    expect(accepted.body.data.addAlias.aliases).toContain('Tanzim');
  });
});
