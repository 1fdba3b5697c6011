/**
 * Snapshots of the Cypher and parameters of query builders (as @neo4j/graphql's TCK pins its
 * output): a change to a statement shows up in review as a diff of the file in __snapshots__.
 */
import { describe, expect, it } from 'vitest';
import { eventDateEnds, eventGeoPrecisions, staleSearchNames, writeSearchNames } from '../../src/db/queries/backfill.js';
import { addAlias, mergeEntities, removeAlias, updateEntity } from '../../src/db/queries/curate.js';
import { entityPage, eventCount, eventGroupTotals, eventMatch, eventPage, eventTotals, eventsByParent } from '../../src/db/queries/lists.js';
import { eventStats, hop, timeline } from '../../src/db/queries/explore.js';
import { relationshipByEnds, relationshipsOf, searchEntities, toLuceneQuery } from '../../src/db/queries/read.js';
import { decidedInBatch, restoreRelationshipsOf, reviewQueue, voidRelationshipsOf } from '../../src/db/queries/review.js';
import { finishEvents, setEventLocations, upsertNodes } from '../../src/db/queries/write.js';
import { planBatch } from '../../src/import/plan.js';
import { importBatchSchema } from '../../src/import/format.js';
import { derivedGeoPrecision, earliestStartReaching, periodEnd } from '../../src/domain/precision.js';

const plan = planBatch(
  importBatchSchema.parse({
    entities: [{ id: 'place:mosul', kind: 'Place', name: 'Mosul', aliases: ['الموصل', 'مووسڵ'], placeType: 'CITY' }],
  }),
);

describe('script-aware search', () => {
  it('upsertNodes stores folded names beside the names', () => {
    expect(upsertNodes(plan.nodes, true)).toMatchSnapshot();
  });

  it('search queries the folded index with a folded query', () => {
    expect(searchEntities(toLuceneQuery('المَوْصِل')!, ['Place'], 10)).toMatchSnapshot();
    expect(entityPage({ nameContains: 'المَوْصِل' }, 'NAME_ASC', 0, 10)).toMatchSnapshot();
  });

  it('curator edits keep folded names parallel to the aliases', () => {
    expect(addAlias('place:mosul', 'نینوێ')).toMatchSnapshot();
    expect(removeAlias('place:mosul', 'مووسڵ')).toMatchSnapshot();
    expect(updateEntity('place:mosul', { name: 'المَوْصِل' }, undefined)).toMatchSnapshot();
    expect(mergeEntities('place:mosul', 'place:mawsil')[3]).toMatchSnapshot();
  });

  it('the backfill folds entities written before', () => {
    expect(staleSearchNames(1, 2000)).toMatchSnapshot();
    expect(writeSearchNames([{ id: 'place:mosul', name: 'Mosul', aliases: ['الموصل'], searchName: 'mosul', searchAliases: ['موصل'] }], 1)).toMatchSnapshot();
  });
});

describe('precision-aware date filters', () => {
  it('a place subtree drives the match; the period overlaps the range', () => {
    expect(eventMatch({ placeId: 'place:nineveh-governorate', from: '2022-03-15', to: '2022-03-31' })).toMatchSnapshot();
  });

  it('with only dates to go on: events dated in the range, and longer periods reaching into it', () => {
    expect(eventPage({ from: '2022-03-15', to: '2022-03-31', eventTypes: ['BATTLES'] }, 'DATE_DESC', 0, 20)).toMatchSnapshot();
    expect(eventCount({ from: '2022-03-15' })).toMatchSnapshot();
    expect(eventPage({ to: '2022-03-31' }, 'DATE_ASC', 0, 20).cypher).not.toContain('UNION');
  });

  it('nested lists, timeline, eventStats and the neighbourhood', () => {
    expect(eventsByParent(['org:isis'], { kind: 'actor', role: 'PERPETRATOR' }, { from: '2022-03-15' }, 10)).toMatchSnapshot();
    expect(timeline({ from: '2022-03-15', perpetratorId: 'org:isis' }, 'WEEK')).toMatchSnapshot();
    expect(timeline({ perpetratorId: 'org:isis' }, 'MONTH').cypher).toContain("date.truncate('month', e.date)");
    expect(eventStats({ from: '2022-03-15' }, 'PLACE', 'GOVERNORATE', 20)).toMatchSnapshot();
    expect(hop(['org:isis'], [], { types: ['PERPETRATED'], kinds: ['Event'], from: '2022-03-15', to: null }, 100, 401)).toMatchSnapshot();
  });

  it('the writer stores dateEnd; the backfill gives it to events written before', () => {
    const events = planBatch(
      importBatchSchema.parse({ events: [{ id: 'event:x', subEventType: 'ATTACK', date: '2022-03-01', datePrecision: 'MONTH', geoPrecision: 2 }] }),
    ).nodes;
    expect(upsertNodes(events, false)).toMatchSnapshot();
    expect(eventDateEnds(10_000)).toMatchSnapshot();
  });
});

describe('geoPrecision', () => {
  it('is set with the location, from the place and the place that lends the coordinates', () => {
    expect(setEventLocations(['event:x'])).toMatchSnapshot();
    expect(finishEvents(['event:x'], []).cypher).toContain('e.geoPrecision = coalesce(toInteger(e.geoPrecisionGiven)');
    expect(eventGeoPrecisions(5000)).toMatchSnapshot();
  });
});

describe('src/domain/precision.ts', () => {
  it('gives the last day of a period', () => {
    expect(periodEnd('2022-03-20', 'DAY')).toBe('2022-03-20');
    expect(periodEnd('2022-03-10', 'WEEK')).toBe('2022-03-16');
    expect(periodEnd('2022-02-01', 'MONTH')).toBe('2022-02-28');
    expect(periodEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(periodEnd('2022-12-28', 'WEEK')).toBe('2023-01-03');
    expect(periodEnd('2021-01-01', 'YEAR')).toBe('2021-12-31');
  });

  it('gives the earliest date of a period that reaches a day', () => {
    expect(earliestStartReaching('2022-03-15', 'WEEK')).toBe('2022-03-09');
    expect(periodEnd('2022-03-09', 'WEEK')).toBe('2022-03-15');
    expect(earliestStartReaching('2022-03-15', 'MONTH')).toBe('2022-03-01');
    expect(earliestStartReaching('2022-03-15', 'YEAR')).toBe('2022-01-01');
  });

  it('derives geoPrecision from the place types', () => {
    expect(derivedGeoPrecision('VILLAGE', 'VILLAGE')).toBe(1);
    expect(derivedGeoPrecision('SITE', null)).toBe(1);
    expect(derivedGeoPrecision('VILLAGE', 'DISTRICT')).toBe(2);
    expect(derivedGeoPrecision('TOWN', 'GOVERNORATE')).toBe(3);
    expect(derivedGeoPrecision('SUBDISTRICT', 'SUBDISTRICT')).toBe(2);
    expect(derivedGeoPrecision('AREA', 'AREA')).toBe(2);
    expect(derivedGeoPrecision(null, null)).toBe(2);
    expect(derivedGeoPrecision('GOVERNORATE', 'GOVERNORATE')).toBe(3);
    expect(derivedGeoPrecision('COUNTRY', 'COUNTRY')).toBe(3);
    expect(derivedGeoPrecision(undefined)).toBe(3);
  });
});

describe('curator review (docs/adr/0011)', () => {
  it('rejected events stay out of matches that start from the Event label, at no cost where a relationship leads', () => {
    expect(eventMatch({ from: '2022-03-15', to: '2022-03-31' }).match).toContain("coalesce(e.reviewState, '') <> 'REJECTED'");
    expect(eventMatch({ eventTypes: ['BATTLES'] }).where).toContain("coalesce(e.reviewState, '') <> 'REJECTED'");
    expect(eventMatch({ placeId: 'place:nineveh-governorate' }).where.join(' ')).not.toContain('reviewState');
    expect(eventMatch({ perpetratorId: 'org:isis' }).where.join(' ')).not.toContain('reviewState');
    expect(eventMatch({ near: { latitude: 36, longitude: 44, radiusKm: 50 } }).where.join(' ')).not.toContain('reviewState');
    expect(eventMatch({ placeId: 'place:iraq', reviewed: true })).toMatchSnapshot();
  });

  it('reviewed totals add up the figures of reviewed claims', () => {
    expect(eventTotals({ reviewed: true }).cypher).toContain('e.reviewedFatalities');
    expect(eventGroupTotals({ reviewed: true }).cypher).toContain('e.reviewedGroupKeys');
    expect(timeline({ perpetratorId: 'org:isis', reviewed: true }, 'MONTH').cypher).toContain('e.reviewedFatalities');
    expect(eventTotals({}).cypher).not.toContain('reviewed');
  });

  it('the queue, the decisions and the writer', () => {
    expect(reviewQueue({}, 0, 20)).toMatchSnapshot();
    expect(reviewQueue({ articleId: 'article:x', kinds: ['CASUALTY_CLAIM', 'RELATIONSHIP'], conflictsOnly: true }, 20, 20)).toMatchSnapshot();
    expect(voidRelationshipsOf('event:x')).toMatchSnapshot();
    expect(restoreRelationshipsOf('event:x')).toMatchSnapshot();
    expect(decidedInBatch({ nodes: ['event:x'], claims: ['event:x|article:a|force:peshmerga'], relationships: [{ from: 'org:isis', type: 'PERPETRATED', to: 'event:x', key: '' }] })).toMatchSnapshot();
    expect(relationshipByEnds('org:isis', 'PERPETRATED', 'event:x', '')).toMatchSnapshot();
    expect(relationshipsOf(['event:x'], ['PERPETRATED'], 'IN', 50, true)).toMatchSnapshot();
  });
});
