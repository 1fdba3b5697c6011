/**
 * ACLED and UCDP GED import against the real Neo4j: actors and places matched or created, rows
 * joining an article's event, idempotence, revised rows, refused rows named by line, a row the
 * writer refuses costing only itself, a killed import completed by a second run, the upload
 * endpoint's roles.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ExchangeStore } from '../../src/db/exchange.js';
import { Graph } from '../../src/db/graph.js';
import { Stores } from '../../src/db/stores.js';
import { WriteStore } from '../../src/db/write-store.js';
import { AppError, ErrorCode } from '../../src/errors.js';
import { importDataset, type ImportOptions } from '../../src/exchange/importer.js';
import type { ImportBatch } from '../../src/import/format.js';
import type { WriteOptions } from '../../src/db/writer.js';
import { createLogger } from '../../src/logger.js';
import { seedAll } from '../../src/seed/seed.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY, READER_KEY, query } from '../helpers/apollo.js';
import { ROOT, closeGraph, expectSameGraph, resetGraph, snapshot, stableStringify, testGraph } from '../helpers/graph.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/exchange');
const ACLED = path.join(FIXTURES, 'acled-iraq.csv');
const ACLED_REVISED = path.join(FIXTURES, 'acled-iraq-revised.csv');
const ACLED_BAD = path.join(FIXTURES, 'acled-bad-rows.csv');
const UCDP = path.join(FIXTURES, 'ucdp-ged-iraq.csv');

async function run(store: Pick<Stores, 'writes' | 'graph'>, file: string, options: Partial<ImportOptions> = {}) {
  return importDataset(createReadStream(file), store.writes, new ExchangeStore(store.graph), { dataset: 'acled', ...options });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function eventOf(store: Stores, id: string): Promise<Json> {
  const data = await query(
    store,
    `query ($id: ID!) { node(id: $id) { ... on Event { id label description subEventType date datePrecision geoPrecision civilianTargeting
      place { id name } placePath { id }
      perpetrators { id } targets { id }
      fatalities { best low high sources }
      sources { article { id title publisher { id } } sentence }
    } } }`,
    { id },
  );
  return data.node;
}

afterAll(async () => {
  await closeGraph();
});

// Each test imports whole files through the writer: tens of seconds on a loaded machine.
describe('ACLED import into the reference graph', { timeout: 180_000 }, () => {
  it('creates one event per row, sourced by the dataset row, with matched actors and places', async () => {
    const store = await resetGraph();
    const summary = await run(store, ACLED);
    expect(summary).toMatchObject({ dataset: 'acled', rowsRead: 12, written: 12, unchanged: 0, refused: [], events: { created: 12, joined: [], updated: 0 } });
    // Every actor ACLED names is in the reference, in one of ACLED's spellings.
    expect(summary.actors.created).toEqual([]);
    expect(Object.fromEntries(summary.actors.matched.map((a) => [a.name, a.id]))).toMatchObject({
      'Islamic State (Iraq)': 'org:isis',
      'Military Forces of Iraq (2022-)': 'force:isf',
      'Military Forces of Iraq (2020-2022) Peshmerga': 'force:peshmerga',
      'PMF: Popular Mobilization Forces': 'force:pmf',
      'Police Forces of Iraq (2022-)': 'force:iraqi-police',
      'Military Forces of Turkey (2016-)': 'force:turkish-armed-forces',
      'Sinjar Resistance Units Communal Militia (Iraq)': 'org:ybs',
    });
    expect(summary.places.created).toContainEqual({ id: 'place:tel-zawiya', name: 'Tel Zawiya', in: 'place:daquq-center-subdistrict' });

    const daquq = await eventOf(store, 'event:acled-irq51244');
    expect(daquq).toMatchObject({
      subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED',
      date: '2022-05-09',
      geoPrecision: 1,
      place: { id: 'place:tel-zawiya' },
      perpetrators: [],
      targets: [{ id: 'force:isf' }],
      fatalities: { best: 2, low: 2, high: 2, sources: 1 },
      sources: [{ article: { id: 'article:acled-irq51244', title: 'ACLED IRQ51244', publisher: { id: 'org:acled' } }, sentence: expect.stringContaining('Tel Zawiya') }],
    });
    expect(daquq.placePath.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['place:daquq-district', 'place:kirkuk-governorate', 'place:iraq']));
    // Month precision, a governorate-level event, civilians as the target group.
    expect(await eventOf(store, 'event:acled-irq57001')).toMatchObject({ date: '2023-01-01', datePrecision: 'MONTH', perpetrators: [{ id: 'org:ybs' }] });
    expect(await eventOf(store, 'event:acled-irq54211')).toMatchObject({ geoPrecision: 3, place: { id: 'place:anbar-governorate' }, perpetrators: [{ id: 'force:cts' }], targets: [{ id: 'org:isis' }] });
    expect(await eventOf(store, 'event:acled-irq57540')).toMatchObject({ civilianTargeting: true, perpetrators: [{ id: 'org:isis' }], targets: [] });
  });

  it('importing the same file again changes nothing', async () => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const summary = await run(new Stores(graph), ACLED);
    expect(summary).toMatchObject({ rowsRead: 12, written: 0, unchanged: 12, refused: [] });
    expectSameGraph(await snapshot(graph), before);
  });

  it('a revised file updates the rows that changed, and nothing else', async () => {
    const { graph } = await testGraph();
    const store = new Stores(graph);
    const summary = await run(store, ACLED_REVISED);
    expect(summary).toMatchObject({ written: 1, unchanged: 11, events: { created: 0, updated: 1 } });
    const daquq = await eventOf(store, 'event:acled-irq51244');
    expect(daquq.fatalities).toEqual({ best: 3, low: 3, high: 3, sources: 1 });
    expect(daquq.description).toContain('died of his wounds');
    // Back to the first file: back to the first figures.
    await run(store, ACLED);
    expect((await eventOf(store, 'event:acled-irq51244')).fatalities.best).toBe(2);
  });

  it('UCDP rows join the ACLED events of the same incident, and their figures are reconciled', async () => {
    const { graph } = await testGraph();
    const store = new Stores(graph);
    const summary = await run(store, UCDP, { dataset: 'ucdp' });
    expect(summary).toMatchObject({ rowsRead: 12, written: 12, refused: [] });
    expect(summary.events.joined).toEqual(
      expect.arrayContaining([
        { line: 4, key: '411388', event: 'event:acled-irq51244' },
        { line: 6, key: '412004', event: 'event:acled-irq53377' },
      ]),
    );
    const drone = await eventOf(store, 'event:acled-irq53377');
    expect(drone.sources.map((s: Json) => s.article.title).sort()).toEqual(['ACLED IRQ53377', 'UCDP GED 412004']);
    expect(drone.perpetrators.map((p: Json) => p.id).sort()).toEqual(['force:turkish-armed-forces', 'gov:turkey']);
    // A GED event known to the month only, in a governorate: a MONTH period, geoPrecision 3.
    expect(await eventOf(store, 'event:ucdp-412150')).toMatchObject({ date: '2022-09-01', datePrecision: 'MONTH', geoPrecision: 3, place: { id: 'place:anbar-governorate' } });
    // Importing again changes nothing: the joined rows find their events through their provenance.
    const before = await snapshot(graph);
    expect(await run(store, UCDP, { dataset: 'ucdp' })).toMatchObject({ written: 0, unchanged: 12 });
    expectSameGraph(await snapshot(graph), before);
  });
});

describe('an ACLED row and an article about the same incident', () => {
  it('become one event with both sources and both figures', async () => {
    const store = await resetGraph();
    await seedAll(store.writes, [path.join(ROOT, 'seed/articles/2022-05-10-shafaq-daquq-ied-patrol.txt'), path.join(ROOT, 'seed/articles/2022-08-16-rudaw-sinjar-turkish-drone-strike.md')]);
    const summary = await run(store, ACLED);
    const joined = Object.fromEntries(summary.events.joined.map((j) => [j.key, j.event]));
    expect(joined.IRQ51244).toBe('event:2022-05-10-shafaq-daquq-ied-patrol-1');
    expect(joined.IRQ53377).toBe('event:2022-08-16-rudaw-sinjar-turkish-drone-strike-1');
    const daquq = await eventOf(store, 'event:2022-05-10-shafaq-daquq-ied-patrol-1');
    expect(daquq.sources.map((s: Json) => s.article.id).sort()).toEqual(['article:2022-05-10-shafaq-daquq-ied-patrol', 'article:acled-irq51244']);
    expect(daquq.fatalities).toMatchObject({ best: 2, low: 2, high: 2, sources: 2 });
    // The article's place is kept; ACLED gave it coordinates.
    expect(daquq.place.id).toBe('place:tel-zawiya');
    // The next import finds the joined event through the row's provenance: nothing changes.
    const before = await snapshot(store.graph);
    expect(await run(store, ACLED)).toMatchObject({ written: 0, unchanged: 12 });
    expectSameGraph(await snapshot(store.graph), before);
    // A revised row updates the joined event's figures from ACLED, and nothing of the article's.
    await run(store, ACLED_REVISED);
    const revised = await eventOf(store, 'event:2022-05-10-shafaq-daquq-ied-patrol-1');
    expect(revised.fatalities).toMatchObject({ low: 2, high: 3, sources: 2 });
    expect(revised.label).toBe(daquq.label);
  });

  it('two rows of one dataset never become one event, even when they match each other', async () => {
    const store = await resetGraph();
    const text = await readFile(ACLED, 'utf8');
    const [header, daquq] = [text.split('\n')[0]!, text.split('\n').find((l) => l.startsWith('IRQ51244'))!];
    const twin = daquq.replace('IRQ51244', 'IRQ51245');
    const summary = await importDataset([`${header}\n${daquq}\n`], store.writes, new ExchangeStore(store.graph), { dataset: 'acled' });
    expect(summary.events.created).toBe(1);
    const second = await importDataset([`${header}\n${twin}\n`], store.writes, new ExchangeStore(store.graph), { dataset: 'acled' });
    expect(second.events).toMatchObject({ created: 1, joined: [] });
  });
});

/**
 * The whole graph with the type of every property (an integer is no float here), timestamps
 * (and times inside values) aside: what the bulk path and the general path must agree on.
 */
async function typedDump(store: Stores): Promise<string> {
  const volatile = ['createdAt', 'updatedAt', 'ingestedAt', 'importedAt', 'lockedAt', 'at', 'reviewedAt'];
  const [row] = await store.graph.read(
    {
      cypher: `CALL () {
  MATCH (n)
  RETURN collect([labels(n), [k IN keys(n) WHERE NOT k IN $volatile | [k, n[k], valueType(n[k])]]]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  RETURN collect([coalesce(a.id, a.digest, toString(a.day)), type(r), coalesce(b.id, b.digest, toString(b.day)), [k IN keys(r) WHERE NOT k IN $volatile | [k, r[k], valueType(r[k])]]]) AS rels
}
RETURN nodes, rels`,
      params: { volatile },
    },
    { tag: 'test-typed-dump' },
  );
  const sorted = (items: unknown[]) =>
    items
      .map((item) => stableStringify(item).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>'))
      .sort()
      .join('\n');
  return `${sorted(row!.nodes as unknown[])}\n--\n${sorted(row!.rels as unknown[])}`;
}

describe('the bulk path for new rows', () => {
  const FACT = 'fragment F on Fact { id review { etag } }';
  const decide = async (store: Stores, action: 'confirm' | 'reject', id: string) => {
    const data = await query(store, `query ($id: ID!) { reviewFact(id: $id) { ...F } } ${FACT}`, { id });
    await query(store, `mutation ($id: ID!, $etag: String!) { ${action}(id: $id, etag: $etag) { ...F } } ${FACT}`, { id, etag: data.reviewFact.review.etag }, { token: EDITOR_KEY });
  };

  /** Articles, a curator's decisions, ACLED, UCDP joining it, a revised ACLED file: with or without the bulk path. */
  async function scenario(bulk: boolean) {
    const store = await resetGraph();
    await seedAll(store.writes, [path.join(ROOT, 'seed/articles/2022-05-10-shafaq-daquq-ied-patrol.txt'), path.join(ROOT, 'seed/articles/2022-08-16-rudaw-sinjar-turkish-drone-strike.md')]);
    await decide(store, 'confirm', 'event:2022-05-10-shafaq-daquq-ied-patrol-1');
    await decide(store, 'reject', 'event:2022-08-16-rudaw-sinjar-turkish-drone-strike-1');
    const summaries = [];
    // The importer writes through a graph that counts the bulk path's statements.
    let bulkStatements = 0;
    let placeStatements = 0;
    const onStatement = (q: { cypher: string }) => {
      if (q.cypher.includes('CREATE (e:Node:Event')) bulkStatements++;
      if (q.cypher.includes('CREATE (n:Node:Entity:Place')) placeStatements++;
    };
    const graph = new Graph({ uri: inject('neo4jUri'), defaultTimeoutMs: 30_000, onStatement });
    try {
      for (const [file, dataset] of [
        [ACLED, 'acled'],
        [UCDP, 'ucdp'],
        [ACLED_REVISED, 'acled'],
        [ACLED_BAD, 'acled'],
      ] as const) {
        const { seconds: _, ...summary } = await run(new Stores(graph), file, { dataset, batchRows: 5, bulk });
        summaries.push(summary);
      }
    } finally {
      await graph.close();
    }
    const events = (await store.graph.read({ cypher: 'MATCH (e:Event) RETURN e.id AS id ORDER BY id', params: {} }, { tag: 'test' })).map((r) => r.id as string);
    const histories: Record<string, unknown> = {};
    for (const id of events) histories[id] = (await store.review.history(id, 100))?.map((h) => ({ ...h, at: h.at ? 'set' : null }));
    return { summaries, dump: await typedDump(store), histories, events, bulkStatements, placeStatements };
  }

  it('writes the graph the general path writes: events, claims, places, relationships, history', async () => {
    const general = await scenario(false);
    const bulk = await scenario(true);
    expect(bulk.events.length).toBeGreaterThan(20);
    expect(general.bulkStatements).toBe(0);
    expect(bulk.bulkStatements).toBeGreaterThan(3);
    // The files' new villages and districts are created in bulk too.
    expect(general.placeStatements).toBe(0);
    expect(bulk.placeStatements).toBeGreaterThan(0);
    expect(bulk.summaries.some((s) => s.places.created.length > 0)).toBe(true);
    expect(bulk.summaries).toEqual(general.summaries);
    expect(bulk.histories).toEqual(general.histories);
    // Every imported event's history lists its ingestion.
    expect(bulk.histories['event:acled-irq57540']).toEqual([expect.objectContaining({ action: 'INGESTED', at: 'set', articleId: 'article:acled-irq57540' })]);
    expectSameGraph(bulk.dump, general.dump);
  }, 300_000);
});

describe('a chunk in two transactions', () => {
  it('writes a new actor both governorates name once, before either, and links both rows to it', async () => {
    const store = await resetGraph();
    const [header, erbil, kirkuk] = (await readFile(ACLED, 'utf8')).split('\n');
    const militia = 'Sons of the Two Rivers Brigade (Iraq)';
    const rows = [erbil!.replace('IRQ48107', 'IRQ90001'), kirkuk!.replace('IRQ51244', 'IRQ90002')].map((r) => r.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*,/, `$1${militia},`));
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kg-shared-')), 'two-governorates.csv');
    await writeFile(file, [header, ...rows].join('\n'));
    const batches: ImportBatch[] = [];
    const recording = new FaultyStore(store.graph, (batch) => (batches.push(batch), null));
    const summary = await run(recording, file, { batchRows: 10, writers: 2 });
    expect(summary).toMatchObject({ written: 2, refused: [], events: { created: 2 } });
    expect(summary.actors.created).toEqual([{ name: militia, id: expect.stringMatching(/^org:/), kind: 'Organization', rows: 2 }]);
    const actor = summary.actors.created[0]!.id;
    // First the publisher and the actor alone, then one batch per governorate, neither carrying them.
    expect(batches[0]!.events).toEqual([]);
    expect(batches[0]!.entities.map((e) => e.id).sort()).toEqual([actor, 'org:acled'].sort());
    expect(batches.slice(1).map((b) => b.events.length)).toEqual([1, 1]);
    for (const b of batches.slice(1)) expect(b.entities.map((e) => e.id)).not.toContain(actor);
    for (const id of ['event:acled-irq90001', 'event:acled-irq90002']) expect((await eventOf(store, id)).perpetrators).toEqual([{ id: actor }]);
  });
});

describe('bad rows', () => {
  it('are refused with their line and reason; every good row lands', async () => {
    const store = await resetGraph();
    const summary = await run(store, ACLED_BAD);
    expect(summary.rowsRead).toBe(9);
    expect(summary.refused.map((r) => [r.line, r.key])).toEqual([
      [3, 'IRQ60002'],
      [4, 'IRQ60003'],
      [5, 'IRQ60004'],
      [6, 'IRQ60005'],
      [9, 'IRQ60001'],
      [10, null],
    ]);
    expect(summary.refused.map((r) => r.reason)).toEqual([
      'event_date is empty',
      'sub_event_type "Drive-by shooting" is not an ACLED sub-event type',
      'coordinates "35.1", "not-a-number" are not numbers',
      'coordinates 95.2, 47.1 are out of range',
      'the same row id as line 2',
      'the row has a different number of fields than the header',
    ]);
    expect(summary.written).toBe(3);
    for (const id of ['event:acled-irq60001', 'event:acled-irq60006', 'event:acled-irq60009']) expect(await eventOf(store, id)).not.toBeNull();
    // The multi-line row (lines 7-8) kept its notes whole.
    expect((await eventOf(store, 'event:acled-irq60006')).sources[0].sentence).toContain('blocked a road');
    for (const id of ['event:acled-irq60002', 'article:acled-irq60002', 'event:acled-irq60004']) {
      expect((await query(store, `{ node(id: "${id}") { id } }`)).node).toBeNull();
    }
  });

  it('a file without the columns of its dataset is refused whole', async () => {
    const store = await resetGraph();
    await expect(run(store, UCDP)).rejects.toThrow(/lacks the ACLED column\(s\) event_id_cnty, event_date, sub_event_type, actor1, geo_precision, fatalities/);
  });

  it('a file a spreadsheet saved with semicolons (commas in the notes unquoted) imports as the original does', async () => {
    const rows = parseCsv(await readFile(ACLED), { bom: true }) as string[][];
    const text = rows.map((r) => r.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(';')).join('\r\n');
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'acled-semicolons-')), 'acled.csv');
    await writeFile(file, `\uFEFF${text}\r\n`);
    const store = await resetGraph();
    const summary = await run(store, file);
    expect(summary.refused).toEqual([]);
    expect(summary.written).toBe(rows.length - 1);
    const [header, ...body] = rows;
    const withComma = body.find((r) => r[header!.indexOf('notes')]!.includes(','))!;
    const event = await eventOf(store, `event:acled-${withComma[0]!.toLowerCase()}`);
    expect(event.sources[0].sentence).toBe(withComma[header!.indexOf('notes')]);
  });
});

/** A write store whose writes fail on demand, as a database fault or a writer refusal would. */
class FaultyStore extends WriteStore {
  constructor(
    readonly graph: Graph,
    private readonly fault: (batch: ImportBatch, call: number) => Error | null,
  ) {
    super(graph);
  }
  /** As run() takes it. */
  get writes(): WriteStore {
    return this;
  }
  calls = 0;
  override async importBatch(batch: ImportBatch, options: WriteOptions) {
    const error = this.fault(batch, this.calls++);
    if (error) throw error;
    return super.importBatch(batch, options);
  }
}

describe('faults', () => {
  it('a row the writer refuses costs only that row; nothing of it is written', async () => {
    const store = await resetGraph();
    const faulty = new FaultyStore(store.graph, (batch) =>
      batch.events.some((e) => e.id === 'event:acled-irq52910') ? new AppError(ErrorCode.BAD_USER_INPUT, 'The batch cannot be written: a test refusal') : null,
    );
    const summary = await run(faulty, ACLED);
    expect(summary.refused).toEqual([{ line: 5, key: 'IRQ52910', reason: 'The batch cannot be written: a test refusal' }]);
    expect(summary.written).toBe(11);
    expect((await query(store, '{ node(id: "article:acled-irq52910") { id } }')).node).toBeNull();
    expect(await eventOf(store, 'event:acled-irq51244')).not.toBeNull();
  });

  it('a killed import, run again, completes to the graph one run gives', async () => {
    const store = await resetGraph();
    await run(store, ACLED, { batchRows: 4 });
    const once = await snapshot(store.graph);

    // One transaction per chunk: the kill falls between two chunks.
    const again = await resetGraph();
    const dying = new FaultyStore(again.graph, (_batch, call) => (call === 1 ? new Error('connection lost (simulated)') : null));
    await expect(run(dying, ACLED, { batchRows: 4, writers: 1 })).rejects.toThrow('connection lost');
    // The first chunk landed, the second did not.
    expect(await eventOf(again, 'event:acled-irq48107')).not.toBeNull();
    expect((await query(again, '{ node(id: "event:acled-irq52614") { id } }')).node).toBeNull();
    const second = await run(again, ACLED, { batchRows: 4 });
    expect(second).toMatchObject({ unchanged: 4, written: 8 });
    expectSameGraph(await snapshot(again.graph), once);

    // A chunk written in two transactions side by side, killed in one of them: the other lands whole, and so does the rerun.
    const third = await resetGraph();
    const halfDying = new FaultyStore(third.graph, (_batch, call) => (call === 2 ? new Error('connection lost (simulated)') : null));
    await expect(run(halfDying, ACLED, { batchRows: 8, writers: 2 })).rejects.toThrow('connection lost');
    const rerun = await run(third, ACLED, { batchRows: 8, writers: 2 });
    expect(rerun.unchanged).toBeGreaterThan(0);
    expect(rerun.unchanged + rerun.written).toBe(12);
    expect(rerun.refused).toEqual([]);
    expectSameGraph(await snapshot(third.graph), once);
  });
});

describe('POST /import/:format', () => {
  const apps: App[] = [];
  afterAll(async () => {
    for (const app of apps) await app.stop();
  });

  it('takes a file from an editor, refuses readers and anonymous callers', async () => {
    const store = await resetGraph();
    const config = loadConfig({ HOST: '127.0.0.1', API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}` });
    const app = await createApp({ config, graph: store.graph, logger: createLogger('silent') });
    apps.push(app);
    const url = `http://127.0.0.1:${await app.listen(0)}`;
    const body = await readFile(UCDP);
    const post = (token?: string, format = 'ucdp') =>
      fetch(`${url}/import/${format}`, { method: 'POST', headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
    const anonymous = await post();
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Json).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(READER_KEY)).status).toBe(403);
    expect((await post(EDITOR_KEY, 'gdelt')).status).toBe(404);
    const ok = await post(EDITOR_KEY);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ dataset: 'ucdp', rowsRead: 12, written: 12, refused: [] });
    const wrong = await post(EDITOR_KEY, 'acled');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Json).errors[0].message).toMatch(/lacks the ACLED column/);
  });
});
