/**
 * No operation of the benchmark mix reads a whole label or relationship type: each statement our
 * server sends for it starts from an index (id, full text, point, date) and walks relationships
 * from there. The graph is the benchmark's generator at its smallest scale (1,000 events, 400
 * places), so the planner sees a graph where a scan would cost far more than a seek; every
 * statement of three requests per operation runs again as PROFILE and its plan is checked.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { generateAndLoad } from '../../bench/api/generate.js';
import { loadPools, OPERATIONS, variableSets, type Vars } from '../../bench/api/operations.js';
import { ourCapture, profileOurs, profileStatement, type OurCapture } from '../../bench/api/profile.js';
import { closeGraph, resetGraph, testGraph } from '../helpers/graph.js';

let driver: Driver;
let capture: OurCapture;
let sets: Map<string, Vars[]>;

beforeAll(async () => {
  const { graph } = await testGraph();
  await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-reset' });
  const report = await generateAndLoad(graph, { scale: 0.005, seed: 11 });
  driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
  sets = variableSets(await loadPools(driver, report.generated.events), 11, 3);
  capture = await ourCapture(inject('neo4jUri'));
}, 300_000);

afterAll(async () => {
  await capture?.close();
  await driver?.close();
  await resetGraph();
  await closeGraph();
});

describe('PROFILE of every operation of the benchmark mix', () => {
  it.each(OPERATIONS.map((op) => [`${op.key}) ${op.name}`, op] as const))('%s: no label or type scans', async (_name, op) => {
    for (const v of sets.get(op.key)!) {
      const profile = await profileOurs(driver, capture, op, v);
      expect(profile.error, JSON.stringify(v)).toBeUndefined();
      expect(profile.count, `statements sent for ${JSON.stringify(v)}`).toBeGreaterThan(0);
      const scans = profile.statements.flatMap((s) => s.scans.map((scan) => ({ statement: s.cypher.slice(0, 200), ...scan })));
      expect(scans, JSON.stringify(v)).toEqual([]);
    }
  });

  it('sees a scan where there is one (the check itself can fail)', async () => {
    const scan = await profileStatement(driver, "MATCH (e:Event) WHERE e.label CONTAINS 'attack' RETURN count(e) AS n", {});
    expect(scan.scans.map((s) => s.operator)).toContain('NodeByLabelScan');
    const seek = await profileStatement(driver, 'MATCH (e:Event {id: $id}) RETURN e.id', { id: 'event:none' });
    expect(seek.scans).toEqual([]);
  });
});
