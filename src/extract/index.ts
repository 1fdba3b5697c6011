/** The article extractor's public entry points. */
import { Gazetteer } from './gazetteer.js';
import { parseArticle, type ParseOptions } from './parse.js';
import { FrameExtractor } from './frame-extractor.js';
import type { ExtractionResult, Extractor, ParsedArticle } from './types.js';

export { ARTICLE_FIELD_LIMITS, ArticleError, DEFAULT_MAX_ARTICLE_BYTES, decodeText, overlongField, parseArticle } from './parse.js';
export { Gazetteer, type GazetteerEntry } from './gazetteer.js';
export { FrameExtractor } from './frame-extractor.js';
export type { ExtractionResult, Extractor, ParsedArticle } from './types.js';

export const defaultExtractor: Extractor = new FrameExtractor();

/** Parses and extracts one article's text; throws ArticleError for unreadable input. */
export function extractArticle(
  text: string,
  gazetteer: Gazetteer,
  options: ParseOptions & { extractor?: Extractor } = {},
): ExtractionResult & { article: ParsedArticle } {
  const article = parseArticle(text, options);
  const result = (options.extractor ?? defaultExtractor).extract(article, gazetteer);
  return { ...result, article };
}
