/** Curator review (docs/adr/0011): facts under review, the review queue, decisions, audit trails. */
import { Access, page, type Keyed, type Page } from './access.js';
import type { Graph } from './graph.js';
import * as reviewQueries from './queries/review.js';
import type { FactRecord, HistoryRecord } from './records.js';
import * as review from './review.js';

export class ReviewStore {
  private readonly db: Access;

  /** Over a Graph (no counting), or over a request's Access (shared with the request's other stores). */
  constructor(db: Graph | Access) {
    this.db = Access.of(db);
  }

  /** Facts under review by id (events, statements, relationships, claims); unknown ids are left out. */
  async reviewFacts(ids: readonly string[]): Promise<Keyed<FactRecord>> {
    return review.loadFacts((query) => this.db.read(query, 'review:facts'), ids);
  }

  /** One page of the review queue: fact ids with their priority, highest first. */
  async reviewQueue(filter: reviewQueries.QueueFilter, offset: number, limit: number): Promise<Page<{ id: string; kind: string; priority: number }>> {
    const rows = await this.db.read(reviewQueries.reviewQueue(filter, offset, limit), 'review:queue');
    return page(rows, limit, (r) => ({ id: r.id as string, kind: r.kind as string, priority: r.priority as number }));
  }

  async reviewQueueCount(filter: reviewQueries.QueueFilter): Promise<number> {
    return ((await this.db.read(reviewQueries.reviewQueueCount(filter), 'review:queue-count'))[0]?.total as number) ?? 0;
  }

  /**
   * Confirms, corrects or rejects a fact in one transaction (CONFLICT when `etag` is stale) and
   * returns the fact as it then stands.
   */
  async decide(input: review.DecisionInput): Promise<FactRecord> {
    return this.db.graph.writeTx(
      async (tx) => {
        const id = await review.decide(tx, input);
        const fact = (await review.loadFacts((query) => tx.run(query), [id])).get(id);
        if (!fact) throw new Error(`${id} missing right after the decision`);
        return fact;
      },
      { tag: `review:${input.action}`, stats: this.db.stats },
    );
  }

  /** The audit trail of a node, relationship or claim; null when it does not exist. */
  async history(id: string, limit: number): Promise<HistoryRecord[] | null> {
    return review.history((query) => this.db.read(query, 'review:history'), id, limit);
  }
}
