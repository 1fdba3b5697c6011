/**
 * Facts between entities that sentences state in passing: distances and bearings ("70 km
 * southeast of Mosul"), parts of wholes ("the ISF, including the Peshmerga"), opposition ("the
 * army launched operations against ISIS").
 */
import type { RelationshipInput } from '../import/format.js';
import { pick, type ArticleContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import { DIRECTIONS } from './lexicon.js';
import { NAME } from './mentions.js';
import { inQuote } from './quotes.js';
import type { SentenceReading } from './reading.js';
import { matchesOf } from './text.js';

export function readFacts(r: SentenceReading, ctx: ArticleContext, defaultPlace: GazetteerEntry | null): RelationshipInput[] {
  const out: RelationshipInput[] = [];
  const text = r.sentence.text;
  const source = { article: ctx.article.id, sentence: text };
  const distance = new RegExp(String.raw`(?:about|some|around|roughly|nearly|approximately|almost)?\s*(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b(?:\s*\(\s*\d+(?:\.\d+)?\s*(?:miles?|km)\s*\))?\s+(?:to the\s+)?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:\s+of)?\s+(?:the\s+)?(?:city of\s+|capital,?\s+)?(${NAME})`, 'gu');
  const places = r.mentions.map((m) => ({ m, e: pick(m, 'place') })).filter((x) => x.e);
  for (const m of matchesOf(text, distance)) {
    const target = ctx.lookup(m[4]!.replace(/[’']s$/, '')).find((e) => e.kind === 'Place');
    const subject = places.find((p) => p.m.start - r.sentence.start < (m.index ?? 0) && p.e!.id !== target?.id)?.e ?? defaultPlace;
    if (!target || !subject || subject.id === target.id) continue;
    const km = /mile/i.test(m[2]!) ? Math.round(Number(m[1]) * 1.609) : Number(m[1]);
    out.push({
      from: subject.id,
      type: 'NEAR',
      to: target.id,
      properties: { distanceKm: km, direction: m[3]!.toLowerCase(), compass: DIRECTIONS[m[3]!.toLowerCase()] ?? '' },
      source: { ...source, confidence: 0.9 },
    });
  }
  for (const m of matchesOf(text, /,?\s+including\s+(?:the\s+)?/gi)) {
    const at = r.sentence.start + (m.index ?? 0);
    const whole = [...r.mentions].reverse().find((x) => x.end <= at && at - x.end < 4);
    const part = r.mentions.find((x) => x.start >= at + m[0].length - 1 && x.start - (at + m[0].length) < 4);
    const w = whole && pick(whole, 'actor');
    const p = part && pick(part, 'actor');
    if (w && p && w.id !== p.id && w.kind === 'Force' && p.kind === 'Force') {
      out.push({ from: p.id, type: 'PART_OF', to: w.id, properties: {}, source: { ...source, confidence: 0.7 } });
    }
  }
  const against = /\b(?:launched|conducted|carried out|stepped up|waged|began|started|continue(?:d)?)\b[^.]{0,60}?\b(?:operations?|campaigns?|offensives?|raids?|fight|war|strikes)\s+against\s+/i.exec(text);
  if (against) {
    const at = r.sentence.start + (against.index ?? 0);
    const targetMention = r.mentions.find((x) => x.start >= at + against[0].length - 1);
    const z = targetMention && pick(targetMention, 'actor');
    if (z) {
      for (const x of r.mentions.filter((y) => y.end <= at)) {
        const e = pick(x, 'actor');
        if (e && e.id !== z.id && (e.kind === 'Force' || e.kind === 'Government') && !inQuote(r.quotes, x.start - r.sentence.start, x.end - r.sentence.start)) {
          out.push({ from: e.id, type: 'OPPOSES', to: z.id, properties: {}, source: { ...source, confidence: 0.7 } });
        }
      }
    }
  }
  return out;
}
