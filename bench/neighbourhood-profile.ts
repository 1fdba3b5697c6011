/**
 * What the explorer's neighbourhood costs: PROFILE db hits and wall time of a neighbourhood for
 * hops 1, 2, 3 and limits 50, 200, 2000, from a few roots, on the seeded graph (seed/: the
 * reference data and the sample articles) and on a generated graph (bench/api/generate.ts).
 *
 *   npx tsx bench/neighbourhood-profile.ts [--scale 0.02] [--runs 3] [--detail 2,200]
 *
 * "Before" is the reads of every request until 2026-11-30 (kept in this script: the root, the hops
 * and the links each read whole, over every relationship type asked); "after" is
 * `ExploreStore.neighbourhood` as the resolver calls it for the benchmark's request (operation e
 * of bench/api/operations.ts: `nodes { id kind label depth } edges { id type source target }`),
 * which reads a summary of each node and link. Beside them, db hits only: the explorer's own
 * request (the same with `reviewState` on nodes and links); a request that reads everything
 * whole (one asking `node { ... }` and `relationship { ... }`, or the GraphML export); and two
 * ways to answer `node { ... }` with summary links: reading the nodes whole in the hops, or
 * reading summaries and then every node by id as the node loader would (`nodesByIds`).
 *
 * All run on the same database, one after the other, and the script says for each case whether
 * their answers (nodes and depths in order, links, `truncated`) are the same, and exits 1 when
 * one is not. Each graph lives in a throwaway local Neo4j (its own port and data folder, removed
 * afterwards); `--scale 0` skips the generated graph; `--uri bolt://... [--roots a,b]` measures a
 * running database instead. Per case and root: the statements sent are captured (Graph's
 * onStatement hook) and run again as `PROFILE`; db hits are their sum; the time is the median of
 * `--runs` calls after one warm-up call (plan cache and page cache warm). `--detail hops,limit`
 * prints each statement of that case with its costliest operators.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Graph, type CypherQuery } from '../src/db/graph.js';
import { toGraphEdge, toGraphNode } from '../src/db/mappers.js';
import { migrate } from '../src/db/migrations.js';
import { hopFanOut, hopWithElementIds, linksWithin, neighbourhoodRoot, WHOLE, type HopSpec, type NeighbourhoodProjection } from '../src/db/queries/explore.js';
import { nodesByIds } from '../src/db/queries/read.js';
import type { GraphEdgeRecord, GraphNodeRecord, NeighbourhoodRecord } from '../src/db/records.js';
import { ExploreStore } from '../src/db/explore-store.js';
import { WriteStore } from '../src/db/write-store.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../src/domain/taxonomy.js';
import { startLocalNeo4j } from '../src/neo4j-local/index.js';
import { seedAll } from '../src/seed/seed.js';
import { generateAndLoad } from './api/generate.js';
import { profileStatement } from './api/profile.js';
import { count, number, parseCommand } from '../src/cli/args.js';

const { values } = parseCommand({
  name: 'bench:neighbourhood',
  usage: 'npx tsx bench/neighbourhood-profile.ts [options]',
  description: `PROFILE db hits and wall time of the explorer's neighbourhood for hops 1-3 and limits 50, 200 and
2000, before (every node and link read whole, as until 2026-11-30; kept here) and after (ExploreStore.neighbourhood
for the benchmark's request, which reads summaries), with the db hits of other selections beside them, on the
seeded graph and a generated one, each in a throwaway local Neo4j; exits 1 when two answers differ.`,
  options: {
    scale: { type: 'string', value: 'X', default: '0.02', parse: number({ min: 0 }), description: 'generated graph size (1 = 200,000 events); 0 skips it' },
    runs: { type: 'string', value: 'N', default: '3', parse: count(1, 50), description: 'timed calls per case (the median is reported)' },
    detail: { type: 'string', value: 'HOPS,LIMIT', default: '', description: "print that case's statements with their costliest operators" },
    uri: { type: 'string', value: 'BOLT_URI', description: 'measure a running database instead (nothing is loaded)' },
    roots: { type: 'string', value: 'IDS', description: "with --uri: comma-separated root ids (default: its busiest actors and districts)" },
  },
  examples: ['npx tsx bench/neighbourhood-profile.ts', 'npx tsx bench/neighbourhood-profile.ts --scale 0 --detail 2,200'],
});
const ROOT = path.resolve(import.meta.dirname, '..');
const HOPS = [1, 2, 3];
const LIMITS = [50, 200, 2000];
/** What the resolver follows when no types are asked for: everything but provenance. */
const TYPES = RELATIONSHIP_TYPE_NAMES.filter((t) => !['MENTIONS', 'REPORTS', 'PUBLISHED'].includes(t)) as RelationshipType[];
const log = (m: string) => process.stdout.write(`${m}\n`);

let sink: CypherQuery[] | null = null;

type Neighbourhood = (root: string, hops: number, spec: HopSpec, limit: number) => Promise<NeighbourhoodRecord | null>;

/**
 * The neighbourhood as ExploreStore.neighbourhood read it for every request until 2026-11-30:
 * each node and link whole, over every relationship type asked. Kept here as the "before" of the
 * comparison: it runs on the same database as the store, so their answers must be equal.
 */
function readsUntilNow(graph: Graph): Neighbourhood {
  return async (id, hops, spec, limit) => {
    const [start] = await graph.read(neighbourhoodRoot(id), { tag: 'neighbourhood:start' });
    if (!start) return null;
    const nodes = new Map<string, GraphNodeRecord>([[id, toGraphNode(start.node as Record<string, unknown>, 0)]]);
    const ids = new Map<string, string>([[start.eid as string, id]]);
    const edges = new Map<string, GraphEdgeRecord>();
    let frontier = [id];
    let truncated = false;
    for (let depth = 1; depth <= hops && frontier.length && !truncated; depth++) {
      const room = Math.max(limit - nodes.size, 0);
      const [row] = await graph.read(hopWithElementIds(frontier, [...nodes.keys()], spec, room + 1, hopFanOut(room)), { tag: `neighbourhood:hop-${depth}` });
      const found = ((row?.nodes as Record<string, unknown>[] | undefined) ?? []).map((n) => toGraphNode(n, depth));
      const eids = (row?.eids as string[] | undefined) ?? [];
      if (found.length > room || row?.capped === true) truncated = true;
      frontier = [];
      found.slice(0, room).forEach((node, i) => {
        nodes.set(node.id, node);
        ids.set(eids[i]!, node.id);
        frontier.push(node.id);
      });
    }
    if (nodes.size > 1) {
      for (const row of await graph.read(linksWithin([...ids.keys()], spec.types, limit * 4), { tag: 'neighbourhood:links' })) {
        const link = row.rel as Record<string, unknown>;
        const from = ids.get(link.from as string);
        const to = ids.get(link.to as string);
        if (from === undefined || to === undefined) continue;
        const edge = toGraphEdge({ ...link, from, to });
        edges.set(edge.id, edge);
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, limit };
  };
}

interface Cost {
  hits: number;
  ms: number;
  statements: number;
  nodes: number;
  answers: string[];
}

/** `timed`: also the median time of `--runs` calls (after one warm-up call). */
async function cost(driver: Driver, run: Neighbourhood, roots: string[], hops: number, limit: number, detail: string, timed: boolean): Promise<Cost> {
  const spec: HopSpec = { types: TYPES, kinds: null, from: null, to: null };
  const out: Cost = { hits: 0, ms: 0, statements: 0, nodes: 0, answers: [] };
  for (const root of roots) {
    if (timed) {
      await run(root, hops, spec, limit);
      const times: number[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        const t = performance.now();
        await run(root, hops, spec, limit);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      out.ms += times[Math.floor(times.length / 2)]!;
    }
    sink = [];
    const answer = await run(root, hops, spec, limit);
    const captured = sink;
    sink = null;
    for (const s of captured) {
      const p = await profileStatement(driver, s.cypher, s.params);
      out.hits += p.dbHits;
      if (values.detail === `${hops},${limit}`) {
        log(`  ${detail} ${root}: ${p.dbHits} db hits, ${p.rows} rows: ${p.cypher.slice(0, 90)}`);
        for (const o of p.top) log(`      ${o.dbHits} ${o.operator} (${o.rows} rows) ${o.details.slice(0, 110)}`);
      }
    }
    out.statements += captured.length;
    out.nodes += answer?.nodes.length ?? 0;
    const text = JSON.stringify([answer?.truncated, answer?.nodes.map((n) => `${n.id}@${n.depth}`), answer?.edges.map((e) => e.id).sort()]);
    out.answers.push(createHash('sha1').update(text).digest('hex').slice(0, 6));
  }
  const n = roots.length;
  return { hits: out.hits / n, ms: out.ms / n, statements: out.statements / n, nodes: out.nodes / n, answers: out.answers };
}

let differences = 0;

/** The projections the resolver picks for some selections (src/graphql/resolvers/explore.ts neighbourhoodProjection). */
const BENCHMARK: NeighbourhoodProjection = { nodes: 'summary', links: 'summary' };
const EXPLORER: NeighbourhoodProjection = { nodes: 'summary+review', links: 'summary+review' };
const NODES_WHOLE: NeighbourhoodProjection = { nodes: 'full', links: 'summary' };

async function measure(label: string, uri: string, roots: string[]): Promise<void> {
  const graph = new Graph({ uri, defaultTimeoutMs: 600_000, onStatement: (q) => sink?.push(q) });
  const store = new ExploreStore(graph);
  const as =
    (projection: NeighbourhoodProjection): Neighbourhood =>
    (root, hops, spec, limit) =>
      store.neighbourhood(root, hops, spec, limit, projection);
  const before = readsUntilNow(graph);
  const after = as(BENCHMARK);
  // `node { ... }` answered by the node loader: summaries, then every node by id (one batch).
  const nodesByLoader: Neighbourhood = async (root, hops, spec, limit) => {
    const found = await store.neighbourhood(root, hops, spec, limit, BENCHMARK);
    if (found) await graph.read(nodesByIds(found.nodes.map((n) => n.id)), { tag: 'nodes-by-ids' });
    return found;
  };
  const others = { review: as(EXPLORER), whole: as(WHOLE), nodesWhole: as(NODES_WHOLE), nodesByLoader };
  const driver: Driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    log(`\n${label}; roots: ${roots.join(', ')}`);
    log('db hits are means per request, ms means of medians; "+review": the explorer\'s request; "whole": every node and link read whole;');
    log('"node: whole / loader": nodes read whole in the hops, or summaries and then the nodes by id, with summary links');
    log('hops  limit  nodes  db hits before → after (benchmark request)  +review   whole  node: whole / loader  ms before → after  statements  same answers');
    const totals = { before: 0, after: 0, review: 0, whole: 0, nodesWhole: 0, nodesByLoader: 0 };
    for (const hops of HOPS) {
      for (const limit of LIMITS) {
        const b = await cost(driver, before, roots, hops, limit, 'before', true);
        const a = await cost(driver, after, roots, hops, limit, 'after', true);
        const o: Record<keyof typeof others, Cost> = {
          review: await cost(driver, others.review, roots, hops, limit, '+review', false),
          whole: await cost(driver, others.whole, roots, hops, limit, 'whole', false),
          nodesWhole: await cost(driver, others.nodesWhole, roots, hops, limit, 'node whole', false),
          nodesByLoader: await cost(driver, others.nodesByLoader, roots, hops, limit, 'node by loader', false),
        };
        totals.before += b.hits;
        totals.after += a.hits;
        for (const k of Object.keys(o) as (keyof typeof others)[]) totals[k] += o[k].hits;
        const same = [a, ...Object.values(o)].every((c) => c.answers.every((x, i) => x === b.answers[i]));
        if (!same) differences++;
        const pct = ((a.hits / b.hits - 1) * 100).toFixed(0);
        const r = (x: number) => String(Math.round(x));
        log(
          `${String(hops).padStart(4)}  ${String(limit).padStart(5)}  ${r(a.nodes).padStart(5)}  ${`${r(b.hits)} → ${r(a.hits)} (${pct}%)`.padStart(42)}  ${r(o.review.hits).padStart(7)}  ${r(o.whole.hits).padStart(6)}  ${`${r(o.nodesWhole.hits)} / ${r(o.nodesByLoader.hits)}`.padStart(20)}  ${`${b.ms.toFixed(1)} → ${a.ms.toFixed(1)}`.padStart(17)}  ${`${b.statements.toFixed(1)} → ${a.statements.toFixed(1)}`.padStart(10)}  ${same ? 'yes' : `NO: ${b.answers.join(' ')} / ${[a, ...Object.values(o)].map((c) => c.answers.join(' ')).join(' / ')}`}`,
        );
      }
    }
    const pct = (x: number) => `${((x / totals.before - 1) * 100).toFixed(1)}%`;
    log(
      `all cases: before ${r0(totals.before)} → after ${r0(totals.after)} db hits (${pct(totals.after)}); +review ${r0(totals.review)} (${pct(totals.review)}); whole ${r0(totals.whole)} (${pct(totals.whole)}); node whole ${r0(totals.nodesWhole)}, by loader ${r0(totals.nodesByLoader)}`,
    );
  } finally {
    await driver.close();
    await graph.close();
  }
}

const r0 = (x: number) => String(Math.round(x));

async function withNeo4j(name: string, fn: (uri: string, graph: Graph) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${name}-neo4j-`));
  const local = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '256m' });
  const graph = new Graph({ uri: local.uri, defaultTimeoutMs: 900_000 });
  try {
    await migrate(graph);
    await fn(local.uri, graph);
  } finally {
    await graph.close();
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Roots of a generated graph: the two busiest actors and two districts with the most events. */
async function generatedRoots(graph: Graph): Promise<string[]> {
  const actors = await graph.read(
    { cypher: `MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)-[:PERPETRATED]->() } DESC, id LIMIT 2`, params: {} },
    { tag: 'bench-roots' },
  );
  const districts = await graph.read(
    { cypher: `MATCH (p:Place {placeType: 'DISTRICT'}) RETURN p.id AS id ORDER BY COUNT { (p)<-[:LOCATED_IN]-() } DESC, id LIMIT 2`, params: {} },
    { tag: 'bench-roots' },
  );
  return [...actors, ...districts].map((r) => r.id as string);
}

log(`node ${process.version}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${new Date().toISOString()}`);
if (values.uri) {
  const graph = new Graph({ uri: values.uri, defaultTimeoutMs: 600_000 });
  const roots = values.roots ? values.roots.split(',') : await generatedRoots(graph);
  await graph.close();
  await measure(values.uri, values.uri, roots);
  process.exit(differences ? 1 : 0);
}
await withNeo4j('neighbourhood-seed', async (uri, graph) => {
  await seedAll(new WriteStore(graph), [path.join(ROOT, 'seed')]);
  await measure('seeded graph (seed/)', uri, ['place:iraq', 'org:isis', 'place:makhmour-district', 'place:erbil-governorate']);
});
if (Number(values.scale) > 0) {
  await withNeo4j('neighbourhood-generated', async (uri, graph) => {
    const started = performance.now();
    const report = await generateAndLoad(graph, { scale: Number(values.scale), seed: 20241125 });
    log(`\ngenerated graph: ${report.generated.events} events at scale ${values.scale}, loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    await measure(`generated graph (scale ${values.scale})`, uri, await generatedRoots(graph));
  });
}
log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (differences) {
  log(`${differences} cases gave different answers before and after`);
  process.exitCode = 1;
}
