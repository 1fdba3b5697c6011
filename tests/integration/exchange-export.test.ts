/**
 * The exports against the real Neo4j, over HTTP: each export holds exactly the events the
 * `events` query lists for the same filter; the CSV streams and loads back through the ACLED
 * importer into an empty graph, whose export is the same file; GeoJSON and GraphML are valid;
 * READ_ACCESS, the rate limit and bad parameters are answered as /graphql answers them.
 */
import { createReadStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ExchangeStore } from '../../src/db/exchange.js';
import type { Stores } from '../../src/db/stores.js';
import { ACLED_COLUMNS, EXPORT_COLUMNS } from '../../src/exchange/acled.js';
import { importDataset } from '../../src/exchange/importer.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY, READER_KEY } from '../helpers/apollo.js';
import { readGraphml } from '../helpers/graphml.js';
import { CURATED_MAKHMOUR, ROOT, closeGraph, resetGraph, testGraph } from '../helpers/graph.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/exchange');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const apps: App[] = [];
async function serve(store: Stores, env: Record<string, string> = {}): Promise<string> {
  const config = loadConfig({ HOST: '127.0.0.1', API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}`, ...env });
  const app = await createApp({ config, graph: store.graph, logger: createLogger('silent') });
  apps.push(app);
  return `http://127.0.0.1:${await app.listen(0)}`;
}

async function importFile(store: Stores, file: string, dataset: 'acled' | 'ucdp') {
  return importDataset(createReadStream(path.join(FIXTURES, file)), store.writes, new ExchangeStore(store.graph), { dataset });
}

const csvRows = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

let url: string;
let store: Stores;

beforeAll(async () => {
  store = await resetGraph(CURATED_MAKHMOUR);
  await importFile(store, 'acled-iraq.csv', 'acled');
  await importFile(store, 'ucdp-ged-iraq.csv', 'ucdp');
  url = await serve(store);
});

afterAll(async () => {
  for (const app of apps) await app.stop();
  await closeGraph();
});

/** Every event id the `events` query lists for a filter, page by page. */
async function listed(filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($filter: EventFilter, $after: String) { events(filter: $filter, first: 100, after: $after, sort: DATE_ASC) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        variables: { filter, after },
      }),
    });
    const body: Json = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    ids.push(...body.data.events.nodes.map((n: { id: string }) => n.id));
    if (!body.data.events.pageInfo.hasNextPage) return ids;
    after = body.data.events.pageInfo.endCursor;
  }
}

describe('the events filter', () => {
  it.each([
    ['everything', '', {}],
    ['a place subtree', 'placeId=place:erbil-governorate', { placeId: 'place:erbil-governorate' }],
    ['a date range (periods overlapping it)', 'from=2022-05-10&to=2022-12-31', { dates: { from: '2022-05-10', to: '2022-12-31' } }],
    ['types', 'eventTypes=BATTLES,VIOLENCE_AGAINST_CIVILIANS', { eventTypes: ['BATTLES', 'VIOLENCE_AGAINST_CIVILIANS'] }],
    ['sub-types, repeated', 'subEventTypes=AIR_DRONE_STRIKE&subEventTypes=ARMED_CLASH', { subEventTypes: ['AIR_DRONE_STRIKE', 'ARMED_CLASH'] }],
    ['an actor in any role', 'actorId=org:isis', { actorId: 'org:isis' }],
    ['a perpetrator and a minimum toll', 'perpetratorId=org:isis&minFatalities=3', { perpetratorId: 'org:isis', minFatalities: 3 }],
    ['a target', 'targetId=force:isf', { targetId: 'force:isf' }],
    ['near a point', 'near=35.4,44.3&radiusKm=80', { near: { point: { latitude: 35.4, longitude: 44.3 }, radiusKm: 80 } }],
    ['near a place', 'nearPlaceId=place:erbil&radiusKm=60', { near: { placeId: 'place:erbil', radiusKm: 60 } }],
    ['an article', 'articleId=article:acled-irq51244', { articleId: 'article:acled-irq51244' }],
    ['undecided by a curator', 'reviewed=false&eventTypes=BATTLES', { reviewed: false, eventTypes: ['BATTLES'] }],
  ])('%s: the CSV and GeoJSON hold exactly the events the query lists', async (_name, params, filter) => {
    const expected = [...(await listed(filter))].sort();
    const csv = csvRows(await (await fetch(`${url}/export/events.csv?${params}`)).text());
    expect(csv.map((r) => r.id).sort()).toEqual(expected);
    const geo: Json = await (await fetch(`${url}/export/events.geojson?${params}`)).json();
    expect(geo.features.map((f: Json) => f.id).sort()).toEqual(expected);
    if (params === '') expect(expected.length).toBeGreaterThan(20);
  });
});

describe('CSV', () => {
  it('streams: chunked, no length, a CSV download; ACLED columns first, in order', async () => {
    const res = await fetch(`${url}/export/events.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="events.csv"');
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    const text = await res.text();
    expect(text.split('\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(text.split('\n')[0]!.split(',').slice(0, 31)).toEqual([...ACLED_COLUMNS]);
    // Oldest first; the ACLED row keeps ACLED's id and spellings.
    const rows = csvRows(text);
    expect(rows.map((r) => r.event_date)).toEqual([...rows.map((r) => r.event_date)].sort());
    expect(rows.find((r) => r.event_id_cnty === 'IRQ51244')).toMatchObject({ actor2: 'Military Forces of Iraq (2022-)', admin1: 'Kirkuk', admin2: 'Daquq', location: 'Tel Zawiya', fatalities: '2', id: 'event:acled-irq51244' });
    const limited = csvRows(await (await fetch(`${url}/export/events.csv?limit=3&bom=true`)).text());
    expect(limited).toHaveLength(3);
  });

  it('an empty export is the header line', async () => {
    const text = await (await fetch(`${url}/export/events.csv?from=1990-01-01&to=1990-12-31`)).text();
    expect(text).toBe(`${EXPORT_COLUMNS.join(',')}\n`);
  });

  it('loads back through the ACLED importer into an empty graph, whose export is the same file', async () => {
    const first = await (await fetch(`${url}/export/events.csv`)).text();
    const { graph } = await testGraph();
    try {
      await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-empty' });
      const summary = await importDataset([first], store.writes, new ExchangeStore(graph), { dataset: 'acled' });
      expect(summary.refused).toEqual([]);
      expect(summary.written).toBe(csvRows(first).length);
      const second = await (await fetch(`${url}/export/events.csv`)).text();
      const a = first.split('\n');
      const b = second.split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) expect(b[i], `line ${i + 1}`).toBe(a[i]);
      // And importing it once more changes nothing.
      expect(await importDataset([second], store.writes, new ExchangeStore(graph), { dataset: 'acled' })).toMatchObject({ written: 0, unchanged: summary.written });
    } finally {
      // Put the shared graph back for the tests after this one.
      store = await resetGraph(CURATED_MAKHMOUR);
      await importFile(store, 'acled-iraq.csv', 'acled');
      await importFile(store, 'ucdp-ged-iraq.csv', 'ucdp');
    }
  });
});

describe('GeoJSON', () => {
  it('is a FeatureCollection of points in longitude, latitude order, with the CSV columns as properties', async () => {
    const res = await fetch(`${url}/export/events.geojson`);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const geo: Json = await res.json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(20);
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      // Iraq: longitude 38.8-48.6, latitude 29-37.4.
      expect(lon).toBeGreaterThan(38);
      expect(lon).toBeLessThan(49);
      expect(lat).toBeGreaterThan(29);
      expect(lat).toBeLessThan(38);
      expect(Object.keys(f.properties)).toEqual([...EXPORT_COLUMNS]);
      expect(typeof f.properties.fatalities).toBe('number');
      expect(f.properties.latitude).toBeCloseTo(lat, 3);
    }
  });
});

describe('GraphML', () => {
  it('a neighbourhood: a valid GraphML document with kinds and relationship types', async () => {
    const res = await fetch(`${url}/export/graph.graphml?root=place:makhmour-district&hops=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const g = readGraphml(await res.text());
    expect(g.nodes.get('place:makhmour-district')).toMatchObject({ kind: 'Place', placeType: 'DISTRICT', label: 'Makhmour District' });
    expect(g.nodes.get('event:2021-12-03-makhmour-isis-attack')).toMatchObject({ kind: 'Event', subEventType: 'ARMED_CLASH' });
    expect(new Set(g.edges.map((e) => e.data.relationship))).toEqual(expect.objectContaining({}));
    expect(g.edges.some((e) => e.data.relationship === 'LOCATED_IN' && e.source === 'place:makhmour-district' && e.target === 'place:erbil-governorate')).toBe(true);
  });

  it('a filtered subgraph: the events of the filter, their places up to the country, their actors; articles on request', async () => {
    const g = readGraphml(await (await fetch(`${url}/export/graph.graphml?placeId=place:kirkuk-governorate`)).text());
    const kinds = (kind: string) => [...g.nodes.entries()].filter(([, d]) => d.kind === kind).map(([id]) => id);
    const expected = await listed({ placeId: 'place:kirkuk-governorate' });
    expect(kinds('Event').sort()).toEqual([...expected].sort());
    expect(kinds('Place')).toEqual(expect.arrayContaining(['place:kirkuk-governorate', 'place:iraq', 'place:tel-zawiya']));
    expect(kinds('Organization')).toContain('org:isis');
    expect(kinds('Article')).toEqual([]);
    expect(g.edges.filter((e) => e.data.relationship === 'OCCURRED_IN')).toHaveLength(expected.length);
    const withArticles = readGraphml(await (await fetch(`${url}/export/graph.graphml?placeId=place:kirkuk-governorate&withArticles=true`)).text());
    expect([...withArticles.nodes.values()].some((d) => d.kind === 'Article' && d.label === 'ACLED IRQ51244')).toBe(true);
    expect(withArticles.edges.some((e) => e.data.relationship === 'REPORTS')).toBe(true);
  });

  it('refuses a root that does not exist, or a root with a filter', async () => {
    expect((await fetch(`${url}/export/graph.graphml?root=place:atlantis`)).status).toBe(404);
    expect((await fetch(`${url}/export/graph.graphml?root=place:iraq&placeId=place:iraq`)).status).toBe(400);
    expect((await fetch(`${url}/export/graph.graphml?root=place:iraq&hops=4`)).status).toBe(400);
  });
});

describe('parameters, access and limits', () => {
  it.each([
    ['placeid=place:iraq', 'Unknown query parameter(s): placeid'],
    ['from=2022-02-30', 'from must be a date'],
    ['from=2022-05-01&to=2022-04-01', '"from" (2022-05-01) is after "to" (2022-04-01)'],
    ['eventTypes=BATTLES,BOMBINGS', 'unknown value(s) "BOMBINGS"'],
    ['near=35,44', 'need radiusKm'],
    ['near=north&radiusKm=5', 'must be "latitude,longitude"'],
    ['minFatalities=-1', 'minFatalities must be a whole number'],
    ['limit=0', 'limit must be a whole number'],
  ])('%s: 400 %s', async (params, message) => {
    const res = await fetch(`${url}/export/events.csv?${params}`);
    expect(res.status).toBe(400);
    const body: Json = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(message);
  });

  it('READ_ACCESS=token needs a token for exports, as for /graphql', async () => {
    const closed = await serve(store, { READ_ACCESS: 'token' });
    const anonymous = await fetch(`${closed}/export/events.csv`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Json).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${closed}/export/events.geojson`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const reader = await fetch(`${closed}/export/events.csv?limit=1`, { headers: { authorization: `Bearer ${READER_KEY}` } });
    expect(reader.status).toBe(200);
    await reader.text();
  });

  it('the per-client rate limit counts exports with GraphQL requests', async () => {
    // 12 a minute: a burst of 2.
    const limited = await serve(store, { RATE_LIMIT_PER_MINUTE: '12' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${limited}/export/events.csv?limit=1`);
      statuses.push(res.status);
      await res.text();
    }
    const graphql = await fetch(`${limited}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(statuses).toEqual([200, 200, 429]);
    expect(graphql.status).toBe(429);
  });

  it('an unknown place as the centre is NOT_FOUND, as in the events query', async () => {
    const res = await fetch(`${url}/export/events.csv?nearPlaceId=place:atlantis&radiusKm=5`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('clients that go away mid-export release their turn; EXPORT_MAX_CONCURRENT bounds exports', async () => {
    const one = await serve(store, { EXPORT_MAX_CONCURRENT: '1' });
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = http.get(`${one}/export/events.geojson`, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? resolve() : reject(error)));
      });
    }
    // Each abandoned export gave its turn back: a fourth runs.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const res = await fetch(`${one}/export/events.csv?limit=2`);
    expect(res.status).toBe(200);
    expect(csvRows(await res.text())).toHaveLength(2);
  });
});
