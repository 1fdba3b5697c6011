/**
 * When an event happened: the time argument of a trigger, and whether the event is background.
 * A date qualifies when it is not the date of the reporting ("an official said on Sunday") and
 * not inside a quote the trigger is not in; the trigger's own clause is read first, then the
 * nearest date. An event more than a month before publication, dated only by a year, or told as
 * habitual ("for years", "since 2014") is background: it never becomes a current event.
 */
import { deedClause, triggerClause } from './clauses.js';
import { addDays, daysBetween, type ResolvedDate } from './dates.js';
import { BACKGROUND_CONTEXT } from './lexicon.js';
import { inQuote } from './quotes.js';
import type { SentenceReading } from './reading.js';

export const BACKGROUND_DAYS = 31;

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "A day after", ", two days after", ", hours after": a clause told as a set time before the one of the sentence's day. */
const SHIFT_LEAD = /(?:^\s*|,\s+)(?:(a|one|two|three|four|five|six|\d+)\s+(?:days?|(?=weeks?))(?:weeks?)?|(hours|just hours|only hours|a few hours))\s+(after|before)\s+(?=\S)/i;
const SHIFTED = /\b(came|happened|occurred|followed|took place)\s+(a|one|two|three|four|five|\d+)\s+days?\s+(after|before)\b/i;
const RELATIVE_DAY = /\b(?:(?:on |during |in )?the same (?:day|night|evening|morning|afternoon)|(?:later|earlier) (?:that|the same) (?:day|night|evening|morning|afternoon)|(?:on |in )?the (?:following|next) (?:day|night|morning|evening|afternoon)|(?:a|one|two|three|four|five|six|\d+) days? (?:later|earlier|(?:before|after) (?:that|this|then))|(?:(?:about |some |around )?an|\w+|several|a few) (?:hours?|minutes?) (?:later|earlier)|(?:on )?the (?:previous|preceding) (?:day|night|evening)|the day before|the night before|(?:(?:about|some|around|nearly|roughly|just|only)\s+)?(?:an?|one|two|three|four|five|six|\d+|several|a few|half an)\s+hours?\s+after\s+the\s+(?:[\w-]+\s+)?(?:battle|fighting|clash(?:es)?|gunfight|firefight|attack|assault|exchange of fire)\s+(?:had\s+)?(?:ended|was over|were over|subsided|died down|stopped|ceased))\b/i;

/** "the night before", "on the previous day": the day before the one the sentence tells. */
const PRIOR_DAY = /\b(?:the (?:night|day|evening) before|(?:on )?the (?:previous|preceding) (?:day|night|evening))\b(?!\s+(?:yesterday|last)\b)/i;

/** Days from the incident told before to the one a relative day names ("the next day" 1, "two days earlier" -2). */
function dayOffset(phrase: string): number {
  if (/same|(?<!\b(?:before|after) )that|hours? later|minutes? later|hours? earlier|minutes? earlier|hours? after the/i.test(phrase)) return 0;
  // ("Two days before that", "a day after that": counted from the incident told before, as "two days earlier" is.)
  const days = /^(a|one|two|three|four|five|six|\d+) days? (later|earlier|(?:before|after) (?:that|this|then))$/i.exec(phrase);
  if (days) {
    const n = /^(?:a|one)$/i.test(days[1]!) ? 1 : Number(days[1]) || NUMBER_WORDS[days[1]!.toLowerCase()] || 1;
    return /later|after/i.test(days[2]!) ? n : -n;
  }
  return /following|next/i.test(phrase) ? 1 : -1;
}

export interface TimeArgument {
  date: ResolvedDate | null;
  /** "the same night", "the next day": a day counted from the incident told before. */
  relative?: number;
  /** The event lies in the past the article only recalls. */
  background: boolean;
  evidence: string | null;
  /**
   * The day of a report the event is the object of ("announced on Friday the arrest of", "condemned
   * on Thursday the attack"): no day of the event, but its latest possible day.
   */
  reported?: ResolvedDate;
}

const REPORTING = /\b(?:said|told|says|added|announced|reported|stated|confirmed|declared|tweeted|wrote|posted|statement|conference|briefing|spoke|speaking|summoned|protested|met|visited|received|published|released|issued|condemned|denounced|mourned|praised|welcomed|deplored|claimed|buried|funerals?)\s+(?:[\w'’-]+\s+){0,3}$|\b(?:rose|risen|climbed|reached|increased|jumped|settled|stood) (?:to|at) (?:\w+\s+){1,3}$|\b(?:posted|published|issued|released|carried|statement)\s+(?:[\w'’-]+\s+){0,3}(?:website|site|channel|account|page|agency|outlets?|media)\s+(?:on\s+)?$/i;

/** "rose this morning to 71": a toll's verb before a day, and its new figure after it. */
const TOLL_ROSE_BEFORE = /\b(?:rose|risen|climbed|reached|increased|jumped|mounted|grew)\s+(?:(?:on|early|late|by)\s+)?$/i;
const TOLL_TO_AFTER = /^\s*,?\s+(?:to|at)\s+(?:at least\s+|about\s+|some\s+|nearly\s+|more than\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens)\b)/i;

const REPORTED_NEXT = /^\s+(?:said|told|announced|reported|stated|confirmed|declared|summoned|condemned|denounced|protested)\b/i;

/** True when a date says an event is older than the current news. */
export function isBackgroundDate(d: ResolvedDate, published: string): boolean {
  if (d.precision === 'YEAR') return true;
  if (d.precision === 'MONTH') return daysBetween(d.date, published) > BACKGROUND_DAYS + 30 || (d.date.slice(0, 7) !== published.slice(0, 7) && daysBetween(d.date, published) > BACKGROUND_DAYS);
  return daysBetween(d.date, published) > BACKGROUND_DAYS;
}

/** The dates of a sentence that may date an event (not the reporting, not a quote the trigger is outside). */
export function eventDates(r: SentenceReading, triggerQuoted: boolean, trigger?: { start: number; end: number }): ResolvedDate[] {
  const text = r.sentence.text;
  return r.dates.filter((d) => {
    if (reportingDate(text, d, trigger)) return false;
    // "A boy wounded when shells hit his village died overnight": the day a wounded victim died, not the day of the attack.
    // ... and "died on Monday of wounds sustained in a bomb attack": the wounds say so themselves.
    const died = DIED_LATER.exec(text.slice(Math.max(0, d.index - 60), d.index));
    if (died && (WOUNDED_BEFORE.test(text.slice(0, d.index)) || /\b(?:wounds|injuries)\b/i.test(died[0]) || DIED_OF.test(text.slice(d.index + d.text.length)))) return false;
    if (inQuote(r.quotes, d.index, d.index + d.text.length) && !triggerQuoted) return false;
    // "the third attack since Friday", "the deadliest attack since 2021": where a count starts, not when the event was ("since Friday's bombing" dates
    // the bombing; "camping outside the building since Monday" is a state that began then).
    if (COUNTED_SINCE.test(text.slice(Math.max(0, d.index - 60), d.index)) && !(trigger && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(d.index + d.text.length, trigger.start)))) return false;
    return true;
  });
}

/**
 * A date told right after a verb of reporting is the report's ("said on Sunday"), unless that verb is
 * the event itself ("Returnees protested on Saturday").
 */
function reportingDate(text: string, d: ResolvedDate, trigger?: { start: number; end: number }): boolean {
  // "No group has claimed Sunday's abduction", "condemned Monday's bombing": a day in the possessive is the noun's, not the report's.
  if (/^['’]s\b/.test(text.slice(d.index + d.text.length))) return false;
  // "the toll of the bombing rose this morning to 71", "has climbed on Sunday to 40": the day a count was updated.
  if (TOLL_ROSE_BEFORE.test(text.slice(Math.max(0, d.index - 30), d.index)) && TOLL_TO_AFTER.test(text.slice(d.index + d.text.length, d.index + d.text.length + 30))) return true;
  // "The ministry on Tuesday summoned the envoy to protest a strike": a day told just before the verb of reporting.
  const next = REPORTED_NEXT.exec(text.slice(d.index + d.text.length, d.index + d.text.length + 20));
  if (next && !(trigger && trigger.start <= d.index + d.text.length + next[0].length && trigger.end > d.index)) return true;
  const from = Math.max(0, d.index - 45);
  const m = REPORTING.exec(text.slice(from, d.index));
  if (!m) return false;
  const at = from + (m.index ?? 0);
  // The verb is the event, or the event stands between the verb and the date ("condemned the attack yesterday").
  if (trigger && trigger.start <= at && at < trigger.end) return false;
  if (trigger && trigger.start > at && trigger.end <= d.index) return false;
  return true;
}

const COMPARED_SINCE = /\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|deadliest|worst|biggest|largest|latest|only|another)\s+(?:[\w-]+\s+){0,3}since\s+[^,.;]*/gi;
const COUNTED_SINCE = /\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|deadliest|worst|biggest|largest|latest|only|another)\s+(?:[\w-]+\s+){0,3}since\s+$/i;

/** "died overnight", "succumbed to his wounds on Sunday", "died in hospitals overnight": the words before the day a wounded victim died. */
const DIED_LATER = /\b(?:died|succumbed)(?:\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries))?(?:\s+(?:in|at)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}hospitals?)?\s+(?:on\s+|early\s+|late\s+)?$/i;
// ("A second man shot when troops fired on the crowd died in hospital overnight": shot, not shot dead, is wounded.)
const WOUNDED_BEFORE = /\b(?:wounded|injured|hurt|shot(?!\s+(?:dead|and\s+killed)\b))\b/i;
/** "... on Monday of wounds sustained ...": what a victim died of, told after the day. */
const DIED_OF = /^\s*,?\s*(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b/i;

/** "comes two days after", "follows": the words after an incident's noun that tell another, earlier one. */
const FOLLOWS = /^(?:\s+[\w'’-]+){0,2}?\s+(?:(?:comes|came)\s+(?:[\w-]+\s+){0,5}?(?:after|before)|follows|followed)\b/i;

/** The words that open the period a date starts ("since the second week of", "since late"). */
const SINCE = /\bsince\s+(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:week|days?)\s+of\s+|(?:start|beginning|end|middle)\s+of\s+|early\s+|late\s+|mid-?\s*)?$/i;

/** "planted years ago", "left over from the war decades before": how old a device is. */
const DEVICE_AGE = /\b(?:planted|laid|left(?: behind| over)?|buried|abandoned|placed|dating back)\b[^.,;]{0,40}?\b(?:years?|decades?) (?:ago|earlier|before)\b/gi;

export function timeOf(r: SentenceReading, trigger: { start: number; end: number }, published: string): TimeArgument {
  const text = r.sentence.text;
  const triggerQuoted = inQuote(r.quotes, trigger.start, trigger.end);
  const dates = eventDates(r, triggerQuoted, trigger);
  const clause = triggerClause(r.clauses, trigger.start);
  const inClause = dates.filter((d) => clause && d.index >= clause.start && d.index < clause.end);
  // A past date of a later aside ("..., adding that one of them had been a member until 2019") is the
  // aside's; one told before the trigger still dates it ("the 2019 protests, during which 600 were killed").
  // ... and so is one of a relative clause closed before the trigger ("ISIS, which seized the town in 2014, killed five soldiers").
  const aside = (d: ResolvedDate) =>
    isBackgroundDate(d, published) &&
    ((d.index > trigger.start && r.clauses.some((c) => (c.kind === 'attribution' || c.kind === 'relative') && c.start > trigger.end && c.start <= d.index)) ||
      r.clauses.some((c) => c.kind === 'relative' && c.start <= d.index && d.index < c.end && c.end <= trigger.start));
  // "buried on Tuesday the victims of the strike that hit the city on Monday night": the day of a relative clause that
  // tells the deed of the trigger's noun dates the incident, not the day of the clause the noun stands in.
  const deed = deedClause(text, r.clauses, trigger);
  const toldDay = deed ? dates.find((d) => d.index >= deed.start && d.index < deed.end && d.precision === 'DAY' && !isBackgroundDate(d, published)) : undefined;
  if (toldDay && !triggerQuoted) return { date: toldDay, background: false, evidence: toldDay.text };
  // "This attack comes two days after the drone that hit X on Sunday": a day told past "after" is the earlier incident's.
  const follows = FOLLOWS.exec(text.slice(trigger.end));
  const beforeCut = (d: ResolvedDate) => !follows || d.index < trigger.end + follows[0].length;
  const pool = inClause.length ? inClause : dates.filter((d) => !aside(d) && beforeCut(d));
  const distance = (d: ResolvedDate) => Math.min(Math.abs(d.index - trigger.end), Math.abs(trigger.start - (d.index + d.text.length)));
  const nearest = [...pool].sort((a, b) => distance(a) - distance(b))[0] ?? null;
  const clauseText = clause ? text.slice(clause.start, clause.end) : text;
  // "a landmine planted years ago by ISIS": the age of the device, not of the blast.
  // ... nor is "the deadliest attack since 2021" one of a period: it compares.
  const current = (t: string) => t.replace(DEVICE_AGE, ' ').replace(COMPARED_SINCE, ' ');
  // "On Saturday, 250 men held a sit-in to demand the compensation Baghdad promised three years ago": a past told
  // after a trigger that has a current day of its own is the object's, not the event's.
  const pastAfter = (() => {
    const m = BACKGROUND_CONTEXT.exec(clauseText);
    return Boolean(m && (clause?.start ?? 0) + (m.index ?? 0) >= trigger.end && inClause.some((d) => d.precision === 'DAY' && !isBackgroundDate(d, published)));
  })();
  const habitual = (BACKGROUND_CONTEXT.test(current(clauseText)) && !pastAfter) || (!inClause.length && BACKGROUND_CONTEXT.test(current(text)) && !dates.some((d) => !isBackgroundDate(d, published)));
  // "the fourth anniversary of the US strike": an event of another year, recalled.
  if (/\banniversary of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$/i.test(text.slice(Math.max(0, trigger.start - 80), trigger.start))) return { date: null, background: true, evidence: 'anniversary' };
  // "A day after gunmen killed two soldiers, police arrested three suspects on Monday", "..., two days after a bomb
  // killed ...": the event of the "after" clause is that many days before the day the sentence gives.
  const lead = SHIFT_LEAD.exec(text);
  if (lead) {
    const from = (lead.index ?? 0) + lead[0].length;
    const initial = !/,/.test(lead[0]);
    const comma = text.indexOf(',', from);
    const end = initial && comma >= 0 ? comma : text.length;
    const n = lead[2] ? 0 : /week/i.test(lead[0]) ? 7 : /^(?:a|one)$/i.test(lead[1]!) ? 1 : Number(lead[1]) || NUMBER_WORDS[lead[1]!.toLowerCase()] || 0;
    const base = dates.filter((d) => (d.index < (lead.index ?? 0) || d.index >= end) && d.precision === 'DAY' && !isBackgroundDate(d, published)).sort((a, b) => Math.abs(a.index - from) - Math.abs(b.index - from))[0];
    if (trigger.start >= from && trigger.start < end && (n || lead[2]) && base && !dates.some((d) => d.index >= from && d.index < end)) {
      const offset = /before/i.test(lead[3]!) ? n : -n;
      return { date: { ...base, date: addDays(base.date, offset), text: lead[0].trim() }, background: false, evidence: lead[0].trim() };
    }
  }
  // "The airstrike came a day after a Turkish drone killed ...": the later clause's event is that many days earlier.
  const shift = SHIFTED.exec(text);
  if (shift && (shift.index ?? 0) + shift[0].length <= trigger.start && !inClause.length) {
    const n = /^(?:a|one)$/i.test(shift[2]!) ? 1 : Number(shift[2]) || ({ two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[shift[2]!.toLowerCase()] || 0;
    if (n) return { date: null, relative: /before/i.test(shift[3]!) ? n : -n, background: false, evidence: shift[0] };
  }
  // "detained three suspects on Saturday, and a day later fighters repelled an attack": the clause's
  // own relative day, counted from the date the sentence gives the clause before.
  const own = !inClause.length && nearest && nearest.precision === 'DAY' && nearest.index < trigger.start ? RELATIVE_DAY.exec(clauseText) : null;
  if (own) {
    const offset = dayOffset(own[0]);
    return { date: { ...nearest!, date: addDays(nearest!.date, offset), text: own[0] }, background: false, evidence: own[0] };
  }
  // "The governor on Tuesday ordered a hunt for the gunmen who shot dead a sheikh the night before": the day before
  // told right after the trigger counts back from the day told before it.
  const prior = nearest && nearest.precision === 'DAY' && nearest.index + nearest.text.length <= trigger.start ? PRIOR_DAY.exec(text.slice(trigger.end, trigger.end + 80)) : null;
  if (prior && !/[.;]/.test(text.slice(trigger.end, trigger.end + (prior.index ?? 0))) && !dates.some((d) => d.index >= trigger.end && d.index < trigger.end + (prior.index ?? 0))) {
    return { date: { ...nearest!, date: addDays(nearest!.date, -1), text: prior[0] }, background: false, evidence: prior[0] };
  }
  if (!nearest) {
    const rel = RELATIVE_DAY.exec(clauseText) ?? RELATIVE_DAY.exec(text);
    const relative = rel ? dayOffset(rel[0]) : undefined;
    // "The police announced on Friday the arrest of four suspects": the report, told before the event it
    // reports, bounds its day; a report told after ("..., police said on Tuesday") does not.
    const reported = rel || triggerQuoted ? undefined : r.dates.filter((d) => d.index + d.text.length <= trigger.start && !isBackgroundDate(d, published) && reportingDate(text, d, trigger)).at(-1);
    return { date: null, relative, background: habitual, evidence: rel?.[0] ?? null, ...(reported ? { reported } : {}) };
  }
  // "Protests have spread across the south since the second week of July": a month or a year a
  // period starts from dates no one event, it tells an aggregate or a state that lasts.
  if (nearest.precision !== 'DAY' && SINCE.test(text.slice(Math.max(0, nearest.index - 40), nearest.index))) return { date: nearest, background: true, evidence: nearest.text };
  if (isBackgroundDate(nearest, published)) {
    // A current date in the same clause still wins ("on Monday, for the first time since 2019").
    // ... but not in a relative clause told of a dated noun ("sentenced on Monday ... the 2016 bombing, which killed 300"): the noun's year dates it.
    // ... nor for a noun the year stands in ("the 1988 chemical attack", "the 2017 battle for Mosul").
    const theYear = nearest.precision === 'YEAR' && /\bthe\s+$/i.test(text.slice(Math.max(0, nearest.index - 8), nearest.index));
    const antecedent = theYear && clause?.kind === 'relative' && !inClause.length && nearest.index < clause.start && clause.start - nearest.index < 60;
    const attributive = theYear && nearest.index < trigger.start && /^\s+(?:[\w'’-]+\s+){0,3}$/.test(text.slice(nearest.index + nearest.text.length, trigger.start));
    const current = antecedent || attributive ? undefined : pool.find((d) => !isBackgroundDate(d, published));
    if (current) return { date: current, background: false, evidence: current.text };
    return { date: nearest, background: true, evidence: nearest.text };
  }
  return { date: nearest, background: habitual, evidence: nearest.text };
}
