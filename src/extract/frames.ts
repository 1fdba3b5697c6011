/**
 * Clause-level event frames: for each sentence, its triggers grouped by clause, each group with
 * its arguments — actors, targets, place, time, figures — every argument carrying the words that
 * justify it. Sentences that report figures without a trigger ("At least eight people were
 * wounded.") give a figure-only frame that later joins the incident it adds to.
 */
import type { CasualtyGroup, SubEventType } from '../domain/taxonomy.js';
import { findFigures, groupOf, shareItems, type Figure } from './casualties.js';
import { DEMONYMS, NUMBER, parseNumber } from './lexicon.js';
import { clauseAt, clausesOf, type Clause } from './clauses.js';
import { pick, type ArticleContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { ResolvedDate } from './dates.js';
import { placeOf, type PlaceArgument } from './event-place.js';
import { eventDates, isBackgroundDate, timeOf, type TimeArgument } from './event-time.js';
import { EVENT_TRIGGERS, REACTION_CONTEXT, stanceCuesIn } from './lexicon.js';
import { inQuote, quotesOf } from './quotes.js';
import type { SentenceReading } from './reading.js';
import { isHeading, matchesOf } from './text.js';

/**
 * The round-up item of each sentence: the number of headings ("SALAHADDIN | Al-Sharqat", "Diyala")
 * before it; 0 before the first (the lead).
 */
export function sectionsOf(readings: SentenceReading[]): number[] {
  let section = 0;
  return readings.map((r) => {
    const t = r.sentence.text;
    if (!/[.!?:"”]$/.test(t) && isHeading(t)) section++;
    return section;
  });
}
import { assignRoles, foreignForce, GENERIC_FORCES, type Argument } from './roles.js';
import { findTriggers, GRAVE, GRAVE_REMAINS, type Trigger } from './triggers.js';

export interface FrameFigure extends Figure {
  /** The force or group the figure names ("three Peshmerga fighters" -> force:peshmerga). */
  actorId: string | null;
  sentence: string;
}

export interface EventFrame {
  /** Null for a figure-only frame. */
  type: SubEventType | null;
  triggers: Trigger[];
  sentenceIndex: number;
  paragraph: number;
  sentence: string;
  clause: Clause['kind'];
  perpetrators: Argument[];
  targets: Argument[];
  place: PlaceArgument | null;
  time: TimeArgument;
  figures: FrameFigure[];
  /** The victims named are civilians. */
  civilians: boolean;
  /** The words after the trigger name civilian victims ("attacked villagers", "a wedding"). */
  civilianVictims?: boolean;
  /** Every trigger refers back to an incident told before ("the attack"), or the sentence reacts to one. */
  reference: boolean;
  /** Only weak trigger words (a bare "attack", "gunmen", "killed"). */
  weak: boolean;
  quoted: boolean;
  /** An operation answering another incident. */
  response: boolean;
  /** The sentence opens a new incident ("In a separate attack", "Elsewhere", "Meanwhile, in X"). */
  separate: boolean;
  /** A toll summed over several incidents ("six killed in separate incidents on Tuesday"): no incident, only the day of the round-up. */
  total?: boolean;
  /** Where the report starts when it is listed after another in the same clause ("..., a soldier was shot dead in Y"). */
  listedFrom?: number;
  /** The round-up item under a heading the sentence belongs to (0: no heading before it). */
  section?: number;
}

const CIVILIAN_WORDS = /\b(?:civilians?|villagers?|shepherds?|farmers?|residents?|worshipp?ers|mourners|passengers?|children|families|family|women|pilgrims?|students?|workers?|herders?|truck drivers?|wedding|funeral|market|mosque|school|a man|a woman|a child)\b/;
/** "after a member of a Hashd brigade was ", "when two farmers were ": someone the words introduce, right before a bare toll. */
const INTRODUCED_VICTIM = /\b(?:after|when|as|since)\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:was|were|had been)\s+)?$/i;
const SEPARATE = /^(?:In (?:a|another) (?:separate|different|similar|second|later|further|unrelated)?\s*(?:attack|incident|development|case|operation|raid|bombing|strike|blast|ambush|clash)|Separately|Elsewhere|In a separate|In another|Also on \w+day|(?:Hours|Minutes|Moments) (?:earlier|later|before|after)|(?:(?:Roughly|About|Some|Around|Nearly|Less than|More than|Only|Just) )?(?:an|one|two|three|four|five|six|half an|\d+) (?:hours?|minutes?) (?:earlier|later|before|after)|(?:Earlier|Later) (?:that|the same|in the) (?:day|night|evening|morning|afternoon)|Earlier (?:on|that) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;

const PRIORITY = new Map(EVENT_TRIGGERS.map((t, i) => [t.type, i]));

/** The more specific of two trigger types: the earlier in the trigger list, a generic attack last. */
export function moreSpecific(a: SubEventType, b: SubEventType): SubEventType {
  return (PRIORITY.get(a) ?? 99) <= (PRIORITY.get(b) ?? 99) ? a : b;
}

/** The force or group a figure names, by its words or, for security forces, the one force the sentence names. */
export function actorOfFigure(f: Figure, r: SentenceReading, ctx: ArticleContext): string | null {
  const named = memberOf(f, r) ?? possessorOf(f, r);
  if (named) return named.id;
  // "two US soldiers", "three Turkish troops": a foreign country's adjective on the figure names that country's armed forces.
  if (f.group === 'SECURITY_FORCES' && f.modifier) {
    for (const word of [...f.modifier.split(/\s+/), ...(/\bu s\b/.test(f.modifier) ? ['u s'] : [])]) {
      if (!DEMONYMS[word] || ['Iraq', 'Kurdistan Regional Government'].includes(DEMONYMS[word]!)) continue;
      const force = foreignForce(ctx, word);
      if (force?.kind === 'Force') return force.id;
    }
  }
  const words = [f.actorHint, f.modifier].filter((x): x is string => Boolean(x));
  const after = r.sentence.text.slice(f.index, f.index + 80);
  const soldierNoun = /\b(?:soldiers?|troops|army|servicem[ae]n|conscripts?)\b/i.test(after);
  const policeNoun = /\b(?:police ?m[ae]n|policem[ae]n|police officers?|police)\b/i.test(after);
  for (const w of words) {
    const direct = ctx.lookup(w).find((e) => e.kind === 'Force' || (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP'));
    if (direct) return direct.id;
    for (const part of w.split(/\s+/).reverse()) {
      if (/^army$/i.test(part) || (/^iraqi$/i.test(part) && soldierNoun)) return ctx.firstOf('Force', 'Iraqi Army')?.id ?? null;
      if (/^federal$/i.test(part) && policeNoun) return ctx.firstOf('Force', 'Federal Police')?.id ?? null;
      const e = ctx.lookup(part).find((x) => x.kind === 'Force' || (x.kind === 'Organization' && x.organizationType === 'ARMED_GROUP'));
      if (e) return e.id;
    }
  }
  if (f.group === 'SECURITY_FORCES' && f.text) {
    // "nine Iraqi federal policemen", "two Peshmerga fighters": the figure's own words name the force.
    for (const g of GENERIC_FORCES) {
      g.pattern.lastIndex = 0;
      if (!g.pattern.test(f.text)) continue;
      const own = g.names.includes('Iraqi Army') && !/\biraqi\b/i.test(f.text) ? articleSoldiers(ctx) : null;
      if (own) return own.id;
      const force = ctx.firstOf('Force', ...g.names);
      if (force) return force.id;
    }
  }
  if (f.group === 'SECURITY_FORCES') {
    // "..., a day after a bomb killed a soldier": the earlier incident's dead are not of the force the report names.
    const own = clauseAt(r.clauses, f.index);
    const dating = datesAnother(r.sentence.text, own);
    const forces = [...new Set(r.mentions.filter((m) => !dating || (m.start - r.sentence.start >= own!.start && m.end - r.sentence.start <= own!.end)).map((m) => pick(m, 'actor')).filter((e) => e?.kind === 'Force').map((e) => e!.id))];
    if (forces.length === 1) return forces[0]!;
    if (soldierNoun && !policeNoun) return (articleSoldiers(ctx) ?? ctx.firstOf('Force', 'Iraqi Army'))?.id ?? null;
  }
  if (f.group === 'MILITANTS') {
    const groups = [...new Set(r.mentions.map((m) => pick(m, 'actor')).filter((e) => e?.kind === 'Organization' && e.organizationType === 'ARMED_GROUP').map((e) => e!.id))];
    if (groups.length === 1) return groups[0]!;
  }
  return null;
}

/** "Türkiye strikes PKK after terrorists martyr 12 Turkish soldiers ... Six soldiers were martyred": whose soldiers an article's bare "soldiers" are. */
const SOLDIERS_OF = /\b(Turkish|Iranian|US|U\.S\.|American|British|French|Syrian|Iraqi)\s+(?:soldiers?|troops|servicem[ae]n|army|armed forces)\b/g;
const ARTICLE_SOLDIERS = new WeakMap<ArticleContext, GazetteerEntry | null>();
/** The one foreign country whose soldiers the article names (and never Iraqi ones): its armed forces. */
function articleSoldiers(ctx: ArticleContext): GazetteerEntry | null {
  if (ARTICLE_SOLDIERS.has(ctx)) return ARTICLE_SOLDIERS.get(ctx)!;
  const countries = new Set(matchesOf(`${ctx.article.title ?? ''}\n${ctx.article.body}`, SOLDIERS_OF).map((m) => DEMONYMS[m[1]!.toLowerCase().replace(/\./g, ' ').trim()]));
  const only = countries.size === 1 && !countries.has('Iraq') ? foreignForce(ctx, [...countries][0]!) : null;
  const force = only?.kind === 'Force' ? only : null;
  ARTICLE_SOLDIERS.set(ctx, force);
  return force;
}

/** "13 members of the Federal Police", "five fighters of the IRGC": the force or group the figure's words belong to. */
function memberOf(f: Figure, r: SentenceReading): GazetteerEntry | null {
  if (!f.text) return null;
  const end = f.index + f.text.length;
  for (const m of r.mentions) {
    const at = m.start - r.sentence.start;
    // ("killed the three occupants of the car, who were members of the PKK": the relative clause right after the figure names them too;
    // so does an apposition, "killing the two men inside, both members of the YBS".)
    const relative = at > end && at <= end + 60 && RELATIVE_MEMBERS.test(r.sentence.text.slice(end, at));
    if (at <= f.index || (at > end + 12 && !relative)) continue;
    if (!relative && !MEMBERS_OF.test(r.sentence.text.slice(f.index, at))) continue;
    const e = pick(m, 'actor');
    if (e && (e.kind === 'Force' || (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP'))) return e;
    // ("Two members of the Democratic Party of Iranian Kurdistan (KDPI) were killed": a party's members, told as its members, are its
    // dead or wounded; not its members arrested, whom the arresting side does not take for the party.)
    if (e?.kind === 'Organization' && e.organizationType === 'POLITICAL_PARTY' && (f.measure === 'killed' || f.measure === 'injured')) return e;
  }
  return null;
}
const RELATIVE_MEMBERS = /^(?:\s+[\w-]+){0,2}?(?:\s+(?:of|in|inside|aboard)\s+(?:the|a|an|their|his)\s+[\w-]+)?\s*,\s*(?:(?:who|all of whom|both of whom)\s+(?:were|was|are)\s+(?:all\s+|both\s+)?|(?:both|all|each)(?:\s+of\s+them)?\s+(?:an?\s+)?)(?:members?|fighters?|militants|cadres)\s+(?:of|from)\s+(?:the\s+)?$/i;
const MEMBERS_OF = /^\S+(?:\s+[\p{L}\p{N}-]+){0,2}?\s+(?:members?|fighters?|personnel|elements|militants|men|soldiers|troops|officers|operatives)\s+(?:of|from)\s+(?:the\s+)?$/iu;

/** "The YJS announced the death of two of its fighters": the force or group the possessive stands for, named before it. */
function possessorOf(f: Figure, r: SentenceReading): GazetteerEntry | null {
  if (!f.text || !/\bof (?:its|their|our)\s+(?:[\p{L}-]+\s+)?(?:members|fighters|men|soldiers|personnel)\b/iu.test(f.text)) return null;
  const before = r.mentions.filter((m) => m.start - r.sentence.start < f.index).map((m) => pick(m, 'actor')).filter((e): e is GazetteerEntry => Boolean(e && (e.kind === 'Force' || (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP'))));
  return before.at(-1) ?? null;
}

/** A sentence telling a street protest (not "a letter of protest"). */
const PROTEST_TOLD = /\b(?:protest(?:s|ed|ing)?|demonstrat(?:ion|ions|ed|ing)|took to the streets|sit-ins?|rall(?:y|ies|ied))\b(?!\s+(?:notes?|letters?)\b)(?<!\b(?:to|a|formal|diplomatic|strong)\s+protest)/i;

function figuresOf(r: SentenceReading, ctx: ArticleContext, previous?: SentenceReading): FrameFigure[] {
  const figures: FrameFigure[] = findFigures(r.sentence.text).map((f) => {
    let figure: Figure = f;
    // The arrested are suspects, whatever noun the text uses ("two men").
    // ... unless they are named as people of a trade or cause ("23 activists", "four journalists").
    // ... or as people taken at a protest the same sentence tells ("detained six people as hundreds took to the streets").
    const atProtest = PROTEST_TOLD.test(r.sentence.text) && /\b(?:people|persons|individuals|youths?|young men|residents|villagers)\b/i.test(f.text ?? '');
    if (f.measure === 'arrested' && f.group === 'CIVILIANS' && !atProtest && !/\b(?:activists?|journalists?|protesters?|demonstrators?|teachers?|students?|employees?|bloggers?|lawyers?)\b/i.test(f.text ?? '')) figure = { ...f, group: 'UNSPECIFIED' };
    // "Two of them were wounded": the group the sentence before counted ("a vehicle carrying five fighters").
    if (f.anaphoric && previous) {
      const counted = COUNTED.exec(previous.sentence.text);
      if (counted) {
        const g = groupOf(counted[0]);
        if (g.group !== 'UNSPECIFIED') {
          const actorId = actorOfFigure({ ...f, ...g, index: counted.index ?? 0, text: counted[0] }, previous, ctx);
          return { ...f, ...g, anaphoric: false, actorId, sentence: r.sentence.text };
        }
      }
    }
    // "members of the Federal Police" are security forces, "fighters of ISIS" militants.
    const member = memberOf(figure, r);
    if (member && (/\b(?:members?|fighters?|personnel|elements|militants|men)\b/i.test(figure.text ?? '') || figure.group === 'UNSPECIFIED')) figure = { ...figure, group: member.kind === 'Force' ? 'SECURITY_FORCES' : 'MILITANTS' };
    return { ...figure, actorId: actorOfFigure(figure, r, ctx), sentence: r.sentence.text };
  });
  // "a gunfight between two clans ... Four men were detained": the men taken in a clan fight are the clans' gunmen
  // (tribesmen), not bystanders; "people" stays as told. (Only the arrested: the corpus codes the clans' dead and
  // wounded "men" as people in some sets and as tribesmen in others.)
  const clanFight = (t: string) => CLAN_FIGHT.test(t) && !/\b(?:stray|bystanders?|passers?-by)\b/i.test(t);
  if (clanFight(r.sentence.text) || (previous && clanFight(previous.sentence.text))) {
    for (const [i, f] of figures.entries()) {
      const own = (f.text ?? '').slice(f.numAt !== undefined ? Math.max(0, f.numAt - f.index) : 0);
      if (f.measure !== 'arrested' || f.actorId || (f.group !== 'UNSPECIFIED' && f.group !== 'CIVILIANS')) continue;
      if (/\b(?:men|youths|young men)\b/i.test(own) && !/\b(?:people|persons|others|women|children|boys|girls|policemen)\b/i.test(own)) figures[i] = { ...f, group: 'MILITANTS' };
    }
  }
  // "Three of the wounded are firefighters. The fourth, a doctor said, is the driver of the PMF pickup": the last share
  // of the toll, told in the next sentence; of the force its words name ("the PMF pickup", "also a PMF member").
  const last = previous && !figures.some((f) => f.breakdown) ? LAST_SHARE.exec(r.sentence.text) : null;
  const told = last ? findFigures(previous!.sentence.text).filter((f) => f.breakdown) : [];
  if (last && told.length) {
    const at = last.index ?? 0;
    const force = r.mentions
      .filter((m) => m.start - r.sentence.start >= at && m.end - r.sentence.start <= at + last[0].length)
      .map((m) => pick(m, 'actor'))
      .find((e): e is GazetteerEntry => Boolean(e && (e.kind === 'Force' || (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP'))));
    const g = force ? { group: (force.kind === 'Force' ? 'SECURITY_FORCES' : 'MILITANTS') as CasualtyGroup, actorHint: null, modifier: null } : groupOf((last[1] ?? last[2])!.replace(/\s+(?:from|of|in|at|with|on|who|whose|which)\b.*$/i, ''));
    figures.push({ measure: told.at(-1)!.measure, count: 1, ...g, index: at, numAt: at, text: last[0], partial: true, breakdown: true, actorId: force?.id ?? null, sentence: r.sentence.text });
  }
  const others = previous && !figures.some((f) => f.breakdown) ? OTHER_SHARES.exec(r.sentence.text) : null;
  const before = others ? findFigures(previous!.sentence.text).filter((f) => f.breakdown) : [];
  if (others && before.length) {
    const start = others[0].length;
    const items = shareItems(r.sentence.text.slice(start));
    // Only a list that counts the rest told ("the other two": two items of one).
    if (items.reduce((n, x) => n + x.count, 0) === parseNumber(others[1]!)) {
      for (const x of items) {
        const at = start + x.at;
        figures.push({ measure: before.at(-1)!.measure, count: x.count, ...groupOf(x.phrase), index: at, numAt: at, text: r.sentence.text.slice(at, at + String(x.count).length + x.phrase.length), partial: true, breakdown: true, actorId: null, sentence: r.sentence.text });
      }
    }
  }
  // "A member of the Federal Police was killed and two others were wounded": the others are of the same force.
  for (const [i, f] of figures.entries()) {
    const previous = figures[i - 1];
    if (previous?.actorId && !f.actorId && (f.group === previous.group || f.group === 'UNSPECIFIED') && /^(?:the\s+(?:injury|wounding|death|martyrdom|killing)\s+of\s+)?\S+\s+(?:others|more)\b/i.test(f.text ?? '')) figures[i] = { ...f, group: previous.group, actorId: previous.actorId };
    // "Three members of the security forces were killed and five wounded": the second figure is told of the first's group.
    else if (previous?.text && f.text?.startsWith(previous.text) && f.measure !== previous.measure) figures[i] = { ...f, group: previous.group, actorId: previous.actorId };
  }
  return figures;
}

/** "The fourth, according to a doctor, is the driver of the PMF pickup": the last one of a share told in the sentence before. */
const LAST_SHARE = /^\s*the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:\s+one)?(?:(?:\s*,[^,.;]{1,100},)?\s+(?:is|was)\s+((?:an?|the)\s+[^.;]{1,80})|\s*,\s+((?:an?|the)\s+[^,.;]{1,80}),\s+(?:was|is|had been|has been)\b)/i;
/** "The other two are a policeman and a farmer": the rest of a share told in the sentence before, item by item. */
const OTHER_SHARES = new RegExp(String.raw`^\s*the\s+(?:other|remaining)\s+(${NUMBER})\s+(?:are|were|was|is)\s+(?:all\s+)?`, 'i');
/** A fight between clans or tribes: "a gunfight between two clans", "a tribal feud", "clashes between rival tribes". */
const CLAN_FIGHT = /\b(?:(?:fight|fighting|gunfight|clash(?:es)?|feud|dispute|quarrel|exchange of fire|shoot-?out)\b[^.;]{0,60}?\bbetween\s+(?:two\s+|rival\s+|the\s+)*(?:clans|tribes|families)|(?:tribal|clan)\s+(?:fight|fighting|gunfight|clash(?:es)?|feud|dispute|quarrel|conflict)s?|(?:clans|tribes)\s+(?:clashed|exchanged fire|fought))\b/i;
const COUNTED = new RegExp(String.raw`\b(?:${NUMBER})\s+(?:[\p{L}'’-]+\s+){0,2}?(?:soldiers|fighters|policemen|police officers|members|troops|civilians|people|villagers|workers|guards|passengers|Peshmerga)\b`, 'iu');

const ARREST_CAUSE = /\b(?:over|for|in connection with|suspected of|accused of|involved in|behind|responsible for|linked to)\s+(?:the|an?|this|that|last\s+\w+['’]s|\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** ", a soldier ", ", two policemen ": a list comma and the subject of the next report. */
const LISTED_SUBJECT = /,\s+(?:an?|the|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){1,3}$/i;

/** Groups of triggers that share a clause (or, for quotes, the quote). */
function triggerGroups(r: SentenceReading, triggers: Trigger[]): Trigger[][] {
  const groups: { clause: number; triggers: Trigger[] }[] = [];
  for (const t of triggers) {
    const c = clauseAt(r.clauses, t.start);
    const key = c ? c.start : -1;
    const last = groups.at(-1);
    const previous = last?.triggers.at(-1);
    // A list of incidents in one clause ("a soldier was killed in Diyala, two fighters were wounded in
    // Salahuddin, ...") is split where a comma stands between two reports some way apart.
    const between = previous ? r.sentence.text.slice(previous.end, t.start) : '';
    // ... or, nearer, where the comma opens a new subject told in the passive (", a soldier was shot dead").
    const listed = /,\s/.test(between) && (between.length > 25 || /,\s+and\s/.test(between) || (LISTED_SUBJECT.test(between) && /^(?:was|were)\b/i.test(t.text))) && !/\b(?:when|as|after|while|killing|wounding|leaving)\b/i.test(between);
    // "arrested three suspects over Sunday's rocket attack": the attack an arrest is for is another event.
    const cause = previous?.type === 'ARRESTS' && t.type !== 'ARRESTS' && ARREST_CAUSE.test(between);
    if (last && last.clause === key && !listed && !cause) last.triggers.push(t);
    else groups.push({ clause: key, triggers: [t] });
  }
  return groups.map((g) => g.triggers);
}

/** The date a frame stands on, for comparing frames. */
export function frameDate(f: EventFrame): ResolvedDate | null {
  return f.time.background ? null : f.time.date;
}

/** Frames of one sentence. */
/** "The strikes destroyed ...": a sentence whose subject is an incident told before. */
/**
 * "At least three people were killed across the country this week in attacks and disputes": a toll
 * summed over a whole country (or several provinces) and a period is a round-up's total, no incident.
 */
const AGGREGATE_SCOPE = /\b(?:across|throughout|all over|around)\s+(?:the\s+)?(?:country|Iraq|(?:\w+\s+)?(?:provinces|governorates|regions))\b|\bnationwide\b|\bin\s+(?:two|three|four|five|six|seven|several|\d+)\s+(?:provinces|governorates)\b/i;
/** "killed in separate incidents across Iraq on Tuesday", "in three attacks": a toll summed over several incidents. */
const SEVERAL_INCIDENTS = /\bin\s+(?:(?:two|three|four|five|six|several|multiple|a number of|a series of|\d+)\s+)?(?:separate|different|various|unrelated|several|multiple|(?<=(?:two|three|four|five|six|\d+)\s)(?:(?:security|violent|armed|bomb|militant|insurgent|terrorist)\s+)?(?:attacks|incidents))\s*(?:incidents|attacks|acts of violence)?\b/i;
const AGGREGATE_PERIOD = /\b(?:this|last|the past|the last|over the (?:past|last)|(?:during|over) the)\s+(?:week|month|few days|seven days)\b|\bsince the (?:start|beginning) of\b/i;

/** "Daquq district has seen dozens of fields burned since the harvest began": a count over a period, no incident. */
const SEEN_SINCE = /\b(?:has|have|had)\s+(?:seen|witnessed|suffered|recorded|endured)\s+(?:at least\s+|more than\s+)?(?:dozens|scores|hundreds|thousands|several|many|numerous|a (?:series|string|spate|wave|number) of)\b[^.;]{0,80}?\bsince\b/i;

/**
 * "More than 90 people have been killed since the unrest began in March": a running total told in the perfect from a starting
 * point is a sum over many days, no incident and no toll of one (the sentence's own subject is the toll).
 */
const TOLL_SINCE = /^[^.;]{0,50}?\b(?:have|has|had)\s+(?:now\s+)?been\s+(?:killed|wounded|injured|hurt|arrested|detained|abducted|kidnapped)\b[^.;]{0,80}?\bsince\b/i;

/** Three or more indefinite items listed as the subject of what they did to the week or its people ("a bomb, a killing and a protest kept the police busy"). */
const PREVIEW_LIST = /\b(?:an?|one|two|three)\s+[^,;.]{1,50},\s+(?:an?|one|two|three)\s+[^,;.]{1,50}?,?\s+and\s+(?:an?|one|two|three)\s+[^,;.]{1,60}?\s+(?:kept|marked|dominated|filled|punctuated|headlined|topped)\s+(?:the|a|an|this|last|our)\b/i;

const DEFINITE_SUBJECT = /^(?:The|These|Those|This|Its|Their|Both)\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes?|strikes?|raids?|attacks?|bombardment|shelling|bombings?|blasts?|explosions?|ambush|assault)\s+(?!of\b|on\b|against\b|in\b|by\b|were\b|was\b)/;

const ANOTHER = /\b(?:a (?:second|third|fourth|fifth)|another|fresh|renewed)\s+(?:[\w-]+\s+)?$/i;
const EXPLOSIONS: SubEventType[] = ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB', 'GRENADE'];
/** "a bomb hit the reinforcements sent to help them": a second incident, on those who came. */
const REINFORCEMENTS = /\b(?:reinforcements?|relief (?:force|column)|rescue (?:team|force|party)|backup (?:force|unit)|(?:force|team|unit)s? (?:sent|rushing|that rushed|that came) to)\b/i;
/** "a unit rushing to reinforce the post drove over a roadside bomb": the bomb found those who came, told as their subject. */
const DROVE_OVER = /\b(?:drove|driving|ran|rolled|stepped) over\s+(?:[\w-]+\s+){0,3}$/i;
const REINFORCING = /\b(?:reinforc(?:e|ing)\s+(?:the|a|an|its|their)\b|reinforcements?\b|relief (?:force|column)|rescue (?:team|force|party)|backup (?:force|unit)|(?:force|team|unit)s? (?:sent|rushing|that rushed|that came) to)/i;
function reinforcementsDroveOver(text: string, head: Trigger): boolean {
  const before = text.slice(Math.max(0, head.start - 100), head.start);
  return DROVE_OVER.test(before) && REINFORCING.test(before);
}
/** "the vehicle was hit", "the device had been planted": what an incident hit or used, told again. */
const STRUCK_AGAIN = /\b(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:vehicle|car|truck|pickup|convoy|patrol|position|post|checkpoint|device|bomb|drone|shells?|rockets?|missiles?)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:hit|struck|targeted|planted|detonated|attacked|shelled|bombed|fired|launched)\b|^The\s+(?:camp|base|post|position|checkpoint|compound|headquarters|outpost|house|farm)\b(?:\s+of\s+(?:the\s+)?[\w'’ -]{2,40}?)?\s+(?:lies|is located|is situated|sits|stands)\s+(?:just\s+)?(?:outside|near|in|on the edge of|on the outskirts of)\b/i;

/** "It happened late on Saturday", "The incident took place on Sunday": the incident told before, and when. */
const TOLD_WHEN = /^["“]?(?:It|This|That|The\s+(?:[\w-]+\s+)?(?:incident|shooting|killing|crime|blast|explosion|ambush|strikes?|raid|attack|bombing|assault|clash(?:es)?|operation))\s+(?:had\s+)?(?:happened|occurred|took place|unfolded)\b/i;

/** ", a day", ", two weeks", ", only hours": the time between this report and the one its clause goes on to tell. */
const TIME_BETWEEN = /,\s+(?:(?:just|only|barely|less than|more than|about|some|nearly)\s+)?(?:an?|one|two|three|four|five|six|seven|several|a few|\d+)\s+(?:hours?|days?|weeks?)\s?$/i;
/** A subordinate clause after the time between (", a day after a bomb killed a soldier"): an earlier incident that dates the report. */
function datesAnother(text: string, clause: Clause | undefined): boolean {
  return clause?.kind === 'subordinate' && TIME_BETWEEN.test(text.slice(0, clause.start + 1));
}

/**
 * Where a listed report begins, between the trigger before it and its own: after the last comma, when
 * its subject stands between that comma and its trigger ("in X, an officer was shot"); -1 for a verb
 * after a comma ("an attack near X, in Y subdistrict, killed a soldier") or an aside (", the second night that").
 */
function listStart(text: string, from: number, to: number): number {
  const at = text.slice(from, to).lastIndexOf(', ');
  // ("In a separate blast around noon, a device went off": the comma ends a leading phrase, not a report.)
  return at >= 0 && LIST_ITEM.test(text.slice(from + at + 1, to)) && !/^(?:In|On|At|During|After|Following|Amid)\b[^,]*$/.test(text.slice(0, from + at)) ? from + at + 1 : -1;
}
/** " an army officer ", " and a ": the start of a listed report, up to its trigger. */
const LIST_ITEM = /^\s(?:and\s+)?(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** The trigger that types a group (the most specific). */
function head0(group: Trigger[]): Trigger {
  return group.reduce((a, b) => (moreSpecific(a.type, b.type) === a.type ? a : b));
}

export function framesOf(r: SentenceReading, ctx: ArticleContext, previous?: SentenceReading): EventFrame[] {
  const text = r.sentence.text;
  const subject = DEFINITE_SUBJECT.exec(text);
  // "The strikes destroyed two hideouts and killed (5) terrorists": what they destroyed is their result, not an operation.
  const triggers = findTriggers(text).filter((t) => !(subject && t.start >= subject[0].length && t.type === 'CHANGE_TO_GROUP_ACTIVITY' && !t.response));
  // "a mass grave containing the remains of 20 people killed by ISIS": the dead of an old crime are no toll of this one.
  const figures = figuresOf(r, ctx, previous).filter((f) => !(GRAVE.test(text) && GRAVE_REMAINS.test(text.slice(Math.max(0, f.index - 60), f.numAt ?? f.index))));
  // A round-up's total told only with weak words ("killed", "attacks") over a country and a week: no incident, no toll of one.
  if (triggers.length && triggers.every((t) => t.weak) && AGGREGATE_SCOPE.test(text) && AGGREGATE_PERIOD.test(text)) return [];
  // ... and one told "in separate incidents" dates the items told after it.
  if (triggers.length && triggers.every((t) => t.weak) && SEVERAL_INCIDENTS.test(text)) {
    const at = triggers[0]!;
    return [{ type: null, triggers: [], sentenceIndex: r.sentence.index, paragraph: r.sentence.paragraph, sentence: text, clause: 'main', perpetrators: [], targets: [], place: null, time: timeOf(r, at, ctx.published), figures: [], civilians: false, reference: true, weak: true, quoted: inQuote(r.quotes, at.start, at.end), response: false, separate: false, total: true }];
  }
  if (triggers.length && SEEN_SINCE.test(text)) return [];
  if (triggers.length && TOLL_SINCE.test(text)) return [];
  // "..., but a roadside bomb, a killing in Najaf and a violent end to a protest in Karbala kept the security services busy": a
  // round-up's preview of the items it tells after, listed as the subject of a verb of the week's business, no incident of its own.
  if (triggers.length > 1 && !figures.length && PREVIEW_LIST.test(text)) return [];
  // A reaction refers to an incident; a claim of responsibility reports one.
  const reaction = stanceCuesIn(text).some((c) => c.stance !== 'CLAIM_OF_RESPONSIBILITY') || REACTION_CONTEXT.test(text);
  const separate = SEPARATE.test(text);
  const frames: EventFrame[] = [];
  const groups = triggerGroups(r, triggers);
  for (const [gi, group] of groups.entries()) {
    // Where a clause lists several reports, each reads its arguments from its own stretch of text.
    const prev = groups[gi - 1];
    const next = groups[gi + 1];
    const sameClauseAs = (g: Trigger[] | undefined) => g && clauseAt(r.clauses, g[0]!.start) === clauseAt(r.clauses, group[0]!.start);
    const own = clauseAt(r.clauses, group[0]!.start);
    // "detained three ISIS members on Saturday, and a day later Peshmerga fighters repelled an attack":
    // two main clauses that each report an event keep their actors apart.
    const coordinated = own?.kind === 'main' && groups.some((g) => g !== group && clauseAt(r.clauses, g[0]!.start) !== own && clauseAt(r.clauses, g[0]!.start)?.kind === 'main');
    // "a drone hit a car on the road between Koya and Taqtaq, while Iranian artillery pounded the villages of Sidakan":
    // a report of another kind in a "while" clause after this one is told with its own place.
    const nextClause = next ? clauseAt(r.clauses, next[0]!.start) : undefined;
    const whileAfter = next && nextClause && nextClause !== own && nextClause.start >= group.at(-1)!.end && group.some((t) => !t.weak) && next.every((t) => t.type !== head0(group).type) && /^,?\s+(?:while|whereas)\s/i.test(text.slice(nextClause.start));
    // ... and is an incident of its own when both are told as reports.
    const prevClause = prev ? clauseAt(r.clauses, prev[0]!.start) : undefined;
    const whileBefore = Boolean(prev && own && prevClause !== own && own.start >= prev.at(-1)!.end && group.some((t) => !t.weak) && prev.some((t) => !t.weak && t.type !== head0(group).type) && /^,?\s+(?:while|whereas)\s/i.test(text.slice(own.start)));
    // "attacked a checkpoint on Monday night, a day after a bomb killed a soldier": the earlier incident told to date
    // this one has its own actors, in its own clause.
    const dating = datesAnother(text, own);
    // ... a listed report's stretch starts after the comma that ends the one before it ("by a sniper in X, an officer was shot in Y").
    const listedFrom = prev ? listStart(text, prev.at(-1)!.end, group[0]!.start) : -1;
    const nextFrom = next ? listStart(text, group.at(-1)!.end, next[0]!.start) : -1;
    const segment = sameClauseAs(prev) || sameClauseAs(next) ? { start: sameClauseAs(prev) ? (listedFrom >= 0 ? listedFrom : prev!.at(-1)!.end) : 0, end: sameClauseAs(next) ? (nextFrom >= 0 ? nextFrom : next![0]!.start) : text.length } : coordinated || dating ? { start: own!.start, end: own!.end } : whileAfter ? { start: 0, end: nextClause!.start } : undefined;
    // "gunmen set fire to seven mosques": a word that names no deed ("gunmen") does not type the group a deed's word types.
    const deeds = group.filter((t) => !(t.weak && /^gunmen$/i.test(t.text)));
    const head = (deeds.length ? deeds : group).reduce((a, b) => (moreSpecific(a.type, b.type) === a.type ? a : b));
    // The strongest word of the group places and dates it: a verb or an indefinite noun before a bare "attack".
    const anchor = group.find((t) => !t.weak && !t.definite) ?? group.find((t) => !t.weak) ?? head;
    const roles = { perpetrators: [] as Argument[], targets: [] as Argument[] };
    for (const t of group) {
      const found = assignRoles(r, t, ctx, segment);
      for (const p of found.perpetrators) if (!roles.perpetrators.some((x) => x.id === p.id) && !roles.targets.some((x) => x.id === p.id)) roles.perpetrators.push(p);
      for (const p of found.targets) if (!roles.targets.some((x) => x.id === p.id) && !roles.perpetrators.some((x) => x.id === p.id)) roles.targets.push(p);
    }
    const quoted = inQuote(r.quotes, anchor.start, anchor.end);
    const clause = clauseAt(r.clauses, anchor.start);
    // "called for an inquiry after a member of a Hashd brigade was shot dead near the village on Tuesday": in a reaction, a bare
    // toll told of someone the words introduce ("a member of ...", "two farmers"), on a day of its own, reports a deed.
    const time = timeOf(r, anchor, ctx.published);
    const toldOwn = reaction && group.every((t) => t.weak && !t.definite) && time.date?.precision === 'DAY' && !time.background && time.date.index > anchor.end && INTRODUCED_VICTIM.test(text.slice(Math.max(0, anchor.start - 80), anchor.start));
    const place = placeOf(r, anchor, ctx, reaction && group.every((t) => t.definite || t.weak), segment);
    // "a farmer was wounded in X, a soldier was shot dead in Y": a listed report at a place of its own is another incident.
    const before = frames.at(-1);
    const listedElsewhere = Boolean(listedFrom >= 0 && own?.kind === 'main' && place?.sameClause && before?.place?.sameClause && !ctx.contains(before.place.place.id, place.place.id) && !ctx.contains(place.place.id, before.place.place.id) && before.place.place.id !== place.place.id);
    // "A third drone hit a position near the village of X": another strike of a wave, where it fell.
    // ... also where a clause of its own tells where ("a second bomb went off as a tractor passed on the edge of X").
    const another = ANOTHER.test(text.slice(Math.max(0, anchor.start - 30), anchor.start)) && Boolean(place?.sameClause || (place && !place.approximate && !place.measured && !['COUNTRY', 'REGION', 'GOVERNORATE'].includes(place.place.placeType ?? '')));
    frames.push({
      type: head.type,
      triggers: group,
      sentenceIndex: r.sentence.index,
      paragraph: r.sentence.paragraph,
      sentence: text,
      clause: clause?.kind ?? 'main',
      perpetrators: roles.perpetrators,
      targets: roles.targets,
      place,
      time,
      figures: [],
      civilians: false,
      reference: group.every((t) => t.definite) || (reaction && !toldOwn && group.every((t) => t.definite || t.weak)),
      weak: group.every((t) => t.weak),
      quoted,
      response: group.every((t) => t.response),
      // "In a separate incident, three soldiers were killed when gunmen attacked": the sentence opens one incident, not one per trigger.
      // ... and so does a bomb that hit the reinforcements sent to an attack told before it.
      listedFrom: listedFrom >= 0 && sameClauseAs(prev) ? listedFrom : undefined,
      separate: (separate && frames.length === 0) || another || listedElsewhere || (EXPLOSIONS.includes(head.type) && (REINFORCEMENTS.test(text.slice(head.end, head.end + 80)) || reinforcementsDroveOver(text, head))) || whileBefore,
    });
  }
  // "In a separate attack around the same time, three suicide bombers forced their way into a power station in X and blew
  // themselves up": the opener's own bare "attack" is the report the sentence goes on to tell, no frame of its own; the
  // sentence's first strong report opens the new incident.
  const strong = frames.find((f) => !f.weak);
  if (separate && frames[0]?.separate && frames[0].weak && strong) {
    frames.shift();
    strong.separate = true;
  }
  // Figures go to the frame of their clause, else the nearest frame of the sentence; where a clause lists several
  // reports, to the one no list comma parts it from ("a civilian was wounded in X, an officer was shot dead in Y").
  if (frames.length) {
    for (const f of figures) {
      const c = clauseAt(r.clauses, f.index);
      const inClause = frames.filter((fr) => fr.triggers.some((t) => clauseAt(r.clauses, t.start) === c));
      const own = inClause.filter((fr) => fr.listedFrom !== undefined && fr.listedFrom <= f.index).at(-1) ?? inClause[0];
      const nearest = own ?? [...frames].sort((a, b) => Math.abs(a.triggers[0]!.start - f.index) - Math.abs(b.triggers[0]!.start - f.index))[0]!;
      nearest.figures.push(f);
    }
  } else if ((figures.length || STRUCK_AGAIN.test(text) || TOLD_WHEN.test(text)) && !reaction) {
    // A toll, or the thing hit told again ("the vehicle was hit on the road leading to the village of X"), or when
    // it happened ("It happened late on Saturday", "The incident occurred on Sunday"): more of the incident told before.
    const from = figures[0]?.index ?? (STRUCK_AGAIN.exec(text) ?? TOLD_WHEN.exec(text))!.index;
    const at = { start: from, end: from + 1 };
    frames.push({
      type: null,
      triggers: [],
      sentenceIndex: r.sentence.index,
      paragraph: r.sentence.paragraph,
      sentence: text,
      clause: 'main',
      perpetrators: [],
      targets: [],
      place: placeOf(r, at, ctx),
      time: timeOf(r, at, ctx.published),
      figures,
      civilians: false,
      reference: true,
      weak: true,
      quoted: inQuote(r.quotes, at.start, at.end),
      response: false,
      separate,
    });
  }
  // "Anger spilled onto the streets on Thursday. Several hundred people protested ...": a sentence that only sets
  // the scene (no event of its own) dates and places the report that follows it in the same paragraph.
  const undated = frames.some((f) => !f.time.date && f.time.relative === undefined && !f.time.background);
  const unplaced = frames.some((f) => !f.place && f.type && !f.reference);
  const sceneSetter = (undated || unplaced) && previous && previous.sentence.paragraph === r.sentence.paragraph && !findTriggers(previous.sentence.text).length ? previous : undefined;
  if (sceneSetter && undated) {
    const dates = sceneSetter.dates.length ? eventDates(sceneSetter, false) : [];
    const set = dates.filter((d) => !isBackgroundDate(d, ctx.published)).at(-1);
    // "The trial of men accused of the bombing in March 2023 opened on Monday. The blast killed 12": "the blast" is the
    // past incident the setter dates, not its news of the day.
    const past = dates.find((d) => isBackgroundDate(d, ctx.published));
    for (const f of frames) {
      if (f.time.date || f.time.relative !== undefined || f.time.background) continue;
      if (past && f.triggers.some((t) => t.definite)) f.time = { ...f.time, date: past, background: true, evidence: past.text };
      else if (set) f.time = { ...f.time, date: set, evidence: set.text };
    }
  }
  if (sceneSetter && unplaced) {
    const end = sceneSetter.sentence.text.length;
    const scene = placeOf(sceneSetter, { start: end, end }, ctx, true);
    if (scene && scene.place.placeType !== 'COUNTRY') for (const f of frames) if (!f.place && f.type && !f.reference) f.place = { ...scene, sameClause: false };
  }
  // "Six terrorists were killed when Iraqi Air Force jets bombed a cave": the side a report of the sentence makes the
  // actor is no target of a bare toll beside it.
  for (const fr of frames) {
    if (!fr.weak) continue;
    const acting = new Set(frames.filter((o) => o !== fr && !o.weak && !o.reference).flatMap((o) => o.perpetrators.map((p) => p.id)));
    fr.targets = fr.targets.filter((t) => !acting.has(t.id));
  }
  for (const fr of frames) {
    fr.civilianVictims = victimsAreCivilians(text, fr);
    fr.civilians = fr.figures.some((f) => f.group === 'CIVILIANS' && f.measure !== 'arrested') || fr.civilianVictims;
    // "The number of ISIS members killed in the air strikes": whose members a strike killed was struck, it did not strike.
    if (fr.type === 'AIR_DRONE_STRIKE' || fr.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK') {
      for (const f of fr.figures) {
        const at = fr.perpetrators.findIndex((p) => p.id === f.actorId);
        if (at < 0 || (f.measure !== 'killed' && f.measure !== 'injured')) continue;
        const [moved] = fr.perpetrators.splice(at, 1);
        if (!fr.targets.some((t) => t.id === moved!.id)) fr.targets.push(moved!);
      }
    }
    // A figure naming a force makes it a target of the attack (the arrested are the targets of arrests).
    for (const f of fr.figures) {
      if (!f.actorId || fr.perpetrators.some((p) => p.id === f.actorId) || fr.targets.some((t) => t.id === f.actorId)) continue;
      const entry = ctx.entry(f.actorId);
      if (!entry) continue;
      fr.targets.push({ id: f.actorId, evidence: f.text ?? text, confidence: 0.7 });
    }
  }
  return frames;
}

/** Property of civilians: crops, fields, orchards, homes. */
const CIVILIAN_PROPERTY = /\b(?:wheat|barley|crops?|harvest|(?:farm|crop|wheat|barley|agricultural) ?(?:land|fields?)|fields|farmland|farms?|orchards?|groves?|homes|houses|shops)\b/i;

const UNCOUNTED_VICTIMS = String.raw`(?:a\s+number\s+of|several|dozens\s+of|scores\s+of|many|a\s+few)\s+(?:our\s+|innocent\s+|other\s+)?(?:citizens|civilians|residents|villagers|passers-?by|worshippers|shoppers)\b`;
const UNCOUNTED_CIVILIANS = new RegExp(String.raw`\b(?:martyrdom|deaths?|killing|injur(?:y|ies)|wounding|lives)\s+(?:and\s+(?:the\s+)?(?:injury|injuries|wounding)\s+)?of\s+${UNCOUNTED_VICTIMS}|\b${UNCOUNTED_VICTIMS}\s+(?:were|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|martyred)\b`, 'i');

function victimsAreCivilians(text: string, fr: EventFrame): boolean {
  if (fr.type === 'ARRESTS' || fr.type === 'CHANGE_TO_GROUP_ACTIVITY' || fr.type === 'DISRUPTED_WEAPONS_USE') return false;
  // "set fire to wheat fields", "torched farmers' homes": crops and homes burned are the farmers' and villagers' loss.
  if (fr.type === 'LOOTING_PROPERTY_DESTRUCTION' && fr.triggers.some((t) => t.type === 'LOOTING_PROPERTY_DESTRUCTION' && CIVILIAN_PROPERTY.test(text.slice(t.start, t.end + 60)))) return true;
  // "resulted in the martyrdom and injury of a number of citizens", "several civilians were wounded": victims told
  // without a count still say whose they were.
  if (UNCOUNTED_CIVILIANS.test(text)) return true;
  const at = fr.triggers[0]?.end ?? 0;
  // "attacked villagers", "targeting a wedding", "on a market": the victims follow the trigger.
  if (CIVILIAN_WORDS.test(text.slice(at, at + 80))) return true;
  // "A 9-year-old boy wounded when artillery fire hit his village": the victim told as the subject before "when".
  const start = fr.triggers[0]?.start ?? 0;
  return new RegExp(String.raw`^(?:an?|the|two|three|four|five)\s+(?:[\w-]+\s+){0,2}(?:boy|girl|child|children|woman|women|man|shepherds?|farmers?|villagers?|civilians?)\b[^.;]{0,60}?\b(?:was\s+|were\s+)?(?:killed|wounded|injured|hurt)\s+when\s+[^.;]{0,40}$`, 'i').test(text.slice(0, start));
}

/** Casualty group classes for typing. */
export function groupsOf(figures: FrameFigure[]): Set<CasualtyGroup> {
  return new Set(figures.filter((f) => f.measure === 'killed' || f.measure === 'injured' || f.measure === 'abducted').map((f) => f.group));
}

/**
 * The frames of the headline ("Two soldiers killed in ISIS attack in Tarmiyah"), read like a
 * sentence of its own (index -1): where the body never names the lead incident's place, the
 * headline may.
 */
export function headlineFrames(ctx: ArticleContext): EventFrame[] {
  const title = ctx.article.title?.trim();
  if (!title) return [];
  const sentence = { index: -1, paragraph: -1, start: 0, end: title.length, text: title };
  const quotes = quotesOf(title);
  const reading: SentenceReading = { sentence, mentions: ctx.finder.mentions(sentence), dates: [], quotes, clauses: clausesOf(title, quotes) };
  return framesOf(reading, ctx);
}
