/**
 * A learned second look at an incident's place (docs/benchmarks.md, "Learned place choice
 * (cross-validated)"). Once the rules have assembled the incidents and placed each one, every place
 * the incident's sentences name — and each frame's own place argument — competes with the rules'
 * choice: a logistic regression (weights in place-weights.ts, fitted by scripts/place-model.ts on
 * the development sets) scores each candidate from a few features, and a candidate replaces the
 * rules' place only when the model finds it clearly more likely (by the trained margin). The rules'
 * choice is itself a feature, so the model mostly agrees with them; it overrides where a village or
 * a sub-district the sentence names beats a town or a district the rules fell back to.
 *
 * The cost is a dot product per candidate and a few regular expressions per place mention of the
 * incident's sentences.
 */
import type { ArticleContext } from './context.js';
import type { Incident } from './assembly.js';
import type { PlaceArgument } from './event-place.js';
import type { EventFrame } from './frames.js';
import type { GazetteerEntry } from './gazetteer.js';
import { clauseAt } from './clauses.js';
import { inQuote } from './quotes.js';
import { localSpan, type SentenceReading } from './reading.js';
import { PLACE_MODEL, type PlaceModel } from './place-weights.js';

export const PLACE_FEATURES = [
  'rule', // the place the rules chose for the incident
  'framePlace', // the place argument of one of the incident's frames
  'firstFramePlace', // the place argument of the incident's first frame
  'locative', // "in / at / village of ..." before it
  'near', // "near / outside / on the outskirts of" before it
  'measured', // "north of", "30 km from": a bearing or distance from it
  'sourceSeat', // "a source in", "officials in", "told ... in": where someone spoke
  'possessive', // "Kirkuk's": a possessor
  'sameClause', // in the clause of a frame's trigger
  'afterTrigger', // named after the trigger in its sentence
  'distance', // log characters to the nearest trigger (0..1, 1 = far or no trigger)
  'frameSentence', // named in a sentence of the incident's frames
  'firstSentence', // named in the incident's first sentence
  'firstInSentence', // the first place named in a frame sentence
  'quoted', // every frame-sentence mention inside a quote
  'articleCount', // log count of mentions in the article
  'firstInArticle', // among the first two places the article names
  'headline', // named in the headline
  'lead', // named in the article's first sentence
  'gSite', // site, village or area
  'gTown', // town or city
  'gDistrict', // sub-district or district
  'gProvince', // governorate
  'gCountry', // region or country
  'located', // its parent is known
  'discovered', // a place the gazetteer did not know
  'containsOther', // encloses another candidate
  'insideOther', // lies inside another candidate
] as const;
export type PlaceFeature = (typeof PLACE_FEATURES)[number];

export interface PlaceCandidate {
  entry: GazetteerEntry;
  features: Record<PlaceFeature, number>;
  /** A frame's own place argument for it, when one chose it. */
  argument?: PlaceArgument;
  /** Where it is first named in the incident's sentences. */
  evidence?: string;
}

/** What the article says of its places as a whole: how often each is named, the first two, the headline's (read only when asked). */
export interface ArticlePlaces {
  counts: Map<string, number>;
  first: string[];
  headline: () => Set<string>;
}

const LOCATIVE = /\b(?:in|at|near|outside|inside|around|on the outskirts of|on the road to|village of|town of|city of|district of|area of|province of|governorate of|region of|on|targeting|struck|hit)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
const UNIT_AFTER = /^\s*(?:village|town|city|district|sub-?district|province|governorate|area|region|camp)\b/i;
const NEAR = /\b(?:near|nearby|close to|outside|on the outskirts of|outskirts of|around|in the vicinity of)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?$/i;
const MEASURED = /\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|capital|district|province)(?:\s+of)?,?\s+)?$|\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?(?:from\s+)?(?:the\s+)?$/i;
const SOURCE_SEAT = /\b(?:sources?|officials?|spokes(?:man|woman|person)|correspondent|reporter|police|authorities|government|command|told|said|statement)\b[^.;]{0,25}\b(?:in|at|from)\s+(?:the\s+)?$/i;

export function articlePlaces(readings: SentenceReading[], ctx: ArticleContext): ArticlePlaces {
  const counts = new Map<string, number>();
  const first: string[] = [];
  for (const r of readings) {
    for (const m of r.mentions) {
      for (const e of m.entries) {
        if (e.kind !== 'Place') continue;
        counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
        if (first.length < 2 && !first.includes(e.id)) first.push(e.id);
      }
    }
  }
  let headline: Set<string> | undefined;
  return {
    counts,
    first,
    headline: () => {
      if (headline) return headline;
      headline = new Set();
      const title = ctx.article.title?.trim();
      if (title) for (const m of ctx.finder.mentions({ index: -1, paragraph: -1, start: 0, end: title.length, text: title })) for (const e of m.entries) if (e.kind === 'Place') headline.add(e.id);
      return headline;
    },
  };
}

function anchorOf(f: EventFrame): { start: number; end: number } | null {
  const t = f.triggers.find((x) => !x.weak && !x.definite) ?? f.triggers.find((x) => !x.weak) ?? f.triggers[0];
  return t ? { start: t.start, end: t.end } : null;
}

function granularity(rank: number): PlaceFeature {
  if (rank <= 2) return 'gSite';
  if (rank === 3) return 'gTown';
  if (rank <= 5) return 'gDistrict';
  if (rank === 6) return 'gProvince';
  return 'gCountry';
}

/** The places competing for an incident, with their features. */
export function placeCandidates(incident: Incident, readings: SentenceReading[], ctx: ArticleContext, article: ArticlePlaces): Map<string, PlaceCandidate> {
  const out = new Map<string, PlaceCandidate>();
  const get = (e: GazetteerEntry): PlaceCandidate => {
    let c = out.get(e.id);
    if (!c) {
      const features = Object.fromEntries(PLACE_FEATURES.map((k) => [k, 0])) as Record<PlaceFeature, number>;
      features.distance = 1;
      features.quoted = 1;
      c = { entry: e, features };
      out.set(e.id, c);
    }
    return c;
  };
  const frames = incident.frames.filter((f) => f.sentenceIndex >= 0);
  const firstSentence = frames[0]?.sentenceIndex ?? -1;
  for (const [fi, f] of frames.entries()) {
    const r = readings[f.sentenceIndex];
    if (!r) continue;
    const anchor = anchorOf(f);
    const clause = anchor ? clauseAt(r.clauses, anchor.start) : undefined;
    const text = r.sentence.text;
    let order = 0;
    for (const m of r.mentions) {
      const e = m.entries.find((x) => x.kind === 'Place');
      if (!e) continue;
      const c = get(e);
      const x = c.features;
      const { start, end } = localSpan(r, m);
      const before = text.slice(Math.max(0, start - 60), start);
      c.evidence ??= text.slice(Math.max(0, start - 25), Math.min(text.length, end + 10)).trim();
      x.frameSentence = 1;
      if (f.sentenceIndex === firstSentence) x.firstSentence = 1;
      if (order++ === 0) x.firstInSentence = 1;
      if (LOCATIVE.test(before) || UNIT_AFTER.test(text.slice(end, end + 20))) x.locative = 1;
      if (NEAR.test(before)) x.near = 1;
      if (MEASURED.test(before)) x.measured = 1;
      if (SOURCE_SEAT.test(before)) x.sourceSeat = 1;
      if (/^['’]s\b/.test(text.slice(end, end + 3)) || /['’]s$/.test(m.text)) x.possessive = 1;
      if (!inQuote(r.quotes, start, end)) x.quoted = 0;
      if (anchor) {
        if (clause && start >= clause.start && end <= clause.end) x.sameClause = 1;
        if (start >= anchor.end) x.afterTrigger = 1;
        const d = Math.min(Math.abs(start - anchor.end), Math.abs(anchor.start - end));
        x.distance = Math.min(x.distance, Math.min(1, Math.log1p(d) / Math.log1p(300)));
      }
    }
    if (f.place) {
      const c = get(f.place.place);
      c.argument ??= f.place;
      c.features.framePlace = 1;
      if (fi === 0) c.features.firstFramePlace = 1;
      if (f.place.sameClause) c.features.sameClause = 1;
      if (f.place.approximate) c.features.near = 1;
      if (f.place.measured) c.features.measured = 1;
      if (!c.features.frameSentence) c.features.quoted = 0;
    }
  }
  if (incident.place) {
    const c = get(incident.place.place);
    c.features.rule = 1;
    if (!c.features.frameSentence) c.features.quoted = 0;
  }
  const headline = out.size > 1 ? article.headline() : new Set<string>();
  for (const c of out.values()) {
    const x = c.features;
    x[granularity(ctx.rank(c.entry))] = 1;
    x.located = ctx.located(c.entry) ? 1 : 0;
    x.discovered = ctx.finder.discovered.has(c.entry.id) ? 1 : 0;
    x.headline = headline.has(c.entry.id) ? 1 : 0;
    x.lead = readings[0]?.mentions.some((m) => m.entries.some((e) => e.id === c.entry.id)) ? 1 : 0;
    x.articleCount = Math.min(1, Math.log1p(article.counts.get(c.entry.id) ?? 0) / Math.log1p(10));
    x.firstInArticle = article.first.includes(c.entry.id) ? 1 : 0;
    for (const o of out.values()) {
      if (o === c) continue;
      if (ctx.contains(c.entry.id, o.entry.id)) x.containsOther = 1;
      if (ctx.contains(o.entry.id, c.entry.id)) x.insideOther = 1;
    }
    if (!x.frameSentence && !x.framePlace && !x.rule) x.quoted = 0;
  }
  return out;
}

/** The model's probability that a candidate is the incident's place. */
export function placeProbability(features: Record<PlaceFeature, number> | readonly number[], model: PlaceModel = PLACE_MODEL): number {
  let z = model.bias;
  PLACE_FEATURES.forEach((k, j) => {
    const v = Array.isArray(features) ? (features as readonly number[])[j]! : (features as Record<PlaceFeature, number>)[k];
    z += model.weights[k] * v;
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * The candidate that replaces the rules' place: the model's most likely one, when the rules chose a
 * place and the model finds another more likely by more than its margin; else null (keep the rules').
 */
export function overridingPlace<T extends { rule: boolean; p: number }>(scored: T[], margin: number): T | null {
  const rule = scored.find((s) => s.rule);
  if (!rule || scored.length < 2) return null;
  const best = scored.reduce((a, c) => (c.p > a.p ? c : a));
  return best !== rule && best.p - rule.p > margin ? best : null;
}

/** A new place the article nested in a town or a city (a neighbourhood, a quarter). */
function quarterOfTown(e: GazetteerEntry, ctx: ArticleContext): boolean {
  const parent = ctx.parentOf(e.id);
  return ctx.finder.discovered.has(e.id) && Boolean(parent) && ['CITY', 'TOWN'].includes(ctx.entry(parent!)?.placeType ?? '');
}

/**
 * "a shopping mall in east Baghdad" then "the gate of the X mall in the New Baghdad district": a sub-district (or another
 * district) of the city's province that a report of the incident names in its own clause, not measured from nor only near,
 * is where in the province it happened (a city's sub-districts sit beside it in the hierarchy, so no rule of containment
 * refines the city by them). The unit around the city itself ("Basra district") refines nothing.
 */
function unitBesideCity(incident: Incident, ctx: ArticleContext): PlaceArgument | undefined {
  const p = incident.place;
  if (!p || p.place.placeType !== 'CITY') return undefined;
  for (const f of incident.frames) {
    const a = f.place;
    if (!a || !a.sameClause || a.approximate || a.measured || f.quoted || f.reference) continue;
    if (a.place.placeType !== 'SUBDISTRICT' && a.place.placeType !== 'DISTRICT') continue;
    if (ctx.contains(a.place.id, p.place.id) || ctx.province(a.place.id) !== ctx.province(p.place.id)) continue;
    return a;
  }
  return undefined;
}

/**
 * Re-places each incident where the model overrides the rules. An incident split by place ("in
 * Basra and Amarah") keeps the place the split gave it.
 */
export function applyPlaceModel(incidents: Incident[], readings: SentenceReading[], ctx: ArticleContext, model: PlaceModel = PLACE_MODEL): void {
  let article: ArticlePlaces | undefined;
  for (const incident of incidents) {
    if (!incident.place || incidents.some((o) => o !== incident && o.frames === incident.frames)) continue;
    const unit = unitBesideCity(incident, ctx);
    if (unit) incident.place = unit;
    article ??= articlePlaces(readings, ctx);
    const candidates = [...placeCandidates(incident, readings, ctx, article).values()];
    if (candidates.length < 2) continue;
    const scored = candidates.map((c) => ({ c, rule: c.features.rule === 1, p: placeProbability(c.features, model) }));
    const chosen = overridingPlace(scored, model.margin)?.c;
    if (!chosen) continue;
    // A quarter the article told inside a town ("the Barbarosh neighbourhood, in the south of the district centre") is
    // where in that town it happened: the model does not trade it back for the town or the district around it.
    if (ctx.contains(chosen.entry.id, incident.place.place.id) && quarterOfTown(incident.place.place, ctx)) continue;
    incident.place = chosen.argument ?? { place: chosen.entry, evidence: chosen.evidence ?? chosen.entry.name, sameClause: chosen.features.sameClause === 1 };
  }
}
