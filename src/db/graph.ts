/**
 * The database gateway: the driver is created once here, and every unit of work runs in its own
 * session, tagged with transaction metadata and a timeout. Single read statements (nearly every
 * query of a GraphQL request) run as auto-commit transactions, one round trip each; units of work
 * of several statements run through executeRead / executeWrite (docs/adr/0007).
 * src/db/ is the only part of the code base that imports neo4j-driver.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors.js';
import { mapDriverError } from './errors.js';
import { toNative } from './values.js';

/**
 * A parameterised Cypher statement, as built by the pure functions in src/db/queries. Counts for
 * SKIP and LIMIT are Neo4j integers already (src/db/queries/identifiers.ts `int`): a JavaScript
 * number travels as a float.
 */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** Per-request state of the data layer: counters (the N+1 test reads `queries`) and the deadline. */
export interface QueryStats {
  queries: number;
  /**
   * When the request must be answered (ms since the epoch). Every statement it sends gets the
   * time left as its Neo4j transaction timeout, and fails here, client side, shortly after that
   * time even when Neo4j never answers (a hung or stopped server).
   */
  deadline?: number;
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
  /**
   * Timeout of a unit of work that is not part of a request (seeding, migrations, commands):
   * batch work that may take minutes on a large folder. Requests are bounded by their deadline.
   */
  batchTimeoutMs?: number;
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
    /** Set when the caller gave up waiting: no further statement is sent, so nothing commits. */
    private readonly unit: { abandoned: boolean; tag: string } = { abandoned: false, tag: 'tx' },
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
    if (this.unit.abandoned) throw new AppError(ErrorCode.TIMEOUT, 'The unit of work was abandoned after its deadline', { operation: this.unit.tag });
    if (this.stats) this.stats.queries += 1;
    this.onStatement?.(query);
    return untraced(() => this.tx.run(query.cypher, query.params));
  }
}

/**
 * Sends a statement without the stack trace the driver captures for each one (to give it to the
 * statement's error, if any). Formatting that trace runs Node's source-map lookup when source
 * maps are on (`npm start`, tsx): 3.6% of the server's CPU under the benchmark's load. Our errors
 * name the statement by its tag instead (mapDriverError). Synchronous, so nothing else runs while
 * the limit is 0.
 */
function untraced<T>(send: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return send();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const rowsOf = (result: QueryResult): Row[] => result.records.map((r) => toNative(r.toObject()) as Row);

/** Attempts of an auto-commit read before a transient error (leader switch, deadlock) is reported. */
const READ_ATTEMPTS = 3;

/** Batch work (seeding a folder, migrations) may take this long per unit of work by default. */
const DEFAULT_BATCH_TIMEOUT_MS = 600_000;

/** How long past its timeout a unit of work may go unanswered before it fails here. */
const CLIENT_GRACE_MS = 500;
/** How long a readiness ping waits for Neo4j. */
export const PING_TIMEOUT_MS = 1_500;

function timeoutError(ms: number, tag: string): AppError {
  return new AppError(ErrorCode.TIMEOUT, `The graph database did not answer within ${ms} ms (QUERY_TIMEOUT_MS); try again shortly`, { operation: tag });
}

/**
 * Settles with `work`, or rejects with TIMEOUT after `ms`; `abandon` then runs (closing the
 * session without waiting for a server that may never answer).
 */
function withDeadline<T>(work: Promise<T>, ms: number, tag: string, abandon: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandon();
      reject(timeoutError(ms, tag));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
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
  private readonly batchTimeoutMs: number;
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
    this.batchTimeoutMs = options.batchTimeoutMs ?? Math.max(options.defaultTimeoutMs, DEFAULT_BATCH_TIMEOUT_MS);
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
      const timeout = this.timeoutFor(options);
      const session = this.session('READ');
      let abandoned = false;
      try {
        const run = untraced(() => session.run(query.cypher, query.params, this.transactionConfig(options, timeout)));
        return rowsOf(await withDeadline(Promise.resolve(run), timeout + CLIENT_GRACE_MS, options.tag, () => (abandoned = true)));
      } catch (error) {
        if (abandoned || attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw mapDriverError(error, options.tag);
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      } finally {
        await this.release(session, abandoned);
      }
    }
  }

  /**
   * Runs one read statement and yields its rows as Neo4j sends them, for results too large to
   * hold (exports). The driver pulls the next records only while fewer than its high watermark
   * are waiting, so a consumer that stops reading (a slow HTTP client) stops the server too.
   * Not retried: rows may already have been handed on. Ending the loop early (break, an error,
   * a closed connection) closes the session, which discards the rest of the result.
   *
   * `plain`: the values as the driver decoded them, not converted by toNative, for a statement
   * that returns only strings, numbers, booleans, nulls and lists of them (an export's rows: the
   * conversion copied every list of 200,000 rows to change nothing).
   */
  async *stream(query: CypherQuery, options: RunOptions & { plain?: boolean }): AsyncGenerator<Row> {
    if (options.stats) options.stats.queries += 1;
    this.onStatement?.(query);
    const session = this.session('READ');
    try {
      const result = untraced(() => session.run(query.cypher, query.params, this.transactionConfig(options, this.timeoutFor(options))));
      if (options.plain) for await (const record of result) yield record.toObject() as Row;
      else for await (const record of result) yield toNative(record.toObject()) as Row;
    } catch (error) {
      throw mapDriverError(error, options.tag);
    } finally {
      await session.close();
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

  /** The time a unit of work may take: its own timeout, cut to what is left of the request's deadline. */
  private timeoutFor(options: RunOptions): number {
    const deadline = options.stats?.deadline;
    if (deadline === undefined) return options.timeoutMs ?? this.batchTimeoutMs;
    const own = options.timeoutMs ?? this.defaultTimeoutMs;
    const left = Math.floor(deadline - Date.now());
    if (left <= 0) throw new AppError(ErrorCode.TIMEOUT, 'The request ran out of time (QUERY_TIMEOUT_MS) before its next database query', { operation: options.tag });
    return Math.min(own, left);
  }

  private transactionConfig(options: RunOptions, timeout: number) {
    return { timeout, metadata: { app: 'iraq-security-kg', tag: options.tag } };
  }

  /** Closes a session; one abandoned on a silent server is closed in the background. */
  private async release(session: ReturnType<Graph['session']>, abandoned: boolean): Promise<void> {
    if (abandoned) void session.close().catch(() => undefined);
    else await session.close();
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, options: RunOptions): Promise<T> {
    const timeout = this.timeoutFor(options);
    const session = this.session(mode);
    const config = this.transactionConfig(options, timeout);
    const state = { abandoned: false, tag: options.tag };
    try {
      const fn = async (tx: ManagedTransaction) => {
        const result = await work(new Tx(tx, options.stats, this.onStatement, state));
        // Given up on while its last statement ran: roll back rather than commit behind the caller's back.
        if (state.abandoned) throw timeoutError(timeout, options.tag);
        return result;
      };
      const unit = mode === 'READ' ? session.executeRead(fn, config) : session.executeWrite(fn, config);
      // Retries of transient failures happen inside executeRead / executeWrite; the deadline covers them all.
      return await withDeadline(unit, timeout + CLIENT_GRACE_MS, options.tag, () => (state.abandoned = true));
    } catch (error) {
      throw mapDriverError(error, options.tag);
    } finally {
      await this.release(session, state.abandoned);
    }
  }

  /** Resolves when the server answers within PING_TIMEOUT_MS; rejects with DATABASE_UNAVAILABLE otherwise. */
  async ping(): Promise<void> {
    try {
      await withDeadline(this.driver.getServerInfo({ database: this.database }), PING_TIMEOUT_MS, 'ping', () => undefined);
    } catch (error) {
      if (error instanceof AppError) throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database does not answer', { operation: 'ping' });
      throw mapDriverError(error, 'ping');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
