/**
 * Snapshots of the Cypher and parameters of query builders (as @neo4j/graphql's TCK pins its
 * output): a change to a statement shows up in review as a diff of the file in __snapshots__.
 */
import { ARTICLE_NEIGHBOURS, EVENT_NEIGHBOURS, STATEMENT_NEIGHBOURS } from '../../src/graphql/prefetch.js';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { eventDateEnds, eventGeoPrecisions, staleSearchNames, writeSearchNames } from '../../src/db/queries/backfill.js';
import { keyedQuery, type KeyedParts } from '../../src/db/queries/combine.js';
import { addAlias, mergeEntities, removeAlias, updateEntity } from '../../src/db/queries/curate.js';
import { entityPage, eventCount, eventGroupTotals, eventMatch, eventPage, eventTotals, eventsByParent } from '../../src/db/queries/lists.js';
import { eventStats, hop, timeline } from '../../src/db/queries/explore.js';
import { relationshipByEnds, relationshipsOf, searchEntities, toLuceneQuery } from '../../src/db/queries/read.js';
import { decidedInBatch, restoreRelationshipsOf, reviewQueue, voidRelationshipsOf } from '../../src/db/queries/review.js';
import { finishEvents, setEventLocations, upsertNodes } from '../../src/db/queries/write.js';
import { planBatch } from '../../src/import/plan.js';
import { importBatchSchema } from '../../src/import/format.js';
import { derivedGeoPrecision, earliestStartReaching, periodEnd } from '../../src/domain/precision.js';

// A count typed as a Neo4j integer (src/db/queries/identifiers.ts `int`) shows as `int(21)`.
expect.addSnapshotSerializer({ test: (v) => neo4j.isInt(v), serialize: (v: { toString(): string }) => `int(${v.toString()})` });

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
    expect(keyedQuery(eventsByParent(['org:isis'], { kind: 'actor', role: 'PERPETRATOR' }, { from: '2022-03-15' }, 10))).toMatchSnapshot();
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
    expect(keyedQuery(relationshipsOf(['event:x'], ['PERPETRATED'], 'IN', 50, true))).toMatchSnapshot();
  });
});

// Every builder ---------------------------------------------------------------------------------
//
// Each exported function of src/db/queries/*.ts that returns a statement (Cypher text and
// parameters: a CypherQuery, a list of them, or a MATCH ... WHERE fragment) has its cases below,
// named by the branch they take; the last test fails when a builder is added without cases. A
// keyed read (src/db/queries/combine.ts) is shown as the statement it is sent as alone, and its
// cases pass on the namespace `ns` they are given.

import * as backfillQ from '../../src/db/queries/backfill.js';
import * as combineQ from '../../src/db/queries/combine.js';
import * as curateQ from '../../src/db/queries/curate.js';
import * as exchangeQ from '../../src/db/queries/exchange.js';
import * as exploreQ from '../../src/db/queries/explore.js';
import * as identifiersQ from '../../src/db/queries/identifiers.js';
import * as listsQ from '../../src/db/queries/lists.js';
import * as readQ from '../../src/db/queries/read.js';
import * as reviewQ from '../../src/db/queries/review.js';
import * as structureQ from '../../src/db/queries/structure.js';
import * as writeQ from '../../src/db/queries/write.js';
import type { ClaimRow, NodeRow, RelationshipRow } from '../../src/import/plan.js';
import type { ReconciledRow } from '../../src/db/queries/write.js';

const MODULES: Record<string, Record<string, unknown>> = {
  'backfill.ts': backfillQ,
  'combine.ts': combineQ,
  'curate.ts': curateQ,
  'exchange.ts': exchangeQ,
  'explore.ts': exploreQ,
  'identifiers.ts': identifiersQ,
  'lists.ts': listsQ,
  'read.ts': readQ,
  'review.ts': reviewQ,
  'structure.ts': structureQ,
  'write.ts': writeQ,
};

/** Exported functions that build no statement: predicates, helpers, projections, the identifier check. */
const NOT_BUILDERS: Record<string, string[]> = {
  'exchange.ts': ['inIncidentWindow'],
  'explore.ts': ['hopFanOut', 'nodeProjection', 'linkItems'],
  'identifiers.ts': ['UnsafeIdentifierError', 'allowed', 'allAllowed', 'relationshipType', 'relationshipTypes', 'nodeKinds', 'entityKinds', 'wholeNumber', 'interval', 'int'],
  'lists.ts': ['figureFields'],
  'read.ts': ['NODE', 'REL', 'toLuceneQuery', 'neighbourItems', 'claimItems'],
  'review.ts': ['REL_ID'],
  'write.ts': ['labelsOf', 'propertyNames', 'SEARCH_TEXT'],
};

// Rows for the write builders, written out (not planned) so that a change of the planner shows in its own tests.
const PLACE: NodeRow = { id: 'place:mosul', kind: 'Place', props: { name: 'Mosul', placeType: 'CITY', location: { latitude: 36.34, longitude: 43.13 } }, aliases: ['الموصل'] };
const FORCE: NodeRow = { id: 'force:peshmerga', kind: 'Force', props: { name: 'Peshmerga', forceType: 'MILITARY' }, aliases: [] };
const EVENT: NodeRow = {
  id: 'event:x',
  kind: 'Event',
  props: { eventType: 'EXPLOSIONS_REMOTE_VIOLENCE', subEventType: 'AIR_STRIKE', label: 'Air strike near Mosul', date: '2022-03-01', datePrecision: 'WEEK', geoPrecisionGiven: 2 },
  aliases: [],
};
const ARTICLE: NodeRow = { id: 'article:a', kind: 'Article', props: { title: 'Strike', url: 'https://example.org/a', published: '2022-03-02', language: 'en', contentHash: 'h1' }, aliases: [] };
const SOURCE = { article: 'article:a', sentence: 'A drone struck a position near Mosul.', confidence: 0.8 };
const RELS: RelationshipRow[] = [
  { from: 'event:x', type: 'OCCURRED_IN', to: 'place:mosul', key: '', props: {}, sources: [SOURCE] },
  { from: 'org:isis', type: 'PERPETRATED', to: 'event:x', key: '', props: {}, sources: [SOURCE] },
  { from: 'person:y', type: 'HOLDS_OFFICE', to: 'gov:iraq', key: 'minister', props: { title: 'Minister' }, sources: [{ ...SOURCE, sentence: null }] },
];
const CLAIM: ClaimRow = {
  id: 'event:x|article:a|force:peshmerga',
  eventId: 'event:x',
  group: 'Peshmerga',
  actorId: 'force:peshmerga',
  killed: 2,
  injured: 3,
  abducted: null,
  arrested: null,
  articleId: 'article:a',
  sentence: 'Two Peshmerga were killed.',
  confidence: 0.9,
};
const FIGURES = { fatalities: 2, injured: 3, groupKeys: ['force:peshmerga'], groupNames: ['Peshmerga'], groupActors: ['force:peshmerga'], groupKilled: [2], groupInjured: [3], groupAbducted: [0], groupArrested: [0] };
const RECONCILED: ReconciledRow = { id: 'event:x', ...FIGURES, fatalitiesLow: 2, fatalitiesHigh: 2, injuredLow: 3, injuredHigh: 3, reviewed: { ...FIGURES, fatalities: null, injured: null } };
const CANDIDATE = { id: 'event:acled-1', date: '2022-03-01', dateEnd: '2022-03-01', place: 'place:mosul', anchor: 'place:mosul', eventTypes: ['BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE'], region: 'place:nineveh-governorate' };
const REL_REF = { id: 'org:isis|PERPETRATED|event:x', from: 'org:isis', type: 'PERPETRATED' as const, to: 'event:x', key: '' };
const REVIEW = { state: 'CORRECTED' as const, by: 'curator:ana', note: 'the date is the day before', overruled: '{"date":"2022-03-01"}' };
const NEAR = { latitude: 36.34, longitude: 43.13, radiusKm: 25 };
const SPEC = { types: ['OCCURRED_IN', 'PERPETRATED'] as ('OCCURRED_IN' | 'PERPETRATED')[], kinds: null, from: null, to: null };

type Cases = Record<string, (ns?: string) => unknown>;

const CASES: Record<string, Record<string, Cases>> = {
  'backfill.ts': {
    staleSearchNames: { 'a batch': () => backfillQ.staleSearchNames(3, 500) },
    writeSearchNames: { 'rows of folded names': () => backfillQ.writeSearchNames([{ id: 'org:isis', name: 'ISIS', aliases: ['Daesh', 'داعش'], searchName: 'isis', searchAliases: ['daesh', 'داعش'] }], 3) },
    eventDateEnds: { 'a batch': () => backfillQ.eventDateEnds(2000) },
    eventGeoPrecisions: { 'a batch': () => backfillQ.eventGeoPrecisions(2000) },
  },
  'combine.ts': {
    unionOfKeyed: {
      'two keyed reads, each built under its namespace': () =>
        combineQ.unionOfKeyed([readQ.ancestorsOf(['place:mosul'], ''), readQ.neighbours(['org:isis'], { types: ['PERPETRATED'], direction: 'OUT', limit: 5 }, 'p1_')]),
      'one read': () => combineQ.unionOfKeyed([readQ.claimsByEvent(['event:x'])]),
    },
    keyedQuery: {
      'alone': () => combineQ.keyedQuery(readQ.claimsByEvent(['event:x'])),
      'with a read-ahead': () => combineQ.keyedQuery(listsQ.eventsByParent(['org:isis'], { kind: 'actor', role: 'ANY' }, {}, 20, { neighbours: [], claims: true })),
    },
  },
  'curate.ts': {
    updateEntity: {
      'a new name (folded for search) and a location': () => curateQ.updateEntity('place:mosul', { name: 'Mosul', description: 'City on the Tigris' }, { latitude: 36.34, longitude: 43.13 }),
      'a property removed, the location removed': () => curateQ.updateEntity('org:isis', { wikidataId: null }, null),
      'the location only': () => curateQ.updateEntity('place:mosul', {}, { latitude: 36.3, longitude: 43.1 }),
    },
    refreshEventLocationsUnder: { 'a place': () => curateQ.refreshEventLocationsUnder('place:nineveh-governorate') },
    moveClaims: { 'from one actor to another': () => curateQ.moveClaims('force:pmf', 'org:pmf') },
    redirectTargets: { 'ids': () => curateQ.redirectTargets(['org:daesh', 'org:isis']) },
    relationshipKinds: { 'a node': () => curateQ.relationshipKinds('force:pmf') },
    idTaken: { 'an id': () => curateQ.idTaken('org:pmf') },
    changeKind: {
      'actor to actor': () => curateQ.changeKind('force:pmf', 'org:pmf', 'Force', 'Organization'),
      'actor to place (loses Actor)': () => curateQ.changeKind('org:sinjar', 'place:sinjar', 'Organization', 'Place'),
      'place to actor (gains Actor)': () => curateQ.changeKind('place:x', 'org:x', 'Place', 'Organization'),
    },
    addAlias: { 'an alias': () => curateQ.addAlias('org:isis', 'Daesh') },
    removeAlias: { 'an alias': () => curateQ.removeAlias('org:isis', 'Daesh') },
    unlink: { 'a relationship': () => curateQ.unlink('org:isis', 'PERPETRATED', 'event:x') },
    mergeEntities: { 'every statement of a merge': () => curateQ.mergeEntities('org:isis', 'org:daesh') },
    deleteNode: { 'a node': () => curateQ.deleteNode('event:x') },
    relationshipAfterLink: { 'an office': () => curateQ.relationshipAfterLink('person:y', 'HOLDS_OFFICE', 'gov:iraq') },
  },
  'exchange.ts': {
    placeGazetteer: { 'every place': () => exchangeQ.placeGazetteer() },
    actorGazetteer: { 'every actor': () => exchangeQ.actorGazetteer() },
    importedRows: { 'articles and events': () => exchangeQ.importedRows(['article:acled-1'], ['event:acled-1', 'event:ucdp-2']) },
    datasetIncidentCandidates: { 'one incoming event': () => exchangeQ.datasetIncidentCandidates([CANDIDATE]) },
    incidentOpenings: { 'one incoming event': () => exchangeQ.incidentOpenings([CANDIDATE], 'acled') },
    otherSourcesEvents: { 'a year': () => exchangeQ.otherSourcesEvents('2022-01-01', '2022-12-31', 'acled', 50_000) },
    incidentOpeningsPlaced: { 'pairs': () => exchangeQ.incidentOpeningsPlaced([{ id: 'event:acled-1', region: 'place:nineveh-governorate', candidate: 'event:x' }, { id: 'event:acled-2', region: null, candidate: 'event:y' }], 'acled') },
    exportEvents: {
      'no filter (every event, in the date index order)': () => exchangeQ.exportEvents({}),
      'a place subtree, no limit': () => exchangeQ.exportEvents({ placeId: 'place:nineveh-governorate' }),
      'from a date (a union of disjoint parts, no DISTINCT), limited': () => exchangeQ.exportEvents({ from: '2022-03-15', eventTypes: ['BATTLES'] }, 100),
    },
    exportPlaces: { 'every place': () => exchangeQ.exportPlaces() },
    exportActors: { 'every actor': () => exchangeQ.exportActors() },
    subgraphNodes: {
      'with articles': () => exchangeQ.subgraphNodes({ perpetratorId: 'org:isis' }, true),
      'without articles, limited': () => exchangeQ.subgraphNodes({ to: '2022-03-31' }, false, 500),
    },
    subgraphEdges: {
      'with articles': () => exchangeQ.subgraphEdges({ perpetratorId: 'org:isis' }, true),
      'without articles, limited': () => exchangeQ.subgraphEdges({ to: '2022-03-31' }, false, 500),
    },
  },
  'explore.ts': {
    hop: {
      'any kind, undated': () => exploreQ.hop(['org:isis'], ['org:isis'], SPEC, 50, 201),
      'events only, dated': () => exploreQ.hop(['org:isis'], [], { ...SPEC, kinds: ['Event', 'Place'], to: '2022-03-31' }, 50, 201),
    },
    neighbourhoodRoot: {
      'a root': () => exploreQ.neighbourhoodRoot('org:isis'),
      'a root, its summary': () => exploreQ.neighbourhoodRoot('org:isis', 'summary'),
      'a root, its summary and review state': () => exploreQ.neighbourhoodRoot('org:isis', 'summary+review'),
      'a root, with the relationship types the database has': () => exploreQ.neighbourhoodRoot('org:isis', 'summary', ['NEAR', 'LOCATED_IN']),
    },
    hopWithElementIds: {
      'dated': () => exploreQ.hopWithElementIds(['4:abc:1'], [], { ...SPEC, from: '2022-03-01', to: '2022-03-31' }, 20, 81),
      'summaries of the nodes': () => exploreQ.hopWithElementIds(['4:abc:1'], [], SPEC, 20, 81, 'summary'),
      'summaries with the review state': () => exploreQ.hopWithElementIds(['4:abc:1'], [], SPEC, 20, 81, 'summary+review'),
    },
    linksWithin: {
      'element ids': () => exploreQ.linksWithin(['4:abc:1', '4:abc:2'], ['OCCURRED_IN', 'LOCATED_IN'], 400),
      'summaries of the links': () => exploreQ.linksWithin(['4:abc:1', '4:abc:2'], ['OCCURRED_IN', 'LOCATED_IN'], 400, 'summary'),
      'summaries with the review state': () => exploreQ.linksWithin(['4:abc:1', '4:abc:2'], ['OCCURRED_IN', 'LOCATED_IN'], 400, 'summary+review'),
    },
    linksAmong: { 'ids': () => exploreQ.linksAmong(['org:isis', 'event:x'], ['PERPETRATED'], 400) },
    neighbourhoodStep: {
      'from the root, not the last step': () => exploreQ.neighbourhoodStep({ root: 'org:isis' }, SPEC, 199, false, 800),
      'from the root, summaries, events only, dated, the last step': () =>
        exploreQ.neighbourhoodStep({ root: 'org:isis' }, { ...SPEC, kinds: ['Event'], from: '2022-03-01', to: '2022-03-31' }, 49, true, 200, { nodes: 'summary', links: 'summary' }),
      'from a frontier, with review states': () =>
        exploreQ.neighbourhoodStep({ frontier: ['4:abc:2'], seen: ['4:abc:1', '4:abc:2'] }, SPEC, 198, true, 800, { nodes: 'summary+review', links: 'summary+review' }),
    },
    timeline: {
      'DAY, no filter': () => exploreQ.timeline({}, 'DAY'),
      'WEEK from a date (the first bucket starts at it)': () => exploreQ.timeline({ from: '2022-03-15', to: '2022-06-30' }, 'WEEK'),
      'YEAR, reviewed, in a place': () => exploreQ.timeline({ placeId: 'place:iraq', reviewed: true }, 'YEAR'),
    },
    eventStats: {
      'by place': () => exploreQ.eventStats({ to: '2022-03-31' }, 'PLACE', 'DISTRICT', 10),
      'by perpetrator': () => exploreQ.eventStats({ placeId: 'place:iraq' }, 'PERPETRATOR', 'GOVERNORATE', 10),
      'by target, reviewed': () => exploreQ.eventStats({ reviewed: true }, 'TARGET', 'GOVERNORATE', 10),
      'by event type': () => exploreQ.eventStats({ perpetratorId: 'org:isis' }, 'EVENT_TYPE', 'GOVERNORATE', 10),
      'by sub-event type': () => exploreQ.eventStats({ articleId: 'article:a' }, 'SUB_EVENT_TYPE', 'GOVERNORATE', 10),
    },
  },
  'lists.ts': {
    eventMatch: {
      'no filter: the label, rejected events left out': () => listsQ.eventMatch({}),
      'a place drives; every other filter a predicate': () =>
        listsQ.eventMatch({ placeId: 'place:iraq', from: '2022-01-01', to: '2022-12-31', eventTypes: ['BATTLES'], subEventTypes: ['ARMED_CLASH'], actorId: 'org:isis', targetId: 'force:peshmerga', articleId: 'article:a', minFatalities: 1, near: NEAR, reviewed: false }),
      'a perpetrator drives': () => listsQ.eventMatch({ perpetratorId: 'org:isis', targetId: 'force:peshmerga' }),
      'an article drives': () => listsQ.eventMatch({ articleId: 'article:a', perpetratorId: undefined, minFatalities: 0, reviewed: true }),
      'from a date only: disjoint parts per precision': () => listsQ.eventMatch({ from: '2022-03-15', subEventTypes: ['AIR_STRIKE'] }),
      'near, from the label': () => listsQ.eventMatch({ near: NEAR }),
      'anchored at a place subtree, with a place filter': () => listsQ.eventMatch({ placeId: 'place:mosul', from: '2022-03-15' }, { kind: 'place', includeNested: true }),
      'anchored at a place itself': () => listsQ.eventMatch({}, { kind: 'place', includeNested: false }),
      'anchored at a perpetrator': () => listsQ.eventMatch({ perpetratorId: 'org:isis' }, { kind: 'actor', role: 'PERPETRATOR' }),
      'anchored at a target': () => listsQ.eventMatch({}, { kind: 'actor', role: 'TARGET' }),
      'anchored at an actor either way': () => listsQ.eventMatch({ to: '2022-03-31' }, { kind: 'actor', role: 'ANY' }),
    },
    eventPage: {
      'from a date, newest first: each part gives its first rows': () => listsQ.eventPage({ from: '2022-03-15' }, 'DATE_DESC', 20, 20),
      'from a date, by fatalities (reviewed figures)': () => listsQ.eventPage({ from: '2022-03-15', reviewed: true }, 'FATALITIES_DESC', 0, 20),
      'near, by distance': () => listsQ.eventPage({ near: NEAR }, 'DISTANCE_ASC', 0, 10),
      'near, newest first, with each event\'s place and perpetrators read ahead': () =>
        listsQ.eventPage({ near: NEAR }, 'DATE_DESC', 0, 20, { neighbours: [{ spec: EVENT_NEIGHBOURS.place(false), then: [] }, { spec: EVENT_NEIGHBOURS.perpetrators(false), then: [] }], claims: true }),
      'near, by date: the distance of the page only': () => listsQ.eventPage({ near: NEAR, placeId: 'place:mosul' }, 'DATE_ASC', 0, 10),
      'in a place subtree': () => listsQ.eventPage({ placeId: 'place:iraq' }, 'DATE_DESC', 0, 50),
    },
    eventCount: {
      'no filter': () => listsQ.eventCount({}),
      'from a date': () => listsQ.eventCount({ from: '2022-03-15', to: '2022-03-31' }),
      'in a place subtree': () => listsQ.eventCount({ placeId: 'place:iraq' }),
    },
    eventTotals: {
      'no filter': () => listsQ.eventTotals({}),
      'reviewed, by a perpetrator': () => listsQ.eventTotals({ reviewed: true, perpetratorId: 'org:isis' }),
    },
    eventGroupTotals: {
      'no filter': () => listsQ.eventGroupTotals({}),
      'reviewed, in a place': () => listsQ.eventGroupTotals({ reviewed: true, placeId: 'place:mosul' }),
    },
    eventsByParent: {
      'places, not nested': (ns) => listsQ.eventsByParent(['place:mosul'], { kind: 'place', includeNested: false }, {}, 5, undefined, ns),
      'actors either way, with filters': (ns) =>
        listsQ.eventsByParent(['org:isis', 'force:peshmerga'], { kind: 'actor', role: 'ANY' }, { eventTypes: ['BATTLES'], placeId: 'place:iraq' }, 5, undefined, ns),
      'targets': (ns) => listsQ.eventsByParent(['force:peshmerga'], { kind: 'actor', role: 'TARGET' }, { reviewed: true }, 5, undefined, ns),
      'in a place subtree, every filter': (ns) =>
        listsQ.eventsByParent(
          ['place:nineveh-governorate'],
          { kind: 'place', includeNested: true },
          { placeId: 'place:iraq', near: NEAR, from: '2022-03-15', to: '2022-03-31', eventTypes: ['BATTLES'], subEventTypes: ['ARMED_CLASH'], actorId: 'org:isis', perpetratorId: 'org:isis', targetId: 'force:peshmerga', minFatalities: 1, articleId: 'article:a', reviewed: false },
          5,
          undefined,
          ns,
        ),
      'reading ahead each event place and its claims': (ns) =>
        listsQ.eventsByParent(['org:isis'], { kind: 'actor', role: 'ANY' }, {}, 20, { neighbours: [{ spec: EVENT_NEIGHBOURS.place(false), then: [] }], claims: true }, ns),
    },
    statementMatch: {
      'no filter': () => listsQ.statementMatch({}),
      'a speaker drives': () => listsQ.statementMatch({ speakerId: 'gov:iraq', aboutId: 'event:x', stances: ['CONDEMNATION'] }),
      'what it is about drives': () => listsQ.statementMatch({ aboutId: 'event:x' }),
      'every other filter': () =>
        listsQ.statementMatch({ speakerKinds: ['Government'], governmentId: 'gov:iraq', towardId: 'org:isis', from: '2022-01-01', to: '2022-12-31', articleId: 'article:a', reviewed: true }),
      'undecided only': () => listsQ.statementMatch({ reviewed: false }),
    },
    statementPage: {
      'newest first': () => listsQ.statementPage({ stances: ['CONDEMNATION'] }, 'DATE_DESC', 0, 20),
      'oldest first': () => listsQ.statementPage({ speakerId: 'gov:iraq' }, 'DATE_ASC', 20, 20),
      'about an event, with speakers and sources read ahead': () =>
        listsQ.statementPage({ aboutId: 'event:x' }, 'DATE_DESC', 0, 20, [{ spec: STATEMENT_NEIGHBOURS.speaker(false), then: [] }, { spec: STATEMENT_NEIGHBOURS.sources(false), then: [ARTICLE_NEIGHBOURS.publisher(false)] }]),
      'only the properties asked, of the statements and of what is read ahead': () =>
        listsQ.statementPage(
          { aboutId: 'event:x' },
          'DATE_DESC',
          0,
          20,
          [
            { spec: STATEMENT_NEIGHBOURS.speaker(false, ['name']), then: [] },
            { spec: STATEMENT_NEIGHBOURS.sources(false, ['published', 'title']), then: [ARTICLE_NEIGHBOURS.publisher(false, ['name'])] },
          ],
          ['date', 'quote', 'stance'],
        ),
    },
    statementCount: { 'a speaker': () => listsQ.statementCount({ speakerId: 'gov:iraq' }) },
    articlePage: {
      'no filter': () => listsQ.articlePage({}, 'PUBLISHED_DESC', 0, 20),
      'every filter': () => listsQ.articlePage({ publisherId: 'org:rudaw', from: '2022-01-01', to: '2022-12-31', titleContains: 'Mosul' }, 'PUBLISHED_ASC', 20, 20),
    },
    articleCount: { 'a publisher': () => listsQ.articleCount({ publisherId: 'org:rudaw' }) },
    entityPage: {
      'one kind: its label': () => listsQ.entityPage({ kinds: ['Force'] }, 'NAME_ASC', 0, 20),
      'several kinds': () => listsQ.entityPage({ kinds: ['Force', 'Organization'], governmentId: 'gov:iraq' }, 'NAME_DESC', 0, 20),
      'within a place, by distance': () => listsQ.entityPage({ withinId: 'place:nineveh-governorate', placeTypes: ['VILLAGE'], near: NEAR }, 'DISTANCE_ASC', 0, 20),
      'by distance without a circle: by name': () => listsQ.entityPage({}, 'DISTANCE_ASC', 0, 20),
    },
    entityCount: { 'every kind': () => listsQ.entityCount({}), 'places by type': () => listsQ.entityCount({ kinds: ['Place'], placeTypes: ['CITY'] }) },
  },
  'read.ts': {
    nodesByIds: { 'ids': () => readQ.nodesByIds(['org:isis', 'place:mosul']) },
    neighbours: {
      'out, by name': (ns) => readQ.neighbours(['gov:iraq'], { types: ['GOVERNS'], direction: 'OUT', limit: 10, order: 'name' }, ns),
      'in, of some kinds, newest first, one stance': (ns) =>
        readQ.neighbours(['org:isis'], { types: ['ABOUT', 'TOWARD'], direction: 'IN', kinds: ['Statement'], limit: 10, order: 'date-desc', stance: 'CONDEMNATION' }, ns),
      'both ways, with rejected relationships': (ns) => readQ.neighbours(['event:x'], { types: ['PERPETRATED', 'TARGETED'], direction: 'BOTH', limit: 10, withRejected: true }, ns),
    },
    governmentsOf: { 'ids': (ns) => readQ.governmentsOf(['force:peshmerga'], ns) },
    ancestorsOf: { 'ids': (ns) => readQ.ancestorsOf(['place:mosul'], ns) },
    governedBy: { 'ids': (ns) => readQ.governedBy(['place:mosul'], ns) },
    forcesOf: { 'ids': (ns) => readQ.forcesOf(['gov:krg'], ns) },
    claimsByEvent: { 'ids': (ns) => readQ.claimsByEvent(['event:x'], ns) },
    nearbyPlaces: {
      'of some types': (ns) => readQ.nearbyPlaces(['place:mosul'], 30, ['VILLAGE', 'TOWN'], 10, ns),
      'of any type': (ns) => readQ.nearbyPlaces(['place:mosul'], 30, null, 10, ns),
    },
    relationshipsOf: {
      'every type, both ways': (ns) => readQ.relationshipsOf(['org:isis'], undefined, 'BOTH', 100, false, ns),
      'some types, out': (ns) => readQ.relationshipsOf(['org:isis'], ['PERPETRATED', 'MEMBER_OF'], 'OUT', 100, false, ns),
      'with rejected relationships': (ns) => readQ.relationshipsOf(['event:x'], ['PERPETRATED'], 'IN', 50, true, ns),
    },
    relationshipByEnds: { 'any key': () => readQ.relationshipByEnds('person:y', 'HOLDS_OFFICE', 'gov:iraq', null) },
    factsQuery: {
      'everything': () => readQ.factsQuery(null, null, null, 100),
      'a subject and a type': () => readQ.factsQuery('org:isis', 'PERPETRATED', null, 100),
      'an object': () => readQ.factsQuery(null, null, 'place:mosul', 100),
    },
    searchEntities: {
      'with the text typed (exact matches first)': () => readQ.searchEntities(readQ.toLuceneQuery('Peshmerga')!, null, 10, 'Peshmerga'),
      'of some kinds': () => readQ.searchEntities(readQ.toLuceneQuery('mosul dam')!, ['Place'], 5),
      'only the properties the hits show': () => readQ.searchEntities(readQ.toLuceneQuery('Peshmerga')!, null, 10, 'Peshmerga', ['aliases', 'name']),
    },
    shortestPaths: {
      'some types': () => readQ.shortestPaths('org:isis', 'force:peshmerga', 3, 5, ['PERPETRATED', 'TARGETED']),
      'every type, hops capped at 10': () => readQ.shortestPaths('org:isis', 'force:peshmerga', 40, 5, undefined),
    },
    placeDistance: { 'two places': () => readQ.placeDistance('place:mosul', 'place:erbil') },
    nodeLocation: { 'a node': () => readQ.nodeLocation('place:mosul') },
    gazetteerEntries: { 'every entity': () => readQ.gazetteerEntries(), 'some ids': () => readQ.gazetteerEntries(['place:mosul', 'org:isis']) },
  },
  'review.ts': {
    nodeFacts: { 'ids': () => reviewQ.nodeFacts(['event:x', 'statement:y']) },
    relationshipFacts: { 'refs': () => reviewQ.relationshipFacts([REL_REF]) },
    claimFacts: { 'ids': () => reviewQ.claimFacts([CLAIM.id]) },
    lockFact: {
      'an event': () => reviewQ.lockFact({ kind: 'EVENT', id: 'event:x' }),
      'a statement': () => reviewQ.lockFact({ kind: 'STATEMENT', id: 'statement:y' }),
      'a claim': () => reviewQ.lockFact({ kind: 'CASUALTY_CLAIM', id: `claim:${CLAIM.id}`, claimId: CLAIM.id }),
      'a relationship': () => reviewQ.lockFact({ kind: 'RELATIONSHIP', id: REL_REF.id, rel: REL_REF }),
    },
    setNodeReview: {
      'a correction with values and dates': () => reviewQ.setNodeReview('4:abc:1', REVIEW, { fatalities: 3 }, { date: '2022-02-28' }),
      'a confirmation': () => reviewQ.setNodeReview('4:abc:1', { state: 'CONFIRMED', by: 'curator:ana', note: null }),
    },
    setRelationshipReview: { 'a rejection': () => reviewQ.setRelationshipReview('5:abc:9', { state: 'REJECTED', by: 'curator:ana', note: 'not ISIS' }) },
    voidRelationship: {
      'by a rejected node': () => reviewQ.voidRelationship('5:abc:9', { voidedBy: 'event:x' }),
      'replaced by a correction': () => reviewQ.voidRelationship('5:abc:9', { correctedTo: 'org:pkk|PERPETRATED|event:x' }),
    },
    restoreRelationship: { 'an element id': () => reviewQ.restoreRelationship('5:abc:9') },
    voidRelationshipsOf: { 'a node': () => reviewQ.voidRelationshipsOf('statement:y') },
    restoreRelationshipsOf: { 'a node': () => reviewQ.restoreRelationshipsOf('statement:y') },
    replaceRelationship: { 'a perpetrator corrected': () => reviewQ.replaceRelationship('5:abc:9', 'org:pkk', 'PERPETRATED', 'event:x', '', { reviewState: 'CORRECTED' }) },
    placesOf: { 'an event': () => reviewQ.placesOf('event:x') },
    reportSources: { 'an event': () => reviewQ.reportSources('event:x') },
    correctedPlace: { 'a new place': () => reviewQ.correctedPlace('event:x', 'place:bashiqa', [SOURCE], REVIEW, 'event:x|OCCURRED_IN|place:mosul') },
    kindsOf: { 'ids': () => reviewQ.kindsOf(['org:pkk', 'place:bashiqa']) },
    writeLog: { 'an entry': () => reviewQ.writeLog([{ factId: 'event:x', action: 'CORRECTED', by: 'curator:ana', note: null, origin: null, article: null, details: '{"date":"2022-02-28"}' }]) },
    decidedInBatch: { 'nothing but ends': () => reviewQ.decidedInBatch({ nodes: [], claims: [], relationships: [{ from: 'org:isis', type: 'PERPETRATED', to: 'event:x', key: '' }, { from: 'org:isis', type: 'TARGETED', to: 'event:y', key: 'k' }] }) },
    upsertVoided: { 'a row': () => reviewQ.upsertVoided([{ from: 'org:isis', type: 'PERPETRATED', to: 'event:x', key: '', props: {}, sources: [SOURCE], voidedBy: ['event:x'] }]) },
    recordConflicts: { 'rows of each kind': () => reviewQ.recordConflicts([{ target: 'event:x', what: 'node', conflicts: ['{}'] }, { target: '5:abc:9', what: 'rel', conflicts: ['{}'] }]) },
    reviewQueue: {
      'events of one event only (no relationship functions)': () => reviewQ.reviewQueue({ eventId: 'event:x', kinds: ['EVENT', 'CASUALTY_CLAIM'] }, 0, 20),
      'everything of an event': () => reviewQ.reviewQueue({ eventId: 'event:x' }, 0, 20),
      'statements in conflict': () => reviewQ.reviewQueue({ kinds: ['STATEMENT'], conflictsOnly: true }, 0, 20),
      'nothing can come (statements of an event)': () => reviewQ.reviewQueue({ kinds: ['STATEMENT'], eventId: 'event:x' }, 0, 20),
    },
    reviewQueueCount: {
      'everything': () => reviewQ.reviewQueueCount({}),
      'an article\'s relationships': () => reviewQ.reviewQueueCount({ articleId: 'article:a', kinds: ['RELATIONSHIP'] }),
      'nothing can come': () => reviewQ.reviewQueueCount({ kinds: ['STATEMENT'], eventId: 'event:x' }),
    },
    nodeHistory: { 'a node': () => reviewQ.nodeHistory('event:x', 50) },
    factHistory: {
      'a relationship': () => reviewQ.factHistory({ kind: 'RELATIONSHIP', rel: REL_REF }, 50),
      'a claim': () => reviewQ.factHistory({ kind: 'CASUALTY_CLAIM', id: `claim:${CLAIM.id}`, claimId: CLAIM.id }, 50),
    },
  },
  'structure.ts': {
    hierarchyCycles: { 'ids': () => structureQ.hierarchyCycles(['place:mosul', 'force:pmf']) },
  },
  'write.ts': {
    upsertNodes: {
      'a place, a force, an event and an article, overwriting': () => writeQ.upsertNodes([PLACE, FORCE, EVENT, ARTICLE], true),
      'filling only': () => writeQ.upsertNodes([FORCE], false),
    },
    upsertRelationships: {
      'overwriting': () => writeQ.upsertRelationships(RELS),
      'filling only': () => writeQ.upsertRelationships(RELS.slice(0, 1), false),
    },
    existingOffices: { 'pairs': () => writeQ.existingOffices([{ from: 'person:y', to: 'gov:iraq' }]) },
    upsertClaims: { 'claims of one event': () => writeQ.upsertClaims([CLAIM, { ...CLAIM, id: 'event:x|article:a|org:isis', actorId: 'org:isis', group: 'ISIS' }]) },
    claimsOfEvents: { 'events': () => writeQ.claimsOfEvents(['event:x']) },
    writeReconciled: { 'a row': () => writeQ.writeReconciled([RECONCILED]) },
    recordImports: { 'digests': () => writeQ.recordImports([{ digest: 'sha256:1', origin: 'seed/articles/a.json' }]) },
    resolveIds: { 'ids': () => writeQ.resolveIds(['org:isis', 'org:daesh']) },
    resolveIdsLocking: {
      'with a digest': () => writeQ.resolveIdsLocking(['org:new'], 'sha256:2', 'createEntity'),
      'without': () => writeQ.resolveIdsLocking(['org:new'], null, 'createEntity'),
    },
    findIncidentCandidates: { 'with days to lock (deduplicated, sorted)': () => writeQ.findIncidentCandidates([{ id: 'event:x', date: '2022-03-01', dateEnd: '2022-03-07', place: 'place:mosul', anchor: 'place:mosul' }], ['2022-03-02', '2022-03-01', '2022-03-02']) },
    refreshPlacedEvents: { 'places': () => writeQ.refreshPlacedEvents(['place:mosul']) },
    setEventLocations: { 'events': () => writeQ.setEventLocations(['event:x', 'event:y']) },
    finishEvents: { 'locations and figures': () => writeQ.finishEvents(['event:x'], [RECONCILED]) },
    upsertGraph: { 'nodes and relationships, one of them fresh': () => writeQ.upsertGraph([EVENT, ARTICLE], [{ ...RELS[0]!, fresh: true }, RELS[1]!], false) },
    guardNewNodes: { 'ids, claims and references': () => writeQ.guardNewNodes(['event:x', 'article:a'], [CLAIM.id], ['place:mosul', 'org:isis']) },
    placeAnchors: { 'places': () => writeQ.placeAnchors(['place:mosul']) },
    createNewEvents: {
      'events, articles, claims and relationships of two types': () =>
        writeQ.createNewEvents({ events: [{ node: EVENT, place: 'place:mosul', at: 'place:mosul', figures: [RECONCILED] }], articles: [ARTICLE], claims: [CLAIM], relationships: RELS.slice(0, 2) }),
      'nothing but an article': () => writeQ.createNewEvents({ events: [], articles: [ARTICLE], claims: [], relationships: [] }),
    },
    createNewPlaces: {
      'a village in a new district, the district in a stored governorate': () =>
        writeQ.createNewPlaces(
          [
            { id: 'place:kani-sard', kind: 'Place', props: { name: 'Kani Sard', placeType: 'VILLAGE', location: { latitude: 35.1, longitude: 45.2 } }, aliases: [] },
            { id: 'place:sharbazher', kind: 'Place', props: { name: 'Sharbazher', placeType: 'DISTRICT' }, aliases: ['Sharbazhér'] },
          ],
          [
            { from: 'place:kani-sard', type: 'LOCATED_IN', to: 'place:sharbazher', key: '', props: {}, sources: [] },
            { from: 'place:sharbazher', type: 'LOCATED_IN', to: 'place:sulaymaniyah-governorate', key: '', props: {}, sources: [] },
          ],
        ),
    },
  },
};

const isKeyedParts = (value: unknown): value is KeyedParts => typeof value === 'object' && value !== null && 'body' in value && 'items' in value;

/** What a case builds, a keyed read as the statement it is sent as alone. */
const shown = (value: unknown) => (isKeyedParts(value) ? keyedQuery(value) : value);

/** The statements in what a case builds (a statement, a list or record of them, a MATCH ... WHERE fragment). */
function statementsIn(value: unknown): { cypher: string; params: Record<string, unknown> }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (isKeyedParts(value)) return [keyedQuery(value)];
  const v = value as Record<string, unknown>;
  const params = v.params as Record<string, unknown>;
  if (typeof v.cypher === 'string') return [{ cypher: v.cypher, params }];
  if (typeof v.match === 'string') return [{ cypher: [v.match, ...(v.where as string[])].join('\n'), params }];
  return Object.values(v).flatMap(statementsIn);
}

const ALL_CASES = Object.entries(CASES).flatMap(([file, builders]) =>
  Object.entries(builders).flatMap(([name, cases]) => Object.entries(cases).map(([label, build]) => ({ name: `${file} ${name}: ${label}`, build }))),
);

describe('every builder (src/db/queries/*.ts)', () => {
  for (const [file, builders] of Object.entries(CASES)) {
    for (const [name, cases] of Object.entries(builders)) {
      it(`${file} ${name}`, () => {
        for (const [label, build] of Object.entries(cases)) expect(shown(build())).toMatchSnapshot(label);
      });
    }
  }

  it('passes every count in SKIP and LIMIT as a Neo4j integer (a float there is an error)', () => {
    const COUNTED = /(?:\bSKIP|\bLIMIT|\{limit:)\s+((?:\$\w+(?:\s*\+\s*)?)+)/g;
    let seen = 0;
    for (const { name, build } of ALL_CASES) {
      const built = build();
      for (const q of [...statementsIn(built), ...(isKeyedParts(built) ? statementsIn(build('p1_')) : [])]) {
        for (const [, counts] of q.cypher.matchAll(COUNTED)) {
          for (const [, param] of counts!.matchAll(/\$(\w+)/g)) {
            seen += 1;
            expect(neo4j.isInt(q.params[param!]), `${name}: $${param} = ${JSON.stringify(q.params[param!])}`).toBe(true);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('names every parameter of a keyed read under its namespace, so the parts of a union never share one', () => {
    let keyed = 0;
    for (const { name, build } of ALL_CASES) {
      if (!isKeyedParts(build())) continue;
      keyed += 1;
      const parts = ['', 'p1_', 'p2_'].map((ns) => ({ ns, read: build(ns) as KeyedParts }));
      for (const { ns, read } of parts) {
        const text = keyedQuery(read).cypher;
        const used = new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
        expect([...used].sort(), `${name} under ${JSON.stringify(ns)}: parameters used and given`).toEqual(Object.keys(read.params).sort());
        if (ns) for (const param of used) expect(param.startsWith(ns), `${name}: $${param} under ${ns}`).toBe(true);
      }
      const seen = new Map<string, string>();
      for (const { ns, read } of parts) {
        for (const param of Object.keys(read.params)) {
          expect(seen.get(param), `${name}: $${param} of the part under ${JSON.stringify(ns)}`).toBeUndefined();
          seen.set(param, ns);
        }
      }
      if (parts[0]!.read.ahead === undefined) expect(() => combineQ.unionOfKeyed(parts.map((p) => p.read))).not.toThrow();
    }
    expect(keyed).toBeGreaterThan(15);
  });

  it('has cases for every exported function that builds a statement', () => {
    for (const [file, exports] of Object.entries(MODULES)) {
      const functions = Object.entries(exports).filter(([, v]) => typeof v === 'function').map(([k]) => k);
      const builders = functions.filter((f) => !(NOT_BUILDERS[file] ?? []).includes(f)).sort();
      expect({ file, builders }).toEqual({ file, builders: Object.keys(CASES[file] ?? {}).sort() });
    }
  });
});

describe('what a builder splices is refused unless listed', () => {
  const BAD = 'KNOWS]->() DETACH DELETE n //';
  const bad = BAD as never;
  const refused = (refusal: string) => `${refusal} ${JSON.stringify(BAD)} (refused: only listed values are spliced into Cypher)`;
  const { UnsafeIdentifierError } = identifiersQ;

  /** Builder calls with `BAD` where a relationship type, label, property name, interval or grouping is spliced. */
  const CALLS: [string, string, () => unknown][] = [
    ['explore.hop (type)', 'unknown relationship type', () => exploreQ.hop(['a'], [], { ...SPEC, types: [bad] }, 1, 1)],
    ['explore.hop (kind)', 'unknown node kind', () => exploreQ.hop(['a'], [], { ...SPEC, kinds: [bad] }, 1, 1)],
    ['explore.hopWithElementIds', 'unknown relationship type', () => exploreQ.hopWithElementIds(['a'], [], { ...SPEC, types: ['NEAR', bad] }, 1, 1)],
    ['explore.linksWithin', 'unknown relationship type', () => exploreQ.linksWithin(['a'], [bad], 1)],
    ['explore.linksWithin (projection)', 'unknown projection', () => exploreQ.linksWithin(['a'], ['NEAR'], 1, bad)],
    ['explore.neighbourhoodRoot (projection)', 'unknown projection', () => exploreQ.neighbourhoodRoot('a', bad)],
    ['explore.neighbourhoodRoot (type)', 'unknown relationship type', () => exploreQ.neighbourhoodRoot('a', 'summary', ['NEAR', bad])],
    ['explore.linksAmong', 'unknown relationship type', () => exploreQ.linksAmong(['a'], ['LOCATED_IN', bad], 1)],
    ['explore.timeline', 'unknown interval', () => exploreQ.timeline({}, bad)],
    ['explore.eventStats', 'unknown grouping', () => exploreQ.eventStats({}, bad, 'GOVERNORATE', 1)],
    ['curate.unlink', 'unknown relationship type', () => curateQ.unlink('a', bad, 'b')],
    ['curate.relationshipAfterLink', 'unknown relationship type', () => curateQ.relationshipAfterLink('a', bad, 'b')],
    ['curate.changeKind', 'unknown entity kind', () => curateQ.changeKind('force:x', 'org:x', 'Force', bad)],
    ['curate.updateEntity', 'not an updatable property', () => curateQ.updateEntity('a', { [BAD]: 1 }, undefined)],
    ['read.neighbours (type)', 'unknown relationship type', () => readQ.neighbours(['a'], { types: [bad], direction: 'OUT', limit: 1 })],
    ['read.neighbours (kind)', 'unknown node kind', () => readQ.neighbours(['a'], { types: ['ABOUT'], direction: 'IN', kinds: [bad], limit: 1 })],
    ['read.relationshipsOf', 'unknown relationship type', () => readQ.relationshipsOf(['a'], [bad], 'OUT', 1)],
    ['read.relationshipByEnds', 'unknown relationship type', () => readQ.relationshipByEnds('a', bad, 'b', null)],
    ['read.factsQuery', 'unknown relationship type', () => readQ.factsQuery(null, bad, null, 1)],
    ['read.shortestPaths', 'unknown relationship type', () => readQ.shortestPaths('a', 'b', 3, 1, [bad])],
    ['lists.entityPage', 'unknown entity kind', () => listsQ.entityPage({ kinds: ['Place', bad] }, 'NAME_ASC', 0, 1)],
    ['lists.entityCount', 'unknown entity kind', () => listsQ.entityCount({ kinds: [bad] })],
    ['review.replaceRelationship', 'unknown relationship type', () => reviewQ.replaceRelationship('e', 'a', bad, 'b', '', {})],
    ['review.upsertVoided', 'unknown relationship type', () => reviewQ.upsertVoided([{ from: 'a', type: BAD, to: 'b', key: '', props: {}, sources: [], voidedBy: [] }])],
    ['write.upsertRelationships', 'unknown relationship type', () => writeQ.upsertRelationships([{ ...RELS[0]!, type: bad }])],
    ['write.upsertGraph', 'unknown relationship type', () => writeQ.upsertGraph([], [{ ...RELS[0]!, type: bad }], true)],
    ['write.createNewEvents', 'unknown relationship type', () => writeQ.createNewEvents({ events: [], articles: [], claims: [], relationships: [{ ...RELS[0]!, type: bad }] })],
  ];

  for (const [name, refusal, call] of CALLS) {
    it(`${name} refuses ${BAD}`, () => {
      expect(call).toThrow(UnsafeIdentifierError);
      expect(call).toThrow(refused(refusal));
    });
  }

  it('write.ts checks node kinds with its own check (a plain Error, the same refusal)', () => {
    expect(() => writeQ.upsertNodes([{ ...PLACE, kind: bad }], true)).toThrow(`unknown node kind ${BAD}`);
    expect(() => writeQ.upsertGraph([{ ...PLACE, kind: bad }], [], true)).toThrow(`unknown node kind ${BAD}`);
  });

  it('createNewPlaces creates places and plain LOCATED_IN links only', () => {
    expect(() => writeQ.createNewPlaces([EVENT], [])).toThrow('createNewPlaces creates places, not a Event');
    expect(() => writeQ.createNewPlaces([PLACE], [{ ...RELS[0]!, type: 'LOCATED_IN' }])).toThrow(/with no provenance or properties/);
    expect(() => writeQ.createNewPlaces([PLACE], [{ ...RELS[0]!, sources: [] }])).toThrow(/with no provenance or properties/);
  });

  it('shortestPaths splices a whole number of hops only (capped at 10)', () => {
    for (const hops of [2.5, Number.NaN, Number.POSITIVE_INFINITY, '3]-(b)) DETACH DELETE a //' as never]) {
      expect(() => readQ.shortestPaths('a', 'b', hops, 1, undefined)).toThrow(UnsafeIdentifierError);
      expect(() => readQ.shortestPaths('a', 'b', hops, 1, undefined)).toThrow(/^not a whole number of hops/);
    }
    expect(readQ.shortestPaths('a', 'b', 0, 1, ['NEAR']).cypher).toContain('[:NEAR*..1]');
    expect(readQ.shortestPaths('a', 'b', 6, 1, ['NEAR']).cypher).toContain('[:NEAR*..6]');
  });

  it('what is spliced is listed; every value is a parameter', () => {
    const q = listsQ.eventPage({ placeId: BAD, perpetratorId: BAD, eventTypes: [BAD], articleId: BAD }, 'DATE_DESC', 0, 1);
    expect(q.cypher).not.toContain(BAD);
    expect(readQ.relationshipByEnds(BAD, 'PERPETRATED', BAD, BAD).cypher).not.toContain(BAD);
    expect(curateQ.updateEntity(BAD, { name: BAD }, undefined).cypher).not.toContain(BAD);
    expect(exploreQ.eventStats({ placeId: BAD }, 'PLACE', BAD, 1).cypher).not.toContain(BAD);
  });
});
