/**
 * Where the time goes: the Cypher each server sends for one representative request of an
 * operation, and Neo4j's PROFILE of each statement (db hits, rows, the costliest operators, and
 * operators that scan a whole label or relationship type).
 *
 * - Ours: our app runs in this process for the capture (createApp, as in our-server.ts), on a
 *   Graph whose `onStatement` hook records every statement it sends.
 * - @neo4j/graphql: its schema runs in this process on a driver wrapper that records every
 *   statement its Executor sends (the same text its `@neo4j/graphql:execute` debug log prints).
 *
 * Each recorded statement is then run again as `PROFILE ...` with its parameters.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { Graph, type CypherQuery } from '../../src/db/graph.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/server.js';
import { typeDefs } from './neo4j-graphql/type-defs.js';
import { requestBody, type Operation, type Vars } from './operations.js';

export interface OperatorCost {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

export interface StatementProfile {
  /** The statement, shortened. */
  cypher: string;
  dbHits: number;
  rows: number;
  ms: number;
  /** The three operators with the most db hits. */
  top: OperatorCost[];
  /** Operators that read a whole label or relationship type (or every node). */
  scans: OperatorCost[];
}

export interface OperationProfile {
  statements: StatementProfile[];
  dbHits: number;
  /** Statements sent for the request (0 when the capture failed). */
  count: number;
  error?: string;
}

const SCAN = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|NodeIndexScan|NodeIndexContainsScan|NodeIndexEndsWithScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipIndexScan|UndirectedRelationshipIndexScan)/;

function walk(plan: ProfiledPlan, out: OperatorCost[]): void {
  const details = (plan.arguments as Record<string, unknown>)?.Details;
  out.push({
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: String(details ?? '').replace(/\s+/g, ' ').slice(0, 160),
    dbHits: Number(plan.dbHits),
    rows: Number(plan.rows),
  });
  for (const child of plan.children) walk(child, out);
}

/** Runs `PROFILE <statement>` in a read transaction and summarises the plan. */
export async function profileStatement(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<StatementProfile> {
  const body = cypher.replace(/^\s*CYPHER 5\s*/i, '');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const started = performance.now();
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${body}`, params), { timeout: 120_000 });
    const ms = performance.now() - started;
    const operators: OperatorCost[] = [];
    if (result.summary.profile) walk(result.summary.profile, operators);
    return {
      cypher: body.replace(/\s+/g, ' ').slice(0, 400),
      dbHits: operators.reduce((n, o) => n + o.dbHits, 0),
      rows: result.records.length,
      ms: Math.round(ms * 10) / 10,
      top: [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3),
      scans: operators.filter((o) => SCAN.test(o.operator)),
    };
  } finally {
    await session.close();
  }
}

async function profileAll(driver: Driver, statements: { cypher: string; params: Record<string, unknown> }[]): Promise<OperationProfile> {
  const out: StatementProfile[] = [];
  for (const s of statements) {
    // The library's one-off version check on its first request is not part of the operation.
    if (/^\s*(CYPHER 5\s*)?CALL dbms\.components\(\)/.test(s.cypher)) continue;
    out.push(await profileStatement(driver, s.cypher, s.params));
  }
  return { statements: out, dbHits: out.reduce((n, s) => n + s.dbHits, 0), count: out.length };
}

// ---------------------------------------------------------------------------------------------
// Ours

let sink: CypherQuery[] | null = null;

export interface OurCapture {
  /** Sends one operation to the in-process app and returns the statements it ran. */
  capture(op: Operation, v: Vars): Promise<{ statements: CypherQuery[]; body: string }>;
  close(): Promise<void>;
}

export async function ourCapture(uri: string): Promise<OurCapture> {
  const config = loadConfig({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', NEO4J_URI: uri, SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '0' });
  const graph = new Graph({ uri, defaultTimeoutMs: 120_000, maxPoolSize: 10, onStatement: (q) => sink?.push(q) });
  const app = await createApp({ config, graph, logger: createLogger('silent') });
  const port = await app.listen(0);
  return {
    async capture(op, v) {
      sink = [];
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: requestBody(op, 'ours', v),
        });
        const body = await response.text();
        return { statements: sink, body };
      } finally {
        sink = null;
      }
    },
    async close() {
      await app.stop();
      await graph.close();
    },
  };
}

export async function profileOurs(driver: Driver, capture: OurCapture, op: Operation, v: Vars): Promise<OperationProfile> {
  try {
    const { statements, body } = await capture.capture(op, v);
    if (body.includes('"errors"')) throw new Error(body.slice(0, 500));
    return await profileAll(driver, statements);
  } catch (error) {
    return { statements: [], dbHits: 0, count: 0, error: (error as Error).message };
  }
}

// ---------------------------------------------------------------------------------------------
// @neo4j/graphql

/** A driver whose sessions record what the library runs (and still run it). */
function recordingDriver(driver: Driver, recorded: { cypher: string; params: Record<string, unknown> }[]): Driver {
  const wrapTx = (tx: { run: (q: string, p?: Record<string, unknown>) => unknown }) =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (q: string, p: Record<string, unknown> = {}) => {
            recorded.push({ cypher: q, params: p });
            return target.run(q, p);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (config: unknown) => {
          const session = target.session(config as never);
          return new Proxy(session, {
            get(s, p, r) {
              if (p === 'executeRead' || p === 'executeWrite') {
                return (work: (tx: never) => unknown, cfg: unknown) =>
                  (s[p] as (w: (tx: never) => unknown, c: unknown) => unknown).call(s, (tx: never) => work(wrapTx(tx) as never), cfg);
              }
              const value = Reflect.get(s, p, r);
              return typeof value === 'function' ? value.bind(s) : value;
            },
          });
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface TheirCapture {
  capture(op: Operation, v: Vars): Promise<{ statements: { cypher: string; params: Record<string, unknown> }[]; body: string }>;
}

export async function theirCapture(driver: Driver): Promise<TheirCapture> {
  const recorded: { cypher: string; params: Record<string, unknown> }[] = [];
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver: recordingDriver(driver, recorded) });
  const schema = await neoSchema.getSchema();
  return {
    async capture(op, v) {
      recorded.length = 0;
      const { query, variables } = JSON.parse(requestBody(op, 'theirs', v)) as { query: string; variables: Record<string, unknown> };
      const result = await graphql({ schema, source: query, variableValues: variables, contextValue: {} });
      return { statements: [...recorded], body: JSON.stringify(result) };
    },
  };
}

export async function profileTheirs(driver: Driver, capture: TheirCapture, op: Operation, v: Vars): Promise<OperationProfile> {
  try {
    const { statements, body } = await capture.capture(op, v);
    if (body.includes('"errors"')) throw new Error(body.slice(0, 500));
    return await profileAll(driver, statements);
  } catch (error) {
    return { statements: [], dbHits: 0, count: 0, error: (error as Error).message };
  }
}
