/**
 * UCDP's Georeferenced Event Dataset (GED) CSV and the reading of one GED row. Pure.
 *
 * - Sub-event type: one-sided violence (type_of_violence 3) is an ACLED "Attack" on civilians;
 *   state-based and non-state violence (1, 2) is an "Armed clash" unless the source headline
 *   names the means (air or drone strike, suicide bomb, IED or landmine, shelling or rockets).
 * - Date: date_start..date_end; the shortest ACLED-style period from date_start that covers
 *   date_end (a day, the seven days from it, its month, its year).
 * - Place: where_prec 1 and 2 place the event at where_coordinates (geoPrecision 1 and 2), 3 in
 *   adm_2 (2), 4 and 5 in adm_1 (3), 6 and 7 in the country (3). UCDP's kind words ("Arbil
 *   province", "Makhmur district", "Mosul city") are dropped from the names.
 * - Actors: side_a and side_b. GED gives no initiator; side_a is filed as perpetrator and side_b
 *   as target, as ACLED's actor1 and actor2 are.
 * - Figures: deaths_a and deaths_b are the sides' dead (security forces for a government side,
 *   militants otherwise), deaths_civilians and deaths_unknown the rest; UCDP's low and high
 *   estimates go into the description.
 */
import { cell, parseCoordinates, parseCount, parseDay, rowDigest, type FigureSpec, type RowResult } from './rows.js';
import type { DatePrecision, SubEventType } from '../domain/taxonomy.js';
import { addDays } from '../domain/dates.js';

/** The GED columns this importer reads (a GED file has more; all are kept in the provenance). */
export const UCDP_COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'source_headline',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
] as const;

export const UCDP_REQUIRED = ['id', 'type_of_violence', 'side_a', 'side_b', 'where_prec', 'latitude', 'longitude', 'date_start', 'date_end', 'best'] as const;

/** UCDP's kind words after a place name. */
const KIND_WORDS = /\s+(?:province|governorate|district|sub-?district|nahiya|city|town|village|camp|area|region)$/i;

export function ucdpPlaceName(text: string): string {
  return text.replace(/\s*\([^)]*\)\s*$/, '').replace(KIND_WORDS, '').trim();
}

/** The sub-event type of a state-based or non-state GED event, from the means its headline names. */
export function ucdpSubEventType(typeOfViolence: number, headline: string): SubEventType {
  if (typeOfViolence === 3) return 'ATTACK';
  const h = headline.toLowerCase();
  if (/\bsuicide\b/.test(h)) return 'SUICIDE_BOMB';
  if (/\b(?:air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|aircraft|helicopters?)\b/.test(h)) return 'AIR_DRONE_STRIKE';
  if (/\b(?:ieds?|roadside bombs?|improvised explosive|landmines?|mines?|car bombs?|explosive devices?|bombs?|bombings?|blasts?)\b/.test(h)) return 'REMOTE_EXPLOSIVE_LANDMINE_IED';
  if (/\b(?:mortars?|rockets?|shell(?:s|ing|ed)?|artillery|missiles?)\b/.test(h)) return 'SHELLING_ARTILLERY_MISSILE_ATTACK';
  return 'ARMED_CLASH';
}

/** The shortest period from `start` (a day, a week from it, its month, its year) that reaches `end`. */
export function periodOf(start: string, end: string): { date: string; datePrecision: DatePrecision } {
  if (end <= start) return { date: start, datePrecision: 'DAY' };
  if (end <= addDays(start, 6)) return { date: start, datePrecision: 'WEEK' };
  if (end.slice(0, 7) === start.slice(0, 7)) return { date: `${start.slice(0, 8)}01`, datePrecision: 'MONTH' };
  return { date: `${start.slice(0, 5)}01-01`, datePrecision: 'YEAR' };
}

const GEO: Record<string, { geoPrecision: 1 | 2 | 3; at: 'location' | 'admin2' | 'admin1' | 'country' }> = {
  '1': { geoPrecision: 1, at: 'location' },
  '2': { geoPrecision: 2, at: 'location' },
  '3': { geoPrecision: 2, at: 'admin2' },
  '4': { geoPrecision: 3, at: 'admin1' },
  '5': { geoPrecision: 3, at: 'admin1' },
  '6': { geoPrecision: 3, at: 'country' },
  '7': { geoPrecision: 3, at: 'country' },
};

export function parseUcdpRow(raw: Record<string, string>, line: number): RowResult {
  const key = cell(raw, 'id');
  const problems: string[] = [];
  const refuse = (reason: string): RowResult => ({ ok: false, refusal: { line, key: key || null, reason } });
  if (!key) return refuse('id is empty');
  if (!/^[A-Za-z0-9._-]{1,60}$/.test(key)) return refuse(`id "${key.slice(0, 60)}" is not a GED event id`);

  const tv = Number(cell(raw, 'type_of_violence'));
  if (![1, 2, 3].includes(tv)) problems.push(`type_of_violence "${cell(raw, 'type_of_violence').slice(0, 20)}" is not 1, 2 or 3`);

  const startText = cell(raw, 'date_start');
  const endText = cell(raw, 'date_end') || startText;
  const start = startText ? parseDay(startText) : null;
  const end = parseDay(endText);
  if (!startText) problems.push('date_start is empty');
  else if (!start) problems.push(`date_start "${startText.slice(0, 40)}" is not a date`);
  else if (!end) problems.push(`date_end "${endText.slice(0, 40)}" is not a date`);
  else if (end < start) problems.push(`date_end ${end} is before date_start ${start}`);

  const geo = GEO[cell(raw, 'where_prec')];
  if (!geo) problems.push(`where_prec "${cell(raw, 'where_prec').slice(0, 20)}" is not 1 to 7`);

  const coordinates = parseCoordinates(cell(raw, 'latitude'), cell(raw, 'longitude'));
  if (typeof coordinates === 'string') problems.push(coordinates);

  const counts: Record<string, number | null> = {};
  for (const column of ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'low', 'high']) {
    const n = parseCount(cell(raw, column));
    if (n === undefined) problems.push(`${column} "${cell(raw, column).slice(0, 20)}" is not a whole number`);
    else counts[column] = n;
  }
  if (counts.best === null) problems.push('best is empty');
  const sideA = cell(raw, 'side_a');
  const sideB = cell(raw, 'side_b');
  if (!sideA) problems.push('side_a is empty');

  if (problems.length || !start || !end || !geo || typeof coordinates === 'string') return refuse(problems.join('; '));

  const government = (name: string) => (/^government of\b/i.test(name) ? 'government' : 'armed-group') as 'government' | 'armed-group';
  const sideGroup = (name: string) => (government(name) === 'government' ? 'SECURITY_FORCES' : 'MILITANTS') as 'SECURITY_FORCES' | 'MILITANTS';
  const figures: FigureSpec[] = [];
  if (counts.deaths_a) figures.push({ group: sideGroup(sideA), side: 1, killed: counts.deaths_a });
  if (counts.deaths_b) figures.push({ group: sideGroup(sideB), side: 2, killed: counts.deaths_b });
  if (counts.deaths_civilians) figures.push({ group: 'CIVILIANS', killed: counts.deaths_civilians });
  if (counts.deaths_unknown) figures.push({ group: 'UNSPECIFIED', killed: counts.deaths_unknown });
  const sum = figures.reduce((n, f) => n + (f.killed ?? 0), 0);
  if (sum !== counts.best) {
    // The parts do not add up to UCDP's best estimate: keep the estimate, not the parts.
    figures.length = 0;
    figures.push({ group: 'UNSPECIFIED', killed: counts.best! });
  }

  const { date, datePrecision } = periodOf(start, end);
  const place = {
    country: cell(raw, 'country'),
    admin1: ucdpPlaceName(cell(raw, 'adm_1')),
    admin2: ucdpPlaceName(cell(raw, 'adm_2')),
    admin3: '',
    location: ucdpPlaceName(cell(raw, 'where_coordinates')),
    ...coordinates,
  };
  // A level the row does not name falls back to the next one up.
  const order = ['location', 'admin2', 'admin1', 'country'] as const;
  const at = order.slice(order.indexOf(geo.at)).find((level) => level === 'country' || place[level]) ?? 'country';
  const description = [
    [cell(raw, 'dyad_name'), cell(raw, 'where_description')].filter(Boolean).join(': '),
    cell(raw, 'source_headline'),
    `UCDP estimate of deaths: best ${counts.best}${counts.low !== null ? `, low ${counts.low}` : ''}${counts.high !== null ? `, high ${counts.high}` : ''}.`,
  ]
    .filter(Boolean)
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(' ');
  return {
    ok: true,
    row: {
      dataset: 'ucdp',
      key,
      line,
      eventId: null,
      subEventType: ucdpSubEventType(tv, cell(raw, 'source_headline')),
      date,
      datePrecision,
      geoPrecision: geo.geoPrecision,
      place: { ...place, at },
      actor1: { name: sideA, code: null, hint: government(sideA) },
      actor2: sideB ? { name: sideB, code: tv === 3 ? 7 : null, hint: government(sideB) } : null,
      assoc1: [],
      assoc2: [],
      civilianTargeting: tv === 3,
      figures,
      description,
      published: end,
      raw,
      digest: rowDigest('ucdp', raw),
    },
  };
}
