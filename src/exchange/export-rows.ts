/**
 * One exported event as a row of ACLED's layout plus this product's columns (src/exchange/acled.ts),
 * and as a GeoJSON feature. Pure.
 *
 * Columns the graph models are written from the graph: dates and precision, types, the place
 * hierarchy (admin1..admin3 are the governorate, district and sub-district above the event's
 * place, named without their kind word), coordinates, geo_precision, civilian_targeting, notes,
 * fatalities. Columns it does not model (ACLED's spellings of actors, inter codes, source,
 * source_scale, tags, timestamp, iso, region) come from the event's ACLED row when it has one,
 * and are derived from the graph otherwise. A file written here loads back through the ACLED
 * importer to the same rows.
 */
import { ACLED_LABELS, eventTypeOf, type CasualtyGroup, type EventType, type SubEventType } from '../domain/taxonomy.js';
import type { ExportActor, ExportEventRow } from '../db/exchange.js';
import { EXPORT_COLUMNS, GROUP_COLUMNS } from './acled.js';
import { acledPlaceName } from './places.js';

export type ExportRecord = Record<(typeof EXPORT_COLUMNS)[number], string>;

const ADMIN = new Set(['COUNTRY', 'REGION', 'GOVERNORATE', 'DISTRICT', 'SUBDISTRICT']);

const TIME_PRECISION: Record<string, string> = { DAY: '1', WEEK: '2', MONTH: '3', YEAR: '3' };

/** ISO 3166 numeric codes and ACLED regions of the countries this graph's events happen in. */
const COUNTRIES: Record<string, { iso: string; region: string }> = {
  iraq: { iso: '368', region: 'Middle East' },
  syria: { iso: '760', region: 'Middle East' },
  turkey: { iso: '792', region: 'Middle East' },
  iran: { iso: '364', region: 'Middle East' },
  kuwait: { iso: '414', region: 'Middle East' },
  'saudi arabia': { iso: '682', region: 'Middle East' },
  jordan: { iso: '400', region: 'Middle East' },
};

export function disorderType(sub: SubEventType): string {
  const type: EventType = eventTypeOf(sub);
  if (sub === 'EXCESSIVE_FORCE_AGAINST_PROTESTERS' || sub === 'MOB_VIOLENCE') return 'Political violence; Demonstrations';
  if (type === 'PROTESTS' || type === 'RIOTS') return 'Demonstrations';
  if (type === 'STRATEGIC_DEVELOPMENTS') return 'Strategic developments';
  return 'Political violence';
}

/** ACLED's inter code of an actor of the graph (a rough reading: the graph has no such type). */
export function interOf(a: ExportActor): number {
  if (a.kind === 'Government' || a.kind === 'Force') return 1;
  if (a.kind === 'Organization') {
    if (a.organizationType === 'ARMED_GROUP') return 2;
    if (a.organizationType === 'POLITICAL_PARTY') return 3;
  }
  return 8;
}

/** Coordinates as ACLED writes them: at most four decimals, no trailing zeros. */
export function coordinate(value: number | null): string {
  return value === null || value === undefined ? '' : String(Math.round(value * 1e4) / 1e4);
}

function parseRow(text: string | null): Record<string, string> | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : null;
  } catch {
    return null;
  }
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

const ADMIN_LEVEL: Record<string, 0 | 1 | 2 | 3> = { COUNTRY: 0, GOVERNORATE: 1, DISTRICT: 2, SUBDISTRICT: 3 };

/** The event as an export row. Written for 200,000 rows a request: plain loops, few allocations. */
export function exportRecord(row: ExportEventRow): ExportRecord {
  const e = row.event;
  // The event's dataset rows (ACLED first), its news articles' publishers and URLs.
  let acledText: string | null = null;
  let ucdpText: string | null = null;
  const publishers: string[] = [];
  const urls: string[] = [];
  for (const a of row.articles) {
    if (a.id.startsWith('article:acled-')) acledText ??= a.row;
    else if (a.id.startsWith('article:ucdp-')) ucdpText ??= a.row;
    else if (a.publisher && !publishers.includes(a.publisher)) publishers.push(a.publisher);
    if (a.url && !urls.includes(a.url)) urls.push(a.url);
  }
  const acled = parseRow(acledText);
  const ucdp = acled ? null : parseRow(ucdpText);
  const sub = e.subEventType as SubEventType;
  const type = eventTypeOf(sub);

  // Country and admin1..admin3: the first place of each type above the event's place.
  const admin: [string, string, string, string] = ['', '', '', ''];
  for (const p of row.places) {
    const level = ADMIN_LEVEL[p.placeType ?? ''];
    if (level !== undefined && !admin[level]) admin[level] = level === 0 ? p.name : acledPlaceName(p.name);
  }
  const country = admin[0];
  const own = row.places[0];
  const countryInfo = COUNTRIES[country.toLowerCase()];
  const location = !own ? '' : ADMIN.has(own.placeType ?? '') ? (acled?.location ?? acledPlaceName(own.name)) : own.name;

  let actor1: string, assoc1: string, inter1: string, actor2: string, assoc2: string, inter2: string, interaction: string;
  if (acled) {
    actor1 = acled.actor1 ?? '';
    assoc1 = acled.assoc_actor_1 ?? '';
    inter1 = acled.inter1 ?? '';
    actor2 = acled.actor2 ?? '';
    assoc2 = acled.assoc_actor_2 ?? '';
    inter2 = acled.inter2 ?? '';
    interaction = acled.interaction ?? '';
  } else {
    const perpetrators = row.perpetrators;
    const targets = row.targets.filter((t) => t.kind !== 'Place');
    const suffix = country ? ` (${country})` : '';
    const first = perpetrators[0];
    actor1 = first?.name ?? (type === 'PROTESTS' ? `Protesters${suffix}` : type === 'RIOTS' ? `Rioters${suffix}` : `Unidentified Armed Group${suffix}`);
    const code1 = first ? interOf(first) : type === 'PROTESTS' ? 6 : type === 'RIOTS' ? 5 : 3;
    const second = targets[0];
    const civilians = !second && Boolean(e.civilianTargeting);
    actor2 = second?.name ?? (civilians ? `Civilians${suffix}` : '');
    const code2 = second ? interOf(second) : civilians ? 7 : null;
    assoc1 = perpetrators.slice(1).map((a) => a.name).join('; ');
    assoc2 = targets.slice(1).map((a) => a.name).join('; ');
    inter1 = String(code1);
    inter2 = code2 === null ? '' : String(code2);
    interaction = code2 === null ? `${code1}0` : code1 <= code2 ? `${code1}${code2}` : `${code2}${code1}`;
  }
  if (ucdp?.source_office) for (const s of ucdp.source_office.split(/[;,]/)) if (s.trim() && !publishers.includes(s.trim())) publishers.push(s.trim());
  if (acled?.article_urls) for (const u of acled.article_urls.split(';')) if (u.trim() && !urls.includes(u.trim())) urls.push(u.trim());

  // Killed and injured per group, from the best source's breakdown.
  const killed: (number | null)[] = [null, null, null, null];
  const injured: (number | null)[] = [null, null, null, null];
  const names = e.groupNames ?? [];
  for (let i = 0; i < names.length; i++) {
    const g = GROUP_INDEX[names[i]!];
    if (g === undefined) continue;
    killed[g] = (killed[g] ?? 0) + (e.groupKilled?.[i] ?? 0);
    injured[g] = (injured[g] ?? 0) + (e.groupInjured?.[i] ?? 0);
  }
  const sameType = acled?.sub_event_type !== undefined && acled.sub_event_type.trim().toLowerCase() === ACLED_LABELS[sub].toLowerCase();

  return {
    event_id_cnty: acled?.event_id_cnty ?? e.id,
    event_date: e.date,
    year: e.date.slice(0, 4),
    time_precision: TIME_PRECISION[e.datePrecision ?? 'DAY'] ?? '1',
    disorder_type: sameType && acled?.disorder_type ? acled.disorder_type : disorderType(sub),
    event_type: ACLED_LABELS[type],
    sub_event_type: ACLED_LABELS[sub],
    actor1,
    assoc_actor_1: assoc1,
    inter1,
    actor2,
    assoc_actor_2: assoc2,
    inter2,
    interaction,
    civilian_targeting: e.civilianTargeting ? 'Civilian targeting' : '',
    iso: acled?.iso ?? countryInfo?.iso ?? '',
    region: acled?.region ?? countryInfo?.region ?? '',
    country,
    admin1: admin[1],
    admin2: admin[2],
    admin3: admin[3],
    location,
    latitude: coordinate(e.latitude),
    longitude: coordinate(e.longitude),
    geo_precision: num(e.geoPrecision),
    source: acled?.source ?? publishers.join('; '),
    source_scale: acled?.source_scale ?? '',
    notes: e.description ?? '',
    fatalities: String(e.fatalities ?? 0),
    tags: acled?.tags ?? '',
    timestamp: acled?.timestamp ?? '',
    id: e.id,
    label: e.label ?? '',
    date_end: e.dateEnd ?? '',
    fatalities_low: num(e.fatalitiesLow),
    fatalities_high: num(e.fatalitiesHigh),
    injured: num(e.injured),
    civilians_killed: num(killed[0]),
    civilians_injured: num(injured[0]),
    security_forces_killed: num(killed[1]),
    security_forces_injured: num(injured[1]),
    militants_killed: num(killed[2]),
    militants_injured: num(injured[2]),
    unspecified_killed: num(killed[3]),
    unspecified_injured: num(injured[3]),
    // The articles that report the event, then those its ACLED row names (a file this product exported).
    article_urls: urls.join('; '),
  };
}

/** What makes csv-stringify quote a field (with its default options, as the CSV export used it): a quote, a comma, a line break. */
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * A field as csv-stringify writes it with its default options: a string as it is, quoted (its
 * quotes doubled) when it holds a quote, comma or line break; any other value cast first as
 * csv-stringify casts it (a number as written by String, a boolean as 1 or nothing, a date as its
 * milliseconds, an object as JSON, null and undefined as nothing).
 */
export function csvField(value: unknown): string {
  const s =
    typeof value === 'string'
      ? value
      : value === null || value === undefined
        ? ''
        : typeof value === 'boolean'
          ? value
            ? '1'
            : ''
          : value instanceof Date
            ? String(value.getTime())
            : typeof value === 'object'
              ? (JSON.stringify(value) ?? '')
              : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * An export record as one CSV line in EXPORT_COLUMNS order, newline included: byte for byte what
 * csv-stringify wrote for it, at a fraction of the cost (csv-stringify took about 2.5 s of the
 * server's 8 s of CPU for 200,000 rows: a path lookup per column and field, a cast per field).
 */
export function exportCsvLine(record: ExportRecord): string {
  let line = csvField(record[EXPORT_COLUMNS[0]]);
  for (let i = 1; i < EXPORT_COLUMNS.length; i++) line += `,${csvField(record[EXPORT_COLUMNS[i]!])}`;
  return `${line}\n`;
}

/** The position of each casualty group in the per-group columns (GROUP_COLUMNS order). */
const GROUP_INDEX: Record<string, number> = Object.fromEntries((Object.keys(GROUP_COLUMNS) as CasualtyGroup[]).map((g, i) => [g, i]));

const NUMERIC = new Set([
  'year',
  'time_precision',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'injured',
  ...Object.values(GROUP_COLUMNS).flatMap((g) => [`${g}_killed`, `${g}_injured`]),
]);

/** Whether each of EXPORT_COLUMNS is written as a number in GeoJSON. */
const NUMERIC_COLUMN = EXPORT_COLUMNS.map((c) => NUMERIC.has(c));

/** The event as a GeoJSON Feature: a Point at its coordinates (null geometry without), the row as properties. */
export function geoJsonFeature(row: ExportEventRow): Record<string, unknown> {
  const record = exportRecord(row);
  // The record's keys in their order (EXPORT_COLUMNS'), without an array per field.
  const properties: Record<string, string | number | null> = {};
  for (let i = 0; i < EXPORT_COLUMNS.length; i++) {
    const k = EXPORT_COLUMNS[i]!;
    const v = record[k] as string;
    properties[k] = NUMERIC_COLUMN[i] ? (v === '' ? null : Number(v)) : v;
  }
  const { latitude, longitude } = row.event;
  return {
    type: 'Feature',
    id: row.event.id,
    geometry: latitude === null || longitude === null ? null : { type: 'Point', coordinates: [Number(longitude.toFixed(6)), Number(latitude.toFixed(6))] },
    properties,
  };
}

/** Each property's key as JSON writes it in a feature's properties, with the comma before it. */
const PROPERTY_KEYS = EXPORT_COLUMNS.map((c, i) => `${i ? ',' : ''}${JSON.stringify(c)}:`);

/**
 * `JSON.stringify(geoJsonFeature(row))`, character for character, written directly: the export
 * writes 200,000 of them, and building each feature's object of 46 properties first took about a
 * second of the server's CPU and much of its garbage.
 */
export function geoJsonFeatureText(row: ExportEventRow): string {
  const record = exportRecord(row);
  let properties = '{';
  let written = false;
  for (let i = 0; i < EXPORT_COLUMNS.length; i++) {
    const v = record[EXPORT_COLUMNS[i]!] as unknown;
    let json: string;
    if (NUMERIC_COLUMN[i]) {
      const n = v === '' ? null : Number(v);
      json = n === null || !Number.isFinite(n) ? 'null' : String(n);
    } else if (v === undefined) continue; // as JSON.stringify leaves out an undefined property
    else json = JSON.stringify(v);
    properties += written ? PROPERTY_KEYS[i] + json : PROPERTY_KEYS[i]!.slice(i ? 1 : 0) + json;
    written = true;
  }
  const { latitude, longitude } = row.event;
  const geometry = latitude === null || longitude === null ? 'null' : `{"type":"Point","coordinates":[${JSON.stringify(Number(longitude.toFixed(6)))},${JSON.stringify(Number(latitude.toFixed(6)))}]}`;
  return `{"type":"Feature","id":${JSON.stringify(row.event.id)},"geometry":${geometry},"properties":${properties}}}`;
}
