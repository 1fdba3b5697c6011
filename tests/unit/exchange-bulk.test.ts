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
    const { cypher, params } = query();
    expect(cypher).not.toMatch(/FOREACH|MERGE|CALL \(row\)|CALL \(e\)/);
    expect(cypher.match(/UNWIND \$/g)).toHaveLength(3 + 4);
    for (const type of ['OCCURRED_IN', 'PERPETRATED', 'PUBLISHED', 'REPORTS']) {
      expect(cypher).toContain(`CREATE (a)-[r:${type}]->(b)`);
      expect(params[`rel_${type}`]).toHaveLength(1);
    }
    expect(params.events).toEqual([expect.objectContaining({ id: 'event:acled-irq1', date: '2023-03-01', place: 'place:iraq', at: 'place:iraq' })]);
    expect(params.articles).toEqual([expect.objectContaining({ id: 'article:acled-irq1', published: '2023-03-02' })]);
  });

  it('creates events and articles only', () => {
    const place = planBatch(importBatchSchema.parse({ entities: [{ id: 'place:x', kind: 'Place', name: 'X' }] })).nodes;
    expect(() => createNewEvents({ events: [], articles: place, claims: [], relationships: [] })).toThrow(/not a Place/);
  });
});
