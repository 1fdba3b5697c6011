/**
 * What every store (src/db/*-store.ts) reads and writes through: the Graph, and for one request
 * the query counter and the combining of sibling keyed reads. One Access is shared by all the
 * stores of a request (src/db/stores.ts), so sibling reads of different stores combine too.
 */
import type { CypherQuery, Graph, QueryStats, Row } from './graph.js';
import { toNodeRecord } from './mappers.js';
import { keyedQuery, unionOfKeyed, type KeyedParts, type KeyedRead } from './queries/combine.js';

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

export type Keyed<T> = Map<string, T>;

export function keyed<T>(rows: Row[], map: (row: Row) => T): Keyed<T> {
  const out = new Map<string, T>();
  for (const row of rows) out.set(row.id as string, map(row));
  return out;
}

export function page<T>(rows: Row[], limit: number, map: (row: Row) => T): Page<T> {
  return { items: rows.slice(0, limit).map(map), hasNextPage: rows.length > limit };
}

export const asNode = (v: unknown) => toNodeRecord(v as Record<string, unknown>);

/**
 * Keyed reads of one request issued in the same turn of the event loop (the DataLoader batches
 * of sibling fields) go to Neo4j as one statement (src/db/queries/combine.ts); a keyed read
 * issued alone goes as it is. Each read is built when it is issued, under the namespace of its
 * place in the turn: the first with plain parameter names (as when it goes alone), the i-th after
 * it with `p<i>_`, so the union only puts the parts together.
 */
class ReadCombiner {
  private pending: { read: KeyedParts; tag: string; resolve: (rows: Row[]) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly graph: Graph,
    private readonly stats: QueryStats,
  ) {}

  read(build: KeyedRead, tag: string): Promise<Row[]> {
    const i = this.pending.length;
    const read = build(i ? `p${i}_` : '');
    return new Promise((resolve, reject) => {
      if (!i) setImmediate(() => void this.flush());
      this.pending.push({ read, tag, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const [only] = batch;
    if (batch.length === 1 && only) {
      this.graph.read(keyedQuery(only.read), { tag: only.tag, stats: this.stats }).then(only.resolve, only.reject);
      return;
    }
    try {
      const rows = await this.graph.read(unionOfKeyed(batch.map((b) => b.read)), { tag: batch.map((b) => b.tag).join('+'), stats: this.stats });
      const parts = batch.map((): Row[] => []);
      for (const row of rows) parts[row.part as number]!.push(row);
      batch.forEach((b, i) => b.resolve(parts[i]!));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}

export class Access {
  private readonly combiner: ReadCombiner | undefined;

  constructor(
    readonly graph: Graph,
    readonly stats?: QueryStats,
  ) {
    this.combiner = stats ? new ReadCombiner(graph, stats) : undefined;
  }

  /** `db` itself, or a new Access (counting nothing, combining nothing) over the Graph `db`. */
  static of(db: Graph | Access): Access {
    return db instanceof Access ? db : new Access(db);
  }

  read(query: CypherQuery, tag: string): Promise<Row[]> {
    return this.graph.read(query, { tag, stats: this.stats });
  }

  /** A keyed read (src/db/queries/combine.ts), combined with its siblings in a request. */
  readKeyed(build: KeyedRead, tag: string): Promise<Row[]> {
    return this.combiner ? this.combiner.read(build, tag) : this.graph.read(keyedQuery(build('')), { tag, stats: this.stats });
  }
}
