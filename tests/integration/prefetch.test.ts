/**
 * Read-ahead (src/graphql/prefetch.ts, docs/adr/0015): a page of events or statements reads the
 * neighbours its items' fields will ask for in the page statement itself. The answers must be the
 * ones the fields' own lookups give, whatever the shape of the document (nodes or edges,
 * fragments, inline fragments, aliases), and the request must cost fewer statements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { importBatchSchema } from '../../src/import/format.js';
import { execute } from '../helpers/apollo.js';
import { closeGraph, resetGraph } from '../helpers/graph.js';

const PLACES = ['place:makhmour-district', 'place:mosul', 'place:kirkuk'];
const ACTORS = ['org:isis', 'force:pmf', 'force:peshmerga'];
const SPEAKERS = ['gov:us', 'person:masrour-barzani'];

// Events with one, two or no perpetrators; statements each with a speaker and a source.
const BATCH = importBatchSchema.parse({
  articles: Array.from({ length: 12 }, (_, i) => ({ id: `article:pf-${i}`, published: `2023-03-${String(i + 1).padStart(2, '0')}`, title: `Report ${i}`, publisher: 'org:rudaw' })),
  events: Array.from({ length: 12 }, (_, i) => ({
    id: `event:pf-${i}`,
    subEventType: 'ARMED_CLASH',
    date: `2023-03-${String(i + 1).padStart(2, '0')}`,
    place: PLACES[i % PLACES.length],
    perpetrators: ACTORS.slice(0, i % 3),
    sources: [{ article: `article:pf-${i}`, sentence: `Clash ${i}.` }],
    // Every fourth event has no figure; the others one or two claims, one naming an actor.
    casualties:
      i % 4 === 0
        ? []
        : [
            { group: 'CIVILIANS', killed: i, source: { article: `article:pf-${i}`, sentence: `Clash ${i}.` } },
            ...(i % 2 ? [{ group: 'SECURITY_FORCES', actor: 'force:peshmerga', killed: 1, injured: i, source: { article: `article:pf-${i}`, sentence: `Clash ${i}.` } }] : []),
          ],
  })),
  statements: Array.from({ length: 6 }, (_, i) => ({
    id: `statement:pf-${i}`,
    speaker: SPEAKERS[i % SPEAKERS.length],
    stance: 'CONDEMNATION',
    about: ['event:pf-0'],
    date: `2023-03-${String(i + 2).padStart(2, '0')}`,
    sources: [{ article: `article:pf-${i}`, sentence: `Statement ${i}.` }],
  })),
});

let store: Stores;
beforeAll(async () => {
  store = await resetGraph();
  await store.writes.importBatch(BATCH, { overwrite: true });
});
afterAll(closeGraph);

/** Each event's fields as `node(id)` gives them: through the fields' own lookups. */
async function oneByOne(ids: string[], fields = 'place { id name } perpetrators { id name }') {
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    const r = await execute(store, `query ($id: ID!) { node(id: $id) { ... on Event { ${fields} } } }`, { id });
    out[id] = r.data!.node;
  }
  return out;
}

const FIGURES = 'fatalities { best low high } injured { best } casualties { label killed { best } injured { best } } claims { group killed injured }';
const byId = (items: { id: string }[]) => Object.fromEntries(items.map(({ id, ...rest }) => [id, rest]));

describe('read-ahead of list items', () => {
  const FILTER = '(filter: { dates: { from: "2023-03-01", to: "2023-03-31" } }, first: 20)';

  it('answers an event page with its places and perpetrators in one statement, as the fields would', async () => {
    const r = await execute(store, `{ events${FILTER} { nodes { id place { id name } perpetrators { id name } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.events.nodes as { id: string; place: unknown; perpetrators: unknown[] }[];
    expect(nodes).toHaveLength(12);
    expect(r.queries).toBe(1);
    expect(Object.fromEntries(nodes.map(({ id, ...rest }) => [id, rest]))).toEqual(await oneByOne(nodes.map((n) => n.id)));
    expect(nodes.some((n) => n.perpetrators.length === 2) && nodes.some((n) => n.perpetrators.length === 0)).toBe(true);
  });

  it('sees the fields through edges, fragments, inline fragments and aliases', async () => {
    const documents = [
      `{ events${FILTER} { edges { node { id place { id name } } } } }`,
      `fragment P on Event { place { id name } } { events${FILTER} { nodes { id ...P } } }`,
      `fragment C on EventConnection { edges { node { id ... on Event { where: place { id name } } } } } { list: events${FILTER} { ...C } }`,
    ];
    const places: unknown[] = [];
    for (const document of documents) {
      const r = await execute(store, document);
      expect(r.errors).toBeUndefined();
      expect(r.queries).toBe(1);
      const data = (r.data!.events ?? r.data!.list) as { nodes?: unknown[]; edges?: { node: unknown }[] };
      places.push((data.nodes ?? data.edges!.map((e) => e.node)).map((n) => {
        const { id, place, where } = n as { id: string; place?: unknown; where?: unknown };
        return [id, place ?? where];
      }));
    }
    expect(places[1]).toEqual(places[0]);
    expect(places[2]).toEqual(places[0]);
  });

  it('covers the fields it knows; any other field still goes through its loader', async () => {
    const r = await execute(store, `{ events${FILTER} { nodes { id label } } }`);
    expect(r.queries).toBe(1);
    const withTargets = await execute(store, `{ events${FILTER} { nodes { id targets { id } } } }`);
    expect(withTargets.queries).toBe(1);
    // A field no read-ahead covers still goes through its loader: one more statement.
    const withSources = await execute(store, `{ events${FILTER} { nodes { id sources { sentence } } } }`);
    expect(withSources.queries).toBe(2);
  });

  it("reads each event's claims ahead for its figures, as the fields' own lookup gives them", async () => {
    const r = await execute(store, `{ events${FILTER} { nodes { id ${FIGURES} } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.events.nodes as { id: string; claims: unknown[] }[];
    expect(nodes).toHaveLength(12);
    // The page, then the actor the casualty labels name (through the node loader).
    expect(r.queries).toBe(2);
    expect(byId(nodes)).toEqual(await oneByOne(nodes.map((n) => n.id), FIGURES));
    expect(new Set(nodes.map((n) => n.claims.length))).toEqual(new Set([0, 1, 2]));
    // Only `fatalities`, through a fragment: one statement, the same figures.
    const alone = await execute(store, `fragment F on Event { deaths: fatalities { best } } { events${FILTER} { nodes { id ...F } } }`);
    expect(alone.queries).toBe(1);
    expect((alone.data!.events.nodes as { id: string; deaths: { best: number } }[]).map((n) => n.deaths.best)).toEqual(
      nodes.map((n) => (n as unknown as { fatalities: { best: number } }).fatalities.best),
    );
  });

  it("reads ahead in an actor's and a place's events list too", async () => {
    const fields = `id place { id name } ${FIGURES}`;
    const actor = await execute(store, `{ node(id: "org:isis") { ... on Actor { events(first: 20) { ${fields} } } } }`);
    expect(actor.errors).toBeUndefined();
    const events = actor.data!.node.events as { id: string }[];
    expect(events.length).toBeGreaterThan(0);
    // node(id), its events with their places and claims, the actor the casualty labels name.
    expect(actor.queries).toBe(3);
    expect(byId(events)).toEqual(await oneByOne(events.map((e) => e.id), fields.replace(/^id /, '')));
    const place = await execute(store, `{ node(id: "place:mosul") { ... on Place { events(first: 20) { ...E } } } } fragment E on Event { id where: place { id } fatalities { best } }`);
    expect(place.errors).toBeUndefined();
    expect(place.queries).toBe(2);
    const inMosul = place.data!.node.events as { id: string; where: { id: string }; fatalities: { best: number } }[];
    expect(inMosul.length).toBe(4);
    for (const e of inMosul) {
      const i = Number(e.id.split('-').pop());
      expect(e.where.id).toBe('place:mosul');
      expect(e.fatalities.best).toBe(i % 4 === 0 ? 0 : i + (i % 2));
    }
  });

  it("answers statements about an event with their speakers, sources and the sources' publishers in one statement", async () => {
    const q = `{ statements(filter: { aboutId: "event:pf-0" }, first: 20) { nodes { id speaker { id name } sources { sentence article { id title publisher { id } } } } } }`;
    const r = await execute(store, q);
    expect(r.errors).toBeUndefined();
    expect(r.queries).toBe(1);
    const nodes = r.data!.statements.nodes as { id: string; speaker: { id: string }; sources: { sentence: string; article: { id: string } }[] }[];
    expect(nodes).toHaveLength(6);
    for (const s of nodes) {
      const i = Number(s.id.split('-').pop());
      expect(s.speaker.id).toBe(SPEAKERS[i % SPEAKERS.length]);
      expect(s.sources).toEqual([{ sentence: `Statement ${i}.`, article: { id: `article:pf-${i}`, title: `Report ${i}`, publisher: { id: 'org:rudaw' } } }]);
    }
  });

  it('reads the second level through fragments and aliases', async () => {
    const nested = await execute(
      store,
      `fragment A on Article { by: publisher { id name } } { statements(filter: { aboutId: "event:pf-0" }, first: 20) { edges { node { id src: sources { article { ...A } } } } } }`,
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.queries).toBe(1);
    const names = (nested.data!.statements.edges as { node: { src: { article: { by: { id: string; name: string } } }[] } }[]).map((e) => e.node.src[0]!.article.by);
    const alone = await execute(store, `{ node(id: "org:rudaw") { ... on Organization { name } } }`);
    expect(names).toEqual(Array(6).fill({ id: 'org:rudaw', name: alone.data!.node.name }));
    // Sources without the publisher: still one statement.
    const flat = await execute(store, `{ statements(filter: { aboutId: "event:pf-0" }, first: 20) { nodes { sources { article { id } } } } }`);
    expect(flat.queries).toBe(1);
  });
});

describe('only the properties a request asks', () => {
  // Statements about event:pf-1 whose articles have every property, and whose speakers have a description and aliases.
  const FULL = importBatchSchema.parse({
    entities: [{ id: 'org:pf-ministry', kind: 'Organization', name: 'Ministry of Tests', aliases: ['MoT'], description: 'A ministry.', organizationType: 'MINISTRY' }],
    articles: [0, 1].map((i) => ({
      id: `article:pf-full-${i}`,
      published: `2023-04-0${i + 1}`,
      title: `Full report ${i}`,
      url: `https://example.org/full-${i}`,
      language: 'en',
      text: `The whole text of report ${i}.`,
      publisher: 'org:rudaw',
    })),
    statements: [0, 1].map((i) => ({
      id: `statement:pf-full-${i}`,
      speaker: i ? 'gov:us' : 'org:pf-ministry',
      stance: i ? 'CONCERN' : 'CONDEMNATION',
      about: ['event:pf-1'],
      date: `2023-04-0${i + 1}`,
      quote: `Quote ${i}.`,
      summary: `Summary ${i}.`,
      sources: [{ article: `article:pf-full-${i}`, sentence: `Said ${i}.`, confidence: 0.8 }],
    })),
  });
  beforeAll(async () => {
    await store.writes.importBatch(FULL, { overwrite: true });
  });
  const PAGE = '(filter: { aboutId: "event:pf-1" }, first: 20)';
  const SPEAKER = 'speaker { __typename id kind name aliases description ... on Organization { organizationType } ... on Government { level } }';
  const ARTICLE = 'id kind title url published language text publisher { id name }';
  const STATEMENT = `id kind stance cameoCode quote summary date ${SPEAKER} sources { sentence confidence article { ${ARTICLE} } }`;

  it('gives every field the value a whole read gives, through each shape of document', async () => {
    const whole = await Promise.all(
      ['statement:pf-full-0', 'statement:pf-full-1'].map(async (id) => (await execute(store, `{ node(id: "${id}") { ... on Statement { ${STATEMENT} } } }`)).data!.node),
    );
    expect(whole.map((s) => (s as { sources: unknown[] }).sources.length)).toEqual([1, 1]);
    const documents = [
      `{ statements${PAGE} { nodes { ${STATEMENT} } } }`,
      `fragment S on Statement { ${STATEMENT} } { statements${PAGE} { edges { node { ...S } } } }`,
      `{ statements${PAGE} { nodes { ... on Statement { id kind stance cameoCode quote summary date } ${SPEAKER} sources { sentence confidence article { ...A } } } } } fragment A on Article { ${ARTICLE} }`,
    ];
    for (const document of documents) {
      const r = await execute(store, document);
      expect(r.errors).toBeUndefined();
      expect(r.queries).toBe(1);
      const data = r.data!.statements as { nodes?: { id: string }[]; edges?: { node: { id: string } }[] };
      const nodes = (data.nodes ?? data.edges!.map((e) => e.node)).sort((a, b) => a.id.localeCompare(b.id));
      expect(nodes).toEqual(whole);
    }
  });

  it('never lets a node read for some fields stand in for the whole node', async () => {
    const article = `{ node(id: "article:pf-full-0") { ... on Article { ${ARTICLE} } } }`;
    const alone = (await execute(store, article)).data!.node as { url: string; text: string };
    expect(alone.url).toBe('https://example.org/full-0');
    expect(alone.text).toBe('The whole text of report 0.');
    // The list reads the article's id and title only; fields resolved after it (the ends of the
    // statement's relationships, through the node loader) and beside it ask for all of it.
    const r = await execute(
      store,
      `{ statements${PAGE} { nodes { id sources { article { id title } } speaker { id } relationships(types: [REPORTS, MADE]) { from { ... on Article { ${ARTICLE} } ... on Organization { name aliases description } } } } }
         a: node(id: "article:pf-full-0") { ... on Article { ${ARTICLE} } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.a).toEqual(alone);
    const ministry = (r.data!.statements.nodes as { id: string; relationships: { from: unknown }[] }[]).find((n) => n.id === 'statement:pf-full-0')!;
    expect(ministry.relationships.map((x) => x.from)).toEqual(expect.arrayContaining([alone, { name: 'Ministry of Tests', aliases: ['MoT'], description: 'A ministry.' }]));
  });

  it("gives a statement's onBehalfOf from the speaker read ahead, whatever fields that asks", async () => {
    const r = await execute(store, `{ statements${PAGE} { nodes { id speaker { name } onBehalfOf { id name } } } }`);
    expect(r.errors).toBeUndefined();
    // The page, then the governments of the speakers.
    expect(r.queries).toBe(2);
    const nodes = r.data!.statements.nodes as { id: string; onBehalfOf: unknown }[];
    for (const n of nodes) {
      const alone = await execute(store, `{ node(id: "${n.id}") { ... on Statement { onBehalfOf { id name } } } }`);
      expect(n.onBehalfOf).toEqual(alone.data!.node.onBehalfOf);
    }
    expect(nodes.map((n) => n.onBehalfOf === null).sort()).toEqual([false, true]);
  });

  it('answers one field selected twice with different fields (aliases) in full each time', async () => {
    const r = await execute(store, `{ statements${PAGE} { nodes { id a: speaker { name } b: speaker { description aliases } } } }`);
    expect(r.errors).toBeUndefined();
    const ministry = (r.data!.statements.nodes as { id: string; a: unknown; b: unknown }[]).find((n) => n.id === 'statement:pf-full-0')!;
    expect(ministry.a).toEqual({ name: 'Ministry of Tests' });
    expect(ministry.b).toEqual({ description: 'A ministry.', aliases: ['MoT'] });
  });
});
