/** Paged lists (events, statements, articles, entities), their counts and the event totals. */
import { Access, asNode, page, type Page } from './access.js';
import type { Graph } from './graph.js';
import * as lists from './queries/lists.js';
import type { ArticleRecord, ClaimRecord, EntityRecord, EventRecord, EventTotalsRecord, NeighbourRecord, StatementRecord } from './records.js';
import type { Row } from './graph.js';
import { markPartial, toClaimRecord, toNeighbourRecords } from './mappers.js';
import type { NeighbourSpec, ReadAheadSpec } from './queries/read.js';

/** What a list statement read ahead: per spec asked, each node's neighbours by node id; each event's claims, when asked. */
export interface Prefetched {
  prefetched: { spec: NeighbourSpec; byId: Map<string, NeighbourRecord[]> }[];
  claims: Map<string, ClaimRecord[]> | null;
}

/**
 * From rows of `node` with columns `pre<i>` (and `claims`), as lists.ts `prefetched` adds them.
 * The lists read one level down (`then`) come out flat, by the id of the neighbour they belong to.
 */
export function prefetchedOf(rows: Row[], specs: ReadAheadSpec[], claims = false): Prefetched {
  const id = (r: Row) => (r.node as { id: string }).id;
  const prefetched = specs.flatMap(({ spec, then }, i) => {
    const lists = rows.map((r) => [id(r), r[`pre${i}`] as Row[]] as const);
    const below = lists.flatMap(([, items]) => items);
    return [
      { spec, byId: new Map(lists.map(([key, items]) => [key, toNeighbourRecords(items, spec.properties !== undefined)])) },
      ...then.map((inner, j) => ({
        spec: inner,
        byId: new Map(below.map((item) => [id(item), toNeighbourRecords(item[`pre${j}`], inner.properties !== undefined)])),
      })),
    ];
  });
  return {
    prefetched,
    claims: claims ? new Map(rows.map((r) => [id(r), (r.claims as Record<string, unknown>[]).map((c) => toClaimRecord(c, id(r)))])) : null,
  };
}

export class ListStore {
  private readonly db: Access;

  /** Over a Graph (no counting), or over a request's Access (shared with the request's other stores). */
  constructor(db: Graph | Access) {
    this.db = Access.of(db);
  }

  /** A page of events; with a read-ahead, each event's neighbours for each spec (`prefetched[i]` by event id) and its claims too. */
  async eventPage(
    filter: lists.EventFilterInput,
    sort: lists.EventSort,
    offset: number,
    limit: number,
    readAhead: lists.EventReadAhead = lists.NO_READ_AHEAD,
  ): Promise<Page<{ event: EventRecord; distanceKm: number | null }> & Prefetched> {
    const rows = await this.db.read(lists.eventPage(filter, sort, offset, limit, readAhead), 'events');
    return {
      ...page(rows, limit, (r) => ({ event: asNode(r.node) as EventRecord, distanceKm: (r.distance as number | null) ?? null })),
      ...prefetchedOf(rows.slice(0, limit), readAhead.neighbours, readAhead.claims),
    };
  }

  async eventCount(filter: lists.EventFilterInput): Promise<number> {
    const rows = await this.db.read(lists.eventCount(filter), 'events:count');
    return (rows[0]?.total as number) ?? 0;
  }

  async eventTotals(filter: lists.EventFilterInput): Promise<EventTotalsRecord> {
    return this.db.graph.readTx(
      async (tx) => {
        const [sum] = await tx.run(lists.eventTotals(filter));
        const groups = await tx.run(lists.eventGroupTotals(filter));
        return {
          events: (sum?.events as number) ?? 0,
          fatalities: (sum?.fatalities as number) ?? 0,
          injured: (sum?.injured as number) ?? 0,
          byGroup: groups.map((g) => ({
            group: g.grp as EventTotalsRecord['byGroup'][number]['group'],
            actorId: (g.actor as string) || null,
            killed: (g.killed as number) ?? 0,
            injured: (g.injured as number) ?? 0,
            abducted: (g.abducted as number) ?? 0,
            arrested: (g.arrested as number) ?? 0,
          })),
        };
      },
      { tag: 'events:totals', stats: this.db.stats },
    );
  }

  /** A page of statements; with `prefetch`, as eventPage. */
  /** A page of statements; given `properties`, partial records with only those (read.ts `NODE`). */
  async statementPage(
    filter: lists.StatementFilterInput,
    sort: 'DATE_DESC' | 'DATE_ASC',
    offset: number,
    limit: number,
    prefetch: ReadAheadSpec[] = [],
    properties?: readonly string[],
  ): Promise<Page<StatementRecord> & Prefetched> {
    const rows = await this.db.read(lists.statementPage(filter, sort, offset, limit, prefetch, properties), 'statements');
    const item = (r: Row) => asNode(r.node) as StatementRecord;
    return { ...page(rows, limit, properties ? (r) => markPartial(item(r)) : item), ...prefetchedOf(rows.slice(0, limit), prefetch) };
  }

  async statementCount(filter: lists.StatementFilterInput): Promise<number> {
    return ((await this.db.read(lists.statementCount(filter), 'statements:count'))[0]?.total as number) ?? 0;
  }

  async articlePage(filter: lists.ArticleFilterInput, sort: 'PUBLISHED_DESC' | 'PUBLISHED_ASC', offset: number, limit: number): Promise<Page<ArticleRecord>> {
    const rows = await this.db.read(lists.articlePage(filter, sort, offset, limit), 'articles');
    return page(rows, limit, (r) => asNode(r.node) as ArticleRecord);
  }

  async articleCount(filter: lists.ArticleFilterInput): Promise<number> {
    return ((await this.db.read(lists.articleCount(filter), 'articles:count'))[0]?.total as number) ?? 0;
  }

  async entityPage(filter: lists.EntityFilterInput, sort: lists.EntitySort, offset: number, limit: number): Promise<Page<EntityRecord>> {
    const rows = await this.db.read(lists.entityPage(filter, sort, offset, limit), 'entities');
    return page(rows, limit, (r) => asNode(r.node) as EntityRecord);
  }

  async entityCount(filter: lists.EntityFilterInput): Promise<number> {
    return ((await this.db.read(lists.entityCount(filter), 'entities:count'))[0]?.total as number) ?? 0;
  }
}
