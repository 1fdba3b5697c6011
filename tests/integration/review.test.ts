/**
 * Curator review (docs/adr/0011): each decision on each kind of fact, what a rejected fact stops
 * counting in, decisions that hold when the article is read again (same extractor, a newer one, a
 * second outlet, a curated import), CONFLICT on a stale etag, `reviewed: true` totals, the queue
 * and the audit trail. The facts are the extractor's reading of the seed article.
 */
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { defaultExtractor, type Extractor } from '../../src/extract/index.js';
import type { ImportBatchInput } from '../../src/import/format.js';
import { importBatchSchema } from '../../src/import/format.js';
import { gazetteerFromStore, seedArticles } from '../../src/seed/articles.js';
import { EDITOR_KEY, READER_KEY, execute, query } from '../helpers/apollo.js';
import { ROOT, closeGraph, resetGraph, snapshot, testGraph } from '../helpers/graph.js';

const SEED_ARTICLE = path.join(ROOT, 'seed/articles/2021-12-04-shafaq-makhmour-attack-reactions.txt');
const ARTICLE = 'article:2021-12-04-shafaq-makhmour-attack-reactions';
const EVENT = 'event:2021-12-04-shafaq-makhmour-attack-reactions-1';
const PERPETRATED = `org:isis|PERPETRATED|${EVENT}`;
const OCCURRED_IN = (place: string) => `${EVENT}|OCCURRED_IN|${place}`;
const PESHMERGA_CLAIM = `claim:${EVENT}|${ARTICLE}|force:peshmerga`;
const CIVILIAN_CLAIM = `claim:${EVENT}|${ARTICLE}|CIVILIANS`;

let store: Stores;

/** Reads the seed article (again) with an extractor: the default one, or a "newer version" of it. */
async function ingest(extractor: Extractor = defaultExtractor) {
  const report = await seedArticles(store.writes, [SEED_ARTICLE], await gazetteerFromStore(store.writes), { extractor });
  expect(report.failures).toEqual([]);
  return report;
}

/** The same extraction under another version, as a newer extractor would (its digest differs, so it is written again). */
function newerExtractor(change: (batch: ImportBatchInput) => void = () => {}): Extractor {
  return {
    version: `frames-test-${Math.random().toString(36).slice(2)}`,
    extract: (article, gazetteer) => {
      const result = defaultExtractor.extract(article, gazetteer);
      const batch = structuredClone(result.batch) as ImportBatchInput;
      change(batch);
      return { ...result, batch: importBatchSchema.parse(batch) };
    },
  } as Extractor;
}

const editor = <T = Record<string, any>>(text: string, variables: Record<string, unknown> = {}) => query<T>(store, text, variables, { token: EDITOR_KEY });

const FACT = `fragment F on Fact { id kind summary priority sentence article { id } review { state by at note etag counts overruled correctionOf correctedTo conflicts { field value decided article { id } } } }`;

async function fact(id: string) {
  const data = await query(store, `query ($id: ID!) { reviewFact(id: $id) { ...F } } ${FACT}`, { id });
  return data.reviewFact;
}

async function decide(action: 'confirm' | 'reject', id: string, note?: string) {
  const { review } = await fact(id);
  const data = await editor(`mutation ($id: ID!, $etag: String!, $note: String) { ${action}(id: $id, etag: $etag, note: $note) { ...F } } ${FACT}`, { id, etag: review.etag, note });
  return data[action];
}

async function correct(id: string, input: Record<string, unknown>) {
  const { review } = await fact(id);
  const data = await editor(`mutation ($id: ID!, $etag: String!, $input: CorrectionInput!) { correct(id: $id, etag: $etag, input: $input) { ...F } } ${FACT}`, { id, etag: review.etag, input });
  return data.correct;
}

/** Everything the event counts in, in one request. */
async function counted() {
  return query(
    store,
    `{
      events(filter: { placeId: "place:iraq" }) { totalCount totals { events fatalities injured byGroup { label killed } } nodes { id } }
      all: events { totalCount }
      timeline(filter: { placeId: "place:iraq" }) { events fatalities }
      byPerpetrator: eventStats(groupBy: PERPETRATOR) { key events fatalities }
      isis: node(id: "org:isis") { ... on Actor { events { id } } }
      around: neighbourhood(id: "force:peshmerga", hops: 1, limit: 500) { nodes { id } edges { id } }
      paths: shortestPaths(from: "org:isis", to: "force:peshmerga", maxHops: 2) { nodes { id } }
      statements(filter: { aboutId: "${EVENT}" }) { totalCount }
    }`,
  );
}

beforeEach(async () => {
  store = await resetGraph();
  await ingest();
});
afterAll(closeGraph);

describe('every extracted fact has a confidence and a review state', () => {
  it('starts unreviewed, with the extractor confidence, an etag, and its sentence and article', async () => {
    const data = await query(
      store,
      `{ node(id: "${EVENT}") { ... on Event {
          review { state by etag confidence counts }
          claims { id killed review { state confidence etag } }
          relationships(types: [PERPETRATED]) { id review { state confidence } }
        } } }`,
    );
    const event = data.node;
    expect(event.review).toMatchObject({ state: 'UNREVIEWED', by: null, counts: true });
    expect(event.review.confidence).toBeGreaterThan(0);
    expect(event.review.etag).toMatch(/^[\w-]{22}$/);
    expect(event.claims.map((c: any) => c.id)).toEqual(expect.arrayContaining([PESHMERGA_CLAIM, CIVILIAN_CLAIM]));
    expect(event.claims.every((c: any) => c.review.state === 'UNREVIEWED' && c.review.confidence > 0)).toBe(true);
    expect(event.relationships).toEqual([expect.objectContaining({ id: PERPETRATED, review: expect.objectContaining({ state: 'UNREVIEWED' }) })]);
    const claim = await fact(PESHMERGA_CLAIM);
    expect(claim).toMatchObject({ kind: 'CASUALTY_CLAIM', article: { id: ARTICLE } });
    expect(claim.sentence).toMatch(/Peshmerga/);
  });

  it('queues the least certain and most consequential first, each with what depends on it', async () => {
    const data = await query(store, `{ reviewQueue(first: 100) { totalCount nodes { id kind priority dependants { id kind } } } }`);
    const queue = data.reviewQueue;
    expect(queue.totalCount).toBe(queue.nodes.length);
    const ids = queue.nodes.map((f: any) => f.id);
    expect(ids).toEqual(expect.arrayContaining([EVENT, PESHMERGA_CLAIM, PERPETRATED]));
    const priorities = queue.nodes.map((f: any) => f.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    // A casualty figure of this deadly event comes before any statement about it.
    const firstStatement = queue.nodes.findIndex((f: any) => f.kind === 'STATEMENT');
    expect(ids.indexOf(PESHMERGA_CLAIM)).toBeLessThan(firstStatement);
    const event = queue.nodes.find((f: any) => f.id === EVENT);
    expect(event.dependants.map((d: any) => d.id)).toEqual(expect.arrayContaining([PESHMERGA_CLAIM, PERPETRATED]));
    expect(event.dependants.some((d: any) => d.kind === 'STATEMENT')).toBe(true);
    const claim = queue.nodes.find((f: any) => f.id === PESHMERGA_CLAIM);
    expect(claim.dependants).toEqual([{ id: EVENT, kind: 'EVENT' }]);
    // Paging and filters.
    const page = await query(store, `{ reviewQueue(first: 2, filter: { eventId: "${EVENT}", kinds: [CASUALTY_CLAIM] }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`);
    expect(page.reviewQueue.totalCount).toBe(2);
    expect(page.reviewQueue.pageInfo.hasNextPage).toBe(false);
  });
});

describe('state changes', () => {
  it('confirm: the fact says who and when, and leaves the queue', async () => {
    const confirmed = await decide('confirm', EVENT, 'checked against the KRG statement');
    expect(confirmed.review).toMatchObject({ state: 'CONFIRMED', by: 'key:1', note: 'checked against the KRG statement', counts: true });
    expect(Date.parse(confirmed.review.at)).toBeGreaterThan(Date.now() - 60_000);
    const queue = await query(store, `{ reviewQueue(first: 100) { nodes { id } } }`);
    expect(queue.reviewQueue.nodes.map((f: any) => f.id)).not.toContain(EVENT);
  });

  it('correct an event: new values count, the extractor values are kept as overruled', async () => {
    const read = await query(store, `{ node(id: "${EVENT}") { ... on Event { place { id } } } }`);
    expect(read.node.place.id).toBe('place:makhmour-district');
    const corrected = await correct(EVENT, { subEventType: 'ATTACK', date: '2021-12-02', placeId: 'place:qaraj' });
    expect(corrected.review.state).toBe('CORRECTED');
    expect(corrected.review.overruled).toMatchObject({ subEventType: 'ARMED_CLASH', date: '2021-12-03', place: 'place:makhmour-district' });
    const data = await query(store, `{ node(id: "${EVENT}") { ... on Event { subEventType eventType date place { id } relationships(types: [OCCURRED_IN], includeRejected: true) { id review { state correctedTo correctionOf counts } } } } }`);
    expect(data.node).toMatchObject({ subEventType: 'ATTACK', eventType: 'VIOLENCE_AGAINST_CIVILIANS', date: '2021-12-02', place: { id: 'place:qaraj' } });
    const [live, replaced] = data.node.relationships;
    expect(live).toMatchObject({ id: OCCURRED_IN('place:qaraj'), review: { state: 'CORRECTED', counts: true, correctionOf: OCCURRED_IN('place:makhmour-district') } });
    expect(replaced).toMatchObject({ id: OCCURRED_IN('place:makhmour-district'), review: { state: 'CORRECTED', counts: false, correctedTo: live.id } });
    const places = await query(store, `{ qaraj: events(filter: { placeId: "place:qaraj" }) { nodes { id } } gwer: events(filter: { placeId: "place:gwer" }) { nodes { id } } }`);
    expect(places).toEqual({ qaraj: { nodes: [{ id: EVENT }] }, gwer: { nodes: [] } });
  });

  it('correct a claim: totals follow the corrected figure', async () => {
    const corrected = await correct(PESHMERGA_CLAIM, { killed: 9 });
    expect(corrected.review).toMatchObject({ state: 'CORRECTED', overruled: { killed: 10 } });
    const data = await counted();
    expect(data.events.totals.fatalities).toBe(12);
  });

  it('correct a relationship: it is replaced by one to the right end, the old one kept as corrected', async () => {
    const corrected = await correct(PERPETRATED, { from: 'org:kataib-hezbollah' });
    expect(corrected.id).toBe(`org:kataib-hezbollah|PERPETRATED|${EVENT}`);
    expect(corrected.review).toMatchObject({ state: 'CORRECTED', correctionOf: PERPETRATED, overruled: { from: 'org:isis' } });
    expect(corrected.sentence).toBeTruthy();
    const old = await query(store, `{ fact(id: "${PERPETRATED}") { id review { state counts correctedTo } } }`);
    expect(old.fact.review).toEqual({ state: 'CORRECTED', counts: false, correctedTo: corrected.id });
    const data = await counted();
    expect(data.isis.events).toEqual([]);
    expect(data.byPerpetrator.map((g: any) => g.key)).toEqual(['org:kataib-hezbollah']);
  });

  it('reject a claim: it is listed, counts in no figure or total', async () => {
    const before = await counted();
    await decide('reject', PESHMERGA_CLAIM);
    const after = await counted();
    expect(after.events.totals.fatalities).toBe(before.events.totals.fatalities - 10);
    expect(after.timeline[0].fatalities).toBe(before.timeline[0].fatalities - 10);
    const data = await query(store, `{ node(id: "${EVENT}") { ... on Event { fatalities { best } claims { id review { state counts } } } } }`);
    expect(data.node.fatalities.best).toBe(3);
    expect(data.node.claims.find((c: any) => c.id === PESHMERGA_CLAIM).review).toEqual({ state: 'REJECTED', counts: false });
  });

  it('reject a relationship: ISIS no longer perpetrated it anywhere, provenance still shows it', async () => {
    const before = await counted();
    expect(before.isis.events).toEqual([{ id: EVENT }]);
    expect(before.paths.length).toBeGreaterThan(0);
    await decide('reject', PERPETRATED);
    const after = await counted();
    expect(after.isis.events).toEqual([]);
    expect(after.byPerpetrator).toEqual([]);
    expect(after.around.edges.map((e: any) => e.id)).not.toContain(PERPETRATED);
    expect(after.events.totalCount).toBe(1);
    const provenance = await query(
      store,
      `{ fact(id: "${PERPETRATED}") { id type review { state counts } sources { sentence article { id } } }
         node(id: "${EVENT}") { ... on Event { perpetrators { id } all: relationships(types: [PERPETRATED], includeRejected: true) { id } counting: relationships(types: [PERPETRATED]) { id } } } }`,
    );
    expect(provenance.fact).toMatchObject({ id: PERPETRATED, type: 'PERPETRATED', review: { state: 'REJECTED', counts: false } });
    expect(provenance.fact.sources[0].article.id).toBe(ARTICLE);
    expect(provenance.node).toEqual({ perpetrators: [], all: [{ id: PERPETRATED }], counting: [] });
    // Confirming it puts it back.
    await decide('confirm', PERPETRATED);
    expect((await counted()).isis.events).toEqual([{ id: EVENT }]);
  });

  it('reject an event: it stops counting in every list and total, and stays visible in provenance', async () => {
    const before = await counted();
    expect(before.events.totalCount).toBe(1);
    await decide('reject', EVENT, 'not an event: a report of earlier fighting');
    const after = await counted();
    expect(after.events).toMatchObject({ totalCount: 0, totals: { events: 0, fatalities: 0, injured: 0, byGroup: [] }, nodes: [] });
    expect(after.all.totalCount).toBe(before.all.totalCount - 1);
    expect(after.timeline).toEqual([]);
    expect(after.byPerpetrator).toEqual([]);
    expect(after.isis.events).toEqual([]);
    expect(after.around.nodes.map((n: any) => n.id)).not.toContain(EVENT);
    expect(after.paths.every((p: any) => !p.nodes.some((n: any) => n.id === EVENT))).toBe(true);
    expect(after.statements.totalCount).toBe(0);
    const dated = await query(store, `{ events(filter: { dates: { from: "2021-12-01", to: "2021-12-31" } }) { totalCount } near: events(filter: { near: { placeId: "place:makhmour-district", radiusKm: 50 } }) { totalCount } article: node(id: "${ARTICLE}") { ... on Article { events { id } } } }`);
    expect(dated).toEqual({ events: { totalCount: 0 }, near: { totalCount: 0 }, article: { events: [] } });
    // Provenance: the event itself, what was read, and the article that reported it.
    const provenance = await query(store, `{ node(id: "${EVENT}") { ... on Event { review { state counts note } perpetrators { id } place { id } sources { article { id } } relationships(includeRejected: true) { type review { counts } } } } }`);
    expect(provenance.node).toMatchObject({ review: { state: 'REJECTED', counts: false, note: 'not an event: a report of earlier fighting' }, perpetrators: [{ id: 'org:isis' }], sources: [{ article: { id: ARTICLE } }] });
    expect(provenance.node.relationships.length).toBeGreaterThan(3);
    expect(provenance.node.relationships.every((r: any) => r.review.counts === false)).toBe(true);
    // Confirming it restores it, with its relationships and figures.
    await decide('confirm', EVENT);
    const restored = await counted();
    expect(restored.events.totals).toEqual(before.events.totals);
    expect(restored.isis.events).toEqual([{ id: EVENT }]);
    expect(restored.statements.totalCount).toBe(before.statements.totalCount);
  });

  it('reject a statement: out of statement lists, neighbourhoods and the event it was about', async () => {
    const list = await query(store, `{ statements(first: 50, filter: { aboutId: "${EVENT}" }) { nodes { id } } }`);
    const target = list.statements.nodes[0].id as string;
    await decide('reject', target);
    const data = await query(store, `{ statements(first: 50) { nodes { id } } node(id: "${EVENT}") { ... on Event { statements { id } } } s: node(id: "${target}") { ... on Statement { speaker { id } review { state } } } }`);
    expect(data.statements.nodes.map((s: any) => s.id)).not.toContain(target);
    expect(data.node.statements.map((s: any) => s.id)).not.toContain(target);
    expect(data.s.review.state).toBe('REJECTED');
    expect(data.s.speaker.id).toBeTruthy();
  });

  it('needs an editor token; a reader or no token changes nothing', async () => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const { review } = await fact(EVENT);
    for (const token of [undefined, READER_KEY]) {
      const result = await execute(store, `mutation ($etag: String!) { reject(id: "${EVENT}", etag: $etag) { id } }`, { etag: review.etag }, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe(token ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
    expect(await snapshot(graph)).toBe(before);
  });

  it('refuses corrections of the wrong kind, unknown facts and relationship ends the type does not allow', async () => {
    const { review } = await fact(PESHMERGA_CLAIM);
    const wrong = await execute(store, `mutation ($etag: String!) { correct(id: "${PESHMERGA_CLAIM}", etag: $etag, input: { stance: CONDEMNATION }) { id } }`, { etag: review.etag }, { token: EDITOR_KEY });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('stance') });
    const unknown = await execute(store, `mutation { confirm(id: "event:nothing-here", etag: "x") { id } }`, {}, { token: EDITOR_KEY });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const rel = await fact(PERPETRATED);
    const misfit = await execute(store, `mutation ($etag: String!) { correct(id: "${PERPETRATED}", etag: $etag, input: { from: "place:iraq" }) { id } }`, { etag: rel.review.etag }, { token: EDITOR_KEY });
    expect(misfit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('CONFLICT on a stale decision', () => {
  it('refuses a decision made on a fact that an ingestion changed since it was read, and changes nothing', async () => {
    const read = await fact(EVENT);
    // A second report of the event (another article) arrives in between.
    await store.writes.importBatch(
      importBatchSchema.parse({
        articles: [{ id: 'article:2021-12-05-other-outlet', published: '2021-12-05', title: 'Second report' }],
        events: [{ id: EVENT, subEventType: 'ARMED_CLASH', date: '2021-12-03', sources: [{ article: 'article:2021-12-05-other-outlet', sentence: 'Ten Peshmerga were killed.', confidence: 0.8 }] }],
      }),
      { overwrite: false },
    );
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const stale = await execute(store, `mutation ($etag: String!) { confirm(id: "${EVENT}", etag: $etag) { id } }`, { etag: read.review.etag }, { token: EDITOR_KEY });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', id: EVENT } });
    expect(stale.errors?.[0]?.extensions?.etag).not.toBe(read.review.etag);
    expect(await snapshot(graph)).toBe(before);
    // Read again, then it goes through.
    expect((await decide('confirm', EVENT)).review.state).toBe('CONFIRMED');
  });

  it('refuses the second of two editors deciding on what they both read', async () => {
    const read = await fact(PESHMERGA_CLAIM);
    const first = await editor(`mutation ($etag: String!) { correct(id: "${PESHMERGA_CLAIM}", etag: $etag, input: { killed: 11 }) { review { state } } }`, { etag: read.review.etag });
    expect(first.correct.review.state).toBe('CORRECTED');
    const second = await execute(store, `mutation ($etag: String!) { reject(id: "${PESHMERGA_CLAIM}", etag: $etag) { id } }`, { etag: read.review.etag }, { token: EDITOR_KEY });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await fact(PESHMERGA_CLAIM)).review.state).toBe('CORRECTED');
  });
});

describe('decisions survive re-seeding, a newer extractor, a second outlet and curated imports', () => {
  /** Every kind of decision at once, then the article read again in each way. */
  async function decideEverything() {
    await correct(EVENT, { date: '2021-12-02', label: 'Curated label' });
    await correct(PESHMERGA_CLAIM, { killed: 11 });
    await decide('reject', CIVILIAN_CLAIM);
    await decide('reject', PERPETRATED);
    const statements = await query(store, `{ statements(first: 50, filter: { aboutId: "${EVENT}" }) { nodes { id } } }`);
    const [rejectedStatement, confirmedStatement] = statements.statements.nodes.map((s: any) => s.id as string);
    await decide('reject', rejectedStatement!);
    await decide('confirm', confirmedStatement!);
    return { rejectedStatement: rejectedStatement!, confirmedStatement: confirmedStatement! };
  }

  async function state(statementIds: string[]) {
    const data = await query(
      store,
      `query ($ids: [ID!]!) {
        event: node(id: "${EVENT}") { ... on Event { date label subEventType review { state } fatalities { best } perpetrators { id } claims { id killed review { state } } } }
        statements: nodes(ids: $ids) { ... on Statement { id review { state } } }
        isis: node(id: "org:isis") { ... on Actor { events { id } } }
        events(filter: { placeId: "place:iraq" }) { totals { fatalities } }
      }`,
      { ids: statementIds },
    );
    return data;
  }

  it('the same article seeded again (unchanged: skipped) and read by a newer extractor version: every decision holds', async () => {
    const decided = await decideEverything();
    const ids = [decided.rejectedStatement, decided.confirmedStatement];
    const expected = await state(ids);
    expect(expected.event).toMatchObject({ date: '2021-12-02', label: 'Curated label', perpetrators: [], fatalities: { best: 11 } });
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const again = await ingest();
    expect(again.unchanged).toBe(1);
    expect(await snapshot(graph)).toBe(before);
    const newer = await ingest(newerExtractor());
    expect(newer.written).toBe(1);
    expect(await state(ids)).toEqual(expected);
    const rejected = await query(store, `{ statements(first: 50) { nodes { id } } }`);
    expect(rejected.statements.nodes.map((s: any) => s.id)).not.toContain(decided.rejectedStatement);
    // Reading what the decisions overruled again is no news: nothing goes back to the queue.
    const conflicts = await query(store, `{ reviewQueue(filter: { conflictsOnly: true }) { totalCount } }`);
    expect(conflicts.reviewQueue.totalCount).toBe(0);
  });

  it('a rejected event stays rejected, with its relationships, when a newer extractor reads the article again', async () => {
    await decide('reject', EVENT);
    const before = await counted();
    await ingest(newerExtractor());
    const after = await counted();
    expect(after).toEqual(before);
    expect(after.events.totalCount).toBe(0);
    const data = await query(store, `{ node(id: "${EVENT}") { ... on Event { review { state conflicts { field } } relationships(includeRejected: true) { review { counts } } } } }`);
    expect(data.node.review).toEqual({ state: 'REJECTED', conflicts: [] });
    expect(data.node.relationships.every((r: any) => r.review.counts === false)).toBe(true);
  });

  it('a corrected relationship, a corrected place and a confirmed claim hold when a newer extractor reads the article again', async () => {
    const moved = await correct(PERPETRATED, { from: 'org:kataib-hezbollah' });
    await correct(EVENT, { placeId: 'place:qaraj' });
    await decide('confirm', PESHMERGA_CLAIM);
    const q = `{ node(id: "${EVENT}") { ... on Event { place { id } perpetrators { id } review { state conflicts { field } } } }
      isis: node(id: "org:isis") { ... on Actor { events { id } } }
      claim: reviewFact(id: "${PESHMERGA_CLAIM}") { review { state conflicts { field } } }
      moved: reviewFact(id: "${moved.id}") { review { state correctionOf } } }`;
    const before = await query(store, q);
    expect(before.node).toMatchObject({ place: { id: 'place:qaraj' }, perpetrators: [{ id: 'org:kataib-hezbollah' }] });
    await ingest(newerExtractor());
    expect(await query(store, q)).toEqual(before);
  });

  it('a newer extraction that disagrees keeps the decision and sends the fact back to the queue as a conflict', async () => {
    await correct(PESHMERGA_CLAIM, { killed: 11 });
    await decide('confirm', EVENT);
    await ingest(
      newerExtractor((batch) => {
        const event = batch.events![0]!;
        event.datePrecision = 'WEEK';
        for (const c of event.casualties ?? []) if (c.actor === 'force:peshmerga') c.killed = 12;
      }),
    );
    const claim = await fact(PESHMERGA_CLAIM);
    expect(claim.review.state).toBe('CORRECTED');
    expect(claim.review.conflicts).toEqual([{ field: 'killed', value: '12', decided: '11', article: { id: ARTICLE } }]);
    const event = await fact(EVENT);
    expect(event.review.conflicts).toEqual([expect.objectContaining({ field: 'datePrecision', value: 'WEEK', decided: 'DAY' })]);
    const data = await query(store, `{ node(id: "${EVENT}") { ... on Event { datePrecision claims { id killed } } } reviewQueue(filter: { conflictsOnly: true }) { nodes { id } } first: reviewQueue(first: 2) { nodes { id } } }`);
    expect(data.node.datePrecision).toBe('DAY');
    expect(data.node.claims.find((c: any) => c.id === PESHMERGA_CLAIM).killed).toBe(11);
    expect(data.reviewQueue.nodes.map((f: any) => f.id).sort()).toEqual([EVENT, PESHMERGA_CLAIM].sort());
    // Conflicts come first in the queue.
    expect(data.first.nodes.map((f: any) => f.id).sort()).toEqual([EVENT, PESHMERGA_CLAIM].sort());
    // Deciding again answers the conflict.
    expect((await decide('confirm', PESHMERGA_CLAIM)).review.conflicts).toEqual([]);
  });

  it('a second outlet reporting a rejected event or relationship: it stays rejected, and goes back to the queue', async () => {
    await decide('reject', PERPETRATED);
    await decide('reject', EVENT);
    await store.writes.importBatch(
      importBatchSchema.parse({
        articles: [{ id: 'article:2021-12-05-other-outlet', published: '2021-12-05' }],
        events: [
          {
            id: EVENT,
            subEventType: 'ARMED_CLASH',
            date: '2021-12-03',
            perpetrators: ['org:isis'],
            casualties: [{ actor: 'force:peshmerga', group: 'SECURITY_FORCES', killed: 10 }],
            sources: [{ article: 'article:2021-12-05-other-outlet', sentence: 'ISIS killed ten Peshmerga in Makhmour.', confidence: 0.9 }],
          },
        ],
      }),
      { overwrite: false, origin: 'second-outlet.md' },
    );
    const event = await fact(EVENT);
    expect(event.review.state).toBe('REJECTED');
    expect(event.review.conflicts).toEqual([{ field: 'sources', value: 'article:2021-12-05-other-outlet', decided: null, article: { id: 'article:2021-12-05-other-outlet' } }]);
    const rel = await fact(PERPETRATED);
    expect(rel.review.state).toBe('REJECTED');
    const data = await counted();
    expect(data.events.totalCount).toBe(0);
    expect(data.isis.events).toEqual([]);
    const queue = await query(store, `{ reviewQueue(filter: { conflictsOnly: true }) { nodes { id } } }`);
    expect(queue.reviewQueue.nodes.map((f: any) => f.id)).toContain(EVENT);
  });

  it('a curated import (importBatch, which replaces values) does not override a decision either', async () => {
    await correct(EVENT, { subEventType: 'ATTACK' });
    const result = await editor(`mutation ($batch: JSONObject!) { importBatch(batch: $batch) { ids } }`, {
      batch: { events: [{ id: EVENT, subEventType: 'AIR_DRONE_STRIKE', date: '2021-12-03' }] },
    });
    expect(result.importBatch.ids).toEqual([EVENT]);
    const data = await query(store, `{ node(id: "${EVENT}") { ... on Event { subEventType review { state conflicts { field value decided } } } } }`);
    expect(data.node).toEqual({ subEventType: 'ATTACK', review: { state: 'CORRECTED', conflicts: [{ field: 'subEventType', value: 'AIR_DRONE_STRIKE', decided: 'ATTACK' }] } });
  });

  it('link cannot bring back a rejected relationship: it says to confirm it', async () => {
    await decide('reject', PERPETRATED);
    const result = await execute(store, `mutation { link(input: { from: "org:isis", type: PERPETRATED, to: "${EVENT}" }) { id } }`, {}, { token: EDITOR_KEY });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await counted()).isis.events).toEqual([]);
  });
});

describe('reviewed: true', () => {
  it('lists and totals only what a curator confirmed or corrected', async () => {
    const q = `{
      reviewed: events(filter: { placeId: "place:iraq", reviewed: true }) { totalCount totals { events fatalities byGroup { label killed } } }
      unreviewed: events(filter: { placeId: "place:iraq", reviewed: false }) { totalCount }
      timeline(filter: { reviewed: true }) { events fatalities }
      statements(filter: { reviewed: true }) { totalCount }
    }`;
    expect(await query(store, q)).toEqual({ reviewed: { totalCount: 0, totals: { events: 0, fatalities: 0, byGroup: [] } }, unreviewed: { totalCount: 1 }, timeline: [], statements: { totalCount: 0 } });
    // Totals over reviewed claims are stored only once a claim is reviewed (SET_RECONCILED).
    const { graph } = await testGraph();
    const stored = async () => (await graph.read({ cypher: 'MATCH (e:Event {id: $id}) RETURN e.reviewedFatalities AS fatalities, e.reviewedGroupKeys AS keys', params: { id: EVENT } }, { tag: 'test' }))[0];
    expect(await stored()).toEqual({ fatalities: null, keys: null });
    await decide('confirm', EVENT);
    // The event is confirmed, its figures not yet: they do not count as reviewed.
    let data = await query(store, q);
    expect(data.reviewed).toEqual({ totalCount: 1, totals: { events: 1, fatalities: 0, byGroup: [] } });
    await decide('confirm', PESHMERGA_CLAIM);
    await correct(CIVILIAN_CLAIM, { killed: 4 });
    data = await query(store, q);
    expect(await stored()).toEqual({ fatalities: 14, keys: expect.arrayContaining([expect.stringContaining('CIVILIANS')]) });
    expect(data.reviewed.totals.fatalities).toBe(14);
    expect(data.reviewed.totals.byGroup).toEqual(expect.arrayContaining([{ label: 'Peshmerga', killed: 10 }, { label: 'civilians', killed: 4 }]));
    expect(data.timeline).toEqual([{ events: 1, fatalities: 14 }]);
    expect(data.unreviewed.totalCount).toBe(0);
    const statements = await query(store, `{ statements(first: 1, filter: { aboutId: "${EVENT}" }) { nodes { id } } }`);
    await decide('confirm', statements.statements.nodes[0].id);
    expect((await query(store, q)).statements.totalCount).toBe(1);
  });
});

describe('history', () => {
  it('lists the ingestion and every decision on an event, its relationships and claims, and later disagreeing ingestions', async () => {
    await correct(PESHMERGA_CLAIM, { killed: 11 });
    await decide('reject', PERPETRATED, 'the text names no perpetrator');
    await decide('confirm', EVENT);
    await ingest(newerExtractor((batch) => void (batch.events![0]!.casualties![0]!.killed = 13)));
    const data = await query(store, `{ history(id: "${EVENT}") { at action factId by origin article { id } sentence note details } }`);
    const actions = data.history.map((h: any) => `${h.action} ${h.factId}`);
    expect(actions[0]).toBe(`INGESTED ${EVENT}`);
    expect(data.history[0]).toMatchObject({ article: { id: ARTICLE } });
    expect(actions).toEqual(expect.arrayContaining([`CORRECTED ${PESHMERGA_CLAIM}`, `REJECTED ${PERPETRATED}`, `CONFIRMED ${EVENT}`, `REINGESTED ${EVENT}`]));
    const corrected = data.history.find((h: any) => h.action === 'CORRECTED');
    expect(corrected).toMatchObject({ by: 'key:1', details: { before: { killed: 10 }, after: { killed: 11 } } });
    const rejected = data.history.find((h: any) => h.action === 'REJECTED');
    expect(rejected.note).toBe('the text names no perpetrator');
    const times = data.history.map((h: any) => h.at);
    expect([...times].sort()).toEqual(times);
    const claim = await query(store, `{ history(id: "${PESHMERGA_CLAIM}") { action details } }`);
    expect(claim.history.map((h: any) => h.action)).toEqual(['INGESTED', 'CORRECTED', expect.stringMatching(/^(CONFLICT|REINGESTED)$/)]);
    const rel = await query(store, `{ history(id: "${PERPETRATED}") { action } }`);
    expect(rel.history.map((h: any) => h.action)).toEqual(['INGESTED', 'REJECTED', 'REINGESTED']);
    const missing = await execute(store, `{ history(id: "event:nothing-here") { action } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
