/**
 * The ACLED type of an assembled incident, from who was hit rather than the trigger word alone:
 * an armed attack whose victims are civilians and no armed side is violence against civilians
 * (ATTACK), one whose victims were taken is an abduction; a clash where only an armed group is
 * named against security forces stays a battle. Explosions, strikes and shelling keep their
 * weapon-based types whoever was hit, as ACLED codes them.
 */
import type { SubEventType } from '../domain/taxonomy.js';
import type { Incident } from './assembly.js';
import type { ArticleContext } from './context.js';
import { COMMUNAL } from './lexicon.js';

/** Trigger words of armed violence (not of taking people). */
const ARMED_WORDS = /\b(?:attack|ambush|storm|assault|opened fire|gun|fire|clash|shot|killed|raid)/i;

/** Words of a fight both sides fought, not a one-sided attack. */
const TWO_SIDED_FIGHT = /\b(?:fighting|clash(?:es|ed)?|gun ?battles?|gunfight|firefight|shoot-?outs?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire)\b/i;

/** Clans, tribes or families fighting each other. */
export function communal(incident: Incident): boolean {
  return incident.frames.some((f) => f.triggers.some((t) => /\b(?:clan|tribal|communal)\b/i.test(t.text)) || COMMUNAL.test(f.sentence));
}

export function acledType(incident: Incident, ctx: ArticleContext): SubEventType {
  let type = incident.type;
  // People killed in an attack in which others were taken: the killing types it, not the abduction.
  // ... not hostages found dead later ("four of them were later found shot dead"), nor the word "gunmen" alone.
  if (type === 'ABDUCTION_FORCED_DISAPPEARANCE' && incident.figures.some((f) => f.measure === 'killed' && f.count > 0) && incident.frames.some((f) => f.triggers.some((t) => t.type === 'ARMED_CLASH' && ARMED_WORDS.test(t.text) && !/^(?:found\b|gunmen$)/i.test(t.text)))) {
    type = 'ARMED_CLASH';
  }
  // A raid or an operation in which people were killed is a battle (ACLED codes a deadly operation against an armed group so).
  if (type === 'CHANGE_TO_GROUP_ACTIVITY' && incident.figures.some((f) => f.measure === 'killed' && f.count > 0)) return 'ARMED_CLASH';
  // "foiled an infiltration attempt by terrorist elements, killing two of them": a foiled attack in which armed men died was fought.
  if (type === 'DISRUPTED_WEAPONS_USE' && incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && f.group !== 'CIVILIANS')) return 'ARMED_CLASH';
  // "arrested two terrorists and killed a third": an arrest raid in which the wanted men died is a battle too.
  if (type === 'ARRESTS' && incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && f.group === 'MILITANTS')) return 'ARMED_CLASH';
  // "fighting flared near X when militants fired mortars and tried to storm a line": shells fired in a fight both sides fought,
  // told in the fight's sentence, are its means; ACLED codes the battle.
  if (type === 'SHELLING_ARTILLERY_MISSILE_ATTACK') {
    const shelled = new Set(incident.frames.filter((f) => f.triggers.some((t) => t.type === type)).map((f) => f.sentenceIndex));
    if (incident.frames.some((f) => shelled.has(f.sentenceIndex) && f.triggers.some((t) => t.type === 'ARMED_CLASH' && !t.definite && !t.plural && TWO_SIDED_FIGHT.test(t.text)))) return 'ARMED_CLASH';
  }
  // "a young man was shot dead when police opened fire on a crowd demonstrating": protesters killed by the force that broke up
  // their protest (ACLED's excessive force against protesters; a riot stays a riot).
  if (type === 'PROTEST_WITH_INTERVENTION' && incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && f.group !== 'SECURITY_FORCES' && f.group !== 'MILITANTS')) return 'EXCESSIVE_FORCE_AGAINST_PROTESTERS';
  if (type !== 'ARMED_CLASH') return type;
  // Clans or tribes fighting each other are armed clashes whoever dies.
  if (communal(incident)) return type;
  const figures = incident.figures;
  const armedHit =
    [...incident.targets.keys()].some((id) => {
      const e = ctx.entry(id);
      return e?.kind === 'Force' || (e?.kind === 'Organization' && e.organizationType === 'ARMED_GROUP');
    }) || figures.some((f) => (f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS') && f.measure !== 'arrested' && !f.attackers); // (the attackers' own dead are no side hit)
  const civiliansHit = incident.civilians || figures.some((f) => f.group === 'CIVILIANS' && f.measure !== 'arrested');
  // Militants who hit more civilians than armed men (a village stormed, the guards who came to help
  // also killed): an attack on civilians. Counted by the dead, then by the wounded.
  const toll = (civilian: boolean) => {
    const of = figures.filter((f) => (f.group === 'CIVILIANS') === civilian && (civilian || f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS'));
    return [of.filter((f) => f.measure === 'killed').reduce((n, f) => n + f.count, 0), of.filter((f) => f.measure === 'injured').reduce((n, f) => n + f.count, 0)] as const;
  };
  const [civKilled, civInjured] = toll(true);
  const [armedKilled, armedInjured] = toll(false);
  const mostlyCivilians = civKilled > armedKilled || (civKilled === armedKilled && civInjured > armedInjured);
  const clash = incident.frames.some((f) => f.triggers.some((t) => /\b(?:clash|battle|firefight|gunfight|shoot-?out|exchange)/i.test(t.text)) && f.figures.length > 0);
  if (armedHit && mostlyCivilians && !clash && incident.perpetrators.size > 0 && [...incident.perpetrators.keys()].every((id) => ctx.entry(id)?.kind === 'Organization')) return 'ATTACK';
  // "Gunmen assassinated a local official", "executed three villagers": a killing of chosen people, no armed side hit.
  const targeted = incident.frames.some((f) => f.triggers.some((t) => /\b(?:assassinat|execut)/i.test(t.text)));
  if (!armedHit && (civiliansHit || targeted)) {
    const onlyTaken = figures.length > 0 && figures.every((f) => f.measure === 'abducted');
    return onlyTaken ? 'ABDUCTION_FORCED_DISAPPEARANCE' : 'ATTACK';
  }
  if (!armedHit && figures.length && figures.every((f) => f.measure === 'abducted')) return 'ABDUCTION_FORCED_DISAPPEARANCE';
  return type;
}

/**
 * Forces that took back a town are the acting side, the group driven out the side acted on ("the CTS and the Federal Police
 * liberated the centre of Hawija after the collapse of Daesh"): the roles read around the trigger may give them the other way.
 */
export function territorySides(incident: Incident, type: SubEventType, ctx: ArticleContext): void {
  if (type !== 'GOVERNMENT_REGAINS_TERRITORY') return;
  const state = (id: string) => {
    const kind = ctx.entry(id)?.kind;
    return kind === 'Force' || kind === 'Government';
  };
  const all = new Map([...incident.perpetrators, ...incident.targets]);
  incident.perpetrators = new Map([...all].filter(([id]) => state(id)));
  incident.targets = new Map([...all].filter(([id]) => !state(id)));
}
