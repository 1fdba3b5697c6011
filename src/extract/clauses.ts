/**
 * Clauses of a sentence, by their markers: quotes, relative clauses (", which", "that took the
 * lives of"), subordinate clauses ("when", "after", "while"), attributions (", an official said",
 * "according to"), and coordinated main clauses ("; ", ", and then"). Good enough to keep an
 * event's arguments with its own trigger: a date or place in another clause belongs there first.
 */
import type { Quote } from './quotes.js';
import { matchesOf } from './text.js';

export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'quote' | 'attribution';

export interface Clause {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** The main clause goes on here after a relative clause set in commas after its subject ("ISIS, which ..., killed"). */
  resumes?: boolean;
}

const MARKERS: { pattern: RegExp; kind: ClauseKind }[] = [
  { pattern: /,?\s+(?:which|who|whom|whose)\s+|,\s+where\s+/g, kind: 'relative' },
  // "the attack in X that took the lives of": "that" before an event verb opens a relative clause.
  { pattern: /\s+that\s+(?=(?:had\s+|has\s+|have\s+)?(?:killed|left|took|claimed|wounded|injured|targeted|hit|struck|caused|resulted|led|killed)\b)/g, kind: 'relative' },
  // "Today's attack follows the mortar rounds that fell on the airport": what an incident follows is an earlier one, as after "after".
  { pattern: /\s+(?:follows|followed)\s+(?=(?:the|a|an|two|three|four|several|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g, kind: 'subordinate' },
  { pattern: /,?\s+(?:when|while|as|after|before|until|since|because|although|though|whereas)\s+(?=\S)/g, kind: 'subordinate' },
  { pattern: /,\s+(?:according to)\s+/g, kind: 'attribution' },
  { pattern: /,\s+(?:adding|saying|noting|explaining|stressing|pointing out) that\s+/g, kind: 'attribution' },
  { pattern: /,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,6}?(?:said|says|told|added|reported|stated|confirmed)\b(?=[^,]*[.!?"”]?\s*$)/g, kind: 'attribution' },
  { pattern: /;\s+|,\s+(?:and|but)\s+(?=(?:then\s+)?(?:the|a|an|it|he|she|they|[A-Z]\w+)\b)/g, kind: 'main' },
  // "Gunmen killed a shepherd on Friday and a bomb wounded two soldiers on Saturday": each report with its own day.
  { pattern: /(?<=\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+and\s+(?=(?:a|an|the|two|three|four|five|several|[A-Z]\w*)\s[^,;]*?\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/g, kind: 'main' },
  // "..., and on Sunday rockets struck the airport": a day of its own opens another report.
  { pattern: /,?\s+(?:and|but)\s+(?=(?:early |late )?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?!(?:and|or|at|in|near|\w+ing)\b)[A-Za-z])/g, kind: 'main' },
];

const LEADING_SUBORDINATE = /^(?:(?:a|one|two|three|four|five|several|\d+|just|only)\s+(?:days?|hours?|weeks?)\s+)?(?:after|when|while|before|as soon as|since|hours after|days after)\s+/i;

/** Splits a sentence into clauses; quotes are their own clauses. */
export function clausesOf(text: string, quotes: Quote[]): Clause[] {
  const cuts: { at: number; kind: ClauseKind; resumes?: boolean }[] = [];
  for (const { pattern, kind } of MARKERS) {
    for (const m of matchesOf(text, pattern)) {
      const at = m.index ?? 0;
      // Markers inside a quote cut it too: a quoted report has its own relative and subordinate clauses.
      cuts.push({ at, kind });
    }
  }
  // "ISIS, which seized the town in 2014, killed five soldiers": a relative clause set in commas after the
  // subject ends where the subject's verb follows.
  // ... and so does an aside ("The attack on Monday, the deadliest since last year's bombing in Baghdad, killed ...").
  // ... and one opened by a preposition ("The fighting, in which the two sides used machine guns, broke out on Monday").
  for (const m of matchesOf(text, /^[^,]{2,40}(,\s+(?:(?:in|during|of|from|by)\s+which\s+|which\s+|who\s+|the\s+(?:deadliest|worst|biggest|largest|first|second|third|latest)\b)[^,]{3,80})(,\s+)(?=(?:\w+ed|struck|hit|shot|took|blew|set|fled|stormed|broke|began|came|went|left)\b)/g)) {
    cuts.push({ at: m[0].length - m[2]!.length, kind: 'main', resumes: true });
  }
  // "After gunmen killed two soldiers, police arrested three suspects": a leading subordinate clause ends at its comma.
  const lead = LEADING_SUBORDINATE.exec(text);
  const comma = lead ? text.indexOf(', ', lead[0].length) : -1;
  if (comma > 0 && !quotes.some((q) => q.start <= comma && comma < q.end)) cuts.push({ at: 0, kind: 'subordinate' }, { at: comma, kind: 'main' });
  cuts.sort((a, b) => a.at - b.at);
  const out: Clause[] = [];
  let start = 0;
  let kind: ClauseKind = 'main';
  let resumes = false;
  const push = (end: number) => {
    if (end > start) out.push({ start, end, kind, ...(resumes ? { resumes } : {}) });
  };
  for (const c of cuts) {
    push(c.at);
    start = c.at;
    kind = c.kind;
    resumes = c.resumes === true;
  }
  push(text.length);
  // Quotes cut through the clauses around them.
  const withQuotes: Clause[] = [];
  for (const c of out) {
    let s = c.start;
    for (const q of quotes.filter((x) => x.start < c.end && x.end > c.start).sort((a, b) => a.start - b.start)) {
      if (q.start > s) withQuotes.push({ start: s, end: q.start, kind: c.kind });
      withQuotes.push({ start: Math.max(q.start, c.start), end: Math.min(q.end, c.end), kind: 'quote' });
      s = Math.min(q.end, c.end);
    }
    if (s < c.end) withQuotes.push({ start: s, end: c.end, kind: c.kind, ...(c.resumes ? { resumes: true } : {}) });
  }
  return withQuotes;
}

/** The clause holding an offset of the sentence. */
export function clauseAt(clauses: Clause[], offset: number): Clause | undefined {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? clauses.at(-1);
}

/**
 * The clause of a trigger, as far as its time and place go: "The fighting, in which the two sides used machine guns, broke
 * out on Monday in X" has its subject before the relative clause and the rest of its main clause after it (one span,
 * relative included: a relative clause there seldom tells a time or place of its own).
 */
export function triggerClause(clauses: Clause[], offset: number): Clause | undefined {
  const c = clauseAt(clauses, offset);
  if (!c || c.kind !== 'main') return c;
  const i = clauses.indexOf(c);
  const relative = clauses[i + 1];
  const rest = clauses[i + 2];
  if (relative?.kind === 'relative' && rest?.resumes && relative.start === c.end && rest.start === relative.end) return { start: c.start, end: rest.end, kind: 'main' };
  return c;
}

/** ", which hit", " that crashed into": a relative clause telling what an incident's noun did. */
const DEED_CLAUSE = /^,?\s+(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:killed|wounded|injured|hit|struck|targeted|crashed|fell|landed|slammed|smashed|exploded|went off|tore|ripped|destroyed|damaged)\b/i;

/**
 * "the strike that hit the city's outskirts on Monday night", "the bombings that tore through a market in X": the
 * relative clause right after a trigger's noun that tells its deed, which dates and places the incident.
 */
export function deedClause(text: string, clauses: Clause[], trigger: { start: number; end: number }): Clause | undefined {
  return clauses.find((c) => c.kind === 'relative' && c.start >= trigger.end && c.start - trigger.end <= 40 && /^[\w'’ -]*$/.test(text.slice(trigger.end, c.start)) && DEED_CLAUSE.test(text.slice(c.start, c.end)));
}
