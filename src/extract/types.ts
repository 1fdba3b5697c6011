/**
 * The extractor contract. An extractor reads one parsed article and emits an ImportBatch in the
 * structured import format, so the writer never knows which extractor produced it (the rule-based
 * one here, or a model-based one later).
 */
import type { ImportBatch } from '../import/format.js';
import type { Gazetteer } from './gazetteer.js';

export interface ParsedArticle {
  /** Stable article id (`article:<slug>`). */
  id: string;
  title: string | null;
  /** Publisher as written (front matter `source` or the dateline). */
  source: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD: the anchor for relative dates. */
  published: string;
  /**
   * The day a wire dateline gives ("BAGHDAD, March 9 (Reuters) -") when it is up to a week before
   * publication: the day the story was written, the anchor for its weekdays and "yesterday".
   */
  dateline?: string;
  /** The place a dateline names ("KIRKUK (Peyamner) -", "BAGHDAD, Nov. 16"): where the report was filed, the city "the city" means. */
  datelinePlace?: string;
  language: string;
  /** The article body without front matter (the dateline prefix removed from the first line). */
  body: string;
  /** The text as given, for storage and digests. */
  raw: string;
  fileName: string | null;
}

export interface ExtractionResult {
  batch: ImportBatch;
  /** Things the extractor noticed but could not resolve (for logs and the dry run). */
  warnings: string[];
}

export interface Extractor {
  readonly name: string;
  /** Bumped when the output for the same text changes, so seeding re-reads unchanged files. */
  readonly version: string;
  extract(article: ParsedArticle, gazetteer: Gazetteer): ExtractionResult;
}
