/**
 * Event triggers of a sentence: the words that report that something happened ("stormed",
 * "a roadside bomb", "arrested"), typed on the ACLED taxonomy, with what the words around them
 * say about the report: a definite reference to an incident told before ("the attack"), a
 * plural or generic mention ("attacks on villagers"), an intention ("plans to attack"), a
 * negation ("no attack"), a response to another incident ("a search operation for the attackers").
 */
import type { SubEventType } from '../domain/taxonomy.js';
import { OVER_A_PERIOD } from './casualties.js';
import { EVENT_TRIGGERS, GENERIC_CONTEXT } from './lexicon.js';
import { matchesOf } from './text.js';

export interface Trigger {
  type: SubEventType;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  /** "the attack", "Monday's bombing", "this crime": an incident the article has told already. */
  definite: boolean;
  /** "attacks", "bombings": several, or a kind of event rather than one. */
  plural: boolean;
  /** A word that reports an event only with more around it ("gunmen", "killed", "attack"). */
  weak: boolean;
  /** An operation that answers another incident ("a search for the attackers"). */
  response: boolean;
}

const DEFINITE = /\b(?:the|this|these|those|its|their|his|her|(?:yester|to)day['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|last (?:week|night)['’]s|such an?)\s+(?:[\w-]+\s+){0,3}$/i;
const INDEFINITE = /\b(?:an?|another|one|two|three|new|fresh|separate)\s+(?:[\w-]+\s+){0,3}$/i;
const INTENTION = /\b(?:to|will|would|should|could|must|may|might|plan(?:s|ned)? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|aim(?:s|ed)? to|tried to|attempt(?:s|ed)? to|intend(?:s|ed)? to|prepar(?:ing|ed) to|order(?:s|ed)? to)\s+(?:\w+\s+){0,2}$/i;
const NOT_INTENTION = /\b(?:led to|due to|close to|next to|according to|back to|similar to|prior to|belonging to|returned to)\s+(?:\w+\s+){0,2}$|\b(?:sent|called|rush(?:ed|ing)|dispatched|went|gone|head(?:ed|ing)) to (?:an?|the) (?:[\w-]+\s+)?$|\b(?:used|using|took advantage of|exploit(?:ed|ing))\s+(?:[\w-]+\s+){1,5}to\s+$|\b(?:managed|succeeded|(?:was|were) able)\b[^.;]{0,40}\bto\s+$|\bto (?:protest|condemn|denounce|discuss|investigate|probe|mourn|avenge|retaliate for|respond to)\s+(?:\w+\s+){0,2}$/i;
const NEGATION = /\b(?:no|not|never|without|nor|denied|den(?:y|ies))\s+(?:\w+\s+){0,2}$/i;
/** "a car without plates", "a pickup with no number plates": a vehicle told by what it lacked, right before the deed. */
const UNMARKED_VEHICLE = /\b(?:without|no)\s+(?:licen[cs]e\s+|number\s+|registration\s+)?(?:plates|markings|number plates)\s+$/i;
/** "any attack on our citizens", "every bombing": attacks in general, none reported. */
const ANY = /\b(?:any|every|each)\s+(?:[\w-]+\s+)?$/i;
/** "is an attack on the state", "amounts to an assault on sovereignty": a deed judged, none reported. */
const JUDGED = /\b(?:is|are|be|constitutes?|amounts? to|considered(?: as)?|represents?)\s+an?\s+(?:[\w-]+\s+)?$/i;
/** A military exercise: "a live-fire drill", "the manoeuvres simulated an attack". Its fire and attacks are practice. */
const EXERCISE = /\b(?:live[- ]fire|exercises?\b(?! (?:of|its|their)\b)|drills?|manoeuvres?|maneuvers?|war ?games?|simulat(?:ed|ing|ion|ions)|mock)\b/i;
/** A share of a tally ("most of the attacks targeted", "roadside bombs accounted for a third of the incidents"): a statistic, no incident. */
const SHARE_OF_TALLY = /\b(?:most|many|some|half|the majority|a third|a quarter|none) of (?:the|these|those|all) (?:[\w-]+ )?(?:attacks|bombings|incidents|operations|strikes|killings|casualties)\b|\baccount(?:ed|s|ing)? for (?:about |nearly |more than |almost )?(?:a |one |two )?(?:third|quarter|half|fifth|\d+ ?(?:per ?cent|%))/i;
/** "an ISIS cell that also carried out attacks on": the record of a group a sentence names, not an incident. */
const GROUP_RECORD = /\b(?:cells?|groups?|networks?|gangs?|organi[sz]ations?|factions?|militias?)\s+(?:that|which|who)\s+(?:also\s+|had\s+|has\s+|have\s+|previously\s+|allegedly\s+)*(?:carried out|conducted|launched|staged|committed|mounted|(?:was|were) (?:behind|responsible for))\s+(?:[\w-]+\s+){0,2}$/i;
const HURT = /\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|dead|died|martyred|casualties)\b/i;
const RESPONSE = /\b(?:search(?:ing)? for|hunt(?:ing)? (?:for|down)|track(?:ing)? down|pursu(?:e|it|ing)|in pursuit|cordon(?:ed)? off|after the (?:attack|bombing|blast|ambush|assault|incident)|in (?:response|retaliation) to|following the (?:attack|bombing|blast|ambush|assault|incident)|to find the (?:attackers|perpetrators|gunmen|militants|culprits)|(?:comb(?:ed|ing)?|search(?:ed|ing)?|sweep(?:ing)?|swept|clear(?:ed|ing)?) the (?:targeted |bombed |struck |attacked )?(?:site|area|scene))\b/i;
/** Support named before a weapon: "backed by coalition air strikes", "with the support of Iraqi artillery". */
const BACKING = /\b(?:backed|supported|covered|aided|assisted|helped) by (?:the )?(?:heavy )?(?:[\w.'’-]+ ){0,3}$|\bwith (?:the )?(?:help|support|backing|cover) of (?:the )?(?:heavy )?(?:[\w.'’-]+ ){0,3}$/i;
/** A trigger that is a verb ("stormed", "blew himself up") reports; only nouns refer back. */
// ("had been taken by armed men", "have been seized": a verb led by its auxiliary is a verb too.)
const VERB_FORM = /^(?:\w+ed|blew|threw|hurled|took|went|opened|exchanged|struck|hit|shot|fired|set|was|were|had|has|have|been)\b/i;
/** A charge told as a noun: "on charges of", "over allegations of", "facing accusations of". */
const CHARGE_NOUN = /\b(?:charges?|accusations?|allegations?|suspicions?|counts?)\s+(?:of|that (?:he|she|they) (?:had\s+)?)\s+(?:[\w-]+\s+){0,4}$/i;
/** A deed demanded of others: "demanding that the killers be arrested", "called for the immediate arrest of", "urged police to". */
const DEMANDED = /\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)? for|urg(?:ed|ing|es)|insist(?:ed|ing|s)?|ask(?:ed|ing|s)?(?: for)?|press(?:ed|ing)? for|appeal(?:ed|ing|s)? for|sought|seeking)\s+(?:(?:that\s+)?[^.;]{1,60}?\b(?:be|are)\s+(?:\w+\s+)?|(?:the\s+)?(?:immediate\s+|swift\s+|quick\s+|urgent\s+|prompt\s+)?)$/i;
const PRETEXT = /\b(?:on suspicion of|suspected of|accused of|charged with|convicted of|wanted (?:for|in connection with)|involved in|responsible for|linked to|took part in|taking part in|participat(?:ed|ing) in|plann(?:ed|ing)|plotting|prepar(?:ed|ing)|in connection with|over (?:their|his) role in|(?:charged|tried|prosecuted|sentenced|jailed|imprisoned|indicted|on trial) (?:over|for))\s+(?:[\w-]+\s+){0,4}$/i;
/** A crowd as the subject of taking part: "dozens of nurses took part in a", "thousands of students taking part in the". */
const CROWD_TOOK_PART = /\b(?:hundreds|thousands|dozens|scores|tens of thousands|several hundred|several thousand|a crowd|crowds)\b(?:\s+of\s+(?:[\w'’-]+\s+){1,3}?)?\s*(?:took|take|taking|takes) part in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;
/** A verb of stopping an attack before it, as the disrupted-weapons trigger reads it ("foiled a", "thwarted two planned"). */
const FOILED = /\b(?:foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|prevent(?:ed|s)?|averted)\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:\w+\s+){0,3}?$/i;
/** After an explosive device: it was destroyed, defused or found, not set off. */
const DEVICE_MADE_SAFE = /^(?:\s+and\s+(?:[\w-]+\s+){0,3}?(?:devices?|mines?|bombs?|IEDs?|explosives?|ordnance))?\s+(?:were|was|have been|had been|has been|to be|to have been)\s+(?:\w+\s+)?(?:destroyed|dismantled|defused|disarmed|removed|cleared|seized|found|discovered|confiscated|neutrali[sz]ed|detonated in a controlled)\b/i;
/** A grave told in the sentence, and the remains in it named just before a word ("the remains of 20 people killed by"). */
export const GRAVE = /\b(?:mass graves?|graves?|exhum\w+)\b/i;
export const GRAVE_REMAINS = /\b(?:remains|bod(?:y|ies)|corpses|skeletons?|skulls)\s+of\s+(?:[\w-]+\s+){0,4}$/i;
const PROTEST_TYPES: SubEventType[] = ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION'];

/** Trigger words that need support (a figure, an actor, a place) to report an incident alone. */
const WEAK = /^(?:gunmen|attack|attacks|attacked|targeted|killed|martyred|lost (?:their|his|her) li(?:fe|ves)|murdered|stabbed|(?:killing|murder) of |(?:bod(?:y|ies)|corpses?) .*|.* the (?:bod(?:y|ies)|corpses?) of|(?:was|were) shot|found dead|found (?:shot|murdered|killed|slain)|came under (?:fire|attack)|clash(?:es)?|fighting broke out|fighting flared(?: up)?|gun ?battles?|gunfight|firefight|shoot-?outs?|exchange of fire|exchanged fire|assault|explosions?|blasts?|exploded|mortars?|rockets?|missiles?|artillery|repel(?:led)?|infiltration|bombard(?:ed|ment)|shelling)$/i;

/**
 * Words a type's trigger patterns cannot match without: the long patterns of rare types run only on a sentence that
 * holds one (a word test is cheap; the patterns fail slowly on most sentences). tests/unit/trigger-gates.test.ts checks
 * over every development sentence that no gate skips a match.
 */
export const TRIGGER_NEEDS: Partial<Record<SubEventType, RegExp>> = {
  OTHER: /\b(?:freed|rescued|liberated)\b|graves?\b/i,
  DISRUPTED_WEAPONS_USE: /\b(?:defus|dismantl|disarm|detonat|foil|thwart|prevent|avert|seiz|found|uncover|discover|confiscat|recover|intercept|impound|stopped|destroy|blew up|blown up|shot down|downed)/i,
  // (Fire thrown is a riot's deed with no crowd word in its sentence: "lobbing firebombs at the gate".)
  VIOLENT_DEMONSTRATION: /protesters|demonstrators|supporters|crowd|riot|mob|hundred|thousands|petrol bombs|Molotov|firebombs/i,
  PROTEST_WITH_INTERVENTION: /protest|demonstrat|(?:drove|pushed|forced|beat) back|\brall(?:y|ied)\b|sit-in|tear gas|water cannon|rubber bullets|live ammunition|batons|opened fire|break up|disperse/i,
};

/** Blast words between a device and its making safe: the device that went off is not the one defused. */
const NO_BLAST = String.raw`(?:(?!\b(?:went off|exploded|explosion|blast|killed|killing|wounded|wounding|injured|struck|hit|blew|detonated(?! in a controlled))\b)[^.;])`;
/**
 * Trigger classes widened in the third round of 3 December, each put before the lexicon's first pattern of its type
 * (an earlier pattern wins where two overlap):
 * - a device made safe told in the passive after it was found ("a second device was found ..., and it was dismantled",
 *   "a bomb, which was later defused"): a disrupted attack, not an explosion.
 */
export const WIDENED_TRIGGERS: { type: SubEventType; pattern: RegExp; needs: RegExp }[] = [
  {
    type: 'DISRUPTED_WEAPONS_USE',
    needs: /\b(?:defused|dismantled|disarmed|neutrali[sz]ed|detonated in a controlled|made safe|rendered safe)\b/i,
    pattern: new RegExp(String.raw`(?=(?:explosive|IEDs?|roadside|car|sticky|magnetic|bombs?|landmines?|mines?)\b)(?<=\b(?:an?|one|two|three|four|five|\d+|another|second|third|fourth)\s+(?:[\w-]+\s+){0,2}?)(?:explosive devices?|IEDs?|(?:roadside |car |sticky |magnetic )?bombs?|explosive charges?|(?:land)?mines?)\b(?=${NO_BLAST}{0,160}?(?:,?\s+(?:and\s+|but\s+)?(?:it|they)|,?\s+which|\s+that)\s+(?:was|were|had been|has been|have been)\s+(?:later\s+|then\s+|safely\s+|promptly\s+|immediately\s+|subsequently\s+|successfully\s+)?(?:defused|dismantled|disarmed|neutrali[sz]ed|detonated in a controlled|made safe|rendered safe)\b)`, 'i'),
  },
];

/** Each widened class carries its own gate: a word its pattern cannot match without. */
const ALL_TRIGGERS: { type: SubEventType; pattern: RegExp; needs?: RegExp }[] = EVENT_TRIGGERS.flatMap((t, i) => [...(EVENT_TRIGGERS.findIndex((x) => x.type === t.type) === i ? WIDENED_TRIGGERS.filter((w) => w.type === t.type) : []), t]);
const GLOBAL_TRIGGERS = ALL_TRIGGERS.map((t) => ({ type: t.type, pattern: new RegExp(t.pattern.source, 'gi'), needs: t.needs ?? TRIGGER_NEEDS[t.type] }));

/** Every trigger of a sentence, earlier patterns winning where two overlap. */
export function findTriggers(text: string): Trigger[] {
  const found: Trigger[] = [];
  const exercise = EXERCISE.test(text) && !HURT.test(text);
  const share = SHARE_OF_TALLY.test(text);
  const backing = new Set<number>();
  for (const t of GLOBAL_TRIGGERS) {
    if (t.needs && !t.needs.test(text)) continue;
    for (const m of matchesOf(text, t.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      // A protest is a protest wherever its words are; the others are judged where they stand.
      const word = m[0].toLowerCase();
      const before = text.slice(Math.max(0, start - 60), start);
      const after = text.slice(end, end + 60);
      // "killed in March": the month, not a demonstration.
      if (PROTEST_TYPES.includes(t.type) && /^March\b/.test(m[0]) && start > 0) continue;
      // "a letter of protest", "summoned the ambassador to protest the strike": diplomacy, not a demonstration.
      if (PROTEST_TYPES.includes(t.type) && /^protest$/i.test(word) && /\b(?:lodged?|lodges|lodging|filed?|files|filing|register(?:ed|s)?|deliver(?:ed|s)?)\s+(?:an?\s+)?(?:formal\s+|official\s+|strong\s+|diplomatic\s+)?$/i.test(before)) continue;
      if (PROTEST_TYPES.includes(t.type) && (/^\s*(?:note|letter|memo|memorandum|cable)\b/i.test(after) || /\b(?:letter|note|memorandum) of\s+$|\bto\s+$/i.test(before) && /\b(?:summon|ambassador|charg[eé]|envoy|ministry|embassy|diplomat)/i.test(text))) continue;
      // "stormed the embassy in protest at the burning": the purpose of the riot told, not a protest of its own.
      if (PROTEST_TYPES.includes(t.type) && /^protest$/i.test(word) && /\bin\s+$/i.test(before) && /^\s+(?:at|against|over|of)\b/i.test(after) && found.some((f) => f.type === 'VIOLENT_DEMONSTRATION' || f.type === 'MOB_VIOLENCE')) continue;
      // "Ihab al-Wazni, a leading protest activist, was assassinated": a word that names a person by the protests he led, no protest.
      if (PROTEST_TYPES.includes(t.type) && /^protest$/i.test(word) && /^\s+(?:activists?|leaders?|organi[sz]ers?|figures?|coordinators?|icons?)\b/i.test(after)) continue;
      // "a string of attacks on activists and peaceful protesters": protesters named as the victims of attacks, no protest reported.
      if (PROTEST_TYPES.includes(t.type) && /^(?:protesters|demonstrators)$/i.test(word) && /\b(?:attacks|assaults|killings|kidnappings|abductions|assassinations|threats|campaign|violence)\s+(?:on|against)\s+(?:[\w-]+\s+){0,4}$/i.test(before)) continue;
      // "an activist who had helped organize protests": a person's past, not a protest reported here.
      if (PROTEST_TYPES.includes(t.type) && /\b(?:who|which) (?:had |has |have )?(?:\w+ )?(?:helped |long )?(?:organi[sz]ed?|led|lead|joined|took part in|participated in|called for|supported)\s+(?:the\s+|several\s+|many\s+|mass\s+)?(?:[\w-]+\s+){0,2}$/i.test(before)) continue;
      if (!PROTEST_TYPES.includes(t.type)) {
        if (INTENTION.test(before) && !NOT_INTENTION.test(before)) continue;
        // ("gunmen in a car without plates shot dead": the car had no plates, the shooting is told.)
        if (NEGATION.test(before.slice(-25)) && !UNMARKED_VEHICLE.test(before.slice(-40))) continue;
        if (ANY.test(before.slice(-25)) || (JUDGED.test(before.slice(-30)) && /^\s+(?:on|against)\b/i.test(after))) continue;
        if (exercise || share) continue;
        // "to protest against months of air strikes", "after years of shelling": a campaign told by how long it has lasted, no incident.
        if (/\b(?:months|years|decades)\s+of\s+(?:(?:near-?)?(?:daily|nightly|constant|repeated|relentless|intermittent|sporadic|cross-border|Turkish|Iranian)\s+){0,2}$/i.test(before)) continue;
        // "warning that anyone who opened fire would be prosecuted": whoever might do it, not a deed reported.
        if (/\b(?:anyone|anybody|whoever|those|any(?: \w+)?) who\s+(?:\w+\s+)?$/i.test(before.slice(-30)) && /^\s[^.;]{0,60}\b(?:would|will|shall|should|could)\s+(?:be|face)\b/i.test(after)) continue;
      }
      // "(24) rockets that had not been fired", "unexploded mortar rounds": munitions left, not fire.
      if (t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK' && (/^\s+(?:that|which)\s+(?:had|have|has)\s+not\s+(?:yet\s+)?been\s+(?:fired|launched)\b|^\s+(?:left\s+)?unfired\b/i.test(after) || /\b(?:unfired|unexploded|unlaunched)\s+(?:[\w-]+\s+)?$/i.test(before))) continue;
      // "homes destroyed when Iraqi forces drove Islamic State out of the town", in a sentence that tells of years ago: the war's past.
      if (t.type === 'GOVERNMENT_REGAINS_TERRITORY' && /\b(?:when|since|after|before)\s+(?:[\w-]+\s+){0,4}$/i.test(before) && /\b(?:years?|decades?|months)\s+(?:ago|earlier|before)\b|\b(?:19|20)\d\d\b/.test(text)) continue;
      // "the militants pushed into the town and took control of most of its neighbourhoods": a place taken by the militants is no government gain.
      if (t.type === 'GOVERNMENT_REGAINS_TERRITORY' && /^(?:took|taken|taking|seiz|assumed|gained|wrested|captured)/i.test(word) && /\b(?:Islamic State|ISIS|ISIL|IS|Daesh|militants?|jihadists?|insurgents?|extremists?|gunmen|tribesmen|rebels?)\b(?![^,;]*\b(?:forces|troops|army|police|Peshmerga|units?|Division|Brigade|Service|Mobili[sz]ation)\b)[^,;]*$/.test(before)) continue;
      // "the militia, which has held the area since it was retaken from ISIS": a state that has lasted since the retaking, the war's past.
      if (t.type === 'GOVERNMENT_REGAINS_TERRITORY' && /\b(?:has|have|had)\s+(?:[\w-]+\s+){0,4}?since\s+(?:[\w-]+\s+){0,4}$/i.test(before.slice(-80))) continue;
      if (GENERIC_CONTEXT.test(`${before.slice(-30)}${m[0]}${after.slice(0, 30)}`)) continue;
      // "the deputy commander of Joint Operations", "the head of security operations": a post named by the body it heads, no operation.
      if (t.type === 'CHANGE_TO_GROUP_ACTIVITY' && /\b(?:commanders?|command|chief|head|director|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$/i.test(before)) continue;
      // "supporters stormed the embassy and set part of it on fire": arson in a riot is the riot's.
      if (t.type === 'LOOTING_PROPERTY_DESTRUCTION' && /\b(?:protest\w*|demonstrat\w+|riot\w*|mob|supporters|crowds?|rall(?:y|ies)|stones|two sides)\b/i.test(text)) continue;
      // "Iranian artillery rounds exploded near their flock", "mortar shells exploded in the market": fired rounds going off are the
      // shelling's, not a planted device (old or unexploded ones are the bomb list's own).
      if (t.type === 'REMOTE_EXPLOSIVE_LANDMINE_IED' && /^exploded$/i.test(word) && /\b(?:artillery|mortar|tank|howitzer|cannon)\s+(?:rounds?|shells?|projectiles?)\s+(?:[\w-]+\s+){0,2}$/i.test(before) && !/\b(?:unexploded|old|leftover|remnants?|buried|planted)\b/i.test(before.slice(-50))) continue;
      // "demanding compensation promised for destroyed homes", "the rebuilding of burned shops": damage named as what is owed or rebuilt, no incident.
      if (t.type === 'LOOTING_PROPERTY_DESTRUCTION' && /^(?:destroyed|burn(?:ed|t)|damaged)\b/i.test(m[0]) && /\b(?:compensat\w+|reparations?|indemnit\w+|rebuild\w*|reconstruct\w*|repair\w*|restor\w+|reimburs\w+)\b(?:\s+[\w-]+){0,3}\s+(?:for|of|to)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?$/i.test(before)) continue;
      // "foiled a suicide attack", "thwarted a planned suicide bombing": a disrupted attack, which the foiling verb types.
      // ... and "arrested a would-be suicide bomber wearing an explosive belt": a bomber stopped, no blast.
      // ... and "shot dead a suicide bomber before he could detonate his belt": stopped before the blast.
      if (t.type === 'SUICIDE_BOMB' && (FOILED.test(before) || /^[^.;]{0,60}?\bbefore (?:he|she|they|it) (?:could|was able to|were able to|managed to|had a chance to)\b/i.test(after) || /\bwould-be\s+$/i.test(before) || (/^(?:wearing|wore|strapped on)\b/i.test(word) && /\b(?:foil|thwart|arrest|captur|apprehend|detain)\w*/i.test(before) && !/\b(?:detonat|blew|blown|explod|set off|went off)/i.test(text)))) continue;
      // "terrorists, all of whom were wearing explosive belts": worn belts describe the dead unless one went off.
      if (t.type === 'SUICIDE_BOMB' && /^(?:wearing|wore|strapped on)\b/i.test(word) && !/\b(?:detonat|blew|blown|explod|set off|went off|suicide)/i.test(text)) continue;
      // "a tunnel holding explosive devices, rocket launchers and suicide belts": belts stored, none worn or set off.
      if (t.type === 'SUICIDE_BOMB' && /^suicide (?:vests?|belts?)$/i.test(word) && /\b(?:caches?|depots?|containing|holding|stockpiles?|seized|confiscated|found|stored)\b[^.;]{0,80}$/i.test(before)) continue;
      // "storage sites for rocket, missile and drone capabilities": weapons named as what a site holds, not fired.
      if (/^(?:,?\s+(?:and\s+)?(?:rocket|missile|drone|artillery|mortar)s?)*\s+(?:capabilit|launchers?\b|factor|production|programm?e|stor|depots?\b|arsenal|stockpiles?\b|experts?\b|units?\b)/i.test(after) && /^(?:rockets?|missiles?|drones?|artillery|mortars?)$/i.test(word)) continue;
      // "militants, covered by mortar fire, attacked a post": the fire that covers an attack is its means, the attack types it.
      if (t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK' && /\b(?:covered|backed|supported|shielded) by (?:heavy |intense )?$|\bunder (?:the )?cover of (?:heavy |intense )?$/i.test(before) && /^(?:\s+(?:and\s+)?[\w-]+)?\s+(?:fire|shelling|rounds|shells)\b[^.;]{0,40}?\b(?:attack|assault|stormed|raided|advanced)/i.test(after)) continue;
      // "The assault began at dawn under cover of mortar and rocket fire": the cover of an attack told before it in the sentence, no shelling of its own.
      if (t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK' && /\bunder (?:the )?cover of (?:heavy |intense )?$/i.test(before) && /^(?:\s+(?:and\s+)?[\w-]+)?\s+(?:fire|shelling|rounds|shells|barrages?)\b/i.test(after) && /\b(?:attack(?:s|ed|ers)?|assault(?:s|ed)?|offensive|stormed|advanced|infiltrat\w+)\b/i.test(text.slice(0, start))) continue;
      // "warplanes destroyed a cache containing rockets": a strike's result, typed by the strike.
      if (t.type === 'DISRUPTED_WEAPONS_USE' && /^(?:destroy|blew|blown)/i.test(word) && !/\b(?:booby|explosives?-|bomb-|car bombs?|vehicle bombs?|VBIEDs?)/i.test(word) && /\b(?:air ?strikes?|aircraft|warplanes?|jets?|drones?|F-16s?|helicopters?|aviation|shelling|artillery)\b/i.test(text)) continue;
      // "a cache containing mortar rounds": weapons stored or seized, not fired.
      if (t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK' && /\b(?:caches?|depots?|containing|stockpiles?|seized|confiscated|found)\b[^.;]{0,40}$/i.test(before)) continue;
      // "attacked Peshmerga positions using mortars, heavy machine guns and two armoured vehicles": shells fired by attackers
      // who came with direct-fire weapons are the means of a ground attack, which the attack's verb types.
      if (t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK' && /\b(?:using|with|armed with|backed by|supported by)\s+(?:[\w-]+\s+){0,3}$/i.test(before) && /\b(?:machine[- ]?guns?|rifles?|small arms|light (?:and medium )?weapons|medium weapons|RPGs?|rocket-propelled grenades|snipers?|armou?red vehicles?|(?:pick-?up )?trucks?|humvees?)\b/i.test(`${before.slice(-40)} ${after}`)) continue;
      // "arrested two wanted men after an ambush set on the road": the trap of an arrest, not a clash of its own.
      if (/^ambush(?:ed|es)?$/i.test(word) && (/^\s+(?:was\s+|had been\s+)?(?:set|laid|prepared|mounted)\b/i.test(after) || /\b(?:set|setting|laid|laying|prepared|mounted) (?:up )?(?:an? |their )?$/i.test(before)) && /\b(?:arrest(?:ed)?|detained|captured|apprehended)\b/i.test(text) && !/\b(?:killed|wounded|injured|dead|martyred)\b/i.test(text)) continue;
      // "a launch pad with a third rocket that had failed to fire": a weapon found unfired is no attack of its own.
      if (/^(?:rockets?|missiles?|mortars?|mortar rounds?|projectiles?)$/i.test(word) && (/^\s+(?:that|which)\s+(?:had\s+)?(?:failed to|did not|didn['’]t|never)\s+(?:fire|launch|explode|go off)|^\s+(?:(?:still|that were|which were)\s+)?(?:ready|prepared|primed|set up|rigged)\s+(?:to|for)\s+(?:be\s+)?(?:fire|launch)/i.test(after) || /\b(?:unfired|unlaunched)\s+$/i.test(before))) continue;
      // "61 mines and improvised explosive devices were destroyed": devices made safe, not an explosion.
      if (t.type === 'REMOTE_EXPLOSIVE_LANDMINE_IED' && DEVICE_MADE_SAFE.test(after)) continue;
      // "arrested on suspicion of planting explosive devices": what the arrested are accused of is no event here.
      // ... but "scores of nurses took part in a strike rally": a crowd taking part in a protest is the protest reported.
      if (PRETEXT.test(before.slice(-50)) && !(PROTEST_TYPES.includes(t.type) && CROWD_TOOK_PART.test(before.slice(-80)))) continue;
      // "on charges of planting roadside bombs", "over allegations of firing rockets": the charge told as a noun.
      if (CHARGE_NOUN.test(before.slice(-50))) continue;
      // "took part in attacks on the security forces and in planting explosive devices": the second charge too.
      // (Read from far enough back: "is suspected of firing mortars at the X camp in Y and of planting bombs".)
      if (/\b(?:took part|taking part|participat\w+|involved|accused|suspected|charged|convicted|responsible|charges|accusations|allegations)\b[^.;]{0,80}\band (?:in |of |for )?(?:planting|placing|laying|making|manufacturing|transporting|firing|launching)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 140), start).slice(-120))) continue;
      // "demanding that the killers be arrested", "called for the immediate arrest of": a deed asked for, not done.
      if (!PROTEST_TYPES.includes(t.type) && DEMANDED.test(before.slice(-70))) continue;
      // "killed" (or "martyred") reports an incident only with its figures ("killed two soldiers", "two were killed").
      if (/^(?:killed|martyred)$/.test(word) && !/^\s+(?:at least |some |about |nearly |more than )?(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|\w+ (?:soldiers|people|civilians|policemen|members|fighters))/i.test(after) && !/\b(?:were|was|been|being|are)\s+(?:\w+\s+)?$/i.test(before)) continue;
      // "In the last week, 14 terrorists were neutralised in operations in northern Iraq and Syria": a tally over a period, no incident.
      if (/neutrali[sz]ed/i.test(word) && OVER_A_PERIOD.test(text)) continue;
      // "the remains of 20 victims were recovered from a mass grave": an old crime exhumed, not an incident.
      // ... nor is the killing told of the remains ("a mass grave containing the remains of 20 people killed by ISIS").
      if ((/\b(?:bod(?:y|ies)|corpses?)\b/i.test(word) || GRAVE_REMAINS.test(before)) && GRAVE.test(text)) continue;
      // "the arrest of" / "killing" as a noun after "led to": a consequence, typed by its own words.
      if (/^(?:killing|arrest)$/.test(word) && /\b(?:led to|resulted in)\s+(?:the\s+)?$/i.test(before)) continue;
      if (/s$/i.test(word) && GROUP_RECORD.test(before)) continue;
      // "Kurdish forces backed by U.S.-led air strikes drove the militants out of the town": the strikes that back a ground
      // force's deed are its means, which the deed types (dropped below where the sentence tells one).
      if ((t.type === 'AIR_DRONE_STRIKE' || t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK') && BACKING.test(before)) backing.add(start);
      const plural = /(?:attacks|bombings|strikes|raids|clashes|explosions|ambushes|assaults|operations|arrests|abductions|kidnappings)$/i.test(word) && !/\b(?:two|three|four|five|\d+|twin|double|both)\s+(?:\w+\s+)?$/i.test(before);
      found.push({
        type: t.type,
        start,
        end,
        text: m[0],
        // "announced the arrest of a terrorist": the announcement reports it, it does not refer back.
        // ... but "said the strike targeted fighters": the strike as the subject of what it hit is the one told before, whoever says so.
        definite: !VERB_FORM.test(m[0]) && DEFINITE.test(before) && !INDEFINITE.test(before.slice(-20)) && (!/\b(?:announced|reported|confirmed|said|revealed|declared)\b[^.;]{0,40}$/i.test(before) || /^strike (?:hit|struck|targeted)$/i.test(m[0])),
        plural,
        // "fired rockets", "launched a drone": the verb before the weapon makes it a report.
        // ... and so does a verb of striking after it ("Iranian artillery pounded the mountainsides").
        weak: (WEAK.test(word) && !/\b(?:fired|launched|shelled|struck|hit|lobbed|rained|detonated|planted)\s+(?:[\w-]+\s+){0,3}$/i.test(before) && !(/^(?:artillery|mortars?|rockets?|missiles?)$/i.test(word) && /^\s+(?:(?:shells?|fire|rounds?|batteries)\s+)?(?:pounded|shelled|bombarded|pummell?ed|struck|hit|landed|fell)\b/i.test(after))) || plural,
        response: t.type === 'CHANGE_TO_GROUP_ACTIVITY' && RESPONSE.test(`${before}${m[0]}${after}`),
      });
    }
  }
  const deeds = found.filter((f) => !backing.has(f.start) && f.type !== 'AIR_DRONE_STRIKE' && f.type !== 'SHELLING_ARTILLERY_MISSILE_ATTACK' && !f.weak);
  return (deeds.length ? found.filter((f) => !backing.has(f.start)) : found).sort((a, b) => a.start - b.start);
}
