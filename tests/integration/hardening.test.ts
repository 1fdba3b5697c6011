/**
 * The findings of the hardening review (issue 13), each as a request an attacker or a careless
 * client could send, against the real server over the test Neo4j. Every test here failed on the
 * code before the fix: a server that answers it as it did then fails the assertion.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

import { createLogger } from '../../src/logger.js';
import { gazetteerFromStore, seedArticles } from '../../src/seed/articles.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY, execute } from '../helpers/apollo.js';
import { CURATED_MAKHMOUR, closeGraph, resetGraph, snapshot, testGraph } from '../helpers/graph.js';

const apps: App[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function serve(env: Record<string, string> = {}): Promise<string> {
  const { store } = await testGraph();
  const config = loadConfig({ HOST: '127.0.0.1', API_KEYS: `editor:${EDITOR_KEY}`, RATE_LIMIT_PER_MINUTE: '0', ...env });
  const app = await createApp({ config, graph: store.graph, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent') });
  apps.push(app);
  return `http://127.0.0.1:${await app.listen(0)}`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json; type: string }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: type.includes('json') ? await res.json() : await res.text(), type };
}

const editor = { authorization: `Bearer ${EDITOR_KEY}` };

beforeAll(async () => {
  await resetGraph(CURATED_MAKHMOUR);
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await closeGraph();
});

describe('finding 1: page sizes hidden in variable defaults', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'production' });
  });

  it('refuses the 260-byte query whose page size is a variable default, as it refuses the literal', async () => {
    const query =
      'query($n:Int=50){node(id:"gov:iraq"){relationships(first:$n){to{relationships(first:$n){to{relationships(first:$n){to{relationships(first:$n){to{id} from{id}}}from{id}}}from{id}}}from{id}}}}';
    const res = await post(url, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 25_510_202 });
  });

  it('refuses 200 aliased neighbourhoods sized by a default', async () => {
    const query = `query($l:Int=2000){ ${Array.from({ length: 200 }, (_, i) => `n${i}: neighbourhood(id: "gov:iraq", limit: $l) { nodes { id } }`).join(' ')} }`;
    const res = await post(url, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('finding 2: fragments that double at every level', () => {
  it('refuses the 997-byte document at once, and keeps answering others meanwhile', async () => {
    const url = await serve({ NODE_ENV: 'production' });
    let doc = 'query { ...F0 }\n';
    for (let i = 0; i < 24; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    doc += 'fragment F24 on Query { search(query: "isis") { score } }';
    const [attack, health] = await Promise.all([post(url, { query: doc }), fetch(`${url}/health`).then((r) => r.status)]);
    expect(health).toBe(200);
    expect(attack.status).toBe(400);
    expect(attack.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('finding 7: aliases, tokens, suggestions, bodies, surrogates, tokens of identity', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'production' });
  });

  it('refuses 100,000 __typename aliases in the parser (MAX_QUERY_TOKENS)', async () => {
    const query = `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await post(url, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 2000 }, message: expect.stringContaining('MAX_QUERY_TOKENS') });
  });

  it('refuses more aliases than MAX_QUERY_ALIASES', async () => {
    const res = await post(url, { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: search(query: "x", first: 1) { score }`).join(' ')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('MAX_QUERY_ALIASES');
  });

  it('refuses two ingestions in one request before extracting anything', async () => {
    const text = `---\npublished: 2024-01-01\n---\n${'A roadside bomb exploded in Kirkuk. '.repeat(20_000)}`;
    const query = 'mutation($t: String!) { a: ingestArticle(input: {text: $t}) { articleId } b: ingestArticle(input: {text: $t}) { articleId } }';
    const started = Date.now();
    const res = await post(url, { query, variables: { t: text } }, editor);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('one article');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('lets one client have INGEST_PER_CLIENT ingestions in flight, and tells the next to wait', async () => {
    const limited = await serve({ NODE_ENV: 'production', INGEST_PER_CLIENT: '1' });
    const text = (i: number) => `---\npublished: 2024-01-0${i}\n---\n${'Gunmen attacked an army checkpoint in Tarmiyah on Friday, killing two soldiers. '.repeat(300)}`;
    const query = 'mutation($t: String!) { ingestArticle(input: {text: $t, dryRun: true}) { articleId } }';
    const answers = await Promise.all([1, 2, 3].map((i) => post(limited, { query, variables: { t: text(i) } }, editor)));
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions.code ?? 'ok');
    expect(codes).toContain('ok');
    expect(codes).toContain('RATE_LIMITED');
  });

  it('gives no field suggestions with introspection off', async () => {
    const res = await post(url, { query: 'mutation { createEntiti(input: {}) { id } }' }, editor);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('createEntiti');
    expect(res.body.errors[0].message).not.toMatch(/Did you mean|createEntity/);
  });

  it('answers an unsupported charset or content encoding in JSON, with no stack', async () => {
    const charset = await post(url, '{"query":"{__typename}"}', { 'content-type': 'application/json; charset=latin1' });
    expect(charset).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(charset.body.errors[0].message).toContain('charset');
    const encoding = await post(url, '{"query":"{__typename}"}', { 'content-encoding': 'x-zip' });
    expect(encoding).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(JSON.stringify(encoding.body)).not.toMatch(/\n\s+at /);
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await fetch(`${url}/no/such/path`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('refuses half a surrogate pair instead of storing U+FFFD', async () => {
    const before = await snapshot((await testGraph()).graph);
    const body = '{"query":"mutation($a: String!) { addAlias(id: \\"org:isis\\", alias: $a) { id } }","variables":{"a":"Daesh \\ud800"}}';
    const res = await post(url, body, editor);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('variables.a') });
    const literal = await post(url, { query: 'mutation { addAlias(id: "org:isis", alias: "Daesh \\ud800") { id } }' }, editor);
    expect(literal.status).toBe(400);
    expect(await snapshot((await testGraph()).graph)).toBe(before);
  });

  it('says the same of every token that does not verify, whatever the server is configured with', async () => {
    const secret = 'a-secret-of-thirty-two-characters-or-more';
    const jwt = await new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
    const noJwtServer = await post(url, { query: 'mutation { addAlias(id: "org:isis", alias: "x") { id } }' }, { authorization: `Bearer ${jwt}` });
    const otherSecret = await serve({ NODE_ENV: 'production', JWT_SECRET: 'another-secret-of-thirty-two-characters' });
    const wrongSecret = await post(otherSecret, { query: 'mutation { addAlias(id: "org:isis", alias: "x") { id } }' }, { authorization: `Bearer ${jwt}` });
    const unknownKey = await post(url, { query: 'mutation { addAlias(id: "org:isis", alias: "x") { id } }' }, { authorization: 'Bearer not-a-key-of-this-server' });
    const messages = [noJwtServer, wrongSecret, unknownKey].map((r) => r.body.errors[0].message);
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).not.toMatch(/JWT_|configured|signature|claim/);
  });
});

describe('finding 5: mutations that failed after writing', () => {
  beforeEach(async () => {
    await resetGraph(CURATED_MAKHMOUR);
  });
  const run = async (query: string) => execute((await testGraph()).store, query, {}, { token: EDITOR_KEY });

  it('refuses createEntity with an id that was merged away, leaving the survivor as it was', async () => {
    const { graph } = await testGraph();
    await run('mutation { createEntity(input: { kind: Force, id: "force:peshmerga-dup", name: "Peshmerga forces" }) { id } }');
    await run('mutation { mergeEntities(keep: "force:peshmerga", merge: "force:peshmerga-dup") { entity { id } } }');
    const before = await snapshot(graph);
    const res = await run('mutation { createEntity(input: { kind: Force, id: "force:peshmerga-dup", name: "Overwritten", description: "nope" }) { id } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('merged into "force:peshmerga"') });
    expect(await snapshot(graph)).toBe(before);
  });

  it('refuses reserved relationship properties (key, provenance) before writing anything', async () => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    for (const props of ['{key: "x"}', '{key: 5}', '{sources: "article:forged"}', '{sentences: "made up"}', '{confidence: 1}']) {
      const res = await run(`mutation { link(input: { from: "force:pmf", type: COOPERATES_WITH, to: "force:isf", properties: ${props} }) { id } }`);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('cannot be set as a property') });
    }
    expect(await snapshot(graph)).toBe(before);
    const ok = await run('mutation { link(input: { from: "force:pmf", type: COOPERATES_WITH, to: "force:isf", properties: {since: "2014"} }) { id properties } }');
    expect(ok.errors).toBeUndefined();
    const again = await run('mutation { link(input: { from: "force:pmf", type: COOPERATES_WITH, to: "force:isf", properties: {since: "2014"} }) { id } }');
    expect(again.errors).toBeUndefined();
    const edges = await graph.read({ cypher: 'MATCH (:Node {id: "force:pmf"})-[r:COOPERATES_WITH]->(:Node {id: "force:isf"}) RETURN count(r) AS n', params: {} }, { tag: 'test' });
    expect(edges[0]!.n).toBe(1);
  });

  it('links an office to a body where the person already holds one, and returns it', async () => {
    const res = await run('mutation { link(input: { from: "person:masrour-barzani", type: HOLDS_OFFICE, to: "gov:krg" }) { id type } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.link.type).toBe('HOLDS_OFFICE');
  });
});

describe('finding 6: structure that corrupts answers', () => {
  beforeEach(async () => {
    await resetGraph(CURATED_MAKHMOUR);
  });
  const importBatch = async (batch: unknown) => execute((await testGraph()).store, 'mutation($b: JSONObject!) { importBatch(batch: $b) { ids } }', { b: batch }, { token: EDITOR_KEY });

  it('refuses a LOCATED_IN cycle and a self-loop, and writes nothing', async () => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const cycle = await importBatch({ relationships: [{ from: 'place:iraq', type: 'LOCATED_IN', to: 'place:makhmour-district' }] });
    expect(cycle.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('loop') });
    const self = await importBatch({ relationships: [{ from: 'place:mosul', type: 'LOCATED_IN', to: 'place:mosul' }] });
    expect(self.errors?.[0]?.message).toContain('itself');
    const selfEntity = await importBatch({ entities: [{ id: 'place:loop-village', kind: 'Place', name: 'Loop', locatedIn: 'place:loop-village' }] });
    expect(selfEntity.errors?.[0]?.message).toContain('itself');
    expect(await snapshot(graph)).toBe(before);
    const events = await execute((await testGraph()).store, '{ events(filter: { placeId: "place:makhmour-district" }) { totalCount } }');
    expect(events.data?.events.totalCount).toBe(1);
  });

  it('refuses an id whose prefix names another kind, and one id given as two kinds', async () => {
    const wrongPrefix = await importBatch({ entities: [{ id: 'place:not-a-place', kind: 'Organization', name: 'Not a place' }] });
    expect(wrongPrefix.errors?.[0]?.message).toContain('"place:not-a-place" names a Place but is given as a Organization');
    const twice = await importBatch({
      entities: [{ id: 'org:twice', kind: 'Organization', name: 'Twice' }],
      events: [{ id: 'org:twice', subEventType: 'ATTACK', date: '2024-01-01' }],
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an article file whose front matter url is not http(s), naming the file, and seeds the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-url-'));
    try {
      await writeFile(path.join(dir, 'bad.md'), '---\ntitle: Bad link\nurl: "javascript:alert(1)"\npublished: 2024-02-01\n---\nA roadside bomb killed two soldiers in Tarmiyah on Thursday.\n');
      await writeFile(path.join(dir, 'good.md'), '---\ntitle: Good\nurl: https://example.org/a\npublished: 2024-02-02\n---\nA roadside bomb killed two soldiers in Tarmiyah on Thursday.\n');
      const { store } = await testGraph();
      const report = await seedArticles(store.writes, [path.join(dir, 'bad.md'), path.join(dir, 'good.md')], await gazetteerFromStore(store.writes));
      expect(report.failures).toHaveLength(1);
      expect(report.failures[0]!.file).toContain('bad.md');
      expect(report.failures[0]!.problems.join(' ')).toMatch(/http/);
      expect(report.written).toBe(1);
      const stored = await store.graph.read({ cypher: "MATCH (a:Article) WHERE a.url STARTS WITH 'javascript' RETURN count(a) AS n", params: {} }, { tag: 'test' });
      expect(stored[0]!.n).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

