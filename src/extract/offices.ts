/**
 * Offices: HOLDS_OFFICE for people the article introduces with a title, and for known people
 * named after a title ("Kurdistan's Prime Minister Masrour Barzani").
 */
import type { RelationshipInput } from '../import/format.js';
import type { ArticleContext } from './context.js';
import type { SentenceReading } from './reading.js';

const TITLE_BEFORE = /(?:\b((?:[A-Z][\p{L}.'’]*(?: [A-Z][\p{L}'’]*){0,3}?))(?:[’']s)? )?\b((?:Deputy |Vice |Acting )?(?:Prime Minister|President|Minister(?: of \w+(?: \w+)?)?|Foreign Minister|Defen[cs]e Minister|Interior Minister|Governor|Mayor|Speaker|Commander|Chairman|Secretary of State|Ambassador))\s+$/u;

const RANK_BEFORE = /\b((?:Staff )?(?:Lieutenant Colonel|Colonel|Major|Captain|Brigadier|Lieutenant))\s+$/;

export function readOffices(readings: SentenceReading[], ctx: ArticleContext): RelationshipInput[] {
  const out: RelationshipInput[] = [];
  const push = (person: string, office: { title: string; of: string }, sentence: string) =>
    out.push({ from: person, type: 'HOLDS_OFFICE', to: office.of, properties: { title: office.title }, source: { article: ctx.article.id, sentence, confidence: 0.8 } });
  for (const n of ctx.finder.discovered.values()) if (n.office) push(n.entry.id, n.office, n.sentence);
  // "Captain X was leading a Peshmerga patrol", "Colonel X, a Peshmerga officer": a rank held in the one force the sentence names.
  const ranked = new Set<string>();
  for (const r of readings) {
    const forces = [...new Set(r.mentions.flatMap((m) => m.entries.filter((e) => e.kind === 'Force').map((e) => e.id)))];
    if (forces.length !== 1) continue;
    for (const m of r.mentions) {
      const person = m.entries.find((e) => e.kind === 'Person');
      if (!person || ranked.has(person.id) || ctx.finder.discovered.get(person.id)?.office || out.some((o) => o.from === person.id)) continue;
      const rank = RANK_BEFORE.exec(r.sentence.text.slice(0, m.start - r.sentence.start));
      if (!rank) continue;
      ranked.add(person.id);
      push(person.id, { title: rank[1]!, of: forces[0]! }, r.sentence.text);
    }
  }
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
  return out;
}
