/**
 * Who speaks: the actor right before a speech or stance verb ("Qatar and Jordan condemned",
 * "Sheikh X, a tribal leader, condemned", "Turkish Foreign Minister X wrote"), or right after
 * "said" / "according to". Anonymous sources ("a security source said", "medics said") give no
 * speaker. An unnamed office holder ("the governor of Kirkuk said") speaks for the body they
 * head.
 */
import { ACTOR_KINDS } from '../domain/taxonomy.js';
import { pick, type ArticleContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import { FORCE_HEADS, ORG_HEADS, TITLES } from './lexicon.js';
import { NAME } from './mentions.js';
import { inQuote } from './quotes.js';
import { localSpan, type SentenceReading } from './reading.js';
import { matchesOf } from './text.js';

export const SPEECH_VERB = /\b(?:condemn|denounc|deplor|decr(?:y|ie)|slam|express|offer|extend|stress|call|urg|demand|appeal|ask|request|claim(?:ed|ing|s responsibility)\b|den(?:y|ied|ies)|reject|said|says|stated|added|told|announced|announces|declared|affirmed|warned|reaffirm|reiterat|voic|convey|sent|praised|commended|thanked|hailed|mourn|renew|welcom|is deeply|was deeply|released|issued|wrote|posted|tweeted|described|noted|explained|insisted|confirmed|blamed|accused|pledged|vowed|promised|regrett|lament|stood|stands|sympathi|pray)/gi;

const ANONYMOUS = /\b(?:sources?|witness(?:es)?|residents?|officials?|officer|medics?|doctors?|activists?|eyewitness(?:es)?|correspondent|observers?|relatives?|a (?:police|security|military|army|local|medical|hospital|government|intelligence) \w+)(?:,[^,]*,)?\s+(?:(?!and\b|but\b)\w+\s+)?$/i;
const NAMED_BODY = /\b(?:minist|embassy|spokes|consulate|command|cell|presidency|office|council|department|directorate|governor|mayor)/i;

const ACTORS = new Set<string>(ACTOR_KINDS);

/** The verbs of speech or stance in the sentence, outside quotes, as offsets. */
export function speechVerbs(outside: string): number[] {
  // ("to meet the group's demand", "their appeal", "the kidnappers' demands": a word of speech after a determiner or a possessor is a noun, no verb.)
  return matchesOf(outside, SPEECH_VERB).map((m) => m.index ?? 0).filter((at) => !nounUse(outside, at));
}
/** The word at `at` follows a determiner or a possessor: a noun ("the group's demand", "their call"). */
export function nounUse(outside: string, at: number): boolean {
  return NOUN_BEFORE.test(outside.slice(Math.max(0, at - 12), at));
}
/** A determiner or a possessor right before a word. */
const NOUN_BEFORE = /(?:['’]s|s['’]|\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those))\s+$/i;

/** "said the village mukhtar, ", "according to Kavarok's mayor, ": a verb of saying, a title of one word set off by a comma, the name next. */
const TITLE_SET_OFF = /\b(?:said|according to|says|added|stated)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:mayor|mukhtar|governor|qaimm?aqam|director|spokes(?:man|woman|person)|commander|chief|head|official),\s+$/u;
/**
 * Speakers of the verb at `cut` (an offset in the sentence): the subjects right before it, or the
 * name right after "said"/"according to". A titled person outranks the body named in their title.
 */
export function speakersAt(r: SentenceReading, outside: string, cut: number, ctx: ArticleContext): string[] {
  if (anonymousAt(outside, cut)) return [];
  const found: { e: GazetteerEntry; rel: number }[] = [];
  // A verb in the passive ("was condemned by") has its speaker after "by", not before it.
  // ... and so does a stance told as a noun from someone ("drew condemnation from", "Condemnations poured in from").
  const fromNoun = /^(?:condemnations?|condolences|denunciations?|criticism)\s+(?:(?:poured|came|flowed|followed|swiftly|quickly|also|in|has|have|had)\s+){0,3}(?:,\s*including\s+)?from\b/i.test(outside.slice(cut));
  const passive = fromNoun || (/\b(?:was|were|been|being)\s+(?:(?:strongly|also|widely|swiftly|quickly)\s+)?$/i.test(outside.slice(Math.max(0, cut - 25), cut)) && /^\w+\s+(?:(?:strongly|also|widely|swiftly|quickly)\s+)?by\b/.test(outside.slice(cut)));
  for (const m of r.mentions) {
    const { start: rel, end } = localSpan(r, m);
    if (inQuote(r.quotes, rel, end)) continue;
    // ("received by the Iraqi News Agency (INA), the Service said": a short name in brackets stands where its full name does.)
    const full = /\(\s*$/.test(outside.slice(Math.max(0, rel - 2), rel)) ? r.mentions.find((o) => o !== m && localSpan(r, o).end >= rel - 3 && localSpan(r, o).end < rel) : undefined;
    const at = full ? localSpan(r, full).start : rel;
    const before = outside.slice(Math.max(0, at - 25), at);
    const after = outside.slice(end, end + 3);
    const between = cut >= end ? outside.slice(end, cut) : '';
    // The subject sits right before the verb: nothing between but an apposition, a coordinated
    // name, or a few words ("Qatar and Jordan condemned", "X, a tribal leader, condemned").
    // Inside an apposition ("X, a faction within the PMF, denied"): the name it describes speaks, not this one.
    // ... and so does one in a relative clause ("the KDPI, whose fighters have clashed with Iran, denied": not Iran).
    const inApposition = /,\s+(?:a|an|the|one of|whose|who|which)\s+[^,]*$/i.test(outside.slice(0, rel)) && /^[^,]*,/.test(outside.slice(end, cut + 1));
    const close =
      !inApposition &&
      !/,\s+(?:and|but)\s|;/.test(cut >= end ? outside.slice(end, cut) : '') &&
      !/^\s*to\s*$/.test(cut >= end ? outside.slice(end, cut) : '') &&
      // ("The government, he said, would not allow ...": the pronoun of the parenthesis speaks, not the name before it.)
      !/^\s*,\s*(?:he|she|it|they)(?:\s+(?:said|added|stressed|noted|explained|continued|insisted|stated)\s*,)?\s*$/i.test(cut >= end ? outside.slice(end, cut) : '') &&
      cut >= end &&
      // ("A YBS spokesperson, speaking from Shingal, accused": the body an unnamed spokesperson of it speaks for.)
      (between.length < 30 || /^\s*(?:\([^)]{1,30}\)\s*)?,[^,]{3,110},\s*(?:\w+\s+){0,2}$/.test(between) || (/^\s+spokes(?:man|woman|person)(?:\s*,[^,;]{3,110})*(?:,\s*|\s+)(?:\w+\s+){0,2}$/.test(between) && !speechVerbs(between).length) || /^\s*(?:\([^)]{1,30}\)\s*)?(?:also |has |have |had |on \w+ |in a statement,? |strongly |further )*$/.test(between)) &&
      // ("X (KDPI), whose fighters ..., denied": the apposition after a bracketed short name is skipped too;
      // "praised the coalition for what he called": a verb of another subject.)
      !/\b(?:when|after|while|because|that|which|where|whose|what)\b/i.test(between.replace(/^\s*(?:\([^)]{1,30}\)\s*)?,[^,]*,/, ''));
    // "X toured the site on Tuesday and wrote on X that ...": a predicate coordinated with the subject's first one.
    // ("He blamed ISIS militants positioned north of the town and called on ...": the object of a verb of saying before the
    // name is no subject of the verb after it.)
    // ("We support Prime Minister X's pledge ... and urge": a possessor is no subject.)
    const coordinated =
      !close && !inApposition && cut >= end && !/['’]s$/.test(m.text) && !/^['’]s\b/.test(outside.slice(end, end + 3)) && between.length < 160 && !speechVerbs(outside.slice(0, at)).length && /\band\s+(?:then\s+|also\s+|later\s+)?$/.test(between) && !/[;:"“”]|,\s+(?:and|but|who|which|when|while|after|as)\s/.test(between) &&
      !r.mentions.some((o) => o !== m && localSpan(r, o).start >= end && localSpan(r, o).end <= cut && pick(o, 'actor') && !/\b(?:to|with|from|against|by|for|of|on|at|in|into|toward|towards|about|over)\s+(?:the\s+)?$/i.test(outside.slice(Math.max(0, localSpan(r, o).start - 20), localSpan(r, o).start))) && !r.mentions.some((o) => localSpan(r, o).end <= rel && pick(o, 'actor') && !/['’]s$/.test(o.text) && !/^['’]s/.test(outside.slice(localSpan(r, o).end, localSpan(r, o).end + 2)));
    // "Egypt, Saudi Arabia, Jordan and Kuwait also condemned": the first name of a list of speakers.
    const listed = !close && !coordinated && cut >= end && between.length < 160 && listOfNames(r, outside, end, cut);
    // "A spokesman for Kataib Hezbollah, ..., denied": an unnamed spokesperson speaks for the body named after "for".
    const spokesFor = /\b(?:an?|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$/i.test(outside.slice(Math.max(0, rel - 45), rel));
    // "Germany's Federal Foreign Office condemned": the possessor of a named body is not a speaker beside it.
    const possessor = /['’]s$/.test(m.text) && r.mentions.some((o) => o !== m && localSpan(r, o).start >= end && localSpan(r, o).start <= end + 2);
    const subject = !possessor && (close || coordinated || listed) && (spokesFor || !/\b(?:in|on|at|with|against|for|of|from|near|outside|inside|behind|beside|opposite|around|to|between|toward|towards|about|by|over|into|told|tells|telling)\s+(?:the\s+)?$/i.test(before)) && !/^['’]s/.test(after);
    // "..., said Prime Minister X": the name after the verb, its title between.
    // The verb of saying is this verb ("X condemned the attack and said Turkey stood": Turkey is no speaker of
    // "condemned", only of what follows "said"), or "according to".
    const from = Math.max(0, rel - 60);
    // ('..." said the village mukhtar, X.', "according to Kavarok's mayor, X": a title set off by a comma before the name.)
    const say = /\b(?:said|according to|says|wrote|posted|added|stated)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}.-]*|of)\s+){0,4}$/u.exec(outside.slice(from, rel)) ?? TITLE_SET_OFF.exec(outside.slice(from, rel));
    const attributed = Boolean(say) && rel > cut - 5 && rel - cut < 60 && (/^according/.test(say![0]) || Math.abs(from + say!.index - cut) <= 2);
    // "The attack was condemned by UNAMI and the US Embassy": the agent of a passive verb, each name of its list.
    const agent = passive && rel > cut && rel - cut < 160 && /^\w+\s+(?:(?:strongly|also|widely|swiftly|quickly|poured|came|flowed|followed|in|has|have|had)\s+){0,3}(?:,\s*including\s+)?(?:by|from)\s+(?:the\s+)?$/i.test(outside.slice(cut, rel).replace(/\s+(by|from)\s+(?:the\s+)?(?:[^,;.]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)+$/, ' $1 '));
    // "a complaint by Iraq's Foreign Ministry, which on Sunday condemned the shelling": the antecedent of the relative
    // pronoun right before the verb speaks, whatever governs it.
    const relative = !possessor && cut >= end && /^\s*(?:\([^)]{1,30}\)\s*)?,\s+(?:which|who)\s+(?:(?:also|earlier|later|then|had|has|have|on \w+|in a statement,?)\s+)*$/i.test(between);
    if (passive ? !agent : !subject && !attributed && !relative) continue;
    const e = pick(m, 'actor') ?? ctx.governmentOfMention(m);
    // "Erbil Governor Nawzad Hadi": a place before a title names the office, not a speaker.
    if (e && e.kind !== 'Person' && m.entries.some((x) => x.kind === 'Place') && /^\s+(?:[Gg]overnor|[Mm]ayor)\s+\p{Lu}/u.test(outside.slice(end, end + 12))) continue;
    // "X denounced the strikes and said Baghdad would lodge a complaint": after a second predicate of the subject, a
    // body or a country is what X reports on ("... and said General Y had ordered an inquiry": a person speaks).
    if (!subject && !relative && !passive && e && e.kind !== 'Person' && /^and\b/.test(outside.slice(Math.max(0, from + say!.index - 4), from + say!.index).trim())) continue;
    if (e && ACTORS.has(e.kind)) found.push({ e, rel });
  }
  const people = found.filter((f) => f.e.kind === 'Person');
  // ("The U.N. mission in Iraq, UNAMI, said": a body and, named right after it, the body of it that speaks are one speaker, the inner one.)
  const chosen = (people.length ? people : found).filter((f, _, all) => !all.some((g) => g.rel > f.rel && g.e.id !== f.e.id && ctx.contains(f.e.id, g.e.id) && /^[^,;]{0,40},\s*$/.test(outside.slice(f.rel, g.rel))));
  if (chosen.length) return [...new Set(chosen.map((f) => f.e.id))];
  const office = unnamedOfficeHolder(outside.slice(Math.max(0, cut - 90), cut), ctx);
  return office ? [office] : [];
}

/** The verb at `cut` has an anonymous subject ("security sources said", "Iraqi officials blamed"). */
export function anonymousAt(outside: string, cut: number): boolean {
  const head = outside.slice(Math.max(0, cut - 60), cut);
  return ANONYMOUS.test(head) && !NAMED_BODY.test(head.slice(-45));
}

/** The text between a name and a verb is only more names in a list ("Egypt, Saudi Arabia, Jordan and Kuwait also"). */
function listOfNames(r: SentenceReading, outside: string, from: number, to: number): boolean {
  let text = outside.slice(from, to);
  for (const o of r.mentions) {
    const { start, end } = localSpan(r, o);
    if (start >= from && end <= to) text = text.slice(0, start - from) + 'X'.padEnd(end - start, ' ') + text.slice(end - from);
  }
  return /^(?:\s*,\s*(?:the\s+)?X\s*|\s*,?\s+and\s+(?:the\s+)?X\s*)+(?:also |have |has |had |jointly |separately |strongly |all )*$/.test(text.replace(/X\s+/g, 'X '));
}

/** "the governor of Kirkuk", "Diyala's governor", "the Nineveh governor": the local government speaks. */
function unnamedOfficeHolder(head: string, ctx: ArticleContext): string | null {
  const national = nationalOfficeHolder(head, ctx);
  if (national) return national;
  if (!/\b(?:governor|mayor|director|commissioner)\b/i.test(head)) return null;
  const m =
    new RegExp(String.raw`\b(?:the\s+)?(?:provincial\s+)?([Gg]overnor|[Mm]ayor|district commissioner|district director|sub-district director|director)\s+of\s+(?:the\s+)?(${NAME})(?:\s+(?:province|governorate|district|sub-district))?\s*(?:,[^,]{3,60},\s*)?(?:on\s+\w+day\s+)?(?:\w+\s+){0,1}$`, 'u').exec(head) ??
    new RegExp(String.raw`\b()(${NAME})(?:['’]s)?\s+(?:provincial\s+)?(governor|mayor)\s*(?:,[^,]{3,60},\s*)?(?:on\s+\w+day\s+)?(?:\w+\s+){0,1}$`, 'u').exec(head);
  if (!m) return null;
  const place = ctx.lookup(m[2]!.replace(/['’]s$/, '').replace(/^The\s+/, '')).find((e) => e.kind === 'Place');
  if (!place) return null;
  const government = ctx.finder.localGovernment(place).id;
  return namedHolder(ctx, (m[1] || m[3] || '').toLowerCase(), government) ?? government;
}

/**
 * "the Iraqi prime minister ordered", "a statement from the office of the prime minister", "the Kurdistan
 * Region's president said": the one person the article names in that office, else the government
 * (Iraq's when no country is named).
 */
function nationalOfficeHolder(head: string, ctx: ArticleContext): string | null {
  const m = /\b(?:[Tt]he\s+)(?:([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+)?(prime minister|president|foreign minister|defen[cs]e minister|interior minister)(?:['’]s\s+(?:media\s+|press\s+)?office)?\s*(?:,[^,]{3,60},\s*)?(?:on\s+\w+day\s+)?(?:\w+\s+){0,1}$/.exec(head);
  if (!m) return null;
  const government = m[1] ? ctx.finder.governmentFor(m[1]) : ctx.lookup('Iraq').find((e) => e.kind === 'Government');
  if (!government) return null;
  // "Prime Minister of Iraq", "Minister of Foreign Affairs": the title as the text gives it ("prime minister", "foreign minister").
  const plain = (t: string) => t.toLowerCase().replace('defence', 'defense').replace(/^minister of (foreign affairs|defense|interior)\b/, (_, w: string) => `${w.replace(' affairs', '')} minister`);
  const title = plain(m[2]!);
  // With no country named, the one the article names with that title, whatever their country ("the president" after "President Joe Biden").
  const holders = [...ctx.finder.named.values()].filter((p) => {
    const office = p.office ?? ctx.finder.discovered.get(p.id)?.office;
    return office && (office.of === government.id || !m[1]) && plain(office.title).startsWith(title);
  });
  return holders.length === 1 ? holders[0]!.id : government.id;
}

/**
 * The one person the article names with that title ("Mayor Ali Hashim Bayati told ...", "X, the mayor of
 * Tuz,") or with an office of that government: "the mayor of Tuz Khurmatu urged" is that person speaking.
 */
function namedHolder(ctx: ArticleContext, title: string, government: string): string | null {
  if (!title) return null;
  const holders = new Set<string>();
  for (const n of ctx.finder.discovered.values()) {
    if (n.entry.kind !== 'Person') continue;
    const name = n.entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const titled = new RegExp(String.raw`\b${title}\s+${name}\b|\b${name},\s+(?:the\s+)?(?:[\w-]+\s+){0,2}${title}\b`, 'i').test(n.sentence);
    if (n.office?.of === government || titled) holders.add(n.entry.id);
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

/** The speakers of a sentence: those of its first speech verb with a subject. */
export function sentenceSpeakers(r: SentenceReading, outside: string, ctx: ArticleContext): string[] {
  for (const cut of speechVerbs(outside)) {
    const s = speakersAt(r, outside, cut, ctx);
    if (s.length) return s;
  }
  return [];
}

/** "In a statement", "In a post on X on Wednesday,", "In its statement issued late Tuesday,": the opening that names where it was said. */
const STATEMENT_INTRO = /In (?:a|an|its|his|her|their|the) (?:[\w-]+\s+)?(?:statement|post|tweet|message|communiqu[eé]|speech|interview)(?:\s+(?:on|in|via|issued|released|published|posted|carried|received|sent|late|early)\b[^,.;]{0,40})?,?\s+/;
const ANAPHOR = new RegExp(String.raw`^(?:["“][^"”]*["”]\s*,?\s*)?(?:${STATEMENT_INTRO.source})?(He|She|It|They|(?:His|Her)\s+(?:Excellency|Eminence|Highness|Majesty)|The\s+(?!statement\b)([a-z]+(?:\s+[a-z]+)?))\b|["”]\s*,?\s+(he|she|it|they|the\s+([a-z]+))\s+(?:said|added|told|wrote|continued|stated|noted)\b`, 'i');
/** "The government, he said, would not allow ...": a pronoun speaking in a parenthesis after the sentence's subject. */
const PARENTHETICAL = /^[^,;:"“”]{1,80},\s+(he|she|it|they)\s+(?:said|added|stressed|noted|explained|continued|insisted|stated),/i;
/** '..." It added.', '..." the ministry said.': the pronoun after a quote. */
const AFTER_QUOTE = /(?<=["”]\s*,?\s+)(?:(?:(he|she|it|they)|the\s+([a-z]+)))\s+(?:said|added|told|wrote|continued|stated|noted)\b/i;
const HEAD_KINDS: Record<string, (e: GazetteerEntry) => boolean> = {
  group: (e) => e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP',
  militia: (e) => e.kind === 'Organization' && e.organizationType === 'ARMED_GROUP',
  organization: (e) => e.kind === 'Organization',
  government: (e) => e.kind === 'Government',
  party: (e) => e.kind === 'Organization' && e.organizationType === 'POLITICAL_PARTY',
  ministry: (e) => e.kind === 'Organization' && e.organizationType === 'MINISTRY',
  force: (e) => e.kind === 'Force',
  forces: (e) => e.kind === 'Force',
};

/** Adverbs that may follow the subject ("The President also directed ...", "The ministry later said ..."). */
const ANAPHOR_ADVERB = /^(?:also|then|later|further|again|meanwhile|subsequently|additionally|likewise|similarly|separately|earlier|too|furthermore|moreover|thereafter|afterwards|finally|previously|repeatedly|once|immediately|swiftly|quickly)$/;

/** The words of a title that, after "the", point back at one person ("the mayor", "the spokesman", "the envoy"). */
const PERSON_TITLE = /^(?:mayor|governor|spokes(?:man|woman|person)|commander|minister|envoy|representative|ambassador|president|director|administrator|qaimm?aqam|chairman|chairwoman|councill?or|lawmaker|sheikh|sheik|general|colonel|brigadier|prosecutor|judge|consul)$/;
/** The titles of one person, as "the" + title can point back at them ("the prime minister", "the foreign minister"). */
const CAPITAL_TITLE = new Set(TITLES.map((t) => t.toLowerCase()).filter((t) => /\s/.test(t) && PERSON_TITLE.test(t.split(/\s+/).at(-1)!)));

/**
 * The person a bare title stands for: the last one named in the sentences before whose office, or the words that
 * introduced them ("al-Khalis mayor X", "X, the mayor of Balad"), hold that title; else the one such person of the article.
 * ("The ministry's spokesman" is a body's title: see the described bodies above.)
 */
function titledPerson(title: string, recent: GazetteerEntry[], ctx: ArticleContext, previous: string | null): string | null {
  const word = new RegExp(String.raw`\b${title}\b`, 'i');
  const holds = (e: GazetteerEntry): boolean => {
    if (e.kind !== 'Person') return false;
    const office = ctx.finder.discovered.get(e.id)?.office ?? ctx.entry(e.id)?.office;
    if (office && word.test(office.title)) return true;
    const intro = ctx.finder.discovered.get(e.id)?.sentence;
    if (!intro) return false;
    const name = e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The title right before the name, or in the apposition right after it.
    // ("Prime Minister and Commander-in-Chief of the Armed Forces Dr. Haider al-Abadi": a title of two joined by "and".)
    // ("The Special Representative of the Secretary-General for Iraq (SRSG), X,": the office's own "for" and its short
    // form in brackets, the name set off by a comma.)
    const chain = String.raw`(?:(?:[\p{Lu}][\p{L}.'’-]*|and|of|the|for)\s+){0,8}?(?:[\p{Lu}][\p{L}.'’-]*\s*)?(?:\(\p{Lu}+\)\s*)?,?\s*`;
    return new RegExp(String.raw`\b${title}\s+${chain}${name}(?![\p{L}\p{N}])|\b${name},\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?${title}\b`, 'iu').test(intro);
  };
  const prev = previous ? ctx.entry(previous) : undefined;
  if (prev && holds(prev)) return prev.id;
  const near = recent.find(holds);
  if (near) return near.id;
  const all = [...ctx.finder.discovered.values()].map((n) => n.entry).filter(holds);
  return all.length === 1 ? all[0]!.id : null;
}

/**
 * The actor a pronoun or a definite description at the start of a sentence stands for: "He"
 * and "She" the last person named, "The ministry" / "The Guard" / "The command" the last actor
 * whose name holds that word, "It" / "They" the previous speaker or the last body named.
 */
export function anaphorSpeaker(readings: SentenceReading[], at: number, ctx: ArticleContext, previous: string | null): string | null {
  const r = readings[at]!;
  const m = AFTER_QUOTE.exec(r.sentence.text) ?? PARENTHETICAL.exec(r.sentence.text) ?? ANAPHOR.exec(r.sentence.text);
  if (!m) return null;
  // ("His Excellency condemned ...", "Her Eminence stressed ...": an honorific stands for the person as "he" or "she" does.)
  const honorific = /^(his|her)\s/i.exec(m[1] ?? '');
  const word = honorific ? (honorific[1]!.toLowerCase() === 'his' ? 'he' : 'she') : (m[1] ?? m[3] ?? '').toLowerCase();
  const described = m[2] ?? m[4] ?? '';
  // "The United States", "The Security Media Cell": a name, not a description pointing back.
  // ("The Prime Minister directed ...", "The Governor also said": a title written with capitals points back as the lowercase one does.)
  // (Not "The Prime Minister's Office", a body.)
  const capitalTitle = !/^['’]s\b/.test(r.sentence.text.slice((m.index ?? 0) + m[0].length)) && CAPITAL_TITLE.has(described.replace(/\s+(\S+)$/, (all, w: string) => (ANAPHOR_ADVERB.test(w.toLowerCase()) ? '' : all)).toLowerCase());
  if (described && /^\p{Lu}\S*\s+\p{Lu}/u.test(described) && !capitalTitle) return null;
  const describedAt = (m.index ?? 0) + Math.max(0, m[0].indexOf(described));
  if (described && r.mentions.some((x) => x.start - r.sentence.start <= describedAt && x.end - r.sentence.start > describedAt)) return null;
  // ("The President also directed", "The ministry then called": an adverb after the head noun is no part of the description.)
  const describedWords = described.toLowerCase().split(/\s+/).filter((w, i) => i === 0 || !ANAPHOR_ADVERB.test(w));
  // The head noun of the description: "the foreign ministry", but "the ministry also ...", "the party expressed ...".
  const headNoun = (w: string | undefined) => Boolean(w && (ORG_HEADS.test(w) || FORCE_HEADS.test(w) || w in HEAD_KINDS));
  const second = describedWords[1] && (headNoun(describedWords[1]) || (!headNoun(describedWords[0]) && !/^(?:said|says|added|told|stated|wrote|announced|claimed|denied|condemned|called|urged)$/.test(describedWords[1])));
  const head = (second ? describedWords[1] : describedWords[0]) ?? '';
  const cut = r.sentence.start + (m.index ?? 0);
  const recent = recentActors(readings, at, cut);
  if (word === 'he' || word === 'she') {
    const prev = previous ? ctx.entry(previous) : undefined;
    return recent.find((e) => e.kind === 'Person')?.id ?? (prev?.kind === 'Person' ? prev.id : null);
  }
  if (word === 'it' || word === 'they') {
    const prev = previous ? ctx.entry(previous) : undefined;
    if (prev && prev.kind !== 'Person') return prev.id;
    return recent.find((e) => e.kind !== 'Person')?.id ?? null;
  }
  if (!head) return null;
  // "The mayor urged ...", '..." the spokesman said': a title alone points back at the person the article gave it to.
  if (PERSON_TITLE.test(head)) return titledPerson(head, recent, ctx, previous);
  return bodyDescribed(head, recent, ctx, previous);
}

/** The actors named before `cut` (an offset in the article) in sentence `at` and the six before it, nearest first (none quoted in `at`). */
function recentActors(readings: SentenceReading[], at: number, cut: number): GazetteerEntry[] {
  const recent: GazetteerEntry[] = [];
  for (let i = at; i >= Math.max(0, at - 6); i--) {
    const ri = readings[i]!;
    const mentions = ri.mentions.filter((x) => (i < at || x.end <= cut) && !(i === at && inQuote(ri.quotes, x.start - ri.sentence.start, x.end - ri.sentence.start)));
    for (const x of [...mentions].reverse()) for (const e of x.entries) if (ACTORS.has(e.kind)) recent.push(e);
  }
  return recent;
}

/** The words of an entry's name and of its aliases, lower-cased, each without a final "s" (kept per entry: read once). */
// (An entry found in the article may gain an alias later: its words are read again then.)
const NAME_WORDS = new WeakMap<GazetteerEntry, { of: string; count: number; name: Set<string>; aliases: Set<string> }>();
function nameWords(e: GazetteerEntry): { name: Set<string>; aliases: Set<string> } {
  let words = NAME_WORDS.get(e);
  if (!words || words.of !== e.name || words.count !== e.aliases.length) {
    const of = (n: string) => n.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/s$/, ''));
    words = { of: e.name, count: e.aliases.length, name: new Set(of(e.name)), aliases: new Set(e.aliases.flatMap(of)) };
    NAME_WORDS.set(e, words);
  }
  return words;
}

/**
 * The body a description by its head noun stands for ("the ministry", "the division", "the group"): the speaker before
 * when it fits, else the nearest actor named with that word, else the nearest of that kind.
 */
function bodyDescribed(head: string, recent: GazetteerEntry[], ctx: ArticleContext, previous: string | null, nearest = false): string | null {
  const singular = head.replace(/s$/, '');
  const byKind = HEAD_KINDS[head];
  // (A word of a name is the head when it is the head or its singular: "ministry", "forces" for "force".)
  const fits = (e: GazetteerEntry) => e.kind !== 'Person' && (nameWords(e).name.has(singular) || nameWords(e).aliases.has(singular) || Boolean(byKind?.(e)));
  // (The speaker before, when the description fits it: "The Ministry extends" after the ministry's statement, not a ministry it named.)
  const prev = previous ? ctx.entry(previous) : undefined;
  if (prev && fits(prev)) return prev.id;
  // (Within the sentence the description closes, the nearest that fits: "two YBS members, according to a statement from the group".)
  if (nearest) return recent.find(fits)?.id ?? null;
  // (One whose own name holds the word before one with only an alias that does: "the ministry" is the Ministry of Foreign
  // Affairs named before the Peshmerga, not the Peshmerga for an alias "Ministry of Peshmerga forces".)
  const named = recent.find((e) => e.kind !== 'Person' && nameWords(e).name.has(singular)) ?? recent.find((e) => e.kind !== 'Person' && nameWords(e).aliases.has(singular));
  return named?.id ?? (byKind ? (recent.find(byKind)?.id ?? null) : null);
}

/** "according to a statement from the Asayish", "according to a statement issued by the division": whose statement the sentence reports. */
const STATEMENT_OF = /\baccording to (?:a|an|the|its|their) (?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|press release|announcement|post|tweet|message|report)\s+(?:(?:issued|released|published|posted|carried|sent)\s+)?(?:from|by|of)\s+(?:the\s+)?/gi;

/**
 * The issuer of the statement a sentence says it reports: a name right after "according to a statement from", or a
 * description ("from the group", "by the division") of an actor named in it or just before.
 */
export function statementIssuer(readings: SentenceReading[], at: number, outside: string, ctx: ArticleContext): string | null {
  const r = readings[at]!;
  for (const m of matchesOf(outside, STATEMENT_OF)) {
    const from = (m.index ?? 0) + m[0].length;
    const named = r.mentions.find((x) => { const s = localSpan(r, x).start; return s >= from && s <= from + 2; });
    if (named) {
      const e = pick(named, 'actor') ?? ctx.governmentOfMention(named);
      if (e && e.kind !== 'Place') return e.id;
      continue;
    }
    const words = /^([a-z]+)(?:\s+([a-z]+))?/.exec(outside.slice(from));
    if (!words) continue;
    const bodyWord = (w: string | undefined) => Boolean(w && (ORG_HEADS.test(w) || FORCE_HEADS.test(w) || w in HEAD_KINDS || /^(?:service|administration|coalition|alliance)$/.test(w)));
    const head = bodyWord(words[2]) ? words[2]! : words[1]!;
    if (!bodyWord(head)) continue;
    // (The actors of the sentence itself come first: "a force of the army's 20th Division ..., according to a statement by the division".)
    const found = bodyDescribed(head, recentActors(readings, at, r.sentence.start + (m.index ?? 0)), ctx, null, true);
    if (found) return found;
  }
  return null;
}
