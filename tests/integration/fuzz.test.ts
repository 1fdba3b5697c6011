/**
 * Property-based fuzzing of the whole API surface over HTTP, against the real Neo4j.
 *
 * Every argument of every query, mutation and node field is read from the schema, so a new one is
 * fuzzed without touching this file. Values come from each argument's type: Cypher and Lucene
 * injection strings, odd Unicode, 100 kB strings, impossible dates, out-of-range numbers and
 * coordinates, wrong enums, input objects with unknown fields. The properties:
 *
 *  (a) every answer is JSON with data or errors; every error carries a known code (never
 *      INTERNAL_SERVER_ERROR) and no stack trace (the server runs in production mode);
 *  (b) the process stays up (/health answers 200 after everything);
 *  (c) reads, and mutations that are refused, leave the graph exactly as it was.
 *
 * Malformed articles (binary, 20 MB, empty, broken front matter, mixed encodings, no date) go
 * through seeding and through ingestArticle: each gets an error naming the problem (and the file),
 * and nothing is written.
 *
 * FUZZ_SCALE multiplies the number of runs (default 1, about two minutes); FUZZ_SEED replays a run.
 * The counts are printed at the end and written to test-results/fuzz-summary.json.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/db/graph.js';
import type { Stores } from '../../src/db/stores.js';
import { ID_PATTERN } from '../../src/import/format.js';
import { seedAll } from '../../src/seed/seed.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY, READER_KEY } from '../helpers/apollo.js';
import { example } from '../helpers/examples.js';
import { CURATED_MAKHMOUR, ROOT, closeGraph, expectSameGraph, resetGraph, snapshot, testGraph } from '../helpers/graph.js';
import { Findings, capturingLogger, codesOf, contractProblems, describeInput, post, type Answer } from '../fuzz/client.js';
import { OMIT, PREFIX_OF_TYPE, argumentsFor, fuzzSchema, operationFor, targets, type ArgValues, type IdPools, type Target } from '../fuzz/operations.js';
import { BAD_DATES, GOOD_DATES, INJECTIONS, ODD_UNICODE, anyJsonObject, nastyString, unknownIdLike } from '../fuzz/values.js';

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
/** Time allowed to each fuzzing test (the project's default of 60 s is too short on a busy machine). */
const LONG = 300_000;
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const fcOptions = <T>(n: number, examples: T[] = []) => ({ numRuns: runs(n), seed: SEED, endOnFailure: true, examples });
/** A few inputs that give every argument a value, run before the random ones. */
const everyArgument = (target: Target): [ArgValues][] => fc.sample(argumentsFor(target.field.args, { ids, allPresent: true }), { numRuns: 2, seed: SEED }).map((a) => [a]);

const schema = fuzzSchema();
const surface = targets(schema);

let app: App;
let url: string;
let graph: Graph;
let store: Stores;
let base: string;
let ids: IdPools;
const log = capturingLogger();
const findings = new Findings();
const tried: Record<string, number> = {};
/** For each argument, how many inputs gave it a value (not left out, not null). */
const exercised = new Map<string, number>();
const started = Date.now();
/** Milliseconds spent per target, to see where the time goes. */
const slow = new Map<string, number>();

function count(group: string, n = 1): void {
  tried[group] = (tried[group] ?? 0) + n;
  findings.inputs += n;
}

/** Sends one operation and records every way its answer breaks the contract. */
async function send(group: string, target: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  count(group);
  const logged = log.errors.length;
  let answer: Answer;
  try {
    answer = await post(url, body, headers);
  } catch (error) {
    findings.add({ target, problem: `request failed: ${(error as Error).message}`, input: describeInput(body) });
    throw error;
  }
  const problems = contractProblems(answer);
  const serverLog = log.errors
    .slice(logged)
    .map((e) => {
      const err = e.err as { message?: string; stack?: string } | undefined;
      return err?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e.msg);
    })
    .join(' || ');
  slow.set(target, (slow.get(target) ?? 0) + answer.ms);
  for (const problem of problems) findings.add({ target, problem, input: describeInput(body), detail: serverLog || undefined });
  return answer;
}

function noteArguments(target: Target, args: ArgValues): void {
  for (const arg of target.field.args) {
    const value = args[arg.name];
    if (value !== OMIT && value !== null && value !== undefined) exercised.set(`${target.name}(${arg.name})`, (exercised.get(`${target.name}(${arg.name})`) ?? 0) + 1);
  }
}

/** Fails naming every argument of these targets that no input gave a value. */
function expectEveryArgumentDriven(list: Target[]): void {
  const missing = list.flatMap((t) => t.field.args.map((a) => `${t.name}(${a.name})`)).filter((key) => !exercised.get(key));
  expect(missing, 'arguments never given a value').toEqual([]);
}

function expectNoFindings(targetPrefix?: (name: string) => boolean): void {
  const relevant = findings.list.filter((v) => !targetPrefix || targetPrefix(v.target));
  expect(relevant, `contract violations:\n${findings.report(relevant)}`).toEqual([]);
}

/** Compares with the snapshot taken before; on a difference, restores the graph (so later tests start clean) and fails. */
async function expectGraphUnchanged(): Promise<void> {
  const now = await snapshot(graph);
  if (now === base) return;
  await resetGraph(CURATED_MAKHMOUR);
  expectSameGraph(now, base);
}

beforeAll(async () => {
  store = await resetGraph(CURATED_MAKHMOUR);
  graph = (await testGraph()).graph;
  base = await snapshot(graph);
  const rows = await graph.read({ cypher: 'MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id', params: {} }, { tag: 'fuzz-ids' });
  const all = rows.map((r) => r.id as string);
  const byPrefix = new Map<string, string[]>();
  for (const id of all) {
    const prefix = id.slice(0, id.indexOf(':'));
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
  }
  ids = { all, byPrefix };
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}`,
    RATE_LIMIT_PER_MINUTE: '0',
  });
  app = await createApp({ config, graph: store.graph, logger: log.logger });
  url = `http://127.0.0.1:${await app.listen(0)}`;
  console.info(`fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays this run), scale ${SCALE}, ${all.length} ids in the graph`);
});

afterAll(async () => {
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = {
    seed: SEED,
    scale: SCALE,
    seconds,
    inputs: findings.inputs,
    byGroup: tried,
    argumentsCovered: exercised.size,
    violations: findings.list.length,
    distinctProblems: findings.counts(),
  };
  console.info(`fuzz: ${findings.inputs} inputs in ${seconds} s, ${findings.list.length} contract violations\n${JSON.stringify(tried, null, 2)}`);
  console.info(`fuzz: slowest targets (s): ${[...slow].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)}`).join(', ')}`);
  if (findings.list.length) console.info(`fuzz violations:\n${findings.report()}`);
  await mkdir(path.join(ROOT, 'test-results'), { recursive: true });
  await writeFile(path.join(ROOT, 'test-results/fuzz-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await app?.stop();
  await closeGraph();
});

describe('the surface read from the schema', () => {
  it('reaches every field that takes arguments', () => {
    expect(surface.unreachable).toEqual([]);
    for (const t of surface.nested) expect(PREFIX_OF_TYPE[t.parentType!], `no id prefix known for ${t.parentType}`).toBeDefined();
    expect(surface.roots.length).toBeGreaterThan(15);
    expect(surface.mutations.length).toBeGreaterThan(8);
  });
});

describe('reads with hostile arguments', () => {
  it('every root query answers within the contract, and the graph is unchanged', async () => {
    for (const target of surface.roots) {
      await fc.assert(
        fc.asyncProperty(argumentsFor(target.field.args, { ids }), async (args) => {
          noteArguments(target, args);
          await send('queries', target.name, operationFor(target, args));
        }),
        fcOptions(target.field.args.length ? 150 : 3, everyArgument(target)),
      );
    }
    expectEveryArgumentDriven(surface.roots);
    expectNoFindings((t) => surface.roots.some((r) => r.name === t));
    await expectGraphUnchanged();
  }, LONG);

  it('every argument of every node field answers within the contract, and the graph is unchanged', async () => {
    for (const target of surface.nested) {
      const parents = ids.byPrefix.get(PREFIX_OF_TYPE[target.parentType!]!) ?? [];
      expect(parents.length, `no ${target.parentType} in the graph to reach ${target.name}`).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(argumentsFor(target.field.args, { ids }), fc.constantFrom(...parents), async (args, parent) => {
          noteArguments(target, args);
          await send('node fields', target.name, operationFor(target, args, parent));
        }),
        fcOptions(40, everyArgument(target).map(([a]) => [a, parents[0]!] as [ArgValues, string])),
      );
    }
    expectEveryArgumentDriven(surface.nested);
    expectNoFindings((t) => surface.nested.some((n) => n.name === t));
    await expectGraphUnchanged();
  }, LONG);

  it('answers arbitrary request bodies with JSON errors, never a crash', async () => {
    const body = fc.oneof(
      fc.record(
        {
          query: fc.oneof(nastyString(), fc.constantFrom('{ node(id: "org:isis") { id } }', 'query Q { __typename }', 'mutation { deleteNode(id: "org:isis") { id } }', '{', '{ a: __typename }', 'subscription { x }', '{ node(id: $x) { id } }'), fc.integer(), fc.constant(null)),
          variables: fc.oneof(anyJsonObject(), nastyString()),
          operationName: fc.oneof(nastyString(), fc.constantFrom('Q', 'Fuzz'), fc.integer(), fc.constant(null)),
          extensions: fc.oneof(
            anyJsonObject(),
            fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), fc.integer(), nastyString()), sha256Hash: fc.oneof(nastyString(), fc.stringMatching(/^[0-9a-f]{64}$/)) }) }),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.array(fc.record({ query: fc.constant('{ __typename }') }), { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    // Bytes that are not JSON at all go through the body parser's error handler.
    const raw = fc.oneof(fc.constantFrom('{"query": ', '', 'null', '{"query":"{ __typename }"', '\u0000', '{"query": "\\ud800"}', "{'query': 1}"), fc.string({ unit: 'binary', maxLength: 100 }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(body.map((b) => ({ json: b })), raw.map((r) => ({ raw: r }))), async (input) => {
        await send('request bodies', 'POST /graphql', 'raw' in input ? input.raw : input.json);
      }),
      fcOptions(400),
    );
    expectNoFindings((t) => t === 'POST /graphql');
    await expectGraphUnchanged();
  }, LONG);
});

const TOKENS = fc.constantFrom<Record<string, string>>(
  {},
  { authorization: `Bearer ${READER_KEY}` },
  { authorization: 'Bearer not-a-key-of-this-server-at-all' },
  { authorization: `Basic ${Buffer.from(`x:${EDITOR_KEY}`).toString('base64')}` },
  { authorization: `Bearer ${EDITOR_KEY}x` },
  { authorization: `Bearer ${EDITOR_KEY.slice(0, -1)}` },
  { authorization: 'Bearer a.b.c' },
  { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiZWRpdG9yIn0.' },
  { authorization: `Bearer\t${EDITOR_KEY} ${EDITOR_KEY}` },
);

describe('mutations that must be refused', () => {
  it('refuses every mutation without an editor token, whatever its arguments, and changes nothing', async () => {
    const refused = new Set(['PAYLOAD_TOO_LARGE', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);
    for (const target of surface.mutations) {
      await fc.assert(
        fc.asyncProperty(argumentsFor(target.field.args, { ids }), TOKENS, async (args, headers) => {
          const op = operationFor(target, args);
          const answer = await send('mutations without an editor token', `${target.name} (no editor token)`, op, headers);
          const codes = codesOf(answer);
          // Unknown codes are already reported by the contract check; here: refused, and nothing returned.
          if (!codes.length || !codes.some((c) => refused.has(c)) || (answer.body?.data as Record<string, unknown> | null | undefined)?.[target.field.name]) {
            findings.add({ target: `${target.name} (no editor token)`, problem: `not refused without an editor token: ${codes.join(',') || 'no error'}`, input: describeInput({ ...op.variables, headers }) });
          }
        }),
        fcOptions(40),
      );
      await expectGraphUnchanged();
    }
    expectNoFindings((t) => t.endsWith('(no editor token)'));
  }, LONG);

  it('refuses editor mutations on unknown or invalid ids, bad batches and undated articles, and changes nothing', async () => {
    const editor = { authorization: `Bearer ${EDITOR_KEY}` };
    const known = new Set(ids.all);
    const invalidId = fc.oneof(nastyString(), fc.constantFrom('Bad Id', 'place:', 'PLACE:x', 'x', 'place:-x', `place:${'a'.repeat(250)}`)).filter((v) => !ID_PATTERN.test(v));
    const unknownId = unknownIdLike().filter((v) => !known.has(v));
    const existingOrInvalidId = fc.oneof(fc.constantFrom(...ids.all), invalidId);
    const undated = fc.oneof(
      nastyString(),
      fc.constantFrom('Gunmen attacked a checkpoint in Tarmiyah on Tuesday, killing two soldiers.', '---\ntitle: x\n---\nGunmen attacked a checkpoint.', '---\npublished: yesterday\n---\nGunmen attacked a checkpoint.', '---\npublished: 20220101\n---\nText.'),
    ).filter((t) => !/\d{4}-\d{2}-\d{2}/.test(t));
    // Batches the import format refuses as a whole: an unknown key, a bad id, a bad date, a dangling reference.
    const badBatch = fc.oneof(
      fc.tuple(anyJsonObject(), fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['origin', 'articles', 'entities', 'events', 'statements', 'relationships'].includes(k)), fc.jsonValue()).map(([o, k, v]) => ({ ...(typeof o === 'object' && o && !Array.isArray(o) ? o : {}), [k]: v })),
      fc.record({ entities: fc.array(fc.record({ id: invalidId, kind: fc.constantFrom('Place', 'Force', 'Nope'), name: nastyString() }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ relationships: fc.array(fc.record({ from: unknownId, type: fc.constantFrom('SUPPORTS', 'LOCATED_IN', 'NOPE'), to: fc.oneof(unknownId, fc.constantFrom(...ids.all)) }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ events: fc.array(fc.record({ id: fc.constant('event:fuzz-bad-date'), subEventType: fc.constantFrom('ATTACK', 'NOPE'), date: fc.constantFrom(...BAD_DATES) }), { minLength: 1, maxLength: 2 }) }),
      fc.record({ articles: fc.array(fc.record({ id: fc.constant('article:fuzz'), published: fc.constantFrom(...BAD_DATES) }), { minLength: 1, maxLength: 2 }) }),
    );
    const sample = await readFile(path.join(ROOT, 'seed/articles/2022-05-10-shafaq-daquq-ied-patrol.txt'), 'utf8');
    const ingestInput = fc.oneof(
      // No date anywhere: refused.
      fc.record({ text: undated, published: fc.constantFrom(OMIT, null), title: fc.option(nastyString()), source: fc.option(nastyString()), language: fc.option(fc.constantFrom('en', 'ar', 'EN-gb', '')) }),
      // A real article, without its dateline, or marked as another language, or too long.
      fc.record({ text: fc.constant(sample.replace(/^date \S+ /, '')), published: fc.constant(OMIT) }),
      fc.record({ text: fc.constant(sample), language: fc.constantFrom('ar', 'ku', 'fr-FR', 'x"}) DETACH DELETE n //') }),
      fc.record({ text: fc.constant(`${sample}\n${'Soldiers were killed near Kirkuk. '.repeat(32_000)}`) }),
      // Anything at all, as a dry run: may be accepted, must write nothing.
      fc.record({ text: fc.oneof(nastyString(), fc.constant(sample)), published: fc.constantFrom(OMIT, ...GOOD_DATES), dryRun: fc.constant(true), url: fc.constantFrom(OMIT, 'https://example.org/x') }),
    ).map((input) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== OMIT)));

    const special: Record<string, fc.Arbitrary<ArgValues>> = {
      createEntity: argumentsFor(surface.mutations.find((t) => t.field.name === 'createEntity')!.field.args, { ids }).chain((args) =>
        existingOrInvalidId.map((id) => ({ input: { ...(typeof args.input === 'object' && args.input ? args.input : {}), kind: 'Place', name: 'Fuzz', id } })),
      ),
      importBatch: badBatch.map((batch) => ({ batch })),
      ingestArticle: ingestInput.map((input) => ({ input })),
    };
    for (const target of surface.mutations) {
      const args = special[target.field.name] ?? argumentsFor(target.field.args, { ids, unknownIdsOnly: true });
      await fc.assert(
        fc.asyncProperty(args, async (values) => {
          noteArguments(target, values);
          const op = operationFor(target, values);
          const answer = await send('editor mutations that must be refused', `${target.name} (refused)`, op, editor);
          const data = (answer.body?.data as Record<string, any> | null | undefined)?.[target.field.name];
          const noOp = (target.field.name === 'unlink' && data?.removed === false) || (target.field.name === 'ingestArticle' && values.input && (values.input as { dryRun?: boolean }).dryRun === true);
          if (!codesOf(answer).length && !noOp) findings.add({ target: `${target.name} (refused)`, problem: 'accepted an input that should be refused', input: describeInput(op.variables) });
          // Refused before any resolver ran (HTTP 400): nothing to compare.
          if (answer.status === 200) {
            const now = await snapshot(graph);
            if (now !== base) {
              findings.add({ target: `${target.name} (refused)`, problem: 'the graph changed', input: describeInput(op.variables) });
              await resetGraph(CURATED_MAKHMOUR);
            }
          }
        }),
        fcOptions(target.field.name === 'ingestArticle' || target.field.name === 'importBatch' ? 120 : 60),
      );
    }
    expectNoFindings((t) => t.endsWith('(refused)'));
    await expectGraphUnchanged();
  }, LONG);
});

describe('malformed articles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-fuzz-articles-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const BODY = 'Gunmen attacked an army checkpoint near Tarmiyah on Tuesday, killing two soldiers and wounding three others, a security source said.';
  const latin1 = Buffer.from('Caf\xe9 owners in Erbil said the attack on the checkpoint was the third this month, a police officer said.', 'latin1');
  // "Kirkuk" in Windows-1256 (Arabic) bytes: not UTF-8.
  const cp1256 = Buffer.from([0xdf, 0xd1, 0xdf, 0xe6, 0xdf]);
  const cases: { name: string; bytes: () => Buffer; problem: RegExp; code?: string }[] = [
    { name: 'binary.txt', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)]), problem: /binary/ },
    { name: 'control-characters.txt', bytes: () => Buffer.from(`date 2022-05-01 Rudaw/ ${'\u0001\u0002\u0003\u0004 killed '.repeat(200)}`), problem: /binary/ },
    { name: 'twenty-megabytes.md', bytes: () => Buffer.concat([Buffer.from('---\npublished: 2022-05-03\n---\n'), Buffer.alloc(20_000_000, 'Soldiers were killed near Kirkuk. ')]), problem: /is 20\.0 MB; the limit is 1\.0 MB/, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'empty.txt', bytes: () => Buffer.alloc(0), problem: /empty/ },
    { name: 'blank.txt', bytes: () => Buffer.from(' \n\t\n  \n'), problem: /empty/ },
    { name: 'front-matter-only.md', bytes: () => Buffer.from('---\npublished: 2022-05-03\n---\n'), problem: /no text|empty/ },
    { name: 'unclosed-front-matter.md', bytes: () => Buffer.from(`---\ntitle: Attack\npublished: 2022-05-03\n${BODY}`), problem: /front matter.*never closed/ },
    { name: 'broken-front-matter.md', bytes: () => Buffer.from(`---\ntitle: "unclosed\npublished: 2022-05-03\n---\n${BODY}`), problem: /front matter that is not valid YAML/ },
    { name: 'list-front-matter.md', bytes: () => Buffer.from(`---\n- a\n- b\n---\n${BODY}`), problem: /front matter that is not a set of "key: value" lines/ },
    { name: 'bad-published.md', bytes: () => Buffer.from(`---\npublished: 2021-13-40\n---\n${BODY}`), problem: /"published" value that is not a date/ },
    { name: 'latin1-inside-utf8.txt', bytes: () => Buffer.concat([Buffer.from('date 2022-05-01 Rudaw/ Gunmen killed two soldiers in Kirkuk – a “security” source said. '), latin1]), problem: /not valid UTF-8/ },
    { name: 'windows-1256-inside-utf8.txt', bytes: () => Buffer.concat([Buffer.from('date 2022-05-01 Shafaq News/ Gunmen killed two soldiers in '), cp1256, Buffer.from(' on Monday, a security source said.')]), problem: /not valid UTF-8/ },
    { name: 'no-date.md', bytes: () => Buffer.from(`---\ntitle: No date\nsource: Rudaw\n---\n${BODY}`), problem: /no publication date/ },
    { name: 'no-date.txt', bytes: () => Buffer.from(`ERBIL, Iraq (Reuters) - ${BODY}`), problem: /no publication date/ },
    { name: 'arabic.txt', bytes: () => Buffer.from(`date 2022-05-01 Shafaq News/ ${'قتل جنديان في هجوم على نقطة تفتيش في كركوك. '.repeat(10)}`), problem: /English/ },
  ];

  it('seeding names each bad file and its problem, and writes nothing', async () => {
    for (const c of cases) await writeFile(path.join(dir, c.name), c.bytes());
    const { articles, structured } = await seedAll(store.writes, [dir]);
    count('malformed article files (seeding)', cases.length);
    expect(structured.failures).toEqual([]);
    expect(articles.written).toBe(0);
    const byFile = new Map(articles.failures.map((f) => [f.file, f.problems.join(' ')]));
    for (const c of cases) expect(byFile.get(path.join(dir, c.name)), c.name).toMatch(c.problem);
    expect(articles.failures).toHaveLength(cases.length);
    await expectGraphUnchanged();
    for (const f of await readdir(dir)) await rm(path.join(dir, f));
  }, LONG);

  it('ingestArticle refuses the same texts with BAD_USER_INPUT (or PAYLOAD_TOO_LARGE), naming the problem, and writes nothing', async () => {
    const editor = { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` };
    const mutation = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId skipped } }';
    const wrong: string[] = [];
    for (const c of cases) {
      const bytes = c.bytes();
      // The text goes into the JSON body as raw bytes, so bytes that are not UTF-8 reach the server as they are.
      const head = Buffer.from(`{"query":${JSON.stringify(mutation)},"variables":{"input":{"text":"`);
      const tail = Buffer.from('"}}}');
      const escaped = Buffer.from(
        bytes
          .toString('latin1')
          .replace(/[\\"]/g, (ch) => `\\${ch}`)
          .replace(/[\u0000-\u001f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
        'latin1',
      );
      const answer = await send('malformed articles (ingestArticle)', `ingestArticle ${c.name}`, new Uint8Array(Buffer.concat([head, escaped, tail])), editor);
      const error = answer.body?.errors?.[0];
      // Bytes that are not UTF-8 (binary, Latin-1) make the JSON body itself invalid: refused as such.
      const expected = c.code === 'PAYLOAD_TOO_LARGE' ? /larger than/ : bytes.toString('utf8').includes('\uFFFD') ? /not valid UTF-8/ : c.problem;
      if (error?.extensions?.code !== (c.code ?? 'BAD_USER_INPUT') || !expected.test(String(error?.message))) {
        wrong.push(`${c.name}: expected ${c.code ?? 'BAD_USER_INPUT'} matching ${expected}, got HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
      }
    }
    const changed = (await snapshot(graph)) !== base;
    if (changed) await resetGraph(CURATED_MAKHMOUR);
    expect(wrong).toEqual([]);
    expect(changed, 'the graph changed').toBe(false);
    expectNoFindings((t) => t.startsWith('ingestArticle '));
  }, LONG);

  /** Front matter lines with characters YAML gives meaning to, in places where they break it. */
  const yamlLine = fc.oneof(
    fc.tuple(fc.constantFrom('title', 'source', 'url', 'language', 'tags', 'x'), fc.string({ unit: fc.constantFrom(...':"\'{}[]|>&*!%@`#,?- \tab'.split('')), minLength: 1, maxLength: 12 })).map(([k, v]) => `${k}: ${v}`),
    fc.string({ unit: fc.constantFrom(...':"\'{}[]|>&*!%@`#,?- \tkey'.split('')), minLength: 1, maxLength: 16 }),
    fc.constantFrom('  indented: wrongly', 'title: "open', "title: 'open", 'tags: [a, b', 'map: {a: 1', 'a: b: c', '? complex', '*alias', '&anchor', '!!binary x', '%YAML 1.2', 'key:\tvalue', '\tkey: tab', '@at', '`tick`', 'k: |\n bad\nindent', 'title: x\ntitle: y'),
  );
  const brokenFrontMatter = fc
    .array(yamlLine, { minLength: 1, maxLength: 5 })
    .map((lines) => ['published: 2022-05-03', ...lines].join('\n'))
    .filter((fm) => !/^(---|\.\.\.)/m.test(fm))
    .filter((fm) => {
      try {
        const meta = parseYaml(fm) as unknown;
        return !(meta === null || (typeof meta === 'object' && !Array.isArray(meta)));
      } catch {
        return true;
      }
    });

  it('broken YAML front matter: seeding and ingestArticle both name the front matter, and write nothing', async () => {
    const editor = { authorization: `Bearer ${EDITOR_KEY}` };
    const mutation = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }';
    let n = 0;
    await fc.assert(
      fc.asyncProperty(brokenFrontMatter, fc.boolean(), async (fm, closed) => {
        const text = closed ? `---\n${fm}\n---\n${BODY}` : `---\n${fm}\n${BODY}`;
        const file = path.join(dir, `fm-${n++}.md`);
        await writeFile(file, text);
        const { articles } = await seedAll(store.writes, [file]);
        count('broken front matter (seeding)');
        expect(articles.written, text).toBe(0);
        expect(articles.failures, text).toEqual([{ file, problems: [expect.stringMatching(/front matter/)] }]);
        await rm(file);
        const answer = await send('broken front matter (ingestArticle)', 'ingestArticle front matter', { query: mutation, variables: { input: { text } } }, editor);
        expect(answer.body?.errors?.[0]?.extensions, text).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'front-matter' });
        expect(String(answer.body?.errors?.[0]?.message), text).toMatch(/front matter/);
      }),
      fcOptions(100),
    );
    await expectGraphUnchanged();
  }, LONG);

  it('text without a date: seeding and ingestArticle both say so, and write nothing', async () => {
    const editor = { authorization: `Bearer ${EDITOR_KEY}` };
    const mutation = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }';
    const sentence = fc.constantFrom(BODY, 'Two soldiers were killed on Monday in Kirkuk.', 'The ministry condemned the attack in Erbil yesterday.', 'ISIS fighters attacked a village last week.', 'On 3 December, gunmen attacked a Peshmerga post.');
    const text = fc
      .tuple(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '---\ntitle: Attack\nsource: Rudaw\n---\n', 'ERBIL, Iraq (Reuters) - ', 'BAGHDAD - '), // Half a surrogate pair is refused before GraphQL runs (tests/integration/hardening.test.ts).
      fc.constantFrom(...INJECTIONS, ...ODD_UNICODE.filter((u) => !/[\u0000-\u0008\u000e-\u001f]/.test(u) && !/\p{Cs}/u.test(u))))
      .map(([parts, head, noise]) => `${head}${parts.join(' ')} ${noise}`)
      .filter((t) => !/\d{4}-\d{2}-\d{2}/.test(t));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const file = path.join(dir, `undated-${n++}.txt`);
        await writeFile(file, t);
        const { articles } = await seedAll(store.writes, [file]);
        count('undated text (seeding)');
        expect(articles.failures, t).toEqual([{ file, problems: [expect.stringMatching(/no publication date/)] }]);
        await rm(file);
        const answer = await send('undated text (ingestArticle)', 'ingestArticle undated', { query: mutation, variables: { input: { text: t } } }, editor);
        expect(answer.body?.errors?.[0]?.extensions, t).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'no-date' });
      }),
      fcOptions(60),
    );
    await expectGraphUnchanged();
  }, LONG);
});

describe('mutations that are accepted', () => {
  it('random editor mutations on real ids answer within the contract, and every design question still answers afterwards', async () => {
    const editor = { authorization: `Bearer ${EDITOR_KEY}` };
    for (const target of surface.mutations) {
      await fc.assert(
        fc.asyncProperty(argumentsFor(target.field.args, { ids }), async (args) => {
          noteArguments(target, args);
          await send('editor mutations (any outcome)', `${target.name} (accepted)`, operationFor(target, args), editor);
        }),
        fcOptions(40, everyArgument(target)),
      );
    }
    // Whatever the mutations did, the design questions still answer within the contract.
    const files = (await readdir(path.join(ROOT, 'examples'))).filter((f) => f.endsWith('.graphql')).map((f) => f.replace(/\.graphql$/, ''));
    for (const name of files) await send('design questions after random mutations', `example ${name}`, example(name));
    expectNoFindings((t) => t.endsWith('(accepted)') || t.startsWith('example '));
    expectEveryArgumentDriven(surface.mutations);
    await resetGraph(CURATED_MAKHMOUR);
    await expectGraphUnchanged();
  }, LONG);

  it('the process is still up', async () => {
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
  });
});
