/**
 * The statements of ExploreStore.neighbourhood: the root, each hop (the Cypher of `hop` itself, naming
 * the new nodes by element id too) and the links among the nodes drawn, read once from their
 * start nodes. Exact text and parameters, and refusal of what may not be spliced.
 */
import { describe, expect, it } from 'vitest';
import { hop, hopWithElementIds, linksWithin, neighbourhoodRoot } from '../../src/db/queries/explore.js';
import { NODE, REL } from '../../src/db/queries/read.js';

const SPEC = { types: ['OCCURRED_IN', 'PERPETRATED'] as const, kinds: ['Event'] as const, from: '2022-03-15', to: null };

describe('neighbourhood statements', () => {
  it('reads the root by id, with its element id', () => {
    const q = neighbourhoodRoot('org:isis');
    expect(q.cypher).toBe(`MATCH (n:Node {id: $id}) RETURN ${NODE('n')} AS node, elementId(n) AS eid`);
    expect(q.params).toEqual({ id: 'org:isis' });
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
    expect(q.params).toEqual({ frontier: ['org:isis'], seen: ['org:isis'], from: '2022-03-15', to: null, limit: 101, perNode: 401 });
  });

  it('reads the links once, from their start nodes, comparing element ids and giving them for the ends', () => {
    const q = linksWithin(['4:a:1', '4:a:2'], ['LOCATED_IN', 'OCCURRED_IN'], 800);
    expect(q.cypher).toBe(`UNWIND $ids AS x
MATCH (a) WHERE elementId(a) = x
MATCH (a)-[r:LOCATED_IN|OCCURRED_IN]->(b)
WHERE elementId(b) IN $ids
RETURN {type: type(r), from: x, to: elementId(b), props: r {.*, createdAt: null}} AS rel LIMIT $limit`);
    // As REL projects a relationship, but with the ends' element ids.
    expect(REL('r')).toBe('{type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*, createdAt: null}}');
    expect(q.params).toEqual({ ids: ['4:a:1', '4:a:2'], limit: 800 });
  });

  it('refuses relationship types and node kinds off the taxonomy', () => {
    const bad = 'OCCURRED_IN]-() DETACH DELETE m //';
    expect(() => linksWithin(['4:a:1'], [bad as never], 8)).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
    expect(() => linksWithin(['4:a:1'], [], 8)).toThrow(/unknown relationship type list/);
    expect(() => hopWithElementIds(['x'], [], { types: ['toString' as never], kinds: null, from: null, to: null }, 1, 1)).toThrow('unknown relationship type "toString"');
    expect(() => hopWithElementIds(['x'], [], { types: ['NEAR'], kinds: ['Event) DETACH DELETE n //' as never], from: null, to: null }, 1, 1)).toThrow(/unknown node kind/);
  });
});
