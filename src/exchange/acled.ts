/**
 * ACLED's CSV layout (the columns of its export tool since March 2023, in its order and spelling)
 * and the reading of one ACLED row. Pure.
 *
 * - time_precision 1, 2, 3 are DAY, WEEK (the seven days from event_date) and MONTH (the event
 *   is moved to the 1st, as a MONTH date must be: the export writes the 1st back).
 * - geo_precision 3 places the event in admin1 (ACLED codes such events at the capital's
 *   coordinates, so admin2, admin3 and location name the capital, not the event); 1 and 2 at
 *   `location`, with the precision kept as given.
 * - fatalities is one figure for the whole event, filed as UNSPECIFIED; a file this product
 *   exported also carries per-group figures (civilians_killed, ...), which are used instead when
 *   they add up to fatalities.
 */
import { ID_PATTERN } from '../import/format.js';
import { ACLED_LABELS, DATE_PRECISIONS, EVENT_TYPES, SUB_EVENT_TYPES, eventTypeOf, type CasualtyGroup, type DatePrecision, type EventType, type SubEventType } from '../domain/taxonomy.js';
import { periodEnd } from '../domain/precision.js';
import { cell, listCell, parseCoordinates, parseCount, parseDay, rowDigest, type ActorSpec, type FigureSpec, type RowResult } from './rows.js';

/** ACLED's columns, in the order and spelling of its export. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** The casualty groups of the per-group columns, as column prefixes. */
export const GROUP_COLUMNS: Record<CasualtyGroup, string> = {
  CIVILIANS: 'civilians',
  SECURITY_FORCES: 'security_forces',
  MILITANTS: 'militants',
  UNSPECIFIED: 'unspecified',
};

/** This product's columns, written after ACLED's: what the graph knows beyond ACLED's layout. */
export const OWN_COLUMNS = [
  'id',
  'label',
  'date_end',
  'fatalities_low',
  'fatalities_high',
  'injured',
  ...Object.values(GROUP_COLUMNS).flatMap((g) => [`${g}_killed`, `${g}_injured`]),
  'article_urls',
] as const;

export const EXPORT_COLUMNS = [...ACLED_COLUMNS, ...OWN_COLUMNS] as const;

/** Columns an ACLED file must have. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'sub_event_type', 'actor1', 'latitude', 'longitude', 'geo_precision', 'fatalities'] as const;

/** ACLED's actor types (inter1, inter2), by code; newer exports write the words, older ones the code. */
export const INTER_CODES: Record<number, string> = {
  1: 'State forces',
  2: 'Rebel group',
  3: 'Political militia',
  4: 'Identity militia',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
};

/** An inter code from its number or its words ("State forces", "Rebel groups"); null when blank or unknown. */
export function interCode(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  if (/^[1-8]$/.test(t)) return Number(t);
  for (const [code, words] of Object.entries(INTER_CODES)) {
    const w = words.toLowerCase();
    if (t === w || t === `${w}s` || w === `${t}s` || t.replace(/s$/, '') === w.replace(/s$/, '')) return Number(code);
  }
  return null;
}

const normalLabel = (s: string) =>
  s
    .toLowerCase()
    .replace(/protestors/g, 'protesters')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();

const SUB_EVENT_BY_LABEL = new Map<string, SubEventType>(SUB_EVENT_TYPES.map((s) => [normalLabel(ACLED_LABELS[s]), s]));
const EVENT_TYPE_BY_LABEL = new Map<string, EventType>(EVENT_TYPES.map((t) => [normalLabel(ACLED_LABELS[t]), t]));

export function subEventTypeOf(label: string): SubEventType | null {
  return SUB_EVENT_BY_LABEL.get(normalLabel(label)) ?? null;
}

export function eventTypeOfLabel(label: string): EventType | null {
  return EVENT_TYPE_BY_LABEL.get(normalLabel(label)) ?? null;
}

const TIME_PRECISION = { '1': 'DAY', '2': 'WEEK', '3': 'MONTH' } as const;

/** Reads one ACLED row (`raw`: column -> text, as csv-parse gives it) that starts on `line`. */
export function parseAcledRow(raw: Record<string, string>, line: number): RowResult {
  const key = cell(raw, 'event_id_cnty');
  const problems: string[] = [];
  const refuse = (reason: string): RowResult => ({ ok: false, refusal: { line, key: key || null, reason } });
  if (!key) return refuse('event_id_cnty is empty');
  if (key.length > 120) return refuse('event_id_cnty is longer than 120 characters');

  const eventDate = cell(raw, 'event_date');
  let date = eventDate ? parseDay(eventDate) : null;
  if (!eventDate) problems.push('event_date is empty');
  else if (!date) problems.push(`event_date "${eventDate.slice(0, 40)}" is not a date (YYYY-MM-DD or "9 May 2022")`);

  const tp = cell(raw, 'time_precision') || '1';
  let datePrecision: DatePrecision | undefined = TIME_PRECISION[tp as keyof typeof TIME_PRECISION];
  if (!datePrecision) problems.push(`time_precision "${tp.slice(0, 20)}" is not 1, 2 or 3`);
  // A file this product wrote says in date_end which period the date stands for (YEAR has no ACLED code).
  const dateEnd = parseDay(cell(raw, 'date_end'));
  if (date && dateEnd) datePrecision = DATE_PRECISIONS.find((p) => periodEnd(date!, p) === dateEnd) ?? datePrecision;
  if (date && datePrecision === 'MONTH') date = `${date.slice(0, 8)}01`;
  if (date && datePrecision === 'YEAR') date = `${date.slice(0, 5)}01-01`;

  const subLabel = cell(raw, 'sub_event_type');
  const subEventType = subEventTypeOf(subLabel);
  if (!subLabel) problems.push('sub_event_type is empty');
  else if (!subEventType) problems.push(`sub_event_type "${subLabel.slice(0, 60)}" is not an ACLED sub-event type`);
  const typeLabel = cell(raw, 'event_type');
  if (typeLabel && subEventType) {
    const eventType = eventTypeOfLabel(typeLabel);
    if (!eventType) problems.push(`event_type "${typeLabel.slice(0, 60)}" is not an ACLED event type`);
    else if (eventTypeOf(subEventType) !== eventType) problems.push(`sub_event_type "${subLabel}" does not belong to event_type "${typeLabel}"`);
  }

  const coordinates = parseCoordinates(cell(raw, 'latitude'), cell(raw, 'longitude'));
  if (typeof coordinates === 'string') problems.push(coordinates);

  const gp = cell(raw, 'geo_precision');
  const geoPrecision = ({ '1': 1, '2': 2, '3': 3 } as const)[gp as '1' | '2' | '3'];
  if (!geoPrecision) problems.push(`geo_precision "${gp.slice(0, 20)}" is not 1, 2 or 3`);

  const fatalities = parseCount(cell(raw, 'fatalities'));
  if (fatalities === undefined) problems.push(`fatalities "${cell(raw, 'fatalities').slice(0, 20)}" is not a whole number`);

  const actor1Name = cell(raw, 'actor1');
  if (!actor1Name) problems.push('actor1 is empty');

  const ownId = cell(raw, 'id');
  if (ownId && !(ID_PATTERN.test(ownId) && ownId.startsWith('event:'))) problems.push(`id "${ownId.slice(0, 60)}" is not an event id (event:...)`);

  const figures = ownFigures(raw, fatalities ?? null);
  if (typeof figures === 'string') problems.push(figures);

  if (problems.length || !date || !datePrecision || !subEventType || typeof coordinates === 'string' || !geoPrecision || typeof figures === 'string') {
    return refuse(problems.join('; '));
  }

  const place = {
    country: cell(raw, 'country'),
    admin1: cell(raw, 'admin1'),
    admin2: cell(raw, 'admin2'),
    admin3: cell(raw, 'admin3'),
    location: cell(raw, 'location'),
    ...coordinates,
  };
  const deepest = place.admin3 ? 'admin3' : place.admin2 ? 'admin2' : place.admin1 ? 'admin1' : 'country';
  const at = geoPrecision === 3 ? (place.admin1 ? 'admin1' : 'country') : place.location ? 'location' : deepest;

  const actor = (name: string, inter: string): ActorSpec | null => (name ? { name, code: interCode(inter) } : null);
  const timestamp = cell(raw, 'timestamp');
  const published = /^\d{9,11}$/.test(timestamp) ? new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) : date;
  return {
    ok: true,
    row: {
      dataset: 'acled',
      key,
      line,
      eventId: ownId || null,
      subEventType,
      date,
      datePrecision,
      geoPrecision,
      place: { ...place, at },
      actor1: actor(actor1Name, cell(raw, 'inter1')),
      actor2: actor(cell(raw, 'actor2'), cell(raw, 'inter2')),
      assoc1: listCell(cell(raw, 'assoc_actor_1')),
      assoc2: listCell(cell(raw, 'assoc_actor_2')),
      civilianTargeting: /civilian/i.test(cell(raw, 'civilian_targeting')),
      figures,
      description: cell(raw, 'notes'),
      published,
      raw,
      digest: rowDigest('acled', raw),
    },
  };
}

/**
 * The row's casualty figures: the per-group columns of this product's export when present and
 * adding up to `fatalities`, else `fatalities` as one UNSPECIFIED figure (with `injured` when given).
 */
function ownFigures(raw: Record<string, string>, fatalities: number | null): FigureSpec[] | string {
  const injured = parseCount(cell(raw, 'injured'));
  if (injured === undefined) return `injured "${cell(raw, 'injured').slice(0, 20)}" is not a whole number`;
  const groups: FigureSpec[] = [];
  for (const [group, prefix] of Object.entries(GROUP_COLUMNS) as [CasualtyGroup, string][]) {
    const killed = parseCount(cell(raw, `${prefix}_killed`));
    const hurt = parseCount(cell(raw, `${prefix}_injured`));
    if (killed === undefined || hurt === undefined) return `${prefix}_killed / ${prefix}_injured must be whole numbers`;
    if (killed === null && hurt === null) continue;
    groups.push({ group, ...(killed !== null ? { killed } : {}), ...(hurt !== null ? { injured: hurt } : {}) });
  }
  const sum = groups.reduce((n, g) => n + (g.killed ?? 0), 0);
  if (groups.length && groups.some((g) => g.killed !== undefined) && sum === (fatalities ?? 0)) return groups;
  // This product's export leaves fatalities_low blank for an event no source gave a figure for.
  if ('fatalities_low' in raw && !cell(raw, 'fatalities_low') && !groups.length) return [];
  if (fatalities === null && injured === null) return [];
  return [{ group: 'UNSPECIFIED', ...(fatalities !== null ? { killed: fatalities } : {}), ...(injured !== null ? { injured } : {}) }];
}
