/**
 * Cypher for the writer. Pure functions returning {cypher, params}; labels and relationship types
 * are interpolated only from the closed lists in src/domain/taxonomy.ts, values are parameters.
 */
import { ACTOR_KINDS, NODE_KINDS, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../../domain/taxonomy.js';
import type { CypherQuery } from '../graph.js';
import type { ClaimRow, NodeRow, RelationshipRow } from '../../import/plan.js';

function assertKind(kind: string): asserts kind is NodeKind {
  if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown node kind ${kind}`);
}

function assertType(type: string): asserts type is RelationshipType {
  if (!(type in RELATIONSHIP_TYPES)) throw new Error(`unknown relationship type ${type}`);
}

/** Labels a node of this kind carries besides :Node. */
export function labelsOf(kind: NodeKind): string[] {
  if (kind === 'Event' || kind === 'Statement' || kind === 'Article') return [kind];
  return (ACTOR_KINDS as readonly string[]).includes(kind) ? ['Entity', 'Actor', kind] : ['Entity', kind];
}

/** Per kind: properties and how they are stored (dates and points are converted in Cypher). */
const PROPERTIES: Record<NodeKind, Record<string, 'value' | 'date' | 'point'>> = {
  Place: { name: 'value', wikidataId: 'value', description: 'value', placeType: 'value', location: 'point' },
  Organization: { name: 'value', wikidataId: 'value', description: 'value', organizationType: 'value' },
  Government: { name: 'value', wikidataId: 'value', description: 'value', level: 'value' },
  Force: { name: 'value', wikidataId: 'value', description: 'value', forceType: 'value' },
  Person: { name: 'value', wikidataId: 'value', description: 'value' },
  Event: {
    eventType: 'value',
    subEventType: 'value',
    label: 'value',
    description: 'value',
    date: 'date',
    datePrecision: 'value',
    civilianTargeting: 'value',
  },
  Statement: { stance: 'value', quote: 'value', summary: 'value', date: 'date' },
  Article: {
    title: 'value',
    url: 'value',
    published: 'date',
    language: 'value',
    text: 'value',
    contentHash: 'value',
  },
};

export function propertyNames(kind: NodeKind): string[] {
  return Object.keys(PROPERTIES[kind]);
}

/** Splits a row's properties by how Cypher must store them. */
function nodeParams(row: NodeRow) {
  assertKind(row.kind);
  const values: Record<string, unknown> = {};
  const dates: Record<string, string> = {};
  let location: unknown = null;
  for (const [name, storage] of Object.entries(PROPERTIES[row.kind])) {
    const v = row.props[name];
    if (v === undefined || v === null) continue;
    if (storage === 'date') dates[name] = v as string;
    else if (storage === 'point') location = v;
    else values[name] = v;
  }
  const labels = labelsOf(row.kind);
  return { id: row.id, kind: row.kind, labels, entity: labels.includes('Entity'), values, dates, location, aliases: row.aliases };
}

/**
 * Upserts nodes of any kinds in one statement (one query plan, reused by every batch). With
 * overwrite, given values replace stored ones; without, they only fill properties that are still
 * empty, so an article never overrides a curator. Aliases are merged case-insensitively.
 */
export function upsertNodes(rows: NodeRow[], overwrite: boolean): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n:$(row.labels), n.kind = row.kind, n.createdAt = datetime()
WITH n, row
FOREACH (k IN keys(row.values) | SET n[k] = CASE WHEN $overwrite OR n[k] IS NULL THEN row.values[k] ELSE n[k] END)
FOREACH (k IN keys(row.dates) | SET n[k] = CASE WHEN $overwrite OR n[k] IS NULL THEN date(row.dates[k]) ELSE n[k] END)
SET n.location = CASE WHEN row.location IS NOT NULL AND ($overwrite OR n.location IS NULL) THEN point(row.location) ELSE n.location END,
    n.updatedAt = datetime()
FOREACH (_ IN CASE WHEN row.entity THEN [1] ELSE [] END |
  SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT toLower(a) IN [x IN coalesce(n.aliases, []) + [n.name] | toLower(x)]])
FOREACH (_ IN CASE WHEN row.entity THEN [1] ELSE [] END |
  SET n.searchText = toLower(reduce(s = n.name, a IN n.aliases | s + ' | ' + a)))
FOREACH (_ IN CASE WHEN row.kind = 'Article' THEN [1] ELSE [] END |
  SET n.ingestedAt = coalesce(n.ingestedAt, datetime()))`,
    params: { rows: rows.map(nodeParams), overwrite },
  };
}

/** Upserts relationships of any types in one statement; new sources are appended to the provenance lists. */
export function upsertRelationships(rows: RelationshipRow[]): CypherQuery {
  for (const r of rows) assertType(r.type);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime(), r.sources = [], r.sentences = [], r.confidences = []
SET r += row.props
WITH r, [s IN row.sources WHERE NOT s.article IN r.sources] AS fresh
SET r.sources = r.sources + [s IN fresh | s.article],
    r.sentences = r.sentences + [s IN fresh | coalesce(s.sentence, '')],
    r.confidences = r.confidences + [s IN fresh | s.confidence]
SET r.confidence = CASE WHEN size(r.confidences) = 0 THEN null
  ELSE reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) END`,
    params: { rows: rows.map((r) => ({ from: r.from, type: r.type, to: r.to, key: r.key, props: r.props, sources: r.sources })) },
  };
}

export function upsertClaims(rows: ClaimRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MERGE (c:CasualtyClaim {id: row.id})
SET c.group = row.group, c.actorId = row.actorId, c.killed = row.killed, c.injured = row.injured,
    c.abducted = row.abducted, c.arrested = row.arrested, c.articleId = row.articleId,
    c.sentence = row.sentence, c.confidence = row.confidence
MERGE (e)-[:HAS_CLAIM]->(c)`,
    params: { rows },
  };
}

/** Claims of the given events, with their article's publication date. */
export function claimsOfEvents(eventIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Event {id: id})-[:HAS_CLAIM]->(c:CasualtyClaim)
OPTIONAL MATCH (a:Article {id: c.articleId})
RETURN id AS eventId, c {.*, published: toString(a.published)} AS claim
ORDER BY c.id`,
    params: { ids: eventIds },
  };
}

export interface ReconciledRow {
  id: string;
  fatalities: number | null;
  fatalitiesLow: number | null;
  fatalitiesHigh: number | null;
  injured: number | null;
  injuredLow: number | null;
  injuredHigh: number | null;
  /** Parallel lists: the best source's figures per affected group. */
  groupKeys: string[];
  groupNames: string[];
  groupActors: string[];
  groupKilled: number[];
  groupInjured: number[];
  groupAbducted: number[];
  groupArrested: number[];
}

export function writeReconciled(rows: ReconciledRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.fatalities = coalesce(row.fatalities, 0), e.fatalitiesLow = coalesce(row.fatalitiesLow, 0),
    e.fatalitiesHigh = coalesce(row.fatalitiesHigh, 0), e.injured = coalesce(row.injured, 0),
    e.injuredLow = coalesce(row.injuredLow, 0), e.injuredHigh = coalesce(row.injuredHigh, 0),
    e.groupKeys = row.groupKeys, e.groupNames = row.groupNames, e.groupActors = row.groupActors,
    e.groupKilled = row.groupKilled, e.groupInjured = row.groupInjured,
    e.groupAbducted = row.groupAbducted, e.groupArrested = row.groupArrested`,
    params: { rows },
  };
}

/** Follows merge redirects and reports which ids exist, with their kind. */
export function resolveIds(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (r:Redirect {id: id})
WITH id, coalesce(r.target, id) AS resolved
OPTIONAL MATCH (n:Node {id: resolved})
RETURN id, resolved, n.kind AS kind`,
    params: { ids },
  };
}

export interface EventMatchInput {
  id: string;
  eventType: string;
  date: string;
  place: string | null;
  perpetrators: string[];
}

/**
 * For each incoming event, the existing event that reports the same incident, if any: same ACLED
 * event type, dates at most a day apart, the same or a nested place, and overlapping perpetrators
 * (or none known on either side). The closest place and date win.
 */
export function findMatchingEvents(events: EventMatchInput[]): CypherQuery {
  return {
    cypher: `UNWIND $events AS ev
CALL (ev) {
  MATCH (c:Event)
  WHERE c.date >= date(ev.date) - duration({days: 1}) AND c.date <= date(ev.date) + duration({days: 1})
    AND c.eventType = ev.eventType AND c.id <> ev.id
  OPTIONAL MATCH (c)-[:OCCURRED_IN]->(cp:Place)
  OPTIONAL MATCH (ep:Place {id: ev.place})
  WITH c, cp, ep
  WHERE ep IS NULL OR cp IS NULL OR cp = ep
     OR EXISTS { (cp)-[:LOCATED_IN*1..8]->(ep) } OR EXISTS { (ep)-[:LOCATED_IN*1..8]->(cp) }
  OPTIONAL MATCH (p)-[:PERPETRATED]->(c)
  WITH c, cp, ep, collect(p.id) AS perps
  WHERE size(perps) = 0 OR size(ev.perpetrators) = 0 OR any(x IN perps WHERE x IN ev.perpetrators)
  RETURN c.id AS match
  ORDER BY CASE WHEN cp = ep THEN 0 ELSE 1 END, abs(duration.inDays(c.date, date(ev.date)).days), c.id
  LIMIT 1
}
RETURN ev.id AS id, match`,
    params: { events },
  };
}

export function importRecorded(digest: string): CypherQuery {
  return { cypher: 'MATCH (i:Import {digest: $digest}) RETURN i.origin AS origin', params: { digest } };
}

export function recordImport(digest: string, origin: string): CypherQuery {
  return {
    cypher: 'MERGE (i:Import {digest: $digest}) ON CREATE SET i.origin = $origin, i.importedAt = datetime()',
    params: { digest, origin },
  };
}

/** Copies onto each event the coordinates of its place, or of the nearest enclosing place that has them. */
export function setEventLocations(eventIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
OPTIONAL MATCH path = (p)-[:LOCATED_IN*0..12]->(a:Place) WHERE a.location IS NOT NULL
WITH e, a, length(path) AS hops ORDER BY hops
WITH e, collect(a.location) AS locations
SET e.location = CASE WHEN size(locations) > 0 THEN locations[0] ELSE null END`,
    params: { ids: eventIds },
  };
}
