/**
 * Statements: who said what stance about which incident, toward whom. Every stance cue of a
 * sentence gives its own statement (a condemnation and a call for calm in one sentence are two),
 * its speaker being the subject of its verb or, failing that, of the sentence. The speaker of an
 * earlier sentence carries into "It added", "The statement said", quotes that continue a speech,
 * and everything after "X released the following statement:" until another speaker speaks.
 * Anonymous sources give none.
 */
import type { Stance, SubEventType } from '../domain/taxonomy.js';
import type { Incident } from './assembly.js';
import type { EventFrame } from './frames.js';
import { pick, type ArticleContext } from './context.js';
import { daysBetween } from './dates.js';
import { DEMONYMS, INSECURITY, RIGHT_TO_PROTEST, SAY_VERBS, stanceCuesIn } from './lexicon.js';
import { inQuote, outsideQuotes } from './quotes.js';
import { localSpan, type SentenceReading } from './reading.js';
import { anaphorSpeaker, anonymousAt, nounUse, sentenceSpeakers, speakersAt, speechVerbs, statementIssuer } from './speakers.js';
import { matchesOf } from './text.js';

export interface DraftStatement {
  speaker: string;
  stance: Stance;
  /** Indexes of the incidents it is about (none, one, or several: "these attacks"). */
  about: number[];
  toward: string[];
  quote: string | null;
  sentence: string;
  date: string;
  confidence: number;
}

export interface Claim {
  incident: number;
  actor: string;
  sentence: string;
}

const PRONOUN_START = /^(?:["“][^"”]*["”]\s*)?(?:It|He|She|They|We|Our|(?:His|Her) Excellency|The (?:statement|ministry|embassy|spokesperson|spokesman|spokeswoman|official|group|department|office|government|council|mission|army|command|cell|consulate|presidency|minister|governor|organization|organisation|service|force|forces)|the statement|In (?:the|its|his|her|their) statement)\b/;
const CARRY_ATTRIBUTION = /["”]\s*(?:,\s*)?(?:the|The) (?:statement|ministry|embassy|spokes\w+|minister|governor|official) (?:said|added|read|continued|stated)|["”]\s*,?\s*(?:it|he|she|they) (?:said|added|wrote|continued|stated)/;
/** "X released the following statement:", "said in a statement:", "the statement read:", "The following statement was issued by X:". */
const OPENS_STATEMENT = /(?:\b(?:following|this|a|the)\s+(?:statement|message|post|tweet|communiqu[eé]|press release)(?:\s+[\w,.]+){0,5}\s*|\b(?:following|this)\s+(?:statement|message|communiqu[eé]|press release)\s+(?:was|has been)\s+(?:released|issued|published|posted|sent)\s+by(?:\s+[\w,.'’-]+){1,8}\s*|\b(?:said|stated|wrote|posted|read|added|declared|tweeted)(?:\s+\w+){0,4}?\s*):\s*["“]?\s*$/i;

/** ", it added.", ", the ministry said in a statement.": the sentence's words are those of a speaker named before. */
const TRAILING_ATTRIBUTION = /,\s+(?:it|they|the statement|the (ministry|service|command|army|cell|division|brigade|department|force|police|directorate))\s+(?:said|added|stated|announced|noted)(?:\s+in\s+(?:a|its|the)\s+statement)?(?:,\s+without\s+[^,.]+)?\s*\.?\s*$/;

/** '"The terrorists wanted to ..., and they will not succeed': a quotation that calls the doers terrorists and defies them. */
const TERRORISTS_DEFIED = /["“](?:(?!["”])[^.;]){0,40}?\b(?:the\s+)?terrorists\b(?:(?!["”])[^.;]){0,120}?\b(?:will|shall)\s+(?:not|never)\s+(?:succeed|prevail|win|break|achieve)\b/i;
/** "denied in a written reply to X on May 6 that any of ": a denial, its complement, and the start of what it denies. */
const DENIED_THAT = /^den(?:y|ies|ied|ying)\b[^.;"“”]{0,100}?\bthat\s+(?:any\s+of\s+|none\s+of\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** "He reaffirmed that ...", "She also stressed that ...": a pronoun subject and a verb of saying opening the sentence. */
const PRONOUN_REPORTS = /^(?:He|She)\s+(?:also\s+|again\s+|further\s+)?(?:said|reaffirmed|affirmed|stressed|emphasi[sz]ed|added|noted|stated|reiterated|insisted|underlined|underscored|confirmed)\s+that\s+/;
/** A verb of saying that reports another's words ("X said the ministry condemned ..."). */
const REPORTED_SPEECH = /\b(?:said|says|told \w+|stated|added|wrote|tweeted|posted)\b/g;

/** A sentence whose subject points back at one incident already spoken of: "This cowardly attack, which ...". */
const POINTS_BACK = /^(?:["“]\s*)?(?:This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|bombing|blast|explosion|shelling|bombardment|assault|ambush|incident|crime)\b/;

/** A noun that names an incident ("the attack", "the strikes", "the operation"). */
/** "These cowardly acts", "Such heinous crimes": a plural subject that points back at the incidents the speaker named. */
const POINTS_BACK_PLURAL = /^(?:These|Such|Those)\s+(?:[\w-]+\s+){0,2}?(?:acts|attacks|crimes|bombings|strikes|killings|assaults)\b/;
const INCIDENT_NOUN = /\b(?:attacks?|strikes?|airstrikes?|air strikes?|bombings?|blasts?|explosions?|shelling|bombardment|operations?|raids?|assaults?|ambush|incidents?|crimes?)\b/i;

/** A verb of characterising, an attack as its object, and the speaker's quoted words for it. */
const CHARACTERISED = /\b(?:called|describ(?:ed|ing)|termed|branded|calling|labell?(?:ed|ing))\s+(?:the|this|that|these|those|such|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|yesterday's)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|bombings?|killings?|strikes?|airstrikes?|shelling|bombardment|explosions?|blasts?|raids?|ambush|assassination|massacre|murders?|deaths)\s+(?:as\s+)?(?:an?\s+)?["“]/i;
/** 'said the coalition stood "shoulder to shoulder" with the Kurds', "standing side by side with": solidarity. */
const SHOULDER_TO_SHOULDER = /\b(?:stand(?:s|ing)?|stood|remain(?:s|ed)?)\s+["“]?(?:shoulder[\s-]to[\s-]shoulder|side[\s-]by[\s-]side)["”]?\s+(?:with|alongside)\b/i;
/** "ordered the formation of an investigative committee", "directed the establishment of a commission of inquiry": a call for one. */
const ORDERED_BODY = /\b(?:order(?:ed|s)|direct(?:ed|s)|instruct(?:ed|s)|call(?:ed|s) for)\s+(?:the\s+)?(?:immediate\s+|urgent\s+)?(?:formation|establishment|creation|setting up|forming|opening)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:committee|commission|investigation|inquiry|probe|panel|team)\b/i;
/**
 * "directed the units deployed in the northern belt of the capital to intensify", "ordered the troops stationed along the border to
 * step up patrols": an order to a body described by where it serves (a participle and its place between the body and "to").
 */
const ORDERED_PLACED = /\b(?:order(?:ed|s)|direct(?:ed|s)|instruct(?:ed|s)|task(?:ed|s))\s+(?:the\s+|all\s+|its\s+|his\s+)?(?:[\w-]+\s+){0,2}?(?:units|forces|troops|police|army|brigades?|battalions?|divisions?|regiments?|commanders|officers|personnel|teams|patrols|agencies|departments|directorates)\s+(?:deployed|stationed|based|operating|positioned|serving|present)\s+(?:in|at|on|along|near|around|across|inside|throughout)\s+[^,.;:]{1,80}?\s+to\s+(?!the\b)[a-z]+/i;
/** 'called the events "an extremely dangerous escalation"', "described the situation as alarming": danger the speaker sees. */
const CALLED_DANGEROUS = /\b(?:called|describ(?:ed|ing)|termed|calling)\s+(?:the|this|these|those|it)\s+(?:(?:[\w-]+\s+){0,2}?(?:events|situation|developments|escalation|clashes|fighting|violence|attacks?|strikes?|incidents?)\s+(?:(?:in|of|on|at|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?)?(?:as\s+)?["“]?(?:an?\s+)?(?:(?:extremely|very|highly|most|deeply|particularly)\s+)?(?:dangerous|alarming|worrying|worrisome|troubling|grave|perilous)\b/i;
/** 'accused "the remnants of the old regime" of the killing': whose the incident was, in the speaker's words. */
const ACCUSED_OF_INCIDENT = /\baccus(?:ed|es|ing)\s+["“]?(?:[\w'’-]+["”]?\s+){1,10}?of\s+(?:the|this|these|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|yesterday's)\s+(?:[\w-]+\s+){0,2}?(?:killings?|assassination|murders?|massacre|bombings?|attacks?|blasts?|explosions?|shelling|strikes?|ambush|abduction|kidnapping|arson)\b/i;
/**
 * 'said in a statement that its "soldiers" had carried out the attack', 'said its aircraft had "successfully hit" targets', 'one of
 * its "martyrdom seekers" had carried out the bombing': what the speaker's own men did, told by the speaker, with the words
 * quoted or an adverb between. So is ground its men took or an attack they drove back ("said its units had entered the
 * airbase", "its forces had freed the neighbourhood", "its fighters had repelled an attack"); not an arrest the body reports
 * ("its forces had arrested four suspects"), which the press tells as the news of a police action more than as a claim.
 */
const OWN_MEN_DID = /\b(?:said|says|stated|announced|claimed|declared)\b[^.;]{0,120}?\b(?:that\s+)?(?:(?:one|two|three|some|several|all)\s+of\s+)?(?:its|their)\s+["“]?(?:[\w-]+\s+){0,2}?[\w-]+["”]?\s+(?:had|have|has)\s+["“]?(?:(?:successfully|already|also)\s+)?(?:killed|hit|struck|targeted|carried out|executed|conducted|launched|destroyed|attacked|bombed|shelled|punished|eliminated|neutrali[sz]ed|stormed|entered|freed|liberated|recaptured|retaken|retook|regained|repelled|repulsed|foiled|thwarted|dismantled)\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:search|sweep|manhunt|combing|clearance|investigation|inquiry|pursuit|hunt)\b)/i;
/**
 * "none of its units had any connection with the crime", "its fighters had no link to the attack", "none of our members played any
 * role in": the speaker's own men said to have had nothing to do with it, a denial (as "it had nothing to do with" is).
 */
const OWN_MEN_UNLINKED = /\b(?:(?:none|neither)\s+of\s+(?:its|their|our)\s+(?:[\w-]+\s+)?(?:units|members|fighters|forces|men|personnel|brigades|troops|factions|cadres|supporters|followers|formations)\s+(?:had|has|have|played|plays)\s+(?:ever\s+)?(?:any|a)|(?:its|their|our)\s+(?:[\w-]+\s+)?(?:units|members|fighters|forces|men|personnel|brigades|troops|factions|cadres|supporters|followers|formations)\s+(?:had|has|have|played|play)\s+(?:absolutely\s+)?no)\s+(?:connection|links?|involvement|role|part|hand|relation|relationship)\s+(?:whatsoever\s+)?(?:with|to|in)\b/i;
/**
 * "claimed both attacks", "claimed Sunday's rocket attack", "claimed these bombings": a claim of incidents named by a determiner
 * other than "the" (which the lexicon reads), or by the day they happened.
 */
const CLAIMED_NAMED = /\bclaim(?:ed|s|ing)\s+(?:both|these|this|those|the\s+(?:two|three|twin)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|yesterday['’]s|last\s+(?:night|week)['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+night['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|strikes?|operations?|blasts?|explosions?|assaults?|raids?|ambush(?:es)?|killings?|shelling)\b/i;
/** 'congratulated the people and the heroic fighters on this great victory': praise of the forces for what they did (not of a people alone). */
const CONGRATULATED_FORCES = /\bcongratulat(?:ed|es|ing)\s+["“]?(?:(?!\bon\b)[^.;:]){0,80}?\b(?:fighters|forces|troops|Peshmerga|army|soldiers|heroes|servicem[ae]n|police|volunteers)\b["”]?(?:(?!\bon\b)[^.;:]){0,60}?\bon\s+(?:the|this|their|its|his|her)\b/i;
/** "welcomed the truce", 'said it "welcomes the American air support"', "welcomed the move": support of what was agreed, given or done. */
const WELCOMED = /\bwelcom(?:e|es|ed|ing)\s+["“]?(?:(?:the|this|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|agreement|deal|accord|support|assistance|help|decision|initiative|steps|measures|efforts|response|release|step|move|announcement|withdrawal|handover|disarmament)\b/i;
/**
 * '"We want the Turkish army to leave our mountains"', "I want Baghdad to answer us": the speaker's own wish that another act, a
 * call on them (not "we want to live in peace", the speaker's own wish; not "we want our children to be safe").
 */
const WE_WANT = /\b(?:[Ww]e|I)\s+(?:(?:just|only|simply|all|also|now|really)\s+)?want(?:ed)?\s+(?:the\s+(?:[\w'’-]+\s+){0,4}?|\p{Lu}[\w'’-]*\s+(?:[\w'’-]+\s+){0,4}?)to\s+(?!be\b)\p{Ll}+/u;
/** A verb of settling before "concerns": "resolve its concerns", "address the legitimate security concerns of". */
const SETTLED_CONCERNS = /\b(?:resolv\w*|address\w*|settl\w*|meet(?:s|ing)?|met|heed\w*|respond\w* to|listen\w* to|understand\w*|acknowledg\w*|allay\w*|eas(?:e|es|ed|ing)|dispel\w*|tak\w* into account|deal\w* with|tackl\w*)\s+(?:(?:its|their|his|her|the|any|all|such|these|those|our|your|legitimate|security|mutual|genuine|outstanding)\s+){0,3}$/i;
/** "there is no legal justification for", "nothing can justify", "cannot be justified", "nobody has the right to shoot at": the act is condemned. */
const NO_JUSTIFICATION = /\b(?:(?:there\s+(?:is|was|can be)|with)\s+no\s+(?:[\w-]+\s+){0,2}?justification\s+(?:for|whatsoever)\b|nothing\s+(?:can|could)\s+(?:ever\s+)?justify\b|(?:can|could)\s*not\s+be\s+justified\b|\b(?:nobody|no one|no party|no side|no group)\s+has\s+(?:the\s+)?right\s+to\s+(?:shoot|kill|attack|target|fire|open fire|bomb|shell|threaten|terrori[sz]e|intimidate|harm|assault|abduct|kidnap)\b)/i;
/**
 * "target the security of Iraq", "are aimed at the livelihood of every citizen", "undermines the stability of the region", "threaten the
 * unity of the people": a verb of striking at, and a good a people or a country shares (not after "to": "be used to threaten the
 * security of any neighbouring state" is what the speaker rules out, not an act it condemns; "trying to threaten the peace of" is the act).
 */
const HARMS_COMMON_GOOD = /(?<!(?<!\b(?:trying|tried|tries|try|attempts?|attempting|attempted|seeks?|seeking|sought|bids?|efforts?|wants?|wanted|plots?|plotting|conspiracy)\s)\bto\s)\b(?:target(?:s|ed|ing)?|(?:is|are|was|were)\s+aimed\s+at|aim(?:s|ed|ing)?\s+at|undermin(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|destabili[sz](?:e|es|ed|ing)|strik(?:e|es)\s+at)\s+(?:(?:the|our|their|its|every|all)\s+)?(?:[\w-]+\s+)?(?:security|stability|livelihoods?|unity|peace|coexistence|sovereignty|safety|prestige)\s+(?:of|in)\b/i;
/**
 * '"These are crimes that will not go unpunished"', "said the criminals will not escape punishment", "vowed that the killers will not
 * escape justice": the act called a crime to be punished, in the speaker's words, is condemned.
 */
const GOES_UNPUNISHED = /\b(?:will|shall|must|should|cannot|can\s*not)\s+(?:not\s+)?(?:be\s+allowed\s+to\s+)?(?:go|remain|pass)\s+unpunished\b|\b(?:will|shall|must)\s+not\s+(?:be\s+allowed\s+to\s+)?escape\s+(?:punishment|justice|accountability)\b|\bwon['’]t\s+(?:go\s+unpunished|escape\s+(?:punishment|justice))\b/i;
/**
 * '"Bartella is liberated"', '"The airport is in our hands"', '"the district has been fully freed"': ground the speaker's side holds now,
 * in the speaker's quoted words, is its claim (the present only: "was retaken in 2017" is background; not "the situation is under our
 * control", a reassurance).
 */
const GROUND_HELD = /\b(?:is|are|(?:has|have)(?:\s+now)?\s+been)\s+(?:now\s+)?(?:fully\s+|completely\s+|totally\s+|entirely\s+)?(?:liberated|freed|retaken|recaptured|in\s+our\s+hands)\b/i;
/** 'said Daesh "is using the people of Mosul as a shield"', "gathered the families to use them as human shields": a war crime charged. */
const HUMAN_SHIELDS = /\b(?:us(?:e|es|ed|ing)|hold(?:s|ing)?|held|keep(?:s|ing)?|kept|turn(?:s|ed|ing)?)\s+(?:(?:the|them|civilians|people|residents|families|citizens|women|children|of|[\p{Lu}][\w'’-]*)\s+){1,4}?(?:as|into)\s+(?:a\s+)?(?:human\s+)?shields?\b/iu;
/** A verb of giving aid and the kind of aid, right before "support". */
const AID_GIVEN = /\b(?:provid|suppl|render|deliver|funnel|channel)\w*\s+(?:(?:logistic(?:al)?|financial|material|military|intelligence|technical|weapons?|armed|direct)\s+(?:and\s+\w+\s+)?)?$/i;

/** Quoted words that praise or justify rather than condemn ("a success", "precision defensive strikes"). */
const PRAISING_WORDS = /^(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:success|successful|precise|precision|defensive|legitimate|necessary|justified|model|heroic|victory|great achievement)\b/i;

/** A negation right before a stance cue: "has not", "did not", "never", "has yet to", "hasn't". */
const NEGATED_CUE = /(?:\b(?:not|never)|n['’]t|\byet to)\s+(?:(?:immediately|publicly|officially|formally|so far|yet)\s+)?$/i;
/** A stance only possible, not taken: "might ask Baghdad for reinforcements", "may call for", "could demand". */
const HYPOTHETICAL_CUE = /\b(?:might|may|could)\s+(?:also\s+|later\s+|eventually\s+|yet\s+|even\s+)?$/i;
const ABOUT_STANCES: Stance[] = ['CONDEMNATION', 'CONDOLENCE', 'CONCERN', 'CALL_FOR_ACTION', 'CLAIM_OF_RESPONSIBILITY', 'DENIAL'];

const REFERENCE_KINDS: [RegExp, SubEventType[]][] = [
  [/\b(?:bombing|blast|explosion|bomb)\b/i, ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB', 'GRENADE']],
  [/\b(?:strikes?|airstrikes?|drone)\b/i, ['AIR_DRONE_STRIKE']],
  [/\b(?:shelling|bombardment|rockets?|missiles?)\b/i, ['SHELLING_ARTILLERY_MISSILE_ATTACK', 'AIR_DRONE_STRIKE']],
  [/\b(?:abduction|kidnapping)\b/i, ['ABDUCTION_FORCED_DISAPPEARANCE']],
  [/\b(?:protest|demonstrat\w+|protesters|demonstrators)\b/i, ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS']],
  [/\b(?:arrests?)\b/i, ['ARRESTS']],
  // "the killings", "the massacre": an attack on people (or a clash), not an abduction or a bombing of property.
  [/\b(?:killings|massacres?|murders?)\b|\bthe killing of\b/i, ['ATTACK', 'ARMED_CLASH']],
];

/** "these cowardly attacks", "both attacks", "the two bombings": every incident of the article told so far. */
const PLURAL_REFERENCE = /\b(?:these|those|both|such|the two|the three|the twin|the latest|the recent)\s+(?:[\w-]+\s+){0,3}?(?:attacks|bombings|strikes|airstrikes|incidents|assaults|blasts|explosions|crimes|acts|operations)\b/i;

/**
 * The frames each incident has in one sentence. Indexed once per incidents array (and again if its frames change), so that a
 * long article's many reactions do not each walk every incident's frames.
 */
const framesBySentence = new WeakMap<Incident[], { count: number; index: Map<number, Map<Incident, EventFrame[]>> }>();
function framesIn(incidents: Incident[], sentence: number): Map<Incident, EventFrame[]> {
  const count = incidents.reduce((n, x) => n + x.frames.length, 0);
  let cached = framesBySentence.get(incidents);
  if (!cached || cached.count !== count) {
    const index = new Map<number, Map<Incident, EventFrame[]>>();
    for (const x of incidents) {
      for (const f of x.frames) {
        const here = index.get(f.sentenceIndex) ?? new Map<Incident, EventFrame[]>();
        index.set(f.sentenceIndex, here.set(x, [...(here.get(x) ?? []), f]));
      }
    }
    cached = { count, index };
    framesBySentence.set(incidents, cached);
  }
  return cached.index.get(sentence) ?? new Map();
}

/** The incidents a reaction is about: all of them for a plural reference, else the one it names best. */
function incidentsReferredTo(r: SentenceReading, incidents: Incident[], ctx: ArticleContext, speakers: string[] = [], stance: Stance | null = null, found = { evidence: false }): number[] {
  found.evidence = true;
  if (incidents.length > 1 && PLURAL_REFERENCE.test(r.sentence.text)) {
    const told = incidents.map((inc, i) => ({ inc, i })).filter(({ inc }) => inc.firstSentence <= r.sentence.index);
    if (told.length > 1) return told.map(({ i }) => i);
  }
  // "condemned the strikes", "the attacks": every incident of that kind told before, when there are several.
  const plural = /\bthe\s+(?:[\w-]+\s+){0,2}?(strikes|airstrikes|attacks|bombings|shelling|bombardments)\b/i.exec(r.sentence.text);
  if (incidents.length > 1 && plural) {
    const kinds = REFERENCE_KINDS.filter(([pattern]) => pattern.test(plural[1]!)).flatMap(([, k]) => k);
    const told = incidents.map((inc, i) => ({ inc, i })).filter(({ inc }) => inc.firstSentence <= r.sentence.index && (!kinds.length || kinds.includes(inc.type)));
    if (told.length > 1) return told.map(({ i }) => i);
  }
  const one = incidentReferredTo(r, incidents, ctx, speakers, stance, found);
  return one === null ? [] : [one];
}

/** Words for the people an incident struck, by the casualty group they belong to. */
const VICTIM_WORDS: [RegExp, string][] = [
  [/^(?:soldiers|troops|servicem[ae]n|police(?:m[ae]n| officers)|security forces|Peshmerga|fighters|officers|guards|conscripts)\b/i, 'SECURITY_FORCES'],
  [/^(?:civilians|villagers|shepherds|herders|farmers|children|women|workers|worshippers|passengers|students|pilgrims|hunters|people)\b/i, 'CIVILIANS'],
];
const INCIDENT_NOUNS = String.raw`(?:aggression|attacks?|strikes?|airstrikes?|air strikes?|drone strikes?|shelling|bombardment|bombings?|assault|raids?|killing|killings|massacre|deaths?|violations?|incursions?)`;

/**
 * Who a reaction says did the incident and to whom ("the Turkish aggression", "Turkey's attack", "the
 * attack by ISIS"; "the attack on the Peshmerga", "the killing of the soldiers", "the families of the fighters").
 */
function rolesNamed(r: SentenceReading, ctx: ArticleContext): { perpetrators: string[]; targets: string[]; groups: string[] } {
  const text = r.sentence.text;
  const out = { perpetrators: [] as string[], targets: [] as string[], groups: [] as string[] };
  const actorAt = (from: number, to: number) => r.mentions.filter((m) => { const { start, end } = localSpan(r, m); return start >= from && end <= to; }).map((m) => pick(m, 'actor') ?? ctx.governmentOfMention(m)).filter((e) => e && e.kind !== 'Person' && e.kind !== 'Place').map((e) => e!.id);
  for (const m of matchesOf(text, new RegExp(String.raw`\b${INCIDENT_NOUNS}\b`, 'gi'))) {
    const at = m.index ?? 0;
    // Before the noun: a demonym or a possessor ("the Turkish aggression", "Turkey's attack", "the ISIS attack").
    const before = /(?:^|\s)(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?:['’]s)?\s+(?:(?:latest|recent|deadly|cowardly|heinous|terrorist|brutal|criminal|blatant|new|unprovoked|treacherous|repeated|renewed|continued|continuing|ongoing|drone|air|missile|rocket|artillery|military|army)\s+){0,2}$/.exec(text.slice(Math.max(0, at - 60), at));
    if (before) {
      const from = Math.max(0, at - 60) + (before.index ?? 0);
      const word = before[1]!;
      const country = DEMONYMS[word.toLowerCase()];
      const gov = country ? ctx.lookup(country).find((e) => e.kind === 'Government') : undefined;
      out.perpetrators.push(...(gov ? [gov.id] : actorAt(from, at)));
    }
    const after = text.slice(at + m[0].length);
    const by = /^\s+(?:(?:carried out|launched|conducted)\s+)?by\s+/i.exec(after);
    if (by) out.perpetrators.push(...actorAt(at + m[0].length + by[0].length, at + m[0].length + by[0].length + 50).slice(0, 1));
    const on = /^\s+(?:on|against|targeting|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?/i.exec(after);
    if (on) {
      const from = at + m[0].length + on[0].length;
      out.targets.push(...actorAt(from - 12, from + 40).slice(0, 1));
      for (const [pattern, group] of VICTIM_WORDS) if (pattern.test(text.slice(from))) out.groups.push(group);
    }
  }
  // "condolences to the families of the two fighters".
  for (const m of matchesOf(text, /\b(?:families|relatives|loved ones)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?/gi)) {
    for (const [pattern, group] of VICTIM_WORDS) if (pattern.test(text.slice((m.index ?? 0) + m[0].length))) out.groups.push(group);
  }
  return out;
}

/** Whether actor `a` is `b`, belongs to it, or serves the same national government. */
function akin(ctx: ArticleContext, a: string, b: string): boolean {
  if (a === b || withinBody(ctx, a, b) || withinBody(ctx, b, a)) return true;
  const top = topGovernment(a, ctx);
  return ctx.entry(top)?.kind === 'Government' && top === topGovernment(b, ctx);
}

/**
 * The incident a reaction is about: the one its nouns, places, days, actors or victims name, else the
 * article's first. A claim or a denial is about what its speaker's side is said to have done.
 */
export function incidentReferredTo(r: SentenceReading, incidents: Incident[], ctx: ArticleContext, speakers: string[] = [], stance: Stance | null = null, found = { evidence: false }): number | null {
  found.evidence = false;
  if (!incidents.length) return null;
  const text = r.sentence.text;
  const named = incidents.length > 1 ? rolesNamed(r, ctx) : { perpetrators: [], targets: [], groups: [] };
  // The days the sentence names, but not the day the words were said ("condemned on Monday the attack").
  const days = r.dates.filter((d) => d.precision === 'DAY' && (/^\S+['’]s\b/.test(text.slice(d.index)) || !/\b(?:said|says|stated|announced|added|condemned|denounced|expressed|offered|called|urged|claimed|denied|wrote|posted|statement|issued|released)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(text.slice(Math.max(0, d.index - 40), d.index))));
  // Who did it and to whom, as the sentence names them ("the Turkish aggression", "the killing of the shepherds").
  const roleScore = (inc: Incident) =>
    (named.perpetrators.some((a) => [...inc.perpetrators.keys()].some((p) => p === a || withinBody(ctx, p, a))) ? 1.5 : 0) +
    (named.targets.some((a) => [...inc.targets.keys()].some((t) => t === a || withinBody(ctx, t, a))) ? 1 : 0) +
    (named.groups.some((g) => inc.figures.some((f) => f.group === g && !f.partial)) ? 1 : 0);
  const roles = incidents.map(roleScore);
  // (Another incident's roles score higher than this one's exactly when the best score is higher.)
  let topRole = 0;
  for (let j = 1; j < roles.length; j++) if (roles[j]! > roles[topRole]!) topRole = j;
  // What the sentence's nouns and places say, read once for all incidents.
  const kindScore = new Map<SubEventType, number>();
  for (const [pattern, kinds] of REFERENCE_KINDS) if (pattern.test(text)) for (const k of kinds) kindScore.set(k, (kindScore.get(k) ?? 0) + 2);
  const placesNamed = r.mentions.map((m) => m.entries.find((e) => e.kind === 'Place')).filter((p): p is NonNullable<typeof p> => Boolean(p) && p!.placeType !== 'COUNTRY');
  // (A person speaks for the body of their office; one whose side the article does not give is no sign either way:
  // the colonel telling how his men drove the attackers off does not claim the attack.)
  const sides = speakers.map((sp) => (ctx.entry(sp)?.kind === 'Person' ? (ctx.finder.discovered.get(sp)?.office?.of ?? ctx.entry(sp)?.office?.of ?? null) : sp)).filter((sp): sp is string => Boolean(sp));
  const here = framesIn(incidents, r.sentence.index);
  const scores = incidents.map((inc, i) => {
    let s = 0;
    s += kindScore.get(inc.type) ?? 0;
    // A reference the assembly joined to the incident in focus ("condemned Sunday's attack") counts only when its day is
    // the incident's, and when the doer or victims it names are not another incident's rather than this one's.
    const otherDay = inc.date?.precision === 'DAY' && days.length > 0 && days.every((d) => d.date !== inc.date!.date);
    const otherRoles = roles[topRole]! > roles[i]!;
    if ((here.get(inc) ?? []).some((f) => !(f.reference && (otherDay || otherRoles)))) s += 3;
    s += roles[i]!;
    if ((stance === 'CLAIM_OF_RESPONSIBILITY' || stance === 'DENIAL') && sides.length && inc.perpetrators.size) {
      const own = sides.some((sp) => [...inc.perpetrators.keys()].some((p) => akin(ctx, p, sp)));
      // A claim is not about an incident another side is known to have carried out.
      s += own ? 2 : stance === 'CLAIM_OF_RESPONSIBILITY' ? -1 : 0;
    }
    if (inc.place) for (const p of placesNamed) if (p.id === inc.place.place.id || ctx.contains(p.id, inc.place.place.id)) s += 1.5;
    if (inc.date && days.some((d) => d.date === inc.date!.date)) s += 1;
    return s - i * 0.01;
  });
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  // (Whether anything in the sentence named it, or it is only the article's first.)
  found.evidence = scores[best]! + best * 0.01 > 0;
  return best;
}

/** Whom a stance is toward: the entity after "solidarity with", "support for", "called on", ... */
function towardOf(r: SentenceReading, ctx: ArticleContext, stance: Stance | null): string[] {
  const text = r.sentence.text;
  const cues: Record<string, RegExp> = {
    SOLIDARITY: /\b(?:solidarity (?:with|to|toward|towards)|stand(?:s|ing)? ["“]?(?:by|with)|stood ["“]?(?:by|with)|thoughts (?:and prayers )?(?:are|were|go|went) (?:out )?(?:with|to))\s+/gi,
    SUPPORT: /\b(?:support(?:ed|s)? (?:for|to|the (?:efforts|work|role|right|steps|measures) of)|support(?<=\b(?:to|will|we|also|continue to|and) (?:(?:fully|strongly|firmly|wholeheartedly) )?support)|cooperation with(?: (?:our|its|their))?(?: (?:partners|friends|allies|brothers))?(?: (?:in|of|at))?|welcom(?:e|es|ed|ing) (?:the )?(?:[\w-]+ ){0,2}?(?:response|efforts?|actions?|steps|measures|role|work|professionalism) of|supporting|backing (?:for)?|stand(?:s|ing)? ["“]?(?:by|with)|stood ["“]?(?:by|with)|thank(?:s|ed)?|prais(?:ed|es)|commend(?:ed|s)|hail(?:ed|s)|laud(?:ed|s)|salut(?:ed|es)|(?:salute|praise|commend|thank|hail|applaud)(?<=\b(?:we|I|also|and)\s(?:salute|praise|commend|thank|hail|applaud)))\s+(?:the\s+(?:heroes|efforts|role|work|members|men|fighters)\s+of\s+)?/gi,
    // "urging the Iraqi army to", "calling on Prime Minister X", "demanded that the Turkish side", "ordered the police to".
    // "accused the army of opening fire": the accused.
    OTHER: /\baccus(?:ed|es|ing)\s+/gi,
    // "condolences to the families of the victims and to the Iraqi government", "... to the Turkish Armed Forces", "sympathy with the
    // Iraqi people": whom they are offered to.
    CONDOLENCE: /\b(?:to|with)(?<=\b(?:condolences?|sympathies|sympathy)\b[^.;]{0,120}?\b(?:to|with))\s+(?:the\s+)?(?=(?:[\w-]+\s+){0,3}?(?:government|people|nation|\p{Lu}))/giu,
    CALL_FOR_ACTION: /\b(?:complaint (?:with|to)|(?:matter|issue|case|file|attacks?|incident|killings?|strikes?|shelling) to|call(?:ed|s|ing)? (?:on|upon)|appeal(?:ed|s|ing)? to|urg(?:e|ed|es|ing)|ask(?:s|ed|ing)?|told(?=\s+(?:his|her|its|their|the)\s+(?:(?!that\b|said\b)[\w'’()-]+\s+){1,8}?to\s+[a-z])|invit(?:ed|ing)|demand(?:ed|s|ing)? that|(?:order|direct|instruct)(?:ed|s|ing)|(?:said|says|added|stressed|insisted|stated|declared|affirmed)(?:\s+(?:in|on)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?(?:\s+that)?(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?["“]?(?:must|should|ought to)\s))\s+/gi,
  };
  // (Whom a condolence is offered to, only where the sentence offers it in those words.)
  const patterns = stance === 'CONDOLENCE' && !/\b(?:condolence|sympath)/i.test(text) ? [] : stance ? (cues[stance] ? [cues[stance]!] : []) : [cues.SOLIDARITY!, cues.SUPPORT!];
  const ids: string[] = [];
  for (const pattern of patterns) {
    for (const m of matchesOf(text, pattern)) {
      const from = r.sentence.start + (m.index ?? 0) + m[0].length;
      // The first name right after the cue; more names joined to it may run on ("the Kurdistan Regional Government and the federal government").
      const after = r.mentions.filter((x) => x.start >= from && x.start - from < 110);
      // "support them in the fight against ISIS": the enemy of the fight is not whom the stance is toward.
      const fought = after.filter((x) => !/\b(?:against|war on)\b/i.test(text.slice(from - r.sentence.start, x.start - r.sentence.start)));
      // ... nor, in a call on someone named ("calling on Tehran to respect Iraq's sovereignty", "on the government in Baghdad and
      // the KRG to press Ankara"), a name in what they are asked to do. (With nobody named, "urged the international community
      // to press Iran", the one to be pressed.)
      const asked = fought.filter((x) => !(stance === 'CALL_FOR_ACTION' && /\bto\s+(?!the\b)[a-z]+\b/.test(text.slice(from - r.sentence.start, x.start - r.sentence.start))));
      const capitalCalled = /^([A-Z][a-z]+)\b(?!['’])/.exec(text.slice(from - r.sentence.start));
      const reached = asked.length || (capitalCalled && DEMONYMS[capitalCalled[1]!.toLowerCase()]) ? asked : fought;
      // ("praised the precision of the strikes and the heroes of the air force": what is praised of a body, then the body.)
      const praised = /^(?:prais|commend|hail|laud|applaud|salut|thank)/i.test(m[0]) && reached.length > 0 && reached[0]!.start - from < 120 && PRAISED_QUALITY.test(text.slice(from - r.sentence.start, reached[0]!.start - r.sentence.start));
      const next = reached.length && (reached[0]!.start - from < 40 || praised) ? reached : [];
      let anchor = next[0];
      let last: (typeof next)[number] | undefined;
      for (const x of next.slice(0, 3)) {
        // "the federal government in Baghdad and the KRG": the seat named after the first name qualifies it.
        if (x !== next[0] && x === next[1] && /^\s+in\s+$/.test(text.slice(next[0]!.end - r.sentence.start, x.start - r.sentence.start)) && x.entries.some((e) => e.kind === 'Place')) {
          anchor = x;
          continue;
        }
        // "the Peshmerga and the PMF", "the Kurdistan Region's government and Baghdad": names joined by "and" or a comma
        // ("the defence ministry and the forces of the coalition", "the army and the pilots of the air force": the people of a body are the body).
        if (x !== next[0] && !/^(?:(?:['’]s)?\s*(?:government|authorities|forces)\b)?(?:,?\s*(?:and|including)\s+(?:the\s+)?|,\s+)(?:(?:forces|troops|units|members|men|heroes|pilots|fighters|personnel)\s+of\s+(?:the\s+)?)?$/i.test(text.slice(anchor!.end - r.sentence.start, x.start - r.sentence.start))) continue;
        const e = pick(x, 'actor') ?? ctx.governmentOfMention(x) ?? (stance === 'CALL_FOR_ACTION' ? null : pick(x, 'place'));
        if (e) ids.push(e.id);
        if (e) last = x;
      }
      // "stands by the Peshmerga and our Iraqi partners": a government named by its demonym after the names.
      const partners = last && /^,?\s+(?:and|as well as)\s+(?:our|its|their|the)\s+(?:brotherly\s+|friendly\s+)?(\w+)\s+(?:partners|allies|friends|brothers|government|authorities)\b/i.exec(text.slice(last.end - r.sentence.start));
      const partner = partners && DEMONYMS[partners[1]!.toLowerCase()] ? ctx.lookup(DEMONYMS[partners[1]!.toLowerCase()]!).find((e) => e.kind === 'Government') : undefined;
      if (partner) ids.push(partner.id);
      // "solidarity with the Iraqi people", "with Iraq and its people", "stand with our Kurdish partners": a demonym names the government.
      // A call is on a government ("demands that the Turkish side put an end", "urged the Iraqi authorities to"), not on a people.
      if (!next.length) {
        const demonym = (stance === 'CALL_FOR_ACTION' ? /^(?:the\s+)?(\w+\s+)?(?:government|authorities|side)\b/i : /^(?:the\s+|our\s+|its\s+|their\s+)?(?:brotherly\s+|friendly\s+)?(\w+)\s+(?:people|government|nation|state|authorities|partners|allies|friends|brothers)\b/i).exec(text.slice(from - r.sentence.start));
        // "urged the government", "the central government", "the federal government": in Iraqi news, Iraq's.
        const word = demonym ? (demonym[1] ?? 'iraqi').trim().toLowerCase() : '';
        const country = demonym ? DEMONYMS[word === 'central' || word === 'federal' ? 'iraqi' : word] : undefined;
        // "called on Tehran to", "demanded that Ankara stop": a capital the reference lacks is its government.
        const capital = !demonym ? /^([A-Z][a-z]+)\b(?!['’])/.exec(text.slice(from - r.sentence.start)) : null;
        const gov = country ? ctx.lookup(country).find((e) => e.kind === 'Government') : capital && DEMONYMS[capital[1]!.toLowerCase()] && !ctx.lookup(capital[1]!).length ? ctx.finder.governmentFor(capital[1]!) : undefined;
        if (gov) ids.push(gov.id);
      }
      // "ordered the police and the army to", "praised the heroes of the air force": Iraq's forces, named by their common nouns.
      if (stance === 'CALL_FOR_ACTION' || stance === 'SUPPORT' || (!stance && pattern === cues.SUPPORT)) {
        // ('praised "the heroes of our air force ..."': the object may open a quotation.)
        const object = /^[^.;:"“”]*?(?=\bto\s+[a-z]|[.;:"“”]|$)/.exec(text.slice(from - r.sentence.start, from - r.sentence.start + 120).replace(/^["“]/, ''))![0];
        for (const f of matchesOf(object, GENERIC_FORCE)) {
          const force = ctx.lookup(GENERIC_FORCES[f[1]!.toLowerCase()]!).find((e) => e.kind === 'Force');
          if (force) ids.push(force.id);
        }
      }
    }
  }
  return [...new Set(ids)];
}

/**
 * What is praised of a body, up to the body's name: 'the courage and skill of the crews of the', '"the precision of the
 * strikes and the heroes of the', 'the high level of coordination with the'.
 */
const PRAISED_QUALITY = /^["“]?(?:(?:the|its|their|his|her|our)\s+)?(?:(?!(?:on|against|targeting|in|at|near|over|for|to|by|from|who|which|that|with)\b)[a-z][\w-]*\s+){1,12}?(?:of|(?:coordination|cooperation|partnership)\s+with)\s+(?:the\s+)?$/;

/** Iraq's forces by their common nouns ("the security forces", "our brave air force", "the provincial police"). */
const GENERIC_FORCE = /\b(?:the|our)\s+(?:(?:[a-z][\w-]*|Iraqi)\s+){0,4}?(air force|security forces|security services|armed forces|army|police)\b/g;
const GENERIC_FORCES: Record<string, string> = {
  'air force': 'Iraqi Air Force', 'security forces': 'Iraqi Security Forces', 'security services': 'Iraqi Security Forces', 'armed forces': 'Iraqi Security Forces', army: 'Iraqi Army', police: 'Iraqi Police',
};

/** When it was said: a date right after the speech verb ("said on Tuesday"), else publication. */
function spokenOn(r: SentenceReading, published: string): string {
  const text = r.sentence.text;
  const d = r.dates.find(
    (x) =>
      x.precision === 'DAY' &&
      daysBetween(x.date, published) <= 7 &&
      /\b(?:said|says|stated|announced|added|condemned|denounced|expressed|offered|called|urged|claimed|denied|wrote|posted|told \w+|statement)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(text.slice(Math.max(0, x.index - 40), x.index)),
  );
  return d?.date ?? published;
}

/** The publisher speaks in its own statement ("We condemn ...") when it is a government body. */
function publisherSpeaker(ctx: ArticleContext, publisher: string | undefined): string | null {
  if (!publisher) return null;
  const e = ctx.entry(publisher);
  if (!e || e.kind === 'Place') return null;
  if (e.kind === 'Organization' && (e.organizationType === 'MEDIA' || !e.organizationType)) return null;
  return e.id;
}

/**
 * '"They came at night. Our men opened fire first. One of them stayed behind," Karim said.': a sentence with no
 * quotation mark of its own, inside a quotation opened in an earlier sentence of its paragraph and not yet closed, is
 * quoted all the same.
 */
function runningQuotes(readings: SentenceReading[]): SentenceReading[] {
  let open = false;
  return readings.map((r, i) => {
    const text = r.sentence.text;
    if (i > 0 && readings[i - 1]!.sentence.paragraph !== r.sentence.paragraph) open = false;
    const marks = (text.match(/["“”]/g) ?? []).length;
    if (!marks) return open && text.trim().length ? { ...r, quotes: [{ start: 0, end: text.length, text: text.trim() }] } : r;
    // (An odd mark out that opens a quotation running past the sentence's end.)
    open = marks % 2 === 1 && (r.quotes.at(-1)?.end ?? 0) >= text.length && !/["”]\s*$/.test(text);
    return r;
  });
}

export function readStatements(given: SentenceReading[], incidents: Incident[], ctx: ArticleContext, publisher?: string): { statements: DraftStatement[]; claims: Claim[] } {
  const readings = runningQuotes(given);
  const statements: DraftStatement[] = [];
  const claims: Claim[] = [];
  let previous: string | null = null;
  /** The speaker whose statement the text is quoting ("... released the following statement:"). */
  let carried: string | null = null;
  let carriedParagraph = -1;
  /** The quotation marks since the statement opened: odd while the quoted statement runs on. */
  let statementMarks = 0;
  const own = publisherSpeaker(ctx, publisher);
  /** The incidents each speaker spoke about last, and in which sentence. */
  const spoke = new Map<string, { about: number[]; sentence: number }>();
  /** Who spoke in the sentence before (named there, or carried into it). */
  let lastSpeaker: string | null = null;
  for (const [i, read] of readings.entries()) {
    const text = read.sentence.text;
    const marks = (text.match(/["“”]/g) ?? []).length;
    // (A statement quoted whole runs on until its quotation closes, however many paragraphs it has.)
    if (carried && read.sentence.paragraph > carriedParagraph + 3 && !(statementMarks % 2 === 1)) carried = null;
    // 'The Cell released the following statement: "... The Commander-in-Chief, Prime Minister X, praised ..."': in the
    // statement quoted whole, the quotation marks are the statement's, and the names in it speak as in any text.
    const whole: boolean = Boolean(carried) && read.sentence.paragraph > carriedParagraph && read.quotes.length === 1 && read.quotes[0]!.start <= 1 && read.quotes[0]!.end >= text.trimEnd().length - 1;
    const r: SentenceReading = whole ? { ...read, quotes: [] } : read;
    const outside = outsideQuotes(text, r.quotes);
    // ("..., according to a statement from the group, which condemned ...": the issuer of the statement reported speaks.)
    const said = sentenceSpeakers(r, outside, ctx);
    const issuerNamed = said.length ? null : statementIssuer(readings, i, outside, ctx);
    const explicit = issuerNamed ? [issuerNamed] : said;
    const stances = [...stanceCuesIn(text)];
    // "Turkish jets struck positions of the PKK ..., Turkey's defence ministry said": a security body telling
    // what its own side did in the incident this sentence reports claims it.
    const ownSide = explicit.length && !stances.some((x) => x.stance === 'CLAIM_OF_RESPONSIBILITY') ? ownSideReport(r, outside, explicit[0]!, incidents, ctx, false, explicit[0] === own) : null;
    // "The Security Media Cell released the following statement: Iraqi F-16s struck a hideout ...": in the statement
    // a security body issues, what its own side did in the incident a sentence reports is its claim, said or not.
    const issued = !ownSide && !explicit.length && carried && r.sentence.paragraph > carriedParagraph && !stances.some((x) => x.stance === 'CLAIM_OF_RESPONSIBILITY') ? ownSideReport(r, outside, carried, incidents, ctx, true) : null;
    if (ownSide ?? issued) stances.push({ stance: 'CLAIM_OF_RESPONSIBILITY', m: (ownSide ?? issued)! });
    // (Each cue regex below runs only where the sentence holds a word it cannot match without: a cheap gate, most sentences have none.)
    const lower = text.toLowerCase();
    const holds = (...words: string[]) => words.some((w) => lower.includes(w));
    const obliged = stances.some((x) => x.stance === 'CALL_FOR_ACTION') || !holds('must', 'should', 'ought', 'has to', 'have to', 'need to', 'needs to') ? null : obligationSaid(r, ctx);
    if (obliged) stances.push({ stance: 'CALL_FOR_ACTION', m: obliged });
    // 'called the assault "a disgraceful attack on a national party"', 'described the bombing as "an attempt to sow discord"':
    // an attack characterised in the speaker's quoted words is condemned (not an operation, "a model of cooperation").
    const characterised = stances.some((x) => x.stance === 'CONDEMNATION') || !holds('call', 'describ', 'term', 'brand', 'label') ? null : CHARACTERISED.exec(text);
    if (characterised && !PRAISING_WORDS.test(text.slice(characterised.index + characterised[0].length, characterised.index + characterised[0].length + 40))) stances.push({ stance: 'CONDEMNATION', m: characterised });
    // Cues the lexicon leaves out, each where the sentence has no cue of that stance already.
    const has = (stance: Stance) => stances.some((x) => x.stance === stance);
    const shoulder = has('SOLIDARITY') || !holds('shoulder', 'side') ? null : SHOULDER_TO_SHOULDER.exec(text);
    const ordered = has('CALL_FOR_ACTION') || !holds('committee', 'commission', 'investigation', 'inquiry', 'probe', 'panel', 'team') ? null : ORDERED_BODY.exec(text);
    const placed = has('CALL_FOR_ACTION') || ordered || !holds('deployed', 'stationed', 'based', 'operating', 'positioned', 'serving', 'present') ? null : ORDERED_PLACED.exec(text);
    const held = has('CLAIM_OF_RESPONSIBILITY') || has('DENIAL') || !r.quotes.length || !holds('liberated', 'freed', 'retaken', 'recaptured', 'our hands') ? null : GROUND_HELD.exec(text);
    const groundHeld = held && inQuote(r.quotes, held.index, held.index + held[0].length) ? held : null;
    const ownMen = has('CLAIM_OF_RESPONSIBILITY') || has('DENIAL') || !holds('its', 'their') ? null : OWN_MEN_DID.exec(text);
    const extra: [Stance, RegExpExecArray | null][] = [
      ['SOLIDARITY', shoulder],
      ['CALL_FOR_ACTION', ordered],
      ['CALL_FOR_ACTION', placed],
      ['CALL_FOR_ACTION', has('CALL_FOR_ACTION') || ordered || placed || !holds('want') ? null : WE_WANT.exec(text)],
      ['CONCERN', has('CONCERN') || !holds('danger', 'alarming', 'worr', 'troubling', 'grave', 'peril') ? null : CALLED_DANGEROUS.exec(text)],
      ['SUPPORT', has('SUPPORT') || !holds('congratulat') ? null : CONGRATULATED_FORCES.exec(text)],
      // (A lexicon cue inside what is welcomed, "the air support", gives way to the welcome.)
      ['SUPPORT', stances.some((x) => x.stance === 'SUPPORT' && /^welcom/i.test(x.m[0])) || !holds('welcom') ? null : WELCOMED.exec(text)],
      ['OTHER', has('OTHER') || !holds('accus') ? null : ACCUSED_OF_INCIDENT.exec(text)],
      // '"The terrorists wanted to spread chaos, and they will not succeed," X said': the doers called terrorists and defied, in the speaker's words.
      ['CONDEMNATION', has('CONDEMNATION') || !holds('terrorist') ? null : TERRORISTS_DEFIED.exec(text)],
      ['CLAIM_OF_RESPONSIBILITY', ownMen],
      ['CLAIM_OF_RESPONSIBILITY', ownMen ? null : groundHeld],
      ['CLAIM_OF_RESPONSIBILITY', has('CLAIM_OF_RESPONSIBILITY') || !holds('claim') ? null : CLAIMED_NAMED.exec(text)],
      ['DENIAL', has('DENIAL') || !holds('connection', 'link', 'involvement', 'role', 'part', 'hand', 'relation') ? null : OWN_MEN_UNLINKED.exec(text)],
    ];
    for (const [stance, m] of extra) if (m) stances.push({ stance, m });
    // "stressed that there is no legal justification for terrifying civilians": an act said to have no justification is condemned.
    const unjustified = stances.some((x) => x.stance === 'CONDEMNATION') || !holds('justif', 'right') ? null : NO_JUSTIFICATION.exec(text);
    if (unjustified && (speechVerbs(outside).length > 0 || inQuote(r.quotes, unjustified.index, unjustified.index + 1))) stances.push({ stance: 'CONDEMNATION', m: unjustified });
    // '"These are crimes against humanity that will not go unpunished," the governor said': a crime to be punished is condemned, in
    // the speaker's words (a verb of saying before it, or a quotation).
    const unpunished = stances.some((x) => x.stance === 'CONDEMNATION') || !holds('unpunished', 'escape') ? null : GOES_UNPUNISHED.exec(text);
    if (unpunished && (speechVerbs(outside.slice(0, unpunished.index)).length > 0 || inQuote(r.quotes, unpunished.index, unpunished.index + 1))) stances.push({ stance: 'CONDEMNATION', m: unpunished });
    // 'Daesh "is using the people of Mosul as a shield," the prime minister said': the doers charged with shielding themselves behind
    // civilians, in the speaker's words, are condemned.
    const shielded = stances.some((x) => x.stance === 'CONDEMNATION') || !holds('shield') ? null : HUMAN_SHIELDS.exec(text);
    if (shielded && (speechVerbs(outside.slice(0, shielded.index)).length > 0 || inQuote(r.quotes, shielded.index, shielded.index + 1))) stances.push({ stance: 'CONDEMNATION', m: shielded });
    // 'said such acts "target the security of Iraq"', "the strikes undermine the stability of the region": an act said to strike at a
    // good the people share is condemned, in the speaker's words (a verb of saying before it, or a quotation).
    const harms = !stances.some((x) => x.stance === 'CONDEMNATION') && holds('security', 'stabili', 'livelihood', 'unity', 'peace', 'coexistence', 'sovereignty', 'safety', 'prestige') ? HARMS_COMMON_GOOD.exec(text) : null;
    if (harms && (speechVerbs(outside.slice(0, harms.index)).length > 0 || inQuote(r.quotes, harms.index, harms.index + 1))) stances.push({ stance: 'CONDEMNATION', m: harms });
    const danger = stances.some((x) => x.stance === 'CONCERN') ? null : insecurityVoiced(r, outside, stances);
    if (danger) stances.push({ stance: 'CONCERN', m: danger });
    // 'adding: "Our thoughts are with the families. Germany stands by the Peshmerga."': a sentence that opens
    // inside a quotation begun in the sentence before goes on with that sentence's speaker.
    const continuesQuote = r.quotes[0]?.start === 0 && !/^["“”]/.test(text) && i > 0 && (readings[i - 1]!.quotes.at(-1)?.end ?? 0) >= readings[i - 1]!.sentence.text.length && readings[i - 1]!.sentence.paragraph === r.sentence.paragraph;
    // ("These cowardly acts ...", "This heinous crime ...": a subject pointing back at the incident goes on in the words of the speaker before.)
    const pronoun = PRONOUN_START.test(text) || /^["“]/.test(text) || CARRY_ATTRIBUTION.test(text) || POINTS_BACK_PLURAL.test(text);
    const firstPerson = /^(?:["“]\s*)?(?:We|I|Our|My)\b/.test(text) || (holds('we ', 'our ') && /\b(?:we|our) (?:condemn|express|offer|extend|stand|call|urge|reiterate|reaffirm)/i.test(text));
    let fallback: string | null = explicit[0] ?? null;
    let anaphorAt = false;
    // '"They came at night. We opened fire," said Brigadier X': a quotation that runs on into the next sentences
    // is the words of the speaker named where it closes.
    const ahead = !fallback && /^["“]/.test(text) && (r.quotes.at(-1)?.end ?? 0) >= text.length ? quotedAhead(readings, i, ctx) : null;
    if (ahead?.speaker) fallback = ahead.speaker;
    // ... and '"We live in fear. ...," one villager said' is the words of someone unnamed, not of the speaker before.
    if (!fallback && !ahead?.unnamed) {
      const anaphor = anaphorSpeaker(readings, i, ctx, previous);
      anaphorAt = Boolean(anaphor);
      const quoting: string | null = continuesQuote ? (lastSpeaker ?? leadingSubject(readings[i - 1]!, ctx)) : null;
      if (anaphor) fallback = anaphor;
      else if (quoting) fallback = quoting;
      else if (carried) fallback = carried;
      else if ((pronoun || TRAILING_ATTRIBUTION.test(outside)) && previous) fallback = previous;
      else if (firstPerson) fallback = previous ?? own;
      else if (own && !SAY_VERBS.test(outside) && stances.length) fallback = own;
    }
    // "In response, Turkish jets bombed ..., it added": the same, told by the body the sentence refers back to.
    // ("Troops of the 20th Division arrested ..., the division said in a statement": the doer the noun names.)
    const trailing = TRAILING_ATTRIBUTION.exec(outside);
    const referredTo = fallback && (anaphorAt || pronoun) ? fallback : trailing ? (trailing[1] ? doerNamed(trailing[1], r, incidents, ctx) : null) ?? previous : null;
    const told = !explicit.length && !ownSide && !issued && referredTo && !stances.some((x) => x.stance === 'CLAIM_OF_RESPONSIBILITY') ? ownSideReport(r, outside, referredTo, incidents, ctx) : null;
    if (told) stances.push({ stance: 'CLAIM_OF_RESPONSIBILITY', m: told });
    if (stances.length) {
      if (!fallback && !explicit.length) ctx.warnings.push(`statement without a speaker: ${text.slice(0, 80)}`);
      const verbs = speechVerbs(outside);
      const named = { evidence: false };
      const about = incidentsReferredTo(r, incidents, ctx, explicit, null, named);
      const quote = [...r.quotes].sort((p, q) => q.text.length - p.text.length)[0]?.text ?? (carried ? text : null);
      const date = spokenOn(r, ctx.published);
      const sharedToward = towardOf(r, ctx, null);
      for (const { stance, m } of stances) {
        // "Daesh has not claimed responsibility", "has yet to claim it", "never condemned": a stance denied by the
        // sentence itself is not taken ("not only condemned ... but" is).
        if (NEGATED_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) || HYPOTHETICAL_CUE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        if (stance === 'SUPPORT' && stances.some((x) => x.stance === 'CLAIM_OF_RESPONSIBILITY')) continue;
        // ("The Commander-in-Chief has directed the formation of a committee" in a body's statement: the one who ordered it, not the publisher, when the text names nobody.)
        if (m === ordered && !explicit.length && !anaphorAt && !pronoun && !leadingSubject(r, ctx)) continue;
        // "they had been ordered to attack", "were instructed to leave": an order someone received is no call of the speaker's.
        if (stance === 'CALL_FOR_ACTION' && /^(?:order|instruct|direct|told)/i.test(m[0]) && /\b(?:been|was|were|being|is|are|got|get)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        // "The whole village is in mourning": a state the people are in, no condolence of the speaker's.
        if (stance === 'CONDOLENCE' && /^mourning$/i.test(m[0]) && /\b(?:is|are|was|were|remains?|remained|been)\s+(?:still\s+)?in\s+(?:deep\s+)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
        // "declared three days of national mourning": a day of mourning decreed is a measure, no condolence.
        if (stance === 'CONDOLENCE' && /^mourning$/i.test(m[0]) && /\bdays?\s+of\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // "warned that he would leave his post if ...": a warning of what the speaker will do is a threat, no concern.
        if (stance === 'CONCERN' && /^warn/i.test(m[0]) && /^warn\w*\s+that\s+(?:he|she|it|we|I)\s+(?:would|will|might|could)\b/i.test(text.slice(m.index))) continue;
        // "to resolve its concerns through dialogue", "address the security concerns of": concerns someone is asked to settle are not the speaker's.
        if (stance === 'CONCERN' && /^concerns?\b/i.test(m[0]) && SETTLED_CONCERNS.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
        // "rejected Tehran's claim that it had hit a spy centre": a claim told only to be rejected is no statement here.
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && stances.some((x) => x.stance === 'DENIAL' && x.m.index < m.index) && /\bclaims?\s+that\b/i.test(text.slice(0, m.index))) continue;
        // "denied that it had carried out the strike": what is denied is no claim.
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && stances.some((x) => x.stance === 'DENIAL' && x.m.index < m.index && /^den\w+\s+(?:that\s+|having\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(x.m.index, m.index)))) continue;
        // ... and so is one after a complement of the denial ("denied in a written reply to the group on May 6 that any of its units had").
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && stances.some((x) => x.stance === 'DENIAL' && x.m.index < m.index && DENIED_THAT.test(text.slice(x.m.index, m.index)))) continue;
        // "Iran's Revolutionary Guard has said it targeted ...": a claim told as background, not one made now.
        // ("ISIS has claimed responsibility" is the claim itself.)
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && /\b(?:has|have) (?:long |repeatedly |previously |already )?(?:(?:said|insisted|maintained)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3})?$/i.test(text.slice(Math.max(0, m.index - 60), m.index)) && !/^claim/i.test(m[0])) continue;
        // "Turkey considers the YBS a PKK offshoot, and its drones have struck the district repeatedly": what a side's forces
        // did, told by the writer (no verb of saying, no source, no quotation), is no claim of anyone's.
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && /^(?:its|their)\b/i.test(m[0]) && !verbs.length && !/\baccording to\b/i.test(text) && !inQuote(r.quotes, m.index, m.index + 1) && !carried) continue;
        // "called on the international community to stand by Iraq": what the call asks for, not the speaker's own stance.
        if ((stance === 'SOLIDARITY' || stance === 'SUPPORT') && /\b(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|ask(?:ed|s)|appeal(?:ed|s)? to|invit(?:ed|es))\b[^.;]{0,80}\bto\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
        // "the international community must stand by Iraq", "Arab states should support Baghdad": what another is said to be
        // bound to do is a call on them (read as one above), not the speaker's own solidarity ("we must stand by" is).
        if ((stance === 'SOLIDARITY' || stance === 'SUPPORT') && /\b(?:must|should|ought to|needs? to|has to|have to)\s+(?:(?:also|now|continue to|always)\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/\b(?:we|i|us|all of us)\s+(?:\w+\s+)?(?:must|should|ought to|need to|have to)\s+(?:(?:also|now|continue to|always)\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "providing logistical support to ISIS cells", "had supplied military support to the militants": aid others gave, a deed the
        // sentence tells, not a stance anyone takes ("We are providing support to the Peshmerga" is the speaker's own).
        if (stance === 'SUPPORT' && /^support/i.test(m[0]) && AID_GIVEN.test(text.slice(Math.max(0, m.index - 50), m.index)) && !/\b(?:[Ww]e|I)\s+(?:[\w'’-]+\s+){0,3}$/.test(text.slice(Math.max(0, m.index - 80), m.index).replace(AID_GIVEN, ''))) continue;
        // "a fisherman standing by the water": standing by or with someone is solidarity, standing by a thing is not.
        if (stance === 'SOLIDARITY' && /^(?:stand|stood)/i.test(m[0]) && m !== shoulder && !standsWithSomeone(r, ctx, m.index + m[0].length)) continue;
        // "held a sit-in ... to demand compensation", "returned to the base to support the offensive": the purpose of
        // an action, not something said, when no verb of saying comes before it.
        if ((stance === 'CALL_FOR_ACTION' || stance === 'SUPPORT') && /\bto\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\b(?:continues?|continued|continuing|ready|committed|determined|wants?|wish(?:es)?|intends?|pledged?|remains?|going|able|willing|prepared|resolved|seeks?|hopes?|aims?)\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) && !verbs.some((v) => v < m.index - 1) && !inQuote(r.quotes, m.index, m.index + 1)) continue;
        // The speaker of this cue: the subject of the nearest verb at or before it, else the sentence's.
        const verbAt = [...verbs].reverse().find((v) => v <= m.index + 2) ?? m.index;
        // ", stressing their solidarity": a participle after a comma shares the main clause's subject.
        const participle = /^\w+ing\b/.test(outside.slice(verbAt)) && /,\s*$/.test(outside.slice(0, verbAt));
        const previousVerb = participle ? [...verbs].reverse().find((v) => v < verbAt - 2) : undefined;
        const governing = previousVerb !== undefined ? speakersAt(r, outside, previousVerb, ctx) : [];
        // ("to accept the kidnappers' demands" with no verb of saying before it: a cue told as a noun has no subject of its own.)
        let cueSpeakers = participle ? (governing.length ? governing : explicit) : verbAt === m.index && nounUse(outside, m.index) ? [] : speakersAt(r, outside, verbAt, ctx);
        // "Iraqi officials blamed Turkish artillery; Ankara denies any role": a cue whose own subject is anonymous is
        // nobody's statement, not that of a speaker of another clause.
        if (!participle && verbAt < m.index + 3 && !cueSpeakers.length && anonymousAt(outside, verbAt) && explicit.length) continue;
        // "spokesman Matthew Miller said the United States strongly condemned": the person who said it speaks (for the body).
        const reporting = matchesOf(outside, REPORTED_SPEECH).map((x) => (x.index ?? 0)).filter((at) => at < verbAt).at(-1);
        if (reporting !== undefined && cueSpeakers.length && cueSpeakers.every((id) => ctx.entry(id)?.kind !== 'Person')) {
          // ... and so does a body of the government it names ("France's Foreign Ministry ... said France stood").
          const reporters = speakersAt(r, outside, reporting, ctx).filter((id) => ctx.entry(id)?.kind === 'Person' || cueSpeakers.every((c) => withinBody(ctx, id, c)));
          if (reporters.length && /^\w+\s+(?:that\s+)?(?:the\s+)?[^,;.]{0,60}$/.test(outside.slice(reporting, verbAt))) cueSpeakers = reporters;
        }
        // "He reaffirmed that the United Nations stands with the people of Iraq": the person a pronoun subject stands for
        // tells what the body stands for, and speaks.
        const reported = cueSpeakers.length && cueSpeakers.every((id) => ctx.entry(id)?.kind !== 'Person') ? PRONOUN_REPORTS.exec(outside) : null;
        const reporter = reported && reported[0].length <= verbAt && /^[^,;.]{0,60}$/.test(outside.slice(reported[0].length, verbAt)) ? anaphorSpeaker(readings, i, ctx, previous) : null;
        if (reporter && ctx.entry(reporter)?.kind === 'Person') cueSpeakers = [reporter];
        // "according to a ministry statement that blamed ISIS": the statement's issuer speaks, and when the text
        // names none the cue has no speaker (not the sentence's subject, the officer killed).
        if (!cueSpeakers.length && /\b(?:statement|communiqu[eé]|post|report|message|tweet)\s+(?:that|which)\s+(?:also\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        const lead = !cueSpeakers.length && !explicit.length ? leadingSubject(r, ctx) : null;
        const referred = !explicit.length && fallback && (anaphorAt || carried) ? fallback : null;
        let speakers = cueSpeakers.length ? cueSpeakers : explicit.length ? explicit : referred ? [referred] : lead ? [lead] : fallback ? [fallback] : [];
        // ("the kidnappers will not escape punishment," the operations command said: the force that will do the punishing vows
        // to catch them, a pursuit it announces more than a condemnation.)
        if (m === unpunished && speakers.some((id) => securityBody(ctx, ctx.entry(id)?.kind === 'Person' ? (ctx.finder.discovered.get(id)?.office?.of ?? ctx.entry(id)?.office?.of ?? id) : id))) continue;
        // "These cowardly attacks show once again that ISIS, which has claimed them, ...": a cue in a subject pointing back at
        // the incidents, before any verb of saying, is the words of the speaker before, not of a name in the clauses after it.
        if (!cueSpeakers.length && previous && !verbs.some((v) => v <= m.index + 2) && (POINTS_BACK.test(text) || POINTS_BACK_PLURAL.test(text)) && m.index < 40) speakers = [previous];
        // 'The U.S. Embassy released the following statement: "The United States condemns ..."': the body
        // that issues the statement speaks for the government it names inside it.
        const quoteAt = r.quotes.find((q) => m.index >= q.start && m.index < q.end);
        const opener = quoteAt && OPENS_STATEMENT.test(text.slice(0, quoteAt.start + 1)) ? speakersAt(r, outside, Math.max(0, quoteAt.start - 1), ctx)[0] : undefined;
        // ... and so it does in the paragraphs after "released the following statement:", quoted or not.
        const issuer = opener ?? (quoteAt || /^["“]/.test(text) || (carried && r.sentence.paragraph > carriedParagraph) ? carried : null);
        if (issuer && speakers.length && speakers.every((id) => id !== issuer && withinBody(ctx, issuer, id))) speakers = [issuer];
        // "The United States will continue to stand with ...", "Türkiye will continue to support ..." in the embassy's or
        // the ministry's own statement (outside any quotation), once it has spoken in its own name ("We condemn", "The
        // Embassy condemns"): the publisher speaks for the government it serves. (A statement in the government's name
        // throughout, "France condemns ... France extends ...", is the government's.)
        else if (!issuer && own && !quoteAt && speakers.length && statements.some((s) => s.speaker === own) && speakers.every((id) => id !== own && ctx.entry(id)?.kind === 'Government' && withinBody(ctx, own, id))) speakers = [own];
        // "France's Foreign Ministry condemned the shelling and said France stood in solidarity": a ministry
        // that names its own government speaks for it; the statement is the ministry's.
        const body = explicit.find((id) => ['Organization', 'Force'].includes(ctx.entry(id)?.kind ?? ''));
        if (!issuer && body && speakers.some((id) => ctx.entry(id)?.kind === 'Government' && withinBody(ctx, body, id))) {
          speakers = [...new Set(speakers.map((id) => (ctx.entry(id)?.kind === 'Government' && withinBody(ctx, body, id) ? body : id)))];
        }
        // "... were neutralised in an air operation carried out by our heroic aviators": the issuer claims, not the subject.
        if (stance === 'CLAIM_OF_RESPONSIBILITY' && own && /\bby our\b/i.test(m[0]) && !inQuote(r.quotes, m.index, m.index + m[0].length)) speakers = [own];
        if (m === told) speakers = [referredTo!];
        const branched = speakers.map((id) => branchNamed(asPublisher(id, own, ctx), r, ctx));
        // ... the bare "Ground Forces" the capitals left behind is that branch, not a force of its own.
        speakers = [...new Set(branched.filter((id) => ctx.gazetteer.get(id) || !/^(?:ground|air|naval|aerospace) forces?$/i.test(ctx.entry(id)?.name ?? '') || !branched.some((b) => b !== id && ctx.gazetteer.get(b)?.kind === 'Force')))];
        // "condemned the Turkish aggression", "accused Turkish forces of a flagrant violation": a condemnation is toward the state it names as the doer.
        const towardIds = stance === 'CONDEMNATION' ? [...new Set(rolesNamed(r, ctx).perpetrators.map((id) => topGovernment(id, ctx)).filter((id) => ctx.entry(id)?.kind === 'Government'))] : towardOf(r, ctx, stance);
        for (const speaker of speakers) {
          let toward = (towardIds.length ? towardIds : stance === 'SOLIDARITY' || stance === 'SUPPORT' ? sharedToward : []).filter((id) => id !== speaker);
          if (stance === 'SOLIDARITY' && !toward.length) toward = defaultSolidarity(incidents, about[0] ?? null, ctx, speaker);
          // Solidarity or praise is about an incident when its sentence names one or reacts to it otherwise too
          // ("condemned the strike and expressed solidarity with", "praised the air force for the strikes").
          // Upholding the right to protest is about the protest told, toward no one.
          const protestRight = stance === 'SUPPORT' && RIGHT_TO_PROTEST.test(m[0]);
          const reacts = ABOUT_STANCES.includes(stance) || stance === 'OTHER' || protestRight || ((stance === 'SOLIDARITY' || stance === 'SUPPORT') && (stances.some((x) => ABOUT_STANCES.includes(x.stance)) || INCIDENT_NOUN.test(text)));
          // Praise reacts to what the praised did; support or solidarity a speaker adds after reacting to an
          // incident ("We stand with the Government of Iraq in its efforts" after the embassy's condemnation) is about it too.
          const praise = stance === 'SUPPORT' && /^(?:prais|commend|hail|laud|applaud|salut|congratulat)/i.test(m[0]);
          const earlier = stance === 'SOLIDARITY' || stance === 'SUPPORT' ? statements.find((s) => s.speaker === speaker && ABOUT_STANCES.includes(s.stance) && s.about.length)?.about : undefined;
          const ownNamed = { evidence: named.evidence };
          const own = stance === 'CLAIM_OF_RESPONSIBILITY' || stance === 'DENIAL' ? incidentsReferredTo(r, incidents, ctx, [...new Set([...explicit, speaker])], stance, ownNamed) : about;
          // 'He added that ...', the next sentence of a statement: when nothing in it names an incident, it goes on about the speaker's last one.
          // ("This cowardly attack, which comes days after rockets wounded ...": a subject that points back with "this" is the
          // incident the speaker spoke of, whatever else its clauses tell.)
          const going = (!ownNamed.evidence || POINTS_BACK.test(text)) && incidents.length > 1 ? spoke.get(speaker) : undefined;
          const aboutIncident = reacts || praise ? (going && going.sentence >= r.sentence.index - 3 ? going.about : own) : (earlier ?? []);
          if (stance === 'SUPPORT' && !toward.length && !protestRight && !/^(?:prais|commend|thank|hail|laud|applaud|salut|cooperation|congratulat|welcom)/i.test(m[0])) continue;
          if (stance === 'CALL_FOR_ACTION' && !aboutIncident.length && !toward.length && !quote) continue;
          if (stance === 'CONCERN' && !aboutIncident.length && !quote) continue;
          // (A call in a sentence of its own is another call: "UNAMI calls for an investigation. ... UNAMI urges all parties to halt".)
          if (statements.some((s) => s.speaker === speaker && s.stance === stance && s.about.join() === aboutIncident.join() && s.toward.join() === toward.join() && !(stance === 'CALL_FOR_ACTION' && s.sentence !== text))) continue;
          // 'praised the coalition for what he called "timely support"': a second cue of the same support in its sentence is the same statement.
          const same = stance === 'SUPPORT' || stance === 'SOLIDARITY' ? statements.find((s) => s.speaker === speaker && s.stance === stance && s.sentence === text && s.toward.join() === toward.join()) : undefined;
          if (same) {
            same.about = [...new Set([...same.about, ...aboutIncident])];
            continue;
          }
          // A speaker's second condemnation of the same incident is the same statement, whom it names the doer or not.
          // ... and so is one of "such attacks" or "these attacks", the incident it condemned and one told since: one statement about both.
          const widened = (s: { about: number[] }) => PLURAL_REFERENCE.test(text) && s.about.length > 0 && s.about.every((a) => aboutIncident.includes(a));
          const again = stance === 'CONDEMNATION' ? statements.find((s) => s.speaker === speaker && s.stance === stance && (s.about.join() === aboutIncident.join() || widened(s))) : undefined;
          if (again) {
            again.toward = [...new Set([...again.toward, ...toward])];
            again.about = [...new Set([...again.about, ...aboutIncident])];
            continue;
          }
          // A body's claims of its operations over the article are one claim about them all.
          const claimed = stance === 'CLAIM_OF_RESPONSIBILITY' && aboutIncident.length ? statements.find((s) => s.speaker === speaker && s.stance === stance && s.about.length && !s.toward.length && !toward.length) : undefined;
          if (claimed) claimed.about = [...new Set([...claimed.about, ...aboutIncident])];
          else statements.push({ speaker, stance, about: aboutIncident, toward, quote, sentence: text, date, confidence: explicit.length ? 0.85 : 0.7 });
          if (aboutIncident.length) spoke.set(speaker, { about: aboutIncident, sentence: r.sentence.index });
          // (A body telling what its side did speaks for that side, which the incident names already: no perpetrator of its own.)
          // (Nor does a ministry speaking for a side the incident already names as its doer: the foreign ministry justifying its
          // army's strikes. A force of that side claiming it, the Guard for "Iranian forces", is the doer named more closely.)
          if (stance === 'CLAIM_OF_RESPONSIBILITY' && m !== ownSide && m !== issued && m !== told) {
            const spokesman = ctx.entry(speaker)?.kind === 'Organization' && ctx.entry(speaker)?.organizationType !== 'ARMED_GROUP';
            // (A command or a ministry telling what "its forces" did names the forces as the doers, not itself; and what its men
            // did makes them the doers only of an incident the sentence names, not of the article's first by default.)
            // (Nor does ground held make the speaker a doer: "our hands" are a side's, the speaker its voice.)
            if ((m === ownMen && (spokesman || !ownNamed.evidence)) || m === groundHeld) continue;
            for (const incident of aboutIncident) if (!(spokesman && [...incidents[incident]!.perpetrators.keys()].some((p) => akin(ctx, p, speaker)))) claims.push({ incident, actor: speaker, sentence: text });
          }
        }
      }
    }
    lastSpeaker = explicit[0] ?? (fallback && (pronoun || carried || continuesQuote) ? fallback : null);
    // The government the issuing body speaks for ("The United States condemns" in the embassy's statement) does not end the statement.
    const forIssuer = Boolean(carried && explicit.length && r.sentence.paragraph > carriedParagraph && explicit.every((id) => id === carried || withinBody(ctx, carried!, id)));
    if (forIssuer) previous = carried;
    else if (explicit.length) previous = explicit[0]!;
    else if (fallback && (pronoun || carried)) previous = fallback;
    statementMarks += marks;
    // ("Press Secretary X provided the following statement:" on the ministry's own site, no speaker read: the publisher's.)
    const opening: string | null = explicit[0] ?? previous ?? (OPENS_STATEMENT.test(text.trim()) && !carried && i < 3 ? own : null);
    if (OPENS_STATEMENT.test(text.trim()) && opening) {
      carried = opening;
      carriedParagraph = r.sentence.paragraph;
      statementMarks = (text.slice(text.lastIndexOf(':') + 1).match(/["“”]/g) ?? []).length;
    } else if (explicit.length && carried && !forIssuer && explicit[0] !== carried) carried = null;
  }
  return { statements, claims };
}

/** The speaker named where a quotation opened in sentence `at` closes, a few sentences on in its paragraph. */
/** '..., one villager said', 'said a resident': a speaker the text introduces without a name, nobody named before. */
const UNNAMED_SPEAKER = /^[\s,]*(?:(?:one|a|an|another)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:said|says|told|added)|(?:said|says|added)\s+(?:one|a|an|another)\s)/i;

/** The speaker named where a quotation that opens this sentence closes, and whether it is someone unnamed. */
function quotedAhead(readings: SentenceReading[], at: number, ctx: ArticleContext): { speaker: string | null; unnamed: boolean } | null {
  const paragraph = readings[at]!.sentence.paragraph;
  for (let j = at + 1; j < readings.length && j <= at + 4; j++) {
    const r = readings[j]!;
    if (r.sentence.paragraph !== paragraph || r.quotes[0]?.start !== 0) return null;
    if (r.quotes[0].end < r.sentence.text.length) {
      const outside = outsideQuotes(r.sentence.text, r.quotes);
      return { speaker: sentenceSpeakers(r, outside, ctx)[0] ?? null, unnamed: UNNAMED_SPEAKER.test(outside.slice(r.quotes[0].end)) };
    }
  }
  return null;
}

/**
 * '"Nobody is protecting them," Mustafa said, urging the army to ...': insecurity a speaker describes is concern
 * (beside the call) when it is quoted or reported, not narrated. Only before any other stance of the sentence
 * ("urged the army to close the gaps", "condemned the attack, which endangers civilians" give the gap or the danger
 * as the reason of the call or condemnation), or after them as a speech act of its own ("called on Baghdad to act and
 * said the strikes put civilians at risk"); never background ("have warned that"), a reiterated position ("stresses
 * once again that"), the gap a call asks to close or one it blames on someone.
 */
function insecurityVoiced(r: SentenceReading, outside: string, stances: { m: RegExpMatchArray }[]): RegExpExecArray | null {
  const text = r.sentence.text;
  const danger = INSECURITY.exec(text);
  if (!danger) return null;
  const before = text.slice(0, danger.index);
  const saidBefore = speechVerbs(outside).filter((v) => v < danger.index).at(-1);
  const saidAgain = saidBefore !== undefined && stances.every((x) => x.m.index! < saidBefore) && /\band\s+(?:also\s+)?$/i.test(outside.slice(Math.max(0, saidBefore - 10), saidBefore));
  if (!stances.every((x) => x.m.index! > danger.index) && !saidAgain) return null;
  if (!inQuote(r.quotes, danger.index, danger.index + danger[0].length) && saidBefore === undefined) return null;
  if (/\b(?:has|have|had) (?:long |repeatedly |often )?(?:warned|said)\b|\b(?:stress(?:es|ed)?|reiterat(?:es|ed)|repeat(?:s|ed)) (?:once )?again\b/i.test(before)) return null;
  if (/\b(?:fill(?:ing)?|clos(?:e|ing)|end(?:ing)?|address(?:ing)?|plug(?:ging)?|bridg(?:e|ing)|responsible for)\s+(?:the\s+|this\s+)?$/i.test(before)) return null;
  if (/^[^.;,]{0,20}?\b(?:must|should|needs? to|has to) be (?:filled|closed|ended|addressed|plugged|bridged)\b/i.test(text.slice(danger.index + danger[0].length))) return null;
  return danger;
}

/**
 * "condemned the bombing and said the federal government should hand over ...", 'said that the PKK "must take its fight
 * elsewhere"': what a named actor must or should do, in the speaker's reported words, is a call on it. (Not what must be
 * true, "the attackers must have come from ...", nor a forecast, "the toll should rise".)
 */
export const OBLIGATION = /\b(?:said|says|added|stressed|insisted|stated|declared|affirmed)\s+(?:(?:in|on)\s+(?:[\w'’-]+\s+){1,5}?)?(?:that\s+)?((?:the\s+)?(?:[\w'’-]+\s+){1,5}?)["“]?(?:must|should|ought to)\s+(?!(?:not\s+)?(?:have|be|rise|increase|climb|grow|go up|continue to rise)\b)(?:[a-z]+)\b/g;
const OBLIGED_BODY = /\b(?:government|authorities|forces|police|army|parties|sides|side|leaders|leadership|politicians|militias|groups?|community|coalition|council|ministry|command)\s+$/i;
function obligationSaid(r: SentenceReading, ctx: ArticleContext): RegExpExecArray | null {
  const text = r.sentence.text;
  OBLIGATION.lastIndex = 0;
  for (const m of matchesOf(text, OBLIGATION)) {
    const from = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    if (/[,;]/.test(m[1]!)) continue;
    const actor = r.mentions.some((x) => {
      const { start, end } = localSpan(r, x);
      return start >= from && end <= to && Boolean(pick(x, 'actor') ?? ctx.governmentOfMention(x));
    });
    if (actor || OBLIGED_BODY.test(m[1]!)) return m as RegExpExecArray;
  }
  // '"Baghdad and Erbil must keep this war away from our houses"': in the speaker's quoted words, what a named actor or
  // body must do is a call on it too.
  for (const q of r.quotes) {
    for (const m of matchesOf(text.slice(q.start, q.end), QUOTED_OBLIGATION)) {
      const from = q.start + (m.index ?? 0);
      const to = from + m[1]!.length;
      if (/[,;]/.test(m[1]!)) continue;
      const actor = r.mentions.some((x) => {
        const { start, end } = localSpan(r, x);
        return start >= from && end <= to && Boolean(pick(x, 'actor') ?? ctx.governmentOfMention(x));
      });
      if (actor || OBLIGED_BODY.test(m[1]!)) return Object.assign([...m] as unknown as RegExpExecArray, { index: from, input: text });
    }
  }
  return null;
}
/** A subject of a few words and "must"/"should"/"has to" with a verb of doing (not "must have", "should be"). */
const QUOTED_OBLIGATION = /((?:the\s+)?(?:[\w'’-]+\s+){1,4}?)(?:must|should|ought to|has to|have to|needs? to)\s+(?!(?:not\s+)?(?:have|be|rise|increase|climb|grow|go up|continue to rise)\b)[a-z]+\b/g;

/** Whether "stand by/with" at `from` (an offset in the sentence) is followed by an actor, a country or people. */
function standsWithSomeone(r: SentenceReading, ctx: ArticleContext, from: number): boolean {
  const after = r.sentence.text.slice(from);
  if (/^\s*(?:the\s+|our\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:people|peoples|families|victims|government|governments|nation|country|state|authorities|partners|allies|friends|brothers|sisters|citizens|residents|community|communities|you|them|us|him|her)\b/i.test(after)) return true;
  const at = r.sentence.start + from;
  return r.mentions.some((x) => x.start >= at && x.start - at < 30 && Boolean(pick(x, 'actor') ?? ctx.governmentOfMention(x)));
}

/**
 * The subject a sentence opens with ("Kirkuk's acting governor, Rakan al-Jabouri, visited ... and
 * called on ..."): a person in the opening apposition, else an actor that starts the sentence.
 */
function leadingSubject(r: SentenceReading, ctx: ArticleContext): string | null {
  const text = r.sentence.text;
  const intro = /^(?:\d{1,2}:\d{2}\s*[–-]\s*)?(?:(?:In a statement|On \w+day|Later(?: on \w+day)?|Earlier(?: on \w+day)?|Meanwhile|For (?:its|his|her) part),\s+)?/.exec(text)?.[0].length ?? 0;
  for (const m of r.mentions) {
    const start = m.start - r.sentence.start;
    if (start < intro || inQuote(r.quotes, start, m.end - r.sentence.start)) continue;
    if (start > intro + 80) break;
    const e = pick(m, 'actor') ?? ctx.governmentOfMention(m);
    if (!e || e.kind === 'Place') continue;
    // "Erbil Governor Nawzad Hadi ...": the place names the office; its holder is the subject.
    if (e.kind !== 'Person' && m.entries.some((x) => x.kind === 'Place') && /^\s+(?:[Gg]overnor|[Mm]ayor)\s+\p{Lu}/u.test(text.slice(m.end - r.sentence.start, m.end - r.sentence.start + 12))) continue;
    const before = text.slice(intro, start);
    // Only the subject position: the sentence start, or a name in the apposition right after it.
    // (Not past a verb: "In his statement, Hamdan urged Baghdad" has no subject Baghdad.)
    // ("These cowardly acts, which come as ISIS loses ground": a relative clause after the subject is no apposition of it.)
    const apposition = /^(?:the\s+)?[^,]{0,60},\s+(?:\w+\s+){0,3}$/i.test(before) && !/,\s+(?:which|who|that|as|when|while|after|because|since|where)\b/i.test(before) && !speechVerbs(before).length;
    // ("Erbil Governor Nawzad Hadi": a person after the capitalised words of a title.)
    const titled = e.kind === 'Person' && /^(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}$/u.test(before);
    if (start === intro || apposition || titled || /^(?:The|the)\s+$/.test(before)) {
      if (/^['’]s\b/.test(text.slice(m.end - r.sentence.start))) continue;
      return e.id;
    }
  }
  return null;
}

/** A report of the day ("said", "announced"; a communiqué's own "announces"), not one told as background ("has said", "said at the time"). */
const REPORTING = /(?<!\b(?:has|have|had)\s)\b(?:said|says|stated|states|announced|announces|added|reported|confirmed)\b(?!\s+at the time\b)/g;
const OWN_SIDE_TYPES: SubEventType[] = ['ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE', 'PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'OTHER'];
/** The security operations a body reports of its own forces: arrests, caches seized. */
const OPERATION_TYPES: SubEventType[] = ['ARRESTS', 'DISRUPTED_WEAPONS_USE'];
/** The body's own words: "..., the division said in a statement.", 'said in a statement ... that "our heroes ..."'. */
const OWN_STATEMENT = /\b(?:said|stated|states|added|announced|announces)(?:\s+in\s+(?:a|its|the)\s+statement\b(?:(?!\bthat\b)[^.;"“]){0,80}?)?(?:\s+that|:)?\s*(?:["“]|\.|,(?!\s+(?:on|in|at|that)\b)|$)|\baccording to (?:a|an|the|its) (?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|press release|announcement)\s+(?:(?:issued|released|published)\s+)?(?:from|by|of)\b/i;

/** The doer of an incident this sentence tells whom the noun of a trailing attribution names ("the division", "the force"). */
function doerNamed(noun: string, r: SentenceReading, incidents: Incident[], ctx: ArticleContext): string | null {
  const word = new RegExp(String.raw`\b${noun}\b`, 'i');
  const here = framesIn(incidents, r.sentence.index);
  for (const inc of incidents) {
    if (!(here.get(inc) ?? []).some((f) => !f.reference)) continue;
    for (const id of inc.perpetrators.keys()) {
      const e = ctx.entry(id);
      if (e && e.kind !== 'Person' && (word.test(e.name) || (noun === 'force' && e.kind === 'Force'))) return id;
    }
  }
  return null;
}

/**
 * The verb by which a security body reports an incident of this sentence carried out by its own side, if it does.
 * `publishing`: the body speaks in its own communiqué ("The Ministry of Defence announces that the Air Force struck ...",
 * on the ministry's site): there its side is every body it serves, through forces as well, and the operations it announces
 * by a unit the article knows no owner of ("a force of the Intelligence Agency arrested ...") are its own.
 */
function ownSideReport(r: SentenceReading, outside: string, speaker: string, incidents: Incident[], ctx: ArticleContext, issued = false, publishing = false): RegExpExecArray | null {
  const e = ctx.entry(speaker);
  if (!e || e.kind === 'Person' || !securityBody(ctx, speaker)) return null;
  const inSentence = framesIn(incidents, r.sentence.index);
  const here = incidents.filter((inc) => (inSentence.get(inc) ?? []).some((f) => !f.reference));
  // Its own forces' arrests and seizures a body claims in its statement: cited after telling them ("troops arrested
  // three suspects ..., the division said in a statement") or quoted from it ('said in a statement that "our heroes
  // arrested ..."'); not when a report retells them ("announced the arrest of", "said on Sunday it had arrested").
  const unowned = (p: string) => publishing && ctx.entry(p)?.kind !== 'Person' && !ctx.entry(p)?.parentId && !ctx.gazetteer.get(p);
  const ownForces = (inc: Incident) => [...inc.perpetrators.keys()].some((p) => p === speaker || withinBody(ctx, p, speaker) || withinBody(ctx, speaker, p) || unowned(p));
  const operation = !issued && here.some((inc) => OPERATION_TYPES.includes(inc.type) && ownForces(inc)) ? (publishing ? /\b(?:announce[sd]|states|stated|said|says)\b/.exec(outside) : OWN_STATEMENT.exec(r.sentence.text)) : null;
  if (operation && here.every((inc) => OWN_SIDE_TYPES.includes(inc.type))) return operation;
  // (A body of a body of the government, the Security Media Cell under the Joint Operations Command, serves it too.)
  const top = (id: string) => (issued || publishing ? sideOf(id, ctx) : topGovernment(id, ctx));
  const side = top(speaker);
  if (!side || ctx.entry(side)?.kind !== 'Government') return null;
  const told = here.filter((inc) => !OWN_SIDE_TYPES.includes(inc.type));
  // The side acted when it carried out the incident, or when the sentence opens with it ("Peshmerga forces repelled an attack by ISIS").
  const akin = (id: string | null) => Boolean(id && (id === speaker || top(id) === side));
  const leading = leadingSubject(r, ctx);
  if (!told.length || !(told.some((inc) => [...inc.perpetrators.keys()].some(akin)) || (leading !== speaker && akin(leading)))) return null;
  // (In the body's own statement the sentence needs no verb of saying: the whole statement is said.)
  if (issued) return /^/.exec(outside);
  REPORTING.lastIndex = 0;
  // "militants who it says attacked its forces": a verb of saying inside a relative clause reports nothing of the day.
  const verb = matchesOf(outside, REPORTING).find((v) => !/\b(?:who|whom|which|that)\s+(?:it|they|he|she)\s+$/i.test(outside.slice(Math.max(0, (v.index ?? 0) - 20), v.index))) as RegExpExecArray | undefined ?? null;
  // "a Peshmerga commander said": an unnamed officer is no speaker of the body.
  if (!verb || /\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:commander|officer|official|source|spokes\w+|member)\s+(?:\w+\s+)?$/i.test(outside.slice(0, verb.index))) return null;
  return verb;
}

/** The branches of each force (force:irgc -> IRGC Ground Forces), by the words that set them apart ("ground forces"). */
const BRANCHES = new WeakMap<object, Map<string, { id: string; words: RegExp }[]>>();
function branchesOf(ctx: ArticleContext, id: string): { id: string; words: RegExp }[] {
  let map = BRANCHES.get(ctx.gazetteer);
  if (!map) {
    map = new Map();
    for (const e of ctx.gazetteer.entries()) {
      if (e.kind !== 'Force' || !e.parentId) continue;
      const branch = /\b(ground|air|naval|aerospace)\s+forces?$/i.exec(e.name);
      if (!branch) continue;
      const list = map.get(e.parentId) ?? [];
      list.push({ id: e.id, words: new RegExp(String.raw`\b${branch[1]}\s+forces?\b`, 'i') });
      map.set(e.parentId, list);
    }
    BRANCHES.set(ctx.gazetteer, map);
  }
  return map.get(id) ?? [];
}

/**
 * "Iran's Islamic Revolutionary Guard Corps (IRGC) Ground Forces said", "The ground forces of Iran's
 * Islamic Revolutionary Guard Corps (IRGC) said": the branch named around the force speaks.
 */
function branchNamed(id: string, r: SentenceReading, ctx: ArticleContext): string {
  const branches = branchesOf(ctx, id);
  if (!branches.length) return id;
  for (const m of r.mentions) {
    if (!m.entries.some((e) => e.id === id)) continue;
    const { start, end } = localSpan(r, m);
    const before = r.sentence.text.slice(Math.max(0, start - 40), start);
    const after = r.sentence.text.slice(end, end + 30);
    for (const b of branches) {
      if (new RegExp(String.raw`^\s*(?:\([\p{L}.]{2,8}\)\s*)?${b.words.source.replace(/^\\b/, '')}`, 'iu').test(after) || new RegExp(String.raw`${b.words.source}\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}]*['’]s\s+)?$`, 'iu').test(before)) return b.id;
    }
  }
  return id;
}

/**
 * "The Ministry of Foreign Affairs denounces ..." in the ministry's own statement: a body the article
 * introduces under a bare name that the publisher's name holds ("Ministry of Foreign Affairs of Iraq") is the publisher.
 */
function asPublisher(id: string, own: string | null, ctx: ArticleContext): string {
  if (!own || id === own || ctx.gazetteer.get(id)) return id;
  const e = ctx.entry(id);
  const publisher = ctx.entry(own);
  if (!e || !publisher || e.kind === 'Person' || e.kind === 'Place' || e.kind !== publisher.kind) return id;
  const name = e.name.toLowerCase().replace(/^the\s+/, '');
  return name.split(/\s+/).length >= 2 && [publisher.name, ...publisher.aliases].some((n) => n.toLowerCase().startsWith(`${name} `)) ? own : id;
}

/** A force, or a body of a country's security establishment (a defence or interior ministry, an operations command, the Security Media Cell). */
function securityBody(ctx: ArticleContext, id: string): boolean {
  let current: string | null = id;
  for (let i = 0; current && i < 5; i++) {
    const e = ctx.entry(current);
    if (!e) return false;
    if (e.kind === 'Force' || /\b(?:Defen[cs]e|Interior|Peshmerga|Security|Operations Command|Counter-?Terror\w*|Military|Armed Forces|Central Command)\b/i.test(e.name)) return true;
    current = e.parentId;
  }
  return false;
}

/** True when `outer` is a body (a government, a ministry) that `inner` belongs to. */
function withinBody(ctx: ArticleContext, inner: string, outer: string): boolean {
  return inner !== outer && ctx.contains(outer, inner);
}

/** Solidarity with no one named is with the country the incident happened in. */
function defaultSolidarity(incidents: Incident[], about: number | null, ctx: ArticleContext, speaker: string): string[] {
  const incident = incidents[about ?? 0];
  const place = incident?.place?.place.id;
  const gov = place ? (ctx.gazetteer.governmentOfPlace(place) ?? ctx.finder.local.governmentOfPlace(place)) : null;
  const national = gov ? topGovernment(gov, ctx) : null;
  return national && national !== speaker ? [national] : [];
}

/** The national government a body serves, through the bodies it belongs to (Security Media Cell -> Joint Operations Command -> Iraq). */
function sideOf(id: string, ctx: ArticleContext): string | null {
  let current: string | null = id;
  let gov: string | null = null;
  for (let i = 0; current && i < 8; i++) {
    if (ctx.entry(current)?.kind === 'Government') gov = current;
    current = ctx.entry(current)?.parentId ?? null;
  }
  return gov;
}

function topGovernment(id: string, ctx: ArticleContext): string {
  let current = id;
  for (let i = 0; i < 6; i++) {
    const parent = ctx.entry(current)?.parentId;
    if (!parent || ctx.entry(parent)?.kind !== 'Government') break;
    current = parent;
  }
  return current;
}
