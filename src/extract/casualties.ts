/** Casualty figures in a sentence: "killed two soldiers and wounded three", "a Peshmerga officer was killed". */
import type { CasualtyGroup } from '../domain/taxonomy.js';
import { GROUP_NOUNS, NUMBER, parseNumber } from './lexicon.js';

export type Measure = 'killed' | 'injured' | 'abducted' | 'arrested';

export interface Figure {
  measure: Measure;
  count: number;
  group: CasualtyGroup;
  /** Words before the group noun that may name an actor ("Peshmerga", "army", "PMF"). */
  modifier: string | null;
  actorHint: string | null;
  index: number;
}

const VERB_MEASURE: [RegExp, Measure][] = [
  [/^(?:kill|killed|killing|kills|left|leaving|claimed the lives of|took the lives of|dead|died|slain|martyred|massacred|executed|shot dead)$/i, 'killed'],
  [/^(?:wound|wounded|wounding|injure|injured|injuring|hurt|maimed)$/i, 'injured'],
  [/^(?:kidnap|kidnapped|kidnapping|abduct|abducted|abducting|seized|took hostage)$/i, 'abducted'],
  [/^(?:arrest|arrested|arresting|detain|detained|detaining|captured|apprehended|rounded up)$/i, 'arrested'],
];

function measureOf(verb: string): Measure | null {
  for (const [pattern, measure] of VERB_MEASURE) if (pattern.test(verb.trim())) return measure;
  return null;
}

const GROUP_WORDS =
  String.raw`(?:soldiers?|troops|servicem[ae]n|officers?|conscripts?|police ?m[ae]n|policem[ae]n|police officers?|policemen|border guards?|guards?|fighters?|personnel|members|peshmerga|peshmargas?|civilians?|villagers?|shepherds?|farmers?|people|persons|residents?|children|women|men|passengers?|worshipp?ers|mourners|workers?|relatives|students?|drivers?|herders?|locals?|protesters?|demonstrators?|bystanders?|pilgrims?|others|militants?|insurgents?|terrorists?|jihadists?|attackers?|gunmen|assailants?|suspects?|operatives?|elements|more)`;

const KILL_VERBS = String.raw`(?:killed|killing|kills|left|leaving|claimed the lives of|took the lives of|wounded|wounding|injured|injuring|kidnapped|abducted|abducting|arrested|arresting|detained|detaining|captured|apprehended|rounded up)`;
const PASSIVE = String.raw`(?:killed|wounded|injured|hurt|kidnapped|abducted|arrested|detained|captured|dead|slain|martyred|executed|shot dead)`;
const QUALIFIER = String.raw`(?:at least |some |about |around |nearly |almost |more than |up to |another |a further )?`;

/** The casualty group of a noun phrase ("three Peshmerga fighters" -> SECURITY_FORCES, hint Peshmerga). */
export function groupOf(phrase: string): { group: CasualtyGroup; actorHint: string | null; modifier: string | null } {
  const words = phrase.toLowerCase().replace(/[^a-z' -]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    for (const g of GROUP_NOUNS) {
      if (g.pattern.test(tail)) {
        const modifier = words.slice(0, i).join(' ') || null;
        return { group: g.group, actorHint: g.actorHint ?? null, modifier };
      }
    }
  }
  return { group: 'UNSPECIFIED', actorHint: null, modifier: null };
}

/** Every figure stated in a sentence. "others"/"more" take the group of the figure before them. */
export function findFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  const push = (measure: Measure | null, countText: string, phrase: string, index: number) => {
    const count = parseNumber(countText);
    if (measure === null || count === null || count > 5000) return;
    let { group, actorHint, modifier } = groupOf(phrase);
    if (/\b(?:others?|more)\b/i.test(phrase) || !phrase.trim()) {
      const previous = figures.at(-1);
      if (previous) ({ group, actorHint, modifier } = previous);
    }
    if (figures.some((f) => f.index === index)) return;
    figures.push({ measure, count, group, actorHint, modifier, index });
  };

  // Active: "killed two soldiers", "wounding 11 others", "arrested four suspects", "left 5 dead".
  const active = new RegExp(String.raw`\b(${KILL_VERBS})\s+${QUALIFIER}(${NUMBER})\b((?:\s+(?!and\b|in\b|on\b|at\b|near\b|when\b|while\b)[\p{L}'’-]+){0,4}?\s+${GROUP_WORDS})?(?:\s+(dead|injured|wounded))?`, 'giu');
  for (const m of sentence.matchAll(active)) {
    const verb = m[1]!.toLowerCase();
    const measure = verb === 'left' || verb === 'leaving' ? measureOf(m[4] ?? 'dead') : measureOf(verb);
    if ((verb === 'left' || verb === 'leaving') && !m[4] && !m[3]) continue;
    push(measure, m[2]!, m[3] ?? '', m.index ?? 0);
  }
  // Passive: "three civilians were injured", "a Peshmerga officer was killed", "12 people have been killed".
  const passive = new RegExp(
    String.raw`(?:^|[\s,(])${QUALIFIER}(${NUMBER})\b((?:\s+[\p{L}'’-]+){0,4}?\s+${GROUP_WORDS})?(?:,[^,]{1,60},)?\s+(?:were|was|have been|had been|are|got|being)?\s*(?:also\s+|reportedly\s+|later\s+|critically\s+|seriously\s+|slightly\s+|lightly\s+)?(${PASSIVE})\b`,
    'giu',
  );
  for (const m of sentence.matchAll(passive)) {
    if (!m[2] && !/^\d+$/.test(m[1]!)) continue;
    push(measureOf(m[3]!), m[1]!, m[2] ?? '', m.index ?? 0);
  }
  // "killed three villagers and ten Peshmerga": the measure carries over a coordinated figure.
  for (const f of [...figures]) {
    const rest = sentence.slice(f.index);
    const coordinated = new RegExp(String.raw`^\S+(?:\s+\S+){0,6}?\s+${GROUP_WORDS}\s+and\s+${QUALIFIER}(${NUMBER})\b((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})`, 'iu').exec(rest);
    if (coordinated) push(f.measure, coordinated[1]!, coordinated[2]!, f.index + coordinated[0].length - coordinated[2]!.length - coordinated[1]!.length);
  }
  // "the death toll rose to seven", "bringing the toll to 12".
  for (const m of sentence.matchAll(new RegExp(String.raw`\b(?:death )?toll\b[^.]{0,30}?\b(?:rose|climbed|increased|jumped|reached|stood at|stands at|to)\s+(?:to\s+)?(${NUMBER})\b`, 'giu'))) {
    const count = parseNumber(m[1]!);
    if (count !== null) figures.push({ measure: 'killed', count, group: 'UNSPECIFIED', actorHint: null, modifier: null, index: m.index ?? 0 });
  }
  return figures.sort((a, b) => a.index - b.index);
}
