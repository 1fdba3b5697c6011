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
import type { Argument } from './roles.js';
import { findTriggers } from './triggers.js';

/** Trigger words of armed violence (not of taking people). */
const ARMED_WORDS = /\b(?:attack|ambush|storm|assault|opened fire|gun|fire|clash|shot|killed|raid)/i;

/** Words of a fight both sides fought, not a one-sided attack. */
const TWO_SIDED_FIGHT = /\b(?:fighting|clash(?:es|ed)?|gun ?battles?|gunfight|firefight|shoot-?outs?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire)\b/i;

/** Clans, tribes or families fighting each other. */
export function communal(incident: Incident): boolean {
  return incident.frames.some((f) => f.triggers.some((t) => /\b(?:clan|tribal|communal)\b/i.test(t.text)) || COMMUNAL.test(f.sentence));
}

/**
 * The incident is told as a fight ("the clashes", "an exchange of fire", "the fighting") and both of its sides are armed:
 * a state force on one, an armed group on the other (each named as a side or as the force its dead belonged to).
 */
function fightBetweenArmedSides(incident: Incident, ctx: ArticleContext): boolean {
  if (!incident.frames.some((f) => f.triggers.some((t) => t.type === 'ARMED_CLASH' && TWO_SIDED_FIGHT.test(t.text)))) return false;
  const ids = [...incident.perpetrators.keys(), ...incident.targets.keys(), ...incident.figures.map((f) => f.actorId).filter((id): id is string => Boolean(id))];
  const state = ids.some((id) => ctx.entry(id)?.kind === 'Force') || incident.figures.some((f) => f.group === 'SECURITY_FORCES' && (f.measure === 'killed' || f.measure === 'injured'));
  const group = ids.some((id) => { const e = ctx.entry(id); return e?.kind === 'Organization' && e.organizationType === 'ARMED_GROUP'; }) || incident.figures.some((f) => f.group === 'MILITANTS' && (f.measure === 'killed' || f.measure === 'injured'));
  return state && group;
}

/** The people of a demonstration. */
const CROWD = /\b(?:protesters|demonstrators|rioters|crowds?|mobs?|supporters)\b/i;
/** Arson, storming and breaking in: what makes a demonstration a riot ("set two offices on fire", "several cars were set ablaze"). */
const RIOT_DEED = /\b(?:set (?:[\w-]+ ){0,6}?(?:on fire|ablaze|alight)|set fire to|torched|(?:were|was|had been) (?:set ablaze|set on fire|set alight|torched|burned|burnt)|stormed|broke (?:in|into)|ransacked)\b/gi;
/** A state force as the subject of the deed ("police stormed the sit-in"): the force broke up the protest, no riot. */
const FORCE_SUBJECT = /\b(?:police(?:men)?|security forces|troops|soldiers|army|forces|guards|riot police)\s+(?:[\w-]+\s+){0,2}$/i;
/** "clashes between rival groups of demonstrators": crowds fighting each other. */
const RIVAL_CROWDS = /\b(?:clash(?:es|ed)?|fighting|fought|brawls?)\b[^.;]{0,40}?\b(?:between|among)\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)(?:groups\s+of\s+)?(?:protesters|demonstrators|supporters|crowds)\b/i;

/** A protest incident whose own sentences tell its crowd rioting: the violent kind of demonstration, or crowds fighting each other. */
function riotOf(incident: Incident): SubEventType | null {
  const sentences = [...new Set(incident.frames.filter((f) => !f.quoted).map((f) => f.sentence))].filter((s) => CROWD.test(s));
  if (sentences.some((s) => RIVAL_CROWDS.test(s))) return 'MOB_VIOLENCE';
  // (A deed the riot trigger read already is a riot of its own frame: "people protested outside the embassy, while in X a group of
  // protesters broke into an office" tells two incidents.)
  const rioted = sentences.some((s) => {
    const riots = findTriggers(s).filter((t) => t.type === 'VIOLENT_DEMONSTRATION');
    return [...s.matchAll(RIOT_DEED)].some((m) => !FORCE_SUBJECT.test(s.slice(Math.max(0, m.index - 40), m.index)) && !riots.some((t) => t.start <= m.index && m.index < t.end));
  });
  return rioted ? 'VIOLENT_DEMONSTRATION' : null;
}

/** A bare attack word: the kind of attack it was is told elsewhere or not at all. */
const BARE_ATTACK = /^(?:attacks?|attacked)$/i;
/** Attacks named by their weapon ("drone attacks", "a wave of rocket attacks"). */
const ATTACK_KINDS: { type: SubEventType; pattern: RegExp }[] = [
  { type: 'AIR_DRONE_STRIKE', pattern: /\b(?:drone|air|aerial)\s+(?:attacks?|strikes?)\b/i },
  { type: 'SHELLING_ARTILLERY_MISSILE_ATTACK', pattern: /\b(?:rocket|missile|mortar|Katyusha)\s+attacks?\b/i },
];

/** The one kind of attack the headline or the incident's own sentences name, for an incident told only with bare attack words. */
function kindOfAttacks(incident: Incident, ctx: ArticleContext): SubEventType | null {
  const triggers = incident.frames.flatMap((f) => f.triggers);
  if (!triggers.length || !triggers.every((t) => t.type === 'ARMED_CLASH' && BARE_ATTACK.test(t.text))) return null;
  const texts = [ctx.article.title ?? '', ...new Set(incident.frames.map((f) => f.sentence))];
  const kinds = ATTACK_KINDS.filter((k) => texts.some((t) => k.pattern.test(t)));
  return kinds.length === 1 ? kinds[0]!.type : null;
}

/** A state force firing, or people killed by its fire: "police guarding the building fired", "killed by the security forces' fire". */
const FORCE_FIRED = /\b(?:security forces|(?:riot )?police(?:m[ae]n)?|troops|soldiers|guards)\b[^.;]{0,80}?\b(?:shot dead|shot|opened fire|fired|gunned down)\b|\b(?:killed|shot(?: dead)?)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?(?:security forces|police|troops|soldiers|guards)['’]?(?:\s+(?:live\s+)?(?:fire|bullets|gunfire|ammunition))?/i;
const PROTEST_WORDS = /\b(?:protest(?:s|ers|ing)?|demonstrat(?:ors|ions?)|rall(?:y|ies|ied)|sit-ins?)\b/i;

/** People (not armed men) killed at a protest by the fire of a state force the incident's own sentences name. */
function forceFiredOnProtest(incident: Incident, type: SubEventType, ctx: ArticleContext): boolean {
  if (!incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && f.group !== 'SECURITY_FORCES' && f.group !== 'MILITANTS')) return false;
  if (incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && (f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS'))) return false;
  const sentences = [...new Set(incident.frames.filter((f) => !f.quoted).map((f) => f.sentence))];
  if (!sentences.some((s) => FORCE_FIRED.test(s))) return false;
  if (type === 'PEACEFUL_PROTEST') return true;
  // A killing told as one: by state forces alone, in a sentence that names the protests.
  const perpetrators = [...incident.perpetrators.keys()];
  return perpetrators.length > 0 && perpetrators.every((id) => ctx.entry(id)?.kind === 'Force') && sentences.some((s) => FORCE_FIRED.test(s) && PROTEST_WORDS.test(s));
}

/** Armed men no report names as a state force, firing on a crowd: "unidentified gunmen riding in pickups opened fire on anti-government demonstrators". */
const GUNMEN_FIRED_ON_CROWD = /\b(?:gunmen|armed men|masked men|assailants|attackers)\b[^.;]{0,60}?\b(?:opened fire|fired|shot)\s+(?:on|at|into|upon)\s+(?:[\w'’-]+\s+){0,4}?(?:protesters|demonstrators|crowds?|sit-ins?|marchers)\b/i;
/** A state force at the protest: its fire, or the means of breaking up a crowd. */
const STATE_DISPERSAL = /\b(?:tear ?gas|water cannons?|rubber bullets|batons|stun grenades|sound bombs)\b/i;

/**
 * Protesters killed by gunmen the report names as no state force ("Unidentified gunmen opened fire on demonstrators gathered at
 * the square, killing 19"), with no force firing in the incident's sentences and no crowd broken up in the report: an attack on civilians.
 */
function gunmenFiredOnProtest(incident: Incident, ctx: ArticleContext): boolean {
  if (!incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && f.group !== 'MILITANTS')) return false;
  const sentences = [...new Set(incident.frames.filter((f) => !f.quoted).map((f) => f.sentence))];
  if (!sentences.some((s) => GUNMEN_FIRED_ON_CROWD.test(s))) return false;
  if (incident.perpetrators.size) return false;
  // (Tear gas anywhere in the report: "security forces first fired tear gas into the tents before gunmen moved in" is a force's doing too.)
  return !sentences.some((s) => FORCE_FIRED.test(s)) && !STATE_DISPERSAL.test(ctx.article.body);
}

export function acledType(incident: Incident, ctx: ArticleContext): SubEventType {
  let type = incident.type;
  // "condemns the series of drone attacks against oil fields, including the attack on the X field": an attack told only by the
  // bare word, where its sentence or the headline names the one kind the attacks were of.
  if (type === 'ARMED_CLASH') {
    const kind = kindOfAttacks(incident, ctx);
    if (kind) return kind;
  }
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
  // "Fighting between the army and the militia went on for a second day ... residents reported mortar fire": shells told in a
  // fight between a state force and an armed group, both of them sides of the incident, are the fight's means; ACLED codes the battle.
  if (type === 'SHELLING_ARTILLERY_MISSILE_ATTACK' && fightBetweenArmedSides(incident, ctx)) return 'ARMED_CLASH';
  // "gunmen opened fire on the diners before a suicide bomber blew up his car at the checkpoint": an attack in which a suicide
  // bomber struck is a suicide bombing, whatever word its toll was told with (ACLED codes the complex attack so).
  if ((type === 'ARMED_CLASH' || type === 'ATTACK') && incident.frames.some((f) => f.type === 'SUICIDE_BOMB' && !f.reference && !f.quoted && f.triggers.some((t) => t.type === 'SUICIDE_BOMB' && !t.definite && !t.plural))) return 'SUICIDE_BOMB';
  // "Unidentified gunmen opened fire on anti-government demonstrators ..., killing 19": armed men no one names as a force, shooting
  // into a crowd no force broke up, attacked civilians (ACLED's attack; excessive force is a state's).
  if ((type === 'PEACEFUL_PROTEST' || type === 'PROTEST_WITH_INTERVENTION') && gunmenFiredOnProtest(incident, ctx)) return 'ATTACK';
  // "several hundred protesters pushed past the guards and set fire to the chairman's office": a demonstration whose crowd burned,
  // stormed or broke in is a riot, and rival crowds fighting each other are mob violence.
  if (type === 'PEACEFUL_PROTEST' || type === 'PROTEST_WITH_INTERVENTION') {
    const riot = riotOf(incident);
    if (riot) return riot;
  }
  // "a young man was shot dead when police opened fire on a crowd demonstrating": protesters killed by the force that broke up
  // their protest (ACLED's excessive force against protesters; a riot stays a riot).
  if (type === 'PROTEST_WITH_INTERVENTION' && incident.figures.some((f) => f.measure === 'killed' && f.count > 0 && f.group !== 'SECURITY_FORCES' && f.group !== 'MILITANTS')) return 'EXCESSIVE_FORCE_AGAINST_PROTESTERS';
  // "security forces shot dead three protesters as thousands rallied", "demonstrators killed by the security forces' fire": a
  // demonstration (or a killing told among protests) whose dead the report says a state force shot is excessive force, whatever
  // word the protest was told with.
  if ((type === 'PEACEFUL_PROTEST' || type === 'ARMED_CLASH') && forceFiredOnProtest(incident, type, ctx)) return 'EXCESSIVE_FORCE_AGAINST_PROTESTERS';
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
  // also killed): an attack on civilians (by gunmen the report does not name, when it names the civilians they fired on). Counted by the dead, then by the wounded.
  const toll = (civilian: boolean) => {
    const of = figures.filter((f) => (f.group === 'CIVILIANS') === civilian && (civilian || f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS'));
    return [of.filter((f) => f.measure === 'killed').reduce((n, f) => n + f.count, 0), of.filter((f) => f.measure === 'injured').reduce((n, f) => n + f.count, 0)] as const;
  };
  const [civKilled, civInjured] = toll(true);
  const [armedKilled, armedInjured] = toll(false);
  const mostlyCivilians = civKilled > armedKilled || (civKilled === armedKilled && civInjured > armedInjured);
  const clash = incident.frames.some((f) => f.triggers.some((t) => /\b(?:clash|battle|firefight|gunfight|shoot-?out|exchange)/i.test(t.text)) && f.figures.length > 0);
  if (armedHit && mostlyCivilians && !clash && (incident.perpetrators.size > 0 || incident.frames.some((f) => f.civilianVictims)) && [...incident.perpetrators.keys()].every((id) => ctx.entry(id)?.kind === 'Organization')) return 'ATTACK';
  // "Gunmen assassinated a local official", "executed three villagers": a killing of chosen people, no armed side hit (a reporter beaten up too).
  // ... and "a physician who was gunned down in the city", "shot dead outside his home": a person killed by gunmen, with no armed side hit.
  const targeted = incident.frames.some((f) => f.triggers.some((t) => /\b(?:assassinat|execut|gunned down|shot dead|murder|stabbed|beat(?:en|ing)?\b)/i.test(t.text)));
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

/** Strikes a state carries out from afar, whose later ones a report often tells without naming the side again. */
const STRIKE_TYPES = new Set<SubEventType>(['AIR_DRONE_STRIKE', 'SHELLING_ARTILLERY_MISSILE_ATTACK']);

/**
 * "Iranian artillery pounded the outskirts of X ... On Sunday evening, shells landed near Y", "IRGC missiles and drones struck a
 * compound near X ... A third drone hit a position near Y": a strike told with no acting side, after strikes of the same kind
 * that one state's forces (and nobody else) carried out in the report, is theirs too. The side of an earlier strike is the state
 * force that claims it where one does ("the IRGC said its ground forces had hit ..."), else the side its own words give.
 */
export function strikeSides(typed: { incident: Incident; type: SubEventType }[], ctx: ArticleContext, claims: { incident: number; actor: string; sentence: string }[]): void {
  const seen = new Map<SubEventType, Map<string, Argument>>();
  /** The dates of the earlier strikes of each kind whose sides were told. */
  const earlier = new Map<SubEventType, string[]>();
  const state = (id: string) => {
    const kind = ctx.entry(id)?.kind;
    return kind === 'Force' || kind === 'Government';
  };
  const order = typed.map((t, index) => ({ ...t, index })).sort((a, b) => a.incident.firstSentence - b.incident.firstSentence);
  for (const { incident, type, index } of order) {
    if (!STRIKE_TYPES.has(type)) continue;
    const sides = seen.get(type) ?? new Map<string, Argument>();
    seen.set(type, sides);
    const claimed = claims.filter((c) => c.incident === index && state(c.actor));
    const dated = () => incident.date && earlier.set(type, [...(earlier.get(type) ?? []), incident.date.date]);
    if (claimed.length) {
      dated();
      for (const c of claimed) if (!sides.has(c.actor)) sides.set(c.actor, { id: c.actor, evidence: c.sentence, confidence: 0.6 });
      continue;
    }
    if (incident.perpetrators.size) {
      dated();
      for (const [id, a] of incident.perpetrators) if (!sides.has(id)) sides.set(id, a);
      continue;
    }
    const [only, ...more] = [...sides.values()];
    if (!only || more.length || !state(only.id)) continue;
    // ... within the same few days: a strike recalled from weeks before ("On Oct. 4, a drone struck a car") is told for its own sake.
    if (incident.date && (earlier.get(type) ?? []).some((d) => Math.abs(Date.parse(d) - Date.parse(incident.date!.date)) > 3 * 86_400_000)) continue;
    incident.perpetrators.set(only.id, { id: only.id, evidence: only.evidence, confidence: Math.min(only.confidence, 0.6) });
  }
}
