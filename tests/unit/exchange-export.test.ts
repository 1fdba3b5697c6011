/** Export rows (ACLED layout, GeoJSON) and GraphML pieces: pure. */
import { describe, expect, it } from 'vitest';
import type { ExportEventRow } from '../../src/db/exchange.js';
import { ACLED_COLUMNS, EXPORT_COLUMNS, parseAcledRow } from '../../src/exchange/acled.js';
import { stringify } from 'csv-stringify/sync';
import { coordinate, csvField, disorderType, exportCsvLine, exportRecord, geoJsonFeature, geoJsonFeatureText } from '../../src/exchange/export-rows.js';
import { graphmlEdge, graphmlHeader, graphmlNode, GRAPHML_FOOTER, xmlEscape } from '../../src/exchange/graphml.js';
import { parseXml, readGraphml } from '../helpers/graphml.js';

const PLACES = [
  { id: 'place:tel-zawiya', name: 'Tel Zawiya', placeType: 'VILLAGE' },
  { id: 'place:daquq-district', name: 'Daquq District', placeType: 'DISTRICT' },
  { id: 'place:kirkuk-governorate', name: 'Kirkuk Governorate', placeType: 'GOVERNORATE' },
  { id: 'place:iraq', name: 'Iraq', placeType: 'COUNTRY' },
];

function newsEvent(over: Partial<ExportEventRow['event']> = {}): ExportEventRow {
  return {
    event: {
      id: 'event:2022-05-10-shafaq-daquq-ied-patrol-1',
      label: 'IED hits army patrol near Tel Zawiya',
      description: 'Two soldiers were killed.',
      eventType: 'EXPLOSIONS_REMOTE_VIOLENCE',
      subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED',
      date: '2022-05-09',
      dateEnd: '2022-05-09',
      datePrecision: 'DAY',
      geoPrecision: 1,
      civilianTargeting: false,
      fatalities: 2,
      fatalitiesLow: 2,
      fatalitiesHigh: 3,
      injured: 3,
      groupNames: ['SECURITY_FORCES', 'CIVILIANS'],
      groupKilled: [2, 0],
      groupInjured: [3, 1],
      latitude: 35.09634567,
      longitude: 44.41,
      ...over,
    },
    places: PLACES,
    perpetrators: [],
    targets: [{ id: 'force:iraqi-army', name: 'Iraqi Army', kind: 'Force', forceType: 'MILITARY', organizationType: null, level: null }],
    articles: [{ id: 'article:2022-05-10-shafaq', url: 'https://shafaq.com/en/x', title: 'IED', published: '2022-05-10', publisher: 'Shafaq News', row: null }],
  };
}

describe('exportRecord', () => {
  it("writes ACLED's columns first, in its order, then this product's", () => {
    expect(EXPORT_COLUMNS.slice(0, 31)).toEqual([...ACLED_COLUMNS]);
    expect(Object.keys(exportRecord(newsEvent()))).toEqual([...EXPORT_COLUMNS]);
  });

  it('derives what the graph does not model for a news event: actors, inter codes, source, iso', () => {
    const r = exportRecord(newsEvent());
    expect(r).toMatchObject({
      event_id_cnty: 'event:2022-05-10-shafaq-daquq-ied-patrol-1',
      event_date: '2022-05-09',
      year: '2022',
      time_precision: '1',
      disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Remote explosive/landmine/IED',
      actor1: 'Unidentified Armed Group (Iraq)',
      inter1: '3',
      actor2: 'Iraqi Army',
      inter2: '1',
      interaction: '13',
      iso: '368',
      region: 'Middle East',
      country: 'Iraq',
      admin1: 'Kirkuk',
      admin2: 'Daquq',
      admin3: '',
      location: 'Tel Zawiya',
      latitude: '35.0963',
      longitude: '44.41',
      geo_precision: '1',
      source: 'Shafaq News',
      notes: 'Two soldiers were killed.',
      fatalities: '2',
      fatalities_low: '2',
      fatalities_high: '3',
      security_forces_killed: '2',
      security_forces_injured: '3',
      civilians_killed: '0',
      civilians_injured: '1',
      unspecified_killed: '',
      article_urls: 'https://shafaq.com/en/x',
    });
  });

  it("keeps the ACLED row's own spellings for what the graph does not model", () => {
    const raw = {
      event_id_cnty: 'IRQ51244',
      actor1: 'Unidentified Armed Group (Iraq)',
      assoc_actor_1: '',
      inter1: 'Political militia',
      actor2: 'Military Forces of Iraq (2022-)',
      assoc_actor_2: '',
      inter2: 'State forces',
      interaction: 'Political militia-State forces',
      iso: '368',
      region: 'Middle East',
      source: 'Shafaq News; Rudaw',
      source_scale: 'National',
      tags: '',
      timestamp: '1652453122',
      disorder_type: 'Political violence',
      sub_event_type: 'Remote explosive/landmine/IED',
      location: 'Daquq',
    };
    const row = newsEvent();
    row.articles.push({ id: 'article:acled-irq51244', url: null, title: 'ACLED IRQ51244', published: '2022-05-13', publisher: 'ACLED', row: JSON.stringify(raw) });
    expect(exportRecord(row)).toMatchObject({ event_id_cnty: 'IRQ51244', actor2: 'Military Forces of Iraq (2022-)', inter1: 'Political militia', source: 'Shafaq News; Rudaw', timestamp: '1652453122', location: 'Tel Zawiya' });
  });

  it('an event at an admin unit writes the unit as location; imprecise dates map to ACLED precision', () => {
    const row = { ...newsEvent({ datePrecision: 'MONTH', date: '2022-05-01', dateEnd: '2022-05-31', geoPrecision: 3 }), places: PLACES.slice(2) };
    const r = exportRecord(row);
    expect([r.location, r.admin1, r.admin2, r.time_precision, r.geo_precision]).toEqual(['Kirkuk', 'Kirkuk', '', '3', '3']);
  });

  it('protests without a named actor have protesters as actor1; civilians as actor2 when targeted', () => {
    const protest = exportRecord({ ...newsEvent({ eventType: 'PROTESTS', subEventType: 'PEACEFUL_PROTEST' }), targets: [] });
    expect([protest.actor1, protest.inter1, protest.actor2, protest.interaction, protest.disorder_type]).toEqual(['Protesters (Iraq)', '6', '', '60', 'Demonstrations']);
    const attack = exportRecord({ ...newsEvent({ civilianTargeting: true, eventType: 'VIOLENCE_AGAINST_CIVILIANS', subEventType: 'ATTACK' }), targets: [] });
    expect([attack.actor2, attack.inter2, attack.civilian_targeting]).toEqual(['Civilians (Iraq)', '7', 'Civilian targeting']);
    expect(disorderType('MOB_VIOLENCE')).toBe('Political violence; Demonstrations');
  });

  it('an exported row reads back through the ACLED importer to the same event', () => {
    const record = exportRecord(newsEvent());
    const parsed = parseAcledRow(record, 2);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.row).toMatchObject({
      eventId: 'event:2022-05-10-shafaq-daquq-ied-patrol-1',
      subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED',
      date: '2022-05-09',
      datePrecision: 'DAY',
      geoPrecision: 1,
      place: { admin1: 'Kirkuk', admin2: 'Daquq', location: 'Tel Zawiya', latitude: 35.0963, longitude: 44.41 },
      figures: [
        { group: 'CIVILIANS', killed: 0, injured: 1 },
        { group: 'SECURITY_FORCES', killed: 2, injured: 3 },
      ],
    });
  });

  it('coordinates have at most four decimals', () => {
    expect([coordinate(35.09634567), coordinate(44), coordinate(null)]).toEqual(['35.0963', '44', '']);
  });
});

describe('geoJsonFeature', () => {
  it('is a Point feature in longitude, latitude order with typed properties; no coordinates, no geometry', () => {
    const f = geoJsonFeature(newsEvent()) as { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> };
    expect(f.type).toBe('Feature');
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [44.41, 35.096346] });
    expect(f.properties).toMatchObject({ fatalities: 2, latitude: 35.0963, unspecified_killed: null, sub_event_type: 'Remote explosive/landmine/IED' });
    expect(geoJsonFeature(newsEvent({ latitude: null, longitude: null })).geometry).toBeNull();
  });
});

describe('the CSV and GeoJSON writers: what csv-stringify and JSON.stringify wrote, character for character', () => {
  const tricky = {
    label: 'Quote " comma, newline\n return\r end',
    description: '"Quoted" at the start, ünïcödé, tab\t, emoji 💥, a lone surrogate \ud800',
    groupNames: ['SECURITY_FORCES'],
    groupKilled: [1],
    groupInjured: [0],
    latitude: -0.000001,
    longitude: 179.9999999,
  };
  // An ACLED row whose JSON gives values of other types than strings: cast as csv-stringify casts them.
  const acled = newsEvent(tricky);
  acled.articles = [
    { id: 'article:acled-IRQ1', url: null, published: '2022-05-10', publisher: null, row: JSON.stringify({ event_id_cnty: 'IRQ1', actor1: 'A, "B"', inter1: 1, tags: true, source_scale: false, notes: null, timestamp: 1652140800, region: { a: 1 }, iso: [368] }) },
  ];
  const rows = [newsEvent(), newsEvent(tricky), newsEvent({ latitude: null, longitude: null, label: '', description: null }), acled];

  it('CSV lines', () => {
    const columns = [...EXPORT_COLUMNS];
    const records = rows.map(exportRecord);
    expect(records.map(exportCsvLine).join('')).toBe(stringify(records, { columns }));
    const values: unknown[] = ['', 'plain', 'a,b', 'a"b', 'a\nb', 'a\rb', ' lead', 0, 12.5, -1, true, false, null, undefined, new Date(0), { a: 'x,y' }, ['p', 'q'], 10n];
    for (const v of values) expect(`${csvField(v)}\n`, String(v)).toBe(stringify([[v]]));
  });

  it('GeoJSON features', () => {
    for (const row of rows) expect(geoJsonFeatureText(row)).toBe(JSON.stringify(geoJsonFeature(row)));
  });
});

describe('GraphML', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`a<b>&"c'\u0001d`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
  });

  it('writes a document a GraphML reader accepts: typed keys, nodes, edges between them', () => {
    const xml =
      graphmlHeader('test <graph> & "quotes"') +
      graphmlNode({ id: 'org:isis', kind: 'Organization', name: 'ISIS "Daesh" <IS>', organizationType: 'ARMED_GROUP' }) +
      graphmlNode({ id: 'event:x&y', kind: 'Event', label: 'Attack', fatalities: 13, latitude: 35.1, longitude: 44.2, geoPrecision: 2 }) +
      graphmlEdge({ type: 'PERPETRATED', from: 'org:isis', to: 'event:x&y', key: null, confidence: 0.9, sources: 2 }, 0) +
      GRAPHML_FOOTER;
    const g = readGraphml(xml);
    expect([...g.nodes.keys()]).toEqual(['org:isis', 'event:x&y']);
    expect(g.nodes.get('org:isis')).toEqual({ label: 'ISIS "Daesh" <IS>', kind: 'Organization', organizationType: 'ARMED_GROUP' });
    expect(g.nodes.get('event:x&y')).toMatchObject({ kind: 'Event', fatalities: '13', latitude: '35.1' });
    expect(g.edges).toEqual([{ source: 'org:isis', target: 'event:x&y', data: { relationship: 'PERPETRATED', label: 'PERPETRATED', confidence: '0.9', sources: '2' } }]);
  });

  it('the checker refuses what is not well formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/closes/);
    expect(() => parseXml('<a x=1/>')).toThrow(/quoted/);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/unknown entity/);
    expect(() => parseXml('<a/><b/>')).toThrow(/second root/);
    expect(() => readGraphml(`${graphmlHeader('x')}    <edge source="a" target="b"/>\n${GRAPHML_FOOTER}`)).toThrow(/declared nodes/);
  });
});

describe("the explorer's download links", () => {
  it('export the events of the opened place or actor with the dates and type, and the drawn neighbourhood', async () => {
    const modulePath = '../../public/explorer/download.js';
    const { exportLinks } = (await import(/* @vite-ignore */ modulePath)) as { exportLinks: (search: string) => Record<'csv' | 'geojson' | 'graphml', string> };
    expect(exportLinks('?id=place:erbil-governorate&hops=2&from=2021-01-01&to=2021-12-31&type=BATTLES')).toEqual({
      csv: '/export/events.csv?placeId=place:erbil-governorate&from=2021-01-01&to=2021-12-31&eventTypes=BATTLES',
      geojson: '/export/events.geojson?placeId=place:erbil-governorate&from=2021-01-01&to=2021-12-31&eventTypes=BATTLES',
      graphml: '/export/graph.graphml?root=place:erbil-governorate&hops=2',
    });
    expect(exportLinks('?id=org:isis').csv).toBe('/export/events.csv?actorId=org:isis');
    expect(exportLinks('').graphml).toBe('/export/graph.graphml');
  });
});
