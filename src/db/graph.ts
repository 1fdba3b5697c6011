/**
 * The database gateway: the driver is created once here, and every unit of work runs in its own
 * session, tagged with transaction metadata and a timeout. Single read statements (nearly every
 * query of a GraphQL request) run as auto-commit transactions, one round trip each; units of work
 * of several statements run through executeRead / executeWrite (docs/adr/0007).
 * src/db/ is the only part of the code base that imports neo4j-driver.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { mapDriverError } from './errors.js';
import { toNative } from './values.js';

/** A parameterised Cypher statement, as built by the pure functions in src/db/queries. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** Per-request counters; the N+1 test reads `queries`. */
export interface QueryStats {
  queries: number;
}

export interface RunOptions {
  /** Short name of the unit of work, sent as transaction metadata (shows in SHOW TRANSACTIONS). */
  tag: string;
  stats?: QueryStats;
  timeoutMs?: number;
}

export interface GraphOptions {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  maxPoolSize?: number;
  defaultTimeoutMs: number;
  /** Fail fast instead of queueing when the pool is exhausted or the server is down. */
  acquisitionTimeoutMs?: number;
  /** Sees every statement before it is sent (the benchmark's PROFILE capture uses it). */
  onStatement?: (query: CypherQuery) => void;
}

/** The Graph options a loaded configuration (src/config.ts) gives for the server at `uri`. */
export function graphOptions(
  config: { neo4j: { username?: string; password?: string; database?: string; maxPoolSize: number }; limits: { queryTimeoutMs: number } },
  uri: string,
): GraphOptions {
  return {
    uri,
    username: config.neo4j.username,
    password: config.neo4j.password,
    database: config.neo4j.database,
    maxPoolSize: config.neo4j.maxPoolSize,
    defaultTimeoutMs: config.limits.queryTimeoutMs,
  };
}

/** Runs statements inside one transaction; the only handle a transaction function gets. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly stats: QueryStats | undefined,
    private readonly onStatement: GraphOptions['onStatement'],
  ) {}

  async run(query: CypherQuery): Promise<Row[]> {
    return rowsOf(await this.runRaw(query));
  }

  /** Runs a statement and returns its update counters. */
  async runForCounters(query: CypherQuery): Promise<WriteCounters> {
    const result = await this.runRaw(query);
    return countersOf(result);
  }

  private runRaw(query: CypherQuery): Promise<QueryResult> {
    if (this.stats) this.stats.queries += 1;
    this.onStatement?.(query);
    return this.tx.run(query.cypher, withIntegers(query.params));
  }
}

const rowsOf = (result: QueryResult): Row[] => result.records.map((r) => toNative(r.toObject()) as Row);

/** Attempts of an auto-commit read before a transient error (leader switch, deadlock) is reported. */
const READ_ATTEMPTS = 3;

/**
 * JavaScript numbers travel as floats; SKIP and LIMIT need integers. Parameters with these names
 * (also as `p<i>_limit` in a combined read, src/db/queries/combine.ts) are sent as Neo4j integers;
 * query builders use them only for counts.
 */
const INTEGER_PARAM = /^(?:p\d+_)?(?:limit|offset|scanLimit|perNode)$/;

export function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(params)) {
    if (typeof v === 'number' && Number.isInteger(v) && INTEGER_PARAM.test(key)) {
      out ??= { ...params };
      out[key] = neo4j.int(v);
    }
  }
  return out ?? params;
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

export function addCounters(into: WriteCounters, more: WriteCounters): WriteCounters {
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += more[key];
  return into;
}

function countersOf(result: QueryResult): WriteCounters {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
  };
}

export class Graph {
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly defaultTimeoutMs: number;
  private readonly onStatement: GraphOptions['onStatement'];
  /** Shared by every session of this process, so a read issued after a write sees that write. */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(options: GraphOptions) {
    const auth =
      options.username && options.password
        ? neo4j.auth.basic(options.username, options.password)
        : undefined; // a server with authentication disabled (the local one)
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'iraq-security-kg/0.1',
    });
    this.database = options.database;
    this.defaultTimeoutMs = options.defaultTimeoutMs;
    this.onStatement = options.onStatement;
  }

  /**
   * Runs one read statement as an auto-commit transaction: about 40% less driver CPU and one
   * round trip fewer than executeRead. It is retried here on transient errors, as executeRead
   * would; a read has no side effects, so a retry is always safe.
   */
  async read(query: CypherQuery, options: RunOptions): Promise<Row[]> {
    if (options.stats) options.stats.queries += 1;
    this.onStatement?.(query);
    for (let attempt = 1; ; attempt++) {
      const session = this.session('READ');
      try {
        return rowsOf(await session.run(query.cypher, withIntegers(query.params), this.transactionConfig(options)));
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw mapDriverError(error, options.tag);
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs a read unit of work; it may be retried on transient errors, so it must not have side effects. */
  async readTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions): Promise<T> {
    return this.inSession('READ', work, options);
  }

  /** Runs a write unit of work in one transaction: all of it commits, or none of it. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions): Promise<T> {
    return this.inSession('WRITE', work, options);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private transactionConfig(options: RunOptions) {
    return { timeout: options.timeoutMs ?? this.defaultTimeoutMs, metadata: { app: 'iraq-security-kg', tag: options.tag } };
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, options: RunOptions): Promise<T> {
    const session = this.session(mode);
    const config = this.transactionConfig(options);
    try {
      const fn = (tx: ManagedTransaction) => work(new Tx(tx, options.stats, this.onStatement));
      return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
    } catch (error) {
      throw mapDriverError(error, options.tag);
    } finally {
      await session.close();
    }
  }

  /** Resolves when the server answers; rejects with DATABASE_UNAVAILABLE otherwise. */
  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.database });
    } catch (error) {
      throw mapDriverError(error, 'ping');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
