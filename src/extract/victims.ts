/**
 * Victims described after their toll: "Two people were killed ... The directorate said both men
 * inside it were members of the PKK", "one person was killed, a member of the PKK", "killing its two
 * occupants, whom it described as members of the PKK". The toll was counted as people; the
 * description says whose men they were, so the figure becomes that force's or group's.
 */
import { pick, type ArticleContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { Incident } from './assembly.js';
import { NUMBER, parseNumber } from './lexicon.js';
import type { SentenceReading } from './reading.js';

export interface VictimDescription {
  sentenceIndex: number;
  actor: GazetteerEntry;
  /** How many the description speaks of, when it says ("both men", "its two occupants"). */
  count: number | null;
  measure: 'killed' | 'injured' | null;
}

const WHO = String.raw`(?:(?:both|all|the|its|their)\s+(?:(${NUMBER})\s+)?(?:men|people|persons|victims|occupants|passengers|dead|killed|two|three)(?:\s+(?:(?:inside|in|aboard|on\s+board)\s+(?:it|the\s+[\p{L}-]+)|inside|aboard|on\s+board)(?=\s+(?:were|was|are|is|all|both|belonged)\b))?|(?:he|she|they)|both of them|all of them|(?<=(?:^|[.;]\s*|,\s+(?:and\s+)?))both)`;
/** The victims as the object of a verb of describing: "described the two dead as", "identified them as". */
const WHO_OBJECT = String.raw`(?:(?:both|all|the|its|their)\s+(?:(${NUMBER})\s+)?(?:men|people|persons|victims|occupants|passengers|dead|killed|two|three)|them|him|her|both)`;
/** "both men inside it were members of", "whom it described as members of", ", a member of" after a toll word. */
const DESCRIBED = new RegExp(
  String.raw`(?:\b${WHO}\s+(?:were|was|are|is)\s+(?:all\s+)?(?:identified as\s+|described as\s+)?|\bwhom\s+(?:it|they|he|she|the\s+\w+)\s+(?:described|identified)\s+as\s+|\b(killed|dead|wounded|injured),\s+|\b(?:described|identified|named)\s+${WHO_OBJECT}\s+as\s+["“]?)(an?\s+|both\s+)?(?:members?|fighters?)\s+(?:of|from)\s+(?:the\s+)?$`,
  'iu',
);
/**
 * The same descriptions with the side told otherwise: "both victims belonged to the PKK" (the side after "belonged to"),
 * "the two dead were PKK fighters" (the side's name before a noun for its men, read with MEN_AFTER).
 */
const BELONGED = new RegExp(String.raw`\b${WHO}\s+(?:all\s+)?belonged\s+to\s+(?:the\s+)?$`, 'iu');
const NAMED_BEFORE_NOUN = new RegExp(String.raw`\b${WHO}\s+(?:were|was|are|is)\s+(?:all\s+)?(?:identified as\s+|described as\s+)?(an?\s+)?$|\b(?:described|identified|named)\s+${WHO_OBJECT}\s+as\s+["“]?(an?\s+)?$`, 'iu');
const MEN_AFTER = /^(?:\s*\([^)]{1,20}\))?\s+(?:members?|fighters?|militants?|militiamen|cadres?|operatives?)\b/iu;
/** A cheap gate for the sentences these descriptions can be in. */
const DESCRIPTION_CUE = /\b(?:members?|fighters?|militants?|militiamen|cadres?|operatives?)\b|\bbelonged\s+to\b/i;

const armed = (e: GazetteerEntry | null): e is GazetteerEntry => Boolean(e && (e.kind === 'Force' || (e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP')));

/** Every description of victims as members of a force or armed group, sentence by sentence. */
export function victimDescriptions(readings: SentenceReading[]): VictimDescription[] {
  const found: VictimDescription[] = [];
  for (const r of readings) {
    if (!DESCRIPTION_CUE.test(r.sentence.text)) continue;
    for (const m of r.mentions) {
      const actor = pick(m, 'actor');
      if (!armed(actor)) continue;
      const before = r.sentence.text.slice(Math.max(0, m.start - r.sentence.start - 90), m.start - r.sentence.start);
      let d = DESCRIBED.exec(before);
      let single: string | undefined;
      const described = Boolean(d);
      if (!d) {
        // "both victims belonged to the PKK", "the two dead were PKK fighters": the WHO's count is the first group of each.
        const other = BELONGED.exec(before) ?? (MEN_AFTER.test(r.sentence.text.slice(m.end - r.sentence.start)) ? NAMED_BEFORE_NOUN.exec(before) : null);
        // "four of the dead were YBS fighters": a share of the toll, told by the shares' own rules.
        if (!other || /\bof\s+$/i.test(before.slice(0, other.index))) continue;
        d = other;
        single = other.slice(2).find((x) => x !== undefined);
      }
      const counted = d[1] ?? d[3] ?? /\b(?:its|their)\s+(\S+)\s+(?:occupants|passengers)\b/i.exec(r.sentence.text.slice(0, m.start - r.sentence.start))?.[1];
      const count = /\bboth\b/i.test(d[0]) ? 2 : counted ? parseNumber(counted) : (described ? d[4] : single) ? 1 : null;
      const measure = d[2] ? (/killed|dead/i.test(d[2]) ? 'killed' : 'injured') : null;
      found.push({ sentenceIndex: r.sentence.index, actor, count, measure });
    }
  }
  return found;
}

/**
 * Gives each description's force or group to the toll it describes: in the incident told last
 * before (or in) its sentence, the one figure of people (civilians or no group) it fits by measure
 * and count.
 */
export function describeVictims(incidents: Incident[], descriptions: VictimDescription[], ctx: ArticleContext): void {
  for (const d of descriptions) {
    const incident = incidents
      .filter((i) => i.firstSentence <= d.sentenceIndex)
      .sort((a, b) => lastBefore(b, d.sentenceIndex) - lastBefore(a, d.sentenceIndex))[0];
    if (!incident) continue;
    const fits = incident.figures.filter(
      (f) => !f.actorId && (f.group === 'CIVILIANS' || f.group === 'UNSPECIFIED') && (d.measure ? f.measure === d.measure : f.measure === 'killed') && (d.count === null || f.count === d.count),
    );
    if (fits.length !== 1) continue;
    const f = fits[0]!;
    f.actorId = d.actor.id;
    f.group = d.actor.kind === 'Force' ? 'SECURITY_FORCES' : 'MILITANTS';
    incident.civilians = (incident.figures.some((g) => g.group === 'CIVILIANS' && g.measure !== 'arrested') || incident.frames.some((fr) => fr.civilianVictims)) && !bystandersOnly(incident);
    if (!incident.targets.has(d.actor.id)) incident.targets.set(d.actor.id, { id: d.actor.id, evidence: ctx.entry(d.actor.id)?.name ?? d.actor.name, confidence: 0.6 });
  }
}

/** The last sentence of the incident at or before the given one. */
function lastBefore(i: Incident, sentence: number): number {
  return Math.max(-1, ...i.frames.map((f) => f.sentenceIndex).filter((s) => s <= sentence));
}

/**
 * "Two fighters died ... Two more fighters and a shepherd who was grazing his sheep by the road were wounded": where
 * the only civilians hit are bystanders told by what they were doing nearby, and an armed side was hit, the attack
 * was on that side; the civilians are casualties, not its target.
 */
export function bystandersOnly(i: Incident): boolean {
  const civilians = i.figures.filter((f) => f.group === 'CIVILIANS' && f.measure !== 'arrested');
  if (!civilians.length || !civilians.every((f) => f.bystander)) return false;
  return i.figures.some((f) => (f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS') && (f.measure === 'killed' || f.measure === 'injured'));
}
