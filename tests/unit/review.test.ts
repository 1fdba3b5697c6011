/** The pure part of curator review (src/domain/review.ts): fact ids, queue order, etags, disagreements. */
import { describe, expect, it } from 'vitest';
import { claimFactId, disagreements, etagOf, parseFactId, priority, QUEUE_WEIGHTS, REVIEW_PROPERTIES, REVIEWED_TYPES, stableJson } from '../../src/domain/review.js';
import { RESERVED_PROPERTIES, planProblems } from '../../src/import/invariants.js';
import { planBatch } from '../../src/import/plan.js';
import { importBatchSchema } from '../../src/import/format.js';

describe('fact ids', () => {
  it('name events, statements, relationships and claims', () => {
    expect(parseFactId('event:x')).toEqual({ kind: 'EVENT', id: 'event:x' });
    expect(parseFactId('statement:y')).toEqual({ kind: 'STATEMENT', id: 'statement:y' });
    expect(parseFactId('org:isis|PERPETRATED|event:x')).toEqual({ kind: 'RELATIONSHIP', id: 'org:isis|PERPETRATED|event:x', from: 'org:isis', type: 'PERPETRATED', to: 'event:x', key: '' });
    expect(parseFactId('person:a|HOLDS_OFFICE|gov:b|prime minister')).toMatchObject({ kind: 'RELATIONSHIP', key: 'prime minister' });
    const claim = claimFactId('event:x|article:a|force:peshmerga');
    expect(parseFactId(claim)).toEqual({ kind: 'CASUALTY_CLAIM', id: claim, claimId: 'event:x|article:a|force:peshmerga' });
  });

  it('refuse what is no reviewable fact', () => {
    for (const id of ['org:isis', 'place:iraq', 'article:a', 'a|NOT_A_TYPE|b', 'a|b', 'claim:x|y', '']) expect(parseFactId(id)).toBeNull();
  });
});

describe('queue priority', () => {
  it('weighs every kind of fact the queue lists', () => {
    for (const kind of [...REVIEWED_TYPES, 'EVENT', 'STATEMENT', 'CASUALTY_CLAIM']) expect(QUEUE_WEIGHTS[kind], kind).toBeGreaterThan(0);
  });

  it('puts conflicts first, then the least certain and most consequential', () => {
    const deadlyClaim = priority(QUEUE_WEIGHTS.CASUALTY_CLAIM!, 0.8, 13, false);
    const quietClaim = priority(QUEUE_WEIGHTS.CASUALTY_CLAIM!, 0.8, 0, false);
    const office = priority(QUEUE_WEIGHTS.HOLDS_OFFICE!, 0.8, 0, false);
    const sureClaim = priority(QUEUE_WEIGHTS.CASUALTY_CLAIM!, 1, 13, false);
    const conflict = priority(QUEUE_WEIGHTS.NEAR!, 1, 0, true);
    expect(deadlyClaim).toBeGreaterThan(quietClaim);
    expect(quietClaim).toBeGreaterThan(office);
    expect(deadlyClaim).toBeGreaterThan(sureClaim);
    expect(sureClaim).toBeGreaterThan(0);
    expect(conflict).toBeGreaterThan(deadlyClaim);
  });
});

describe('etags', () => {
  it('change with the fact, not with key order or bookkeeping', () => {
    const a = etagOf({ killed: 10, group: 'CIVILIANS', updatedAt: '2026-01-01' });
    expect(etagOf({ group: 'CIVILIANS', killed: 10, updatedAt: '2027-01-01' })).toBe(a);
    expect(etagOf({ group: 'CIVILIANS', killed: 11 })).not.toBe(a);
    expect(etagOf({ group: 'CIVILIANS', killed: 10, reviewState: 'CONFIRMED' })).not.toBe(a);
    expect(stableJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});

describe('disagreements', () => {
  const fields = ['killed', 'injured', 'group'];
  it('are values neither decided nor overruled', () => {
    expect(disagreements(fields, { killed: 11, group: 'CIVILIANS' }, { killed: 10 }, { killed: 12, group: 'CIVILIANS' })).toEqual([{ field: 'killed', value: '12', decided: '11' }]);
  });
  it('a re-reading of the overruled value is no news, nor a field left out', () => {
    expect(disagreements(fields, { killed: 11 }, { killed: 10 }, { killed: 10 })).toEqual([]);
    expect(disagreements(fields, { killed: 11 }, null, { injured: null })).toEqual([]);
  });
  it('defaults the import format fills in are no disagreement', () => {
    expect(disagreements(['civilianTargeting', 'datePrecision'], { civilianTargeting: true, datePrecision: 'WEEK' }, null, { civilianTargeting: false, datePrecision: 'DAY' })).toEqual([]);
  });
});

describe('review properties are the writer\'s', () => {
  it('cannot be set on a relationship through an import', () => {
    for (const p of REVIEW_PROPERTIES) expect(RESERVED_PROPERTIES).toContain(p);
    const plan = planBatch(importBatchSchema.parse({ relationships: [{ from: 'org:a', type: 'SUPPORTS', to: 'org:b', properties: { reviewState: 'CONFIRMED' } }] }));
    expect(planProblems(plan).join(' ')).toContain('"reviewState"');
  });
});
