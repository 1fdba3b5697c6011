/**
 * What curator review costs the read path: PROFILE db hits of every operation of the API
 * benchmark's mix (bench/api/operations.ts), through our server's own statements, on a generated
 * graph. Run it before and after a change to the read queries and compare the figures.
 *
 *   npx tsx bench/review-cost.ts [--scale 0.02] [--sets 6] [--reject 0]
 *
 * Starts a throwaway local Neo4j (its own port and data folder, removed afterwards), loads the
 * generator's graph at `--scale`, optionally rejects `--reject` events and perpetrator links
 * through the review mutations' ReviewStore method (so that the "after" graph holds decisions too),
 * then profiles `--sets` variable sets per operation and prints the mean db hits per request.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { Graph } from '../src/db/graph.js';
import { migrate } from '../src/db/migrations.js';
import { ReviewStore } from '../src/db/review-store.js';
import { startLocalNeo4j } from '../src/neo4j-local/index.js';
import { generateAndLoad } from './api/generate.js';
import { loadPools, OPERATIONS, variableSets } from './api/operations.js';
import { ourCapture, profileOurs, profileStatement } from './api/profile.js';
import { reviewQueue, reviewQueueCount } from '../src/db/queries/review.js';
import { count, parseCommand, positive } from '../src/cli/args.js';

const { values } = parseCommand({
  name: 'bench:review-cost',
  usage: 'npx tsx bench/review-cost.ts [options]',
  description: `PROFILE db hits of every operation of the API benchmark's mix through our server's own statements,
on a generated graph in a throwaway local Neo4j, optionally after rejecting some facts; then the
review queue's own cost. Run it before and after a change to the read queries and compare.`,
  options: {
    scale: { type: 'string', value: 'X', default: '0.02', parse: positive, description: 'generated graph size (1 = 200,000 events)' },
    sets: { type: 'string', value: 'N', default: '6', parse: count(1, 100), description: 'variable sets profiled per operation' },
    seed: { type: 'string', value: 'N', default: '11', parse: count(0), description: 'seed of the variable sets' },
    reject: { type: 'string', value: 'N', default: '0', parse: count(0), description: 'events (and as many perpetrator links) to reject first' },
  },
  examples: ['npx tsx bench/review-cost.ts', 'npx tsx bench/review-cost.ts --scale 0.1 --reject 366'],
});

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'review-cost-neo4j-'));
const local = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '256m' });
try {
  const graph = new Graph({ uri: local.uri, defaultTimeoutMs: 600_000 });
  await migrate(graph);
  const report = await generateAndLoad(graph, { scale: Number(values.scale), seed: 20241125 });
  const store = new ReviewStore(graph);
  const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
  const rejections = Number(values.reject);
  if (rejections > 0) {
    // Every n-th event, and the perpetrator link of as many others, rejected through the review's own decision.
    const session = driver.session();
    const picked = await session.run(
      `MATCH (e:Event) WITH e ORDER BY e.id WITH collect(e.id) AS ids
       WITH [i IN range(0, $n - 1) | ids[i * 7]] AS events, [i IN range(0, $n - 1) | ids[i * 7 + 3]] AS others
       UNWIND others AS id MATCH (p:Node)-[:PERPETRATED]->(:Event {id: id})
       WITH events, collect(p.id + '|PERPETRATED|' + id) AS links RETURN events + links AS facts`,
      { n: neo4j.int(rejections) },
    );
    await session.close();
    const ids = (picked.records[0]?.get('facts') as string[]).filter(Boolean);
    for (const id of ids) {
      const fact = (await store.reviewFacts([id])).get(id)!;
      await store.decide({ id, action: 'reject', etag: fact.review.etag, by: 'bench', note: null });
    }
    process.stdout.write(`rejected ${ids.length} facts (events and perpetrator links)\n`);
  }
  const sets = variableSets(await loadPools(driver, report.generated.events), Number(values.seed), Number(values.sets));
  const capture = await ourCapture(local.uri);
  process.stdout.write(`graph: ${report.generated.events} events, scale ${values.scale}\n`);
  process.stdout.write('operation                 db hits/request  statements\n');
  for (const op of OPERATIONS) {
    let hits = 0;
    let statements = 0;
    const list = sets.get(op.key)!;
    for (const v of list) {
      // Once to warm the plan cache, then the profile.
      await profileOurs(driver, capture, op, v);
      const p = await profileOurs(driver, capture, op, v);
      if (p.error) throw new Error(`${op.name}: ${p.error}`);
      hits += p.dbHits;
      statements += p.count;
    }
    process.stdout.write(`${`${op.key}) ${op.name}`.padEnd(26)}${String(Math.round(hits / list.length)).padStart(15)}${(statements / list.length).toFixed(1).padStart(12)}\n`);
  }
  // The review queue itself (an editor's page, not in the benchmark mix): a first page and its count.
  for (const [name, query] of [
    ['review queue, first 20', reviewQueue({}, 0, 20)],
    ['review queue, count', reviewQueueCount({})],
    ['review queue of one article', reviewQueue({ articleId: 'article:none' }, 0, 20)],
  ] as const) {
    await profileStatement(driver, query.cypher, query.params);
    const p = await profileStatement(driver, query.cypher, query.params);
    process.stdout.write(`${name.padEnd(30)}${String(p.dbHits).padStart(11)} db hits ${String(p.ms).padStart(8)} ms\n`);
    for (const o of p.top) process.stdout.write(`    ${o.operator} ${o.dbHits} db hits, ${o.rows} rows: ${o.details.slice(0, 110)}\n`);
  }
  await capture.close();
  await driver.close();
  await graph.close();
} finally {
  await local.stop();
  await rm(dataDir, { recursive: true, force: true });
}
