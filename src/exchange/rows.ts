/**
 * A row of a conflict dataset (ACLED, UCDP GED) read into one dataset-neutral shape, before any
 * lookup in the graph: what the row says about the event, its place and its actors, and what
 * identifies it (the dataset's own row id and a digest of its content). Pure.
 */
import { createHash } from 'node:crypto';
import type { CasualtyGroup, DatePrecision, SubEventType } from '../domain/taxonomy.js';

export const DATASETS = ['acled', 'ucdp'] as const;
export type Dataset = (typeof DATASETS)[number];

/** How a dataset is named in provenance ("ACLED IRQ12345", "UCDP GED 411239"). */
export const DATASET_LABEL: Record<Dataset, string> = { acled: 'ACLED', ucdp: 'UCDP GED' };

/**
 * Raised when the mapping from rows to the graph changes in a way that should rewrite rows
 * imported before: it is part of every row's digest.
 */
export const MAPPING_VERSION = 1;

/** Where an event happened, as the row names it, and which level of it the event is placed at. */
export interface PlaceSpec {
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  location: string;
  latitude: number;
  longitude: number;
  /** The most specific level the row vouches for: the event's place is the place of this level. */
  at: 'location' | 'admin3' | 'admin2' | 'admin1' | 'country';
}

/** An actor as the dataset names it; `code` is ACLED's inter code (1..8) when known. */
export interface ActorSpec {
  name: string;
  code: number | null;
  /** For UCDP, which the dataset says the side is: a government or an armed group. */
  hint?: 'government' | 'armed-group';
}

export interface FigureSpec {
  group: CasualtyGroup;
  /** Whose dead these are, when the dataset says: the row's first or second actor (side). */
  side?: 1 | 2;
  killed?: number;
  injured?: number;
}

export interface DatasetRow {
  dataset: Dataset;
  /** The dataset's id of the row (event_id_cnty, UCDP id). */
  key: string;
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  /** The graph id to give the event, when the file says (a file this product exported). */
  eventId: string | null;
  subEventType: SubEventType;
  date: string;
  datePrecision: DatePrecision;
  geoPrecision: 1 | 2 | 3;
  place: PlaceSpec;
  actor1: ActorSpec | null;
  actor2: ActorSpec | null;
  /** Associated actors (ACLED assoc_actor_1 / assoc_actor_2): linked when the graph knows them. */
  assoc1: string[];
  assoc2: string[];
  civilianTargeting: boolean;
  figures: FigureSpec[];
  description: string;
  /** Publication date given to the row's provenance (the dataset's timestamp, else the event's last day). */
  published: string;
  /** The row as the file gave it, column by column (stored as the provenance's text). */
  raw: Record<string, string>;
  /** Digest of the row's content and of MAPPING_VERSION: an unchanged row is skipped. */
  digest: string;
}

/** A row that cannot be imported, and why, in words a curator can act on. */
export interface Refusal {
  line: number;
  key: string | null;
  reason: string;
}

export type RowResult = { ok: true; row: DatasetRow } | { ok: false; refusal: Refusal };

export function rowDigest(dataset: Dataset, raw: Record<string, string>): string {
  return createHash('sha256').update(`${MAPPING_VERSION}|${dataset}|${JSON.stringify(raw)}`).digest('hex');
}

/** Trimmed cell text; empty for a missing column. */
export function cell(raw: Record<string, string | undefined>, column: string): string {
  return (raw[column] ?? '').trim();
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function validDay(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as datasets write it: `2022-05-09`, `09 May 2022` (ACLED's older exports), `9-May-22`
 * is not accepted (ambiguous century); `09/05/2022` is read day first, as ACLED's codebook does.
 * Null when it is not a real day.
 */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3);
    return month < 0 ? null : validDay(Number(m[3]), month + 1, Number(m[1]));
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** A whole number >= 0 written as digits (a blank cell is null); undefined when not one. */
export function parseCount(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,7}$/.test(t)) return undefined;
  return Number(t);
}

/** Latitude and longitude that are numbers in range and not the (0, 0) placeholder; else a reason. */
export function parseCoordinates(lat: string, lon: string): { latitude: number; longitude: number } | string {
  if (!lat.trim() || !lon.trim()) return 'latitude and longitude are required';
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return `coordinates "${lat}", "${lon}" are not numbers`;
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) return `coordinates ${latitude}, ${longitude} are out of range`;
  if (latitude === 0 && longitude === 0) return 'coordinates 0, 0 are a placeholder, not a place';
  return { latitude, longitude };
}

/** Splits a list cell ("A; B; C"), dropping blanks. */
export function listCell(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
