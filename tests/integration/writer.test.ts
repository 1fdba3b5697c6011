import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importBatchSchema } from '../../src/import/format.js';
import { CURATED_MAKHMOUR, closeGraph, loadBatch, referenceData, resetGraph, snapshot, testGraph } from '../helpers/graph.js';

afterAll(closeGraph);

describe('structured import writer', () => {
  beforeEach(async () => {
    await resetGraph();
  });

  it('loads the reference data and a curated batch, and a second load changes nothing', async () => {
    const { graph, store } = await testGraph();
    const curated = await loadBatch(CURATED_MAKHMOUR);
    const first = await store.importBatch(curated, { overwrite: true });
    expect(first.counters.nodesCreated).toBeGreaterThan(10);
    const before = await snapshot(graph);

    const again = await store.importBatch(curated, { overwrite: true });
    expect(again.counters.nodesCreated).toBe(0);
    expect(again.counters.relationshipsCreated).toBe(0);
    await store.importBatch(await referenceData(), { overwrite: true });
    expect(await snapshot(graph)).toBe(before);
  });

  it('skips a batch whose digest was recorded', async () => {
    const { store } = await testGraph();
    const curated = await loadBatch(CURATED_MAKHMOUR);
    const first = await store.importBatch(curated, { overwrite: true, digest: 'abc', origin: 'test' });
    expect(first.skipped).toBe(false);
    const second = await store.importBatch(curated, { overwrite: true, digest: 'abc', origin: 'test' });
    expect(second).toMatchObject({ skipped: true, ids: [] });
  });

  it('rejects a batch pointing at unknown ids and writes none of it', async () => {
    const { graph, store } = await testGraph();
    const before = await snapshot(graph);
    const batch = importBatchSchema.parse({
      entities: [{ id: 'place:new-village', kind: 'Place', name: 'New Village', locatedIn: 'place:nowhere' }],
    });
    await expect(store.importBatch(batch, { overwrite: true })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('place:nowhere'),
    });
    expect(await snapshot(graph)).toBe(before);
  });

  it('rejects a relationship between kinds its type does not allow', async () => {
    const { store } = await testGraph();
    const batch = importBatchSchema.parse({ relationships: [{ from: 'org:isis', type: 'LOCATED_IN', to: 'place:iraq' }] });
    await expect(store.importBatch(batch, { overwrite: true })).rejects.toThrow(/LOCATED_IN cannot go from Organization "org:isis"/);
  });

  it('joins a second report of one event instead of duplicating it, keeping both figures', async () => {
    const { graph, store } = await testGraph();
    await store.importBatch(await loadBatch(CURATED_MAKHMOUR), { overwrite: true });
    const second = importBatchSchema.parse({
      articles: [{ id: 'article:wire-makhmour', published: '2021-12-04', title: 'Twelve killed near Makhmour' }],
      events: [
        {
          id: 'event:wire-makhmour-1',
          subEventType: 'ARMED_CLASH',
          date: '2021-12-03',
          place: 'place:makhmour-district',
          perpetrators: ['org:isis'],
          casualties: [{ killed: 12 }],
          sources: [{ article: 'article:wire-makhmour', sentence: 'Twelve people were killed.', confidence: 0.8 }],
          mergeWithExisting: true,
        },
      ],
    });
    const result = await store.importBatch(second, { overwrite: false });
    expect(result.mergedEvents).toEqual({ 'event:wire-makhmour-1': 'event:2021-12-03-makhmour-isis-attack' });
    const rows = await graph.read(
      {
        cypher: `MATCH (e:Event) RETURN count(e) AS events,
          collect(e {.fatalities, .fatalitiesLow, .fatalitiesHigh}) AS figures`,
        params: {},
      },
      { tag: 'test' },
    );
    expect(rows[0]).toEqual({ events: 1, figures: [{ fatalities: 13, fatalitiesLow: 12, fatalitiesHigh: 13 }] });
  });
});
