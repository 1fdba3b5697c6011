import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../src/db/graph.js';
import { WriteStore } from '../../src/db/write-store.js';
import { importBatchSchema } from '../../src/import/format.js';
import type { WriteOptions } from '../../src/db/writer.js';
import { CURATED_MAKHMOUR, closeGraph, loadBatch, referenceData, resetGraph, snapshot, stableStringify, testGraph } from '../helpers/graph.js';

afterAll(closeGraph);

describe('structured import writer', () => {
  beforeEach(async () => {
    await resetGraph();
  });

  it('loads the reference data and a curated batch, and a second load changes nothing', async () => {
    const { graph, store } = await testGraph();
    const curated = await loadBatch(CURATED_MAKHMOUR);
    const first = await store.writes.importBatch(curated, { overwrite: true });
    expect(first.counters.nodesCreated).toBeGreaterThan(10);
    const before = await snapshot(graph);

    const again = await store.writes.importBatch(curated, { overwrite: true });
    expect(again.counters.nodesCreated).toBe(0);
    expect(again.counters.relationshipsCreated).toBe(0);
    await store.writes.importBatch(await referenceData(), { overwrite: true });
    expect(await snapshot(graph)).toBe(before);
  });

  it('skips a batch whose digest was recorded', async () => {
    const { store } = await testGraph();
    const curated = await loadBatch(CURATED_MAKHMOUR);
    const first = await store.writes.importBatch(curated, { overwrite: true, digest: 'abc', origin: 'test' });
    expect(first.skipped).toBe(false);
    const second = await store.writes.importBatch(curated, { overwrite: true, digest: 'abc', origin: 'test' });
    expect(second).toMatchObject({ skipped: true, ids: [] });
  });

  it('rejects a batch pointing at unknown ids and writes none of it', async () => {
    const { graph, store } = await testGraph();
    const before = await snapshot(graph);
    const batch = importBatchSchema.parse({
      entities: [{ id: 'place:new-village', kind: 'Place', name: 'New Village', locatedIn: 'place:nowhere' }],
    });
    await expect(store.writes.importBatch(batch, { overwrite: true })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('place:nowhere'),
    });
    expect(await snapshot(graph)).toBe(before);
  });

  it('rejects a relationship between kinds its type does not allow', async () => {
    const { store } = await testGraph();
    const batch = importBatchSchema.parse({ relationships: [{ from: 'org:isis', type: 'LOCATED_IN', to: 'place:iraq' }] });
    await expect(store.writes.importBatch(batch, { overwrite: true })).rejects.toThrow(/LOCATED_IN cannot go from Organization "org:isis"/);
  });

  it('joins a second report of one event instead of duplicating it, keeping both figures', async () => {
    const { graph, store } = await testGraph();
    await store.writes.importBatch(await loadBatch(CURATED_MAKHMOUR), { overwrite: true });
    const second = importBatchSchema.parse({
      articles: [{ id: 'article:wire-makhmour', published: '2021-12-04', title: 'Twelve killed near Makhmour' }],
      events: [
        {
          id: 'event:wire-makhmour-1',
          subEventType: 'ARMED_CLASH',
          date: '2021-12-03',
          place: 'place:makhmour-district',
          perpetrators: ['org:isis'],
          casualties: [{ killed: 12 }],
          sources: [{ article: 'article:wire-makhmour', sentence: 'Twelve people were killed.', confidence: 0.8 }],
          mergeWithExisting: true,
        },
      ],
    });
    const result = await store.writes.importBatch(second, { overwrite: false });
    expect(result.mergedEvents).toEqual({ 'event:wire-makhmour-1': 'event:2021-12-03-makhmour-isis-attack' });
    const rows = await graph.read(
      {
        cypher: `MATCH (e:Event) RETURN count(e) AS events,
          collect(e {.fatalities, .fatalitiesLow, .fatalitiesHigh}) AS figures`,
        params: {},
      },
      { tag: 'test' },
    );
    expect(rows[0]).toEqual({ events: 1, figures: [{ fatalities: 13, fatalitiesLow: 12, fatalitiesHigh: 13 }] });
  });

  // One report names the branch, the other the ministry that announced it: abroad, one side.
  // At home, two agencies are two operations (src/domain/incident-match.ts foreignSides).
  it("joins reports naming two bodies of one foreign state's forces, and keeps two home agencies apart", async () => {
    const { store } = await testGraph();
    const report = (id: string, published: string, perpetrator: string, place: string, subEventType: string, merge: boolean) =>
      importBatchSchema.parse({
        articles: [{ id: `article:${id}`, published, title: id }],
        events: [
          {
            id: `event:${id}`,
            subEventType,
            date: '2025-06-10',
            place,
            perpetrators: [perpetrator],
            casualties: [],
            sources: [{ article: `article:${id}`, sentence: 'A strike was reported.', confidence: 0.8 }],
            mergeWithExisting: merge,
          },
        ],
      });
    await store.writes.importBatch(report('outlet-drones', '2025-06-11', 'force:turkish-air-force', 'place:amedi', 'AIR_DRONE_STRIKE', false), { overwrite: false });
    const ministry = await store.writes.importBatch(report('ministry-release', '2025-06-11', 'org:turkey-defence-ministry', 'place:amedi', 'AIR_DRONE_STRIKE', true), { overwrite: false });
    expect(ministry.mergedEvents).toEqual({ 'event:ministry-release': 'event:outlet-drones' });

    await store.writes.importBatch(report('cts-raid', '2025-06-11', 'force:cts', 'place:baghdad', 'ARRESTS', false), { overwrite: false });
    const army = await store.writes.importBatch(report('army-raid', '2025-06-11', 'force:iraqi-army', 'place:baghdad', 'ARRESTS', true), { overwrite: false });
    expect(army.mergedEvents).toEqual({});
  });
});

describe('the bulk path for new events (WriteOptions.newEvents)', () => {
  const articles = [
    { id: 'article:wire-tuz-1', published: '2023-03-02', title: 'Two shepherds killed near Tuz', text: 'row one' },
    { id: 'article:wire-tuz-2', published: '2023-03-05', title: 'Mortar fire on a village', text: 'row two' },
  ];
  const events = [
    {
      id: 'event:wire-tuz-1',
      subEventType: 'ATTACK',
      date: '2023-03-01',
      datePrecision: 'WEEK',
      place: 'place:tuz-khurmatu-district',
      perpetrators: ['org:isis'],
      civilianTargeting: true,
      casualties: [{ group: 'CIVILIANS', killed: 2 }, { actor: 'force:isf', group: 'SECURITY_FORCES', injured: 1 }],
      sources: [{ article: 'article:wire-tuz-1', sentence: 'Two shepherds were killed.', confidence: 0.9 }],
      label: 'Attack near Tuz',
    },
    {
      id: 'event:wire-tuz-2',
      subEventType: 'SHELLING_ARTILLERY_MISSILE_ATTACK',
      date: '2023-03-04',
      geoPrecision: 2,
      place: 'place:iraq',
      targets: ['force:isf'],
      sources: [{ article: 'article:wire-tuz-2', confidence: 1 }],
    },
    { id: 'event:wire-no-place', subEventType: 'ARRESTS', date: '2023-03-06', sources: [{ article: 'article:wire-tuz-2' }] },
  ];
  const batch = () => importBatchSchema.parse({ origin: 'test', articles, events });
  const newEvents = events.map((e) => e.id);

  /** The graph with the type of every property, timestamps aside. */
  async function typedDump(): Promise<string> {
    const { graph } = await testGraph();
    const volatile = ['createdAt', 'updatedAt', 'ingestedAt', 'importedAt', 'lockedAt', 'at', 'reviewedAt'];
    const [row] = await graph.read(
      {
        cypher: `CALL () { MATCH (n) RETURN collect([labels(n), [k IN keys(n) WHERE NOT k IN $volatile | [k, n[k], valueType(n[k])]]]) AS nodes }
CALL () { MATCH (a)-[r]->(b) RETURN collect([a.id, type(r), b.id, [k IN keys(r) WHERE NOT k IN $volatile | [k, r[k], valueType(r[k])]]]) AS rels }
RETURN nodes, rels`,
        params: { volatile },
      },
      { tag: 'test-typed-dump' },
    );
    const sorted = (items: unknown[]) => items.map((i) => stableStringify(i).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>')).sort().join('\n');
    return `${sorted(row!.nodes as unknown[])}\n--\n${sorted(row!.rels as unknown[])}`;
  }

  /** Writes the batch into the reference graph (after `prepare`), counting the bulk path's statements. */
  async function written(options: WriteOptions, prepare?: () => Promise<void>) {
    await resetGraph();
    await prepare?.();
    let bulkStatements = 0;
    const graph = new Graph({ uri: inject('neo4jUri'), defaultTimeoutMs: 30_000, onStatement: (q) => void (q.cypher.includes('CREATE (e:Node:Event') && bulkStatements++) });
    try {
      const result = await new WriteStore(graph).importBatch(batch(), options);
      return { result, dump: await typedDump(), bulkStatements };
    } finally {
      await graph.close();
    }
  }

  it('creates what the general path writes, with the same result', async () => {
    const general = await written({ overwrite: false });
    const bulk = await written({ overwrite: false, newEvents });
    expect([general.bulkStatements, bulk.bulkStatements]).toEqual([0, 1]);
    expect(bulk.result.created.sort()).toEqual(general.result.created.sort());
    expect(bulk.result.linked).toEqual(general.result.linked);
    expect(bulk.result.ids.sort()).toEqual(general.result.ids.sort());
    expect(bulk.dump).toBe(general.dump);
  });

  it('takes the general path when an event is in the graph after all', async () => {
    const { store } = await testGraph();
    const first = importBatchSchema.parse({ origin: 'test', articles: [{ id: 'article:earlier', title: 'Earlier', published: '2023-03-04' }], events: [{ ...events[1], sources: [{ article: 'article:earlier' }] }] });
    const prepare = async () => {
      await store.writes.importBatch(first, { overwrite: false });
    };
    const general = await written({ overwrite: false }, prepare);
    const bulk = await written({ overwrite: false, newEvents }, prepare);
    expect(bulk.bulkStatements).toBe(0);
    expect(bulk.dump).toBe(general.dump);
  });

  it('refuses a new event that points at an unknown id as the general path does, writing nothing', async () => {
    const { graph, store } = await testGraph();
    await resetGraph();
    const before = await snapshot(graph);
    const bad = importBatchSchema.parse({ origin: 'test', articles: [articles[0]], events: [{ ...events[0], place: 'place:nowhere' }] });
    await expect(store.writes.importBatch(bad, { overwrite: false, newEvents: ['event:wire-tuz-1'] })).rejects.toThrow(/unknown ids \(not in the graph nor in the batch\): place:nowhere/);
    expect(await snapshot(graph)).toBe(before);
  });
});
