/**
 * The article extractor as a pipeline of pure stages (docs/adr/0006-article-extractor.md):
 *
 *   reading (sentences, mentions, dates, quotes, clauses)  src/extract/reading.ts
 *   -> nesting of new places                               src/extract/nesting.ts
 *   -> clause-level event frames                           src/extract/frames.ts (triggers, roles, event-place, event-time, casualties)
 *   -> discourse assembly into incidents                   src/extract/assembly.ts
 *   -> learned second look at each incident's place        src/extract/place-model.ts (weights in place-weights.ts)
 *   -> victims described after their toll                  src/extract/victims.ts
 *   -> ACLED typing                                        src/extract/acled-typing.ts
 *   -> statements                                          src/extract/statements.ts (speakers)
 *   -> facts and offices                                   src/extract/facts.ts, offices.ts
 *   -> ImportBatch                                         src/extract/batch.ts
 */
import { acledType, strikeSides, territorySides } from './acled-typing.js';
import { assemble, placeFromHeadline } from './assembly.js';
import { publisherOf, toBatch } from './batch.js';
import { ArticleContext } from './context.js';
import { readFacts } from './facts.js';
import { framesOf, headlineFrames, sectionsOf } from './frames.js';
import type { Gazetteer } from './gazetteer.js';
import { nestNewPlaces } from './nesting.js';
import { unitNamed } from './event-place.js';
import { applyPlaceModel } from './place-model.js';
import { readOffices } from './offices.js';
import { readSentences } from './reading.js';
import { readStatements } from './statements.js';
import type { ExtractionResult, Extractor, ParsedArticle } from './types.js';
import { describeVictims, victimDescriptions } from './victims.js';

export class FrameExtractor implements Extractor {
  readonly name = 'frames';
  readonly version = 'frames-1';

  extract(article: ParsedArticle, gazetteer: Gazetteer): ExtractionResult {
    const { batch, ctx } = runStages(article, gazetteer);
    return { batch, warnings: ctx.warnings };
  }
}

/**
 * The stages above, keeping what they built beside the batch. `placeModel: false` leaves the rules'
 * places as they are (scripts/place-model.ts reads the candidates of the rules' choice to fit it).
 */
export function runStages(article: ParsedArticle, gazetteer: Gazetteer, options: { placeModel?: boolean } = {}) {
  const ctx = new ArticleContext(article, gazetteer);
  const readings = readSentences(ctx);
  nestNewPlaces(readings, ctx);
  const sections = sectionsOf(readings);
  const frames = readings.flatMap((r, i) => framesOf(r, ctx, readings[i - 1]).map((f) => ({ ...f, section: sections[i] })));
  const incidents = assemble(frames, ctx);
  // "Three soldiers killed in ISIS ambush in Tarmiyah" over a body that tells only the aftermath: the headline's incident,
  // when it is reported there with its toll (not a reaction or a reference to one told elsewhere).
  if (!incidents.length) incidents.push(...assemble(headlineFrames(ctx).filter((f) => f.type && !f.reference && !f.quoted && f.figures.length > 0), ctx));
  // The headline is read only when no incident has a place of its own (the only case it can change).
  if (incidents.length && !incidents.some((i) => i.place)) placeFromHeadline(incidents, headlineFrames(ctx));
  // A learned second look at each incident's place, among all the places its sentences name (src/extract/place-model.ts).
  if (options.placeModel !== false) applyPlaceModel(incidents, readings, ctx);
  describeVictims(incidents, victimDescriptions(readings), ctx);
  const typed = incidents.map((incident) => ({ incident, type: acledType(incident, ctx) }));
  for (const { incident, type } of typed) territorySides(incident, type, ctx);
  const publisher = publisherOf(ctx);
  const { statements, claims } = readStatements(readings, incidents, ctx, publisher);
  // A later strike told with no side, in a report whose earlier strikes of that kind one state carried out (src/extract/acled-typing.ts).
  strikeSides(typed, ctx, claims);
  const relationships = [...readings.flatMap((r) => readFacts(r, ctx, incidents[0]?.place?.place ?? null)), ...readOffices(readings, ctx)];
  const mentioned = new Map<string, string>();
  // ("Nineveh, Duhok and Kirkuk provinces": the governorates of those names, not their seat towns.)
  for (const r of readings) for (const m of r.mentions) for (const x of m.entries) {
    const e = x.kind === 'Place' ? unitNamed(r, m, x, ctx) : x;
    if (!mentioned.has(e.id)) mentioned.set(e.id, r.sentence.text);
  }
  const batch = toBatch(ctx, { incidents: typed, statements, claims, relationships, mentioned, publisher });
  return { ctx, readings, incidents, batch };
}
