/**
 * Precision as ACLED users expect it: date filters match an event of WEEK, MONTH or YEAR
 * precision when its period overlaps the range (events lists, nested lists, timeline, eventStats,
 * neighbourhood), and every event carries a geoPrecision, given by its importer or derived from its
 * place and kept in step when the place changes. The graph is this file's own, written through
 * the import format; the migration test removes what older versions did not store.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { profileStatement } from '../../bench/api/profile.js';
import type { Graph } from '../../src/db/graph.js';
import { migrate } from '../../src/db/migrations.js';
import { eventPage } from '../../src/db/queries/lists.js';
import type { Stores } from '../../src/db/stores.js';
import { importBatchSchema } from '../../src/import/format.js';
import { EDITOR_KEY, execute, query } from '../helpers/apollo.js';
import { closeGraph, testGraph } from '../helpers/graph.js';

let store: Stores;
let graph: Graph;

const at = (latitude: number, longitude: number) => ({ latitude, longitude });
const event = (id: string, date: string, datePrecision: string, place: string | undefined, extra: Record<string, unknown> = {}) => ({
  id: `event:p-${id}`,
  subEventType: 'ATTACK',
  date,
  datePrecision,
  ...(place ? { place: `place:p-${place}` } : {}),
  perpetrators: ['org:p-group'],
  ...extra,
});

const BATCH = importBatchSchema.parse({
  entities: [
    { id: 'place:p-iraq', kind: 'Place', name: 'Iraq', placeType: 'COUNTRY', location: at(33.2, 43.7) },
    { id: 'place:p-nineveh', kind: 'Place', name: 'Nineveh Governorate', placeType: 'GOVERNORATE', location: at(36.2, 42.7), locatedIn: 'place:p-iraq' },
    { id: 'place:p-sinjar-district', kind: 'Place', name: 'Sinjar District', placeType: 'DISTRICT', location: at(36.3, 41.9), locatedIn: 'place:p-nineveh' },
    { id: 'place:p-sinjar', kind: 'Place', name: 'Sinjar', placeType: 'TOWN', location: at(36.32, 41.87), locatedIn: 'place:p-sinjar-district' },
    { id: 'place:p-kocho', kind: 'Place', name: 'Kocho', placeType: 'VILLAGE', locatedIn: 'place:p-sinjar-district' },
    { id: 'place:p-mountain', kind: 'Place', name: 'Sinjar Mountain', placeType: 'AREA', location: at(36.37, 41.7), locatedIn: 'place:p-sinjar-district' },
    { id: 'place:p-untyped', kind: 'Place', name: 'Tel Qasab', location: at(36.25, 41.95), locatedIn: 'place:p-sinjar-district' },
    { id: 'org:p-group', kind: 'Organization', name: 'Test Group', organizationType: 'ARMED_GROUP' },
  ],
  events: [
    event('early', '2022-02-27', 'DAY', 'sinjar'),
    event('week', '2022-03-10', 'WEEK', 'sinjar-district'),
    event('month', '2022-03-01', 'MONTH', 'nineveh'),
    event('village', '2022-03-16', 'DAY', 'kocho'),
    event('day', '2022-03-20', 'DAY', 'sinjar'),
    event('year', '2021-01-01', 'YEAR', 'iraq'),
    event('explicit', '2023-05-05', 'DAY', 'nineveh', { geoPrecision: 1 }),
    event('mountain', '2023-05-06', 'DAY', 'mountain'),
    event('untyped', '2023-05-07', 'DAY', 'untyped'),
    event('nowhere', '2023-05-08', 'DAY', undefined),
  ],
});

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id.replace('event:p-', '')).sort();

async function eventsIn(dates: { from?: string; to?: string }, extra = ''): Promise<string[]> {
  const data = await query(store, `query($dates: DateRange) { events(filter: { dates: $dates ${extra} }, first: 100) { totalCount nodes { id } } }`, { dates });
  expect(data.events.totalCount).toBe(data.events.nodes.length);
  return ids(data.events.nodes);
}

async function geo(): Promise<Record<string, number>> {
  const data = await query(store, `{ events(first: 100) { nodes { id geoPrecision } } }`);
  return Object.fromEntries(data.events.nodes.map((n: any) => [n.id.replace('event:p-', ''), n.geoPrecision]));
}

beforeAll(async () => {
  ({ graph, store } = await testGraph());
  await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-reset' });
  await store.writes.importBatch(BATCH, { overwrite: true });
});
afterAll(closeGraph);

describe('date filters treat a week, month or year as the whole period', () => {
  it('a range starting mid-month matches the month, and the week that reaches into it', async () => {
    expect(await eventsIn({ from: '2022-03-15', to: '2022-03-31' })).toEqual(['day', 'month', 'village', 'week']);
    expect(await eventsIn({ from: '2022-03-17', to: '2022-03-31' })).toEqual(['day', 'month']);
    expect(await eventsIn({ to: '2022-02-28' })).toEqual(['early', 'year']);
    expect(await eventsIn({ from: '2021-06-01', to: '2021-06-30' })).toEqual(['year']);
    expect(await eventsIn({ from: '2022-03-15' })).toEqual(['day', 'explicit', 'month', 'mountain', 'nowhere', 'untyped', 'village', 'week']);
  });

  it('whatever drives the match: a place subtree, a perpetrator, a nested list', async () => {
    expect(await eventsIn({ from: '2022-03-15', to: '2022-03-31' }, ', placeId: "place:p-nineveh"')).toEqual(['day', 'month', 'village', 'week']);
    expect(await eventsIn({ from: '2022-03-15', to: '2022-03-31' }, ', perpetratorId: "org:p-group"')).toEqual(['day', 'month', 'village', 'week']);
    const nested = await query(store, `{ node(id: "place:p-nineveh") { ... on Place { events(filter: { dates: { from: "2022-03-15", to: "2022-03-31" } }, first: 50) { id } } } }`);
    expect(ids(nested.node.events)).toEqual(['day', 'month', 'village', 'week']);
  });

  it('pages through the events of a range in date order, either way', async () => {
    for (const sort of ['DATE_DESC', 'DATE_ASC']) {
      const all = await query(store, `{ events(filter: { dates: { from: "2022-03-15" } }, sort: ${sort}, first: 100) { nodes { id } } }`);
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await query(store, `query($after: String) { events(filter: { dates: { from: "2022-03-15" } }, sort: ${sort}, first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
        paged.push(...page.events.nodes.map((n: any) => n.id));
        if (!page.events.pageInfo.hasNextPage) break;
        after = page.events.pageInfo.endCursor;
      }
      expect(paged, sort).toEqual(all.events.nodes.map((n: any) => n.id));
      expect(paged).toHaveLength(8);
    }
  });

  it('gives each event its period: dateEnd', async () => {
    const data = await query(store, `{ events(first: 100, sort: DATE_ASC) { nodes { id date datePrecision dateEnd } } }`);
    const byId = Object.fromEntries(data.events.nodes.map((n: any) => [n.id.replace('event:p-', ''), n.dateEnd]));
    expect(byId).toMatchObject({ year: '2021-12-31', month: '2022-03-31', week: '2022-03-16', day: '2022-03-20' });
  });

  it('timeline counts an event whose period began before the range on the range’s first day', async () => {
    const data = await query(store, `{
      days: timeline(interval: DAY, filter: { dates: { from: "2022-03-15", to: "2022-03-31" } }) { start end events }
      months: timeline(interval: MONTH, filter: { dates: { from: "2022-03-15", to: "2022-03-31" } }) { start end events }
      all: timeline(interval: MONTH) { start events }
    }`);
    expect(data.days).toEqual([
      { start: '2022-03-15', end: '2022-03-15', events: 2 },
      { start: '2022-03-16', end: '2022-03-16', events: 1 },
      { start: '2022-03-20', end: '2022-03-20', events: 1 },
    ]);
    expect(data.months).toEqual([{ start: '2022-03-01', end: '2022-03-31', events: 4 }]);
    expect(data.all.find((b: any) => b.start === '2022-03-01').events).toBe(4);
  });

  it('eventStats and the neighbourhood use the same overlap', async () => {
    const stats = await query(store, `{ eventStats(groupBy: PERPETRATOR, filter: { dates: { from: "2022-03-15", to: "2022-03-31" } }) { key events } }`);
    expect(stats.eventStats).toEqual([{ key: 'org:p-group', events: 4 }]);
    const byPlace = await query(store, `{ eventStats(groupBy: PLACE, placeType: GOVERNORATE, filter: { dates: { from: "2022-03-17" } }) { key events } }`);
    expect(byPlace.eventStats).toEqual([{ key: 'place:p-nineveh', events: 5 }]); // day, month, and three of 2023
    const hood = await query(store, `{ neighbourhood(id: "org:p-group", nodeKinds: [Event], dates: { from: "2022-03-15", to: "2022-03-31" }, limit: 100) { nodes { id } } }`);
    expect(ids(hood.neighbourhood.nodes.slice(1))).toEqual(['day', 'month', 'village', 'week']);
  });

  it('keeps to the indexes with nothing but dates to go on', async () => {
    // Enough events that a scan would cost the planner more than a seek.
    await graph.writeTx(
      (tx) =>
        tx.run({
          cypher: `UNWIND range(1, 3000) AS i
CREATE (e:Node:Event {id: 'event:bulk-' + i, kind: 'Event', subEventType: 'ATTACK', eventType: 'VIOLENCE_AGAINST_CIVILIANS',
  date: date('2015-01-01') + duration({days: i}), datePrecision: CASE WHEN i % 10 = 0 THEN 'MONTH' ELSE 'DAY' END})
SET e.dateEnd = CASE e.datePrecision WHEN 'MONTH' THEN date.truncate('month', e.date) + duration({months: 1}) - duration({days: 1}) ELSE e.date END`,
          params: {},
        }),
      { tag: 'test-bulk' },
    );
    await graph.readTx(async (tx) => {
      await tx.run({ cypher: 'CALL db.resampleOutdatedIndexes()', params: {} });
      await tx.run({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
      await tx.run({ cypher: 'CALL db.clearQueryCaches()', params: {} });
    }, { tag: 'test-stats' });
    const driver: Driver = neo4j.driver(inject('neo4jUri'));
    try {
      const q = eventPage({ from: '2016-03-15', to: '2016-04-30' }, 'DATE_DESC', 0, 20);
      const profile = await profileStatement(driver, q.cypher, q.params);
      expect(profile.scans).toEqual([]);
      expect(profile.rows).toBe(21);
    } finally {
      await driver.close();
      await graph.writeTx((tx) => tx.run({ cypher: "MATCH (e:Event) WHERE e.id STARTS WITH 'event:bulk-' DETACH DELETE e", params: {} }), { tag: 'test-bulk' });
    }
  });
});

describe('geoPrecision', () => {
  it('is derived from the place: exact, near or within a district, governorate or larger', async () => {
    expect(await geo()).toEqual({
      early: 1, // a town
      week: 2, // a district
      month: 3, // a governorate
      village: 2, // a village without coordinates, placed at its district's
      day: 1,
      year: 3, // the country
      explicit: 1, // given by the import, though its place is a governorate
      mountain: 2, // an area
      untyped: 2, // a place of no recorded type
      nowhere: 3, // no place
    });
  });

  it('follows the place when it changes: new place, new type, new coordinates, removed place, merge', async () => {
    const auth = { token: EDITOR_KEY };
    const run = async (text: string) => {
      const r = await execute(store, text, {}, auth);
      expect(r.errors).toBeUndefined();
    };
    await run(`mutation { link(input: { from: "event:p-nowhere", type: OCCURRED_IN, to: "place:p-sinjar" }) { id } }`);
    await run(`mutation { updateEntity(id: "place:p-mountain", input: { placeType: SITE }) { id } }`);
    await run(`mutation { updateEntity(id: "place:p-kocho", input: { location: { latitude: 36.2, longitude: 41.8 } }) { id } }`);
    await run(`mutation { unlink(from: "event:p-early", type: OCCURRED_IN, to: "place:p-sinjar") { removed } }`);
    await run(`mutation { link(input: { from: "event:p-explicit", type: OCCURRED_IN, to: "place:p-iraq" }) { id } }`);
    expect(await geo()).toMatchObject({ nowhere: 1, mountain: 1, village: 1, early: 3, explicit: 1 });

    await store.writes.importBatch(importBatchSchema.parse({ entities: [{ id: 'place:p-hamlet', kind: 'Place', name: 'Hamlet', placeType: 'AREA', location: at(36.1, 41.9) }], events: [event('hamlet', '2023-06-01', 'DAY', 'hamlet')] }), { overwrite: true });
    expect((await geo()).hamlet).toBe(2);
    await run(`mutation { mergeEntities(keep: "place:p-kocho", merge: "place:p-hamlet") { mergedId } }`);
    expect((await geo()).hamlet).toBe(1);
  });

  it('follows a place whose type or coordinates an import changes', async () => {
    const place = (extra: Record<string, unknown>) => ({ id: 'place:p-hut', kind: 'Place', name: 'Hut', locatedIn: 'place:p-sinjar-district', ...extra });
    await store.writes.importBatch(importBatchSchema.parse({ entities: [place({ placeType: 'VILLAGE' })], events: [event('hut', '2023-07-01', 'DAY', 'hut')] }), { overwrite: true });
    expect((await geo()).hut).toBe(2); // placed at the district's coordinates
    // An article (no overwrite) that knows where the hut is fills in its coordinates.
    await store.writes.importBatch(importBatchSchema.parse({ entities: [place({ placeType: 'AREA', location: at(36.2, 41.6) })] }), { overwrite: false });
    expect((await geo()).hut).toBe(1); // its own coordinates; the type stays VILLAGE
    const [hut] = await graph.read({ cypher: "MATCH (e:Event {id: 'event:p-hut'}) RETURN e.location.y AS lat", params: {} }, { tag: 'test' });
    expect(hut!.lat).toBeCloseTo(36.2);
    // A curated import that makes it an area.
    await store.writes.importBatch(importBatchSchema.parse({ entities: [place({ placeType: 'AREA', location: at(36.2, 41.6) })] }), { overwrite: true });
    expect((await geo()).hut).toBe(2);
    const [marks] = await graph.read({ cypher: 'MATCH (p:Place) WHERE p.eventsStale IS NOT NULL RETURN count(p) AS n', params: {} }, { tag: 'test' });
    expect(marks!.n).toBe(0);
  });

  it('an explicit value from a later import replaces the given one', async () => {
    await store.writes.importBatch(importBatchSchema.parse({ events: [event('day', '2022-03-20', 'DAY', 'sinjar', { geoPrecision: 2 })] }), { overwrite: true });
    expect((await geo()).day).toBe(2);
  });
});

describe('migration', () => {
  it('gives events written before dateEnd and geoPrecision both', async () => {
    const before = await geo();
    const dated = await eventsIn({ from: '2022-03-15', to: '2022-03-31' });
    await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (e:Event) REMOVE e.dateEnd, e.geoPrecision', params: {} }), { tag: 'test-old-data' });
    expect(await eventsIn({ from: '2022-03-15', to: '2022-03-31' })).toEqual(['day', 'village']);
    await migrate(graph);
    expect(await geo()).toEqual(before);
    expect(await eventsIn({ from: '2022-03-15', to: '2022-03-31' })).toEqual(dated);
    const [left] = await graph.read({ cypher: 'MATCH (e:Event) WHERE e.dateEnd IS NULL OR e.geoPrecision IS NULL RETURN count(e) AS n', params: {} }, { tag: 'test' });
    expect(left!.n).toBe(0);
  });
});
