/** Exploration queries on the sample articles: neighbourhoods, timelines, grouped counts. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.js';
import { seedAll } from '../../src/seed/seed.js';
import { execute, query } from '../helpers/apollo.js';
import { example } from '../helpers/examples.js';
import { ROOT, closeGraph, resetGraph } from '../helpers/graph.js';

let store: Store;
beforeAll(async () => {
  store = await resetGraph();
  await seedAll(store, [path.join(ROOT, 'seed/articles')]);
});
afterAll(closeGraph);

describe('neighbourhood', () => {
  it('draws Makhmour district two hops out, with the attack, its perpetrator and evidence on edges', async () => {
    const e = example('10-neighbourhood');
    const { neighbourhood } = await query(store, e.query, e.variables);
    const ids = neighbourhood.nodes.map((n: any) => n.id);
    expect(neighbourhood.nodes[0]).toMatchObject({ id: 'place:makhmour-district', depth: 0 });
    expect(ids).toEqual(expect.arrayContaining(['place:erbil-governorate', 'place:makhmour', 'event:2021-12-04-shafaq-makhmour-attack-reactions-1', 'org:isis']));
    for (const edge of neighbourhood.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    const perpetrated = neighbourhood.edges.find((x: any) => x.type === 'PERPETRATED' && x.source === 'org:isis');
    expect(perpetrated.relationship.sources[0].sentence).toBeTruthy();
    expect(neighbourhood.edges.some((x: any) => x.type === 'MENTIONS')).toBe(false);
  });

  it('respects its limit and says when it truncated', async () => {
    const { neighbourhood } = await query(store, `{ neighbourhood(id: "place:iraq", hops: 2, limit: 15) { truncated nodes { id } } }`);
    expect(neighbourhood.nodes).toHaveLength(15);
    expect(neighbourhood.truncated).toBe(true);
    const whole = await query(store, `{ neighbourhood(id: "place:makhmour-district", hops: 1, limit: 500) { truncated nodes { id } } }`);
    expect(whole.neighbourhood.truncated).toBe(false);
    expect(whole.neighbourhood.nodes.length).toBeGreaterThan(3);
  });

  it('filters by node kind and refuses out-of-range arguments', async () => {
    const { neighbourhood } = await query(store, `{ neighbourhood(id: "org:isis", hops: 1, nodeKinds: [Event], limit: 500) { nodes { kind } } }`);
    expect(new Set(neighbourhood.nodes.slice(1).map((n: any) => n.kind))).toEqual(new Set(['Event']));
    const bad = await execute(store, `{ neighbourhood(id: "org:isis", hops: 4) { truncated } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await execute(store, `{ neighbourhood(id: "org:nobody") { truncated } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('timeline and counts', () => {
  it('gives ISIS attacks per month with fatalities', async () => {
    const e = example('09-timeline');
    const { timeline } = await query(store, e.query, e.variables);
    const dec2021 = timeline.find((b: any) => b.start === '2021-12-01');
    expect(dec2021).toMatchObject({ end: '2021-12-31', events: 1, fatalities: 13 });
    const months = timeline.map((b: any) => b.start);
    expect(months).toEqual([...months].sort());
    const total = await query(store, `{ events(filter: { perpetratorId: "org:isis" }) { totalCount } }`);
    expect(timeline.reduce((n: number, b: any) => n + b.events, 0)).toBe(total.events.totalCount);
  });

  it('groups events by governorate and by type', async () => {
    const data = await query(store, `{ byPlace: eventStats(groupBy: PLACE) { label node { id } events fatalities } byType: eventStats(groupBy: EVENT_TYPE) { key events } }`);
    expect(data.byPlace.find((g: any) => g.node.id === 'place:erbil-governorate')).toMatchObject({ events: expect.any(Number) });
    const total = await query(store, `{ events { totalCount } }`);
    expect(data.byType.reduce((n: number, g: any) => n + g.events, 0)).toBe(total.events.totalCount);
  });
});
