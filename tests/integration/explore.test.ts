/** Exploration queries on the sample articles: neighbourhoods, timelines, grouped counts. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toRelationshipRecord } from '../../src/db/mappers.js';
import { linksWithin, type HopSpec } from '../../src/db/queries/explore.js';
import { REL } from '../../src/db/queries/read.js';
import type { Stores } from '../../src/db/stores.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../src/domain/taxonomy.js';
import { seedAll } from '../../src/seed/seed.js';
import { EDITOR_KEY, execute, query } from '../helpers/apollo.js';
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

  it('reads the same links among drawn nodes whichever of them count as hubs (explore.linksWithin)', async () => {
    const { graph } = await testGraph();
    for (const root of ROOTS) {
      const drawn = (await store.explore.neighbourhood(root, 2, { types: DOMAIN, kinds: null, from: null, to: null }, 60))!;
      const ids = drawn.nodes.map((n) => n.node.id);
      const eids = new Map((await graph.read({ cypher: 'MATCH (n:Node) WHERE n.id IN $ids RETURN elementId(n) AS eid, n.id AS id', params: { ids } }, { tag: 'test-reference' })).map((r) => [r.eid as string, r.id as string]));
      const want = await linksAmongAll(ids, DOMAIN);
      expect(want.length, root).toBeGreaterThan(0);
      // 0: every node a hub (pairs only); 2: some; a million: none (every node expanded).
      for (const hubDegree of [0, 2, 1_000_000]) {
        const rows = await graph.read(linksWithin([...eids.keys()], DOMAIN, 10_000, 'full', hubDegree), { tag: 'test-reference' });
        const got = rows.map((r) => {
          const rel = r.rel as Record<string, unknown>;
          return toRelationshipRecord({ ...rel, from: eids.get(rel.from as string), to: eids.get(rel.to as string) }).id;
        });
        expect(got.sort(), `${root}, hubs above ${hubDegree} relationships going out`).toEqual(want);
      }
    }
  });

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
            // Read as summaries (the explorer's request): the same nodes, labels, links and truncation.
            const summary = (await store.explore.neighbourhood(root, hops, spec, limit, { nodes: 'summary', links: 'summary+review' }))!;
            const drawn = (r: typeof got) => [r.truncated, r.nodes.map(({ id, kind, label, depth }) => ({ id, kind, label, depth })), r.edges.map(({ relationship: _, ...e }) => e)];
            expect(drawn(summary), label).toEqual(drawn(got));
            expect(summary.nodes.every((n) => n.node === null && n.reviewState === undefined) && summary.edges.every((e) => e.relationship === null), label).toBe(true);
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

/**
 * How much a neighbourhood request reads follows what it asks (src/graphql/resolvers/explore.ts
 * neighbourhoodProjection): summaries of the nodes and links for the fields a drawing shows,
 * the whole node or relationship when `node` or `relationship` is asked. The answers are the
 * same either way; the statements sent show which was read.
 */
describe('neighbourhood: what a request reads', () => {
  const DRAWN = 'truncated nodes { id kind label depth } edges { id type source target }';
  const WHOLE = `truncated
    nodes { id kind label depth reviewState node { id kind ... on Event { date label } ... on Entity { name } } }
    edges { id type source target reviewState relationship { id type from { id } to { id } review { state } sources { sentence } } }`;
  /** Properties only a whole node or a whole relationship reads. */
  const readsWholeNodes = (cypher: string[]) => cypher.some((c) => c.includes('.description'));
  const readsWholeLinks = (cypher: string[]) => cypher.some((c) => c.includes('r {.*, createdAt: null}'));

  /** The answer to `text`, and the Cypher of the statements it sent. */
  async function traced(text: string, variables: Record<string, unknown> = {}) {
    const { graph } = await testGraph();
    const read = vi.spyOn(graph, 'read');
    try {
      const data = await query(store, text, variables);
      return { data, cypher: read.mock.calls.map(([q]) => q.cypher) };
    } finally {
      read.mockRestore();
    }
  }

  it('draws the same nodes, depths, labels, links and truncation from summaries as from whole nodes', async () => {
    let compared = 0;
    for (const id of ['place:makhmour-district', 'org:isis', 'place:iraq']) {
      for (const hops of [1, 2, 3]) {
        for (const limit of [15, 200]) {
          const args = `id: "${id}", hops: ${hops}, limit: ${limit}`;
          const drawn = await traced(`{ neighbourhood(${args}) { ${DRAWN} } }`);
          const whole = await traced(`{ neighbourhood(${args}) { ${WHOLE} } }`);
          expect(readsWholeNodes(drawn.cypher) || readsWholeLinks(drawn.cypher), args).toBe(false);
          expect(readsWholeNodes(whole.cypher) && readsWholeLinks(whole.cypher), args).toBe(true);
          const w = whole.data.neighbourhood;
          expect(drawn.data.neighbourhood, args).toEqual({
            truncated: w.truncated,
            nodes: w.nodes.map(({ id, kind, label, depth }: any) => ({ id, kind, label, depth })),
            edges: w.edges.map(({ id, type, source, target }: any) => ({ id, type, source, target })),
          });
          for (const n of w.nodes) expect({ id: n.node.id, kind: n.node.kind }).toEqual({ id: n.id, kind: n.kind });
          for (const e of w.edges) expect([e.relationship.id, e.relationship.type, e.relationship.from.id, e.relationship.to.id]).toEqual([e.id, e.type, e.source, e.target]);
          compared++;
        }
      }
    }
    expect(compared).toBe(18);
  });

  it('a request mixing `node { ... on Event { date } }` with the drawn fields gets each value right', async () => {
    const { data, cypher } = await traced(
      `{ neighbourhood(id: "place:makhmour-district", hops: 2, limit: 200) { nodes { id label depth node { ... on Event { date subEventType } ... on Entity { name } } } edges { id source } } }`,
    );
    expect(readsWholeNodes(cypher)).toBe(true);
    expect(readsWholeLinks(cypher)).toBe(false);
    const nodes = data.neighbourhood.nodes as any[];
    const { graph } = await testGraph();
    const rows = await graph.read(
      { cypher: `UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, toString(n.date) AS date, n.subEventType AS subEventType, n.name AS name, n.label AS label`, params: { ids: nodes.map((n) => n.id) } },
      { tag: 'test-reference' },
    );
    const stored = new Map(rows.map((r) => [r.id as string, r]));
    const events = nodes.filter((n) => n.id.startsWith('event:'));
    expect(events.length).toBeGreaterThan(0);
    for (const n of nodes) {
      const s = stored.get(n.id)!;
      if (n.id.startsWith('event:')) {
        expect(n.node, n.id).toEqual({ date: s.date, subEventType: s.subEventType });
        expect(n.label).toBe(s.label ?? `${String(s.subEventType).toLowerCase().replaceAll('_', ' ')} ${s.date}`);
      } else if (s.name !== null) {
        expect(n.node, n.id).toEqual({ name: s.name });
        expect(n.label).toBe(s.name);
      }
    }
  });

  it('looks through fragments and aliases', async () => {
    const args = 'id: "place:makhmour-district", hops: 2, limit: 60';
    const plain = (await traced(`{ neighbourhood(${args}) { ${DRAWN} } }`)).data.neighbourhood;
    const fragments = await traced(
      `query { hood: neighbourhood(${args}) { cut: truncated ...Hood } }
       fragment Hood on Neighbourhood { drawn: nodes { key: id ...Node } links: edges { ... on GraphEdge { ref: id type from: source to: target } } }
       fragment Node on GraphNode { __typename kind name: label level: depth }`,
    );
    expect(readsWholeNodes(fragments.cypher) || readsWholeLinks(fragments.cypher)).toBe(false);
    expect(fragments.data.hood).toEqual({
      cut: plain.truncated,
      drawn: plain.nodes.map((n: any) => ({ key: n.id, __typename: 'GraphNode', kind: n.kind, name: n.label, level: n.depth })),
      links: plain.edges.map((e: any) => ({ ref: e.id, type: e.type, from: e.source, to: e.target })),
    });
    // `node` and `relationship` asked under aliases, inside fragments: read whole, and right.
    const whole = await traced(
      `query { neighbourhood(${args}) { nodes { ...Whole } edges { ... on GraphEdge { id fact: relationship { ref: id } } } } }
       fragment Whole on GraphNode { id ... on GraphNode { thing: node { key: id } } }`,
    );
    expect(readsWholeNodes(whole.cypher) && readsWholeLinks(whole.cypher)).toBe(true);
    expect(whole.data.neighbourhood.nodes).toEqual(plain.nodes.map((n: any) => ({ id: n.id, thing: { key: n.id } })));
    expect(whole.data.neighbourhood.edges).toEqual(plain.edges.map((e: any) => ({ id: e.id, fact: { ref: e.id } })));
  });

  it('gives review states from summaries as from whole nodes and relationships', async () => {
    const event = 'event:2021-12-04-shafaq-makhmour-attack-reactions-1';
    const perpetrated = `org:isis|PERPETRATED|${event}`;
    for (const id of [event, perpetrated]) {
      const { reviewFact } = await query(store, `query ($id: ID!) { reviewFact(id: $id) { review { etag } } }`, { id });
      await query(store, `mutation ($id: ID!, $etag: String!) { confirm(id: $id, etag: $etag) { id } }`, { id, etag: reviewFact.review.etag }, { token: EDITOR_KEY });
    }
    const args = 'id: "place:makhmour-district", hops: 2, limit: 200';
    const explorer = await traced(`{ neighbourhood(${args}) { truncated limit nodes { id kind label depth reviewState } edges { id type source target reviewState } } }`);
    expect(readsWholeNodes(explorer.cypher) || readsWholeLinks(explorer.cypher)).toBe(false);
    const whole = (await traced(`{ neighbourhood(${args}) { ${WHOLE} } }`)).data.neighbourhood;
    const got = explorer.data.neighbourhood;
    expect(got.nodes.map((n: any) => [n.id, n.reviewState])).toEqual(whole.nodes.map((n: any) => [n.id, n.reviewState]));
    expect(got.edges.map((e: any) => [e.id, e.reviewState])).toEqual(whole.edges.map((e: any) => [e.id, e.reviewState]));
    const state = (list: any[], id: string) => list.find((x) => x.id === id)?.reviewState;
    expect(state(got.nodes, event)).toBe('CONFIRMED');
    expect(state(got.edges, perpetrated)).toBe('CONFIRMED');
    expect(state(got.nodes, 'place:makhmour-district')).toBeNull();
    expect(got.nodes.filter((n: any) => n.kind === 'Event' && n.reviewState === 'UNREVIEWED').length).toBeGreaterThan(0);
    // Reference data (no sources) has nothing to review; links read from articles do.
    for (const e of whole.edges) expect(e.reviewState, e.id).toBe(e.relationship.sources.length ? e.relationship.review.state : null);
    expect(got.edges.some((e: any) => e.reviewState === null)).toBe(true);
    expect(got.edges.some((e: any) => e.reviewState === 'UNREVIEWED')).toBe(true);
  });
});

/**
 * The hops and links name only the relationship types asked that the database has relationships
 * of (the first step's statement tells which, and the store keeps them for the next request): a
 * type with none adds nothing to the answer, and one that gains a relationship is followed from
 * the next request on.
 */
describe('neighbourhood: relationship types the database has', () => {
  const PROVENANCE = ['MENTIONS', 'REPORTS', 'PUBLISHED'];
  const DOMAIN = RELATIONSHIP_TYPE_NAMES.filter((t) => !PROVENANCE.includes(t));

  async function present(): Promise<string[]> {
    const { graph } = await testGraph();
    const [row] = await graph.read({ cypher: 'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types', params: {} }, { tag: 'test-reference' });
    return row!.types as string[];
  }

  it('leaves out the types with no relationship, with the same answer, and follows one as soon as it has one', async () => {
    const has = await present();
    const absent = DOMAIN.filter((t) => !has.includes(t));
    expect(absent.length).toBeGreaterThan(0);
    const missing = absent[0]!;
    const { graph } = await testGraph();
    const read = vi.spyOn(graph, 'read');
    const spec = (types: RelationshipType[]): HopSpec => ({ types, kinds: null, from: null, to: null });
    let got;
    try {
      // The first request on a database learns which types it has (and names them all).
      await store.explore.neighbourhood('place:makhmour-district', 1, spec(DOMAIN), 200);
      read.mockClear();
      got = (await store.explore.neighbourhood('place:makhmour-district', 2, spec(DOMAIN), 200))!;
      const sent = read.mock.calls.map(([q]) => q.cypher);
      // A statement a hop, the links read with the second.
      expect(sent.length).toBe(2);
      for (const cypher of sent) expect(cypher).not.toMatch(new RegExp(`[:|]${missing}[|\\]]`));
    } finally {
      read.mockRestore();
    }
    const asked = (await store.explore.neighbourhood('place:makhmour-district', 2, spec(DOMAIN.filter((t) => has.includes(t))), 200))!;
    expect(got).toEqual(asked);
    // Only types with no relationship: the root alone, nothing beyond it.
    const alone = (await store.explore.neighbourhood('place:makhmour-district', 2, spec([missing as RelationshipType]), 200))!;
    expect({ nodes: alone.nodes.map((n) => n.id), edges: alone.edges, truncated: alone.truncated }).toEqual({ nodes: ['place:makhmour-district'], edges: [], truncated: false });
    // A relationship of that type, and the next request follows it.
    const root = 'place:makhmour-district';
    const other = got.nodes.find((n) => n.kind === 'Place' && n.depth === 2)!.id;
    await graph.writeTx((tx) => tx.run({ cypher: `MATCH (a:Node {id: $a}), (b:Node {id: $b}) CREATE (a)-[:${missing} {key: ''}]->(b)`, params: { a: root, b: other } }), { tag: 'test-fixture' });
    try {
      // Asked with every type while the types known still lack it: the first step is taken again with it.
      const again = vi.spyOn(graph, 'read');
      try {
        const all = (await store.explore.neighbourhood(root, 1, spec(DOMAIN), 2000))!;
        expect(all.nodes.find((n) => n.id === other)?.depth).toBe(1);
        expect(all.edges.map((e) => e.id)).toContain(`${root}|${missing}|${other}`);
        expect(again.mock.calls.map(([q]) => new RegExp(`[:|]${missing}[|\\]]`).test(q.cypher))).toEqual([false, true]);
      } finally {
        again.mockRestore();
      }
      const after = (await store.explore.neighbourhood(root, 1, spec([missing as RelationshipType]), 200))!;
      expect(after.nodes.map((n) => `${n.id}@${n.depth}`)).toEqual([`${root}@0`, `${other}@1`]);
      expect(after.edges.map((e) => e.id)).toEqual([`${root}|${missing}|${other}`]);
    } finally {
      await graph.writeTx((tx) => tx.run({ cypher: `MATCH ()-[r:${missing}]->() DELETE r`, params: {} }), { tag: 'test-fixture' });
    }
  });
});
