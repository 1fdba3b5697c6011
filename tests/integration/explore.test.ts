/** Exploration queries on the sample articles: neighbourhoods, timelines, grouped counts. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toRelationshipRecord } from '../../src/db/mappers.js';
import type { HopSpec } from '../../src/db/queries/explore.js';
import { REL } from '../../src/db/queries/read.js';
import type { Stores } from '../../src/db/stores.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../src/domain/taxonomy.js';
import { seedAll } from '../../src/seed/seed.js';
import { execute, query } from '../helpers/apollo.js';
import { example } from '../helpers/examples.js';
import { ROOT, closeGraph, resetGraph, testGraph } from '../helpers/graph.js';

let store: Stores;
beforeAll(async () => {
  store = await resetGraph();
  await seedAll(store.writes, [path.join(ROOT, 'seed/articles')]);
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

/**
 * The neighbourhood against a reference computed here, step by step in plain code, from each
 * node's relationships as Neo4j lists them (in its storage order: a frontier node cut at its
 * fan-out gives its first relationships), so that no optimisation of the store's reads can
 * change the answer: the nodes and their depths in order, the links and `truncated`.
 *
 * The rule (ExploreStore.neighbourhood): from each frontier node, read at most 4 × room + 1
 * relationships of the types to nodes that pass the filters; the new nodes are those not drawn
 * yet, in order of id, the first `room` of them (room = limit − nodes drawn); truncated (and the
 * last step) when there were more, or when a frontier node gave all it was allowed to. The links
 * are the relationships of the types among the nodes drawn.
 */
describe('neighbourhood against a reference', () => {
  const PROVENANCE = ['MENTIONS', 'REPORTS', 'PUBLISHED'];
  const DOMAIN = RELATIONSHIP_TYPE_NAMES.filter((t) => !PROVENANCE.includes(t));
  interface Row {
    rel: string;
    other: string;
    labels: string[];
    date: string | null;
    dateEnd: string | null;
  }
  const adjacency = new Map<string, Row[]>();

  /** The relationships of one node, of the types, as Neo4j reads them (the same pattern a hop reads). */
  async function around(id: string, types: RelationshipType[]): Promise<Row[]> {
    const key = `${id} ${types.join('|')}`;
    if (!adjacency.has(key)) {
      const { graph } = await testGraph();
      const rows = await graph.read(
        {
          cypher: `MATCH (n:Node {id: $id})-[r:${types.join('|')}]-(m:Node)
RETURN ${REL('r')} AS rel, m.id AS other, labels(m) AS labels, toString(m.date) AS date, toString(m.dateEnd) AS dateEnd`,
          params: { id },
        },
        { tag: 'test-reference' },
      );
      adjacency.set(
        key,
        rows.map((r) => ({
          rel: toRelationshipRecord(r.rel as Record<string, unknown>).id,
          other: r.other as string,
          labels: r.labels as string[],
          date: r.date as string | null,
          dateEnd: r.dateEnd as string | null,
        })),
      );
    }
    return adjacency.get(key)!;
  }

  async function linksAmongAll(ids: string[], types: RelationshipType[]): Promise<string[]> {
    const { graph } = await testGraph();
    const rows = await graph.read(
      { cypher: `MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types RETURN ${REL('r')} AS rel`, params: { ids, types } },
      { tag: 'test-reference' },
    );
    return rows.map((r) => toRelationshipRecord(r.rel as Record<string, unknown>).id).sort();
  }

  async function reference(root: string, hops: number, spec: HopSpec, limit: number) {
    // An event passes a date range its period (date..dateEnd) overlaps.
    const passes = (row: Row) =>
      (!spec.kinds?.length || spec.kinds.some((k) => row.labels.includes(k))) &&
      (!row.labels.includes('Event') || ((spec.from === null || (row.dateEnd ?? '') >= spec.from) && (spec.to === null || (row.date ?? '') <= spec.to)));
    const depth = new Map<string, number>([[root, 0]]);
    let frontier = [root];
    let truncated = false;
    let cut = false;
    for (let d = 1; d <= hops && frontier.length && !truncated; d++) {
      const room = Math.max(limit - depth.size, 0);
      const perNode = room * 4 + 1;
      const fresh = new Set<string>();
      for (const n of frontier) {
        const read = (await around(n, spec.types)).filter((row) => row.other !== n && passes(row)).slice(0, perNode);
        if (read.length >= perNode) truncated = cut = true;
        for (const row of read) if (!depth.has(row.other)) fresh.add(row.other);
      }
      const sorted = [...fresh].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (sorted.length > room) truncated = true;
      frontier = sorted.slice(0, room);
      for (const id of frontier) depth.set(id, d);
    }
    const nodes = [...depth].map(([id, d]) => `${id}@${d}`);
    const links = depth.size > 1 ? await linksAmongAll([...depth.keys()], spec.types) : [];
    return { nodes, links, truncated, cut };
  }

  const FILTERS: Record<string, Omit<HopSpec, 'types'> & { types?: RelationshipType[] }> = {
    plain: { kinds: null, from: null, to: null },
    events: { kinds: ['Event'], from: null, to: null },
    dated: { kinds: null, from: '2021-06-01', to: '2022-06-30' },
    'places and events': { kinds: ['Place', 'Event'], from: null, to: null, types: ['LOCATED_IN', 'OCCURRED_IN', 'GOVERNS'] },
    'with provenance': { kinds: null, from: null, to: null, types: [...RELATIONSHIP_TYPE_NAMES] },
  };
  const ROOTS = ['place:iraq', 'org:isis', 'place:makhmour-district', 'place:erbil-governorate'];

  it('draws the same nodes, links and truncation as the reference, for several roots, hops, limits and filters', async () => {
    let compared = 0;
    let truncatedCases = 0;
    let cutCases = 0;
    let cappedLinks = 0;
    for (const [name, filter] of Object.entries(FILTERS)) {
      const spec: HopSpec = { types: filter.types ?? DOMAIN, kinds: filter.kinds, from: filter.from, to: filter.to };
      for (const root of ROOTS) {
        for (const hops of [1, 2, 3]) {
          for (const limit of [2, 15, 60, 2000]) {
            const label = `${name} ${root} hops ${hops} limit ${limit}`;
            const got = (await store.explore.neighbourhood(root, hops, spec, limit))!;
            const want = await reference(root, hops, spec, limit);
            expect(got.nodes.map((n) => `${n.node.id}@${n.depth}`), label).toEqual(want.nodes);
            expect(got.truncated, label).toBe(want.truncated);
            const links = got.edges.map((e) => e.id).sort();
            if (want.links.length <= limit * 4) {
              expect(links, label).toEqual(want.links);
            } else {
              // Past limit × 4 links, which ones is not specified: as many, all of them links among the nodes.
              cappedLinks++;
              expect(links.length, label).toBe(limit * 4);
              expect(want.links, label).toEqual(expect.arrayContaining(links));
            }
            compared++;
            if (want.truncated) truncatedCases++;
            if (want.cut) cutCases++;
          }
        }
      }
    }
    expect(compared).toBe(5 * 4 * 3 * 4);
    // The cases cover both answers of `truncated` and the cut of a frontier node at its fan-out.
    expect(truncatedCases).toBeGreaterThan(20);
    expect(compared - truncatedCases).toBeGreaterThan(20);
    expect(cutCases).toBeGreaterThan(5);
    expect(cappedLinks).toBeLessThan(compared);
  }, 600_000);
});
