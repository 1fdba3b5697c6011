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

export function acledType(incident: Incident, ctx: ArticleContext): SubEventType {
  const type = incident.type;
  if (type !== 'ARMED_CLASH') return type;
  // Clans or tribes fighting each other are armed clashes whoever dies.
  if (incident.frames.some((f) => f.triggers.some((t) => /\b(?:clan|tribal|communal)\b/i.test(t.text)))) return type;
  const figures = incident.figures;
  const armedHit =
    [...incident.targets.keys()].some((id) => {
      const e = ctx.entry(id);
      return e?.kind === 'Force' || (e?.kind === 'Organization' && e.organizationType === 'ARMED_GROUP');
    }) || figures.some((f) => (f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS') && f.measure !== 'arrested');
  const civiliansHit = incident.civilians || figures.some((f) => f.group === 'CIVILIANS' && f.measure !== 'arrested');
  if (!armedHit && civiliansHit) {
    const onlyTaken = figures.length > 0 && figures.every((f) => f.measure === 'abducted');
    return onlyTaken ? 'ABDUCTION_FORCED_DISAPPEARANCE' : 'ATTACK';
  }
  if (!armedHit && figures.length && figures.every((f) => f.measure === 'abducted')) return 'ABDUCTION_FORCED_DISAPPEARANCE';
  return type;
}
