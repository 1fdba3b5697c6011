/**
 * No N+1: the Neo4j round trips of a nested list query must not grow with the number of nodes
 * it returns. The same query over 5 and over 80 events costs the same number of queries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { importBatchSchema } from '../../src/import/format.js';
import { execute } from '../helpers/apollo.js';
import { closeGraph, resetGraph } from '../helpers/graph.js';

const PLACES = ['place:makhmour-district', 'place:mosul', 'place:kirkuk', 'place:tikrit', 'place:erbil', 'place:baqubah'];
const ACTORS = ['org:isis', 'force:pmf', 'force:peshmerga', 'force:isf'];
const SPEAKERS = ['gov:us', 'org:bahrain-foreign-ministry', 'person:masrour-barzani'];

function manyEvents(n: number) {
  return importBatchSchema.parse({
    articles: Array.from({ length: n }, (_, i) => ({ id: `article:n1-${i}`, published: '2022-01-10', title: `Report ${i}`, publisher: 'org:rudaw' })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `event:n1-${i}`,
      subEventType: i % 2 ? 'REMOTE_EXPLOSIVE_LANDMINE_IED' : 'ARMED_CLASH',
      date: `2022-01-${String((i % 28) + 1).padStart(2, '0')}`,
      place: PLACES[i % PLACES.length],
      perpetrators: [ACTORS[i % ACTORS.length]],
      targets: [ACTORS[(i + 1) % ACTORS.length]],
      casualties: [{ group: 'CIVILIANS', killed: i % 5 }, { actor: ACTORS[(i + 1) % ACTORS.length], killed: 1, injured: i % 3 }],
      sources: [{ article: `article:n1-${i}`, sentence: `Sentence ${i}.` }],
    })),
    statements: Array.from({ length: n }, (_, i) => ({
      id: `statement:n1-${i}`,
      speaker: SPEAKERS[i % SPEAKERS.length],
      stance: 'CONDEMNATION',
      about: [`event:n1-${i}`],
      date: '2022-01-29',
      sources: [{ article: `article:n1-${i}` }],
    })),
  });
}

const NESTED = `query ($first: Int!) {
  events(first: $first, sort: DATE_ASC) {
    totalCount
    nodes {
      id
      place { name parent { name } ancestors { name } }
      perpetrators { name governments { name } ... on Force { under { name } } }
      targets { name }
      fatalities { best low high }
      casualties { label actor { name } killed { best } }
      statements { stance speaker { name } onBehalfOf { name } }
      sources { sentence article { title publisher { name } } }
      relationships(first: 10) { type from { id } to { id } }
    }
  }
}`;

let store: Stores;
beforeAll(async () => {
  store = await resetGraph();
  await store.writes.importBatch(manyEvents(80), { overwrite: true });
});
afterAll(closeGraph);

describe('batched loading', () => {
  it('costs about the same number of Neo4j queries for 5 events as for 80', async () => {
    const small = await execute(store, NESTED, { first: 5 });
    const large = await execute(store, NESTED, { first: 80 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data?.events.nodes).toHaveLength(5);
    expect(large.data?.events.nodes).toHaveLength(80);
    expect(large.data?.events.nodes.every((e: any) => e.perpetrators.length === 1 && e.statements.length === 1 && e.sources[0].article.publisher.name === 'Rudaw')).toBe(true);
    // One query per distinct field and level (give or take one, as DataLoader's batches fall in
    // event-loop ticks), about twenty in all: the count does not grow with the result.
    expect(Math.abs(large.queries - small.queries)).toBeLessThanOrEqual(1);
    expect(large.queries).toBeLessThan(30);
    console.info(`nested list query: ${large.queries} Neo4j queries for 80 events (${small.queries} for 5)`);
  });
});
