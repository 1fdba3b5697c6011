/**
 * Helpers for integration tests: a Graph and the Stores on the test Neo4j, and a reset that gives each
 * test an isolated graph holding exactly the reference data (plus whatever fixtures it loads).
 */
import path from 'node:path';
import { inject } from 'vitest';
import { Graph } from '../../src/db/graph.js';
import { migrate } from '../../src/db/migrations.js';
import { Stores } from '../../src/db/stores.js';
import type { ImportBatch } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';
import { collectFiles } from '../../src/seed/seed.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const REFERENCE_DIR = path.join(ROOT, 'seed/reference');
export const CURATED_MAKHMOUR = path.join(ROOT, 'tests/fixtures/curated/makhmour-attack.yaml');

let shared: { graph: Graph; store: Stores } | undefined;
let referenceBatch: ImportBatch | undefined;

/** One Graph per test file (closed by `closeGraph`), migrated once. */
export async function testGraph(): Promise<{ graph: Graph; store: Stores }> {
  if (!shared) {
    const graph = new Graph({ uri: inject('neo4jUri'), defaultTimeoutMs: 30_000 });
    await migrate(graph);
    shared = { graph, store: new Stores(graph) };
  }
  return shared;
}

export async function closeGraph(): Promise<void> {
  await shared?.graph.close();
  shared = undefined;
}

export async function loadBatch(file: string): Promise<ImportBatch> {
  return (await readStructuredFile(file)).batch;
}

export async function referenceData(): Promise<ImportBatch> {
  if (!referenceBatch) {
    const files = (await collectFiles([REFERENCE_DIR], ['.yaml'])).get(REFERENCE_DIR) ?? [];
    referenceBatch = combineBatches(await Promise.all(files.map(loadBatch)), 'reference');
  }
  return referenceBatch;
}

/** Empties the graph, then loads the reference data and the given fixture files. */
export async function resetGraph(...fixtures: string[]): Promise<Stores> {
  const { graph, store } = await testGraph();
  await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-reset' });
  await store.writes.importBatch(await referenceData(), { overwrite: true });
  for (const f of fixtures) await store.writes.importBatch(await loadBatch(f), { overwrite: true });
  return store;
}

/** A snapshot of the whole graph (nodes and relationships with properties), for before/after checks. */
export async function snapshot(graph: Graph): Promise<string> {
  const rows = await graph.read(
    {
      cypher: `MATCH (n) WITH n ORDER BY coalesce(n.id, n.digest, toString(n.day), '') 
WITH collect(labels(n)) AS labels, collect(n {.*, createdAt: null, updatedAt: null, ingestedAt: null, importedAt: null, lockedAt: null}) AS nodes
OPTIONAL MATCH (a)-[r]->(b)
WITH labels, nodes, r, a, b ORDER BY coalesce(a.id, ''), type(r), coalesce(b.id, ''), coalesce(r.key, '')
RETURN labels, nodes, collect([a.id, type(r), b.id, r {.*, createdAt: null}]) AS rels`,
      params: {},
    },
    { tag: 'test-snapshot' },
  );
  return stableStringify(rows);
}

/** JSON with object keys sorted, so equal graphs give equal strings. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Asserts two snapshots are equal, showing the first place they differ (not two huge strings). */
export function expectSameGraph(actual: string, expected: string): void {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  throw new Error(`graphs differ at character ${i}:\n  actual:   ...${actual.slice(Math.max(0, i - 200), i + 200)}\n  expected: ...${expected.slice(Math.max(0, i - 200), i + 200)}`);
}
