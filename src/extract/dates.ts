/**
 * Dates in a sentence, resolved against the publication date as news is written: a bare weekday
 * ("on Friday") is the most recent such day on or before publication, "last <weekday>" the one
 * before that, a month and day without a year is the latest one not after publication.
 */
import * as chrono from 'chrono-node';
import { addDays, daysBetween } from '../domain/dates.js';
import type { DatePrecision } from '../domain/taxonomy.js';

export { addDays, daysBetween };

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  text: string;
  /** Offset of the expression in the sentence. */
  index: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

const parser = chrono.en.casual.clone();

/** Every date expression in a sentence, resolved. */
export function resolveDates(sentence: string, published: string): ResolvedDate[] {
  const ref = utc(published);
  const results: ResolvedDate[] = [];
  for (const r of parser.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const text = r.text;
    const lower = text.toLowerCase();
    const start = r.start;
    let date: string;
    let precision: DatePrecision = 'DAY';
    const weekday = WEEKDAYS.findIndex((w) => lower.includes(w));
    if (weekday >= 0 && !start.isCertain('day')) {
      const pubDay = ref.getUTCDay();
      let back = (pubDay - weekday + 7) % 7;
      if (/\blast\b/.test(sentence.slice(Math.max(0, r.index - 6), r.index + text.length).toLowerCase()) && back === 0) back = 7;
      date = addDays(published, -back);
    } else if (/\b(?:last|past|previous) week\b/.test(lower)) {
      date = addDays(published, -7);
      precision = 'WEEK';
    } else if (/\bthis week\b/.test(lower)) {
      date = published;
      precision = 'WEEK';
    } else if (/\b(?:this|earlier this|last|past) month\b/.test(lower) && !start.isCertain('day')) {
      date = iso(start.date()).slice(0, 8) + '01';
      precision = 'MONTH';
    } else if (start.isCertain('month') && start.isCertain('year') && !start.isCertain('day')) {
      // "in January 2020": a month.
      date = iso(start.date()).slice(0, 8) + '01';
      precision = 'MONTH';
    } else if (!start.isCertain('day') && !start.isCertain('weekday') && !/\b(?:yesterday|today|tonight|this morning|this evening|ago)\b/.test(lower)) {
      // A time of day alone ("at 11 pm") says nothing about the date.
      continue;
    } else {
      date = iso(start.date());
      if (!start.isCertain('year') && date > published) {
        date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
      }
    }
    if (date > published) continue;
    results.push({ date, precision, text, index: r.index });
  }
  // Bare years ("In 2017, ...") mark background, not the event being reported.
  for (const m of sentence.matchAll(/\b(?:in|since|until|by|during) ((?:19|20)\d{2})\b/gi)) {
    if (!results.some((r) => r.text.includes(m[1]!))) results.push({ date: `${m[1]}-01-01`, precision: 'YEAR', text: m[0], index: m.index ?? 0 });
  }
  return results.sort((a, b) => a.index - b.index);
}
