/**
 * The publication date of an article pasted as it was published: a date written the way outlets
 * print it ("March 3, 2024", "3 March 2024", "2024/03/03", "03.03.2024", "Sun 3 Mar 2024 14:35
 * GMT"), on a line of its own near the top ("Published: ...", "Posted on ...", "By Staff | ..."),
 * in front matter, or at the start of the file's name ("2024-03-03-kirkuk-bomb.txt").
 *
 * Numeric dates with slashes or dashes are read day-first or month-first only when one reading is
 * impossible (a part over 12) or both give the same day; otherwise the caller is told the date is
 * ambiguous, never left with a guess. Dots are day-first, as Iraqi and European outlets print them.
 */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

/** A date found in text: where it is, and the day it names (or the two days it may name). */
export type DateText =
  | { kind: 'date'; date: string; index: number; length: number }
  | { kind: 'ambiguous'; text: string; readings: [string, string]; index: number; length: number };

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => DateText | null }[] = [
  // 2024-03-03, 2024-03-03T10:00:00Z, 2024/03/03, 2024.03.03
  { re: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-]\d)/g, read: (m) => day(m, +m[1]!, +m[3]!, +m[4]!) },
  // March 3, 2024; Mar. 3rd 2024; Sept 3, 2024
  { re: new RegExp(`\\b${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => day(m, +m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!) },
  // 3 March 2024; 3rd of March, 2024; 03-Mar-2024
  { re: new RegExp(`\\b${ORDINAL}(?:\\s+of)?[\\s-]+${MONTH},?[\\s-]+(\\d{4})\\b`, 'gi'), read: (m) => day(m, +m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!) },
  // 03.03.2024 (day first); 03/04/2024 and 03-04-2024 (read only when unambiguous)
  {
    re: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g,
    read: (m) => {
      const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
      if (m[2] === '.') return day(m, y, b, a);
      const dayFirst = day(m, y, b, a);
      const monthFirst = day(m, y, a, b);
      if (!dayFirst || !monthFirst || (dayFirst.kind === 'date' && monthFirst.kind === 'date' && dayFirst.date === monthFirst.date)) return dayFirst ?? monthFirst;
      if (dayFirst.kind !== 'date' || monthFirst.kind !== 'date') return null;
      return { kind: 'ambiguous', text: m[0], readings: [dayFirst.date, monthFirst.date], index: m.index, length: m[0].length };
    },
  },
];

function day(m: RegExpExecArray, year: number, month: number, dayOfMonth: number): DateText | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (d.getUTCMonth() !== month - 1) return null;
  return { kind: 'date', date: d.toISOString().slice(0, 10), index: m.index, length: m[0].length };
}

/** Every date written in `text`, in the order they appear (overlapping readings dropped). */
export function datesIn(text: string): DateText[] {
  const found: DateText[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = read(m);
      if (d && !found.some((f) => d.index < f.index + f.length && f.index < d.index + d.length)) found.push(d);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A value that is one date and nothing else (front matter's `published: March 3, 2024`), or null. */
export function dateValue(value: string): DateText | null {
  const all = datesIn(value);
  if (all.length !== 1) return null;
  const rest = (value.slice(0, all[0]!.index) + value.slice(all[0]!.index + all[0]!.length)).toLowerCase();
  return leftoverWords(rest).length ? null : all[0]!;
}

/** Words a date line may hold besides the date: labels, weekdays, clock times and zones, "by" and a byline. */
const LABEL = /\b(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|date[d]?|released|issued|on|at|in|am|pm|a\.m\.|p\.m\.|gmt|utc|ast|bst|cet|est|edt|pst|local\s+time|time|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?/g;

function leftoverWords(text: string): string[] {
  return text
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g, ' ')
    .replace(/[+-]\d{2}:?\d{2}\b/g, ' ')
    .replace(LABEL, ' ')
    .split(/[^a-z\u00c0-\u024f'’-]+/i)
    .filter((w) => /[a-z]/i.test(w));
}

/** The lines of a byline (" By Jane Doe | Rudaw "), whose words are names, not prose. */
const BYLINE = /(?:^|[|·•—–-]\s*)by\s+[^|·•—–]{1,60}/i;

export interface DateLine {
  /** The date, or the two days an ambiguous numeric date may name. */
  date: DateText;
  /** The line's offset and length in the text, to cut it out of the body. */
  start: number;
  end: number;
}

/**
 * The first line near the top of an article that only gives a date (with labels, a weekday, a
 * clock time or a byline around it). Only the first eight non-empty lines are read, and the search
 * stops at the first paragraph of prose, so a date inside a story's sentences is never taken.
 * A line that says "updated" is used only when no other date line is found.
 */
export function publicationDateLine(text: string): DateLine | null {
  let updated: DateLine | null = null;
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    if (++seen > 8 || line.length > 160) break;
    // "Published 3 March 2024 | Updated 4 March 2024": each part on its own.
    const parts = line.split(/\s+[|·•]\s+/);
    if (parts.some((p) => datesIn(p).length > 1) || parts.some((p) => !datesIn(p).length && leftoverWords(p.replace(BYLINE, ' ')).length > 2)) continue;
    for (const part of parts) {
      const dates = datesIn(part);
      if (dates.length !== 1) continue;
      const d = dates[0]!;
      const rest = (part.slice(0, d.index) + part.slice(d.index + d.length)).replace(BYLINE, ' ');
      if (leftoverWords(rest).length > 2) continue;
      const found = { date: d, start, end: Math.min(offset, text.length) };
      if (/\b(?:last\s+)?updated|modified\b/i.test(part)) updated ??= found;
      else return found;
    }
  }
  return updated;
}

/** The date at the start of a file's name ("2024-03-03-kirkuk-bomb.txt"), or null. */
export function fileNameDate(fileName: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?=$|[-_. ])/.exec(fileName.replace(/^.*[\\/]/, ''));
  if (!m) return null;
  const d = day(m, +m[1]!, +m[2]!, +m[3]!);
  return d?.kind === 'date' ? d.date : null;
}
