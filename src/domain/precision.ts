/**
 * Precision as ACLED users read it.
 *
 * Time: an event of datePrecision WEEK, MONTH or YEAR happened on some day of a period, from its
 * `date` to its `dateEnd` (stored by the writer): the seven days from `date` for WEEK, the rest of
 * the month of `date` for MONTH (normally from the 1st), the rest of its year for YEAR. Date
 * filters match an event whose period overlaps the range asked for.
 *
 * Place: `geoPrecision` 1..3 with ACLED's geo_precision meaning: 1 the exact place (a village,
 * town, city or site), 2 near a named place or somewhere in a district, sub-district or area,
 * 3 only the governorate, region or country is known.
 */
import { addDays } from './dates.js';
import type { DatePrecision, PlaceType } from './taxonomy.js';

/** Precisions whose period is longer than a day. */
export const PERIOD_PRECISIONS = ['WEEK', 'MONTH', 'YEAR'] as const satisfies readonly DatePrecision[];
export type PeriodPrecision = (typeof PERIOD_PRECISIONS)[number];

/**
 * The earliest date an event of this precision can have and still reach `day` (its period, as
 * `periodEnd` gives it, ends on or after `day`): six days before for WEEK, the first of the month
 * of `day` for MONTH, 1 January of its year for YEAR.
 */
export function earliestStartReaching(day: string, precision: PeriodPrecision): string {
  switch (precision) {
    case 'WEEK':
      return addDays(day, -6);
    case 'MONTH':
      return `${day.slice(0, 8)}01`;
    case 'YEAR':
      return `${day.slice(0, 5)}01-01`;
  }
}

/** The last day of the period an event of this date and precision stands for. */
export function periodEnd(date: string, precision: DatePrecision): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  switch (precision) {
    case 'WEEK':
      return addDays(date, 6);
    case 'MONTH':
      return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    case 'YEAR':
      return `${String(y).padStart(4, '0')}-12-31`;
    default:
      return date;
  }
}

/** The same as `periodEnd`, as a Cypher expression over the stored `date` and `datePrecision` of `e`. */
export function periodEndCypher(e: string): string {
  return `CASE ${e}.datePrecision
  WHEN 'WEEK' THEN ${e}.date + duration({days: 6})
  WHEN 'MONTH' THEN date.truncate('month', ${e}.date) + duration({months: 1}) - duration({days: 1})
  WHEN 'YEAR' THEN date.truncate('year', ${e}.date) + duration({years: 1}) - duration({days: 1})
  ELSE ${e}.date END`;
}

/** ACLED geo_precision of an event placed in a place of this type. */
export const GEO_PRECISION_OF_PLACE_TYPE: Record<PlaceType, 1 | 2 | 3> = {
  SITE: 1,
  VILLAGE: 1,
  TOWN: 1,
  CITY: 1,
  AREA: 2,
  SUBDISTRICT: 2,
  DISTRICT: 2,
  GOVERNORATE: 3,
  REGION: 3,
  COUNTRY: 3,
};

/** A named place whose type is not recorded: near a named place. */
export const GEO_PRECISION_UNTYPED_PLACE = 2;
/** No place at all: nothing finer than the country is known. */
export const GEO_PRECISION_NO_PLACE = 3;

/**
 * The geoPrecision of an event in a place of type `placeType` whose coordinates are those of a
 * place of type `locatedBy` (the place itself, or the nearest enclosing place that has
 * coordinates): the coarser of the two, since a map shows the event where the coordinates are.
 */
export function derivedGeoPrecision(placeType: string | null | undefined, locatedBy?: string | null): 1 | 2 | 3 {
  if (placeType === undefined) return GEO_PRECISION_NO_PLACE;
  const of = (t: string | null | undefined) => (t && t in GEO_PRECISION_OF_PLACE_TYPE ? GEO_PRECISION_OF_PLACE_TYPE[t as PlaceType] : GEO_PRECISION_UNTYPED_PLACE);
  const own = of(placeType);
  return locatedBy === undefined || locatedBy === null ? own : (Math.max(own, of(locatedBy)) as 1 | 2 | 3);
}

/**
 * `derivedGeoPrecision` as a Cypher expression: `place` is the event's place (null when it has
 * none), `at` the place whose coordinates it carries (null when none has any).
 */
export function derivedGeoPrecisionCypher(place: string, at: string): string {
  const table = `{${Object.entries(GEO_PRECISION_OF_PLACE_TYPE).map(([t, p]) => `${t}: ${p}`).join(', ')}}`;
  const of = (v: string) => `coalesce(${table}[coalesce(${v}.placeType, '')], ${GEO_PRECISION_UNTYPED_PLACE})`;
  return `CASE WHEN ${place} IS NULL THEN ${GEO_PRECISION_NO_PLACE}
  WHEN ${at} IS NOT NULL AND ${of(at)} > ${of(place)} THEN ${of(at)}
  ELSE ${of(place)} END`;
}
