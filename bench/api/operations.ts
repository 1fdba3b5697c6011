/**
 * The benchmark's query mix: eight operations drawn from the design questions, each written three
 * ways, all with the same variables per request:
 *
 * - `ours`: a GraphQL document against our schema (schema/*.graphql), sent to our server;
 * - `theirs`: the closest document against the API @neo4j/graphql v7 generates from
 *   bench/api/neo4j-graphql/type-defs.ts (where it generates nothing suitable, a `@cypher` field;
 *   each operation's `theirsNote` says what was done);
 * - `raw`: the floor. The Cypher our server runs for that document, built by the same pure
 *   builders of src/db/queries, sent straight through neo4j-driver with no GraphQL, in the same
 *   waves (queries our DataLoaders batch together run together, (the server would combine two keyed
 *   reads into one statement; no wave here has two); dependent ones after).
 *
 * Variables are drawn at random from pools read out of the loaded graph (`loadPools`): places
 * with many events below them, actors with events, events with statements, names to search for,
 * points inside Iraq.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery } from '../../src/db/graph.js';
import { eventCount, eventPage, eventsByParent, statementPage, type EventFilterInput } from '../../src/db/queries/lists.js';
import { nodesByIds, searchEntities, shortestPaths, toLuceneQuery, type NeighbourSpec, type ReadAheadSpec } from '../../src/db/queries/read.js';
import { neighbourhoodStep, timeline, type StepStart } from '../../src/db/queries/explore.js';
import { keyedQuery } from '../../src/db/queries/combine.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../src/domain/taxonomy.js';
import { Rng } from './prng.js';
import { ARTICLE_NEIGHBOURS, EVENT_NEIGHBOURS, STATEMENT_NEIGHBOURS } from '../../src/graphql/prefetch.js';

/** A neighbour list read ahead with nothing below it. */
const ahead = (spec: NeighbourSpec): ReadAheadSpec => ({ spec, then: [] });
/** The properties the resolvers read of a neighbour selected as `{ id name }` (src/graphql/prefetch.ts propertiesFor). */
const NAME = ['name'];

export type Vars = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Variable pools

export interface Pools {
  /** Governorates, districts and subdistricts with at least `minEvents` events in their subtree. */
  places: { id: string; type: string; events: number }[];
  /** Actors with events (as perpetrator or target), most events first. */
  actors: { id: string; kind: string; perpetrated: number; targeted: number }[];
  eventsWithStatements: string[];
  /** Names and aliases of entities, to make search terms from. */
  names: string[];
  /** Districts and subdistricts (neighbourhood start points besides actors). */
  areas: string[];
  /** Coordinates of towns and villages. */
  points: { latitude: number; longitude: number }[];
}

/** Reads the variable pools out of the loaded graph (a few seconds at scale 1). */
export async function loadPools(driver: Driver, totalEvents: number): Promise<Pools> {
  const run = async (cypher: string, params: Record<string, unknown> = {}) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => tx.run(cypher, params), { timeout: 600_000 })).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const minEvents = Math.max(20, Math.round(totalEvents / 1000));
  const places = (
    await run(
      `MATCH (p:Place) WHERE p.placeType IN ['GOVERNORATE', 'DISTRICT', 'SUBDISTRICT']
       CALL (p) { MATCH (pl:Place)-[:LOCATED_IN*0..12]->(p) MATCH (e:Event)-[:OCCURRED_IN]->(pl) RETURN count(e) AS n }
       WITH p, n WHERE n >= $min RETURN p.id AS id, p.placeType AS type, n ORDER BY n DESC, id`,
      { min: neo4j.int(minEvents) },
    )
  ).map((r) => ({ id: r.id as string, type: r.type as string, events: Number(r.n) }));
  const actors = (
    await run(
      `MATCH (a:Actor)
       WITH a, COUNT { (a)-[:PERPETRATED]->(:Event) } AS p, COUNT { (:Event)-[:TARGETED]->(a) } AS t
       WHERE p + t > 0 RETURN a.id AS id, a.kind AS kind, p, t ORDER BY p + t DESC, id`,
    )
  ).map((r) => ({ id: r.id as string, kind: r.kind as string, perpetrated: Number(r.p), targeted: Number(r.t) }));
  const eventsWithStatements = (await run('MATCH (e:Event) WHERE EXISTS { (:Statement)-[:ABOUT]->(e) } RETURN e.id AS id ORDER BY id LIMIT 50000')).map((r) => r.id as string);
  const names = (await run('MATCH (n:Entity) RETURN n.name AS name, coalesce(n.aliases, []) AS aliases ORDER BY n.id')).flatMap((r) => [r.name as string, ...(r.aliases as string[])]);
  const areas = (await run(`MATCH (p:Place) WHERE p.placeType IN ['DISTRICT', 'SUBDISTRICT'] RETURN p.id AS id ORDER BY id`)).map((r) => r.id as string);
  const points = (
    await run(`MATCH (p:Place) WHERE p.placeType IN ['TOWN', 'VILLAGE', 'CITY'] AND p.location IS NOT NULL RETURN p.location AS l ORDER BY p.id LIMIT 50000`)
  ).map((r) => {
    const l = r.l as { x: number; y: number };
    return { latitude: l.y, longitude: l.x };
  });
  return { places, actors, eventsWithStatements, names, areas, points };
}

const FIRST_DAY = Date.UTC(2014, 0, 1);
const LAST_DAY = Date.UTC(2023, 11, 31);
const DAY = 86_400_000;
const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);

/** 70% of picks uniform over actors with events, 30% among the 20 busiest (hubs such as ISIS). */
function pickActor(pools: Pools, rng: Rng, perpetratorsOnly = false) {
  const list = perpetratorsOnly ? pools.actors.filter((a) => a.perpetrated > 0) : pools.actors;
  return rng.chance(0.3) ? rng.pick(list.slice(0, 20)) : rng.pick(list);
}

/** A search term as a user types it: a word or two of a name, a prefix, or a word with a typo. */
function searchTerm(pools: Pools, rng: Rng): string {
  const words = rng.pick(pools.names).split(/[\s-]+/).filter((w) => w.length >= 3 && !/^al$/i.test(w));
  if (!words.length) return 'daesh';
  const word = rng.pick(words).toLowerCase().replace(/['’]/g, '');
  const r = rng.next();
  if (r < 0.4) return word;
  if (r < 0.65) return word.slice(0, Math.max(3, Math.min(word.length, rng.int(3, 6))));
  if (r < 0.85 && word.length >= 5) {
    const i = rng.int(1, word.length - 2);
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  return words.slice(0, 2).join(' ').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// The raw floor: our builders' Cypher through neo4j-driver

/** Runs one builder query as an auto-commit read, as src/db/graph.ts does (minus mapping and retries). */
export class RawDb {
  constructor(private readonly driver: Driver) {}

  async read(query: CypherQuery): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query.cypher, query.params, { timeout: 15_000 });
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  /**
   * Reads issued together. None of the operations' waves has two keyed reads, which the server
   * would combine into one statement (src/db/queries/combine.ts).
   */
  async wave<T extends CypherQuery[]>(queries: [...T]): Promise<{ [K in keyof T]: Record<string, unknown>[] }> {
    return (await Promise.all(queries.map((q) => this.read(q)))) as { [K in keyof T]: Record<string, unknown>[] };
  }
}

/** Paths and neighbourhoods leave out provenance links, as the resolvers do. */
const DOMAIN_TYPES = RELATIONSHIP_TYPE_NAMES.filter((t) => !['MENTIONS', 'REPORTS', 'PUBLISHED'].includes(t)) as RelationshipType[];

/** The domain types the benchmark's database has relationships of, once the raw neighbourhood has asked (as our server caches them). */
let rawTypes: RelationshipType[] | undefined;

// ---------------------------------------------------------------------------------------------
// The operations

export interface Operation {
  key: string;
  name: string;
  /** The design question it comes from. */
  question: string;
  ours: string;
  theirs: (v: Vars) => string;
  /** How the @neo4j/graphql version differs, if it does. */
  theirsNote: string;
  /** Variables for each server (ours takes `v` itself unless given). */
  oursVariables?: (v: Vars) => Vars;
  theirsVariables?: (v: Vars) => Vars;
  raw: (db: RawDb, v: Vars) => Promise<number>;
  pick: (pools: Pools, rng: Rng) => Vars;
}

const placeSubtree = (depth: number): string => {
  // { id: { eq: $placeId } } OR up to `depth` LOCATED_IN hops below it.
  const alternatives: string[] = [];
  for (let d = 0; d <= depth; d++) {
    let filter = '{ id: { eq: $placeId } }';
    for (let i = 0; i < d; i++) filter = `{ locatedIn: { some: ${filter} } }`;
    alternatives.push(filter);
  }
  return `{ occurredIn: { some: { OR: [${alternatives.join(', ')}] } } }`;
};

const ACTOR_FRAGMENTS = '... on Organization { organizationType } ... on Force { forceType } ... on Government { level }';

/** e: the explorer's neighbourhood (i asks the library for the same answer). */
const NEIGHBOURHOOD: Operation = {
  key: 'e',
  name: 'neighbourhood',
  question: 'Q10: the neighbourhood of a node, 2 hops, at most 200 nodes (what the explorer draws)',
  ours: `query Neighbourhood($id: ID!) {
neighbourhood(id: $id, hops: 2, limit: 200) {
  truncated
  nodes { id kind label depth }
  edges { id type source target }
}
}`,
  theirs: (v) =>
    v.kind === 'Place'
      ? `query Neighbourhood($id: ID!) {
places(where: { id: { eq: $id } }) {
  id name
  locatedIn { id name locatedIn { id name } governedBy { id name } }
  governedBy { id name }
  contains(limit: 40) { id name contains(limit: 3) { id name } }
  events(limit: 60) { id label perpetrators(limit: 2) { id name } targets(limit: 1) { id name } }
  targetedBy(limit: 10) { id label }
}
}`
      : `query Neighbourhood($id: ID!) {
actors(where: { id: { eq: $id } }) {
  id name
  perpetrated(limit: 40) { id label occurredIn { id name } targets(limit: 2) { id name } }
  targetedBy(limit: 20) { id label occurredIn { id name } perpetrators(limit: 2) { id name } }
  made(limit: 20) { id stance toward(limit: 2) { id name } }
  ... on Organization { partOf { id name } components(limit: 20) { id name } basedIn { id name } officeHolders(limit: 10) { id name } supports { id name } opposes { id name } cooperatesWith { id name } }
  ... on Force { under { id name } partOf { id name } components(limit: 20) { id name } basedIn { id name } officeHolders(limit: 10) { id name } supports { id name } opposes { id name } }
  ... on Government { governs { id name } seatedIn { id name } partOf { id name } forces(limit: 20) { id name } organizations(limit: 20) { id name } officeHolders(limit: 10) { id name } }
  ... on Person { holdsOffice { id name } memberOf { id name } supports { id name } opposes { id name } }
}
}`,
  theirsNote:
    'No neighbourhood query is generated: the closest is a nested 2-level selection of every domain relationship of the start node, with per-field limits adding up to about 200 nodes (one document for places, one for actors).',
  raw: async (db, v) => {
    const id = v.id as string;
    const limit = 200;
    // As ExploreStore.neighbourhood reads for this request (summaries of nodes and links): a
    // statement a hop, over the types present (known after the first request), the links read
    // with the hop the drawing ends with.
    const spec = { types: rawTypes ?? DOMAIN_TYPES, kinds: null, from: null, to: null };
    const seen: string[] = [];
    let frontier: string[] = [];
    let rows = 0;
    for (let depth = 1; depth <= 2; depth++) {
      const start: StepStart = depth === 1 ? { root: id } : { frontier, seen };
      const room = Math.max(limit - Math.max(seen.length, 1), 0);
      const [row] = await db.read(neighbourhoodStep(start, spec, room, depth === 2, limit * 4, { nodes: 'summary', links: 'summary' }));
      if (!row) return 0;
      if (depth === 1) {
        rawTypes ??= DOMAIN_TYPES.filter((t) => (row.present as string[]).includes(t));
        seen.push(row.rootEid as string);
      }
      frontier = (row.level as { eid: string }[]).map((n) => n.eid);
      seen.push(...frontier);
      rows += frontier.length;
      if (row.ended === true) return rows + (row.rels as unknown[]).length;
    }
    return rows;
  },
  pick: (pools, rng) => (rng.chance(0.5) ? { id: rng.pick(pools.areas), kind: 'Place' } : { ...(({ id, kind }) => ({ id, kind }))(pickActor(pools, rng)) }),
  oursVariables: (v) => ({ id: v.id }),
  theirsVariables: (v) => ({ id: v.id }),
};

export const OPERATIONS: Operation[] = [
  {
    key: 'a',
    name: 'events-in-place',
    question: 'Q1: events in a place (its whole subtree) between two dates, with perpetrators and casualties; first 20, newest first, with totalCount',
    ours: `query EventsInPlace($placeId: ID!, $from: Date!, $to: Date!) {
  events(filter: { placeId: $placeId, dates: { from: $from, to: $to } }, sort: DATE_DESC, first: 20) {
    totalCount
    nodes {
      id label date eventType subEventType
      place { id name }
      perpetrators { id name }
      fatalities { best low high }
      casualties { label killed { best low high } injured { best } }
    }
  }
}`,
    theirs: () => `query EventsInPlace($placeId: ID!, $from: Date!, $to: Date!) {
  eventsConnection(
    where: { AND: [{ date: { gte: $from, lte: $to } }, ${placeSubtree(3)}] }
    sort: [{ date: DESC }, { id: ASC }]
    first: 20
  ) {
    totalCount
    edges {
      node {
        id label date eventType subEventType
        occurredIn { id name }
        perpetrators { id name }
        fatalities fatalitiesLow fatalitiesHigh injured
        claims { group actorId killed injured }
      }
    }
  }
}`,
    theirsNote:
      'Generated API. The subtree filter is spelled out as nested `occurredIn.some.OR[locatedIn.some ...]` filters, 0 to 3 LOCATED_IN hops (the deepest subtree among the sampled places); casualties come as the stored reconciled figures plus the raw claims.',
    raw: async (db, v) => {
      const filter: EventFilterInput = { placeId: v.placeId as string, from: v.from as string, to: v.to as string };
      // The resolver reads the page with each event's place, perpetrators and claims (read-ahead);
      // totalCount and the actors the claims name then load together.
      // Of the places and perpetrators, only their names (what the selection asks).
      const readAhead = { neighbours: [ahead(EVENT_NEIGHBOURS.place(false, NAME)), ahead(EVENT_NEIGHBOURS.perpetrators(false, NAME))], claims: true };
      const page = (await db.read(eventPage(filter, 'DATE_DESC', 0, 20, readAhead))).slice(0, 20);
      // Actors of the claims, whole (the perpetrators read ahead are partial: the node loader reads them again).
      const actorIds = [...new Set(page.flatMap((r) => (r.claims as { actorId?: string | null }[]).map((c) => c.actorId).filter((x): x is string => !!x)))];
      const [count, actors] = await db.wave([eventCount(filter), ...(actorIds.length ? [nodesByIds(actorIds)] : [])]);
      return page.length + count!.length + (actors?.length ?? 0);
    },
    pick: (pools, rng) => {
      const place = rng.pick(pools.places);
      const days = rng.int(30, 365);
      const start = FIRST_DAY + rng.int(0, Math.floor((LAST_DAY - FIRST_DAY) / DAY) - days) * DAY;
      return { placeId: place.id, from: fmt(start), to: fmt(start + days * DAY) };
    },
  },
  {
    key: 'b',
    name: 'actor-profile',
    question: 'An actor profile with its last 20 events (as perpetrator or target)',
    ours: `query ActorProfile($id: ID!) {
  node(id: $id) {
    id
    ... on Actor {
      name aliases description
      events(first: 20) { id label date subEventType place { id name } fatalities { best } }
    }
    ${ACTOR_FRAGMENTS}
  }
}`,
    theirs: () => `query ActorProfile($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name aliases description
    ${ACTOR_FRAGMENTS}
    perpetrated(sort: [{ date: DESC }, { id: ASC }], limit: 20) { id label date subEventType occurredIn { id name } fatalities }
    targetedBy(sort: [{ date: DESC }, { id: ASC }], limit: 20) { id label date subEventType occurredIn { id name } fatalities }
  }
}`,
    theirsNote:
      'Generated API through the Actor interface. It cannot merge two relationship lists into one sorted page, so it asks for the last 20 perpetrated and the last 20 targeted events (the client merges them).',
    raw: async (db, v) => {
      const id = v.id as string;
      // node(id) resolves first; its events field then runs one batched query that reads each
      // event's place and claims ahead.
      const node = await db.read(nodesByIds([id]));
      const events = await db.read(keyedQuery(eventsByParent([id], { kind: 'actor', role: 'ANY' }, {}, 20, { neighbours: [ahead(EVENT_NEIGHBOURS.place(false, NAME))], claims: true })));
      return node.length + events.length;
    },
    pick: (pools, rng) => ({ id: pickActor(pools, rng).id }),
  },
  {
    key: 'c',
    name: 'event-statements',
    question: 'Q3: statements about an event, with their speakers and sources (article, sentence, publisher)',
    ours: `query Reactions($eventId: ID!) {
  statements(filter: { aboutId: $eventId }, first: 20) {
    nodes {
      id stance cameoCode quote date
      speaker { id name }
      sources { sentence confidence article { id title published publisher { name } } }
    }
  }
}`,
    theirs: () => `query Reactions($eventId: ID!) {
  events(where: { id: { eq: $eventId } }) {
    statements(sort: [{ date: DESC }, { id: ASC }], limit: 20) {
      id stance quote date
      speaker { id name }
      reportedByConnection { edges { properties { sentences confidences sources } node { id title published publisher { name } } } }
    }
  }
}`,
    theirsNote: 'Generated API, from the event (the natural entry point there); the sentence comes from the REPORTS relationship properties.',
    raw: async (db, v) => {
      // One statement: the page with each statement's speaker and sources, and each source article's
      // publisher (read-ahead two levels down), with only the properties asked, as the resolver reads it.
      const sources = { spec: STATEMENT_NEIGHBOURS.sources(false, ['published', 'title']), then: [ARTICLE_NEIGHBOURS.publisher(false, NAME)] };
      return (await db.read(statementPage({ aboutId: v.eventId as string }, 'DATE_DESC', 0, 20, [ahead(STATEMENT_NEIGHBOURS.speaker(false, NAME)), sources], ['date', 'quote', 'stance']))).length;
    },
    pick: (pools, rng) => ({ eventId: rng.pick(pools.eventsWithStatements) }),
  },
  {
    key: 'd',
    name: 'search',
    question: 'Q11: full-text search over names and aliases, 10 hits',
    ours: `query Search($text: String!) {
  search(query: $text, first: 10) { score matched entity { id name entityKind } }
}`,
    theirs: () => `query Search($phrase: String!) {
  searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id name kind aliases } } }
}`,
    theirsNote:
      '@fulltext on an `EntityNode @node(labels: ["Entity"])` type over our entity_search index; it gets the same Lucene query our server builds (prefixes and one typo), made client-side with toLuceneQuery.',
    theirsVariables: (v) => ({ phrase: toLuceneQuery(v.text as string) ?? 'x' }),
    raw: async (db, v) => {
      const lucene = toLuceneQuery(v.text as string);
      // The entities' names and aliases only (what the selection shows, and what tells the name matched).
      return lucene ? (await db.read(searchEntities(lucene, null, 10, v.text as string, ['aliases', 'name']))).length : 0;
    },
    pick: (pools, rng) => ({ text: searchTerm(pools, rng) }),
  },
  NEIGHBOURHOOD,
  {
    ...NEIGHBOURHOOD,
    key: 'i',
    name: 'neighbourhood-equal',
    theirs: () => `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id) {
    truncated
    nodes { id kind label depth }
    edges { id type source target }
  }
}`,
    theirsNote:
      "The same answer as e from the library: a `@cypher` Query field with our breadth-first neighbourhood as one statement (the same per-node caps, order and stop, then every link among the nodes drawn).",
  },
  {
    key: 'f',
    name: 'shortest-paths',
    question: 'Q5: how two actors are connected: all shortest paths (max 4 hops, 5 paths) with relationship types and directions',
    ours: `query Connection($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, maxHops: 4, limit: 5) {
    length
    steps { from { id } relationship { type } forward to { id } }
  }
}`,
    theirs: () => `query Connection($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, limit: 5) { length nodeIds steps { from type forward to } }
}`,
    theirsNote: 'No path query is generated: a `@cypher` Query field with the same allShortestPaths Cypher (domain relationship types, 4 hops) returning plain objects.',
    raw: async (db, v) => {
      // The paths bring their nodes whole; the server reads nothing more.
      return (await db.read(shortestPaths(v.from as string, v.to as string, 4, 5, DOMAIN_TYPES))).length;
    },
    pick: (pools, rng) => {
      const from = pickActor(pools, rng).id;
      let to = pickActor(pools, rng).id;
      for (let i = 0; to === from && i < 10; i++) to = pickActor(pools, rng).id;
      return { from, to };
    },
  },
  {
    key: 'g',
    name: 'timeline',
    question: 'Q9: events and fatalities per month for a perpetrator (a timeline)',
    ours: `query Timeline($id: ID!) {
  timeline(interval: MONTH, filter: { perpetratorId: $id }) { start end events fatalities injured }
}`,
    theirs: () => `query Timeline($id: ID!) {
  perpetratorTimeline(perpetratorId: $id) { start events fatalities injured }
}`,
    theirsNote:
      'Aggregations cannot group by month (it would take one aliased eventsConnection aggregate per month, 120 of them): a `@cypher` Query field with the equivalent Cypher.',
    raw: async (db, v) => (await db.read(timeline({ perpetratorId: v.id as string }, 'MONTH'))).length,
    pick: (pools, rng) => ({ id: pickActor(pools, rng, true).id }),
  },
  {
    key: 'h',
    name: 'events-near',
    question: 'Q7: events within 50 km of a point, newest first, first 20, with their place',
    ours: `query Near($latitude: Latitude!, $longitude: Longitude!) {
  events(filter: { near: { point: { latitude: $latitude, longitude: $longitude }, radiusKm: 50 } }, first: 20) {
    edges { distanceKm node { id label date place { id name } } }
  }
}`,
    theirs: () => `query Near($latitude: Float!, $longitude: Float!) {
  events(
    where: { location: { distance: { from: { latitude: $latitude, longitude: $longitude }, lte: 50000 } } }
    sort: [{ date: DESC }, { id: ASC }]
    limit: 20
  ) { id label date occurredIn { id name } }
}`,
    theirsNote: 'Generated API: the `location.distance` point filter (metres).',
    raw: async (db, v) => {
      const filter: EventFilterInput = { near: { latitude: v.latitude as number, longitude: v.longitude as number, radiusKm: 50 } };
      // One statement: the page with each event's place (read-ahead), as the resolver reads it.
      return (await db.read(eventPage(filter, 'DATE_DESC', 0, 20, { neighbours: [ahead(EVENT_NEIGHBOURS.place(false, NAME))], claims: false }))).length;
    },
    pick: (pools, rng) => rng.pick(pools.points),
  },
];

/** `count` variable sets per operation, the same for every target (seeded). */
export function variableSets(pools: Pools, seed: number, count: number): Map<string, Vars[]> {
  const out = new Map<string, Vars[]>();
  for (const op of OPERATIONS) {
    const rng = new Rng(seed + op.key.charCodeAt(0));
    out.set(op.key, Array.from({ length: count }, () => op.pick(pools, rng)));
  }
  return out;
}

/** The JSON body of one request to our server or to the @neo4j/graphql one. */
export function requestBody(op: Operation, target: 'ours' | 'theirs', v: Vars): string {
  return target === 'ours'
    ? JSON.stringify({ query: op.ours, variables: op.oursVariables ? op.oursVariables(v) : v })
    : JSON.stringify({ query: op.theirs(v), variables: op.theirsVariables ? op.theirsVariables(v) : v });
}
