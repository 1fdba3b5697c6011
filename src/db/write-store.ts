/**
 * Writes of import batches and extracted articles through the writer (src/db/writer.ts), and the
 * gazetteer the articles are extracted against: what the seed, the importer and ingestArticle use.
 */
import type { ImportBatch } from '../import/format.js';
import { Access } from './access.js';
import type { Graph, Row } from './graph.js';
import * as read from './queries/read.js';
import { writeArticles, writeBatch, type ArticleWrite, type WriteOptions, type WriteResult } from './writer.js';

export class WriteStore {
  private readonly db: Access;

  /** Over a Graph (no counting), or over a request's Access (shared with the request's other stores). */
  constructor(db: Graph | Access) {
    this.db = Access.of(db);
  }

  async importBatch(batch: ImportBatch, options: WriteOptions): Promise<WriteResult> {
    return this.db.graph.writeTx((tx) => writeBatch(tx, batch, options), { tag: 'import-batch', stats: this.db.stats });
  }

  /** Several articles in one transaction (writer.ts writeArticles): all of them land, or none. */
  async importArticles(parts: ArticleWrite[]): Promise<WriteResult[]> {
    return this.db.graph.writeTx((tx) => writeArticles(tx, parts), { tag: 'import-articles', stats: this.db.stats });
  }

  /** Entities (all of them, or those with the given ids), for the extractor's gazetteer. */
  async gazetteerEntries(ids: string[] | null = null): Promise<Row[]> {
    return this.db.read(read.gazetteerEntries(ids), 'gazetteer');
  }
}
