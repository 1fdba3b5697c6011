/**
 * The statements of ExploreStore.neighbourhood: the root, each hop (the Cypher of `hop` itself, naming
 * the new nodes by element id too) and the links among the nodes drawn, read once from their
 * start nodes. Exact text and parameters, and refusal of what may not be spliced; the summaries
 * (what the explorer draws) give the same ids, labels and review states as whole nodes and links.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_PROPERTIES, toGraphEdge, toGraphEdgeSummary, toGraphNode, toGraphNodeSummary } from '../../src/db/mappers.js';
import { hop, hopWithElementIds, linksWithin, neighbourhoodRoot, neighbourhoodStep } from '../../src/db/queries/explore.js';
import { int } from '../../src/db/queries/identifiers.js';
import { NODE, REL } from '../../src/db/queries/read.js';

const SPEC = { types: ['OCCURRED_IN', 'PERPETRATED'] as const, kinds: ['Event'] as const, from: '2022-03-15', to: null };

describe('neighbourhood statements', () => {
  it('reads the root by id, with its element id', () => {
    const q = neighbourhoodRoot('org:isis');
    expect(q.cypher).toBe(`MATCH (n:Node {id: $id}) RETURN ${NODE('n')} AS node, elementId(n) AS eid`);
    expect(q.params).toEqual({ id: 'org:isis' });
  });

  it('with the types asked, the root also gives those the database has relationships of', () => {
    const q = neighbourhoodRoot('org:isis', 'full', ['NEAR', 'LOCATED_IN']);
    expect(q.cypher).toBe(
      `MATCH (n:Node {id: $id}) RETURN ${NODE('n')} AS node, elementId(n) AS eid, [t IN $types WHERE t IN COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType }] AS types`,
    );
    expect(q.params).toEqual({ id: 'org:isis', types: ['NEAR', 'LOCATED_IN'] });
  });

  it('hops with the Cypher of hop, adding the element ids of the nodes it draws', () => {
    const spec = { ...SPEC, types: [...SPEC.types], kinds: [...SPEC.kinds] };
    const plain = hop(['org:isis'], ['org:isis'], spec, 101, 401);
    const q = hopWithElementIds(['org:isis'], ['org:isis'], spec, 101, 401);
    expect(q.cypher).toBe(`${plain.cypher}, collect(elementId(m)) AS eids`);
    expect(q.cypher).toBe(`UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[:OCCURRED_IN|PERPETRATED]-(m:Node)
  WHERE m <> n AND m:Event
    AND (NOT m:Event OR (($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.date <= date($to))))
  WITH m LIMIT $perNode
  RETURN collect(m) AS found
}
WITH max(size(found)) >= $perNode AS capped, collect(found) AS lists
UNWIND lists AS found
UNWIND found AS m
WITH DISTINCT capped, m
WHERE NOT m.id IN $seen
WITH capped, m ORDER BY m.id LIMIT $limit
RETURN capped, collect(${NODE('m')}) AS nodes, collect(elementId(m)) AS eids`);
    expect(q.params).toEqual({ frontier: ['org:isis'], seen: ['org:isis'], from: '2022-03-15', to: null, limit: int(101), perNode: int(401) });
  });

  it('reads the links once, from an end that is not a hub, comparing element ids and giving them for the ends', () => {
    const q = linksWithin(['4:a:1', '4:a:2'], ['LOCATED_IN', 'OCCURRED_IN'], 800);
    expect(q.cypher).toBe(`UNWIND $ids AS x
MATCH (a) WHERE elementId(a) = x
WITH a, COUNT { (a)-->() } > $hubDegree AS hub
WITH collect(CASE WHEN hub THEN a END) AS hubs, collect(CASE WHEN NOT hub THEN a END) AS others
CALL (hubs, others) {
  UNWIND others AS a
  MATCH (a)-[r:LOCATED_IN|OCCURRED_IN]->(b)
  WHERE elementId(b) IN $ids
  RETURN r
  UNION ALL
  UNWIND CASE WHEN size(hubs) > 0 THEN others ELSE [] END AS b
  MATCH (b)<-[r:LOCATED_IN|OCCURRED_IN]-(a)
  WHERE a IN hubs
  RETURN r
  UNION ALL
  UNWIND hubs AS a
  UNWIND hubs AS b
  MATCH (a)-[r:LOCATED_IN]->(b)
  RETURN r
  UNION ALL
  UNWIND hubs AS a
  UNWIND hubs AS b
  WITH a, b WHERE a:Event|Statement|Article OR b:Event|Statement|Article
  MATCH (a)-[r:OCCURRED_IN]->(b)
  RETURN r
}
RETURN {type: type(r), from: elementId(startNode(r)), to: elementId(endNode(r)), props: r {.*, createdAt: null}} AS rel LIMIT $limit`);
    // As REL projects a relationship, but with the ends' element ids.
    expect(REL('r')).toBe('{type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*, createdAt: null}}');
    expect(q.params).toEqual({ ids: ['4:a:1', '4:a:2'], limit: int(800), hubDegree: int(500) });
    // Between two hubs, only the parts of the types asked: none of the other kind, no empty part.
    expect(linksWithin(['4:a:1'], ['NEAR'], 8).cypher).not.toContain('a:Event|Statement|Article');
    expect(linksWithin(['4:a:1'], ['MENTIONS'], 8).cypher).not.toMatch(/UNWIND hubs AS b\n  MATCH/);
  });

  it('a step from the root: its id, the room, one more node to tell an overflow, the fan-out, and the types present', () => {
    const q = neighbourhoodStep({ root: 'org:isis' }, { types: ['OCCURRED_IN', 'PERPETRATED'], kinds: null, from: null, to: null }, 199, false, 800);
    expect(q.params).toEqual({ id: 'org:isis', room: int(199), take: int(200), perNode: int(797), last: false, linkLimit: int(800), hubDegree: int(500) });
    expect(q.cypher.startsWith('MATCH (root:Node {id: $id})\nOPTIONAL CALL (root) {\n  MATCH (root)-[:OCCURRED_IN|PERPETRATED]-(m:Node)')).toBe(true);
    expect(q.cypher).toContain(`${NODE('root')} AS root, elementId(root) AS rootEid, [t IN [`);
    // The links are read only in the step the drawing ends with.
    expect(q.cypher).toContain('$last OR truncated OR size(level) = 0 AS ended');
    expect(q.cypher).toContain('WITH drawn WHERE ended AND size(drawn) > 1');
  });

  it('a step from a frontier: nodes by element id, none drawn before, the sort in a subquery that imports nothing', () => {
    const q = neighbourhoodStep({ frontier: ['4:a:2'], seen: ['4:a:1', '4:a:2'] }, { types: ['NEAR'], kinds: ['Place'], from: '2022-01-01', to: null }, 10, true, 40);
    expect(q.params).toEqual({ frontier: ['4:a:2'], seen: ['4:a:1', '4:a:2'], room: int(10), take: int(11), perNode: int(41), last: true, linkLimit: int(40), hubDegree: int(500), from: '2022-01-01', to: null });
    expect(q.cypher.startsWith('OPTIONAL CALL () {\n  UNWIND $frontier AS x\n  MATCH (n) WHERE elementId(n) = x')).toBe(true);
    expect(q.cypher).toContain('WHERE NOT elementId(m) IN $seen');
    expect(q.cypher).toContain('WHERE m <> n AND m:Place\n      AND (NOT m:Event OR');
    expect(q.cypher).not.toContain('AS rootEid');
  });

  it('a step reads the links as linksWithin does, over the element ids of the nodes drawn', () => {
    const types = ['OCCURRED_IN', 'LOCATED_IN'] as const;
    // From the reads of links that do not start at a hub to the end of the union.
    const whole = linksWithin(['4:a:1'], [...types], 8).cypher;
    const body = whole.slice(whole.indexOf('  UNWIND others AS a'), whole.lastIndexOf('\n}') + 2);
    const step = neighbourhoodStep({ root: 'org:isis' }, { types: [...types], kinds: null, from: null, to: null }, 9, true, 8).cypher;
    expect(body).toContain('WHERE elementId(b) IN $ids');
    const flat = (cypher: string) => cypher.replace(/\n +/g, '\n').trim();
    expect(flat(step)).toContain(flat(body.replace('IN $ids', 'IN within')));
    expect(step).toContain('collect(elementId(a)) AS within\n  CALL (hubs, others, within) {');
  });

  it('refuses relationship types and node kinds off the taxonomy', () => {
    expect(() => neighbourhoodStep({ root: 'x' }, { types: ['toString' as never], kinds: null, from: null, to: null }, 1, true, 4)).toThrow('unknown relationship type "toString"');
    expect(() => neighbourhoodStep({ root: 'x' }, { types: [], kinds: null, from: null, to: null }, 1, true, 4)).toThrow(/unknown relationship type list/);
    expect(() => neighbourhoodStep({ root: 'x' }, { types: ['NEAR'], kinds: ['Event) DETACH DELETE n //' as never], from: null, to: null }, 1, true, 4)).toThrow(/unknown node kind/);
    const bad = 'OCCURRED_IN]-() DETACH DELETE m //';
    expect(() => linksWithin(['4:a:1'], [bad as never], 8)).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
    expect(() => linksWithin(['4:a:1'], [], 8)).toThrow(/unknown relationship type list/);
    expect(() => hopWithElementIds(['x'], [], { types: ['toString' as never], kinds: null, from: null, to: null }, 1, 1)).toThrow('unknown relationship type "toString"');
    expect(() => hopWithElementIds(['x'], [], { types: ['NEAR'], kinds: ['Event) DETACH DELETE n //' as never], from: null, to: null }, 1, 1)).toThrow(/unknown node kind/);
  });

  it('summarises a node by its kind: id, kind, the properties of its label, and the review state when asked', () => {
    const summary =
      "CASE n.kind WHEN 'Event' THEN n {.id, .kind, .label, .subEventType, date: toString(n.date)} WHEN 'Statement' THEN n {.id, .kind, .stance, date: toString(n.date)} " +
      "WHEN 'Article' THEN n {.id, .kind, .title, published: toString(n.published)} ELSE n {.id, .kind, .name} END";
    expect(neighbourhoodRoot('org:isis', 'summary').cypher).toBe(`MATCH (n:Node {id: $id}) RETURN ${summary} AS node, elementId(n) AS eid`);
    expect(neighbourhoodRoot('org:isis', 'summary+review').cypher).toContain(
      "WHEN 'Event' THEN n {.id, .kind, .label, .subEventType, date: toString(n.date), .reviewState} WHEN 'Statement' THEN n {.id, .kind, .stance, date: toString(n.date), .reviewState} WHEN 'Article' THEN n {.id, .kind, .title, published: toString(n.published)} ELSE",
    );
    const spec = { ...SPEC, types: [...SPEC.types], kinds: [...SPEC.kinds] };
    expect(hopWithElementIds(['org:isis'], [], spec, 101, 401, 'summary').cypher).toBe(
      hopWithElementIds(['org:isis'], [], spec, 101, 401).cypher.replace(NODE('m'), summary.replaceAll('n.', 'm.').replaceAll(' n {', ' m {')),
    );
  });

  it('summarises a link by its type, ends and key, with its sources and review state when asked', () => {
    const whole = linksWithin(['4:a:1'], ['OCCURRED_IN'], 8).cypher;
    expect(linksWithin(['4:a:1'], ['OCCURRED_IN'], 8, 'summary').cypher).toBe(
      whole.replace('props: r {.*, createdAt: null}', 'key: r.key'),
    );
    expect(linksWithin(['4:a:1'], ['OCCURRED_IN'], 8, 'summary+review').cypher).toBe(
      whole.replace('props: r {.*, createdAt: null}', 'key: r.key, sourced: size(coalesce(r.sources, [])) > 0, reviewState: r.reviewState'),
    );
  });

  it('a summary gives the id, kind, label and review state the whole node gives', () => {
    const nodes: Record<string, unknown>[] = [
      { id: 'event:a', kind: 'Event', label: 'Attack on Makhmour', subEventType: 'ATTACK', date: '2021-12-04', reviewState: 'CONFIRMED', description: 'x', datePrecision: 'DAY' },
      { id: 'event:b', kind: 'Event', label: null, subEventType: 'AIR_DRONE_STRIKE', date: '2021-12-05', reviewState: null },
      { id: 'statement:c', kind: 'Statement', stance: 'CLAIM_OF_RESPONSIBILITY', date: null, reviewState: 'CORRECTED', quote: 'q' },
      { id: 'statement:d', kind: 'Statement', stance: 'CONDEMNATION', date: '2021-12-06', reviewState: 'UNREVIEWED' },
      { id: 'article:e', kind: 'Article', title: null, published: '2021-12-07', url: 'https://example.org' },
      { id: 'article:f', kind: 'Article', title: 'Strike', published: '2021-12-07' },
      { id: 'org:isis', kind: 'Organization', name: 'ISIS', aliases: ['Daesh'] },
      { id: 'place:makhmour', kind: 'Place', name: 'Makhmour', placeType: 'CITY' },
    ];
    // What the summary projection returns of a node: these properties only, absent ones as null.
    const projected = (props: Record<string, unknown>, review: boolean) => {
      const kind = props.kind as string;
      const own = kind === 'Event' || kind === 'Statement' || kind === 'Article' ? LABEL_PROPERTIES[kind] : LABEL_PROPERTIES.entity;
      const names = ['id', 'kind', ...own, ...(review && (kind === 'Event' || kind === 'Statement') ? ['reviewState'] : [])];
      return Object.fromEntries(names.map((p) => [p, props[p] ?? null]));
    };
    for (const props of nodes) {
      const { node, ...whole } = toGraphNode(props, 2);
      expect(node).toMatchObject({ id: props.id });
      expect(toGraphNodeSummary(projected(props, true), 2, true)).toEqual({ ...whole, node: null });
      const { reviewState: _, ...withoutReview } = whole;
      expect(toGraphNodeSummary(projected(props, false), 2, false)).toEqual({ ...withoutReview, node: null });
    }
    expect(toGraphNode(nodes[1]!, 0)).toMatchObject({ label: 'air drone strike 2021-12-05', reviewState: 'UNREVIEWED' });
    expect(toGraphNode(nodes[2]!, 0)).toMatchObject({ label: 'claim of responsibility', reviewState: 'CORRECTED' });
    expect(toGraphNode(nodes[4]!, 0)).toMatchObject({ label: 'article 2021-12-07', reviewState: null });
  });

  it('a summary gives the id and review state the whole link gives', () => {
    const links: Record<string, unknown>[] = [
      { type: 'PERPETRATED', from: 'org:isis', to: 'event:a', props: { key: null, sources: ['article:x'], sentences: ['s'], confidences: [0.9], reviewState: 'CONFIRMED' } },
      { type: 'HOLDS_OFFICE', from: 'person:y', to: 'gov:iraq', props: { key: 'minister', title: 'Minister', sources: ['article:x'], sentences: [null], confidences: [null] } },
      { type: 'LOCATED_IN', from: 'place:makhmour', to: 'place:makhmour-district', props: {} },
    ];
    for (const link of links) {
      const props = link.props as Record<string, unknown>;
      const summaryRow = { type: link.type, from: link.from, to: link.to, key: props.key ?? null, sourced: ((props.sources as unknown[] | undefined) ?? []).length > 0, reviewState: props.reviewState ?? null };
      const { relationship, ...whole } = toGraphEdge(link);
      expect(relationship).toMatchObject({ id: whole.id });
      expect(toGraphEdgeSummary(summaryRow, true)).toEqual({ ...whole, relationship: null });
      const { reviewState: _, ...withoutReview } = whole;
      expect(toGraphEdgeSummary(summaryRow, false)).toEqual({ ...withoutReview, relationship: null });
    }
    expect(toGraphEdge(links[0]!)).toMatchObject({ id: 'org:isis|PERPETRATED|event:a', reviewState: 'CONFIRMED' });
    expect(toGraphEdge(links[1]!)).toMatchObject({ id: 'person:y|HOLDS_OFFICE|gov:iraq|minister', reviewState: 'UNREVIEWED' });
    expect(toGraphEdge(links[2]!)).toMatchObject({ reviewState: null });
  });
});
