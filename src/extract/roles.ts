/**
 * Who did it and to whom: the actor and target arguments of an event trigger, each with the
 * words that justify it. Read from the words around each actor ("ISIS militants stormed", "by
 * ISIS", "attacked a Peshmerga post", "security forces arrested", "a Turkish drone"); where the
 * words say nothing, an armed group is the perpetrator of an attack and a state force its
 * target, the other way round for arrests, operations, strikes and foiled attacks.
 */
import type { SubEventType } from '../domain/taxonomy.js';
import { pick, type ArticleContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import { inQuote } from './quotes.js';
import { localSpan, type SentenceReading } from './reading.js';
import { GRAVE, type Trigger } from './triggers.js';
import { matchesOf } from './text.js';

export interface Argument {
  id: string;
  /** The words that justify the argument. */
  evidence: string;
  confidence: number;
}

export interface Roles {
  perpetrators: Argument[];
  targets: Argument[];
}

/** Events a state carries out: the state's forces are their actors, the armed group their target. */
export const STATE_ACTIONS: SubEventType[] = ['ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'AIR_DRONE_STRIKE', 'DISRUPTED_WEAPONS_USE', 'OTHER'];

const ACCUSATION = /\b(?:accused of|suspected of|on suspicion of|charged with|wanted for|involved in|responsible for|linked to|took part in|planning|plotting)\b/i;
const PROTESTS: SubEventType[] = ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS'];

const AGENT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{3,80},\s*)?(?:said|says|claimed|announced|stated)(?:\s+in\s+a\s+statement(?:\s+[^,;]{0,50}?)?)?\s+(?:that\s+)?(?:it|they|its\s+(?:\w+\s+)?\w+|their\s+(?:\w+\s+)?\w+)\s+(?:had\s+|have\s+|has\s+)?(?:fired|launched|attacked|targeted|struck|hit|carried out|bombed|shelled|killed|detonated|destroyed|arrested|detained|captured|apprehended|raided|conducted|dismantled|defused|seized|foiled|thwarted)\b|^\s*(?:\([^)]*\)\s*)?(?:[a-z]{1,3}-\d+[a-z]?\s+)?(?:militants?|fighters?|gunmen|members|cells?|remnants|elements|jihadists|forces|troops|soldiers|units?|drones?|warplanes?|jets|aircraft|artillery|personnel|police|officers|agents|teams?|detachments?)?\s*(?:,[^,]{3,80},\s*)?(?:had |have |has |reportedly |also |then |later |on \w+ )?(?:attacked|stormed|ambushed|struck|hit|fired|shelled|launched|targeted|detonated|killed|kidnapped|abducted|arrested|detained|captured|raided|opened fire|carried out|claimed|bombed|conducted|set off|planted|seized|foiled|thwarted|defused|dismantled|repelled|destroyed|apprehended|rounded up|executed|shot|stopped|intercepted|infiltrated|neutrali[sz]ed)\b/i;
const AGENT_BEFORE = /\b(?:clash(?:es|ed)?|fighting|battles?|gunfight|firefight|exchange of fire|exchanged fire)\s+with\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?$|\b(?:carried out|claimed|launched|conducted|attack(?:ed)?|struck|hit|killed|kidnapped|abducted|arrested|detained|captured|targeted|shelled|bombed|fired|foiled|thwarted|seized|ambushed|stormed|executed|blamed on|attributed to)\s+(?:[\w-]+,?\s+){0,4}?(?:by|to)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?(?:(?:Iranian|Turkish|American|US|Syrian|Israeli|Iraqi|Kurdish)\s+)?$/i;
const TARGET_BEFORE = /\b(?:attack(?:ed|ing)?(?: on| against)?|targeting|targeted|struck|hit|ambushed|stormed|against|on(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|at|killing|killed|wounding|wounded|kidnapped|abducted|arrested|detained|captured|apprehended|shelled|bombed|raided|repel(?:led)?|neutrali[sz]ed|(?:which|that) (?:also )?(?:houses|hosts|housed|hosted)|hosting|housing)\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?(?:(?!(?:when|after|while|as|before|until)\s)[\w-]+\s+){0,3}$/i;
/** "the remains of 20 people killed by": the words before the killers of the dead in a grave. */
const GRAVE_KILLERS = /\b(?:remains|bod(?:y|ies)|corpses|skeletons?)\s+of\s+[^.;]{0,60}?\b(?:killed|executed|murdered|slain)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "members of the PKK were killed", "ISIS militants were arrested": the side the verb befell. */
const PASSIVE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:militants?|fighters?|members?|elements|operatives?|terrorists?|suspects?|gunmen|commanders?|leaders?)\b\s*)?(?:,[^,]{3,80},\s*)?(?:were|was|had been|have been|has been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|arrested|detained|captured|abducted|kidnapped|targeted|hit|struck|attacked|ambushed|shelled|bombed|neutrali[sz]ed|martyred)\b/i;
/** "a camp of the", "the headquarters of": a party's premises or people, named right before the party. */
const PARTY_PREMISES = /\b(?:camps?|bases?|offices?|headquarters|compounds?|buildings?|premises|positions?|members|officials|cadres)\s+of\s+(?:the\s+)?$/i;
/** "close to the PKK", "an affiliate of the PKK", "a faction within the PMF": a body named only to describe another. */
const DESCRIBED_BY = /\b(?:close to|affiliated (?:with|to)|allied (?:with|to)|aligned with|an? (?:offshoot|branch|affiliate|extension|wing) of|(?:coalition|alliance) (?:against|to defeat|fighting)|(?:factions?|groups?|wings?|units?|components?|militias?) (?:within|inside))\s+(?:the\s+)?$/i;
/** "(YBS), a Yazidi force close to the PKK, confirmed that one of its fighters had been killed". */
const OWN_LOSS = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:,[^,]{3,100},\s*)?(?:has |had |also )?(?:confirmed|announced|said|reported|mourned|acknowledged|stated)\s+(?:on \w+\s+|in a statement\s+)?(?:that\s+)?(?:the (?:death|loss) of\s+)?(?:one|two|three|four|five|\d+|several|some) of (?:its|their) (?:fighters|members|men|commanders|personnel)\b/i;
/** "fighters repelled an attack": the subject defended itself. */
const REPELS = /^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:repelled|repulsed|fought off|beat back|fended off|thwarted an? (?:attack|assault|infiltration))\b/i;
/** "killed in a Turkish drone strike": the event the words name, not whom it hit. */
const IN_EVENT_BEFORE = /\b(?:in|by|during|from)\s+(?:an?|the|two|three|several)\s+$/i;
const PLACE_BEFORE = /\b(?:in|at|across|throughout|from|into|inside|near|northern|southern|eastern|western|central|north of|south of|east of|west of|outskirts of|border with|borders)\s+(?:the\s+)?$/i;
const SOURCE_BEFORE = /\b(?:told|according to|said|reported|quoted by|cited by|sources? (?:in|from|of|at))\s+(?:the\s+)?$/i;
/** "called on the Ministry of Defence and the Salahuddin Operations Command to send": whom a call is addressed to, not a side. */
const ADDRESSEE = /\b(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)? to|press(?:ed|es|ing)|demand(?:ed|s|ing) (?:that|of))\s+(?:both\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?(?:(?:and|or)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?)?$/i;
/** ... "to send", "in Baghdad to \"take\"": the call's verb after the addressee (and its seat). */
const ADDRESSED_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:and|or)\s+(?:the\s+)?[\w'’ .-]{2,60}?\s+)?(?:(?:in|of)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?to\s+["“]?(?!the\b|an?\b)\w+/i;
const SUSPECTED = /\b(?:suspected|alleged|believed to be|presumed|likely)\s+(?:\w+\s+)?$/i;

function hostile(e: GazetteerEntry): boolean {
  return e.kind === 'Organization' && (e.organizationType === 'ARMED_GROUP' || /\b(?:isis|isil|islamic state|daesh|pkk|qaeda)\b/i.test(`${e.name} ${e.aliases.join(' ')}`));
}

/** A drone or plane the report says nobody has named ("an unidentified drone", "unknown aircraft"). */
const UNNAMED_AIRCRAFT = /\b(?:unidentified|unknown|unmarked|mysterious)\s+(?:armed\s+)?(?:drones?|aircraft|warplanes?|planes?|jets?)\b/i;
/** Where the article first tells of an unnamed aircraft (-1: never), found once per article rather than per mention. */
const FIRST_UNNAMED_AIRCRAFT = new WeakMap<ArticleContext, number>();
function firstUnnamedAircraft(ctx: ArticleContext): number {
  let at = FIRST_UNNAMED_AIRCRAFT.get(ctx);
  if (at === undefined) FIRST_UNNAMED_AIRCRAFT.set(ctx, (at = ctx.article.body.search(UNNAMED_AIRCRAFT)));
  return at;
}

/** Forces named by common words rather than names ("security forces", "the army", "police"). */
export const GENERIC_FORCES: { pattern: RegExp; names: string[] }[] = [
  { pattern: /\b(?:federal police(?:m[ae]n| officers| forces)?)\b/gi, names: ['Federal Police'] },
  { pattern: /\bpeshmerga\b/gi, names: ['Peshmerga'] },
  { pattern: /\b(?:counter-?terrorism (?:service|forces|units?))\b/gi, names: ['Counter-Terrorism Service'] },
  { pattern: /\b(?:(?:iraqi )?(?:army|soldiers|troops))\b/gi, names: ['Iraqi Army'] },
  { pattern: /\b(?:(?:iraqi )?(?:warplanes|f-16s?|air force|aircraft)|iraqi (?:fighter )?jets)\b/gi, names: ['Iraqi Air Force'] },
  { pattern: /\b(?:(?:iraqi )?security (?:forces|services|personnel|units)|iraqi forces)\b/gi, names: ['Iraqi Security Forces'] },
  { pattern: /\b(?<!federal )(?:(?:local |iraqi |provincial )?police(?: forces| officers| units| patrols?)?|policemen)\b/gi, names: ['Iraqi Police', 'Iraqi Police Service', 'Iraqi Security Forces'] },
];

/** "blamed the attack on", "blamed on the", "suspicion fell on": the words before the side an attack is laid to. */
const BLAMED_ON = /\b(?:(?:blam\w*|pinned|attribut\w*)\s+(?:(?:it|the\s+(?:attack|strike|bombing|blast))\s+)?|suspicion\s+(?:\w+\s+){0,2}?(?:fell|falls|fallen|falling|pointed|points|centred|centered)\s+)(?:on|to|at)\s+(?:the\s+)?$/i;

/** "blaming Turkey for the attack", "accused the PKK of carrying out the bombing", "held ISIS responsible for the killing". */
const BLAMED_BEFORE = /\b(?:blam\w*|accus\w*|held|holding|holds)\s+(?:the\s+)?$/i;
const BLAMED_FOR = /^\s+(?:(?:directly\s+)?responsible\s+)?(?:for|of)\s+(?:(?:carrying out|conducting|launching|being behind|staging|perpetrating)\s+)?(?:the|this|that|its|a)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|shelling|killings?|assault|ambush|raid|explosion)\b/i;

/** "a drone, believed to be Turkish": the country's adjective after the weapon. */
const WEAPON_BELIEVED = /\b(?:drones?|warplanes?|jets?|aircraft|artillery|missiles?|rockets?|helicopters?),?\s+(?:believed to be|thought to be|said to be|suspected to be|reportedly|likely|probably)\s+(Turkish|Iranian|US|American|Israeli)\b/gi;

/** A country's adjective on a weapon or force ("a Turkish drone", "Iranian artillery") names its armed forces. */
const FOREIGN_WEAPON = /\b(Turkish|Turkey['’]s|Iranian|Iran['’]s|US|U\.S\.|American|coalition|Israeli|Syrian|Iraqi|French|France['’]s|British|Britain['’]s|Australian|Canadian|Dutch|Belgian|Danish|Jordanian)\s+(?:[\w-]+\s+)?(?:drones?|warplanes?|jets?|aircraft|artillery|shelling|air ?strikes?|strikes?|bombardment|forces|troops|army|military|helicopters?|missiles?|rockets?|bases?|posts?|outposts?|positions?|convoys?|soldiers|patrols?|personnel|service ?members|servicem[ae]n)\b/gi;
/** The words of FOREIGN_WEAPON that name what a force holds or is, not what it fires: after an attack's verb, its target. */
const FOREIGN_HELD = /\b(?:bases?|posts?|outposts?|positions?|convoys?|soldiers|patrols?|forces|troops|army|military|personnel|service ?members|servicem[ae]n)$/i;

export function foreignForce(ctx: ArticleContext, adjective: string): GazetteerEntry | null {
  const word = adjective.replace(/['’]s$/, '');
  if (/^coalition$/i.test(word)) return ctx.firstOf('Force', 'Global Coalition to Defeat ISIS', 'International Coalition');
  if (/^iraqi$/i.test(word)) return null;
  const gov = ctx.finder.governmentFor(word);
  if (!gov) return null;
  const forces = ctx.finder.local.entries().concat(ctx.gazetteer.entries()).filter((x) => x.kind === 'Force' && x.parentId === gov.id);
  return forces.find((x) => /armed forces|army|military/i.test(x.name)) ?? forces[0] ?? gov;
}

/**
 * The perpetrators and targets of the trigger, from the mentions of its sentence. Mentions inside
 * a quote count only for a trigger in the same quote.
 */
export function assignRoles(r: SentenceReading, trigger: Trigger, ctx: ArticleContext, segment?: { start: number; end: number }): Roles {
  const outside = (start: number, end: number) => Boolean(segment && (start < segment.start || end > segment.end));
  const text = r.sentence.text;
  const state = STATE_ACTIONS.includes(trigger.type);
  const triggerQuoted = inQuote(r.quotes, trigger.start, trigger.end);
  const perpetrators: Argument[] = [];
  const targets: Argument[] = [];
  const add = (list: Argument[], id: string, evidence: string, confidence: number) => {
    if (perpetrators.some((a) => a.id === id) || targets.some((a) => a.id === id)) return;
    list.push({ id, evidence, confidence });
  };
  const spans: { start: number; end: number }[] = [];

  // "the army searched the site and found the bodies of four militants": whoever finds the dead is no side of their death.
  const finder = (start: number) => start < trigger.start && /\b(?:bod(?:y|ies)|corpses?)\b/i.test(trigger.text) && !/\b(?:bod(?:y|ies)|corpses?)\b/i.test(text.slice(0, trigger.start).slice(start));
  for (const m of r.mentions) {
    const e = pick(m, 'actor');
    if (!e || e.kind === 'Person') continue;
    const { start, end } = localSpan(r, m);
    // "fired missiles at a camp of the KDPI", "struck a base of the PAK": a party whose premises or people were hit is the target.
    if (e.kind === 'Organization' && e.organizationType === 'POLITICAL_PARTY' && trigger.type !== 'ARRESTS' && start > trigger.start) {
      const before = text.slice(Math.max(0, start - 60), start);
      if (PARTY_PREMISES.test(before) && TARGET_BEFORE.test(before.replace(PARTY_PREMISES, ' ').replace(/\s+$/, ' ')) && inQuote(r.quotes, start, end) === triggerQuoted && !outside(start, end)) {
        add(targets, e.id, text.slice(Math.max(0, start - 30), Math.min(text.length, end + 10)).trim(), 0.75);
        spans.push({ start, end });
      }
      continue;
    }
    // Agencies act only in what a state does (an intelligence service arresting); ministries and media never.
    if (e.kind === 'Organization' && e.organizationType && e.organizationType !== 'ARMED_GROUP' && !hostile(e) && !(state && e.organizationType === 'AGENCY')) continue;
    if (inQuote(r.quotes, start, end) !== triggerQuoted || outside(start, end) || finder(start)) continue;
    // "a mass grave holding the remains of 20 people killed by IS militants": the killers of the remains are no side of the incident told beside them.
    if (GRAVE.test(text) && GRAVE_KILLERS.test(text.slice(Math.max(0, start - 120), start))) continue;
    // "arrested two suspects accused of planting a bomb near a Peshmerga base": the accusation's actors are not the arrest's.
    if (start > trigger.end && ACCUSATION.test(text.slice(trigger.end, start))) continue;
    const before = text.slice(Math.max(0, start - 50), start);
    const after = text.slice(end, end + 120);
    // "a violation of Iraq's sovereignty": the state whose rights a protest defends, not a side.
    if (/^['’]s\s+(?:\w+\s+)?(?:sovereignty|airspace|territorial integrity)\b/i.test(after) || /\b(?:violations?|breach(?:es)?|infringements?)\s+of\s+(?:the\s+)?$/i.test(before)) continue;
    // "in northern Iraq", "Turkey's border": a country named as a place is not an actor.
    if (m.entries.some((x) => x.kind === 'Place') && (PLACE_BEFORE.test(before) || /^['’]s\s+(?:\w+\s+)?(?:province|governorate|border|territory|region)/i.test(after))) continue;
    const agentWords = AGENT_AFTER.test(after);
    if (SOURCE_BEFORE.test(before) && !agentWords) continue;
    if (ADDRESSEE.test(before) && ADDRESSED_AFTER.test(after)) continue;
    // "two US personnel", "American troops": the country's name on its servicemen stands for its forces (read below), not its government.
    if (e.kind === 'Government' && /^\s+(?:soldiers|troops|personnel|service ?members|servicem[ae]n)\b/i.test(after)) continue;
    // A speaker is not an actor of the event it speaks about ("Turkey condemned the attack").
    if (e.kind === 'Government' && /^\s*(?:has |have |had )?(?:condemn|denounc|express|offer|call|urg|said|says|stated|announced)/i.test(after) && !state) continue;
    // The body that reports or comments is its source, not a side of the event ("the Counter-Terrorism Directorate said").
    // ... unless it announces its own action ("the National Security Service announced the arrest of").
    // ... or says its forces did it ("The Asayish said in a statement that its forces raided a house ... and arrested").
    const ownForces = start < trigger.start && /\b(?:its|their) (?:forces|units|members|teams|personnel|fighters|officers|agents)\b/i.test(text.slice(end, trigger.start));
    // ... but not when it says whose the strike was ("said a drone belonging to the Turkish army had hit", "said, blaming the Turkish army").
    const attributes = /\b(?:belonging to|operated by|owned by|attribut\w+ (?:it |the \w+ )?to|blam\w+|accus\w+)\b/i.test(text.slice(end, trigger.end + 40));
    // ... or that the deed it announces was done by its forces ("announced the killing of three terrorists in an ambush set by its forces").
    const byOwn = /^[^.;]{0,60}?\bby (?:its|their) (?:forces|units|troops|fighters|personnel|detachments?|men)\b/i.test(text.slice(trigger.end));
    const announcesOwn = (state || byOwn) && !attributes && (e.kind === 'Force' || /\b(?:intelligence|security service|national security)\b/i.test(e.name)) && start < trigger.start && (trigger.start - end < 80 || ownForces) && /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{3,80},\s*)?(?:also |has |had )?(?:announced|said|reported|confirmed|declared)\b/i.test(after);
    if (!agentWords && !announcesOwn && !OWN_LOSS.test(text.slice(end, end + 160)) && /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:region|government|ministry|province|governorate)\b\s*)?(?:,[^,]{3,80},\s*)?(?:also |later |has |had |on \w+ )?(?:said|says|told|announced|stated|reported|confirmed|added|noted|explained|warned|claimed|denied|blamed|accused|corrected|revised|updated)\b/i.test(after)) continue;
    // "a Yazidi force close to the PKK": a description of another body, not a side.
    // ... and so is its acronym in brackets after the name ("close to the Kurdistan Workers' Party (PKK)").
    // "Iran-backed militias", "groups backed by Iran": a patron, not a side.
    if (/^-(?:backed|aligned|linked|allied|sponsored|funded|supported)\b/i.test(after) || /\b(?:backed|supported|funded|armed|sponsored|trained)\s+by\s+(?:the\s+)?$/i.test(before)) continue;
    if (DESCRIBED_BY.test(before) || DESCRIBED_BY.test(before.replace(/(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*\s*\(\s*$/u, ''))) continue;
    const confidence = SUSPECTED.test(before) ? 0.6 : 0.85;
    // "The YBS announced that one of its fighters was killed": the side that mourns its own dead was hit.
    const passive = PASSIVE_AFTER.test(after) || OWN_LOSS.test(text.slice(end, end + 160));
    // "Iranian artillery shells landed": a force named by the weapon that is the trigger fired it.
    const instrument = start < trigger.end && trigger.start < end && !state;
    // "an attack that the directorate blamed on the Turkish army": the side it is blamed on did it.
    const agent = instrument || BLAMED_ON.test(before) || (BLAMED_BEFORE.test(before) && BLAMED_FOR.test(after)) || (!passive && (announcesOwn || AGENT_AFTER.test(after) || (AGENT_BEFORE.test(before) && !/\b(?:used|held|controlled|run|owned|occupied|frequented|belonging|manned|staffed|guarded|operated|protected|secured|defended)\s+(?:by|to)\s+(?:the\s+)?$/i.test(before)) || /^['’]s\s+(?:\w+\s+){0,2}(?:attack|assault|raid|operation|strike|bombing|ambush|shelling)/i.test(after) || (hostile(e) && /^\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|infiltration|offensive)\b/i.test(after))));
    const patient = (passive || TARGET_BEFORE.test(before)) && !agent;
    // A body of no known kind (a council, a commission) is a side only where the words make it one.
    if (e.kind === 'Organization' && !e.organizationType && !hostile(e) && !agent && !patient) continue;
    // An agency is a side only where the words make it act ("the National Security Service arrested").
    if (e.kind === 'Organization' && e.organizationType === 'AGENCY' && !agent) continue;
    let perpetrator: boolean;
    // "Peshmerga fighters repelled an attack on their post": the side attacked, not the attacker.
    if (agent && !state && REPELS.test(after)) perpetrator = false;
    else if (agent) perpetrator = true;
    else if (patient) perpetrator = false;
    else if (state) perpetrator = !hostile(e);
    else perpetrator = hostile(e);
    if (!perpetrator && !patient && e.kind === 'Government') continue;
    if (perpetrator && !agent && e.kind === 'Government' && !hostile(e)) continue;
    const evidence = text.slice(Math.max(0, start - 20), Math.min(text.length, end + 30)).trim();
    add(perpetrator ? perpetrators : targets, e.id, evidence, confidence);
    spans.push({ start, end });
  }

  // Forces named by common words: the acting side of arrests, operations, strikes; the victims of attacks.
  for (const g of GENERIC_FORCES) {
    for (const m of matchesOf(text, g.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && s.start < end) || outside(start, end) || finder(start)) continue;
      if (inQuote(r.quotes, start, end) !== triggerQuoted) continue;
      const force = ctx.firstOf('Force', ...g.names);
      if (!force) continue;
      const before = text.slice(Math.max(0, start - 50), start);
      const after = text.slice(end, end + 80);
      if ((SOURCE_BEFORE.test(before) && !AGENT_AFTER.test(after)) || /\b(?:a|an|the)\s+(?:\w+\s+)?$/i.test(before) && /^\s+(?:source|official|spokes\w+|statement|said)/i.test(after)) continue;
      if (ADDRESSEE.test(before) && ADDRESSED_AFTER.test(after)) continue;
      // "troops of the US-led coalition": the troops of the force named after them, not the Iraqi Army.
      const of = /^\s+of\s+(?:the\s+)?/i.exec(after);
      if (of && r.mentions.some((m) => localSpan(r, m).start === end + of[0].length && pick(m, 'actor')?.kind === 'Force')) continue;
      // "the Turkish army": another country's forces, read from the adjective below.
      // ... and "French Rafale aircraft": the adjective before the make.
      if (/\b(?:Turkish|Turkey['’]s|Iranian|Iran['’]s|US|U\.S\.|American|Israeli|Syrian|[Cc]oalition|Russian|British|French|Australian|Canadian|Dutch|Belgian|Danish|Jordanian)\s+(?:[A-Z][\w-]*\s+)?$/.test(before)) continue;
      // "an unidentified drone struck their vehicles ... the aircraft fired two missiles", "an unknown aircraft bombed": the aircraft
      // the report left unnamed, not Iraq's.
      if (/^aircraft$/i.test(m[0]) && (/\b(?:unidentified|unknown|unmarked|mysterious)\s+(?:armed\s+)?$/i.test(before) || (/\b(?:the|that|this)\s+$/i.test(before) && firstUnnamedAircraft(ctx) >= 0 && firstUnnamedAircraft(ctx) < r.sentence.start + start))) continue;
      const agent = AGENT_AFTER.test(after) || AGENT_BEFORE.test(before);
      const patient = TARGET_BEFORE.test(before) && !agent;
      if (!agent && !patient) continue;
      if (agent && !state && !/\b(?:repel|clash|exchange|fire|shot|killed)/i.test(`${trigger.text} ${after.slice(0, 30)}`)) {
        // Forces that act in an attack by others are its targets fighting back, unless the text makes them the attackers.
        if (!/^\s*(?:\w+\s+){0,2}(?:attacked|stormed|ambushed|shelled|bombed|raided)/i.test(after)) continue;
      }
      add(agent && !(REPELS.test(after) && !state) ? perpetrators : targets, force.id, text.slice(Math.max(0, start - 20), Math.min(text.length, end + 30)).trim(), 0.7);
      spans.push({ start, end });
    }
  }

  // "policemen" beside "the Federal Police": the named police force, not a second, generic one.
  for (const list of [perpetrators, targets]) {
    const police = list.filter((a) => /police/i.test(ctx.entry(a.id)?.name ?? ''));
    if (police.length > 1) {
      const generic = police.filter((a) => a.confidence === 0.7 && /^Iraqi Police/i.test(ctx.entry(a.id)?.name ?? ''));
      for (const g of generic) list.splice(list.indexOf(g), 1);
    }
  }

  // "a Turkish drone", "Iranian artillery", "US forces": the country's armed forces act.
  for (const m of matchesOf(text, FOREIGN_WEAPON)) {
    const start = m.index ?? 0;
    // Words inside the trigger itself ("a drone belonging to the Turkish army" had hit) are its own, quoted or not.
    const own = start >= trigger.start && start < trigger.end;
    if ((!own && inQuote(r.quotes, start, start + m[0].length) !== triggerQuoted) || outside(start, start + m[0].length)) continue;
    const actor = foreignForce(ctx, m[1]!);
    const before = text.slice(Math.max(0, start - 50), start);
    if (!actor) continue;
    if (TARGET_BEFORE.test(before) && !IN_EVENT_BEFORE.test(before) && !BLAMED_ON.test(before)) {
      // "The PKK attacked a Turkish base": the force that holds it was attacked.
      if (FOREIGN_HELD.test(m[0]) && !targets.some((t) => t.id === actor.id) && !perpetrators.some((p) => p.id === actor.id)) add(targets, actor.id, m[0], 0.75);
      continue;
    }
    // "a Turkish base", "Turkish soldiers" not attacked: no act of theirs is told.
    if (/\b(?:bases?|posts?|outposts?|positions?|convoys?|soldiers|patrols?|personnel|service ?members|servicem[ae]n)$/i.test(m[0]) && !AGENT_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 80))) continue;
    const i = targets.findIndex((t) => t.id === actor.id);
    if (i >= 0) continue;
    add(perpetrators, actor.id, m[0], 0.75);
  }
  // "a drone, believed to be Turkish, struck": the country named after the weapon.
  for (const m of matchesOf(text, WEAPON_BELIEVED)) {
    const start = m.index ?? 0;
    if (inQuote(r.quotes, start, start + m[0].length) !== triggerQuoted || outside(start, start + m[0].length)) continue;
    const actor = foreignForce(ctx, m[1]!);
    if (!actor || targets.some((t) => t.id === actor.id)) continue;
    add(perpetrators, actor.id, m[0], 0.65);
  }
  // In a protest the protesters act; the forces that intervene are the other side (ACLED actor 2).
  if (PROTESTS.includes(trigger.type)) {
    for (const p of perpetrators.splice(0)) {
      const e = ctx.entry(p.id);
      if (e?.kind === 'Force' || e?.kind === 'Government') targets.push(p);
    }
  }
  return { perpetrators, targets };
}
