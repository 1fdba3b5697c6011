/** The HTTP surface: health and readiness, GraphQL over HTTP, CSRF, error masking, read tokens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY } from '../helpers/apollo.js';
import { CURATED_MAKHMOUR, closeGraph, resetGraph } from '../helpers/graph.js';

const apps: App[] = [];
async function serve(env: Record<string, string>): Promise<string> {
  const store = await resetGraph(CURATED_MAKHMOUR);
  const config = loadConfig({ HOST: '127.0.0.1', API_KEYS: `editor:${EDITOR_KEY}`, ...env });
  const app = await createApp({ config, graph: store.graph, logger: createLogger('silent') });
  apps.push(app);
  const port = await app.listen(0);
  return `http://127.0.0.1:${port}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const json = async (res: Response | Promise<Response>): Promise<Json> => (await res).json();

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

afterAll(async () => {
  for (const app of apps) await app.stop();
  await closeGraph();
});

describe('development server', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'development' });
  });

  it('answers health and readiness', async () => {
    expect(await json(fetch(`${url}/health`))).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await json(ready)).toEqual({ status: 'ready', neo4j: 'up' });
  });

  it('serves GraphQL over POST', async () => {
    const res = await post(url, { query: '{ node(id: "org:isis") { id ... on Entity { name } } }' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { node: { id: 'org:isis', name: 'ISIS' } } });
  });

  it('blocks a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ node(id: "org:isis") { id } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${url}/graphql?query=${encodeURIComponent('{ node(id: "org:isis") { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });

  it('returns BAD_USER_INPUT with the limit for an oversized page', async () => {
    const body = await json(post(url, { query: '{ events(first: 5000) { totalCount } }' }));
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('0 to 100') });
  });

  it('refuses a mutation without a token with UNAUTHENTICATED', async () => {
    const body = await json(post(url, { query: 'mutation { addAlias(id: "org:isis", alias: "x") { id } }' }));
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await json(post(url, { query: 'mutation { addAlias(id: "org:isis", alias: "Tanzim al-Dawla") { id } }' }, { authorization: `Bearer ${EDITOR_KEY}` }));
    expect(ok.data.addAlias.id).toBe('org:isis');
  });
});

describe('production server', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'production', READ_ACCESS: 'token' });
  });

  it('requires a token for reads when READ_ACCESS=token', async () => {
    const res = await post(url, { query: '{ node(id: "org:isis") { id } }' });
    expect(res.status).toBe(401);
    expect((await json(res)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await post(url, { query: '{ node(id: "org:isis") { id } }' }, { authorization: `Bearer ${EDITOR_KEY}` });
    expect((await json(ok)).data.node.id).toBe('org:isis');
  });

  it('sends no stack traces and no internals', async () => {
    const body = await json(post(url, { query: '{ fact(id: "bad") { id } }' }, { authorization: `Bearer ${EDITOR_KEY}` }));
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const syntax = await json(post(url, { query: '{ node(id: ' }, { authorization: `Bearer ${EDITOR_KEY}` }));
    expect(syntax.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(syntax)).not.toContain('stacktrace');
  });

  it('disables introspection', async () => {
    const body = await json(post(url, { query: '{ __schema { types { name } } }' }, { authorization: `Bearer ${EDITOR_KEY}` }));
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('CORS (CORS_ORIGINS)', () => {
  const allowed = 'https://app.example.org';
  let url: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'production', CORS_ORIGINS: `${allowed}, https://other.example.org` });
  });

  const preflight = (path: string, origin: string) =>
    fetch(`${url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });

  it('answers the preflight of an allowed origin on /graphql and on the exchange routes, Authorization allowed', async () => {
    for (const path of ['/graphql', '/export/events.csv', '/export/graph.graphml', '/import/acled']) {
      const res = await preflight(path, allowed);
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), path).toBe(allowed);
      expect(res.headers.get('access-control-allow-headers'), path).toContain('authorization');
      expect(res.headers.get('vary'), path).toContain('Origin');
    }
  });

  it('gives another origin no CORS headers, on preflights and on answers', async () => {
    const res = await preflight('/export/events.csv', 'https://evil.example.net');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await fetch(`${url}/export/events.csv`, { headers: { origin: 'https://evil.example.net' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    await answer.text();
  });

  it('marks an export answered to an allowed origin', async () => {
    const res = await fetch(`${url}/export/events.geojson`, { headers: { origin: allowed } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect((await json(res)).type).toBe('FeatureCollection');
  });
});
