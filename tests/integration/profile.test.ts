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
import { eventPage, type EventSort } from '../../src/db/queries/lists.js';
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

interface Plan {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

describe('events near a point by date (the date walk or the point index, src/db/queries/lists.ts nearByDate)', () => {
  const reference = (sort: EventSort) => `MATCH (e:Event) WHERE point.distance(e.location, point({latitude: $lat, longitude: $lon})) <= $m
RETURN e.id AS id ORDER BY e.date ${sort === 'DATE_ASC' ? 'ASC' : 'DESC'}, e.id ASC SKIP $offset LIMIT $limit`;

  it('gives the page a plain filter and sort give, from a small circle (point index) to one holding every event (date walk)', async () => {
    const session = driver.session();
    try {
      const points = (await session.run('MATCH (p:Place) WHERE p.location IS NOT NULL RETURN p.location AS at ORDER BY p.id LIMIT 6')).records.map((r) => r.get('at'));
      const parts = new Set<string>();
      for (const [i, at] of points.entries()) {
        for (const radiusKm of [2, 60, 3000]) {
          const sort: EventSort = i % 2 ? 'DATE_ASC' : 'DATE_DESC';
          const offset = i % 3 === 2 ? 10 : 0;
          const q = eventPage({ near: { latitude: at.y, longitude: at.x, radiusKm } }, sort, offset, 10);
          expect(q.cypher).toContain('USING INDEX e:Event(date)');
          const got = await session.run(q.cypher, q.params);
          const want = await session.run(reference(sort), { lat: at.y, lon: at.x, m: radiusKm * 1000, offset: neo4j.int(offset), limit: neo4j.int(11) });
          expect(got.records.map((r) => r.get('node').id), `${at} ${radiusKm} km ${sort}`).toEqual(want.records.map((r) => r.get('id')));
          // Which part ran: the date walk reads rows from the date index, the other from the point index.
          const plan = (await session.run(`PROFILE ${q.cypher}`, q.params)).summary.profile as Plan;
          const rowsFrom = (index: string, p: Plan): number =>
            (p.operatorType.startsWith('NodeIndexSeekByRange') && String(p.arguments.Details ?? '').includes(index) ? p.rows : 0) + p.children.reduce((n, c) => n + rowsFrom(index, c), 0);
          const walked = rowsFrom('Event(date)', plan);
          const sought = rowsFrom('Event(location)', plan);
          expect(walked === 0 || sought === 0, 'one part reads, the other gets an empty range').toBe(true);
          if (walked + sought) parts.add(walked ? 'walk' : 'point');
        }
      }
      expect([...parts].sort()).toEqual(['point', 'walk']);
    } finally {
      await session.close();
    }
  });
});
