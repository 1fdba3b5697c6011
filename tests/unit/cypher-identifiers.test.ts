/**
 * What builders splice into Cypher text (relationship types, node kinds, the timeline interval,
 * the statistics grouping, curator property names) goes through one check
 * (src/db/queries/identifiers.ts): a value off its list is refused with an error naming it, and
 * the valid cases give exactly the text and parameters below.
 */
import { describe, expect, it } from 'vitest';
import { changeKind, relationshipAfterLink, unlink, updateEntity } from '../../src/db/queries/curate.js';
import { eventStats, hop, linksAmong, timeline } from '../../src/db/queries/explore.js';
import { allowed, int, interval, nodeKinds, relationshipType, relationshipTypes, UnsafeIdentifierError } from '../../src/db/queries/identifiers.js';
import { REL } from '../../src/db/queries/read.js';

/** Strings that must never reach the query text: injections, prototype keys, near misses. */
const HOSTILE = [
  'X]->() DETACH DELETE n //',
  'OCCURRED_IN]-() MATCH (n) DETACH DELETE n WITH 1 AS x MATCH ()-[r:LOCATED_IN',
  'LOCATED_IN|`x`',
  'located_in',
  ' LOCATED_IN',
  '',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
];

describe('the identifier check', () => {
  it('gives a listed value back and refuses anything else, naming it', () => {
    expect(relationshipType('LOCATED_IN')).toBe('LOCATED_IN');
    expect(relationshipTypes(['LOCATED_IN', 'OCCURRED_IN'])).toBe('LOCATED_IN|OCCURRED_IN');
    expect(nodeKinds(['Event', 'Place'])).toEqual(['Event', 'Place']);
    expect(interval('WEEK')).toBe('WEEK');
    for (const bad of HOSTILE) {
      expect(() => relationshipType(bad)).toThrow(UnsafeIdentifierError);
      expect(() => relationshipType(bad)).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
      expect(() => relationshipTypes(['LOCATED_IN', bad])).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
      expect(() => nodeKinds([bad])).toThrow(`unknown node kind ${JSON.stringify(bad)}`);
      expect(() => interval(bad)).toThrow(`unknown interval ${JSON.stringify(bad)}`);
    }
    for (const bad of [undefined, null, 3, {}, ['LOCATED_IN']]) expect(() => relationshipType(bad)).toThrow(/unknown relationship type/);
    expect(() => relationshipTypes([])).toThrow('unknown relationship type list []');
    expect(() => allowed('unknown colour', 'mauve', ['red', 'blue'])).toThrow('unknown colour "mauve" (refused: only listed values are spliced into Cypher)');
    const error = (() => {
      try {
        interval('FORTNIGHT');
      } catch (e) {
        return e as UnsafeIdentifierError;
      }
    })();
    expect(error).toMatchObject({ name: 'UnsafeIdentifierError', refusal: 'unknown interval', value: 'FORTNIGHT' });
  });
});

describe('linksAmong', () => {
  it('refuses a bad relationship type, and an empty list', () => {
    for (const bad of HOSTILE) expect(() => linksAmong(['a:b'], ['LOCATED_IN', bad as never], 10)).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
    expect(() => linksAmong(['a:b'], [], 10)).toThrow(/unknown relationship type list/);
  });

  it('splices the types it was given and passes everything else as parameters', () => {
    const q = linksAmong(['place:iraq', 'place:erbil'], ['LOCATED_IN', 'GOVERNS'], 40);
    expect(q.cypher).toBe(`MATCH (a:Node)-[r:LOCATED_IN|GOVERNS]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids
RETURN ${REL('r')} AS rel LIMIT $limit`);
    expect(q.params).toEqual({ ids: ['place:iraq', 'place:erbil'], limit: int(40) });
  });
});

describe('timeline', () => {
  it('refuses an interval off the list', () => {
    for (const bad of [...HOSTILE, 'month', "MONTH', e.date) //", 'QUARTER']) {
      expect(() => timeline({}, bad as never)).toThrow(`unknown interval ${JSON.stringify(bad)}`);
    }
  });

  it('gives the bucket of each interval, and parameters only from the filter', () => {
    const q = timeline({ perpetratorId: 'org:isis' }, 'MONTH');
    expect(q.cypher).toContain("WITH date.truncate('month', e.date) AS bucket, e");
    expect(q.cypher.endsWith(`WITH DISTINCT e
WITH date.truncate('month', e.date) AS bucket, e
RETURN toString(bucket) AS start, count(e) AS events, sum(coalesce(e.fatalities, 0)) AS fatalities, sum(coalesce(e.injured, 0)) AS injured
ORDER BY start`)).toBe(true);
    expect(timeline({}, 'DAY').cypher).toContain('WITH e.date AS bucket, e');
    expect(timeline({}, 'WEEK').cypher).toContain("WITH date.truncate('week', e.date) AS bucket, e");
    expect(timeline({}, 'YEAR').cypher).toContain("WITH date.truncate('year', e.date) AS bucket, e");
    const from = timeline({ from: '2022-03-15', reviewed: true }, 'YEAR');
    expect(from.cypher).toContain("WITH date.truncate('year', CASE WHEN e.date < date($from) THEN date($from) ELSE e.date END) AS bucket, e");
    expect(from.cypher).toContain('sum(coalesce(e.reviewedFatalities, 0)) AS fatalities');
    expect(Object.values(from.params)).not.toContain('YEAR');
  });
});

describe('eventStats', () => {
  it('refuses a grouping off the list (a prototype key included)', () => {
    for (const bad of ['constructor', 'toString', 'COUNTRY']) expect(() => eventStats({}, bad as never, 'GOVERNORATE', 10)).toThrow(`unknown grouping "${bad}"`);
    expect(eventStats({}, 'TARGET', 'GOVERNORATE', 10).cypher).toContain('MATCH (e)-[:TARGETED]->(g:Node)');
  });
});

describe('hop', () => {
  it('refuses bad relationship types and node kinds', () => {
    const spec = { kinds: null, from: null, to: null };
    for (const bad of HOSTILE) {
      expect(() => hop(['a:b'], [], { ...spec, types: [bad as never] }, 1, 1)).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
      expect(() => hop(['a:b'], [], { ...spec, types: ['OCCURRED_IN'], kinds: [bad as never] }, 1, 1)).toThrow(`unknown node kind ${JSON.stringify(bad)}`);
    }
  });
});

describe('curator builders', () => {
  it('relationshipAfterLink refuses a bad type and splices a good one', () => {
    for (const bad of HOSTILE) expect(() => relationshipAfterLink('a:b', bad as never, 'c:d')).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
    const q = relationshipAfterLink('person:x', 'HOLDS_OFFICE', 'gov:iraq');
    expect(q.cypher).toBe(`OPTIONAL MATCH (rf:Redirect {id: $from})
OPTIONAL MATCH (rt:Redirect {id: $to})
MATCH (:Node {id: coalesce(rf.target, $from)})-[r:HOLDS_OFFICE]->(:Node {id: coalesce(rt.target, $to)})
RETURN ${REL('r')} AS rel
ORDER BY r.key = '' DESC, r.key
LIMIT 1`);
    expect(q.params).toEqual({ from: 'person:x', to: 'gov:iraq' });
  });

  it('unlink refuses a bad type and splices a good one', () => {
    for (const bad of HOSTILE) expect(() => unlink('a:b', bad as never, 'c:d')).toThrow(`unknown relationship type ${JSON.stringify(bad)}`);
    const q = unlink('place:a', 'NEAR', 'place:b');
    expect(q.cypher).toBe(`MATCH (:Node {id: $from})-[r:NEAR]->(:Node {id: $to})
WITH collect(r) AS rels
FOREACH (r IN rels | DELETE r)
RETURN size(rels) AS removed`);
    expect(q.params).toEqual({ from: 'place:a', to: 'place:b' });
  });

  it('changeKind and updateEntity refuse what is off their lists', () => {
    expect(() => changeKind('force:x', 'org:x', 'Force', 'Event' as never)).toThrow('unknown entity kind "Event"');
    expect(() => changeKind('force:x', 'org:x', 'Force:Admin' as never, 'Organization')).toThrow('unknown entity kind "Force:Admin"');
    expect(() => updateEntity('a:b', { 'name = "x", n.kind': 1 }, undefined)).toThrow('not an updatable property "name = \\"x\\", n.kind"');
    expect(() => updateEntity('a:b', { constructor: 1 } as never, undefined)).toThrow('not an updatable property "constructor"');
    expect(updateEntity('a:b', { description: 'd' }, undefined).cypher).toContain('SET n.description = $set.description, n.updatedAt = datetime()');
  });
});

describe('every builder that splices a relationship type', () => {
  it('refuses names an object inherits (constructor, toString, __proto__), in reads, writes, review queries and fact ids', async () => {
    const { relationshipsOf } = await import('../../src/db/queries/read.js');
    const { replaceRelationship } = await import('../../src/db/queries/review.js');
    const { parseFactId } = await import('../../src/domain/review.js');
    const { upsertRelationships } = await import('../../src/db/queries/write.js');
    for (const bad of ['constructor', 'toString', '__proto__']) {
      expect(() => relationshipsOf(['org:isis'], [bad as never], 'OUT', 5)).toThrow(/unknown relationship type/);
      expect(() => replaceRelationship('e1', 'org:isis', bad as never, 'event:x', '', {})).toThrow(/unknown relationship type/);
      expect(parseFactId(`org:isis|${bad}|event:x`)).toBeNull();
      expect(() => upsertRelationships([{ from: 'org:isis', type: bad, to: 'event:x' } as never])).toThrow(/unknown relationship type/);
    }
    expect(relationshipsOf(['org:isis'], ['PERPETRATED'], 'OUT', 5).body).toContain('[r:PERPETRATED]');
  });
});

describe('the checks that were builders\' own', () => {
  it('node kinds of neighbours, entity kinds of the entity list and the hops of shortestPaths go through identifiers.ts', async () => {
    const { neighbours, shortestPaths } = await import('../../src/db/queries/read.js');
    const { entityCount, entityPage } = await import('../../src/db/queries/lists.js');
    for (const bad of HOSTILE) {
      expect(() => neighbours(['a:b'], { types: ['ABOUT'], direction: 'IN', kinds: [bad as never], limit: 1 })).toThrow(`unknown node kind ${JSON.stringify(bad)}`);
      expect(() => entityPage({ kinds: ['Place', bad as never] }, 'NAME_ASC', 0, 1)).toThrow(`unknown entity kind ${JSON.stringify(bad)}`);
      expect(() => entityCount({ kinds: [bad as never] })).toThrow(UnsafeIdentifierError);
    }
    expect(() => entityPage({ kinds: ['Event' as never] }, 'NAME_ASC', 0, 1)).toThrow('unknown entity kind "Event"');
    for (const hops of [2.5, Number.NaN, '3]-(b)) DETACH DELETE a //']) {
      expect(() => shortestPaths('a:b', 'c:d', hops as never, 1, undefined)).toThrow(`not a whole number of hops ${JSON.stringify(hops)}`);
    }
    expect(shortestPaths('a:b', 'c:d', 3, 1, ['NEAR']).cypher).toContain('[:NEAR*..3]');
    expect(entityPage({ kinds: ['Force', 'Person'] }, 'NAME_ASC', 0, 1).params).toMatchObject({ kinds: ['Force', 'Person'] });
  });
});
