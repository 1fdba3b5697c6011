/**
 * Offices: HOLDS_OFFICE for people the article introduces with a title, and for known people
 * named after a title ("Kurdistan's Prime Minister Masrour Barzani").
 */
import type { RelationshipInput } from '../import/format.js';
import type { ArticleContext } from './context.js';
import type { SentenceReading } from './reading.js';
import { TITLE_POSSESSOR, UNIT_PHRASE } from './mentions.js';

const TITLE_BEFORE = new RegExp(String.raw`(?:\b${TITLE_POSSESSOR}(?:[’']s)? )?\b((?:Deputy |Vice |Acting )?(?:Prime Minister|President|Minister(?: of \w+(?: \w+)?)?|Foreign Minister|Defen[cs]e Minister|Interior Minister|Governor|Mayor|Speaker|Commander|Chairman|Secretary of State|Ambassador))\s+$`, 'u');

const RANK_BEFORE = /\b((?:Staff )?(?:Lieutenant Colonel|Colonel|Major|Captain|Brigadier|Lieutenant))\s+$/;

// The unit title next to the name: before it ("according to the subdistrict director, X") or after ("X, the director of the subdistrict,").
const UNIT_BEFORE = new RegExp(String.raw`${UNIT_PHRASE},\s+(?:(?:Mr|Dr|Col|Lt|Maj|Gen|Brig|Capt)\.\s+)*$`, 'iu');
const UNIT_AFTER = new RegExp(String.raw`^,\s+${UNIT_PHRASE}\b(?=[,.]|\s+(?:said|told|says|added))`, 'iu');
const UNIT_TYPE: Record<string, string> = { subdistrict: 'SUBDISTRICT', nahiya: 'SUBDISTRICT', district: 'DISTRICT', provincial: 'GOVERNORATE', province: 'GOVERNORATE', governorate: 'GOVERNORATE' };

/** The unit of a type the article named last, up to sentence `upTo`: a place of that type or the one it lies in. */
function lastUnit(readings: SentenceReading[], upTo: number, type: string, ctx: ArticleContext): string | null {
  for (let i = upTo; i >= 0; i--) {
    for (const m of [...readings[i]!.mentions].reverse()) {
      for (const e of m.entries) {
        if (e.kind !== 'Place') continue;
        const unit = ctx.chain(e.id).find((id) => ctx.entry(id)?.placeType === type);
        if (unit) return unit;
      }
    }
  }
  return null;
}

/** A rank after a service word, in full or abbreviated: "police Lt. Col. X", "army Captain X". */
const SERVICE_RANK_BEFORE = /(?:^|[\s"“(])(police|army)\s+((?:Staff\s+)?(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)\s+)?(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Brigadier|Brig\.|Sergeant|Sgt\.))\s+$/;
const SERVICES: Record<string, string> = { police: 'Iraqi Police', army: 'Iraqi Army' };
const RANK_WORDS: Record<string, string> = { Lt: 'Lieutenant', Maj: 'Major', Brig: 'Brigadier', Gen: 'General', Col: 'Colonel', Capt: 'Captain', Sgt: 'Sergeant' };

/** A post told next to a ranked name: "<post>, Captain X" or "Captain X, a <post>,". */
const POST_BEFORE = /(?:^|[,;:]\s*)([^,;:]*\b(?:chief|commander|director|head|spokes(?:man|person|woman)|officer|official|manager)),\s*$/;
const POST_AFTER = /^,\s+((?:a|an|the)\s[^,;.]+)/;
/** A post in a body: a service, a ministry, an office, a force, or a named one ("Makhmour's"). */
const POST_BODY = /\b(?:army|police|civil defen[cs]e|ministry|directorate|council|office|department|hospital|administration)\b|\p{Lu}[\p{L}-]*['’]s\b/u;

/** "The Prime Minister and Commander-in-Chief of the Armed Forces, X": a title told before the name and set off by a comma. */
const PREMIER_AND_COMMANDER = /\b(?:the )?Prime Minister and Commander[- ]in[- ]Chief of the (?:Iraqi )?Armed Forces,\s+$/iu;

/**
 * A post in a trade's association, told next to the name: "the head of the Kirkuk farmers' union, X", "X, who heads the
 * farmers' association in Shirqat,". The association is the trade's in the place named (before the trade or after it,
 * or "the province", the province the article named last).
 */
const ASSOCIATION = String.raw`((?:[\p{Lu}][\p{L}'’-]*\s){0,3}?\p{Ll}+s['’]\s(?:association|union|syndicate)(?:\s(?:in|of)\s(?:the\s)?(?:province|district|[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)?))?)`;
const POST_WORD = String.raw`(head|chairman|chairwoman|president|leader|spokes(?:man|person|woman)|member)`;
const ASSOCIATION_BEFORE = new RegExp(String.raw`\b(?:[Tt]he |[Aa] |[Aa]n )?${POST_WORD} of the ${ASSOCIATION},\s+(?:(?:Mr|Mrs|Ms|Dr|Hajji?|Sheikh)\.?\s+)?$`, 'u');
const ASSOCIATION_AFTER = new RegExp(String.raw`^,\s+(?:(?:the |a |an )?${POST_WORD} of|who (heads|leads|chairs)) the ${ASSOCIATION}(?=,)`, 'u');
const ASSOCIATION_PARTS = /^(?:(.+?)\s)?(\p{Ll}+s['’])\s(association|union|syndicate)(?:\s(?:in|of)\s(?:the\s)?(.+))?$/u;

/**
 * "the command's spokesman, Colonel X", "X, a spokesman for the command,": a post in the command the article named last
 * (an operations command, a police command).
 */
const COMMAND_POST = String.raw`(spokes(?:man|person|woman)|commander|deputy commander|chief of staff|media officer)`;
const THE_COMMAND_BEFORE = new RegExp(String.raw`\b(?:[Tt]he command['’]s ${COMMAND_POST}|[Tt]he ${COMMAND_POST} (?:of|for) the command),\s+(?:(?:Staff\s+)?(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)\s+)?(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Brigadier|Brig\.)\s+)?$`, 'u');
const THE_COMMAND_AFTER = new RegExp(String.raw`^,\s+(?:the |a |an )?${COMMAND_POST} (?:of|for) the command\b`, 'u');

/** The command (a Force named "... Command") the article named last, up to sentence `upTo`. */
function lastCommand(readings: SentenceReading[], upTo: number): string | null {
  for (let i = upTo; i >= 0; i--) {
    for (const m of [...readings[i]!.mentions].reverse()) {
      const e = m.entries.find((x) => x.kind === 'Force' && /\bCommand$/.test(x.name));
      if (e) return e.id;
    }
  }
  return null;
}

export function readOffices(readings: SentenceReading[], ctx: ArticleContext): RelationshipInput[] {
  const out: RelationshipInput[] = [];
  const push = (person: string, office: { title: string; of: string }, sentence: string) =>
    out.push({ from: person, type: 'HOLDS_OFFICE', to: office.of, properties: { title: office.title }, source: { article: ctx.article.id, sentence, confidence: 0.8 } });
  for (const n of ctx.finder.discovered.values()) if (n.office) push(n.entry.id, n.office, n.sentence);
  for (const [id, t] of ctx.finder.titled) push(id, t.office, t.sentence);
  // "Captain X was leading a Peshmerga patrol", "Colonel X, a Peshmerga officer": a rank held in the one force the sentence names.
  const ranked = new Set<string>();
  for (const r of readings) {
    const forces = [...new Set(r.mentions.flatMap((m) => m.entries.filter((e) => e.kind === 'Force').map((e) => e.id)))];
    if (!forces.length) continue;
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || ranked.has(person.id) || ctx.finder.discovered.get(person.id)?.office || out.some((o) => o.from === person.id)) continue;
      const before = r.sentence.text.slice(0, m.start - r.sentence.start);
      const rank = RANK_BEFORE.exec(before);
      if (!rank) continue;
      // "Makhmour's civil defence chief, Captain X," / "Colonel X, a commander of the army's sector,": a post told next to
      // the name, in a body of its own and not in the force the sentence names, is what the rank serves.
      const post = [POST_BEFORE.exec(before.slice(0, rank.index)), POST_AFTER.exec(r.sentence.text.slice(m.end - r.sentence.start))];
      const offsets = [0, m.end - r.sentence.start];
      const within = (id: string, i: number) => r.mentions.filter((f) => f.entries.some((e) => e.id === id)).map((f) => f.start - r.sentence.start).some((at) => post[i] && at >= offsets[i]! + post[i]!.index && at < offsets[i]! + post[i]!.index + post[i]![0].length);
      // "Colonel X, a Peshmerga officer in the area," in a sentence naming other forces too: the one the apposition names.
      const told = forces.filter((id) => within(id, 1));
      const force = forces.length === 1 ? forces[0]! : told.length === 1 ? told[0]! : null;
      if (!force) continue;
      const elsewhere = post.some((p, i) => p && POST_BODY.test(p[1]!) && !within(force, i));
      if (elsewhere) continue;
      ranked.add(person.id);
      push(person.id, { title: rank[1]!, of: force }, r.sentence.text);
    }
  }
  // "police Lt. Col. X", "army Captain X": a rank in the service the word before it names (in Iraqi news, Iraq's).
  for (const r of readings) {
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || ranked.has(person.id) || ctx.finder.discovered.get(person.id)?.office || out.some((o) => o.from === person.id)) continue;
      const t = SERVICE_RANK_BEFORE.exec(r.sentence.text.slice(0, m.start - r.sentence.start));
      const force = t && ctx.lookup(SERVICES[t[1]!.toLowerCase()]!).find((e) => e.kind === 'Force');
      if (!force) continue;
      ranked.add(person.id);
      push(person.id, { title: t[2]!.replace(/\.\s*/g, ' ').trim().split(' ').map((w) => RANK_WORDS[w] ?? w).join(' '), of: force.id }, r.sentence.text);
    }
  }
  readings.forEach((r, i) => {
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || out.some((o) => o.from === person.id)) continue;
      const t = UNIT_BEFORE.exec(r.sentence.text.slice(0, m.start - r.sentence.start)) ?? UNIT_AFTER.exec(r.sentence.text.slice(m.end - r.sentence.start));
      if (!t) continue;
      const [word, title] = t[1] ? [t[1], t[2]!] : t[3] ? [t[3], t[4]!] : [t[6]!, t[5]!];
      const unit = lastUnit(readings, i, UNIT_TYPE[word.toLowerCase().replace('-', '')]!, ctx);
      const place = unit ? ctx.entry(unit) : undefined;
      if (place) push(person.id, { title: title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), of: ctx.finder.localGovernment(place).id }, r.sentence.text);
    }
  });
  for (const r of readings) {
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || ctx.finder.discovered.has(person.id) || ranked.has(person.id)) continue;
      const t = TITLE_BEFORE.exec(r.sentence.text.slice(0, m.start - r.sentence.start));
      if (!t) continue;
      // "on Prime Minister X" reads as "Minister" of "Prime".
      const [title, possessor] = t[1] && /^minister$/i.test(t[2]!) && /^Prime$/.test(t[1]) ? ['Prime Minister', null] : [t[2]!, t[1] ?? null];
      // "President Barham Salih": a known person's bare title is the office the reference gives them.
      const known = !possessor && person.office && person.office.title.toLowerCase().startsWith(title.toLowerCase()) ? { title, of: person.office.of } : null;
      const office = known ?? ctx.finder.officeOf(title, possessor);
      if (office) push(person.id, office, r.sentence.text);
    }
  }
  readings.forEach((r, i) => {
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || out.some((o) => o.from === person.id)) continue;
      const before = ASSOCIATION_BEFORE.exec(r.sentence.text.slice(0, m.start - r.sentence.start));
      const after = before ? null : ASSOCIATION_AFTER.exec(r.sentence.text.slice(m.end - r.sentence.start));
      const post = before?.[1] ?? after?.[1] ?? (after?.[2] ? 'head' : null);
      const phrase = before?.[2] ?? after?.[3];
      const parts = phrase ? ASSOCIATION_PARTS.exec(phrase) : null;
      if (!post || !parts) continue;
      const where = parts[1] ?? parts[4];
      // A place named ("Kirkuk", "in Shirqat"), or "the province": the province named last.
      const unit = where && /^(?:province|district)$/i.test(where) ? lastUnit(readings, i, where.toLowerCase() === 'province' ? 'GOVERNORATE' : 'DISTRICT', ctx) : null;
      const place = unit ? ctx.entry(unit)?.name.replace(/\s+(?:Governorate|Province|District)$/, '') : where && ctx.lookup(where).some((e) => e.kind === 'Place') ? where : null;
      if (!place) continue;
      const trade = parts[2]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/’$/, "'");
      const body = ctx.finder.association(`${place} ${trade} ${parts[3]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}`, r.sentence.text);
      push(person.id, { title: `${post.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} of the ${phrase}`, of: body.id }, r.sentence.text);
    }
  });
  readings.forEach((r, i) => {
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || out.some((o) => o.from === person.id)) continue;
      const t = THE_COMMAND_BEFORE.exec(r.sentence.text.slice(0, m.start - r.sentence.start)) ?? THE_COMMAND_AFTER.exec(r.sentence.text.slice(m.end - r.sentence.start));
      const command = t ? lastCommand(readings, i) : null;
      if (command) push(person.id, { title: (t![1] ?? t![2]!).replace(/^\p{Ll}/u, (c) => c.toUpperCase()), of: command }, r.sentence.text);
    }
  });
  // The premiership joined to the command of the armed forces, before the name.
  for (const r of readings) {
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || !PREMIER_AND_COMMANDER.test(r.sentence.text.slice(0, m.start - r.sentence.start))) continue;
      const premier = ctx.finder.officeOf('Prime Minister', null);
      if (premier && !out.some((o) => o.from === person.id && o.to === premier.of)) push(person.id, { title: 'Prime Minister and Commander-in-Chief of the Armed Forces', of: premier.of }, r.sentence.text);
    }
  }
  return out;
}
