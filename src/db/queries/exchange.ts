/**
 * Cypher for data exchange: what the dataset importer looks up before it writes (the gazetteer,
 * rows imported before, incident candidates) and the streamed reads of the exports. Pure builders;
 * the exports take the events filter of the `events` query (`eventMatch`), so an export holds
 * exactly the events that query lists.
 */
import type { CypherQuery } from '../graph.js';
import { int } from './identifiers.js';
import { eventMatch, type EventFilterInput } from './lists.js';
import { addDays } from '../../domain/dates.js';

function where(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join('\n  AND ')}` : '';
}

/** Every place, with its first parent: what the importer matches admin units and locations against. */
export function placeGazetteer(): CypherQuery {
  return {
    cypher: `MATCH (p:Place)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(parent:Place)
WITH p, min(parent.id) AS parent
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.placeType AS placeType,
  p.location.latitude AS latitude, p.location.longitude AS longitude, parent
ORDER BY p.id`,
    params: {},
  };
}

/** Every actor (organization, government, force, person), with its names. */
export function actorGazetteer(): CypherQuery {
  return {
    cypher: `MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, a.name AS name, coalesce(a.aliases, []) AS aliases
ORDER BY a.id`,
    params: {},
  };
}

/**
 * For each row's provenance article: whether it exists, the digest of the row it was written
 * from, and the events it reports; for each event id a file gives, the event it is now (after
 * merges) if it exists.
 */
export function importedRows(articleIds: string[], eventIds: string[]): CypherQuery {
  return {
    cypher: `CALL () {
  UNWIND $articleIds AS id
  MATCH (a:Article {id: id})
  OPTIONAL MATCH (a)-[:REPORTS]->(e:Event)
  WITH id, a, e ORDER BY e.id
  WITH id, a, collect(e.id) AS events
  RETURN collect({id: id, hash: a.contentHash, events: events}) AS articles
}
CALL () {
  UNWIND $eventIds AS id
  OPTIONAL MATCH (r:Redirect {id: id})
  WITH id, coalesce(r.target, id) AS resolved
  MATCH (e:Event {id: resolved})
  RETURN collect({id: id, event: e.id}) AS events
}
RETURN articles, events`,
    params: { articleIds, eventIds },
  };
}

/**
 * The importer's candidate reads name the index that finds the stored events of a date window,
 * and its cheap check (incidentOpenings) is two plain reads: the window's candidates of other
 * sources, then, only for those, their provenance and governorate, from each candidate. Written
 * as one statement with nested existence tests, the check sometimes ran for minutes on the second
 * chunk of an import into a fresh graph (300 million page hits; planned while the statistics of
 * the event indexes still showed none), also when planned afresh with `replan=force`; planned a
 * little later it took a second (bench/import.ts, 2026-11-29).
 */
const EVENT_WINDOW_INDEX = 'USING INDEX c:Event(eventType, date)';

export interface CandidateInput {
  id: string;
  date: string;
  /** The last day of the incoming event's period (src/domain/precision.ts). */
  dateEnd: string;
  place: string | null;
  /** The first place of the incoming chain that may be stored: its stored ancestry completes the chain. */
  anchor: string | null;
  /** ACLED event types the incoming event may match (its own, or any violent type for a violent one). */
  eventTypes: string[];
  /** A governorate the incoming event lies in: candidates placed in another cannot be the same incident. */
  region: string | null;
}

/**
 * Read-only twin of the writer's `findIncidentCandidates` (the same window: periods at most two
 * days apart; keep the two in step): for each incoming event, the stored events the writer's
 * incident matching would weigh, with what
 * src/domain/incident-match.ts needs, plus the datasets whose rows already report each candidate.
 * The importer lets the writer join an event only when the best candidate is no row of the same
 * dataset: two rows of one dataset are two events by that dataset's own account.
 */
export function datasetIncidentCandidates(events: CandidateInput[]): CypherQuery {
  return {
    cypher: `UNWIND $events AS ev
CALL (ev) {
  OPTIONAL MATCH path = (:Place {id: ev.anchor})-[:LOCATED_IN*0..10]->(a:Place)
  WITH a, length(path) AS hops ORDER BY hops
  RETURN [x IN collect(a) | x.id] AS anchorChain
}
OPTIONAL MATCH (own:Place {id: ev.place})
CALL (ev) {
  OPTIONAL MATCH (c:Event)
  ${EVENT_WINDOW_INDEX}
  WHERE c.date >= date(ev.date) - duration({days: 8}) AND c.date <= date(coalesce(ev.dateEnd, ev.date)) + duration({days: 2})
    AND coalesce(c.dateEnd, c.date) >= date(ev.date) - duration({days: 2}) AND c.id <> ev.id
    AND c.eventType IN ev.eventTypes
  CALL (c) {
    OPTIONAL MATCH (c)-[:OCCURRED_IN]->(cp:Place)
    OPTIONAL MATCH path = (cp)-[:LOCATED_IN*0..10]->(a:Place)
    WITH cp, a, length(path) AS hops ORDER BY hops
    RETURN cp, [x IN collect(a) | x.id] AS chain
  }
  WITH c, cp, chain WHERE c IS NOT NULL AND (ev.region IS NULL OR size(chain) <= 1 OR ev.region IN chain)
  CALL (c) { OPTIONAL MATCH (p)-[:PERPETRATED]->(c) RETURN collect(p.id) AS perpetrators }
  CALL (c) { OPTIONAL MATCH (c)-[:TARGETED]->(t) RETURN collect(t.id) AS targets }
  CALL (c) {
    OPTIONAL MATCH (a:Article)-[:REPORTS]->(c)
    WHERE a.id STARTS WITH 'article:acled-' OR a.id STARTS WITH 'article:ucdp-'
    RETURN collect(DISTINCT CASE WHEN a.id STARTS WITH 'article:acled-' THEN 'acled' ELSE 'ucdp' END) AS datasets
  }
  RETURN collect({id: c.id, subEventType: c.subEventType, date: toString(c.date), datePrecision: c.datePrecision,
    placeChain: chain, placeNames: CASE WHEN cp IS NULL THEN [] ELSE [cp.name] + coalesce(cp.aliases, []) END,
    placeType: cp.placeType, perpetrators: perpetrators, targets: targets, killed: c.fatalities, injured: c.injured,
    datasets: datasets}) AS candidates
}
RETURN ev.id AS id, anchorChain, CASE WHEN own IS NULL THEN [] ELSE [own.name] + coalesce(own.aliases, []) END AS placeNames,
  own.placeType AS placeType, candidates`,
    params: { events },
  };
}

/**
 * Which incoming events have any stored event the writer's incident matching could weigh
 * (periods at most two days apart, as `datasetIncidentCandidates`; a matching event type, not placed in another governorate) that
 * no row of `dataset` reports yet. Only those need the full candidate read: for the others the
 * importer already knows the row is an event of its own. A cheap existence check per event, in
 * two reads: this one gives the window's events not created by the dataset (by id prefix), per
 * incoming event that has any; incidentOpeningsPlaced keeps those no row of it reports, in the
 * event's governorate or in none.
 */
export function incidentOpenings(events: CandidateInput[], dataset: string): CypherQuery {
  return {
    cypher: `UNWIND $events AS ev
CALL (ev) {
  MATCH (c:Event)
  ${EVENT_WINDOW_INDEX}
  WHERE c.date >= date(ev.date) - duration({days: 8}) AND c.date <= date(coalesce(ev.dateEnd, ev.date)) + duration({days: 2})
    AND coalesce(c.dateEnd, c.date) >= date(ev.date) - duration({days: 2}) AND c.id <> ev.id
    AND c.eventType IN ev.eventTypes
    AND NOT c.id STARTS WITH $eventPrefix
  RETURN collect(c.id) AS candidates
}
WITH ev, candidates WHERE size(candidates) > 0
RETURN ev.id AS id, ev.region AS region, candidates`,
    // The events a dataset's rows created carry its prefix: most candidates of a bulk import, told apart without a read.
    params: { events, eventPrefix: `event:${dataset}-` },
  };
}

/**
 * The stored events of a date range that no row of the dataset created (their id lacks the
 * dataset's prefix), for the cheap check: read by two range seeks on the event id index (the ids
 * below the prefix, and those above every id that starts with it), so the cost follows the
 * number of other sources' events, not the rows of the dataset already imported. At most `limit`
 * rows: beyond it the importer checks each row's window in the graph (incidentOpenings) instead.
 */
export function otherSourcesEvents(from: string, to: string, dataset: string, limit: number): CypherQuery {
  const prefix = `event:${dataset}-`;
  // Every id that starts with the prefix sorts at or after it and before this.
  const above = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return {
    cypher: `CALL () {
  MATCH (c:Event) USING INDEX c:Event(id) WHERE c.id < $prefix RETURN c
  UNION ALL
  MATCH (c:Event) USING INDEX c:Event(id) WHERE c.id >= $above RETURN c
}
WITH c WHERE c.date >= date($from) AND c.date <= date($to)
RETURN c.id AS id, c.eventType AS eventType, toString(c.date) AS date, toString(coalesce(c.dateEnd, c.date)) AS dateEnd
LIMIT $limit`,
    params: { prefix, above, from, to, limit: int(limit) },
  };
}

/**
 * Whether a stored event (date, last day of its period) lies in an incoming event's window, as
 * the writer's `findIncidentCandidates` and `incidentOpenings` test it in Cypher (periods at most
 * two days apart; keep them in step): its date from 8 days before the incoming date to 2 days
 * after the incoming period's end, and its own period ending at most 2 days before the incoming date.
 */
export function inIncidentWindow(c: { date: string; dateEnd: string }, ev: { date: string; dateEnd: string }): boolean {
  return c.date >= addDays(ev.date, -8) && c.date <= addDays(ev.dateEnd || ev.date, 2) && c.dateEnd >= addDays(ev.date, -2);
}

/**
 * The second half of the cheap check: of the candidates the window gave (incidentOpenings), the
 * incoming events with one that no row of the dataset reports and that lies in the event's
 * governorate, or in none. Starts from each candidate, found by its id.
 */
export function incidentOpeningsPlaced(pairs: { id: string; region: string | null; candidate: string }[], dataset: string): CypherQuery {
  return {
    cypher: `UNWIND $pairs AS pair
MATCH (c:Event {id: pair.candidate})
WHERE NOT EXISTS { MATCH (a:Article)-[:REPORTS]->(c) WHERE a.id STARTS WITH $prefix }
WITH pair, CASE WHEN pair.region IS NULL THEN [] ELSE [(c)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..10]->(g:Place) WHERE g.placeType = 'GOVERNORATE' | g.id] END AS regions
WHERE size(regions) = 0 OR pair.region IN regions
RETURN DISTINCT pair.id AS id`,
    params: { pairs, prefix: `article:${dataset}-` },
  };
}

/**
 * The filtered events, distinct, in the order an export writes them (oldest first, then by id).
 * Every event has a date (the writer sets it; the schema's Event.date is non-null). Said for the
 * events of a label scan, it lets Neo4j read them in the order of the date index and sort only
 * the events of each day by id, instead of sorting all of them before the first row (0.6-1 s
 * for 200,000; docs/benchmarks.md, "Exports of 200,000 events").
 */
function filteredEvents(filter: EventFilterInput, limit: number | null): { cypher: string; params: Record<string, unknown> } {
  const f = eventMatch(filter);
  const predicates = f.match === 'MATCH (e:Event)' ? ['e.date IS NOT NULL', ...f.where] : f.where;
  return {
    cypher: `${f.match}
${where(predicates)}
WITH ${f.unique ? '' : 'DISTINCT '}e
ORDER BY e.date ASC, e.id ASC${limit !== null ? '\nLIMIT $limit' : ''}`,
    params: { ...f.params, ...(limit !== null ? { limit: int(limit) } : {}) },
  };
}

/**
 * One row per event for the CSV and GeoJSON exports: the event, the id of its place, the ids of
 * its perpetrators and targets (looked up in `exportPlaces` / `exportActors`, read once per export:
 * many events share a place, and walking each event's place hierarchy in Cypher cost more than the
 * rest of the row), and the articles that report it (with the dataset row a provenance article of
 * ACLED or UCDP keeps as its text).
 *
 * The place, actors and articles come from one walk over the event's relationships, not one
 * pattern per kind: an event has too few relationships for Neo4j to group them by type, so each
 * typed pattern read all of them again (4 x 1.2 million relationship reads for 200,000 events,
 * about 3 s of Neo4j's 8-9 s; docs/benchmarks.md, "Exports of 200,000 events"). Each related
 * node comes as the first letter of the relationship type and its id ('O' OCCURRED_IN, 'P'
 * PERPETRATED, 'T' TARGETED), or, for a reporting article, as a list; ExchangeStore sorts them out.
 */
export function exportEvents(filter: EventFilterInput, limit: number | null = null): CypherQuery {
  const events = filteredEvents(filter, limit);
  // One list per event, in EXPORT_EVENT_FIELDS order: a map would have its keys sent and decoded
  // again for each of 200,000 rows, the largest part of the driver's work.
  return {
    cypher: `${events.cypher}
RETURN [e.id, e.label, e.description, e.eventType, e.subEventType, toString(e.date), toString(e.dateEnd),
  e.datePrecision, e.geoPrecision, e.civilianTargeting, e.fatalities, e.fatalitiesLow, e.fatalitiesHigh, e.injured,
  e.groupNames, e.groupKilled, e.groupInjured, e.location.latitude, e.location.longitude,
  [(e)-[r:OCCURRED_IN|PERPETRATED|TARGETED|REPORTS]-(x)
    WHERE CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r) = e AND x:Place WHEN 'TARGETED' THEN startNode(r) = e
      WHEN 'PERPETRATED' THEN endNode(r) = e ELSE endNode(r) = e AND x:Article END
    | CASE type(r) WHEN 'REPORTS' THEN [x.id, x.url, toString(x.published), head([(pub)-[:PUBLISHED]->(x) | pub.name]),
        CASE WHEN x.id STARTS WITH 'article:acled-' OR x.id STARTS WITH 'article:ucdp-' THEN x.text END]
      ELSE left(type(r), 1) + x.id END]] AS row`,
    params: events.params,
  };
}

/** The positions of `exportEvents`' row list. */
export const EXPORT_EVENT_FIELDS = [
  'id',
  'label',
  'description',
  'eventType',
  'subEventType',
  'date',
  'dateEnd',
  'datePrecision',
  'geoPrecision',
  'civilianTargeting',
  'fatalities',
  'fatalitiesLow',
  'fatalitiesHigh',
  'injured',
  'groupNames',
  'groupKilled',
  'groupInjured',
  'latitude',
  'longitude',
  'related',
] as const;

/** Every place with its name, type and first parent: the hierarchy an export names admin1..admin3 from. */
export function exportPlaces(): CypherQuery {
  return {
    cypher: `MATCH (p:Place)
RETURN p.id AS id, p.name AS name, p.placeType AS placeType, head([(p)-[:LOCATED_IN]->(parent:Place) | parent.id]) AS parent`,
    params: {},
  };
}

/** Every actor with what an export writes of it. */
export function exportActors(): CypherQuery {
  return {
    cypher: `MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.forceType AS forceType, a.organizationType AS organizationType, a.level AS level`,
    params: {},
  };
}

/** What a GraphML node carries, for any kind. */
const GRAPH_NODE = (n: string) =>
  `${n} {.id, .kind, .name, .label, .placeType, .organizationType, .forceType, .level, .eventType, .subEventType, .datePrecision,
  .geoPrecision, .fatalities, .stance, .url, .title, date: toString(coalesce(${n}.date, ${n}.published)),
  latitude: ${n}.location.latitude, longitude: ${n}.location.longitude}`;

/**
 * The nodes of the filtered subgraph, each once: the filtered events, their places and every
 * place above them, their perpetrators and targets, and (withArticles) the articles reporting them.
 */
export function subgraphNodes(filter: EventFilterInput, withArticles: boolean, limit: number | null = null): CypherQuery {
  const events = filteredEvents(filter, limit);
  return {
    cypher: `${events.cypher}
CALL (e) {
  RETURN e AS n
  UNION
  MATCH (e)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..12]->(n:Place) RETURN n
  UNION
  MATCH (n)-[:PERPETRATED]->(e) RETURN n
  UNION
  MATCH (e)-[:TARGETED]->(n) RETURN n${withArticles ? '\n  UNION\n  MATCH (n:Article)-[:REPORTS]->(e) RETURN n' : ''}
}
WITH DISTINCT n
RETURN ${GRAPH_NODE('n')} AS node`,
    params: events.params,
  };
}

/** The relationships among those nodes: each event's own, and LOCATED_IN between the places. */
export function subgraphEdges(filter: EventFilterInput, withArticles: boolean, limit: number | null = null): CypherQuery {
  const events = filteredEvents(filter, limit);
  return {
    cypher: `${events.cypher}
CALL (e) {
  MATCH (e)-[r:OCCURRED_IN|TARGETED]->() RETURN r
  UNION
  MATCH ()-[r:PERPETRATED]->(e) RETURN r
  UNION
  MATCH (e)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..12]->(:Place)-[r:LOCATED_IN]->(:Place) RETURN r${withArticles ? '\n  UNION\n  MATCH (:Article)-[r:REPORTS]->(e) RETURN r' : ''}
}
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.key AS key, r.confidence AS confidence,
  size(coalesce(r.sources, [])) AS sources`,
    params: events.params,
  };
}
