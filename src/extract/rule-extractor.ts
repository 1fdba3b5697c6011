/**
 * The rule-based extractor: gazetteer linking, word patterns and date resolution, no model.
 * Reads one article and emits an ImportBatch with every fact tied to its sentence.
 */
import { ACLED_LABELS, eventTypeOf, type CasualtyGroup, type Stance, type SubEventType } from '../domain/taxonomy.js';
import type { CasualtyInput, EntityInput, EventInput, ImportBatch, RelationshipInput, StatementInput } from '../import/format.js';
import { findFigures, type Figure } from './casualties.js';
import { daysBetween, resolveDates, type ResolvedDate } from './dates.js';
import { Gazetteer, type GazetteerEntry, type Mention } from './gazetteer.js';
import { BACKGROUND_CONTEXT, DEMONYMS, DIRECTIONS, EVENT_TRIGGERS, GENERIC_CONTEXT, REACTION_CONTEXT, SAY_VERBS, STANCE_CUES } from './lexicon.js';
import { MentionFinder, NAME, placeRank } from './mentions.js';
import { splitSentences, type Sentence } from './text.js';
import type { ExtractionResult, Extractor, ParsedArticle } from './types.js';

const ACTOR_KINDS = new Set(['Organization', 'Government', 'Force', 'Person']);
const ARMED = new Set(['Force']);
const BACKGROUND_DAYS = 31;

interface Analysed {
  sentence: Sentence;
  mentions: Mention[];
  dates: ResolvedDate[];
  /** Character ranges of quoted text inside the sentence. */
  quotes: { start: number; end: number; text: string }[];
}

interface DraftEvent {
  type: SubEventType;
  date: ResolvedDate | null;
  place: GazetteerEntry | null;
  perpetrators: Map<string, { sentence: string; confidence: number }>;
  targets: Map<string, { sentence: string; confidence: number }>;
  figures: Map<string, Figure & { sentence: string; actorId: string | null }>;
  sentences: string[];
  civilians: boolean;
  firstSentence: number;
}

interface DraftStatement {
  speaker: string;
  stance: Stance;
  about: string[];
  toward: string[];
  quote: string | null;
  sentence: string;
  date: string;
  confidence: number;
}

const REFERENCE_NOUN = /\b(?:the|this|that|yesterday's|today's|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|such an?)\s+(?:\w+\s+){0,2}?(attack|assault|bombing|blast|explosion|strike|airstrike|shelling|incident|ambush|abduction|kidnapping|protest|clash(?:es)?)\b/i;

/**
 * Quoted spans. Quotes are paired in order; an odd one out means the quote began in an earlier
 * sentence (a closing mark) or goes on into the next (an opening mark at the start).
 */
function quotesOf(text: string): Analysed['quotes'] {
  const marks = [...text.matchAll(/["“”]/g)].map((m) => m.index ?? 0);
  if (marks.length % 2 === 1) {
    if (marks[0] === 0) marks.push(text.length);
    else marks.unshift(-1);
  }
  const out: Analysed['quotes'] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const start = Math.max(0, marks[i]!);
    const end = Math.min(text.length, marks[i + 1]! + 1);
    const quote = text.slice(marks[i]! + 1, marks[i + 1]).trim();
    if (quote.length >= 2) out.push({ start, end, text: quote });
  }
  return out;
}

function overlapsQuote(a: Analysed, start: number, end: number): boolean {
  const s = start - a.sentence.start;
  const e = end - a.sentence.start;
  return a.quotes.some((q) => s >= q.start && e <= q.end);
}

/** The entry of a mention best fitting a role: an actor (preferring governments over places) or a place. */
function pick(m: Mention, role: 'actor' | 'place'): GazetteerEntry | null {
  if (role === 'place') return m.entries.find((e) => e.kind === 'Place') ?? null;
  return (
    m.entries.find((e) => e.kind === 'Person') ??
    m.entries.find((e) => e.kind === 'Organization' || e.kind === 'Force') ??
    m.entries.find((e) => e.kind === 'Government') ??
    null
  );
}

export class RuleExtractor implements Extractor {
  readonly name = 'rules';
  readonly version = 'rules-1';

  extract(article: ParsedArticle, gazetteer: Gazetteer): ExtractionResult {
    return new ArticleReading(article, gazetteer).run();
  }
}

class ArticleReading {
  private readonly finder: MentionFinder;
  private readonly analysed: Analysed[] = [];
  private readonly events: DraftEvent[] = [];
  private readonly statements: DraftStatement[] = [];
  private readonly relationships: RelationshipInput[] = [];
  private readonly mentioned = new Map<string, string>();
  private readonly warnings: string[] = [];

  constructor(
    private readonly article: ParsedArticle,
    private readonly gazetteer: Gazetteer,
  ) {
    this.finder = new MentionFinder(gazetteer, new Gazetteer([]));
  }

  run(): ExtractionResult {
    const sentences = splitSentences(this.article.body);
    for (const s of sentences) this.finder.discover(s);
    for (const s of sentences) {
      const mentions = this.finder.mentions(s);
      this.analysed.push({ sentence: s, mentions, dates: resolveDates(s.text, this.article.published), quotes: quotesOf(s.text) });
      for (const m of mentions) {
        for (const e of m.entries) if (!this.mentioned.has(e.id)) this.mentioned.set(e.id, s.text);
      }
    }
    this.placeNewPlaces();
    for (const a of this.analysed) this.readEvent(a);
    this.finishEvents();
    let speaker: string | null = null;
    for (const a of this.analysed) speaker = this.readStatements(a, speaker);
    for (const a of this.analysed) this.readFacts(a);
    return { batch: this.toBatch(), warnings: this.warnings };
  }

  /**
   * A new place the text does not put inside another ("near the village of X") goes inside the
   * smallest district or governorate its sentence names, or else the one the lead names.
   */
  private placeNewPlaces(): void {
    const regional = (e: GazetteerEntry | null): e is GazetteerEntry => Boolean(e && e.kind === 'Place' && placeRank(e.placeType) >= 4 && placeRank(e.placeType) <= 6);
    const candidatesIn = (a: Analysed | undefined, self: string) =>
      (a?.mentions ?? [])
        .filter((m) => !this.isDistanceReference(a!.sentence.text, m, a!.sentence.start))
        .map((m) => pick(m, 'place'))
        .filter((e): e is GazetteerEntry => regional(e) && e.id !== self);
    const lead = this.analysed.filter((a) => a.sentence.paragraph === 0);
    for (const n of this.finder.discovered.values()) {
      const e = n.entry;
      if (e.kind !== 'Place' || e.parentId) continue;
      const own = this.analysed.find((a) => a.sentence.text === n.sentence);
      const inSentence = candidatesIn(own, e.id).sort((p, q) => placeRank(p.placeType) - placeRank(q.placeType))[0];
      const inLead = lead.flatMap((a) => candidatesIn(a, e.id))[0];
      const parent = inSentence ?? inLead;
      if (parent && placeRank(parent.placeType) > placeRank(e.placeType)) e.parentId = parent.id;
    }
  }

  private entry(id: string): GazetteerEntry | undefined {
    return this.finder.get(id);
  }

  private contains(outer: string, inner: string): boolean {
    if (outer === inner) return true;
    const chain = [...this.gazetteer.ancestors(inner), ...this.finder.local.ancestors(inner)];
    let current = this.entry(inner)?.parentId ?? null;
    const seen = new Set<string>();
    while (current && !seen.has(current)) {
      if (current === outer) return true;
      seen.add(current);
      current = this.entry(current)?.parentId ?? null;
    }
    return chain.includes(outer);
  }

  // Events --------------------------------------------------------------------------------------

  private trigger(text: string): { type: SubEventType; match: RegExpMatchArray } | null {
    for (const t of EVENT_TRIGGERS) {
      const global = new RegExp(t.pattern.source, 'gi');
      for (const m of text.matchAll(global)) {
        const word = m[0].toLowerCase();
        const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
        const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
        // Plural, generic mentions ("ISIS attacks throughout Iraq") are not one event.
        if (/attacks$/.test(word) && !/\b(?:two|three|four|five|\d+)\s+$/.test(before)) continue;
        if (GENERIC_CONTEXT.test(`${before}${m[0]}${after}`)) continue;
        if (t.type === 'ARMED_CLASH' && word === 'killed' && !findFigures(text).length) continue;
        if (/^(?:killing|arrest)$/.test(word) && /\b(?:led to|resulted in)\s+(?:the\s+)?$/.test(before)) continue;
        // Intentions and calls are not events: "to launch an operation", "would arrest".
        if (/\b(?:to|will|would|should|could|must|plans? to|threatened to|vowed to)\s+(?:\w+\s+){0,2}$/i.test(before) && !/\b(?:led to|due to|close to|next to)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
        return { type: t.type, match: m };
      }
    }
    return null;
  }

  private readEvent(a: Analysed): void {
    const text = a.sentence.text;
    const found = this.trigger(text);
    if (!found || BACKGROUND_CONTEXT.test(text)) return;
    const quoted = overlapsQuote(a, a.sentence.start + (found.match.index ?? 0), a.sentence.start + (found.match.index ?? 0) + found.match[0].length);
    const reference = REFERENCE_NOUN.test(text);
    const reaction = STANCE_CUES.some((c) => c.pattern.test(text)) || REACTION_CONTEXT.test(text);

    const reporting = (d: ResolvedDate) => /\b(?:said|told|says|added|announced|reported|stated|confirmed)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, d.index - 40), d.index));
    const candidates = a.dates.filter((d) => !reporting(d));
    const dated = candidates.filter((d) => d.precision !== 'YEAR' && daysBetween(d.date, this.article.published) <= BACKGROUND_DAYS);
    if (!dated.length && candidates.some((d) => d.precision === 'YEAR' || daysBetween(d.date, this.article.published) > BACKGROUND_DAYS)) return;
    const triggerAt = found.match.index ?? 0;
    const date = dated.sort((p, q) => Math.abs(p.index - triggerAt) - Math.abs(q.index - triggerAt))[0] ?? null;

    const places = a.mentions
      .map((m) => ({ m, e: pick(m, 'place') }))
      .filter((x): x is { m: Mention; e: GazetteerEntry } => x.e !== null)
      .filter((x) => !this.isDistanceReference(text, x.m, a.sentence.start))
      .filter((x) => !overlapsQuote(a, x.m.start, x.m.end) || quoted);
    const place = places.sort((p, q) => placeRank(p.e.placeType) - placeRank(q.e.placeType))[0]?.e ?? null;
    // "Bahrain condemned the attack": a reaction, not a report, unless it says when and where.
    if (reaction && reference && !findFigures(text).length && !(date && place && this.events.length === 0)) return;

    const draft: DraftEvent = {
      type: found.type,
      date,
      place,
      perpetrators: new Map(),
      targets: new Map(),
      figures: new Map(),
      sentences: [text],
      civilians: /\b(?:civilians?|villagers?|shepherds?|farmers?|residents?|worshipp?ers|mourners|passengers?|children)\b/i.test(text),
      firstSentence: a.sentence.index,
    };
    this.readActors(a, found, draft);
    for (const f of findFigures(text)) {
      const actorId = this.actorOfFigure(f, a);
      const key = `${f.measure}|${actorId ?? f.group}`;
      const previous = draft.figures.get(key);
      if (!previous || f.count > previous.count) draft.figures.set(key, { ...f, sentence: text, actorId });
    }

    // Quotes and bare nouns ("gunmen", "the attack") add to an event; they start one only when
    // the article has none yet.
    const weak = quoted || reference || /^(?:gunmen|attack|attacks|killed|clash(?:es)?|fighting broke out)$/i.test(found.match[0]);
    const target = this.events.find((e) => this.compatible(e, draft, reference));
    if (target) this.merge(target, draft);
    else if (!weak || this.events.length === 0) this.events.push(draft);
  }

  /** "40 km south of Kirkuk", "fired from Tal Yara": Kirkuk and Tal Yara locate something else, not the event. */
  private isDistanceReference(text: string, m: Mention, sentenceStart: number): boolean {
    const before = text.slice(Math.max(0, m.start - sentenceStart - 40), m.start - sentenceStart);
    if (/\b(?:launched|fired|came|coming|fled|fleeing|returned|originat\w+|headed|heading|toward|towards)\s+(?:\w+\s+){0,3}?(?:from|toward|towards|to)\s+(?:the\s+)?(?:village of\s+|area of\s+|town of\s+)?$/i.test(before)) return true;
    return /\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\(\s*\d+\s*\w+\s*\)\s*)?(?:to the\s+)?(?:north|south|east|west)\w*(?:\s+of)?\s+(?:the\s+)?(?:city of\s+)?$/i.test(before) ||
      /\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?$/i.test(before);
  }

  /**
   * Who did it and to whom, from the words around each actor: "ISIS militants stormed", "by ISIS"
   * make a perpetrator; "attacked a Peshmerga post", "targeting the army" a target. Otherwise an
   * armed group is the perpetrator of an attack and a state force its target, the other way round
   * for arrests, operations and air strikes.
   */
  private readActors(a: Analysed, found: { type: SubEventType; match: RegExpMatchArray }, draft: DraftEvent): void {
    const text = a.sentence.text;
    const at = found.match.index ?? 0;
    const stateAction = found.type === 'ARRESTS' || found.type === 'CHANGE_TO_GROUP_ACTIVITY' || found.type === 'AIR_DRONE_STRIKE' || found.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK';
    const triggerQuoted = overlapsQuote(a, a.sentence.start + at, a.sentence.start + at + 1);
    for (const m of a.mentions) {
      const e = pick(m, 'actor');
      if (!e || !ACTOR_KINDS.has(e.kind) || e.kind === 'Person') continue;
      if (e.kind === 'Organization' && e.organizationType && e.organizationType !== 'ARMED_GROUP') continue;
      if (overlapsQuote(a, m.start, m.end) !== triggerQuoted) continue;
      const rel = m.start - a.sentence.start;
      const before = text.slice(Math.max(0, rel - 40), rel);
      const after = text.slice(m.end - a.sentence.start, m.end - a.sentence.start + 50);
      // "in northern Iraq", "throughout Iraq": a country named as a place is not an actor.
      if (m.entries.some((x) => x.kind === 'Place') && /\b(?:in|at|across|throughout|of|from|into|inside|near|northern|southern|eastern|western|central)\s+(?:the\s+)?$/i.test(before)) continue;
      if (/\b(?:told|according to|said|reported|quoted by)\s+(?:the\s+)?$/i.test(before)) continue;
      const suspected = /\b(?:suspected|alleged|believed to be|presumed)\s+(?:\w+\s+)?$/i.test(before);
      const confidence = suspected ? 0.6 : 0.85;
      const agentAfter = /^\s*(?:\([^)]*\)\s*)?(?:militants?|fighters?|gunmen|members|cells?|remnants|elements|jihadists|forces|troops|soldiers|units?|drones?|warplanes?|jets|aircraft|artillery)?\s*(?:had |have |has |reportedly |also )?(?:attacked|stormed|ambushed|struck|hit|fired|shelled|launched|targeted|detonated|killed|kidnapped|abducted|arrested|detained|captured|raided|opened fire|carried out|claimed|bombed|conducted|set off|planted|seized)\b/i.test(after);
      const agentBefore = /\b(?:by|of)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?$/i.test(before) && /\b(?:carried out|claimed|launched|conducted|attack(?:ed)?|struck|killed|kidnapped|abducted|arrested)\s+(?:\w+\s+){0,3}by\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?$/i.test(before);
      const targetBefore = /\b(?:attack(?:ed|ing)? (?:on|against)?|targeting|targeted|struck|hit|ambushed|stormed|against|on|at|killing|killed|wounding|kidnapped|abducted)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:\w+\s+){0,2}$/i.test(before) && !agentAfter;
      let perpetrator: boolean;
      if (agentAfter || agentBefore) perpetrator = true;
      else if (targetBefore) perpetrator = false;
      else if (stateAction) perpetrator = !this.isHostile(e);
      else perpetrator = this.isHostile(e) || (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP');
      if (!perpetrator && !targetBefore && e.kind === 'Government' && !stateAction) continue;
      (perpetrator ? draft.perpetrators : draft.targets).set(e.id, { sentence: text, confidence });
    }
    // A country's adjective on a weapon ("a Turkish drone", "Iranian artillery") names the perpetrator.
    const adjective = /\b(Turkish|Iranian|Iraqi|US|U\.S\.|American)\s+(?:\w+\s+)?(?:drones?|warplanes?|jets?|aircraft|artillery|shelling|air ?strikes?|bombardment)\b/.exec(text);
    if (adjective) {
      const gov = this.finder.governmentFor(adjective[1]!);
      const force = gov ? this.gazetteer.entries().find((x) => x.kind === 'Force' && x.parentId === gov.id && /armed forces|army|military|air force/i.test(x.name)) : undefined;
      const actor = force ?? gov;
      if (actor && !draft.targets.has(actor.id)) draft.perpetrators.set(actor.id, { sentence: text, confidence: 0.75 });
    }
  }

  private isHostile(e: GazetteerEntry): boolean {
    return e.kind === 'Organization' && /isis|islamic state|daesh|pkk|qaeda/i.test(`${e.name} ${e.aliases.join(' ')}`);
  }

  private actorOfFigure(f: Figure, a: Analysed): string | null {
    const words = [f.actorHint, f.modifier].filter((x): x is string => Boolean(x));
    const noun = /(soldiers?|troops|army|servicem[ae]n|conscripts?)\b/i.test(a.sentence.text.slice(f.index, f.index + 80));
    for (const w of words) {
      const direct = this.finder.lookup(w).find((e) => e.kind === 'Force' || e.kind === 'Organization');
      if (direct) return direct.id;
      for (const part of w.split(/\s+/).reverse()) {
        if (/^army$/i.test(part) || (/^iraqi$/i.test(part) && noun)) return this.finder.lookup('Iraqi Army')[0]?.id ?? null;
        const e = this.finder.lookup(part).find((x) => x.kind === 'Force');
        if (e) return e.id;
      }
    }
    if (f.group === 'SECURITY_FORCES') {
      const forces = a.mentions.map((m) => pick(m, 'actor')).filter((e): e is GazetteerEntry => e?.kind === 'Force');
      if (forces.length === 1) return forces[0]!.id;
    }
    return null;
  }

  private compatible(e: DraftEvent, c: DraftEvent, reference: boolean): boolean {
    const sameFamily = eventTypeOf(e.type) === eventTypeOf(c.type);
    const violent = (t: SubEventType) => !['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY'].includes(t);
    const bothViolent = violent(e.type) && violent(c.type);
    if (!(sameFamily || (reference && bothViolent) || (c.type === 'ARMED_CLASH' && violent(e.type)) || (e.type === 'ARMED_CLASH' && violent(c.type)))) return false;
    if (e.date && c.date && Math.abs(daysBetween(e.date.date, c.date.date)) > 1) return false;
    if (e.place && c.place && !this.contains(e.place.id, c.place.id) && !this.contains(c.place.id, e.place.id) && this.located(e.place) && this.located(c.place)) return false;
    if (!reference && !sameFamily && c.figures.size === 0 && c.perpetrators.size === 0) return false;
    return true;
  }

  /** True when a place's position in the hierarchy is known (it has a parent, or is a country). */
  private located(p: GazetteerEntry): boolean {
    return p.placeType === 'COUNTRY' || Boolean(this.entry(p.id)?.parentId);
  }

  private merge(into: DraftEvent, from: DraftEvent): void {
    // The more specific type wins over a generic "attack"; a place inside the current one refines it.
    if (into.type === 'ARMED_CLASH' && from.type !== 'ARMED_CLASH' && eventTypeOf(from.type) !== 'STRATEGIC_DEVELOPMENTS') into.type = from.type;
    if (!into.date || (from.date && into.date.precision !== 'DAY' && from.date.precision === 'DAY')) into.date = from.date ?? into.date;
    if (from.place && (!into.place || this.contains(into.place.id, from.place.id) || (!this.located(from.place) && placeRank(from.place.placeType) < placeRank(into.place.placeType)))) {
      into.place = from.place;
    }
    for (const [id, v] of from.perpetrators) if (!into.targets.has(id)) into.perpetrators.set(id, v);
    for (const [id, v] of from.targets) if (!into.perpetrators.has(id)) into.targets.set(id, v);
    for (const [key, f] of from.figures) {
      const previous = into.figures.get(key);
      if (!previous || f.count > previous.count) into.figures.set(key, f);
    }
    into.civilians ||= from.civilians;
    into.sentences.push(...from.sentences);
  }

  private finishEvents(): void {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i]!;
      const vague = !e.date && (!e.place || e.place.placeType === 'COUNTRY') && e.figures.size === 0;
      if (vague) this.events.splice(i, 1);
    }
    for (const e of this.events) {
      // A clash with no armed side hit, where civilians suffered, is violence against civilians.
      const armedTarget = [...e.targets.keys()].some((id) => ARMED.has(this.entry(id)?.kind ?? '')) ||
        [...e.figures.values()].some((f) => f.group === 'SECURITY_FORCES');
      if (e.type === 'ARMED_CLASH' && !armedTarget && e.civilians) e.type = 'ATTACK';
    }
  }

  // Statements ----------------------------------------------------------------------------------

  /** Reads the statements of a sentence; returns the speaker later sentences may refer back to. */
  private readStatements(a: Analysed, previousSpeaker: string | null): string | null {
    const text = a.sentence.text;
    const outside = text.replace(/["“][^"”]*["”]/g, (q) => ' '.repeat(q.length));
    const stances = STANCE_CUES.filter((c) => c.pattern.test(text)).map((c) => c.stance);
    const says = SAY_VERBS.test(outside) || /\b(?:released|issued|published)\b.*\bstatement\b/i.test(outside);
    const speakers = this.speakersOf(a, outside);
    const pronoun = /^(?:["“][^"”]*["”]\s*)?(?:It|He|She|They|The (?:statement|ministry|embassy|spokesperson|spokesman|official|source|group|department|office|government|council|mission|army|command)|the statement)\b/.test(text) ||
      /^["“]/.test(text) || /["”]\s*(?:the|The) statement (?:said|added|read)/.test(text) || /["”]\s*(?:It|it|he|she) (?:said|added)/.test(text);
    const who = speakers.length ? speakers : pronoun && previousSpeaker ? [previousSpeaker] : [];
    if (!stances.length) return speakers[0] ?? (says && pronoun ? previousSpeaker : speakers[0] ?? previousSpeaker);
    if (!who.length) {
      this.warnings.push(`statement without a speaker: ${text.slice(0, 80)}`);
      return previousSpeaker;
    }
    const confidence = speakers.length ? 0.85 : 0.7;
    const quote = a.quotes.sort((p, q) => q.text.length - p.text.length)[0]?.text ?? null;
    // When it was said: a date right after the speech verb ("said on Tuesday"), else publication.
    // Other dates in the sentence belong to what it is about ("the attack yesterday").
    const spokenOn = a.dates.find(
      (d) =>
        d.precision === 'DAY' &&
        daysBetween(d.date, this.article.published) <= 7 &&
        /\b(?:said|says|stated|announced|added|condemned|denounced|expressed|offered|called|urged|claimed|denied|told \w+)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(text.slice(Math.max(0, d.index - 40), d.index)),
    );
    const sentenceDate = spokenOn?.date ?? this.article.published;
    const event = this.eventReferredTo(text);
    const sharedToward = this.towardOf(a, null);
    for (const speaker of who) {
      for (const stance of new Set(stances)) {
        if (stance === 'SUPPORT' && stances.includes('CLAIM_OF_RESPONSIBILITY')) continue;
        const towardIds = this.towardOf(a, stance);
        const toward = (towardIds.length ? towardIds : stance === 'SOLIDARITY' || stance === 'SUPPORT' ? sharedToward : []).filter((id) => id !== speaker);
        const about = ['CONDEMNATION', 'CONDOLENCE', 'CONCERN', 'CALL_FOR_ACTION', 'CLAIM_OF_RESPONSIBILITY', 'DENIAL'].includes(stance) && event ? [event] : [];
        if ((stance === 'SOLIDARITY' || stance === 'SUPPORT') && !toward.length) continue;
        if (stance === 'CALL_FOR_ACTION' && !about.length && !toward.length && !quote) continue;
        const duplicate = this.statements.find((s) => s.speaker === speaker && s.stance === stance && s.about.join() === about.join() && s.toward.join() === toward.join());
        if (duplicate) continue;
        this.statements.push({ speaker, stance, about, toward, quote, sentence: text, date: sentenceDate, confidence });
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && event) this.claimants.push({ event, actor: speaker, sentence: text });
      }
    }
    return who[0] ?? previousSpeaker;
  }

  private readonly claimants: { event: string; actor: string; sentence: string }[] = [];

  /** The index of the event a reaction sentence is about: the one its noun names, else the first. */
  private eventReferredTo(text: string): string | null {
    if (!this.events.length) return null;
    const noun = REFERENCE_NOUN.exec(text)?.[1]?.toLowerCase();
    const wanted: Record<string, SubEventType[]> = {
      bombing: ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB'],
      blast: ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB'],
      explosion: ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB'],
      strike: ['AIR_DRONE_STRIKE'],
      airstrike: ['AIR_DRONE_STRIKE'],
      shelling: ['SHELLING_ARTILLERY_MISSILE_ATTACK'],
      abduction: ['ABDUCTION_FORCED_DISAPPEARANCE'],
      kidnapping: ['ABDUCTION_FORCED_DISAPPEARANCE'],
      protest: ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION'],
    };
    const types = noun ? wanted[noun] : undefined;
    const index = types ? this.events.findIndex((e) => types.includes(e.type)) : -1;
    return `#${index >= 0 ? index : 0}`;
  }

  /**
   * Who speaks in a sentence: the actor just before the speech or stance verb ("Qatar and Jordan
   * condemned", "Sheikh X, a tribal leader, condemned"), or just after "said" / "according to".
   * Anonymous sources ("a security source said") give no speaker.
   */
  private speakersOf(a: Analysed, outside: string): string[] {
    const verb = /\b(?:condemn|denounc|deplor|express|offer|extend|stress|call|urg|demand|appeal|claim|den(?:y|ied|ies)|reject|said|says|stated|added|told|announced|declared|affirmed|warned|reaffirm|voic|convey|sent|praised|commended|thanked|hailed|mourn|renew|welcom|is deeply|was deeply|released|issued)/i.exec(outside);
    const cut = verb?.index ?? -1;
    if (cut >= 0 && /\b(?:sources?|witness(?:es)?|residents?|officials?|officer|medics?|doctors?)(?:,[^,]*,)?\s+(?:\w+\s+)?$/i.test(outside.slice(Math.max(0, cut - 40), cut)) && !/\b(?:minist|embassy|spokes)/i.test(outside.slice(Math.max(0, cut - 40), cut))) {
      return [];
    }
    const found: { e: GazetteerEntry; rel: number }[] = [];
    for (const m of a.mentions) {
      if (overlapsQuote(a, m.start, m.end)) continue;
      const rel = m.start - a.sentence.start;
      const end = m.end - a.sentence.start;
      const before = outside.slice(Math.max(0, rel - 25), rel);
      const after = outside.slice(end, end + 3);
      const between = cut >= end ? outside.slice(end, cut) : '';
      // The subject sits right before the verb: nothing between but an apposition, a coordinated
      // name, or a few words ("Qatar and Jordan condemned", "X, a tribal leader, condemned").
      const close = cut >= end && (between.length < 30 || /^\s*,[^,]{3,90},\s*(?:\w+\s+)?$/.test(between)) && !/\b(?:when|after|while|because|that|which|where|whose)\b/i.test(between.replace(/^\s*,[^,]*,/, ''));
      const subject = close && !/\b(?:in|on|at|with|against|for|of|from|near|to|between|toward|towards|about|by|over|into)\s+(?:the\s+)?$/i.test(before) && !/^['’]s/.test(after);
      const attributed = /\b(?:said|according to|says)\s+(?:the\s+)?$/i.test(before);
      if (!subject && !attributed) continue;
      const e = pick(m, 'actor') ?? this.governmentOfMention(m);
      if (e && ACTOR_KINDS.has(e.kind)) found.push({ e, rel });
    }
    // A titled person outranks the place or body named in their title ("Kurdistan's Prime Minister Masrour Barzani").
    const people = found.filter((f) => f.e.kind === 'Person');
    const chosen = people.length ? people : found;
    return [...new Set(chosen.map((f) => f.e.id))];
  }

  /** The government a place name stands for: a country, or a seat of government ("Baghdad", "Erbil"). */
  private governmentOfMention(m: Mention): GazetteerEntry | null {
    const seat = DEMONYMS[m.text.toLowerCase().replace(/[’']s$/, '')];
    if (seat && m.entries.some((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY')) {
      const gov = this.finder.lookup(seat).find((e) => e.kind === 'Government');
      if (gov) return gov;
    }
    const place = m.entries.find((e) => e.kind === 'Place' && e.placeType === 'COUNTRY');
    if (!place) return null;
    const id = this.gazetteer.governmentOfPlace(place.id);
    return id ? (this.entry(id) ?? null) : null;
  }

  /** Whom a stance is toward: the entity after "solidarity with", "support for", "called on", ... */
  private towardOf(a: Analysed, stance: Stance | null): string[] {
    const text = a.sentence.text;
    const cues: Record<string, RegExp> = {
      SOLIDARITY: /\bsolidarity (?:with|to|toward|towards)\s+/gi,
      SUPPORT: /\b(?:support (?:for|to)|supporting|backing (?:for)?|stand(?:s|ing)? (?:by|with))\s+/gi,
      CALL_FOR_ACTION: /\b(?:call(?:ed|s)? (?:on|upon)|urg(?:ed|es)|asked)\s+/gi,
    };
    const patterns = stance ? (cues[stance] ? [cues[stance]!] : []) : [cues.SOLIDARITY!, cues.SUPPORT!];
    const ids: string[] = [];
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const from = a.sentence.start + (m.index ?? 0) + m[0].length;
        const next = a.mentions.filter((x) => x.start >= from && x.start - from < 40);
        for (const x of next.slice(0, 2)) {
          if (x !== next[0] && !/^(?:,?\s*(?:and|including)\s+(?:the\s+)?)$/i.test(text.slice(next[0]!.end - a.sentence.start, x.start - a.sentence.start))) continue;
          const e = pick(x, 'actor') ?? this.governmentOfMention(x) ?? (stance === 'CALL_FOR_ACTION' ? null : pick(x, 'place'));
          if (e) ids.push(e.id);
        }
      }
    }
    return [...new Set(ids)];
  }

  // Background facts ----------------------------------------------------------------------------

  private readFacts(a: Analysed): void {
    const text = a.sentence.text;
    const source = { article: this.article.id, sentence: text };
    // "Makhmour is about 70 km southeast of Mosul and 60 km (40 miles) southwest Erbil."
    const distance = new RegExp(String.raw`(?:about|some|around|roughly|nearly|approximately|almost)?\s*(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b(?:\s*\(\s*\d+(?:\.\d+)?\s*(?:miles?|km)\s*\))?\s+(?:to the\s+)?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:\s+of)?\s+(?:the\s+)?(?:city of\s+|capital,?\s+)?(${NAME})`, 'gu');
    const places = a.mentions.map((m) => ({ m, e: pick(m, 'place') })).filter((x) => x.e);
    for (const m of text.matchAll(distance)) {
      const target = this.finder.lookup(m[4]!.replace(/[’']s$/, '')).find((e) => e.kind === 'Place');
      const subject = places.find((p) => p.m.start - a.sentence.start < (m.index ?? 0) && p.e!.id !== target?.id)?.e ?? this.events[0]?.place ?? null;
      if (!target || !subject) continue;
      const km = /mile/i.test(m[2]!) ? Math.round(Number(m[1]) * 1.609) : Number(m[1]);
      this.relationships.push({
        from: subject.id,
        type: 'NEAR',
        to: target.id,
        properties: { distanceKm: km, direction: m[3]!.toLowerCase(), compass: DIRECTIONS[m[3]!.toLowerCase()] ?? '' },
        source: { ...source, confidence: 0.9 },
      });
    }
    // "the Iraqi Security Forces, including the Peshmerga": a part of a whole.
    for (const m of text.matchAll(/,?\s+including\s+(?:the\s+)?/gi)) {
      const at = a.sentence.start + (m.index ?? 0);
      const whole = [...a.mentions].reverse().find((x) => x.end <= at && at - x.end < 4);
      const part = a.mentions.find((x) => x.start >= at + m[0].length - 1 && x.start - (at + m[0].length) < 4);
      const w = whole && pick(whole, 'actor');
      const p = part && pick(part, 'actor');
      if (w && p && w.id !== p.id && w.kind === 'Force' && p.kind === 'Force') {
        this.relationships.push({ from: p.id, type: 'PART_OF', to: w.id, properties: {}, source: { ...source, confidence: 0.7 } });
      }
    }
    // "X and Y launched operations against Z": X and Y oppose Z.
    const against = /\b(?:launched|conducted|carried out|stepped up|waged|began|started|continue(?:d)?)\b[^.]{0,60}?\b(?:operations?|campaigns?|offensives?|raids?|fight|war|strikes)\s+against\s+/i.exec(text);
    if (against) {
      const at = a.sentence.start + (against.index ?? 0);
      const targetMention = a.mentions.find((x) => x.start >= at + against[0].length - 1);
      const z = targetMention && pick(targetMention, 'actor');
      if (z) {
        for (const x of a.mentions.filter((x) => x.end <= at)) {
          const e = pick(x, 'actor');
          if (e && e.id !== z.id && (e.kind === 'Force' || e.kind === 'Government') && !overlapsQuote(a, x.start, x.end)) {
            this.relationships.push({ from: e.id, type: 'OPPOSES', to: z.id, properties: {}, source: { ...source, confidence: 0.7 } });
          }
        }
      }
    }
  }

  // Output --------------------------------------------------------------------------------------

  /** The publisher named by the source: "Iraqi News Agency (INA)", "Shafaq News Agency", "X - Kurdistan Regional Government". */
  private publisher(): string | undefined {
    const source = this.article.source;
    if (!source) return undefined;
    const variants = [source, ...source.split(/\s+[-–|]\s+/), source.replace(/\s*\([^)]*\)/g, ''), ...[...source.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!)];
    for (const v of [...variants, ...variants.map((x) => x.replace(/\s+(?:Agency|Network|News Agency)$/i, ''))]) {
      const known = this.finder.lookup(v.trim()).find((e) => e.kind !== 'Place' && e.kind !== 'Person');
      if (known) return known.id;
    }
    return undefined;
  }

  private toBatch(): ImportBatch {
    const a = this.article;
    const slug = a.id.replace(/^article:/, '');
    let publisher = this.publisher();
    const entities: EntityInput[] = [];
    if (!publisher && a.source) {
      publisher = `org:${slug.length ? slugOfSource(a.source) : 'unknown-publisher'}`;
      if (!this.entry(publisher)) {
        entities.push({ id: publisher, kind: 'Organization', name: a.source, aliases: [], organizationType: 'MEDIA', sources: [] });
      }
    }

    const eventIds = this.events.map((_, i) => `event:${slug}-${i + 1}`);
    const resolveRef = (ref: string) => (ref.startsWith('#') ? eventIds[Number(ref.slice(1))] ?? null : ref);

    for (const [id, n] of this.finder.discovered) {
      const e = n.entry;
      const sources = [{ article: a.id, sentence: n.sentence, confidence: 0.7 }];
      const base = { id, name: e.name, aliases: [], sources };
      switch (e.kind) {
        case 'Place':
          entities.push({ ...base, kind: 'Place', placeType: (e.placeType ?? undefined) as never, locatedIn: e.parentId ?? undefined });
          break;
        case 'Organization':
          entities.push({ ...base, kind: 'Organization', organizationType: n.organizationType as never, partOf: e.parentId ?? undefined });
          break;
        case 'Force':
          entities.push({ ...base, kind: 'Force', forceType: n.forceType as never, under: [], partOf: e.parentId ?? undefined });
          break;
        case 'Government':
          entities.push({ ...base, kind: 'Government', level: n.level as never, governs: e.governs ?? undefined, partOf: e.parentId ?? undefined });
          break;
        case 'Person':
          entities.push({ ...base, kind: 'Person', offices: [], memberOf: [] });
          break;
      }
    }
    // Offices of known people, from their titles in this article.
    this.readOffices();

    const events: EventInput[] = this.events.map((e, i) => {
      const first = e.sentences[0]!;
      const known = (e.date ? 1 : 0) + (e.place ? 1 : 0) + (e.perpetrators.size ? 1 : 0);
      const confidence = known >= 3 ? 0.9 : known === 2 ? 0.8 : 0.65;
      const casualties: CasualtyInput[] = [];
      const byGroup = new Map<string, CasualtyInput>();
      for (const f of e.figures.values()) {
        const key = f.actorId ?? f.group;
        const row = byGroup.get(key) ?? { group: f.group as CasualtyGroup, actor: f.actorId ?? undefined };
        row[f.measure] = f.count;
        byGroup.set(key, row);
      }
      casualties.push(...byGroup.values());
      for (const c of this.claimants.filter((x) => x.event === `#${i}`)) {
        if (!e.perpetrators.has(c.actor) && !e.targets.has(c.actor)) e.perpetrators.set(c.actor, { sentence: c.sentence, confidence: 0.6 });
      }
      const ref = (m: Map<string, { sentence: string; confidence: number }>) =>
        [...m.entries()].map(([id, v]) => (v.sentence === first ? id : { ref: id, sentence: v.sentence, confidence: v.confidence }));
      const perpetrator = [...e.perpetrators.keys()].map((id) => this.entry(id)?.name).find(Boolean);
      const label = `${ACLED_LABELS[e.type]}${perpetrator ? ` by ${perpetrator}` : ''}${e.place ? ` in ${e.place.name}` : ''}`;
      return {
        id: eventIds[i]!,
        label,
        subEventType: e.type,
        date: e.date?.date ?? a.published,
        datePrecision: e.date?.precision ?? 'WEEK',
        place: e.place?.id,
        perpetrators: ref(e.perpetrators),
        targets: ref(e.targets),
        civilianTargeting: e.civilians && e.type !== 'ARRESTS' && e.type !== 'CHANGE_TO_GROUP_ACTIVITY',
        casualties,
        description: first.slice(0, 500),
        sources: [{ article: a.id, sentence: first, confidence }],
        mergeWithExisting: true,
      };
    });

    const statements: StatementInput[] = this.statements.map((s, i) => ({
      id: `statement:${slug}-${i + 1}`,
      speaker: s.speaker,
      stance: s.stance,
      about: s.about.map(resolveRef).filter((x): x is string => Boolean(x)),
      toward: s.toward,
      quote: s.quote ?? undefined,
      date: s.date,
      sources: [{ article: a.id, sentence: s.sentence, confidence: s.confidence }],
    }));

    const mentionRelationships: RelationshipInput[] = [...this.mentioned.entries()].map(([id, sentence]) => ({
      from: a.id,
      type: 'MENTIONS',
      to: id,
      properties: {},
      source: { article: a.id, sentence, confidence: 0.9 },
    }));

    return {
      origin: a.fileName ?? a.id,
      articles: [
        {
          id: a.id,
          title: a.title ?? undefined,
          url: a.url ?? undefined,
          publisher,
          published: a.published,
          language: a.language,
          text: a.body,
        },
      ],
      entities,
      events,
      statements,
      relationships: dedupeRelationships([...this.relationships, ...this.officeRelationships, ...mentionRelationships]),
    };
  }

  private readonly officeRelationships: RelationshipInput[] = [];

  /** "Kurdistan's Prime Minister Masrour Barzani": HOLDS_OFFICE for known and new people alike. */
  private readOffices(): void {
    for (const n of this.finder.discovered.values()) {
      if (n.office) this.pushOffice(n.entry.id, n.office, n.sentence);
    }
    for (const a of this.analysed) {
      for (const m of a.mentions) {
        const person = m.entries.find((e) => e.kind === 'Person');
        if (!person || this.finder.discovered.has(person.id)) continue;
        const before = a.sentence.text.slice(0, m.start - a.sentence.start);
        const t = /(?:\b((?:[A-Z][\p{L}.'’]*(?: [A-Z][\p{L}'’]*){0,3}?))(?:[’']s)? )?\b((?:Deputy |Vice |Acting )?(?:Prime Minister|President|Minister(?: of \w+(?: \w+)?)?|Foreign Minister|Defen[cs]e Minister|Interior Minister|Governor|Mayor|Speaker|Commander|Chairman|Secretary of State|Ambassador))\s+$/u.exec(before);
        if (!t) continue;
        const office = this.finder.officeOf(t[2]!, t[1] ?? null);
        if (office) this.pushOffice(person.id, office, a.sentence.text);
      }
    }
  }

  private pushOffice(person: string, office: { title: string; of: string }, sentence: string): void {
    this.officeRelationships.push({
      from: person,
      type: 'HOLDS_OFFICE',
      to: office.of,
      properties: { title: office.title },
      source: { article: this.article.id, sentence, confidence: 0.8 },
    });
  }
}

function slugOfSource(source: string): string {
  return source
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'unknown-publisher';
}

function dedupeRelationships(list: RelationshipInput[]): RelationshipInput[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.from}|${r.type}|${r.to}|${r.properties.title ?? ''}`;
    if (seen.has(key) || r.from === r.to) return false;
    seen.add(key);
    return true;
  });
}

