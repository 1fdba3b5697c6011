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
  return value === null || value === undefined ? '' : String(Number(value.toFixed(4)));
}

function datasetRow(row: ExportEventRow, dataset: 'acled' | 'ucdp'): Record<string, string> | null {
  const article = row.articles.find((a) => a.id.startsWith(`article:${dataset}-`) && a.row);
  if (!article?.row) return null;
  try {
    const parsed = JSON.parse(article.row) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : null;
  } catch {
    return null;
  }
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The event as an export row. */
export function exportRecord(row: ExportEventRow): ExportRecord {
  const e = row.event;
  const acled = datasetRow(row, 'acled');
  const ucdp = acled ? null : datasetRow(row, 'ucdp');
  const sub = e.subEventType as SubEventType;
  const places = row.places;
  const level = (type: string) => places.find((p) => p.placeType === type);
  const country = level('COUNTRY')?.name ?? '';
  const own = places[0];
  const countryInfo = COUNTRIES[country.toLowerCase()];

  const location = !own ? '' : ADMIN.has(own.placeType ?? '') ? (acled?.location ?? acledPlaceName(own.name)) : own.name;

  const actorsFromGraph = () => {
    const perpetrators = row.perpetrators;
    const targets = row.targets.filter((t) => t.kind !== 'Place');
    const suffix = country ? ` (${country})` : '';
    const type = eventTypeOf(sub);
    const first = perpetrators[0];
    const actor1 = first?.name ?? (type === 'PROTESTS' ? `Protesters${suffix}` : type === 'RIOTS' ? `Rioters${suffix}` : `Unidentified Armed Group${suffix}`);
    const inter1 = first ? interOf(first) : type === 'PROTESTS' ? 6 : type === 'RIOTS' ? 5 : 3;
    const second = targets[0];
    const civilians = !second && e.civilianTargeting;
    const actor2 = second?.name ?? (civilians ? `Civilians${suffix}` : '');
    const inter2 = second ? interOf(second) : civilians ? 7 : null;
    const interaction = inter2 === null ? `${inter1}0` : [inter1, inter2].sort().join('');
    return {
      actor1,
      assoc_actor_1: perpetrators.slice(1).map((a) => a.name).join('; '),
      inter1: String(inter1),
      actor2,
      assoc_actor_2: targets.slice(1).map((a) => a.name).join('; '),
      inter2: inter2 === null ? '' : String(inter2),
      interaction,
    };
  };
  const actors = acled
    ? {
        actor1: acled.actor1 ?? '',
        assoc_actor_1: acled.assoc_actor_1 ?? '',
        inter1: acled.inter1 ?? '',
        actor2: acled.actor2 ?? '',
        assoc_actor_2: acled.assoc_actor_2 ?? '',
        inter2: acled.inter2 ?? '',
        interaction: acled.interaction ?? '',
      }
    : actorsFromGraph();

  const news = row.articles.filter((a) => !a.id.startsWith('article:acled-') && !a.id.startsWith('article:ucdp-'));
  const derivedSource = [...new Set([...news.map((a) => a.publisher).filter((p): p is string => Boolean(p)), ...(ucdp?.source_office ? ucdp.source_office.split(/[;,]/) : [])].map((s) => s.trim()).filter(Boolean))].join('; ');

  const groups: Record<CasualtyGroup, { killed: number | null; injured: number | null }> = {
    CIVILIANS: { killed: null, injured: null },
    SECURITY_FORCES: { killed: null, injured: null },
    MILITANTS: { killed: null, injured: null },
    UNSPECIFIED: { killed: null, injured: null },
  };
  (e.groupNames ?? []).forEach((g, i) => {
    const slot = groups[g as CasualtyGroup];
    if (!slot) return;
    slot.killed = (slot.killed ?? 0) + (e.groupKilled?.[i] ?? 0);
    slot.injured = (slot.injured ?? 0) + (e.groupInjured?.[i] ?? 0);
  });
  const perGroup = Object.fromEntries(
    (Object.entries(GROUP_COLUMNS) as [CasualtyGroup, string][]).flatMap(([g, prefix]) => [
      [`${prefix}_killed`, num(groups[g].killed)],
      [`${prefix}_injured`, num(groups[g].injured)],
    ]),
  );
  const sameType = acled && acled.sub_event_type !== undefined && acled.sub_event_type.trim().toLowerCase() === ACLED_LABELS[sub].toLowerCase();

  return {
    event_id_cnty: acled?.event_id_cnty ?? e.id,
    event_date: e.date,
    year: e.date.slice(0, 4),
    time_precision: TIME_PRECISION[e.datePrecision ?? 'DAY'] ?? '1',
    disorder_type: sameType && acled?.disorder_type ? acled.disorder_type : disorderType(sub),
    event_type: ACLED_LABELS[eventTypeOf(sub)],
    sub_event_type: ACLED_LABELS[sub],
    ...actors,
    civilian_targeting: e.civilianTargeting ? 'Civilian targeting' : '',
    iso: acled?.iso ?? countryInfo?.iso ?? '',
    region: acled?.region ?? countryInfo?.region ?? '',
    country,
    admin1: acledPlaceName(level('GOVERNORATE')?.name ?? ''),
    admin2: acledPlaceName(level('DISTRICT')?.name ?? ''),
    admin3: acledPlaceName(level('SUBDISTRICT')?.name ?? ''),
    location,
    latitude: coordinate(e.latitude),
    longitude: coordinate(e.longitude),
    geo_precision: num(e.geoPrecision),
    source: acled?.source ?? derivedSource,
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
    ...(perGroup as Record<string, string>),
    // The articles that report the event, then those its ACLED row names (a file this product exported).
    article_urls: [...new Set([...row.articles.map((a) => a.url), ...(acled?.article_urls ?? '').split(';')].map((u) => u?.trim()).filter((u): u is string => Boolean(u)))].join('; '),
  } as ExportRecord;
}

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

/** The event as a GeoJSON Feature: a Point at its coordinates (null geometry without), the row as properties. */
export function geoJsonFeature(row: ExportEventRow): Record<string, unknown> {
  const record = exportRecord(row);
  const properties: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(record)) properties[k] = NUMERIC.has(k) ? (v === '' ? null : Number(v)) : v;
  const { latitude, longitude } = row.event;
  return {
    type: 'Feature',
    id: row.event.id,
    geometry: latitude === null || longitude === null ? null : { type: 'Point', coordinates: [Number(longitude.toFixed(6)), Number(latitude.toFixed(6))] },
    properties,
  };
}
