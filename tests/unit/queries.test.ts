/** Query builders are pure: checked here without a database. */
import { describe, expect, it } from 'vitest';
import { eventCount, eventMatch, eventPage, eventsByParent, statementMatch } from '../../src/db/queries/lists.js';
import { claimsByEvent, neighbours, searchEntities, shortestPaths, toLuceneQuery } from '../../src/db/queries/read.js';
import { keyedQuery, unionOfKeyed } from '../../src/db/queries/combine.js';
import { int } from '../../src/db/queries/identifiers.js';
import { Access } from '../../src/db/access.js';
import type { CypherQuery, Graph } from '../../src/db/graph.js';
import { hop, hopFanOut } from '../../src/db/queries/explore.js';
import { upsertNodes, upsertRelationships } from '../../src/db/queries/write.js';
import { mergeEntities, unlink, updateEntity } from '../../src/db/queries/curate.js';

const INJECTION = "x'}) DETACH DELETE n //";

describe('event filters', () => {
  it('drives from the place subtree when a place is given, with the rest as predicates', () => {
    const q = eventMatch({ placeId: 'place:iraq', from: '2021-01-01', eventTypes: ['BATTLES'] });
    expect(q.match).toContain('MATCH (root:Place {id: $placeId})');
    expect(q.match).toContain('LOCATED_IN*0..12');
    expect(q.where).toEqual(['e.dateEnd >= date($from)', 'e.eventType IN $eventTypes']);
    expect(q.params).toEqual({ placeId: 'place:iraq', from: '2021-01-01', eventTypes: ['BATTLES'] });
  });

  it('drives from the perpetrator when no place is given', () => {
    const q = eventMatch({ perpetratorId: 'org:isis', targetId: 'force:peshmerga' });
    expect(q.match).toBe('MATCH (:Node {id: $perpetratorId})-[:PERPETRATED]->(e)');
    expect(q.where).toEqual(['EXISTS { (e)-[:TARGETED]->(:Node {id: $targetId}) }']);
  });

  it('uses the date index otherwise', () => {
    expect(eventMatch({ to: '2022-01-01' }).match).toBe('MATCH (e:Event)');
  });

  it('pages with one extra row and never puts values into the text', () => {
    const q = eventPage({ placeId: INJECTION, minFatalities: 3, near: { latitude: 36, longitude: 44, radiusKm: 50 } }, 'DISTANCE_ASC', 40, 20);
    expect(q.cypher).not.toContain(INJECTION);
    expect(q.cypher).toContain('ORDER BY distance ASC');
    expect(q.params).toMatchObject({ placeId: INJECTION, offset: int(40), limit: int(21), minFatalities: 3, nearMeters: 50_000 });
    expect(eventCount({}).cypher).toContain('count(DISTINCT e)');
  });

  it('batches per-parent lists with UNWIND and a per-parent limit', () => {
    const q = keyedQuery(eventsByParent(['place:a', 'place:b'], { kind: 'place', includeNested: true }, { from: '2020-01-01' }, 5));
    expect(q.cypher).toMatch(/^UNWIND \$parentIds AS parentId/);
    expect(q.cypher).toContain('LIMIT $limit');
    expect(q.params).toMatchObject({ parentIds: ['place:a', 'place:b'], limit: int(5), from: '2020-01-01' });
  });
});

describe('statement filters', () => {
  it('narrows by speaker kind and government', () => {
    const q = statementMatch({ speakerKinds: ['Government'], governmentId: 'gov:iraq', stances: ['CONDEMNATION'] });
    expect(q.where).toContain('sp.kind IN $speakerKinds');
    expect(q.params).toMatchObject({ speakerKinds: ['Government'], governmentId: 'gov:iraq' });
  });
});

describe('search', () => {
  it('turns words into a Lucene query with prefix and fuzzy parts, escaping Lucene syntax', () => {
    expect(toLuceneQuery('Daesh')).toBe('(daesh^3 OR daesh* OR daesh~1)');
    expect(toLuceneQuery('al-Hashd')).toBe('(al^3 OR al*) AND (hashd^3 OR hashd* OR hashd~1)');
    expect(toLuceneQuery('name:"x" OR *')).toBe('(name^3 OR name*) AND (x^3 OR x*) AND (or^3 OR or*)');
    expect(toLuceneQuery('  ')).toBeNull();
    expect(searchEntities('q', null, 5).params).toMatchObject({ q: 'q', limit: int(5), scanLimit: int(50) });
  });
});

describe('graph queries', () => {
  it('only interpolates relationship types from the taxonomy', () => {
    expect(neighbours(['a:b'], { types: ['PERPETRATED'], direction: 'IN', limit: 3 }).items).toContain('<-[r:PERPETRATED]-');
    expect(() => neighbours(['a:b'], { types: ['X]->() DETACH DELETE n //' as never], direction: 'IN', limit: 3 })).toThrow(/unknown relationship type/);
    expect(() => unlink('a:b', 'NOPE' as never, 'c:d')).toThrow();
    expect(() => upsertRelationships([{ from: 'a:b', type: 'NOPE' as never, to: 'c:d', key: '', props: {}, sources: [] }])).toThrow(/unknown relationship type/);
  });

  it('caps path length', () => {
    expect(shortestPaths('a:b', 'c:d', 99, 5, undefined).cypher).toContain('*..10]');
  });

  it('refuses to update properties outside the allowed list', () => {
    expect(() => updateEntity('a:b', { 'id = "x", n.kind': 1 }, undefined)).toThrow(/not an updatable property/);
  });

  it('merges with redirects so later imports land on the survivor', () => {
    const queries = mergeEntities('force:peshmerga', 'force:dup');
    expect(queries).toHaveLength(4);
    expect(queries.at(-1)?.cypher).toContain('MERGE (r:Redirect {id: $merge})');
  });
});

describe('node upserts', () => {
  it('sends dates, points and values separately, and labels from the kind', () => {
    const q = upsertNodes(
      [
        { id: 'place:x', kind: 'Place', props: { name: 'X', location: { latitude: 1, longitude: 2 } }, aliases: ['Y'] },
        { id: 'event:x', kind: 'Event', props: { subEventType: 'ATTACK', date: '2022-01-01' }, aliases: [] },
      ],
      false,
    );
    expect(q.params.rows).toEqual([
      { id: 'place:x', kind: 'Place', labels: ['Entity', 'Place'], entity: true, values: { name: 'X' }, dates: {}, location: { latitude: 1, longitude: 2 }, aliases: ['Y'], searchName: 'x', searchAliases: ['y'] },
      { id: 'event:x', kind: 'Event', labels: ['Event'], entity: false, values: { subEventType: 'ATTACK' }, dates: { date: '2022-01-01' }, location: null, aliases: [] },
    ]);
    expect(q.params.overwrite).toBe(false);
  });
});

describe('query limits', () => {
  it('measures depth and a cost in which page sizes multiply', async () => {
    const { buildASTSchema, parse } = await import('graphql');
    const { loadTypeDefs } = await import('../../src/graphql/schema.js');
    const { measure } = await import('../../src/graphql/limits.js');
    const schema = buildASTSchema(loadTypeDefs());
    const doc = parse('query ($n: Int) { events(first: $n) { nodes { perpetrators { name } } } ...F } fragment F on Query { search(query: "x", first: 3) { score } }');
    const op = doc.definitions[0] as import('graphql').OperationDefinitionNode;
    const fragments = { F: doc.definitions[1] as import('graphql').FragmentDefinitionNode };
    // events (1) + nodes (n) + perpetrators (n) + name (n * 5, an unsized list) + search (1) + score (3)
    expect(measure(schema, op, fragments, { n: 5 })).toMatchObject({ depth: 4, cost: 1 + 5 + 5 + 25 + 1 + 3 });
    expect(measure(schema, op, fragments, { n: 50 }).cost).toBe(1 + 50 + 50 + 250 + 1 + 3);
  });
});

describe('unionOfKeyed', () => {
  const a = (ns: string) => neighbours(['force:isis'], { types: ['PERPETRATED'], direction: 'OUT', limit: 5, order: 'name' }, ns);
  const b = (ns: string) => claimsByEvent(['event:x', 'event:y'], ns);

  it('sends keyed reads as one UNION ALL statement, each part tagged, its parameters named when it was built', () => {
    const q = unionOfKeyed([a(''), b('p1_')]);
    expect(q.cypher.split('\nUNION ALL\n')).toHaveLength(2);
    expect(q.cypher).toContain('RETURN 0 AS part, id, COLLECT {');
    expect(q.cypher).toContain('RETURN 1 AS part, id, COLLECT {\n  MATCH (e)-[:HAS_CLAIM]');
    expect(q.params).toEqual({ ids: ['force:isis'], limit: int(5), p1_ids: ['event:x', 'event:y'] });
  });

  it('refuses two parts naming one parameter', () => {
    expect(() => unionOfKeyed([a(''), b('')])).toThrow('parameter $ids of part 1 is named by an earlier part too');
  });

  it('a request sends the keyed reads of one turn as one statement, each part named when it was built', async () => {
    const sent: CypherQuery[] = [];
    const graph = { read: async (q: CypherQuery) => (sent.push(q), [{ part: 1, id: 'event:x', items: [] }, { part: 0, id: 'force:isis', items: [] }]) };
    const access = new Access(graph as unknown as Graph, { queries: 0 });
    const [first, second, third] = await Promise.all([access.readKeyed(a, 'a'), access.readKeyed(b, 'b'), access.readKeyed(a, 'a')]);
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0]!.params).sort()).toEqual(['ids', 'limit', 'p1_ids', 'p2_ids', 'p2_limit']);
    expect([first, second, third]).toEqual([[{ part: 0, id: 'force:isis', items: [] }], [{ part: 1, id: 'event:x', items: [] }], []]);
    await access.readKeyed(b, 'b');
    expect(sent[1]).toEqual(keyedQuery(b('')));
  });

  it('refuses a read with a read-ahead (it returns a further column)', () => {
    const ahead = eventsByParent(['org:isis'], { kind: 'actor', role: 'ANY' }, {}, 5, { neighbours: [], claims: true }, 'p1_');
    expect(keyedQuery(ahead).cypher).toMatch(/ AS items, collect\(\{claims: COLLECT \{[\s\S]+\}\) AS ahead$/);
    expect(() => unionOfKeyed([a(''), ahead])).toThrow(/sent alone/);
  });
});

describe('neighbourhood hops', () => {
  it('read at most four times the room left from each frontier node', () => {
    expect(hopFanOut(199)).toBe(797);
    expect(hopFanOut(0)).toBe(1);
  });

  it('read each frontier node lazily up to its fan-out, and filter kinds by label', () => {
    const q = hop(['place:iraq'], ['place:iraq'], { types: ['LOCATED_IN', 'OCCURRED_IN'], kinds: ['Event', 'Place'], from: null, to: null }, 801, 797);
    expect(q.cypher).toContain('WITH m LIMIT $perNode');
    expect(q.cypher).toContain('max(size(found)) >= $perNode AS capped');
    expect(q.cypher).toContain('m:Event|Place');
    expect(q.cypher).not.toContain('$from');
    expect(q.params).toMatchObject({ limit: int(801), perNode: int(797) });
    expect(() => hop([], [], { types: ['NOPE' as never], kinds: null, from: null, to: null }, 1, 1)).toThrow(/unknown relationship type/);
  });
});
