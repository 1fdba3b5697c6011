/**
 * Dates in a sentence, resolved against the publication date as news is written: a bare weekday
 * ("on Friday") is the most recent such day on or before publication, "last <weekday>" the one
 * before that when the bare weekday would be the publication day or the day before, a month and
 * day without a year is the latest one not after publication.
 */
import * as chrono from 'chrono-node';
import { addDays, daysBetween } from '../domain/dates.js';
import type { DatePrecision } from '../domain/taxonomy.js';
import { matchesOf } from './text.js';

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2})\b)?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+((?:19|20)\d{2})\b)?`, 'g');

/** "January 16", "16 January 2023": chrono misses some ("on the night of January 16"). */
function monthDays(sentence: string, published: string): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const m of matchesOf(sentence, MONTH_DAY)) {
    const monthName = (m[1] ?? m[5])!.slice(0, 3).toLowerCase();
    const month = MONTHS.indexOf(monthName) + 1;
    const dayOfMonth = Number(m[2] ?? m[4]);
    const yearText = m[3] ?? m[6];
    if (!month || dayOfMonth < 1 || dayOfMonth > 31) continue;
    let year = yearText ? Number(yearText) : Number(published.slice(0, 4));
    let date = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    if (!yearText && date > published) {
      year -= 1;
      date = `${year}${date.slice(4)}`;
    }
    out.push({ date, precision: 'DAY', text: m[0], index: m.index ?? 0 });
  }
  return out;
}

/**
 * Day forms chrono misses: "overnight", "shortly after midnight" with no day named (the night that
 * ends on the publication day; "an overnight attack" in a follow-up may be nights before, and stays
 * undated); "last year" (the year before publication); "on the 11th" (that day of the publication's
 * month, or of the month before when it is later).
 */
function relativeDayForms(sentence: string, published: string): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  // ("Also on Tuesday, before dawn, police arrested": a night form right after the day named is that day's, as the day says.)
  // "Wednesday passed quietly, although a grenade was thrown at a shop shortly after midnight": a sentence led by the day it
  // tells is dated by that day, not by the night before publication.
  const ledByDay = /^(?:(?:On|Late on|Early on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(sentence);
  for (const m of ledByDay ? [] : matchesOf(sentence, /(?<!\b(?:an?|the|this|that|[\w-]+['’]s)\s)(?<!\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?:shortly|just|soon)\s+)?)\b(?:overnight|(?:shortly |just |soon )?after midnight|(?:at|before|just before|shortly before|after|shortly after) dawn|in the early hours)\b(?!\s+(?:on|to|into|between|of|that|the)\b|,?\s+(?:today|yesterday|this|last|tonight)\b|,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi)) {
    out.push({ date: published, precision: 'DAY', text: m[0], index: m.index ?? 0 });
  }
  // "over the past 24 hours", "in the last 48 hours": the publication day, or the day before it.
  for (const m of matchesOf(sentence, /\b(?:past|last|previous)\s+(24|48|twenty-four|forty-eight)\s+hours\b/gi)) {
    out.push({ date: /^(?:48|forty)/i.test(m[1]!) ? addDays(published, -1) : published, precision: 'DAY', text: m[0], index: m.index ?? 0 });
  }
  // "Last year, a similar attack ...": the year before publication, background whatever the day.
  for (const m of matchesOf(sentence, /\b(?:last|the previous|the past) year\b|\bthe year before\b/gi)) {
    out.push({ date: `${Number(published.slice(0, 4)) - 1}-01-01`, precision: 'YEAR', text: m[0], index: m.index ?? 0 });
  }
  for (const m of matchesOf(sentence, /\b(?:on|(?:morning|afternoon|evening|night|dawn) of) the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|floor|anniversary|day|century))/gi)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let [year, month] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
    if (day > Number(published.slice(8, 10))) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(date))) continue;
    out.push({ date, precision: 'DAY', text: m[0], index: m.index ?? 0 });
  }
  return out;
}

const BARE_MONTH = new RegExp(String.raw`\b(?:in|during|since|until|through|throughout|by|of|and|from|to|between|before|after|early|late|mid-?|last|previous)\s+(?:(?:early|late|mid-?)\s*)?${MONTH}(?![\p{L}])(?!\s*\d{1,2}\b)(?!,?\s+(?:19|20)\d{2})`, 'giu');

/** "in November and December", "in late March": a month without a year, the latest one not after publication. */
function bareMonths(sentence: string, published: string): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const m of matchesOf(sentence, BARE_MONTH)) {
    const monthText = m[1]!;
    const month = MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
    if (!month) continue;
    let year = Number(published.slice(0, 4));
    if (month > Number(published.slice(5, 7))) year -= 1;
    // "In September last year", "last September" told in September: the year before.
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    const lastYear = /^\s+(?:of\s+)?(?:last|the previous|the past) year\b/i.test(after);
    if (lastYear && year === Number(published.slice(0, 4))) year -= 1;
    else if (/^(?:last|previous)\b/i.test(m[0]) && month === Number(published.slice(5, 7))) year -= 1;
    out.push({ date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'MONTH', text: monthText, index: (m.index ?? 0) + m[0].lastIndexOf(monthText) });
  }
  return out;
}

/** "a day after Sunday's attack": the weekday dates the attack, not the day after it. */
const SHIFTS = /\b(?:a|one|two|three|four|five|several|\d+)\s+days?\s+(?:after|before|since)\s+(?=\S)/gi;

/** Every date expression in a sentence, resolved. */
/** Words without which a sentence holds no date chrono could read (it is the costliest step). */
const DATE_HINT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:yesterday|today|tonight|ago|week|month|year|morning|evening|night|noon|midnight|dawn|overnight|later|earlier|hours?)\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/i;

/**
 * "Tuesday 7/10/2025": Iraqi and Kurdish statements write numeric dates day first, which an
 * English parser reads month first. Of the two readings, the one the weekday named with it
 * agrees with wins; without a weekday, the day-first reading unless only the other is not after
 * publication.
 */
function dayMonthOrder(text: string, date: string, published: string): string {
  // With a year any separator; without one only a slash ("at 10.11 on Sunday" is a time).
  const num = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text) ?? /\b(\d{1,2})\/(\d{1,2})\b(?!\/)()/.exec(text);
  if (!num) return date;
  const a = Number(num[1]);
  const b = Number(num[2]);
  if (a > 12 || b > 12 || a === b || a === 0 || b === 0) return date;
  const pad = (n: number) => String(n).padStart(2, '0');
  // "Sunday 10/3": no year, the latest reading not after publication.
  const year = (m: number, d: number) => (num[3] ? num[3] : `${pad(m)}-${pad(d)}` > published.slice(5) ? String(Number(published.slice(0, 4)) - 1) : published.slice(0, 4));
  const dayFirst = `${year(b, a)}-${pad(b)}-${pad(a)}`;
  const monthFirst = `${year(a, b)}-${pad(a)}-${pad(b)}`;
  const lower = text.toLowerCase();
  const weekday = WEEKDAYS.findIndex((w) => lower.includes(w));
  if (weekday >= 0) {
    if (utc(dayFirst).getUTCDay() === weekday) return dayFirst;
    if (utc(monthFirst).getUTCDay() === weekday) return monthFirst;
  }
  if (dayFirst > published && monthFirst <= published) return monthFirst;
  return dayFirst;
}

/** The weekday named first in a text (-1 when none). */
function firstWeekday(lower: string): number {
  const m = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/.exec(lower);
  return m ? WEEKDAYS.indexOf(`${m[1]}day`) : -1;
}

export function resolveDates(sentence: string, published: string): ResolvedDate[] {
  const ref = utc(published);
  const results: ResolvedDate[] = [];
  const text = sentence.replace(SHIFTS, (m) => ' '.repeat(m.length));
  const parsed = DATE_HINT.test(sentence) ? parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }) : [];
  for (const r of parsed) {
    // "rose to 12 on Monday": chrono takes the figure for an hour; the date starts at "on".
    const figure = /^\d{1,4}\s+(?=(?:on|at|in|late|early)\b)/i.exec(r.text)?.[0] ?? '';
    const text = r.text.slice(figure.length);
    const index = r.index + figure.length;
    const lower = text.toLowerCase();
    // "Baghdad Today", "USA Today": a capitalised "Today" after a capitalised word inside a sentence names an outlet, not a day.
    if (/^To(?:day|night)\b/.test(text) && index > 0 && /\b[A-Z][\w'’-]*\s$/.test(sentence.slice(Math.max(0, index - 30), index))) continue;
    // "for several hours", "over the past four days": a duration or a period, not a day.
    if (/\b(?:hours?|minutes?)\b/.test(lower) && !/\b(?:ago|later|earlier)\b/.test(lower)) continue;
    // "About an hour later", "minutes earlier": counted from the event just told, not from publication.
    // ... and "Two days later", "a day earlier": counted from the incident told before.
    if (/\b(?:hours?|minutes?|(?:a|one|two|three|four|five|six|\d+)\s+days?)\s+(?:later|earlier)\b/.test(lower)) continue;
    if (/\b(?:past|last|previous|coming|next)\s+(?:\w+\s+)?(?:days|weeks|months|hours|years)\b/.test(lower)) continue;
    // "had been watched for a week before our aircraft struck it": how long, not when.
    if (/^(?:an?|one|two|three|several|a few|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after|earlier|later)\b/.test(lower) && /\bfor\s+$/i.test(sentence.slice(Math.max(0, index - 5), index))) continue;
    const start = r.start;
    let date: string;
    let precision: DatePrecision = 'DAY';
    // "the night of Saturday to Sunday": the night is the first day's.
    const weekday = firstWeekday(lower);
    if (weekday >= 0 && !start.isCertain('day')) {
      const pubDay = ref.getUTCDay();
      let back = (pubDay - weekday + 7) % 7;
      // "last Tuesday" written on a Wednesday: the Tuesday of the week before; the day before is "yesterday" or "on Tuesday".
      const lastNamed = /\blast\b/.test(sentence.slice(Math.max(0, index - 6), index + text.length).toLowerCase());
      if (lastNamed && back === 0) back = 7;
      else if (lastNamed && back === 1) back = 8;
      date = addDays(published, -back);
    } else if (/\b(?:last|past|previous) week\b/.test(lower)) {
      // The calendar week (Monday to Sunday) before the publication's.
      date = addDays(published, -7 - ((ref.getUTCDay() + 6) % 7));
      precision = 'WEEK';
    } else if (/\bthis week\b/.test(lower)) {
      // "earlier this week": the seven days that end on publication ("later this week" is still to come).
      if (/\blater\s+$/i.test(sentence.slice(Math.max(0, index - 8), index))) continue;
      date = addDays(published, -6);
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
    date = dayMonthOrder(text, date, published);
    if (date > published) continue;
    results.push({ date, precision, text, index });
  }
  // "on 10-3-2024", "on 10.3.2024", "on 2024-03-10": numeric dates chrono leaves (or reads as a bare year).
  for (const m of matchesOf(sentence, /\b(\d{1,2})[.-](\d{1,2})[.-]((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) {
    const at = m.index ?? 0;
    if (results.some((r) => r.index < at + m[0].length && at < r.index + r.text.length)) continue;
    const date = m[4] ? `${m[4]}-${m[5]}-${m[6]}` : dayMonthOrder(m[0], `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, published);
    if (Number.isNaN(Date.parse(date)) || date > published) continue;
    results.push({ date, precision: 'DAY', text: m[0], index: at });
  }
  for (const d of monthDays(sentence, published)) {
    if (d.date > published || results.some((r) => r.index < d.index + d.text.length && d.index < r.index + r.text.length)) continue;
    results.push(d);
  }
  for (const d of relativeDayForms(sentence, published)) {
    if (results.some((r) => r.index < d.index + d.text.length && d.index < r.index + r.text.length)) continue;
    results.push(d);
  }
  for (const d of bareMonths(sentence, published)) {
    if (results.some((r) => r.index < d.index + d.text.length && d.index < r.index + r.text.length)) continue;
    results.push(d);
  }
  // Bare years ("In 2017, ...", "the 2019 protest movement") mark background, not the event being reported.
  for (const m of matchesOf(sentence, /\b((?:19|20)\d{2})\b(?![-/]\d)/g)) {
    const at = m.index ?? 0;
    if (results.some((r) => at >= r.index && at < r.index + r.text.length)) continue;
    if (Number(m[1]) > Number(published.slice(0, 4))) continue;
    results.push({ date: `${m[1]}-01-01`, precision: 'YEAR', text: m[0], index: at });
  }
  return namedDay(weekdayRanges(results.sort((a, b) => a.index - b.index), sentence, published), sentence);
}

const WEEKDAY_RANGE = /\b(?:between|from)\s+(?:last\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day\s+(?:and|to|until|till|through)\s+(?:last\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;

/**
 * "recorded in five incidents between Sunday and Friday", "from Monday to Thursday": a span of days, not its first or last
 * day; one period (precision WEEK) from the first day, when it ends by publication.
 */
function weekdayRanges(dates: ResolvedDate[], sentence: string, published: string): ResolvedDate[] {
  if (!/\b(?:between|from)\s/i.test(sentence)) return dates;
  let out = dates;
  for (const m of matchesOf(sentence, WEEKDAY_RANGE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const inside = out.filter((d) => d.index < end && at < d.index + d.text.length);
    const first = inside[0];
    if (!first || first.precision !== 'DAY') continue;
    const span = (WEEKDAYS.indexOf(`${m[2]!.toLowerCase()}day`) - WEEKDAYS.indexOf(`${m[1]!.toLowerCase()}day`) + 7) % 7;
    if (!span || addDays(first.date, span) > published) continue;
    out = [...out.filter((d) => !inside.includes(d)), { date: first.date, precision: 'WEEK' as const, text: m[0], index: at }].sort((a, b) => a.index - b.index);
  }
  return out;
}

const RELATIVE_NAME = /^(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|last night)$/i;

/**
 * "at dawn today, Saturday", "yesterday (Friday)": a day told twice, relative to the writing and by its
 * name; the name holds when the two disagree (the story was filed a day before the outlet dated it).
 */
function namedDay(dates: ResolvedDate[], sentence: string): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const d of dates) {
    const last = out.at(-1);
    const gap = last ? sentence.slice(last.index + last.text.length, d.index) : '';
    if (last && RELATIVE_NAME.test(last.text) && firstWeekday(d.text.toLowerCase()) >= 0 && /^\s*[,(]?\s*$/.test(gap) && d.precision === 'DAY') {
      out[out.length - 1] = { ...d, text: sentence.slice(last.index, d.index + d.text.length), index: last.index };
      continue;
    }
    out.push(d);
  }
  return out;
}
