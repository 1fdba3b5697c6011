/** Casualty figures in a sentence: "killed two soldiers and wounded three", "a Peshmerga officer was killed". */
import type { CasualtyGroup } from '../domain/taxonomy.js';
import { CIVILIAN_TRADES, GROUP_NOUNS, NUMBER, parseNumber } from './lexicon.js';
import { matchesOf } from './text.js';

export type Measure = 'killed' | 'injured' | 'abducted' | 'arrested';

export interface Figure {
  measure: Measure;
  count: number;
  group: CasualtyGroup;
  /** Words before the group noun that may name an actor ("Peshmerga", "army", "PMF"). */
  modifier: string | null;
  actorHint: string | null;
  /** Offset in the sentence, and the words that state the figure. */
  index: number;
  text?: string;
  /**
   * A part of a figure given elsewhere ("nine of the dead", "the other four", "among them an
   * officer"): it adds to nothing when the whole is known.
   */
  partial?: boolean;
  /** "five of them": the group is the one the text spoke of before. */
  anaphoric?: boolean;
  /** Offset of the number itself (two patterns reading one number give one figure). */
  numAt?: number;
  /**
   * A share of a toll told before, by group ("two of the dead were gunmen", "the other three dead
   * were soldiers", "seven soldiers were among the wounded"): a part that says who the total was.
   */
  breakdown?: boolean;
  /** "and three shepherds" after "killed a farmer": a further part of the figure before it, not a repeat. */
  coordinated?: boolean;
  /** Offsets of the coordinated parts already added to this figure (a sentence read twice adds them once). */
  parts?: number[];
  /** The attackers' own dead ("two suicide bombers blew themselves up"): no antecedent of a bare count told after ("28 dead"). */
  attackers?: boolean;
  /** A civilian told by what he was doing nearby when hit ("a shepherd who was grazing his sheep by the road"): hit, not targeted. */
  bystander?: boolean;
  /** "doctors later put the number of wounded at 20", "the wounded now number four": a count told again, revised. */
  revision?: boolean;
  /** "Local media first reported that one person had been killed": a first count, which a later one replaces (a part of nothing). */
  initial?: boolean;
  /** What is left of a toll of people once the armed sides' shares are taken out (assembly): the rest, civilians, no total. */
  rest?: boolean;
}

const VERB_MEASURE: [RegExp, Measure][] = [
  [/^(?:kill|killed|killing|kills|left|leaving|(?:gave|laid down|sacrificed) (?:their|his|her) li(?:fe|ves)|rose to (?:the (?:rank|level) of )?martyrdom|attained martyrdom|(?:rose|fell) (?:as )?martyrs?|(?:claimed|claiming|took|taking) the li(?:fe|ves) of|perished|lost (?:their|his|her) li(?:fe|ves)|succumbed to (?:his|her|their) (?:wounds|injuries)|dead|died|slain|martyred|martyring|massacred|executed|shot dead|stabbed to death|gunned down|assassinated|murdered|murdering|eliminated|(?:the )?(?:killing|martyrdom|deaths?|murder|assassination) of)$/i, 'killed'],
  [/^(?:wound|wounded|wounding|injure|injured|injuring|hurt|maimed|(?:sustained|suffered) (?:\w+ )?(?:injuries|wounds|burns)|(?:the )?(?:injury|wounding) of)$/i, 'injured'],
  [/^(?:kidnap|kidnapped|kidnapping|abduct|abducted|abducting|seized|snatched|took hostage|taken(?: hostage| captive)?)$/i, 'abducted'],
  [/^(?:arrest|arrested|arresting|detain|detained|detaining|captured|apprehended|nabbed|caught|took into custody|rounded up|(?:the )?(?:arrest|detention|capture) of)$/i, 'arrested'],
];

function measureOf(verb: string): Measure | null {
  for (const [pattern, measure] of VERB_MEASURE) if (pattern.test(verb.trim())) return measure;
  return null;
}

const GROUP_WORDS =
  String.raw`(?:(?:lieutenant |first lieutenant |second lieutenant |staff )?(?:colonels?|majors?|captains?|lieutenants?|sergeants?|commanders?)|soldiers?|troops|servicem[ae]n|officers?|conscripts?|police ?m[ae]n|policem[ae]n|police officers?|policemen|border guards?|guards?|fighters?|comrades-in-arms|comrades?|colleagues?|personnel|members?|peshmerga|peshmargas?|civilians?|villagers?|lawyers?|judges?|clerics?|imams?|businessm[ae]n|candidates?|politicians?|bloggers?|passers?-by|passersby|contractors?|engineers?|journalists?|activists?|teachers?|doctors?|merchants?|traders?|employees?|boys?|girls?|shepherds?|farmers?|farmhands?|firefighters?|labou?rers?|fishermen|herdsmen|hunters?|people|persons?|man|woman|individuals|citizens?|mukhtars?|sheikhs?|shopkeepers?|vendors?|residents?|children|women|men|passengers?|child|worshipp?ers|mourners|workers?|relatives|brothers?|sons|daughters|cousins|siblings|mothers?|fathers?|wife|wives|husbands?|students?|drivers?|herders?|locals?|protesters?|demonstrators?|bystanders?|pilgrims?|${CIVILIAN_TRADES}|others|militants?|insurgents?|terrorists?|jihadists?|attackers?|(?:suicide\s+)?bombers?|gunm[ae]n|tribesmen|clansmen|assailants?|suspects?|operatives?|infiltrators?|elements|more)`;

/** "were taken by gunmen", "was taken hostage": taken by kidnappers (not "taken to hospital"). */
const TAKEN = String.raw`taken(?:\s+(?:hostage|captive)\b|(?=\s+(?:away\s+)?by\s+(?:an?\s+|the\s+)?(?:group\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:gunmen|militants|kidnappers|abductors|assailants|men|terrorists|insurgents)\b))`;
const KILL_VERBS = String.raw`(?:shot dead|stabbed to death|gunned down|assassinated|executed|killed|murdered|murdering|martyring|eliminated|(?:the )?(?:killing|murder|assassination) of|(?:the )?deaths? of|(?:the )?(?:arrest|detention|capture|injury|wounding|martyrdom) of|killing|kills|left|leaving|(?:claimed|claiming|took|taking) the li(?:fe|ves) of|wounded|wounding|injured|injuring|kidnapped|abducted|abducting|arrested|arresting|detained|detaining|captured|apprehended|nabbed|caught|rounded up)`;
const PASSIVE = String.raw`(?:(?:gave|laid down|sacrificed) (?:their|his|her) li(?:fe|ves)|rose to (?:the (?:rank|level) of )?martyrdom|attained martyrdom|(?:rose|fell) (?:as )?martyrs?|killed|wounded|injured|hurt|kidnapped|abducted|snatched|${TAKEN}|arrested|detained|captured|dead|died|perished|slain|martyred|executed|shot dead|stabbed to death|gunned down|assassinated|murdered|lost (?:their|his|her) li(?:fe|ves)|succumbed to (?:his|her|their) (?:wounds|injuries)|(?:sustained|suffered) (?:\w+ )?(?:injuries|wounds|burns))`;
const QUALIFIER = String.raw`(?:at least |some |about |around |nearly |almost |more than |up to |a further |all )?`;

/** "arrested in the town of Chamchamal a terrorist": a place told between the verb and its object. */
const PLACE_BETWEEN = String.raw`(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:town|city|village|district|sub-?district|area|province|outskirts)\s+of\s+(?:al-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:al-)?\p{Lu}[\p{L}'’-]*)?,?)?`;
/** "arrested on Saturday two terrorists", "arrested on Sunday, in the city of Halabja, a terrorist": the day told before the object. */
const DAY_BETWEEN = String.raw`(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight)(?:\s+(?:morning|afternoon|evening|night))?,?)?`;
/** "arrested, yesterday evening, Monday, (2) wanted persons": when, told in commas between the verb and its object. */
const TIME_BETWEEN = String.raw`(?:\s*,\s*(?:(?:yesterday|today|last|this|on|at|early|late|before|after)\b[^,.;()]{0,30}?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^,.;()]{0,20}?)(?=,)){1,2},`;
const ACTIVE = new RegExp(String.raw`\b(${KILL_VERBS})(?:${DAY_BETWEEN}${PLACE_BETWEEN}|${TIME_BETWEEN})\s+(?:(?:the|his|her|their|its)\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s))?${QUALIFIER}\(?(${NUMBER})\)?(?=\W)((?:\s+(?!and\b|in\b|on\b|at\b|near\b|when\b|while\b)[\p{L}'’-]+){0,4}?\s+${GROUP_WORDS})?(?:\s+(dead|injured|wounded))?`, 'giu');
const PASSIVE_FIGURE = new RegExp(
  String.raw`(?:^|[\s,("“])${QUALIFIER}(${NUMBER})\b((?:\s+(?!and\b|or\b|after\b|before\b|since\b|when\b|until\b|(?:days?|hours?|weeks?|months?|years?|minutes?)\b)(?:[\p{L}'’-]+|\d+-(?:year|month)s?-old)){0,4}?\s+${GROUP_WORDS})?(?:\s+(?:nearby|close by|standing by|standing nearby|(?:in|inside|aboard|at)\s+(?:the|a|an|their|his|her|its)\s+(?!(?:attack|blast|explosion|bombing|strike|clash(?:es)?|ambush|incident|shooting|fighting)\b)[\p{L}-]+|inside|aboard|on board))?(?:\s+(?:of|from)\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?!and\b)\p{Lu}[\p{L}'’-]*){0,4}(?:\s+\([\p{L}'’ -]{1,20}\))?){0,2}(?:,[^,]{1,80},)?\s+(?:were|was|have been|had been|are|is|got|being|lay|lie|lies|lying(?=\s+(?:dead|wounded|injured)\b)|(?:had|have|has)(?=\s+(?:died|perished|succumbed|lost|gave|laid|sacrificed|attained)\b))?\s*(?:(?:now|so far)\s+)?(?:(?:confirmed|reported|known)\s+(?:to\s+(?:be|have\s+been)\s+)?)?(?:also\s+|reportedly\s+|later\s+|critically\s+|seriously\s+|slightly\s+|lightly\s+|found\s+|(?:shot|ambushed|attacked|targeted|tortured|beaten|stabbed)\s+and\s+)?(${PASSIVE})\b`,
  'giu',
);
const PART_OF_GROUP = new RegExp(String.raw`\b(${NUMBER})\s+(of (?:them|those|whom|the (?:dead|victims|wounded|injured|soldiers|policemen|fighters|attackers|hostages|captives)))\s+(?:(?:were|was|have been|had been|are)\s+)?(?:later\s+|also\s+)?(?:found\s+)?(${PASSIVE}|died)\b`, 'giu');
const AMONG_THE_DEAD = new RegExp(String.raw`\b(?:among the (dead|killed|wounded|injured) (?:were|was|are|is)|the (dead|wounded|injured) includ(?:ed|e))\s+(?:${QUALIFIER})(${NUMBER})\b((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})`, 'giu');
const TOLL = new RegExp(String.raw`\b(?:death )?toll\b[^.]{0,140}?\b(?:rose|climbed|increased|jumped|reached|stood at|stands at|settled at|to)\s+(?:to\s+|at\s+)?(${NUMBER})\b`, 'giu');
/** "of the security forces", "from the police": a service named by a common noun after "members", "personnel". */
const OF_THE_SERVICE = String.raw`\s+(?:of|from)\s+the\s+(?:security\s+forces|police|army|armed\s+forces|military)\b`;
const TREATED = new RegExp(String.raw`\b(${NUMBER})\b((?:\s+(?!and\b|or\b)[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})?(?:${OF_THE_SERVICE})?(?:,[^,.;]{1,50},)?\s+(?:remain(?:ed|s)?|are|were|was|is|being)\s+(?:still\s+|now\s+)?(?:being\s+)?(?:under treatment|in hospital|hospitali[sz]ed|receiving treatment|treated|(?:taken|rushed|admitted|transferred|evacuated)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?)`, 'giu');
/** "(1) member of the Federal Police and (1) citizen": the body a bracketed count's men belong to, told before "and" (only before another bracketed count: the pattern is not case-sensitive). */
const OF_NAMED_BODY = String.raw`\s+of\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
const COORDINATED = new RegExp(String.raw`^\S+(?:\s+\S+){0,6}?\s+${GROUP_WORDS}(?:${OF_NAMED_BODY}(?=\s+and\s+\())?\s+and\s+(?:(?:his|her|their)\s+)?${QUALIFIER}(?:(${NUMBER})\b|\((${NUMBER})\))((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})`, 'iu');
const SECOND_MEASURE = new RegExp(String.raw`^[^;.]{0,60}?\b(?:killed|dead|died|martyred|slain|wounded|injured|lost (?:their|his|her) li(?:fe|ves))(?:\s*,[^,.;]{1,50}?(?=,))?\s*,?\s+and\s+${QUALIFIER}(${NUMBER})\s+(?:others?\s+|more\s+)?(?:were\s+|was\s+)?(wounded|injured|killed|dead|hurt|arrested|detained|captured)\b`, 'iu');

/** "a minibus carrying employees", "a bus transporting pilgrims": the people on board a vehicle hit. */
const VEHICLE_CARRYING = new RegExp(String.raw`\b(?:bus|minibus|minivan|van|car|vehicle|truck|lorry|pick-?up|taxi|boat|coach)(?:es|s)?\s+(?:carrying|transporting|taking|ferrying|full of|packed with)\s+((?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS})\b`, 'giu');
/** "a gathering of terrorists", "a patrol of soldiers": people named as a body, whom "three of them" may count. */
/** ... and "a line of traffic policemen", "a queue of recruits", "a crowd of pilgrims": people lined up or massed. */
const GATHERING_OF = new RegExp(String.raw`\b(?:gathering|group|band|cell|convoy|column|party|meeting|team|crew|patrol|unit|hideout|den|line|queue|crowd|formation|squad|detachment|contingent)s?\s+of\s+((?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS})\b`, 'giu');
/** "doctors later put the number of wounded at 20", "the wounded, first put at three, now number four": a toll revised. */
const REVISED = new RegExp(String.raw`\b(?:put|placed|raised|revised|updated)\s+(?:the\s+)?(?:number\s+of\s+|toll\s+of\s+|count\s+of\s+)?(dead|killed|wounded|injured)\s+(?:at|to)\s+${QUALIFIER}(${NUMBER})\b|\bthe\s+(dead|wounded|injured)\b[^.;]{0,40}?\bnow\s+(?:number|stands?\s+at|totals?)\s+${QUALIFIER}(${NUMBER})\b`, 'giu');
/** "the hospital received four wounded", "treated nine injured people": the wounded told by those who took them in. */
const TREATED_ACTIVE = new RegExp(String.raw`\b(?:treated|received|admitted)\s+${QUALIFIER}\(?(${NUMBER})\)?\s+(?:wounded|injured)\b((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})?`, 'giu');
/** "The number of ISIS members killed in ... has risen to seven": a toll that names its group. */
const NUMBER_OF = new RegExp(String.raw`\bnumber of ((?:[\p{L}'’-]+\s+){0,3}?)(killed|dead|martyrs|wounded|injured|arrested|detainees)\b[^.;]{0,140}?\b(?:risen|rose|climbed|increased|jumped|reached|stood at|stands at|to)\s+(?:to\s+|at\s+)?(${NUMBER})\b`, 'giu');
/** "A farmer was killed and his son wounded": the verb of the second conjunct is left out (one person). */
const GAPPED = /^[\s,]*(?:and\s+(?:his|her|their|its|a|an|another|one|the)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)|(?:and\s+)?(?:another|a second|one other))\s+(?:was\s+)?(?:also\s+)?(wounded|injured|hurt|killed)\b/iu;

/** "(a boy wounded) when the shells hit ... died": what befell a victim before the death the sentence tells. */
const WOUNDED_BEFORE = /^\s+(?:when|after)\b[^;]*\b(?:died|succumbed)\b/i;
/** ... and for one victim, "(a fighter wounded) in the attack died" too (not "three of the people wounded in the raid have died"). */
const WOUNDED_BEFORE_ONE = /^\s+(?:when|after|in|during)\b[^;]*\b(?:died|succumbed)\b/i;

/** "led to the death of a shepherd and the injury of his son": the same, told with nouns. */
const GAPPED_NOMINAL = /^[\s,]*and\s+(?:the\s+)?(injury|wounding|death|killing|abduction|kidnapping)\s+of\s+(?:his|her|their|its|a|an|one|another)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)/iu;

/** "mourns two of its fighters of the 52nd Brigade, who rose as martyrs": a figure told in a relative clause. */
const WHO_FELL = new RegExp(String.raw`\b(${NUMBER})\s+(?:of (?:its|their|our|his|her)\s+)?((?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS})\b(?:\s+(?:of|from)\s+(?:the\s+)?[^,.;]{1,40})?,?\s+who\s+(?:were\s+|was\s+|had been\s+|have been\s+)?(killed|martyred|died|(?:rose|fell) as martyrs|wounded|injured)\b`, 'giu');
/** "Three people who had been critically wounded in Wednesday's strike ... died overnight". */
const WOUNDED_DIED = new RegExp(String.raw`\b(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\s+who\s+(?:had\s+been|were|was)\s+(?:\w+\s+)?(?:wounded|injured)\b[^.;]{0,140}?\bdied\b`, 'giu');
/** "arrested ... a terrorist cell of (3) members": the members of the group the verb took. */
const CELL_OF = new RegExp(String.raw`\b(arrested|detained|captured|apprehended|dismantled|killed)\b[^.;]{0,80}?\b(?:cell|group|network|gang|squad)\s+(?:of|consisting of|comprising|made up of)\s+\(?(${NUMBER})\)?\s+((?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS})\b`, 'giu');

/** "wounding its driver", "killing his son", "injuring the driver", "the driver was wounded", "the imam of a mosque in X was gunned down": one person named by a determiner and a singular noun. */
const ONE_PERSON = String.raw`((?:[\p{L}'’-]+\s+)?(?:driver|guard|owner|son|brother|father|wife|husband|daughter|mother|sister|cousin|nephew|uncle|passenger|companion|shepherd|farmer|bodyguard|mukhtar|sheikh|judge|lawyer|activist|journalist|doctor|teacher|cleric|imam|engineer|contractor|businessman|merchant|student))`;
// ("shot dead the mukhtar of the village", "gunned down its owner": any verb of killing one, as "killed" does.)
const ONE_KILL_VERBS = 'killed|killing|shot dead|shooting dead|gunned down|gunning down|assassinated|assassinating|murdered|murdering|stabbed to death|executed|executing';
const ONE_OF_THEIRS = new RegExp(String.raw`\b(${ONE_KILL_VERBS}|wounded|wounding|injured|injuring)\s+(?:its|his|her|their|the)\s+${ONE_PERSON}\b|\b(?:its|his|her|their|the)\s+${ONE_PERSON}(?:\s+of\s+(?:an?|the)\s+[^,.;]{1,50}?)?(?:\s*,\s+an?\s+([^,.;]{1,40}),)?(?:\s*,\s+who\s+(?:was|were|had been)\s+[^,.;]{1,40},)?\s+(?:was|has been|had been)\s+(?:also\s+|critically\s+|seriously\s+|slightly\s+|lightly\s+)?(killed|wounded|injured|hurt|shot dead|gunned down|assassinated|murdered|stabbed to death)\b`, 'giu');

/**
 * One person told by a trade and a name: "Activist Ali Hassan was assassinated", "gunmen killed
 * journalist Ahmed Salim", "Ali Hassan, a prominent activist, was shot dead" (case-sensitive: the name is capitalized).
 * Civilians only: a named officer is mostly one of a unit's toll told before ("a Peshmerga officer was killed").
 */
const ROLE = String.raw`(?:[Aa]ctivist|[Jj]ournalist|[Ll]awyer|[Jj]udge|[Cc]leric|[Ii]mam|[Bb]usinessman|[Cc]andidate|[Pp]olitician|[Bb]logger|[Cc]ontractor|[Ee]ngineer|[Tt]eacher|[Dd]octor|[Mm]erchant|[Tt]rader|[Ss]tudent|[Ss]hepherd|[Ff]armer)`;
const PERSON_NAME = String.raw`(?:al-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?\p{Lu}[\p{L}'’-]+){0,3}`;
const ONE_VERB = String.raw`(killed|assassinated|murdered|shot dead|gunned down|slain|martyred|wounded|injured|kidnapped|abducted)`;
const NAMED_ONE = new RegExp(
  String.raw`(?:^|[\s,(“"])(${ROLE})\s+${PERSON_NAME},?\s+(?:was|has been|had been)\s+(?:also\s+|reportedly\s+)?${ONE_VERB}\b|\b${ONE_VERB}\s+(?:the\s+)?(?:prominent\s+|civil\s+|local\s+|well-known\s+|young\s+)?(${ROLE})\s+${PERSON_NAME}|(?:^|[\s,(“"])${PERSON_NAME},\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(${ROLE})\b[^,.;]{0,40},\s+(?:was|has been|had been)\s+(?:also\s+|reportedly\s+)?${ONE_VERB}\b`,
  'gu',
);

/**
 * "Peshmerga Major Karwan Aziz, who was shot dead by a sniper on Saturday, ...": one officer told by his rank and
 * name in a relative clause (the clause tells the death; a rank before a name in a main clause is left to the toll).
 */
const RANK = String.raw`(?:(?:Brigadier|Major|Lieutenant|Lt\.?|Brig\.?|Maj\.?)\s+General|Lieutenant\s+Colonel|Lt\.?\s+Col\.?|Staff\s+(?:Colonel|Major|Captain)|First\s+Lieutenant|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Brigadier|Commander|General|Gen\.)`;
const RANK_WORDS: Record<string, string> = { Gen: 'general', Col: 'colonel', Maj: 'major', Capt: 'captain', Lt: 'lieutenant', Sgt: 'sergeant', Brig: 'brigadier' };
const RANKED_ONE = new RegExp(String.raw`(?:^|[\s,(“"])((?:\p{Lu}[\p{L}'’-]+\s+){0,2}?${RANK})\s+${PERSON_NAME},\s+who\s+(?:was|had been|has been)\s+(?:reportedly\s+)?${ONE_VERB}\b`, 'gu');

/** "and her child" right after a figure: one relative of the victim, with the same verb (none of its own). */
const KIN_AFTER = /^[\s,]*and\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(child|son|daughter|brother|sister|wife|husband|father|mother|cousin|nephew|niece|friend|companion)\b(?![^,.;]{0,25}\b(?:was|were|is|are|wounded|injured|killed|hurt|died)\b)(?!,\s+(?:an?|the)\s)/iu;

/** "resulted in one death and three injuries", "causing two fatalities": a toll told by nouns of harm. */
const HARM_NOUNS = new RegExp(String.raw`\b(?:resulted in|resulting in|caused|causing|left|leaving)\s+${QUALIFIER}(${NUMBER})\s+(deaths?|fatalit(?:y|ies)|injur(?:y|ies))\b(?:\s*,?\s+and\s+${QUALIFIER}(${NUMBER})\s+(injur(?:y|ies)|deaths?|fatalit(?:y|ies))\b)?`, 'giu');
/** "took three suspects into custody". */
const CUSTODY = new RegExp(String.raw`\btook\s+${QUALIFIER}(${NUMBER})\b((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})\s+into\s+custody\b`, 'giu');
/** "Killed in the attack were two policemen": the figure after its verb. */
const INVERTED = new RegExp(String.raw`\b(killed|wounded|injured)\s+(?:in|during|by)\s+[^,.;]{1,60}?\s+(?:were|was)\s+${QUALIFIER}(${NUMBER})\b((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})\b`, 'giu');

/** "opened fire on a judge's car, wounding him": one person, of the last person named before. */
const PRONOUN_ONE = /\b(killing|wounding|injuring|killed|wounded|injured)\s+(?:him|her)\b(?!\s*self)/giu;
const PERSON_BEFORE = /\b(?:an?|the|one|his|her|their|its)\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/giu;

/** "the body of a kidnapped farmer was found", "found the bodies of three shepherds": the dead. */
const BODIES = new RegExp(String.raw`\b(?:bod(?:y|ies)|corpses?)\s+of\s+${QUALIFIER}\(?(${NUMBER})\)?(?=\W)((?:\s+(?!and\b|in\b|on\b|at\b|near\b)[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})\b`, 'giu');

/** "Twenty-three activists who had called for the rally on social media were arrested". */
const RELATIVE_THEN_PASSIVE = new RegExp(String.raw`\b(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\s+who\s+(?:had|have|has)\s+(?!been\b)[^.;,]{1,80}?\s+(?:were|was|had been|have been)\s+(?:later\s+|also\s+)?(${PASSIVE})\b`, 'giu');
/** What a fighter, not a bystander, is told to have been doing when hit. */
const BELLIGERENT_DOING = /^(?:planting|placing|carrying|firing|shooting|attacking|fighting|manning|guarding|defending|trying|attempting)$/i;
/** "a shepherd who was walking nearby suffered light burns", "a boy who was playing outside was wounded": what the victim was doing, told in a relative clause. */
const DOING_THEN_HARM = new RegExp(String.raw`(?:^|[\s,("“])(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\s+who\s+(?:was|were|had been)\s+(?:[\p{L}-]+ing\b|(?:standing\s+)?(?:nearby|close by|near the (?:road|scene|site|car|vehicle|spot)))[^.;,]{0,50}?\s+(?:(?:was|were|had been)\s+(?:also\s+|later\s+|lightly\s+|slightly\s+|seriously\s+|critically\s+|badly\s+)?(${PASSIVE})|((?:suffered|sustained)\s+(?:\w+\s+)?(?:injuries|wounds|burns)))\b`, 'giu');
/**
 * "A man driving behind the car was lightly wounded", "a farmer working in a field nearby had also been hurt": a
 * participle phrase between the victim and the verb (not "including", "according", "during", which are no participles here).
 */
const PARTICIPLE_THEN_PASSIVE = new RegExp(String.raw`(?:^|[\s,("“])(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\s+(?!(?:including|according|during|following|regarding|concerning|notwithstanding|nothing|something|anything|morning|evening|being)\b)(?:[\p{L}-]+ing)\s+[^.;,]{1,60}?\s+(?:were|was|(?:had|have|has)\s+(?:also\s+)?been)\s+(?:also\s+|later\s+|lightly\s+|slightly\s+|seriously\s+|critically\s+|badly\s+)?(${PASSIVE})\b`, 'giu');
/**
 * "A shepherd and his 12-year-old son were wounded", "a man, his wife and their son were shot dead": one victim and
 * relatives of his (each one more), one verb, none with a number of its own.
 */
const KIN_ITEM = String.raw`(?:his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:child|son|daughter|brother|sister|wife|husband|father|mother|cousin|nephew|niece|friend|companion)`;
const WITH_KIN = new RegExp(String.raw`(?:^|[\s,("“])(an?|one)((?:\s+[\p{L}'’\d-]+){0,2}?\s+${GROUP_WORDS})((?:\s*,\s+${KIN_ITEM}){0,3})\s*,?\s+and\s+${KIN_ITEM}\s+(?:were|have been|had been)\s+(?:also\s+|later\s+|lightly\s+|slightly\s+|seriously\s+|critically\s+|badly\s+)?(${PASSIVE})\b`, 'giu');
/** ", the firefighter and a Hashd fighter," right after a toll of two: who the toll was, one by one. */
/** "a member of the PKK": a person of a list, and the body he belongs to. */
const APPOSED_ITEM = String.raw`(?:the|a|an|one)\s+(?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS}(?:\s+(?:of|from)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?(?=\s*,|\s+and\b))?`;
const APPOSED = new RegExp(String.raw`^(?:\s+(?:dead|killed|wounded|injured))?\s*,\s+(${APPOSED_ITEM}(?:\s*,\s+${APPOSED_ITEM})*\s*,?\s+and\s+${APPOSED_ITEM})\b`, 'iu');
/** ", one of them a member of the PKK and the other the car's driver": a toll of two told person by person. */
const ONE_AND_OTHER = new RegExp(String.raw`^(?:\s+(?:dead|killed|wounded|injured))?\s*,\s+one\s+of\s+(?:them|whom)\s+(?:was\s+|being\s+)?(${APPOSED_ITEM})\s*,?\s+and\s+the\s+other\s+(?:was\s+|being\s+)?((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS})\b`, 'iu');
/** "a fourth died", "a third was wounded". */
const ORDINAL_MORE = /\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh)\s+(?:(?:soldier|fighter|man|person|policeman|Peshmerga|one)\s+)?(?:was\s+|were\s+)?(died|killed|wounded|injured)\b/gi;
/** ", along with four journalists" after a figure. */
const ALONG_WITH = new RegExp(String.raw`^,?\s+(?:along with|together with|as well as)\s+${QUALIFIER}(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\b`, 'iu');
/** "One Iraqi soldier and " right before a figure: a first subject of the same verb. */
/** "Five policemen, " right before such a first subject: one more subject of the list. */
const LISTED_BEFORE = new RegExp(String.raw`(?:^|[\s,])(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\s*,\s*$`, 'iu');
const SUBJECT_BEFORE = new RegExp(String.raw`(?:^|[\s,])(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\s+and\s+(?:(?:his|her|their)\s+)?$`, 'iu');
/** ", one of them a soldier," inside a figure. */
const PART_NAMED = new RegExp(String.raw`,\s*(one|two|three|\d+) of (?:them|whom)(?: was| were)?\s+(?:an?\s+)?((?:[\p{L}'’-]+\s+){0,2}?${GROUP_WORDS}),`, 'iu');

/**
 * "Two of the dead were gunmen", "the other three dead were soldiers of the 15th Division"; and the whole toll told
 * again by its group: "the five wounded are all soldiers", "all six wounded belong to the PMF".
 */
const SHARE_OF_DEAD = new RegExp(String.raw`\b(?:(${NUMBER})\s+of\s+the|the\s+(?:other|remaining)\s+(${NUMBER})|(?:all\s+)?the\s+(${NUMBER})|all\s+(${NUMBER}))\s+(dead|killed|victims|martyrs|wounded|injured)\s+(?:(?:were|was|are|is)\s+(?:all\s+)?(?:an?\s+)?((?:[\p{L}'’\d-]+\s+){0,3}?${GROUP_WORDS})\b|(?:all\s+)?belong(?:s|ed)?\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))`, 'giu');
/** "(Five of the dead were PMF fighters) and three were Peshmerga": the next share, its toll's word left out. */
const AND_N_WERE = new RegExp(String.raw`^\s*,?\s+(?:and|while|whereas)\s+(${NUMBER})\s+(?:were|are|was|is)\s+(?:all\s+)?(?:an?\s+)?((?:[\p{L}'’\d-]+\s+){0,3}?${GROUP_WORDS})\b`, 'iu');
/** "Of the wounded, two are firefighters": the same share, the toll's word put first. */
const SHARE_FRONTED = new RegExp(String.raw`\bof\s+the\s+(dead|killed|victims|wounded|injured)\s*,\s+(${NUMBER})\s+(?:were|was|are|is)\s+(?:all\s+)?(?:an?\s+)?((?:[\p{L}'’\d-]+\s+){0,3}?${GROUP_WORDS})\b`, 'giu');
/** "...; the other two are soldiers": the rest of a share told before in the sentence, the toll's word left out. */
const THE_OTHER_N = new RegExp(String.raw`\bthe\s+(?:other|remaining)\s+(${NUMBER})\s+(?:were|was|are|is)\s+(?:all\s+)?(?:an?\s+)?((?:[\p{L}'’\d-]+\s+){0,3}?${GROUP_WORDS})\b`, 'giu');
/** "seven soldiers and two farmers were among the wounded", "four farmers who had run over to help were among the wounded". */
const AMONG_AFTER = new RegExp(String.raw`\b(${NUMBER})((?:\s+(?!and\b|were\b|was\b|dead\b)[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})(?:,?\s+and\s+(${NUMBER})((?:\s+(?!and\b|were\b|was\b)[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS}))?(?:,?\s+who\s+[^.;,]{1,60}?,?)?\s+(?:were|was)\s+(?:also\s+)?among\s+the\s+(?:${NUMBER}\s+)?(dead|killed|victims|wounded|injured)\b`, 'giu');
/** "..., while the third was a 12-year-old boy": the last one of a share told before, in the same sentence. */
const THE_ORDINAL = new RegExp(String.raw`\bthe\s+(?:second|third|fourth|fifth|sixth|last)(?:\s+one)?\s+(?:(?:was|were|is|are)\s+(?:an?\s+)?|an?\s+)((?:[\p{L}'’\d-]+\s+){0,3}?${GROUP_WORDS})\b`, 'giu');

/** An item of a list of parts: "five members of the IRGC", ", and two soldiers" (at the list's start or after a comma or "and"). */
const LIST_ITEM = new RegExp(String.raw`(?:^|,\s*(?:and\s+)?|\s+and\s+)(${NUMBER})((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})\b`, 'giu');

/** ", among them", ", including": a list of the toll's shares follows the figure. */
const INCLUDED_AFTER = /^(?:\s+(?:dead|killed|wounded|injured))?(?:\s+(?:in|at|near|on|during|when)\s[^.;,:()]{1,60}?)?\s*,?\s*(?:including|among them|among whom|of whom|of them)\s+(?=\S)/iu;
/** ", 14 of them American soldiers", ", two of them soldiers and three civilians": the same list, its first share counted before "of them". */
const OF_THEM_AFTER = new RegExp(String.raw`^(?:\s+(?:dead|killed|wounded|injured))?(?:\s+(?:in|at|near|on|during|when)\s[^.;,:()]{1,60}?)?\s*,\s*(?=(?:${NUMBER})\s+of\s+(?:them|whom)\s+(?:(?:were|are|was|is)\s+)?(?:[\p{L}'’\d-]+\s+){0,3}?${GROUP_WORDS}\b)`, 'iu');
/** One share of that list: "14 of them American soldiers" first, then ", and three civilians" as in SHARE_ITEM. */
const OF_THEM_ITEM = String.raw`(?:^|,\s*(?:and\s+)?|\s+and\s+)(${NUMBER})(\s+of\s+(?:them|whom)(?:\s+(?:were|are|was|is))?)?((?:\s+(?!and\b|were\b|was\b)[\p{L}'’\d-]+){0,3}?\s+${GROUP_WORDS})\b`;
/** Nouns of a share that any side's men may be ("a driver", "two men"): of no side by themselves. */
const ANY_SIDE = /^\s*(?:drivers?|guards?|m[ae]n|persons?|people|others?|individuals)\s*$/i;
/** One share of such a list: "two soldiers", "a boy" (up to the next comma or "and"). */
const SHARE_ITEM = new RegExp(String.raw`(?:^|,\s*(?:and\s+)?|\s+and\s+)(${NUMBER})((?:\s+(?!and\b|were\b|was\b)[\p{L}'’\d-]+){0,3}?\s+${GROUP_WORDS})\b`, 'giu');

/** "The wounded, three fighters and a civilian, were ...", "the dead were a soldier and two shepherds": the toll told again by its items. */
const TOLL_LIST = new RegExp(String.raw`(?<!\bamong\s+)\bthe\s+(?:${NUMBER}\s+)?(dead|killed|wounded|injured|victims)(?:\s*[,—–(]\s*|\s+(were|are)\s+)(?=(?:${NUMBER})\s)`, 'giu');
/** "gunmen seized a school teacher", "snatched two shepherds": people taken, civilians by their noun (the verb alone may be an arrest's). */
const SEIZED = new RegExp(String.raw`\b(?:seized|snatched|grabbed)\s+${QUALIFIER}(${NUMBER})((?:\s+(?!and\b|in\b|on\b|at\b|near\b|from\b)[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})\b`, 'giu');
/** "seized them along with two companions", "kidnapped him and his three sons": the ones told before and more with them. */
const TAKEN_WITH = new RegExp(String.raw`\b(?:seized|snatched|grabbed|kidnapped|abducted)\s+(them|him|her)\s+(?:along with|together with|with|and)\s+(?:(?:his|her|their)\s+)?(${NUMBER})\s+((?:[\p{L}'’-]+\s+){0,2}?(?:companions?|${GROUP_WORDS}))\b`, 'giu');
/** The items of a list of a toll's shares at the start of a text ("a policeman and a farmer", "two soldiers, a boy and a woman"): count, words, offset. */
export function shareItems(text: string): { count: number; phrase: string; at: number }[] {
  const item = new RegExp(SHARE_ITEM.source, 'iuy');
  const items: { count: number; phrase: string; at: number }[] = [];
  for (let x = item.exec(text); x; x = item.exec(text)) {
    const count = parseNumber(x[1]!);
    if (count === null) break;
    items.push({ count, phrase: x[2]!, at: (x.index ?? 0) + x[0].length - x[1]!.length - x[2]!.length });
  }
  return items;
}

/** "executed a family of five", "a family of six was killed": the family's members, civilians. */
const FAMILY_OF = new RegExp(String.raw`\b(?:(${KILL_VERBS})\s+(?:an?\s+|the\s+|one\s+)?(?:entire\s+|whole\s+)?(?:[\p{L}-]+\s+)?family\s+of\s+(${NUMBER})\b|(?:an?\s+|the\s+|one\s+)?(?:entire\s+|whole\s+)?family\s+of\s+(${NUMBER})\b(?:\s+(?:people|persons|members))?\s+(?:were|was|have been|had been|has been)\s+(?:all\s+)?(${PASSIVE}))`, 'giu');

/** "two suicide bombers blew themselves up", "a bomber detonated his explosive vest": the attackers' own dead. */
// (Not a span of time before the bomber: "came nine days after a suicide bomber blew himself up" counts days, no dead.)
const SELF_DETONATED = new RegExp(String.raw`(?:^|[\s,("“])${QUALIFIER}(${NUMBER})((?:\s+(?!(?:after|before|since|ago|later|earlier)\b)[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})\s+(?:then\s+|later\s+|reportedly\s+)?(?:blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:his|her|their)\s+(?:explosive\s+|suicide\s+)?(?:vests?|belts?))`, 'giu');

/** A span of days before a clause ("nine days after ", "two weeks before "): what the clause tells is another day's. */
const SPAN_BEFORE = /\b(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\s+$/i;

/** "the gunman was shot dead by police", "the attacker who opened fire was arrested": the one attacker told before. */
const THE_ATTACKER = new RegExp(String.raw`\bthe\s+(?:suicide\s+|lone\s+)?(?:gunman|attacker|assailant|bomber|shooter|kidnapper)(?:\s+who\s+[^,.;]{1,60}?\s+|\s*,[^,.;]{1,60},\s+|\s+)(?:was|has been|had been)\s+(?:also\s+|later\s+|reportedly\s+)?(${PASSIVE})\b`, 'giu');

/** "killed or wounded" after a figure's verb, or "killing or" before it: one count of two measures. */
const EITHER_AFTER = /^\s*or\s+(?:were\s+|was\s+)?(?:seriously\s+|badly\s+)?(?:killed|wounded|injured|hurt|dead|maimed)\b/i;
const EITHER_BEFORE = /\b(?:killed|killing|kill|dead|wounded|wounding|injured|injuring)\s+or\s+\S?$/i;

/** "between 10 and 12", "from 10 to 12", "two or three", "10-12" before a group noun or a verb of harm. */
const RANGE = new RegExp(String.raw`\b(between\s+(?=\S+\s+and\s)|from\s+(?=\S+\s+to\s))?(${NUMBER})\s*(?:(?<=between\s+\S+\s+)and|to|or|-|–)\s*(${NUMBER})(?=(?:\s+[\p{L}'’-]+){0,3}?\s+(?:${GROUP_WORDS}|were|was|killed|dead|wounded|injured|hurt)\b)`, 'giu');

/** "wounded several US personnel and an Iraqi soldier": the counted group after an uncounted one keeps the verb. */
const UNCOUNTED_AND = new RegExp(String.raw`\b(${KILL_VERBS})\s+(?:several|a number of|dozens of|scores of|many)\s+(?:[\p{L}'’.-]+\s+){0,3}?${GROUP_WORDS}\s+and\s+${QUALIFIER}(${NUMBER})\b((?:\s+[\p{L}'’-]+){0,3}?\s+${GROUP_WORDS})`, 'giu');

/** "32 martyrs and 110 wounded", "fourteen dead and 47 injured": a toll told as a pair of nouns, no verb. */
const TOLL_PAIR = new RegExp(String.raw`\b${QUALIFIER}(${NUMBER})\s+(?:martyrs|dead|deaths|fatalities)\s*,?\s+and\s+${QUALIFIER}(${NUMBER})\s+(?:wounded|injured|injuries|hurt)\b`, 'giu');

/** The casualty group of a noun phrase ("three Peshmerga fighters" -> SECURITY_FORCES, hint Peshmerga). */
/**
 * Words a pattern cannot match without: a pattern runs over a sentence only when its word is there
 * (a test for a word is cheap; most of these long patterns fail, and fail slowly, on most sentences).
 */
export const NEEDS = new Map<RegExp, RegExp>([
  [FAMILY_OF, /famil/i],
  [SELF_DETONATED, /\b(?:blew|detonated)\b/i],
  [THE_ATTACKER, /\b(?:gunman|attacker|assailant|bomber|shooter|kidnapper)\b/i],
  [TOLL_PAIR, /\b(?:martyrs|dead|deaths|fatalities)\s*,?\s+and\s/i],
  [TREATED, /treat|hospital/i],
  [TREATED_ACTIVE, /\b(?:treated|received|admitted)\s/i],
  [PART_OF_GROUP, /\bof\s+(?:them|those|whom|the)\b/i],
  [AMONG_THE_DEAD, /\bamong the\b|\bthe (?:dead|wounded|injured) includ/i],
  [UNCOUNTED_AND, /\b(?:several|a number of|dozens of|scores of|many)\s/i],
  [ONE_OF_THEIRS, new RegExp(`\\b(?:its|his|her|their|the)\\s+${ONE_PERSON}`, 'iu')],
  [CUSTODY, /custody/i],
  [HARM_NOUNS, /\b(?:deaths?|fatalit(?:y|ies)|injur(?:y|ies))\b/i],
  [INVERTED, /\b(?:killed|wounded|injured)\s+(?:in|during|by)\s/i],
  [NAMED_ONE, new RegExp(String.raw`\b${ROLE}`, 'u')],
  [RANKED_ONE, /,\s+who\s/],
  [WHO_FELL, /\bwho\s/i],
  [RELATIVE_THEN_PASSIVE, /\bwho\s+(?:had|have|has)\s/i],
  [DOING_THEN_HARM, /\bwho\s+(?:was|were|had been)\s/i],
  [PARTICIPLE_THEN_PASSIVE, /ing\s[^.;,]*?\s(?:were|was|been)\s/i],
  [WITH_KIN, /\b(?:child|son|daughter|brother|sister|wife|husband|father|mother|cousin|nephew|niece|friend|companion)\s+(?:were|have|had)\s/i],
  [WOUNDED_DIED, /\bwho\s[^.;]*\bdied\b/i],
  [CELL_OF, /\b(?:cell|group|network|gang|squad)\s+(?:of|consisting|comprising|made)\s/i],
  [NUMBER_OF, /\bnumber of\s/i],
  [SHARE_OF_DEAD, /\b(?:dead|killed|victims|martyrs|wounded|injured)\s+(?:were|was|are|is|belong|all)/i],
  [SHARE_FRONTED, /\bof\s+the\s+(?:dead|killed|victims|wounded|injured)\s*,/i],
  [THE_OTHER_N, /\bthe\s+(?:other|remaining)\s/i],
  [AMONG_AFTER, /\bamong\s+the\s/i],
  [THE_ORDINAL, /\bthe\s+(?:second|third|fourth|fifth|sixth|last)\b/i],
  [SEIZED, /\b(?:seized|snatched|grabbed)\s/i],
  [TAKEN_WITH, /\b(?:them|him|her)\s+(?:along|together|with|and)\b/i],
  [TOLL_LIST, /\bthe\s+(?:\S+\s+)?(?:dead|killed|wounded|injured|victims)\s*(?:[,—–(]|were\s|are\s)/i],
  [TOLL, /\btoll\b/i],
  [REVISED, /\b(?:put|placed|raised|revised|updated)\s+(?:the\s+)?(?:number|toll|count|dead|killed|wounded|injured)\b|\bnow\s+(?:number|stands?|totals?)\b/i],
]);

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
/** Words without which a sentence states no figure. */
const FIGURE_HINT = /\b(?:kill|perish|martyrs|blew (?:him|her|them)sel|detonated (?:his|her|their)|dead|death|died|wound|injur|hurt|kidnap|abduct|arrest|detain|captur|apprehend|rounded up|toll|treatment|treated|hospital|slain|martyr|execut|lives|life\b|left|leaving|shot|seized|assassinat|murder|gunned|stabbed|snatched|succumb|fatalit|custody|nabbed|caught|bod(?:y|ies)|corpse|burns\b|eliminated|taken (?:hostage|captive|(?:away )?by))/i;

/**
 * "At least nine people were killed in security incidents across five provinces this week", "Five provinces
 * recorded incidents this week that left five people dead", "... in a series of incidents across northern and western Iraq over the
 * past four days": a sum over several places and a period, the toll of no one incident.
 */
const SEVERAL_PLACES = /\b(?:across|in|throughout)\s+(?:(?:several|various|multiple|many|a number of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:provinces|governorates)\b|\b(?:several|various|multiple|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:provinces|governorates)\b|\b(?:across|throughout|around)\s+the\s+country\b|\bnationwide\b|\b(?:across|throughout)\s+(?:(?:northern|southern|eastern|western|central)\s+(?:and\s+(?:northern|southern|eastern|western|central)\s+)?)?Iraq\b/i;
/** "in the months that followed", "since then": the time after the incident, over which a later toll is summed. */
const AFTERMATH = /\b(?:in|during|over)\s+the\s+(?:days|weeks|months|years)\s+(?:that\s+followed|since|after(?:wards)?)\b|\bsince\s+then\b/i;
/**
 * "Two people were killed in five security incidents", "six incidents this week, in which two people were killed": a
 * round-up's sum over incidents it counts, the toll of none of them ("in two separate incidents" may tell each one's toll
 * in the same sentence: left to the events).
 */
const SEVERAL_INCIDENTS = /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple|a series of|a string of)\s+(?:(?:separate|different|distinct|security|violent|armed)\s+)?incidents\b/i;
export const OVER_A_PERIOD = /\b(?:this|last|past|the past|the last|previous)\s+(?:week|month|year|\w+\s+(?:days|weeks|months))\b|\b(?:during|over|in the course of|throughout)\s+the\s+(?:week|month|year)\b|\bsince the (?:start|beginning)\b|\bso far this\b/i;
/**
 * "announced the arrest of four terrorists in two separate operations": a sum over several incidents (each told
 * apart after it), the figure of none of them; so are operations each told with its place ("in two operations in Kirkuk
 * and Nineveh governorates"). "Captured two leaders in two raids" in one city may be one operation: kept.
 */
const SEVERAL_OPERATIONS = /^[^.;]{0,40}?\b(?:in|during|across|over)\s+(?:two|three|four|five|six|several|multiple|various|\d+)\s+(separate\s+|different\s+|distinct\s+)?(?:operations|raids|attacks|incidents|strikes|ambushes)\b/i;
/** "... in two operations in Kirkuk and Nineveh governorates": operations told with a place each (case-sensitive: names). */
const IN_TWO_PLACES = /^\s+in\s+(?:the\s+)?(?:(?:governorates|provinces)\s+of\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+and\s+(?:the\s+)?\p{Lu}/u;

/** "first reported", "initially said", "in the first hour said": a count the report then corrects. */
const INITIAL_REPORT = /(?:\b(?:first|initially|initial|early|earlier|preliminary)\s+(?:reports?|reported|said|put|announced|gave|spoke(?:\s+of)?)|\b(?:first|initial|early|earlier|preliminary)\s+(?:reports?|accounts?|figures?|counts?|estimates?|information|tallies)\b[^.;:]{0,70}?\b(?:said|put|gave|(?:spoke|spoken)\s+of|talked\s+of|reported|mentioned|cited|counted|suggested)|\b(?:in|within)\s+the\s+first\s+(?:hours?|minutes)\b[^.;,]{0,30}\b(?:said|reported|spoke\s+of))(?:\s+that)?\s+(?:(?:at\s+least|some|about|around)\s+)?$/i;
/** "Police initially put the number of dead at four": a first count told by a verb of revising, which a later one replaces. */
const INITIAL_BEFORE = /\b(?:first|initially|at\s+first|early\s+on)\s+(?:\w+\s+)?$/i;
/** "a number of", "a few", "a handful of" after an article: a quantity that counts no one ("wished a speedy recovery to the members ... who were wounded": no count either). */
const UNCOUNTED = /^\s*(?:number|few|lot|handful|couple|host|great many|good many|(?:speedy|swift|quick|full|fast)\s+recovery)\b/i;
/**
 * "members of the Kurdish security forces", "members of the police": a service named by a common noun after a bare noun
 * for its men (a force named by its name, "the Federal Police", is read with the names of the sentence, frames.ts).
 */
// ("members of Iraq's Popular Mobilization Forces", "personnel of the Kurdistan Region's security forces": the country or region whose service it is, as a possessor.)
const SERVICE_OWNER = String.raw`(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+)?`;
const SERVICE_AFTER = new RegExp(String.raw`^\s+(?:of|from)\s+(?:the\s+)?${SERVICE_OWNER}(?:(?:[\p{Ll}-]+|Iraqi|Kurdish|Kurdistan|Turkish|Iranian|US|American|Federal|Traffic)\s+){0,2}?(?:security\s+(?:forces|services?)|[Pp]olice|[Aa]rmy|armed\s+forces|military|border\s+guards|air\s+defen[cs]e|air\s+force|navy|counter-terrorism\s+(?:forces|service)|[Pp]eshmerga|[Pp]opular\s+[Mm]obili[sz]ation\s+[Ff]orces|[Hh]ashd)\b`, 'u');
/** "staff members", "crew members": the people of a workplace, civilians. */
const CIVIL_STAFF = /\b(?:staff|medical|hospital|crew|household|family)\s+members?$/i;

/** The group a bare noun for members gets from what follows it or the word before it, if either names one. */
function serviceAfter(phrase: string, after: string): CasualtyGroup | null {
  const noun = phrase.trim();
  if (!/\b(?:members?|personnel|elements|staff)$/i.test(noun)) return null;
  if (SERVICE_AFTER.test(after)) return 'SECURITY_FORCES';
  if (CIVIL_STAFF.test(noun)) return 'CIVILIANS';
  return null;
}

export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  if (!FIGURE_HINT.test(text)) return figures;
  if (SEVERAL_PLACES.test(text) && (OVER_A_PERIOD.test(text) || AFTERMATH.test(text))) return figures;
  if (SEVERAL_INCIDENTS.test(text)) return figures;
  // "Six Islamic State (ISIS) militants were killed": an acronym in brackets is no word of the group (blanked, offsets kept).
  // So is a bracket that gives the acronym and another name ("(PMF, or Hashd al-Shaabi)").
  const blanked = text.replace(/ \(\p{Lu}[\p{L}.]{1,7}(?:,\s*(?:or|also|aka|also known as)\s+[\p{L}'’ -]{1,30})?\)(?=[ ,])/gu, (m) => ' '.repeat(m.length));
  // "between 10 and 12 people", "10 to 12 soldiers", "two or three others": a range reads as its low figure (as "at least
  // ten" reads ten); the rest is blanked, offsets kept.
  const sentence = blanked.replace(RANGE, (m, _low: string, lowText: string, highText: string) => {
    const [low, high] = [parseNumber(lowText), parseNumber(highText)];
    if (low === null || high === null || high <= low) return m;
    const at = m.toLowerCase().indexOf(lowText.toLowerCase());
    return ' '.repeat(at) + lowText + ' '.repeat(m.length - at - lowText.length);
  });
  const all = (pattern: RegExp) => (NEEDS.get(pattern)?.test(sentence) === false ? [] : matchesOf(sentence, pattern));
  const push = (measure: Measure | null, countText: string, phrase: string, index: number, end = index + countText.length + phrase.length) => {
    const count = parseNumber(countText);
    if (measure === null || count === null || count > 5000) return;
    // "a number of its members", "a few others": an article before a word of quantity counts no one.
    if (/^an?$/i.test(countText.trim()) && UNCOUNTED.test(phrase)) return;
    let { group, actorHint, modifier } = groupOf(phrase);
    let anaphoric = false;
    const numberAt = () => index + Math.max(0, sentence.slice(index, end).toLowerCase().indexOf(countText.toLowerCase()));
    // "five other people": a group of its own; "two others", "three more": the group counted before.
    // "two more fighters": an armed side named is its own group too.
    const ownGroup = (/\bother\s+\S/i.test(phrase) && group !== 'UNSPECIFIED') || (/\bmore\s+\S/i.test(phrase) && (group === 'SECURITY_FORCES' || group === 'MILITANTS'));
    // "three of their colleagues", "two comrades": of the group counted before.
    if (!ownGroup && (/\b(?:others?|more)\b|\b(?:colleagues?|comrades?)\b(?!-)/i.test(phrase) || !phrase.trim())) {
      const previous = figures.at(-1);
      if (previous) ({ group, actorHint, modifier } = previous);
      // "Four of his comrades were wounded": the comrades of someone told in a sentence before.
      else if (/\b(?:others?|colleagues?|comrades?)\b/i.test(phrase) || !phrase.trim()) anaphoric = true;
    }
    if (/^\s*of (?:them|those|whom)\b/i.test(phrase)) anaphoric = true;
    // "killing both men inside": the two the text told of before, by a word that names no side.
    if (/^both$/i.test(countText.trim()) && /^\s*(?:men|people|persons)\b/i.test(phrase)) anaphoric = true;
    // "struck a gathering of terrorists ..., killing three of them": the gathering the sentence named before.
    if (anaphoric && (/^\s*of (?:them|those)\b/i.test(phrase) || (!phrase.trim() && /^\s*of (?:them|those)\b/i.test(sentence.slice(end))))) {
      const gathering = matchesOf(sentence.slice(0, index), GATHERING_OF).at(-1);
      const g = gathering ? groupOf(gathering[1]!) : null;
      if (g && g.group !== 'UNSPECIFIED') {
        ({ group, actorHint, modifier } = g);
        anaphoric = false;
      }
    }
    // "opened fire on a minibus carrying employees of the ministry, killing four and wounding two": a bare count, with no
    // toll told before it in the sentence, counts the people the vehicle hit was carrying.
    if (anaphoric && !phrase.trim() && !/^\s*of\b/i.test(sentence.slice(end)) && !figures.length) {
      const carried = matchesOf(sentence.slice(0, index), VEHICLE_CARRYING).at(-1);
      const g = carried ? groupOf(carried[1]!) : null;
      if (g && g.group !== 'UNSPECIFIED') {
        ({ group, actorHint, modifier } = g);
        anaphoric = false;
      }
    }
    // "one of the brigade's members": the men of a military unit, security forces.
    if (/\b(?:brigade|regiment|battalion|division|platoon|unit)['’]s\s+(?:members|men|personnel|fighters|soldiers)\s*$/i.test(phrase)) group = 'SECURITY_FORCES';
    // "two fighters of a local armed group": militants, whatever the noun.
    // ("(2) members of the Federal Police": the bracket closing the count stands between it and its noun.)
    const bracket = sentence[numberAt() + countText.length] === ')' && sentence[numberAt() - 1] === '(' ? 1 : 0;
    const afterPhrase = sentence.slice(numberAt() + countText.length + bracket + phrase.length);
    if (group === 'SECURITY_FORCES' && /^\s+(?:of|from)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:armed group|militia|militant group|faction|gang|cell)\b/iu.test(afterPhrase)) group = 'MILITANTS';
    // "nine members of the security forces": of the security forces, whatever the noun.
    const ofService = serviceAfter(phrase, afterPhrase);
    if (ofService) group = ofService;
    // "five members of one family", "three members of a Kurdish farming family": civilians, whatever the noun.
    if (/^\s+(?:of|from)\s+(?:an?|one|the same|a single|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?family\b/iu.test(afterPhrase)) group = 'CIVILIANS';
    // "a member of the Samarra city council", "two members of the provincial council": elected or appointed civilians.
    if (/^\s*members?$/i.test(phrase) && /^\s+of\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:council|parliament|municipal\s+board)\b/iu.test(sentence.slice(sentence.indexOf(phrase, index) + phrase.length))) group = 'CIVILIANS';
    // "two members of the civil defence", "three men of the fire brigade": rescuers and firefighters, civilians whatever the noun.
    if (/^\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:local\s+|\w+['’]s\s+)?(?:civil[\s-]+defen[cs]e|fire\s+(?:brigade|department|service|station)|rescue\s+(?:team|service)s?)\b/i.test(afterPhrase)) group = 'CIVILIANS';
    const numAt = index + Math.max(0, sentence.slice(index, end).toLowerCase().indexOf(countText.toLowerCase()));
    if (figures.some((f) => f.index === index || f.numAt === numAt)) return;
    // "Soad al-Ali, 46, a mother of four, died": an age set off by commas after a name, not a count.
    if (/^\d{1,3}\s*,/.test(sentence.slice(numAt)) && /\p{Lu}[\p{L}'’-]*,\s*$/u.test(sentence.slice(Math.max(0, numAt - 40), numAt))) return;
    // "were killed or wounded", "killing or wounding 20 people": the dead and the wounded together, a figure of neither.
    if (EITHER_AFTER.test(sentence.slice(end)) || EITHER_BEFORE.test(sentence.slice(Math.max(0, index - 40), index + 1))) return;
    const before = sentence.slice(Math.max(0, index - 30), index + 1);
    const after = sentence.slice(end, end + 40);
    // "killing five people, among them two policemen": a share of the toll told after it, by group.
    const named = /\b(?:including|among them|among whom|of whom)\s*$/i.test(before);
    // "The two men killed were ...": a toll told with "the" before its number is one the text gave before.
    const retold = numAt === index && count >= 2 && /\bthe\s+$/i.test(sentence.slice(Math.max(0, numAt - 4), numAt)) && !/^\s*(?:more|other|others)\b/i.test(phrase);
    // "Local media first reported that one person had been killed": a first count, which a later one replaces.
    const initial = INITIAL_REPORT.test(sentence.slice(Math.max(0, index - 120), index));
    const partial =
      named ||
      retold ||
      initial ||
      // "after three wounded policemen died in hospital": deaths that raise a toll told beside them.
      (/\bdied\b/i.test(sentence.slice(index, end)) && (/\b(?:wounded|injured)\b/i.test(phrase) || /\bafter\s*$/i.test(before))) ||
      /\b(?:the other|another)\s*$/i.test(before.replace(/\s*\S*$/, '')) ||
      /^\s*of (?:the|those) (?:dead|killed|victims|wounded|injured)\b/i.test(phrase) ||
      /^[\s,]*(?:is |was |were |are )?among (?:the )?(?:dead|killed|victims|wounded|injured)\b|^[\s,]*(?:is|was|were|are) among them\b/i.test(after);
    figures.push({ measure, count, group, actorHint, modifier, index, numAt, text: sentence.slice(index, end).trim(), partial, anaphoric, ...(initial ? { initial } : {}), ...(named && group !== 'UNSPECIFIED' ? { breakdown: true } : {}) });
  };

  // "executed a family of five": the family's number, not the article's "a" (read before the active figure would take it).
  for (const m of all(FAMILY_OF)) {
    const at = m.index ?? 0;
    push(measureOf(m[1] ?? m[4]!), (m[2] ?? m[3])!, ' family members', at, at + m[0].length);
  }
  // Active: "killed two soldiers", "wounding 11 others", "arrested four suspects", "left 5 dead".
  for (const m of all(ACTIVE)) {
    const verb = m[1]!.toLowerCase();
    let measure = measureOf(verb);
    if (verb === 'left' || verb === 'leaving') {
      // "leaving three protesters and two policemen injured": the state word may follow a list.
      const rest = sentence.slice((m.index ?? 0) + m[0].length - (m[4]?.length ?? 0));
      const state = m[4] ?? /^(?:\s*(?:,|and)\s*[\p{L}\d'’ -]{1,40}?)?\s+(dead|injured|wounded|hurt)\b/iu.exec(rest)?.[1];
      // "leaving three dead": the state word right after the number needs no group noun.
      if (!state || (!m[3] && !m[4])) continue;
      measure = measureOf(state === 'hurt' ? 'injured' : state);
    }
    // "arrested the perpetrator of the murder of a woman": a crime the arrest is for, not a toll of this incident.
    // (Not a body named for investigating: "the Federal Intelligence and Investigation Agency announced the arrest of a wanted man".)
    if (/ of$/i.test(verb) && /\b(?:perpetrators?|killers?|murderers?|culprits?|suspects?|accused|responsible|charged|convicted|involved|connection|wanted|investigat\w+(?!\s+(?:Agency|Directorate|Department|Service|Bureau|Office|Unit|Division|Authority)\b))\b[^.;]{0,25}$/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0))) continue;
    // "arrested a terrorist cell of (3) members": the cell's members are the figure (read below), not one terrorist.
    if (/^\s+(?:cell|group|network|gang|squad)\b/i.test(sentence.slice((m.index ?? 0) + m[0].length)) || /^\s+(?:cell|group|network|gang|squad)\s+(?:of|consisting|comprising|made)\b/i.test(m[3] ?? '')) continue;
    // "killed on Monday, a source said": a number after a day told between is the figure only with its group noun.
    if (!m[3] && /^\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight)\b/i.test(m[0].slice(m[1]!.length))) continue;
    // "eliminated three hideouts": the verb kills only people it names ("neutralised" is no killed count: killed, captured or surrendered).
    if (verb === 'eliminated' && !m[3]) continue;
    // "wished the wounded a speedy recovery", "mourned the killed": a participle after "the" names people, it is no verb.
    if (/^(?:wounded|injured|killed|arrested|detained|kidnapped|abducted|captured)$/.test(verb) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 5), m.index ?? 0))) continue;
    push(measure, m[2]!, m[3] ?? '', m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // Passive: "three civilians were injured", "a Peshmerga officer was killed", "12 people have been killed".
  for (const m of all(PASSIVE_FIGURE)) {
    if (!m[2] && !/^\d+$/.test(m[1]!)) continue;
    // "A 9-year-old boy wounded when the shells hit his village died overnight": a participle with no "was"
    // before it, whose sentence goes on to a death, tells what befell the victim before; the death is the news.
    if (/^(?:wounded|injured|hurt)$/i.test(m[3]!) && !/\b(?:was|were|been|got|being)\s+(?:\w+\s+)?\S+$/i.test(m[0]) && (/^(?:an?|one)$/i.test(m[1]!) ? WOUNDED_BEFORE_ONE : WOUNDED_BEFORE).test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    const lead = /^[\s,("“]/.test(m[0]) ? 1 : 0;
    const before = figures.length;
    push(measureOf(m[3]!), m[1]!, m[2] ?? '', (m.index ?? 0) + lead + (m[0].slice(lead).length - m[0].slice(lead).trimStart().length), (m.index ?? 0) + m[0].length);
    // "two people standing nearby were hurt": civilians hit where they stood, bystanders.
    const f = figures[before];
    if (f && m[2] && /\b(?:nearby|close by|standing by)\b/i.test(m[0]) && (f.group === 'CIVILIANS' || f.group === 'UNSPECIFIED')) Object.assign(f, { group: 'CIVILIANS', bystander: true });
  }
  // "Two suicide bombers blew themselves up": the attackers dead (of the attackers' side, whatever the noun).
  for (const m of all(SELF_DETONATED)) {
    const lead = /^[\s,("“]/.test(m[0]) ? 1 : 0;
    // "The attacks came nine days after a suicide bomber blew himself up": a bombing of days before, told to date this one.
    if (SPAN_BEFORE.test(sentence.slice(Math.max(0, (m.index ?? 0) + lead - 40), (m.index ?? 0) + lead))) continue;
    const before = figures.length;
    push('killed', m[1]!, m[2]!, (m.index ?? 0) + lead, (m.index ?? 0) + m[0].length);
    const f = figures[before];
    if (f) Object.assign(f, { group: 'MILITANTS', attackers: true });
  }
  // "The gunman was shot dead by police": one attacker.
  for (const m of all(THE_ATTACKER)) {
    const at = m.index ?? 0;
    const measure = measureOf(m[1]!);
    if (!measure || figures.some((f) => f.measure === measure && Math.abs(f.index - at) < 30)) continue;
    figures.push({ measure, count: 1, group: 'MILITANTS', actorHint: null, modifier: null, index: at, numAt: at, text: m[0], partial: false, anaphoric: false, attackers: true });
  }
  // "32 martyrs and 110 wounded": the dead and the wounded, of no side named.
  for (const m of all(TOLL_PAIR)) {
    const start = m.index ?? 0;
    // "bringing the toll to one dead and three wounded": a toll the TOLL rule reads (as a revision).
    if (/\btoll\b[^.;]{0,60}?\b(?:to|at)\s+$/i.test(sentence.slice(0, start))) continue;
    const hurtAt = start + m[0].lastIndexOf(m[2]!);
    // "First reports had spoken of two dead and nine wounded": both counts of a first report, which a later one replaces.
    const initial = INITIAL_REPORT.test(sentence.slice(Math.max(0, start - 120), start));
    for (const [measure, countText, at, end] of [['killed', m[1]!, start, hurtAt], ['injured', m[2]!, hurtAt, start + m[0].length]] as const) {
      const count = parseNumber(countText);
      const numAt = start + m[0].toLowerCase().indexOf(countText.toLowerCase(), at - start);
      if (count === null || figures.some((f) => f.measure === measure && (f.numAt === numAt || f.index === numAt))) continue;
      figures.push({ measure, count, group: 'UNSPECIFIED', actorHint: null, modifier: null, index: at, numAt, text: sentence.slice(at, end).trim(), partial: initial, anaphoric: false, ...(initial ? { initial } : {}) });
    }
  }
  // "One Iraqi soldier and two fighters ... were killed": the first of two subjects shares the verb.
  const subjectsBefore = (of: Figure[]) => {
    for (const f of of) {
      // Only a figure that opens with its number has a subject before it ("killing X and wounding three" has none).
      if (f.numAt !== undefined && f.numAt !== f.index) continue;
      const before = SUBJECT_BEFORE.exec(sentence.slice(Math.max(0, f.index - 60), f.index));
      if (!before) continue;
      const at = f.index - before[0].length;
      const count = figures.length;
      push(f.measure, before[1]!, before[2]!, at + before[0].indexOf(before[1]!), at + before[0].indexOf(before[1]!) + before[1]!.length + before[2]!.length);
      // "A woman and two children were killed": the second subject adds to the first where they share a group.
      if (figures.length > count && !f.partial) f.coordinated = true;
      // "Five policemen, two guards and a civilian were wounded": the subjects listed before those two, one by one.
      for (let g = figures.length > count ? figures.at(-1) : undefined, n = 0; g && n < 5; n++) {
        const listed = LISTED_BEFORE.exec(sentence.slice(Math.max(0, g.index - 60), g.index));
        if (!listed) break;
        const from = g.index - listed[0].length + (/^[\s,]/.test(listed[0]) ? 1 : 0);
        const size = figures.length;
        push(f.measure, listed[1]!, listed[2]!, from, from + listed[1]!.length + listed[2]!.length);
        g = figures.length > size ? figures.at(-1) : undefined;
      }
    }
  };
  subjectsBefore([...figures]);
  // "two other people, one of them a soldier, were wounded": the part of another group is counted apart.
  for (const f of [...figures]) {
    if (f.count < 2 || (f.group !== 'CIVILIANS' && f.group !== 'UNSPECIFIED')) continue;
    const part = PART_NAMED.exec(f.text ?? '');
    const count = part ? parseNumber(part[1]!) : null;
    if (!part || count === null || count >= f.count) continue;
    const g = groupOf(part[2]!);
    if (g.group !== 'SECURITY_FORCES' && g.group !== 'MILITANTS') continue;
    f.count -= count;
    if (f.group === 'UNSPECIFIED') f.group = 'CIVILIANS';
    figures.push({ measure: f.measure, count, ...g, index: f.index + 1, text: part[0], partial: false, anaphoric: false });
  }
  // "11 others remain under treatment", "four people were hospitalized": the injured.
  const untreated = figures.length;
  for (const m of all(TREATED)) {
    // "the two wounded men were being treated": the wounded told before, not more of them.
    if (/\bthe\s+$/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0))) continue;
    push('injured', m[1]!, m[2] ?? '', m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of all(TREATED_ACTIVE)) push('injured', m[1]!, m[2] ?? ' wounded', m.index ?? 0, (m.index ?? 0) + m[0].length);
  // "nine demonstrators and four policemen were treated": the first subject too.
  subjectsBefore(figures.slice(untreated));
  // "five of them were killed", "two of the wounded later died": a part of a group named before.
  for (const m of all(PART_OF_GROUP)) {
    // "One of the soldiers wounded in the attack died on Monday": a participle with no "were" before it, whose sentence goes
    // on to a death, tells what befell him before; the death is the news (as for PASSIVE_FIGURE, for one victim).
    if (/^(?:an?|one)$/i.test(m[1]!) && /^(?:wounded|injured|hurt)$/i.test(m[3]!) && !/\b(?:were|was|been)\s+(?:\w+\s+)?\S+$/i.test(m[0]) && WOUNDED_BEFORE_ONE.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    push(m[3]!.toLowerCase() === 'died' ? 'killed' : measureOf(m[3]!), m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // "the dead include(d) two policemen", "among the dead were a lieutenant colonel and two soldiers".
  for (const m of all(AMONG_THE_DEAD)) {
    const state = (m[1] ?? m[2])!.toLowerCase();
    const measure: Measure = state === 'dead' || state === 'killed' ? 'killed' : 'injured';
    const count = parseNumber(m[3]!);
    if (count === null) continue;
    const g = groupOf(m[4]!);
    figures.push({ measure, count, ...g, index: m.index ?? 0, text: m[0], partial: true, breakdown: true });
  }
  for (const m of all(UNCOUNTED_AND)) {
    const at = (m.index ?? 0) + m[0].length - m[3]!.length - m[2]!.length;
    push(measureOf(m[1]!), m[2]!, m[3]!, at, (m.index ?? 0) + m[0].length);
  }
  // "gunmen seized a teacher": one taken, when the noun says he is a civilian.
  for (const m of all(SEIZED)) {
    if (groupOf(m[2]!).group !== 'CIVILIANS' || /\b(?:police|security|forces|troops|army|soldiers|authorities|officers)\b[^.;]{0,40}$/i.test(sentence.slice(0, m.index ?? 0))) continue;
    push('abducted', m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // "killed seven people, among them two soldiers and a boy": the toll's shares by group, told after it without a verb.
  for (const f of [...figures]) {
    if (f.partial) continue;
    const end = f.index + (f.text?.length ?? 0);
    const ofThem = INCLUDED_AFTER.test(sentence.slice(end)) ? null : OF_THEM_AFTER.exec(sentence.slice(end));
    const included = ofThem ?? INCLUDED_AFTER.exec(sentence.slice(end));
    if (!included) continue;
    const listStart = end + included[0].length;
    const item = new RegExp(ofThem ? OF_THEM_ITEM : SHARE_ITEM.source, 'iuy');
    for (let m = item.exec(sentence.slice(listStart)); m; m = item.exec(sentence.slice(listStart))) {
      // (The "of them" after the first share's number is no word of its group.)
      const [countText, phrase] = ofThem ? [m[1]!, m[3]!] : [m[1]!, m[2]!];
      const phraseEnd = listStart + (m.index ?? 0) + m[0].length;
      const numAt = phraseEnd - phrase.length - (ofThem ? (m[2]?.length ?? 0) : 0) - countText.length;
      const count = parseNumber(countText);
      if (count === null || count > f.count) break;
      const existing = figures.findIndex((g) => g.numAt === numAt || g.index === numAt);
      if (existing >= 0) figures.splice(existing, 1);
      const service = serviceAfter(phrase, sentence.slice(phraseEnd));
      const g = { ...groupOf(phrase), ...(service ? { group: service } : {}) };
      // Only a share of an armed side splits the toll; "including three women" stays in it (as told).
      if (g.group !== 'SECURITY_FORCES' && g.group !== 'MILITANTS') continue;
      figures.push({ measure: f.measure, count, ...g, ...(ANY_SIDE.test(phrase) ? { group: 'UNSPECIFIED' as CasualtyGroup } : {}), index: numAt, numAt, text: sentence.slice(numAt, phraseEnd), partial: true, breakdown: true });
    }
  }
  // "killed three villagers and ten Peshmerga": the measure carries over a coordinated figure.
  for (const f of [...figures]) {
    const rest = sentence.slice(f.index);
    const coordinated = COORDINATED.exec(rest);
    // "killed nine people, including two soldiers and a boy": items of a share list, read with the list.
    if (!coordinated || (!f.partial && /,\s*(?:including|among them|among whom|of whom)\b/i.test(coordinated[0]))) continue;
    // (A bracketed count, "(1) citizen", is the count without its brackets.)
    const [countText, phrase] = [(coordinated[1] ?? coordinated[2])!, coordinated[3]!];
    const at = f.index + coordinated[0].length - phrase.length - countText.length - (coordinated[2] ? 2 : 0);
    const count = parseNumber(countText);
    // "killing a Peshmerga officer and a fighter": two of one side, one figure.
    const same = groupOf(phrase);
    if (count !== null && f.count === 1 && count === 1 && same.group === f.group && !same.modifier && !figures.some((g) => g !== f && Math.abs(g.index - at) < 3)) {
      f.count += count;
      continue;
    }
    const before = figures.length;
    push(f.measure, countText, phrase, at, f.index + coordinated[0].length);
    // "killed a farmer and three shepherds": a second part of the same toll, added to the first where they share a group.
    if (figures.length > before && !f.partial) figures.at(-1)!.coordinated = true;
    // "Among the wounded are two drivers and a soldier": the second item of a share is a share of the same toll.
    else if (figures.length > before && f.breakdown) Object.assign(figures.at(-1)!, { partial: true, breakdown: true });
  }
  // "Ten people were killed in the attack: five members of the IRGC, among them X, and five
  // members of the Hashd": the list after the colon breaks the total down, each part a figure.
  for (const f of [...figures]) {
    const end = f.index + (f.text?.length ?? 0);
    const colon = /^[^.;:]{0,60}?:\s*/.exec(sentence.slice(end));
    if (!colon || f.partial) continue;
    // "two policemen and a civilian killed, and four others were being treated: two policemen, ...": the list is the
    // figure's told between it and the colon.
    if (figures.some((g) => g !== f && g.index >= end && g.index < end + colon[0].length)) continue;
    const listStart = end + colon[0].length;
    const list = sentence.slice(listStart);
    for (const m of matchesOf(list, LIST_ITEM)) {
      const numAt = listStart + (m.index ?? 0) + m[0].length - m[1]!.length - m[2]!.length;
      push(f.measure, m[1]!, m[2]!, numAt, numAt + m[1]!.length + m[2]!.length);
    }
  }
  // "13 policemen killed and three wounded": a second measure for the same group.
  for (const f of [...figures]) {
    const rest = sentence.slice(f.index);
    const second = SECOND_MEASURE.exec(rest);
    if (!second) continue;
    // "Four terrorists were killed and two were arrested": the others taken alive.
    const measure: Measure = /killed|dead/i.test(second[2]!) ? 'killed' : /arrested|detained|captured/i.test(second[2]!) ? 'arrested' : 'injured';
    const count = parseNumber(second[1]!);
    const at = f.index + second[0].length - second[2]!.length;
    if (count === null || measure === f.measure || figures.some((g) => g.measure === measure && Math.abs(g.index - at) < 25)) continue;
    figures.push({ ...f, measure, count, index: at, text: second[0], partial: false, anaphoric: f.anaphoric });
  }
  // "wounding its driver, a shepherd".
  for (const m of all(ONE_OF_THEIRS)) {
    const measure: Measure = /^(?:wound|injur|hurt)/i.test((m[1] ?? m[5])!) ? 'injured' : 'killed';
    const at = m.index ?? 0;
    if (figures.some((f) => f.measure === measure && Math.abs(f.index - at) < 30)) continue;
    // "the driver, a soldier, was wounded": the apposition says whose he was.
    const apposed = m[4] ? groupOf(m[4]) : null;
    const g = apposed && apposed.group !== 'UNSPECIFIED' ? apposed : groupOf((m[2] ?? m[3])!);
    figures.push({ measure, count: 1, ...(g.group === 'UNSPECIFIED' ? { ...g, group: 'CIVILIANS' as CasualtyGroup } : g), index: at, text: m[0] });
    // "killing its driver and three passengers": the others the verb befell, one toll with the first where of its group.
    const more = m[1] ? new RegExp(String.raw`^\s+and\s+${QUALIFIER}(${NUMBER})((?:\s+[\p{L}'’-]+){0,2}?\s+${GROUP_WORDS})\b`, 'iu').exec(sentence.slice(at + m[0].length)) : null;
    const count = more ? parseNumber(more[1]!) : null;
    if (more && count !== null) {
      const other = groupOf(more[2]!);
      const first = figures.at(-1)!;
      if (other.group === first.group || other.group === 'UNSPECIFIED') first.count += count;
      else push(measure, more[1]!, more[2]!, at + m[0].length + more[0].length - more[1]!.length - more[2]!.length);
    }
  }
  // "took three suspects into custody".
  for (const m of all(CUSTODY)) push('arrested', m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
  // "resulted in one death and three injuries".
  for (const m of all(HARM_NOUNS)) {
    const start = m.index ?? 0;
    push(/^injur/i.test(m[2]!) ? 'injured' : 'killed', m[1]!, '', start, start + m[0].indexOf(m[2]!) + m[2]!.length);
    if (m[3]) {
      const at = start + m[0].lastIndexOf(m[3]);
      push(/^injur/i.test(m[4]!) ? 'injured' : 'killed', m[3], '', at, start + m[0].length);
    }
  }
  // "Killed in the attack were two policemen".
  for (const m of all(INVERTED)) {
    const at = (m.index ?? 0) + m[0].length - m[3]!.length - m[2]!.length;
    push(measureOf(m[1]!), m[2]!, m[3]!, at, (m.index ?? 0) + m[0].length);
  }
  // "Gunmen opened fire on a car carrying a judge, wounding him": the judge.
  for (const m of all(PRONOUN_ONE)) {
    const at = m.index ?? 0;
    const measure: Measure = /^kill/i.test(m[1]!) ? 'killed' : 'injured';
    if (figures.some((f) => f.measure === measure && Math.abs(f.index - at) < 30)) continue;
    const named = matchesOf(sentence.slice(0, at), PERSON_BEFORE).map((p) => [groupOf(`${p[1]!} ${p[2] ?? ''}`), groupOf(p[1]!)].find((g) => g.group !== 'UNSPECIFIED')).filter((g) => g !== undefined).at(-1);
    figures.push({ measure, count: 1, ...(named ?? { group: 'UNSPECIFIED' as CasualtyGroup, actorHint: null, modifier: null }), index: at, numAt: at, text: m[0], partial: false, anaphoric: !named });
  }
  // "The body of a kidnapped farmer was found", "found the bodies of (4) terrorists" after a strike: the dead (not the
  // remains of a mass grave, an old crime; not soldiers' bodies, mostly a toll told before with its unit).
  // A hospital or morgue that "received the bodies of four people" tells the dead too.
  // So do attackers who withdrew "leaving the bodies of seven terrorists" behind.
  if (/\b(?:found|discovered|recovered|retrieved|received|left|leaving)\b/i.test(sentence) && !/\b(?:mass graves?|graves?|exhum\w+)\b/i.test(sentence)) {
    for (const m of all(BODIES)) {
      if (groupOf(m[2]!).group === 'SECURITY_FORCES') continue;
      // ("the bodies of eight men abducted by gunmen", "the corpses of two engineers kidnapped last week": the number the
      // participle after it read as taken is the dead's too, one figure of each.)
      const numAt = (m.index ?? 0) + m[0].toLowerCase().indexOf(m[1]!.toLowerCase(), m[0].search(/\bof\b/i));
      const taken = figures.find((f) => f.numAt === numAt && f.measure === 'abducted');
      if (taken && !figures.some((f) => f.numAt === numAt && f.measure === 'killed')) figures.push({ ...taken, measure: 'killed', index: m.index ?? 0, text: m[0] });
      else push('killed', m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  }
  // "Activist Ali Hassan was assassinated", "killed journalist Ahmed Salim": one person of a trade, named.
  for (const m of all(NAMED_ONE)) {
    const measure = measureOf((m[2] ?? m[3] ?? m[6])!);
    const at = (m.index ?? 0) + (/^[\s,(“"]/.test(m[0]) ? 1 : 0);
    if (!measure || figures.some((f) => f.measure === measure && Math.abs(f.index - at) < 30)) continue;
    figures.push({ measure, count: 1, ...groupOf((m[1] ?? m[4] ?? m[5])!), index: at, numAt: at, text: m[0].trim(), partial: false, anaphoric: false });
  }
  for (const m of all(RANKED_ONE)) {
    const measure = measureOf(m[2]!);
    const at = (m.index ?? 0) + (/^[\s,(“"]/.test(m[0]) ? 1 : 0);
    if (!measure || figures.some((f) => f.measure === measure && Math.abs(f.index - at) < 30)) continue;
    figures.push({ measure, count: 1, ...groupOf(m[1]!.replace(/\b(Gen|Col|Maj|Capt|Lt|Sgt|Brig)\.?(?=\s|$)/g, (a: string, w: string) => RANK_WORDS[w] ?? a)), index: at, numAt: at, text: m[0].trim(), partial: false, anaphoric: false });
  }
  // "two of its fighters ..., who rose as martyrs".
  for (const m of all(WHO_FELL)) {
    const verb = m[3]!.toLowerCase();
    const measure: Measure = /wound|injur/.test(verb) ? 'injured' : 'killed';
    push(measure, m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // "Twenty-three activists who had called for the rally were arrested": a relative clause between a figure and its verb.
  for (const m of all(RELATIVE_THEN_PASSIVE)) push(measureOf(m[3]!), m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
  // "A shepherd who was walking nearby suffered light burns": a bystander (civilians when the noun names no side).
  const undoing = figures.length;
  for (const m of all(DOING_THEN_HARM)) {
    const lead = /^[\s,("“]/.test(m[0]) ? 1 : 0;
    const before = figures.length;
    push(m[4] ? 'injured' : measureOf(m[3]!), m[1]!, m[2]!, (m.index ?? 0) + lead, (m.index ?? 0) + m[0].length);
    const f = figures[before];
    const doing = /\bwho\s+(?:was|were|had been)\s+([\p{L}-]+)/iu.exec(m[0])?.[1] ?? '';
    if (f && f.group === 'UNSPECIFIED' && !BELLIGERENT_DOING.test(doing)) f.group = 'CIVILIANS';
    if (f && f.group === 'CIVILIANS') f.bystander = true;
  }
  // "Two more fighters and a shepherd who was grazing nearby were wounded": the first subject too.
  subjectsBefore(figures.slice(undoing));
  // "A man driving behind the car was lightly wounded".
  for (const m of all(PARTICIPLE_THEN_PASSIVE)) {
    const lead = /^[\s,("“]/.test(m[0]) ? 1 : 0;
    const before = figures.length;
    push(measureOf(m[3]!), m[1]!, m[2]!, (m.index ?? 0) + lead, (m.index ?? 0) + m[0].length);
    // "a man driving behind the car": someone told by what he was about when it hit, a bystander (not one planting or firing).
    const f = figures[before];
    const doing = m[0].slice(lead + m[1]!.length + m[2]!.length).trim().split(/\s+/)[0] ?? '';
    if (f && f.group === 'UNSPECIFIED' && !BELLIGERENT_DOING.test(doing)) f.group = 'CIVILIANS';
    if (f && f.group === 'CIVILIANS') f.bystander = true;
  }
  // "A shepherd and his son were wounded": two, of the first one's group (civilians when it names none).
  for (const m of all(WITH_KIN)) {
    const lead = /^[\s,("“]/.test(m[0]) ? 1 : 0;
    const at = (m.index ?? 0) + lead;
    // Only a civilian's kin: "a policeman and his son" are of two groups.
    if (figures.some((f) => Math.abs(f.index - at) < 3) || !['CIVILIANS', 'UNSPECIFIED'].includes(groupOf(m[2]!).group)) continue;
    const before = figures.length;
    push(measureOf(m[4]!), String(2 + (m[3]!.match(/,/g)?.length ?? 0)), m[2]!, at, (m.index ?? 0) + m[0].length);
    const f = figures[before];
    if (f && f.group === 'UNSPECIFIED') f.group = 'CIVILIANS';
  }
  // "Three people who had been critically wounded in the strike died overnight": deaths that raise a toll.
  for (const m of all(WOUNDED_DIED)) {
    push('killed', m[1]!, m[2]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
    const f = figures.find((x) => x.index === (m.index ?? 0) && x.measure === 'killed');
    if (f) f.partial = true;
  }
  // "Twenty-three activists were arrested, along with four journalists": the same measure for another group.
  for (const f of [...figures]) {
    const end = f.index + (f.text?.length ?? 0);
    const along = ALONG_WITH.exec(sentence.slice(end));
    if (!along) continue;
    const numAt = end + along[0].length - along[1]!.length - along[2]!.length;
    const count = parseNumber(along[1]!);
    // Of the same group, they add up ("23 activists ..., along with four journalists": 27 civilians).
    if (count !== null && groupOf(along[2]!).group === f.group && !f.partial) {
      f.count += count;
      f.text = `${f.text ?? ''}${sentence.slice(end, numAt + along[1]!.length + along[2]!.length)}`;
    } else push(f.measure, along[1]!, along[2]!, numAt, numAt + along[1]!.length + along[2]!.length);
  }
  // "Three Peshmerga were killed ..., and a fourth died when a bomb hit": one more, of the group counted before.
  for (const m of all(ORDINAL_MORE)) {
    const at = m.index ?? 0;
    if (figures.some((f) => Math.abs(f.index - at) < 4)) continue;
    const measure: Measure = /wound|injur/i.test(m[1]!) ? 'injured' : 'killed';
    const previous = [...figures].reverse().find((f) => f.index < at);
    const g = previous ? { group: previous.group, actorHint: previous.actorHint, modifier: previous.modifier } : { group: 'UNSPECIFIED' as CasualtyGroup, actorHint: null, modifier: null };
    figures.push({ measure, count: 1, ...g, index: at, text: m[0], partial: false, anaphoric: !previous });
  }
  // "arrested ... a cell of (3) members".
  for (const m of all(CELL_OF)) {
    const verb = m[1]!.toLowerCase();
    const numAt = (m.index ?? 0) + m[0].length - m[3]!.length - m[2]!.length - 1;
    if (figures.some((f) => f.numAt !== undefined && Math.abs(f.numAt - numAt) <= 2)) continue;
    push(verb === 'killed' ? 'killed' : 'arrested', m[2]!, m[3]!, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // "A farmer was killed and his son wounded": one more person, with the other measure.
  for (const f of [...figures]) {
    if (f.count !== 1 && !/^(?:an?|one|single)\b/i.test(f.text ?? '')) continue;
    const end = f.index + (f.text?.length ?? 0);
    const nominal = GAPPED_NOMINAL.exec(sentence.slice(end));
    const gapped = nominal ? ([nominal[0], nominal[2], nominal[1]] as const) : GAPPED.exec(sentence.slice(end));
    if (!gapped || /^(?:body|bodies|car|vehicle|house|home)$/i.test(gapped[1] ?? '')) continue;
    const measure: Measure = /killed|death|killing/i.test(gapped[2]!) ? 'killed' : /abduction|kidnapping/i.test(gapped[2]!) ? 'abducted' : 'injured';
    if (measure === f.measure) continue;
    const at = end + gapped[0].length - gapped[2]!.length;
    if (figures.some((g) => g.measure === measure && Math.abs(g.index - at) < 40)) continue;
    const named = groupOf(gapped[1] ?? '');
    const g = named.group === 'UNSPECIFIED' ? { group: f.group, actorHint: f.actorHint, modifier: f.modifier } : named;
    figures.push({ measure, count: 1, ...g, index: at, text: gapped[0].trim(), partial: false, anaphoric: f.anaphoric });
  }
  // "The number of ISIS members killed in the strikes has risen to seven".
  for (const m of all(NUMBER_OF)) {
    const count = parseNumber(m[3]!);
    if (count === null) continue;
    const word = m[2]!.toLowerCase();
    const measure: Measure = /killed|dead|martyrs/.test(word) ? 'killed' : /arrest|detainee/.test(word) ? 'arrested' : 'injured';
    figures.push({ measure, count, ...groupOf(m[1]!.trim()), index: m.index ?? 0, text: m[0] });
  }
  // "Two of the dead were gunmen ..., while the third was a boy", "seven soldiers were among the wounded": shares of a toll told before.
  const share = (measureWord: string, count: number | null, phrase: string, index: number, text: string) => {
    if (count === null || figures.some((f) => Math.abs(f.index - index) < 3)) return;
    const measure: Measure = /dead|killed|victims|martyrs/i.test(measureWord) ? 'killed' : 'injured';
    const at = sentence.indexOf(text, index);
    const g = groupOf(phrase);
    // "Forty of the injured were members of the security forces": the service after the bare noun says whose.
    const service = at >= 0 ? serviceAfter(phrase, sentence.slice(at + text.length)) : null;
    figures.push({ measure, count, ...g, ...(service ? { group: service } : {}), index, text, partial: true, breakdown: true });
  };
  for (const m of all(SHARE_OF_DEAD)) {
    // "the three dead were members of ...": a bare "members" says whose only with what follows (victims.ts reads it).
    if ((m[3] ?? m[4]) && m[6] && /^\s*(?:members|elements)$/i.test(m[6]) && !serviceAfter(m[6], sentence.slice((m.index ?? 0) + m[0].length))) continue;
    share(m[5]!, parseNumber((m[1] ?? m[2] ?? m[3] ?? m[4])!), (m[6] ?? m[7])!, m.index ?? 0, m[0]);
    // "... and three were Peshmerga", "and two are civilians": the next share of the same toll.
    const next = m[6] ? AND_N_WERE.exec(sentence.slice((m.index ?? 0) + m[0].length)) : null;
    if (next) {
      const start = (m.index ?? 0) + m[0].length;
      const at = start + /^\s*,?\s+\S+\s+/.exec(next[0])![0].length;
      share(m[5]!, parseNumber(next[1]!), next[2]!, at, sentence.slice(at, start + next[0].length));
    }
  }
  for (const m of all(SHARE_FRONTED)) share(m[1]!, parseNumber(m[2]!), m[3]!, m.index ?? 0, m[0]);
  for (const m of all(THE_OTHER_N)) {
    const before = [...figures].reverse().find((f) => f.breakdown && f.index < (m.index ?? 0));
    // "the other four were members of its staff": a bare "members" says whose only with what follows.
    if (before && !/^\s*(?:members|elements)$/i.test(m[2]!)) share(before.measure === 'killed' ? 'dead' : 'wounded', parseNumber(m[1]!), m[2]!, m.index ?? 0, m[0]);
  }
  for (const m of all(AMONG_AFTER)) {
    share(m[5]!, parseNumber(m[1]!), m[2]!, m.index ?? 0, m[0]);
    if (m[3]) share(m[5]!, parseNumber(m[3]), m[4]!, (m.index ?? 0) + m[0].indexOf(m[3], m[1]!.length + m[2]!.length), m[0]);
  }
  for (const m of all(THE_ORDINAL)) {
    const before = [...figures].reverse().find((f) => f.breakdown && f.index < (m.index ?? 0));
    if (before) share(before.measure === 'killed' ? 'dead' : 'wounded', 1, m[1]!, m.index ?? 0, m[0]);
  }
  // "The wounded, three soldiers and a shepherd, were taken to hospital", "the dead were two guards and a driver": the toll told
  // before, given again item by item.
  for (const m of all(TOLL_LIST)) {
    const listStart = (m.index ?? 0) + m[0].length;
    const item = new RegExp(SHARE_ITEM.source, 'iuy');
    const items: RegExpExecArray[] = [];
    let listEnd = listStart;
    for (let x = item.exec(sentence.slice(listStart)); x; x = item.exec(sentence.slice(listStart))) {
      items.push(x);
      listEnd = listStart + item.lastIndex;
    }
    const rest = sentence.slice(listEnd);
    // An apposition closes with a comma or a dash; a list after "were" ends its clause.
    if (!items.length || (m[2] ? !/^\s*(?:[.;,]|$)/.test(rest) : !/^\s*[,—–)]/.test(rest))) continue;
    for (const x of items) {
      const numAt = listStart + (x.index ?? 0) + x[0].length - x[1]!.length - x[2]!.length;
      const before = figures.length;
      share(m[1]!, parseNumber(x[1]!), x[2]!, numAt, sentence.slice(numAt, numAt + x[1]!.length + x[2]!.length));
      if (figures.length > before && ANY_SIDE.test(x[2]!)) figures.at(-1)!.group = 'UNSPECIFIED';
    }
  }
  // "the death toll rose to seven", "bringing the toll to 12".
  for (const m of all(TOLL)) {
    const count = parseNumber(m[1]!);
    if (count === null) continue;
    // "the toll ... settled at 13 policemen killed": the figure itself names the group.
    const named = figures.find((f) => f.measure === 'killed' && f.count === count);
    if (!named) figures.push({ measure: 'killed', count, group: 'UNSPECIFIED', actorHint: null, modifier: null, index: m.index ?? 0, text: m[0] });
    // "raising the toll to one dead and four wounded": the wounded told with the toll (a toll too, that revises a count told before).
    const end = (m.index ?? 0) + m[0].length;
    const wounded = new RegExp(String.raw`^\s+(?:dead|killed)\s*,?\s+and\s+${QUALIFIER}(${NUMBER})\s+(?:wounded|injured|hurt)\b`, 'iu').exec(sentence.slice(end));
    const hurt = wounded ? parseNumber(wounded[1]!) : null;
    if (hurt !== null && !figures.some((f) => f.measure === 'injured' && f.count === hurt)) figures.push({ measure: 'injured', count: hurt, group: 'UNSPECIFIED', actorHint: null, modifier: null, index: end, text: sentence.slice(m.index ?? 0, end + wounded![0].length) });
  }
  // "later put the number of wounded at 20": the count told again, a revision of the one told before.
  for (const m of all(REVISED)) {
    const count = parseNumber((m[2] ?? m[4])!);
    const measure: Measure = /dead|killed/i.test((m[1] ?? m[3])!) ? 'killed' : 'injured';
    if (count === null || figures.some((f) => f.measure === measure && f.count === count)) continue;
    // "initially put the number of dead at four": a first count, not a revision.
    if (INITIAL_BEFORE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) figures.push({ measure, count, group: 'UNSPECIFIED', actorHint: null, modifier: null, index: m.index ?? 0, text: m[0], partial: true, initial: true });
    else figures.push({ measure, count, group: 'UNSPECIFIED', actorHint: null, modifier: null, index: m.index ?? 0, text: m[0], revision: true });
  }
  // "injuring a woman and her child", "killed a farmer and his son": one relative more of a civilian.
  for (const f of [...figures]) {
    if (f.partial) continue;
    const end = f.index + (f.text?.length ?? 0);
    const kin = KIN_AFTER.exec(sentence.slice(end));
    if (!kin || f.group !== 'CIVILIANS') continue;
    const at = end + kin[0].length - kin[1]!.length;
    if (figures.some((g) => g !== f && Math.abs(g.index - at) < 12)) continue;
    f.count += 1;
  }
  // "left two men dead, the firefighter and a Hashd fighter": the toll told again person by person; where they are of
  // different sides, each side's share is the figure (not the whole, nor the whole and a share on top).
  for (const f of [...figures]) {
    if (f.partial || f.count < 2 || !figures.includes(f)) continue;
    const end = f.index + (f.text?.length ?? 0);
    const pair = f.count === 2 ? ONE_AND_OTHER.exec(sentence.slice(end)) : null;
    const apposed = pair ? ([pair[0], pair[0].slice(pair[0].indexOf(pair[1]!))] as const) : APPOSED.exec(sentence.slice(end));
    if (!apposed) continue;
    const listAt = end + apposed[0].length - apposed[1]!.length;
    const items = pair
      ? [pair[1]!, pair[2]!].map((text) => ({ 0: text, index: apposed[1]!.indexOf(text) }))
      : matchesOf(apposed[1]!, new RegExp(APPOSED_ITEM, 'giu'));
    // The person's noun names the side ("a member", "the driver"), or the body after it does ("of the security forces").
    const groups = items.map((m) => {
      const head = m[0].replace(/\s+(?:of|from)\s.*$/is, '');
      const g = groupOf(head.replace(/^\S+\s+/, ''));
      const service = serviceAfter(head.replace(/^\S+\s+/, ''), m[0].slice(head.length));
      // "a member of the PKK": one of a body named after him (whose kind the names in the sentence tell, frames.ts).
      const member = !service && g.group === 'UNSPECIFIED' && /\bmember$/i.test(head) && head !== m[0] ? 'MILITANTS' : null;
      return service || member ? { ...g, group: (service ?? member)! } : g;
    });
    if (items.length !== f.count || groups.some((g) => g.group === 'UNSPECIFIED')) continue;
    // The people listed are the toll's, not more of them ("killed two people, a shepherd and a farmer").
    for (const g of [...figures]) if (g !== f && g.index >= listAt && g.index < listAt + apposed[1]!.length) figures.splice(figures.indexOf(g), 1);
    if (new Set(groups.map((g) => `${g.group}|${g.actorHint ?? ''}`)).size < 2) continue;
    figures.splice(figures.indexOf(f), 1);
    const shares = new Map<string, Figure>();
    for (const [i, m] of items.entries()) {
      const g = groups[i]!;
      const key = `${g.group}|${g.actorHint ?? ''}`;
      const at = listAt + (m.index ?? 0);
      const old = shares.get(key);
      if (old) old.count += 1;
      else shares.set(key, { measure: f.measure, count: 1, ...g, index: at, numAt: at, text: m[0].replace(/\s+(?:of|from)\s.*$/is, ''), partial: false, anaphoric: false });
    }
    figures.push(...shares.values());
  }
  // "a day after gunmen seized them along with two companions": the ones told before in the sentence (or him, one) and the others.
  for (const m of all(TAKEN_WITH)) {
    const at = m.index ?? 0;
    const antecedent = /^them$/i.test(m[1]!) ? [...figures].reverse().find((f) => f.index < at) : null;
    const more = parseNumber(m[2]!);
    if (more === null || (/^them$/i.test(m[1]!) && !antecedent)) continue;
    const count = (antecedent?.count ?? 1) + more;
    const g = antecedent ? { group: antecedent.group, actorHint: antecedent.actorHint, modifier: antecedent.modifier } : { group: 'CIVILIANS' as CasualtyGroup, actorHint: null, modifier: null };
    if (g.group === 'UNSPECIFIED') g.group = 'CIVILIANS';
    figures.push({ measure: 'abducted', count, ...g, index: at, numAt: at, text: m[0], partial: false, anaphoric: false });
  }
  // "the arrest of four terrorists in two separate operations": a sum, told before the incidents it sums.
  for (const f of [...figures]) {
    const rest = sentence.slice(f.index + (f.text?.length ?? 0));
    const several = SEVERAL_OPERATIONS.exec(rest);
    if (several && (several[1] || IN_TWO_PLACES.test(rest.slice(several[0].length)))) figures.splice(figures.indexOf(f), 1);
  }
  return figures.sort((a, b) => a.index - b.index);
}
