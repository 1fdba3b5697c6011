/**
 * Reading one article file: size and encoding checks, optional YAML front matter, datelines
 * (`date 2021-12-04 Shafaq News/ ...`, `ERBIL, Iraq (Reuters) -`), the publication date, and a
 * language check. Every refusal is an ArticleError whose message names the problem.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ID_PATTERN } from '../import/format.js';
import { slugify } from '../import/slug.js';
import { dateValue, datesIn, fileNameDate, publicationDateLine, type DateText } from './published.js';
import type { ParsedArticle } from './types.js';

export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

export class ArticleError extends Error {
  constructor(
    readonly problem: 'empty' | 'binary' | 'too-large' | 'too-long' | 'encoding' | 'front-matter' | 'no-date' | 'bad-date' | 'language' | 'markup',
    message: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

/**
 * The longest title, source and url an article may give (the source becomes the name of its outlet, an indexed entity
 * name, whose limit in the import format is 300 characters).
 */
export const ARTICLE_FIELD_LIMITS = { title: 1000, source: 300, url: 2000 } as const;

/** The first of title, source and url that is longer than its limit, with its length. */
export function overlongField(fields: Partial<Record<keyof typeof ARTICLE_FIELD_LIMITS, string | null | undefined>>): { field: keyof typeof ARTICLE_FIELD_LIMITS; length: number } | null {
  for (const field of Object.keys(ARTICLE_FIELD_LIMITS) as (keyof typeof ARTICLE_FIELD_LIMITS)[]) {
    const length = fields[field]?.length ?? 0;
    if (length > ARTICLE_FIELD_LIMITS[field]) return { field, length };
  }
  return null;
}

export interface ParseOptions {
  fileName?: string | null;
  maxBytes?: number;
  /** Overrides what the text says (the ingest mutation passes them as arguments). */
  overrides?: Partial<Pick<ParsedArticle, 'title' | 'source' | 'url' | 'published' | 'language' | 'id'>>;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const SHAFAQ_DATELINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+Z?)?\s+([^/\n]{2,80}?)\s*\/\s*/i;
/** The rest of a dateline's line when it ends without a sentence's end and a blank line follows: a headline. */
const DATELINE_HEADLINE = /^([^\n]{3,200}?[^\s.!?:"”'’)\]])[ \t]*\n[ \t]*\n(?=\s*\S)/;
const WIRE_DATELINE = /^\s*([A-Z][A-Z .'’/-]{1,40}(?:,\s*[A-Za-z0-9 .,'’-]{2,40})?)\s*\(([A-Za-z0-9 .&'’-]{2,40})\)\s*[-–—:]+\s*/;
/** "Baghdad (AFP) - ", "Kirkuk, Iraq (Xinhua) – ": the same in title case (a wire's name in brackets and a dash after it). */
const TITLE_WIRE_DATELINE = /^\s*([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?)\s*\(([A-Z][A-Za-z0-9 .&'’-]{1,39})\)\s*[-–—]+\s+/;
/** "BAGHDAD – ", "KIRKUK, Iraq – ", "BAGHDAD, Nov 28 – ", "ERBIL, Iraq, Sept. 5: " (no agency in brackets). */
const CITY_DATELINE = /^\s*([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)\s*[-–—:]\s+/;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The day of a wire dateline's place ("BAGHDAD, March 9", "KIRKUK, Iraq, Sept. 5") when it is one to seven days before publication. */
function datelineDay(place: string, published: string): string | null {
  const m = /,\s*([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})\s*$/.exec(place);
  const month = m ? MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (!m || !month) return null;
  let year = Number(published.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (`${year}-${pad(month)}-${pad(Number(m[2]))}` > published) year -= 1;
  const date = normaliseDate(`${year}-${pad(month)}-${pad(Number(m[2]))}`);
  if (!date) return null;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 1 && days <= 7 ? date : null;
}

/** Decodes bytes as UTF-8, refusing binary data and other encodings. */
export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new ArticleError('too-large', `is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)} (ARTICLE_MAX_BYTES)`);
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new ArticleError('binary', 'is a binary file, not text (it contains NUL bytes)');
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  if (sample.length && control / sample.length > 0.05) throw new ArticleError('binary', 'is a binary file, not text (too many control characters)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError('encoding', 'is not valid UTF-8 text; convert it to UTF-8 (for example with iconv -f WINDOWS-1256 -t UTF-8)');
  }
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} kB`;
}

/** A date as YYYY-MM-DD from a front-matter value (string, Date, or ISO timestamp). */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

const ENGLISH_WORDS = new Set(
  'the of and to in a is that for on was with as by at from it an were said have has had are be been this which its after who their not or but they he'.split(' '),
);

/** Rough check that the body is English: mostly Latin script, with common English words. */
function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return true;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (latin / letters < 0.7) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const common = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return words.length < 15 || common / words.length > 0.08;
}

function frontMatterOf(raw: string): { meta: Record<string, unknown>; body: string } {
  if (!/^---[ \t]*\r?\n/.test(raw)) return { meta: {}, body: raw };
  const match = FRONT_MATTER.exec(raw);
  if (!match) throw new ArticleError('front-matter', 'starts with "---" but its front matter is never closed with a second "---" line');
  let meta: unknown;
  try {
    meta = parseYaml(match[1]!);
  } catch (error) {
    // 'title: Round-up: attacks in Diyala' (a second ": ") is the usual slip: say how to mend it.
    const first = (error as Error).message.split('\n')[0];
    throw new ArticleError('front-matter', `has front matter that is not valid YAML (quote a value that holds ": " or " #"): ${first}`);
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
    throw new ArticleError('front-matter', 'has front matter that is not a set of "key: value" lines');
  }
  return { meta: (meta ?? {}) as Record<string, unknown>, body: raw.slice(match[0].length) };
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  return null;
}

/** The first line of text pasted without front matter, when more text follows it. */
const PASTED_HEADLINE = /^\s*([^\n]{8,200})\n(?=\s*\S)/;
const BYLINE_LINE = /^\s*by\s+[A-Z][^\n.!?]{0,80}\n(?=\s*\S)/i;

/**
 * A headline: a few words with no sentence end (nor two sentences, nor a colon introducing what
 * follows), and neither a dateline, a date line nor a byline
 * ("Bomb kills two soldiers near Daquq", "Iraq: PMF says it repelled an attack in Tarmiyah").
 */
function isHeadline(line: string): boolean {
  const t = line.trim();
  if (/[.!?;,:]["”’')\]]*$/.test(t) || /[.!?]["”’]?\s+["“]?[A-Z]/.test(t) || t.split(/\s+/).length < 3 || /^by\s/i.test(t)) return false;
  if (SHAFAQ_DATELINE.test(t) || WIRE_DATELINE.test(t) || TITLE_WIRE_DATELINE.test(t) || CITY_DATELINE.test(`${t} `)) return false;
  return !publicationDateLine(t);
}

/** The full date of a dateline's place part ("KIRKUK, March 3, 2024"), or null. */
function datelineYearDate(place: string): DateText | null {
  const dates = place.includes(',') ? datesIn(place.slice(place.indexOf(',') + 1)) : [];
  return dates.length === 1 ? dates[0]! : null;
}

/** The full date of a dateline that opens one of the body's first lines, after a headline. */
function laterDatelineDate(body: string): DateText | null {
  for (const line of body.split('\n').filter((l) => l.trim()).slice(1, 4)) {
    const m = WIRE_DATELINE.exec(line) ?? CITY_DATELINE.exec(line);
    const found = m ? datelineYearDate(m[1]!) : null;
    if (found) return found;
  }
  return null;
}

/**
 * A date found in the text as YYYY-MM-DD; an ambiguous numeric one is refused with both readings named, unless the date the
 * file's name starts with is one of them (the name settles which way the outlet wrote it; no guess is made).
 */
function dated(found: DateText | null, what: string, named: string | null = null): string | null {
  if (!found) return null;
  if (found.kind === 'date') return found.date;
  if (named && found.readings.includes(named)) return named;
  const [a, b] = found.readings.map((d) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  throw new ArticleError('bad-date', `has ${what} "${found.text}" that could be ${a} or ${b}: write it as YYYY-MM-DD ("published: ${found.readings[0]}" in front matter)`);
}

/** Parses an article's text into its metadata and body; throws ArticleError. */
export function parseArticle(rawInput: string, options: ParseOptions = {}): ParsedArticle {
  const raw = rawInput.replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new ArticleError('empty', 'is empty');
  const { meta, body: afterMeta } = frontMatterOf(raw);
  if (/^\s*<(?:!doctype|html|head|body)\b/i.test(afterMeta) || (afterMeta.match(/<\/?(?:p|div|span|br|a|h[1-6])\b[^>]*>/gi)?.length ?? 0) >= 3) {
    throw new ArticleError('markup', "is an HTML page, not an article's text: paste the article's title, date and paragraphs into a .txt file");
  }
  let body = afterMeta.replace(/^\s*\n/, '');
  const o = options.overrides ?? {};

  const named = options.fileName ? fileNameDate(options.fileName) : null;
  const given = meta.published ?? meta.date;
  let published = o.published ?? normaliseDate(given) ?? (typeof given === 'string' ? dated(dateValue(given), 'a "published" value', named) : null);
  if (given !== undefined && !published) {
    throw new ArticleError('bad-date', `has a "published" value that is not a date: ${JSON.stringify(given)} (use YYYY-MM-DD)`);
  }
  let source = o.source ?? text(meta.source) ?? text(meta.publisher);

  let headline: string | null = null;
  let wireDay: string | null = null;
  const shafaq = SHAFAQ_DATELINE.exec(body);
  if (shafaq) {
    published ??= normaliseDate(shafaq[1]);
    source ??= shafaq[2]!.trim();
    body = body.slice(shafaq[0].length);
    // "date 2025-04-13 Outlet/ Toll rises to seven; bomb wounds two" then a blank line: the rest of the dateline
    // line is the headline (no sentence end), read as the title like front matter's, not as the lead.
    const line = DATELINE_HEADLINE.exec(body);
    if (line) {
      headline = line[1]!.trim();
      body = body.slice(line[0].length);
      const again = /^\s*([^/\n]{2,80}?)\s*\/\s*/.exec(body);
      if (again && again[1]!.trim().toLowerCase() === shafaq[2]!.trim().toLowerCase()) body = body.slice(again[0].length);
    }
  }
  // Text pasted without front matter usually opens with its headline on a line of its own: the title, not the lead.
  if (afterMeta === raw && !(o.title ?? headline)) {
    const first = PASTED_HEADLINE.exec(body);
    if (first && isHeadline(first[1]!)) {
      headline = first[1]!.trim().replace(/^#{1,6}\s+/, ''); // "# Headline" in Markdown
      body = body.slice(first[0].length);
    }
  }
  // "Published: 3 March 2024", "Mar 3, 2024 | 14:35 GMT", "By Staff | 03.03.2024": a line near the top that only
  // dates the article (text pasted as it was published). It is cut out so that the wire dateline below can follow it.
  if (!published) {
    const line = publicationDateLine(body);
    if (line) {
      published = dated(line.date, 'a publication date', named);
      body = body.slice(0, line.start) + body.slice(line.end);
    }
  }
  // A byline on a line of its own ("By Jane Doe", "By Staff Writer, Rudaw") is not the story's first sentence.
  if (headline) body = body.replace(BYLINE_LINE, '');
  // "ERBIL (Kurdistan24) – ", "BAGHDAD, March 9 (Reuters) - ", "BAGHDAD, Iraq – ": where (and when) the report was
  // filed, not part of its first sentence (after a "date" line and its headline too).
  const wire = WIRE_DATELINE.exec(body) ?? TITLE_WIRE_DATELINE.exec(body);
  if (wire) {
    source ??= wire[2]!.trim();
    wireDay = wire[1]!;
    body = body.slice(wire[0].length);
  } else {
    const city = CITY_DATELINE.exec(body);
    if (city && city[1]!.trim().length <= 40) {
      wireDay = city[1]!;
      body = body.slice(city[0].length);
    }
  }
  if (!body.trim()) throw new ArticleError('empty', 'has front matter but no text');
  // "KIRKUK, March 3, 2024 - ": a wire dateline with the year dates the report.
  // A headline may come first: then the dateline opens one of the next lines.
  const datelineDate = wireDay ? datelineYearDate(wireDay) : null;
  published ??= dated(datelineDate ?? laterDatelineDate(body), 'a dateline', named) ?? named;
  if (!published) {
    throw new ArticleError(
      'no-date',
      'has no publication date: add "published: YYYY-MM-DD" to its front matter, put the date on a line of its own near the top ("Published: 3 March 2024"), start it with a dateline such as "date 2021-12-04 Shafaq News/" or "KIRKUK, March 3, 2024 -", or start the file\'s name with YYYY-MM-DD',
    );
  }
  const dateline = wireDay ? datelineDay(wireDay, published) : null;
  // "KIRKUK, Iraq, Sept. 5": the first part names the place (in capitals in a wire's dateline).
  const datelinePlace = wireDay ? wireDay.split(',')[0]!.trim() : '';
  const language = (o.language ?? text(meta.language) ?? 'en').toLowerCase();
  if (!/^en(-|$)/.test(language)) throw new ArticleError('language', `is marked as language "${language}"; only English articles can be read`);
  if (!looksEnglish(body)) throw new ArticleError('language', 'does not look like English text; only English articles can be read');

  const fileName = options.fileName ?? null;
  const givenId = o.id ?? text(meta.id);
  if (givenId && !ID_PATTERN.test(givenId)) throw new ArticleError('front-matter', `has an id that is not of the form "article:slug": ${givenId}`);
  const id =
    givenId ??
    (fileName
      ? `article:${slugify(path.basename(fileName).replace(/\.[^.]+$/, ''), 150)}`
      : `article:${published}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`);

  const title = o.title ?? text(meta.title) ?? headline;
  const url = o.url ?? text(meta.url);
  const overlong = overlongField({ title, source, url });
  if (overlong) throw new ArticleError('too-long', `has a ${overlong.field} of ${overlong.length} characters; the limit is ${ARTICLE_FIELD_LIMITS[overlong.field]}`);

  return {
    id,
    title,
    source,
    url,
    published,
    ...(dateline ? { dateline } : {}),
    ...(datelinePlace ? { datelinePlace } : {}),
    language,
    body: body.trim(),
    raw: rawInput,
    fileName,
  };
}
