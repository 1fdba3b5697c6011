/**
 * The first stage: each sentence read once into what the later stages need — its entity
 * mentions, date expressions, quotes and clauses. Offsets of mentions are in the article body;
 * offsets of dates, quotes and clauses are in the sentence.
 */
import { clausesOf, type Clause } from './clauses.js';
import type { ArticleContext } from './context.js';
import { resolveDates, type ResolvedDate } from './dates.js';
import type { Mention } from './gazetteer.js';
import { quotesOf, type Quote } from './quotes.js';
import { splitSentences, type Sentence } from './text.js';

export interface SentenceReading {
  sentence: Sentence;
  mentions: Mention[];
  dates: ResolvedDate[];
  quotes: Quote[];
  clauses: Clause[];
}

/** Reads every sentence of the article: new entities are learnt first, so every sentence sees them. */
export function readSentences(ctx: ArticleContext): SentenceReading[] {
  const sentences = splitSentences(ctx.article.body);
  for (const s of sentences) ctx.finder.discover(s);
  return sentences.map((s) => {
    const quotes = quotesOf(s.text);
    return {
      sentence: s,
      mentions: ctx.finder.mentions(s),
      dates: resolveDates(s.text, ctx.published),
      quotes,
      clauses: clausesOf(s.text, quotes),
    };
  });
}

/** A mention's offsets in its sentence. */
export function localSpan(r: SentenceReading, m: Mention): { start: number; end: number } {
  return { start: m.start - r.sentence.start, end: m.end - r.sentence.start };
}
