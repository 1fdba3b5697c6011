/**
 * The stores of one GraphQL request, over one Access: its queries are counted into `stats`, and
 * sibling keyed reads combine whichever store issues them. Code outside a request builds only the
 * store it uses (`new WriteStore(graph)`).
 */
import { Access } from './access.js';
import { CurationStore } from './curation-store.js';
import { ExploreStore } from './explore-store.js';
import type { Graph, QueryStats } from './graph.js';
import { ListStore } from './list-store.js';
import { LookupStore } from './lookup-store.js';
import { ReviewStore } from './review-store.js';
import { WriteStore } from './write-store.js';

export class Stores {
  readonly lookups: LookupStore;
  readonly lists: ListStore;
  readonly explore: ExploreStore;
  readonly curation: CurationStore;
  readonly review: ReviewStore;
  readonly writes: WriteStore;

  constructor(
    readonly graph: Graph,
    stats?: QueryStats,
  ) {
    const db = new Access(graph, stats);
    this.lookups = new LookupStore(db);
    this.lists = new ListStore(db);
    this.explore = new ExploreStore(db);
    this.curation = new CurationStore(db);
    this.review = new ReviewStore(db);
    this.writes = new WriteStore(db);
  }

  /** The same stores for one request: they count their queries into `stats` and combine sibling reads. */
  withStats(stats: QueryStats): Stores {
    return new Stores(this.graph, stats);
  }
}
