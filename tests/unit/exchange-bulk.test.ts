/**
 * The writer's bulk statement for new events (src/db/queries/write.ts, createNewEvents): set-based
 * (one UNWIND per list, no per-row FOREACH or subquery), one block per relationship type present,
 * events and articles only. That it writes what the general path writes is tested against Neo4j
 * (tests/integration/writer.test.ts, tests/integration/exchange-import.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createNewEvents } from '../../src/db/queries/write.js';
import { planBatch } from '../../src/import/plan.js';
import { importBatchSchema } from '../../src/import/format.js';
import { splitByRegion } from '../../src/exchange/importer.js';

const batch = importBatchSchema.parse({
  articles: [{ id: 'article:acled-irq1', published: '2023-03-02', title: 'ACLED IRQ1', publisher: 'org:acled', text: '{}' }],
  events: [
    {
      id: 'event:acled-irq1',
      subEventType: 'ATTACK',
      date: '2023-03-01',
      place: 'place:iraq',
      perpetrators: ['org:isis'],
      casualties: [{ group: 'CIVILIANS', killed: 2 }],
      sources: [{ article: 'article:acled-irq1', sentence: 'Two were killed.', confidence: 1 }],
    },
  ],
});

describe('createNewEvents', () => {
  const plan = planBatch(batch);
  const query = () =>
    createNewEvents({
      events: plan.nodes.filter((n) => n.kind === 'Event').map((node) => ({ node, place: 'place:iraq', at: 'place:iraq', figures: [] })),
      articles: plan.nodes.filter((n) => n.kind === 'Article'),
      claims: plan.claims,
      relationships: plan.relationships,
    });

  it('is set-based: an UNWIND per list, CREATE, no per-row FOREACH or subquery', () => {
    const { cypher, params: all } = query();
    const params = all.p as Record<string, unknown>;
    expect(cypher).not.toMatch(/FOREACH|MERGE|CALL \(row\)|CALL \(e\)/);
    expect(cypher.match(/UNWIND \$/g)).toHaveLength(3 + 4);
    for (const type of ['OCCURRED_IN', 'PERPETRATED', 'PUBLISHED', 'REPORTS']) {
      expect(cypher).toContain(`CREATE (a)-[r:${type}]->(b)`);
      expect(params[`rel_${type}`]).toHaveLength(1);
    }
    expect(params.events).toEqual([expect.objectContaining({ id: 'event:acled-irq1', date: '2023-03-01', place: 'place:iraq', at: 'place:iraq' })]);
    expect(params.articles).toEqual([expect.objectContaining({ id: 'article:acled-irq1', published: '2023-03-02' })]);
  });

  it('sends each evidence sentence once, and leaves out default keys and properties', () => {
    const { cypher, params: all } = query();
    const params = all.p as Record<string, unknown>;
    expect(params.texts).toEqual(['Two were killed.']);
    const rows = ['OCCURRED_IN', 'PERPETRATED', 'REPORTS'].map((type) => (params[`rel_${type}`] as Record<string, unknown>[])[0]);
    for (const row of rows) expect(row).toEqual(expect.objectContaining({ articles: ['article:acled-irq1'], texts: [0], confidences: [1], confidence: 1 }));
    for (const row of rows) expect(row).not.toHaveProperty('key');
    // The publisher's link has no sentence: an empty one is written, as the general path writes it.
    expect((params.rel_PUBLISHED as Record<string, unknown>[])[0]).toEqual(expect.objectContaining({ texts: [null] }));
    expect(params.claims).toEqual([expect.objectContaining({ text: 0 })]);
    expect(params.claims).not.toContainEqual(expect.objectContaining({ sentence: expect.anything() }));
    expect(cypher).toContain("coalesce($p.texts[toInteger(i)], '')");
  });

  it('takes its lists inside one map parameter, so its cached plan does not depend on their length', () => {
    const { cypher, params } = query();
    expect(Object.keys(params)).toEqual(['p']);
    expect(cypher).not.toMatch(/\$(?!p\.)\w/);
  });

  it('creates events and articles only', () => {
    const place = planBatch(importBatchSchema.parse({ entities: [{ id: 'place:x', kind: 'Place', name: 'X' }] })).nodes;
    expect(() => createNewEvents({ events: [], articles: place, claims: [], relationships: [] })).toThrow(/not a Place/);
  });
});

describe('splitByRegion', () => {
  const rows = ['a1', 'b1', 'a2', 'c1', 'a3', 'b2', 'd1'];
  const region = (row: string) => row[0]!;

  it('keeps each region whole, evens out the groups, and keeps file order within each', () => {
    const groups = splitByRegion(rows, 2, region);
    expect(groups).toEqual([
      ['a1', 'a2', 'a3', 'd1'],
      ['b1', 'c1', 'b2'],
    ]);
  });

  it('makes no more groups than regions, and one group for one writer', () => {
    expect(splitByRegion(['a1', 'a2'], 2, region)).toEqual([['a1', 'a2']]);
    expect(splitByRegion(rows, 1, region)).toEqual([rows]);
    expect(splitByRegion(rows, 8, region).map((g) => g.map(region)[0])).toEqual(['a', 'b', 'c', 'd']);
    expect(splitByRegion([], 2, region)).toEqual([]);
  });
});
