/**
 * Cypher for the writer. Pure functions returning {cypher, params}; labels and relationship types
 * are interpolated only from the closed lists in src/domain/taxonomy.ts, values are parameters.
 */
import { ACTOR_KINDS, NODE_KINDS, type NodeKind, type RelationshipType } from '../../domain/taxonomy.js';
import { FOLD_VERSION, foldName } from '../../domain/fold.js';
import { derivedGeoPrecisionCypher, periodEndCypher } from '../../domain/precision.js';
import type { CypherQuery } from '../graph.js';
import { relationshipType } from './identifiers.js';
import type { ClaimRow, NodeRow, RelationshipRow } from '../../import/plan.js';

/**
 * The writer's statements are planned once per process and kept, however much the graph grows
 * (docs/adr/0013). Every one of them finds its nodes by id (unique index seeks) or from nodes it
 * has found, and the incident-candidate read is held to the date index by a hint, so statistics
 * can only leave their plans as they are; yet as a graph grows from empty (a first seeding),
 * Neo4j replanned each of them whenever its statistics moved by the threshold, at up to a second
 * of CPU per plan, and while the transaction that asked held its locks.
 */
export const PLANNED_ONCE = 'CYPHER replan=skip';
// Neo4j also keys a cached plan on the size of each list parameter, in steps of ten: a statement
// given 5, 50 and 500 rows is compiled three times (up to a second or more each for the large
// ones), replan=skip or not. The writer's per-batch statements take their row lists inside one map
// parameter, `$p`, whose type does not change with their length (docs/benchmarks.md, import).
// upsertGraph is the exception (measured 2026-12-02, docs/benchmarks.md "Seeding, 2026-12-02"):
// with one plan for every size, the plan made for the reference data, on a graph still without
// articles or events, served every article group after it, at about three times the cost per
// call; with its lists top-level it is compiled once per power of ten of a batch's size, so the
// article-sized plan is made when article groups start, on a graph that holds data.

/**
 * The label upsertGraph gives the nodes it creates, and removes before the statement ends: no
 * committed node carries it, and no transaction sees another's uncommitted nodes, so a node with
 * it was created by this very statement.
 */
const CREATED_HERE = 'CreatedHere';

function assertKind(kind: string): asserts kind is NodeKind {
  if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown node kind ${kind}`);
}

function assertType(type: string): asserts type is RelationshipType {
  relationshipType(type);
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
    geoPrecisionGiven: 'value',
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
  const entity = labels.includes('Entity');
  return {
    id: row.id,
    kind: row.kind,
    labels,
    entity,
    values,
    dates,
    location,
    aliases: row.aliases,
    // What search compares (src/domain/fold.ts), parallel to the name and the aliases.
    ...(entity ? { searchName: foldName(String(row.props.name ?? '')), searchAliases: row.aliases.map(foldName) } : {}),
  };
}

/**
 * Sets `searchText` from the folded names (src/domain/fold.ts), for the entities list's
 * `nameContains` filter (a text index serves CONTAINS).
 */
export const SEARCH_TEXT = (n: string) => `${n}.searchText = reduce(s = ${n}.searchName, a IN coalesce(${n}.searchAliases, []) | s + ' | ' + a)`;

/**
 * Upserts nodes of any kinds in one statement (one query plan, reused by every batch). With
 * overwrite, given values replace stored ones; without, they only fill properties that are still
 * empty, so an article never overrides a curator. Aliases are merged case-insensitively; their
 * folded forms (`searchAliases`, what full-text search indexes) stay parallel to them. An event's
 * `dateEnd` follows from its stored date and precision (src/domain/precision.ts). A stored place
 * whose type or coordinates change is marked `eventsStale` for `refreshPlacedEvents`.
 */
export function upsertNodes(rows: NodeRow[], overwrite: boolean): CypherQuery {
  return { cypher: nodeUpsert('rows', false), params: { rows: rows.map(nodeParams), overwrite, foldVersion: FOLD_VERSION } };
}

/** upsertNodes' statement over the list parameter `rows`; with `marked`, a node it creates gets the label CREATED_HERE. */
function nodeUpsert(rows: string, marked: boolean): string {
  return `UNWIND $${rows} AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n:$(row.labels), n.kind = row.kind, n.createdAt = datetime()${marked ? `, n:${CREATED_HERE}` : ''}
WITH n, row
FOREACH (_ IN CASE WHEN row.kind = 'Place' AND n.updatedAt IS NOT NULL AND (
    (row.values.placeType IS NOT NULL AND ($overwrite OR n.placeType IS NULL) AND coalesce(n.placeType, '') <> row.values.placeType)
    OR (row.location IS NOT NULL AND ($overwrite OR n.location IS NULL) AND coalesce(n.location <> point(row.location), true))) THEN [1] ELSE [] END |
  SET n.eventsStale = true)
FOREACH (k IN keys(row.values) | SET n[k] = CASE WHEN $overwrite OR n[k] IS NULL THEN row.values[k] ELSE n[k] END)
FOREACH (k IN keys(row.dates) | SET n[k] = CASE WHEN $overwrite OR n[k] IS NULL THEN date(row.dates[k]) ELSE n[k] END)
FOREACH (_ IN CASE WHEN row.kind = 'Event' THEN [1] ELSE [] END | SET n.dateEnd = ${periodEndCypher('n')})
SET n.location = CASE WHEN row.location IS NOT NULL AND ($overwrite OR n.location IS NULL) THEN point(row.location) ELSE n.location END,
    n.updatedAt = datetime()
FOREACH (_ IN CASE WHEN row.entity THEN [1] ELSE [] END |
  SET n.searchAliases = coalesce(n.searchAliases, []) + [i IN range(0, size(row.aliases) - 1)
        WHERE NOT toLower(row.aliases[i]) IN [x IN coalesce(n.aliases, []) + [n.name] | toLower(x)] | row.searchAliases[i]]
  SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT toLower(a) IN [x IN coalesce(n.aliases, []) + [n.name] | toLower(x)]]
  SET n.searchName = CASE WHEN n.name = row.values.name THEN row.searchName ELSE n.searchName END, n.searchFoldVersion = $foldVersion
  SET ${SEARCH_TEXT('n')})
FOREACH (_ IN CASE WHEN row.kind = 'Article' THEN [1] ELSE [] END |
  SET n.ingestedAt = coalesce(n.ingestedAt, datetime()))`;
}

/** Upserts relationships of any types in one statement; new sources are appended to the provenance lists. */
export function upsertRelationships(rows: RelationshipRow[], overwrite = true): CypherQuery {
  for (const r of rows) assertType(r.type);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime(), r.sources = [], r.sentences = [], r.confidences = []
FOREACH (k IN keys(row.props) | SET r[k] = CASE WHEN $overwrite OR r[k] IS NULL THEN row.props[k] ELSE r[k] END)
WITH r, [s IN row.sources WHERE NOT s.article IN r.sources] AS fresh
SET r.sources = r.sources + [s IN fresh | s.article],
    r.sentences = r.sentences + [s IN fresh | coalesce(s.sentence, '')],
    r.confidences = r.confidences + [s IN fresh | s.confidence]
SET r.confidence = CASE WHEN size(r.confidences) = 0 THEN null
  ELSE reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) END`,
    params: { rows: rows.map((r) => ({ from: r.from, type: r.type, to: r.to, key: r.key, props: r.props, sources: r.sources })), overwrite },
  };
}

/** The keys of offices already held between (person, body) pairs: a new report of an office joins it. */
export function existingOffices(pairs: { from: string; to: string }[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
UNWIND $pairs AS pair
MATCH (:Node {id: pair.from})-[r:HOLDS_OFFICE]->(:Node {id: pair.to})
RETURN pair.from AS from, pair.to AS to, r.key AS key ORDER BY r.key LIMIT 1000`,
    params: { pairs },
  };
}

/** Writes casualty claims, then returns every claim of the events they belong to (for reconciling). */
export function upsertClaims(rows: ClaimRow[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
CALL {
  UNWIND $p.rows AS row
  MATCH (e:Event {id: row.eventId})
  MERGE (c:CasualtyClaim {id: row.id})
  SET c.group = row.group, c.actorId = row.actorId, c.killed = row.killed, c.injured = row.injured,
      c.abducted = row.abducted, c.arrested = row.arrested, c.articleId = row.articleId,
      c.sentence = row.sentence, c.confidence = row.confidence
  MERGE (e)-[:HAS_CLAIM]->(c)
}
UNWIND $p.eventIds AS id
MATCH (e:Event {id: id})-[:HAS_CLAIM]->(c:CasualtyClaim)
OPTIONAL MATCH (a:Article {id: c.articleId})
RETURN id AS eventId, c {.*, published: toString(a.published)} AS claim
ORDER BY c.id`,
    params: { p: { rows, eventIds: [...new Set(rows.map((r) => r.eventId))] } },
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
  /**
   * The same over the claims a curator confirmed or corrected only (for `reviewed: true` totals);
   * null when there is none, and then the event stores none of them (see SET_RECONCILED).
   */
  reviewed: Omit<ReconciledRow, 'id' | 'reviewed' | 'fatalitiesLow' | 'fatalitiesHigh' | 'injuredLow' | 'injuredHigh'> | null;
}

/**
 * Sets the reconciled figures of the event bound to `e` from a ReconciledRow bound to `row`: the
 * body writeReconciled, finishEvents and createNewEvents share. The totals over reviewed claims
 * are removed when no claim is reviewed: every read of them keeps to reviewed events (`reviewed:
 * true`, src/db/queries/lists.ts) and takes a missing total as 0 or [], and the 9 properties an
 * event of no reviewed claim (nearly every one) stored empty were about 5% of a bulk import's work.
 */
const SET_RECONCILED = `SET e.fatalities = coalesce(row.fatalities, 0), e.fatalitiesLow = coalesce(row.fatalitiesLow, 0),
    e.fatalitiesHigh = coalesce(row.fatalitiesHigh, 0), e.injured = coalesce(row.injured, 0),
    e.injuredLow = coalesce(row.injuredLow, 0), e.injuredHigh = coalesce(row.injuredHigh, 0),
    e.groupKeys = row.groupKeys, e.groupNames = row.groupNames, e.groupActors = row.groupActors,
    e.groupKilled = row.groupKilled, e.groupInjured = row.groupInjured,
    e.groupAbducted = row.groupAbducted, e.groupArrested = row.groupArrested,
    e.reviewedFatalities = CASE WHEN row.reviewed IS NOT NULL THEN coalesce(row.reviewed.fatalities, 0) END,
    e.reviewedInjured = CASE WHEN row.reviewed IS NOT NULL THEN coalesce(row.reviewed.injured, 0) END,
    e.reviewedGroupKeys = row.reviewed.groupKeys, e.reviewedGroupNames = row.reviewed.groupNames, e.reviewedGroupActors = row.reviewed.groupActors,
    e.reviewedGroupKilled = row.reviewed.groupKilled, e.reviewedGroupInjured = row.reviewed.groupInjured,
    e.reviewedGroupAbducted = row.reviewed.groupAbducted, e.reviewedGroupArrested = row.reviewed.groupArrested`;

export function writeReconciled(rows: ReconciledRow[]): CypherQuery {
  return { cypher: `UNWIND $rows AS row\nMATCH (e:Event {id: row.id})\n${SET_RECONCILED}`, params: { rows } };
}

/**
 * Records the digests of the contents a write brings (articles, seed files), and tells which were
 * recorded before: a content seen before is not written again. In the writer's transaction, so a
 * write that fails leaves no record. The only lock it takes is on each digest's index entry, so
 * two writes of one content serialise here and the second is skipped.
 */
export function recordImports(imports: { digest: string; origin: string }[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
UNWIND $imports AS imp
OPTIONAL MATCH (old:Import {digest: imp.digest})
CALL (old, imp) {
  WITH old, imp WHERE old IS NULL
  MERGE (i:Import {digest: imp.digest}) ON CREATE SET i.origin = imp.origin, i.importedAt = datetime()
}
RETURN imp.digest AS digest, old IS NOT NULL AS seen`,
    params: { imports },
  };
}

/**
 * Follows merge redirects and reports which ids exist, with their kind, and whether any curator
 * decision was ever made (a count-store read: when none was, the writer need not look for them).
 *
 * A statement of its own, and read-only: in a statement that also writes, Neo4j seeks unique
 * index entries with locks, and the lock on an entry that is absent (the Redirect of every id a
 * batch names, hubs such as Iraq or ISIS included) is exclusive until the transaction ends, so
 * every concurrent write naming that id waited for it (docs/adr/0013).
 */
export function resolveIds(ids: string[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
CALL () { MATCH (l:ReviewLog) RETURN count(l) > 0 AS decided }
UNWIND $p.ids AS id
OPTIONAL MATCH (r:Redirect {id: id})
WITH decided, id, coalesce(r.target, id) AS resolved
OPTIONAL MATCH (n:Node {id: resolved})
RETURN decided, id, resolved, n.kind AS kind`,
    params: { p: { ids } },
  };
}

/**
 * resolveIds as a statement that writes (it may record a digest), so that its unique-index seeks
 * lock: an id found absent stays absent until the transaction ends. For writes that must create
 * ids no one else may (createEntity's `mustBeNew`): a concurrent create of the same id waits, then
 * finds it taken. The same rows as resolveIds, with `seen` for the digest.
 */
export function resolveIdsLocking(ids: string[], digest: string | null, origin: string): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
OPTIONAL MATCH (old:Import {digest: $digest})
CALL (old) {
  WITH old WHERE old IS NULL AND $digest IS NOT NULL
  MERGE (i:Import {digest: $digest}) ON CREATE SET i.origin = $origin, i.importedAt = datetime()
}
WITH old IS NOT NULL AS seen
CALL () { MATCH (l:ReviewLog) RETURN count(l) > 0 AS decided }
UNWIND CASE WHEN seen THEN [null] ELSE $ids END AS id
OPTIONAL MATCH (r:Redirect {id: id})
WITH seen, decided, id, coalesce(r.target, id) AS resolved
OPTIONAL MATCH (n:Node {id: resolved})
RETURN seen, decided, id, resolved, n.kind AS kind`,
    params: { ids, digest, origin },
  };
}

export interface EventMatchInput {
  id: string;
  date: string;
  /** The last day of the event's period (its date for DAY precision; six days later for WEEK). */
  dateEnd?: string;
  /** The event's place. */
  place: string | null;
  /** Where the batch's own place chain reaches places that may be stored: their ancestry is read from the graph. */
  anchor: string | null;
  /** The event's perpetrators: the sides of those stored are read (src/domain/incident-match.ts ActorSide). */
  perpetrators?: string[];
}

/**
 * The side of the actor bound to `actor` (ActorSide, src/domain/incident-match.ts), as `out`: its
 * nearest government along PART_OF / UNDER, and the places that government, or one it is part
 * of, governs.
 */
function actorSide(actor: string, out: string): string {
  return `CALL (${actor}) {
    OPTIONAL MATCH path = (${actor})-[:PART_OF|UNDER*1..6]->(g:Government)
    WITH ${actor}, g ORDER BY length(path) LIMIT 1
    OPTIONAL MATCH (g)-[:PART_OF*0..3]->(:Government)-[:GOVERNS]->(home:Place)
    WITH ${actor}, g, collect(DISTINCT home.id) AS home
    RETURN {actor: ${actor}.id, side: g.id, home: home} AS ${out}
  }`;
}

/**
 * For each incoming event, the stored events that could report the same incident (periods at most
 * two days apart: a WEEK event stands for its seven days), each with what
 * src/domain/incident-match.ts needs to decide: its kind, date, place chain (the place, then its ancestors innermost first), the place's names, perpetrators,
 * targets and fatalities; plus the stored ancestry of the incoming event's anchor place. Every row
 * also carries `sides`: the side of each stored armed actor (org: or force:) that perpetrated an
 * incoming event or a candidate, read once per actor rather than once per candidate.
 *
 * First it locks the days the events could match: two articles about one incident written at
 * the same time then cannot both create it, while other days proceed.
 */
export function findIncidentCandidates(events: EventMatchInput[], lockDays: string[] = []): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
CALL {
  UNWIND $days AS day
  MERGE (l:EventDayLock {day: day})
  SET l.lockedAt = timestamp()
}
UNWIND $events AS ev
CALL (ev) {
  OPTIONAL MATCH path = (:Place {id: ev.anchor})-[:LOCATED_IN*0..10]->(a:Place)
  WITH a, length(path) AS hops ORDER BY hops
  RETURN [x IN collect(a) | x.id] AS anchorChain
}
OPTIONAL MATCH (own:Place {id: ev.place})
CALL (ev) {
  OPTIONAL MATCH (c:Event) USING INDEX c:Event(date)
  WHERE c.date >= date(ev.date) - duration({days: 8}) AND c.date <= date(coalesce(ev.dateEnd, ev.date)) + duration({days: 2})
    AND coalesce(c.dateEnd, c.date) >= date(ev.date) - duration({days: 2}) AND c.id <> ev.id
  CALL (c) {
    OPTIONAL MATCH (c)-[:OCCURRED_IN]->(cp:Place)
    OPTIONAL MATCH path = (cp)-[:LOCATED_IN*0..10]->(a:Place)
    WITH cp, a, length(path) AS hops ORDER BY hops
    RETURN cp, [x IN collect(a) | x.id] AS chain
  }
  CALL (c) { OPTIONAL MATCH (p)-[:PERPETRATED]->(c) RETURN collect(p.id) AS perpetrators }
  CALL (c) { OPTIONAL MATCH (c)-[:TARGETED]->(t) RETURN collect(t.id) AS targets }
  WITH c, cp, chain, perpetrators, targets WHERE c IS NOT NULL
  RETURN collect({id: c.id, subEventType: c.subEventType, date: toString(c.date), datePrecision: c.datePrecision,
    placeChain: chain, placeNames: CASE WHEN cp IS NULL THEN [] ELSE [cp.name] + coalesce(cp.aliases, []) END,
    placeType: cp.placeType, perpetrators: perpetrators, targets: targets, killed: c.fatalities, injured: c.injured}) AS candidates
}
WITH collect({id: ev.id, anchorChain: anchorChain, placeNames: CASE WHEN own IS NULL THEN [] ELSE [own.name] + coalesce(own.aliases, []) END,
  placeType: own.placeType, perpetrators: coalesce(ev.perpetrators, []), candidates: candidates}) AS rows
CALL (rows) {
  UNWIND rows AS r
  UNWIND r.perpetrators + reduce(ids = [], c IN r.candidates | ids + c.perpetrators) AS id
  WITH DISTINCT id WHERE id STARTS WITH 'org:' OR id STARTS WITH 'force:'
  MATCH (actor:Node {id: id})
  ${actorSide('actor', 'side')}
  RETURN collect(side) AS sides
}
UNWIND rows AS r
RETURN r.id AS id, r.anchorChain AS anchorChain, r.placeNames AS placeNames, r.placeType AS placeType,
  r.perpetrators AS perpetrators, r.candidates AS candidates, sides`,
    params: { events, days: [...new Set(lockDays)].sort() },
  };
}

/**
 * Sets an event's `location` (the coordinates of its place, or of the nearest enclosing place that
 * has them) and its `geoPrecision`: the one an import gave (`geoPrecisionGiven`), else derived
 * from the type of its place and of the place whose coordinates it got (src/domain/precision.ts).
 */
export const EVENT_LOCATION = `OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
OPTIONAL MATCH path = (p)-[:LOCATED_IN*0..12]->(a:Place) WHERE a.location IS NOT NULL
WITH e, p, a, length(path) AS hops ORDER BY hops
WITH e, head(collect(p)) AS place, head(collect(a)) AS at
SET e.location = at.location,
    e.geoPrecision = coalesce(toInteger(e.geoPrecisionGiven), ${derivedGeoPrecisionCypher('place', 'at')})`;

/**
 * For the given places that `upsertNodes` marked (their type or coordinates changed), sets again
 * the location and geoPrecision of the events in them or in places inside them, and clears the mark.
 */
export function refreshPlacedEvents(placeIds: string[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
UNWIND $p.ids AS id
MATCH (root:Place {id: id}) WHERE root.eventsStale
REMOVE root.eventsStale
WITH collect(root) AS roots
UNWIND roots AS root
MATCH (pl:Place)-[:LOCATED_IN*0..12]->(root)
MATCH (e:Event)-[:OCCURRED_IN]->(pl)
WITH DISTINCT e
${EVENT_LOCATION}`,
    params: { p: { ids: placeIds } },
  };
}

/** Sets each event's location and geoPrecision from its place (see EVENT_LOCATION). */
export function setEventLocations(eventIds: string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id\nMATCH (e:Event {id: id})\n${EVENT_LOCATION}`, params: { ids: eventIds } };
}

/** Sets each event's location, then its reconciled casualty figures where given: one round trip. */
export function finishEvents(eventIds: string[], reconciled: ReconciledRow[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
UNWIND $p.ids AS id
MATCH (e:Event {id: id})
${EVENT_LOCATION}
WITH e
UNWIND [r IN $p.rows WHERE r.id = e.id] AS row
${SET_RECONCILED}`,
    params: { p: { ids: eventIds, rows: reconciled } },
  };
}

/**
 * Upserts the nodes, then the relationships, of a batch in one statement (see upsertNodes and
 * upsertRelationships): one round trip instead of two.
 *
 * A relationship with an end this statement creates cannot exist yet: it is CREATEd (`fresh`: an
 * end the writer found absent, and that carries CREATED_HERE). MERGE would lock both ends to keep
 * relationships unique, and one end is then usually a node every article touches (its publisher,
 * Iraq, ISIS), so concurrent writes waited on that node's lock; CREATE does not take it. When
 * another transaction created the "absent" node first, the node lacks the label and the
 * relationship is merged as before.
 */
export function upsertGraph(nodes: NodeRow[], relationships: (RelationshipRow & { fresh?: boolean })[], overwrite: boolean): CypherQuery {
  const n = upsertNodes(nodes, overwrite);
  for (const r of relationships) assertType(r.type);
  return {
    cypher: `${PLANNED_ONCE}
CALL {
${nodeUpsert('nodes', true)}
}
CALL {
UNWIND $relationships AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
WITH a, b, row, row.fresh AND (a:${CREATED_HERE} OR b:${CREATED_HERE}) AS fresh
CALL (a, b, row, fresh) {
  WITH a, b, row, fresh WHERE fresh
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.key = row.key, r.createdAt = datetime()
  SET r += row.props
  SET r.sources = [s IN row.sources | s.article],
      r.sentences = [s IN row.sources | coalesce(s.sentence, '')],
      r.confidences = [s IN row.sources | s.confidence]
  SET r.confidence = CASE WHEN size(r.confidences) = 0 THEN null
    ELSE reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) END
}
CALL (a, b, row, fresh) {
  WITH a, b, row, fresh WHERE NOT fresh
  MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.sources = [], r.sentences = [], r.confidences = []
  FOREACH (k IN keys(row.props) | SET r[k] = CASE WHEN $overwrite OR r[k] IS NULL THEN row.props[k] ELSE r[k] END)
  WITH r, [s IN row.sources WHERE NOT s.article IN r.sources] AS added
  SET r.sources = r.sources + [s IN added | s.article],
      r.sentences = r.sentences + [s IN added | coalesce(s.sentence, '')],
      r.confidences = r.confidences + [s IN added | s.confidence]
  SET r.confidence = CASE WHEN size(r.confidences) = 0 THEN null
    ELSE reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) END
}
}
CALL {
MATCH (n:${CREATED_HERE})
REMOVE n:${CREATED_HERE}
}`,
    params: {
      nodes: n.params.rows,
      relationships: relationships.map((r) => ({ from: r.from, type: r.type, to: r.to, key: r.key, props: r.props, sources: r.sources, fresh: r.fresh ?? false })),
      overwrite,
      foldVersion: n.params.foldVersion,
    },
  };
}

// The bulk path (writer.ts, writeWithNewEvents) ------------------------------------------------------

/**
 * Before new events are created in bulk: which of the ids to create are taken (a node, or a
 * redirect left by a merge), which of the claim ids exist, and for each id the new nodes point
 * at, whether it was merged away, its kind, and whether a curator rejected it. One round trip.
 */
export function guardNewNodes(ids: string[], claimIds: string[], referenced: string[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
CALL () {
  UNWIND $p.ids AS id
  OPTIONAL MATCH (n:Node {id: id})
  OPTIONAL MATCH (r:Redirect {id: id})
  WITH id WHERE n IS NOT NULL OR r IS NOT NULL
  RETURN collect(id) AS taken
}
CALL () {
  UNWIND $p.claimIds AS id
  MATCH (c:CasualtyClaim {id: id})
  RETURN collect(id) AS takenClaims
}
CALL () {
  UNWIND $p.referenced AS id
  OPTIONAL MATCH (r:Redirect {id: id})
  OPTIONAL MATCH (n:Node {id: id})
  RETURN collect({id: id, redirected: r IS NOT NULL, kind: n.kind, rejected: coalesce(n.reviewState = 'REJECTED', false)}) AS refs
}
RETURN taken, takenClaims, refs`,
    params: { p: { ids, claimIds, referenced } },
  };
}

/**
 * For each place, the place whose coordinates its events take: itself or the nearest place above
 * it that has coordinates (as EVENT_LOCATION finds it per event), or null. Only a place without
 * coordinates of its own walks up (most of an import's places have them: every path of a village's
 * ancestry was read for nothing, about 5% of Neo4j's work in a bulk import).
 */
export function placeAnchors(placeIds: string[]): CypherQuery {
  return {
    cypher: `${PLANNED_ONCE}
UNWIND $p.ids AS id
MATCH (p:Place {id: id})
OPTIONAL CALL (p) {
  WITH p WHERE p.location IS NULL
  MATCH path = (p)-[:LOCATED_IN*1..12]->(a:Place) WHERE a.location IS NOT NULL
  RETURN a.id AS above ORDER BY length(path) LIMIT 1
}
RETURN id, CASE WHEN p.location IS NULL THEN above ELSE p.id END AS at`,
    params: { p: { ids: placeIds } },
  };
}

/**
 * Creates new places and their LOCATED_IN links in one statement: what `upsertGraph` writes for a
 * place that did not exist (labels, values, coordinates, aliases and search fields; a link with
 * empty provenance lists), set-based. The caller has made sure none exists (guardNewNodes) and
 * that each parent is stored or created here; the links are made once every place is.
 */
export function createNewPlaces(nodes: NodeRow[], links: RelationshipRow[]): CypherQuery {
  for (const n of nodes) if (n.kind !== 'Place') throw new Error(`createNewPlaces creates places, not a ${n.kind}`);
  for (const r of links) {
    if (r.type !== 'LOCATED_IN' || r.sources.length || Object.keys(r.props).length) throw new Error('createNewPlaces links a place to its parent, with no provenance or properties');
  }
  return {
    cypher: `${PLANNED_ONCE}
CALL () {
  UNWIND $p.places AS row
  CREATE (n:Node:${labelsOf('Place').join(':')} {id: row.id})
  SET n.kind = 'Place', n.createdAt = datetime()
  SET n += row.values
  SET n.location = CASE WHEN row.location IS NULL THEN null ELSE point(row.location) END, n.updatedAt = datetime()
  SET n.searchAliases = row.searchAliases, n.aliases = row.aliases, n.searchName = row.searchName, n.searchFoldVersion = $p.foldVersion
  SET ${SEARCH_TEXT('n')}
}
CALL () {
  UNWIND $p.links AS row
  MATCH (a:Place {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:LOCATED_IN]->(b)
  SET r.key = row.key, r.createdAt = datetime(), r.sources = [], r.sentences = [], r.confidences = []
}`,
    params: {
      p: {
        places: nodes.map((n) => {
          const { id, values, location, aliases, searchName, searchAliases } = nodeParams(n);
          return { id, values, location, aliases, searchName, searchAliases };
        }),
        links: links.map((r) => ({ from: r.from, to: r.to, key: r.key })),
        foldVersion: FOLD_VERSION,
      },
    },
  };
}

export interface NewEventRow {
  node: NodeRow;
  /** The event's place, and the place whose coordinates it takes (placeAnchors). */
  place: string | null;
  at: string | null;
  /** Its reconciled casualty figures: one row, or none when it has no claim. */
  figures: ReconciledRow[];
}

/**
 * Creates new events, their articles, casualty claims and relationships in one statement: the
 * nodes, properties and provenance lists `upsertGraph`, `upsertClaims` and `finishEvents` would
 * write for nodes that did not exist, set-based (one UNWIND per list, CREATE instead of MERGE,
 * no per-row FOREACH). The caller has made sure nothing of it exists (guardNewNodes).
 */
export function createNewEvents(input: { events: NewEventRow[]; articles: NodeRow[]; claims: ClaimRow[]; relationships: RelationshipRow[] }): CypherQuery {
  for (const n of [...input.events.map((e) => e.node), ...input.articles]) {
    if (n.kind !== 'Event' && n.kind !== 'Article') throw new Error(`createNewEvents creates events and articles, not a ${n.kind}`);
  }
  for (const r of input.relationships) assertType(r.type);
  const values = (n: NodeRow) => nodeParams(n).values;
  // Each sentence is sent once: an imported row's notes are the evidence of all its links and its claim.
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const text = (sentence: string | null | undefined): number | null => {
    if (sentence == null) return null;
    let i = textIndex.get(sentence);
    if (i === undefined) textIndex.set(sentence, (i = texts.push(sentence) - 1));
    return i;
  };
  // One block per relationship type, the type written out (types come from the closed list).
  const byType = new Map<RelationshipType, RelationshipRow[]>();
  for (const r of input.relationships) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  const types = [...byType.keys()].sort();
  const relationshipBlocks = types
    .map(
      (type) => `
CALL () {
  UNWIND $p.rel_${type} AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:${type}]->(b)
  SET r.key = coalesce(row.key, ''), r.createdAt = datetime()
  SET r += coalesce(row.props, {})
  SET r.sources = row.articles, r.sentences = [i IN row.texts | coalesce($p.texts[toInteger(i)], '')],
      r.confidences = row.confidences, r.confidence = row.confidence
}`,
    )
    .join('');
  return {
    cypher: `${PLANNED_ONCE}
CALL () {
  UNWIND $p.articles AS row
  CREATE (a:Node:Article {id: row.id})
  SET a.kind = 'Article', a.createdAt = datetime()
  SET a += row.values
  SET a.published = date(row.published), a.updatedAt = datetime(), a.ingestedAt = datetime()
}
CALL () {
  UNWIND $p.events AS row
  CREATE (e:Node:Event {id: row.id})
  SET e.kind = 'Event', e.createdAt = datetime()
  SET e += row.values
  SET e.date = date(row.date)
  SET e.dateEnd = ${periodEndCypher('e')}, e.updatedAt = datetime()
  WITH e, row
  OPTIONAL MATCH (place:Place {id: row.place})
  OPTIONAL MATCH (at:Place {id: row.at})
  SET e.location = at.location,
      e.geoPrecision = coalesce(toInteger(e.geoPrecisionGiven), ${derivedGeoPrecisionCypher('place', 'at')})
  WITH e, row.figures AS figures
  UNWIND figures AS row
${SET_RECONCILED}
}
CALL () {
  UNWIND $p.claims AS row
  MATCH (e:Event {id: row.eventId})
  CREATE (e)-[:HAS_CLAIM]->(c:CasualtyClaim {id: row.id})
  SET c.group = row.group, c.actorId = row.actorId, c.killed = row.killed, c.injured = row.injured,
      c.abducted = row.abducted, c.arrested = row.arrested, c.articleId = row.articleId,
      c.sentence = $p.texts[toInteger(row.text)], c.confidence = row.confidence
}
${relationshipBlocks}`,
    params: {
      p: {
        articles: input.articles.map((n) => ({ id: n.id, values: values(n), published: (n.props.published as string | undefined) ?? null })),
        events: input.events.map((e) => ({ id: e.node.id, values: values(e.node), date: e.node.props.date as string, place: e.place, at: e.at, figures: e.figures })),
        claims: input.claims.map(({ sentence, ...c }) => ({ ...c, text: text(sentence) })),
        ...Object.fromEntries(
          types.map((type) => [
            `rel_${type}`,
            byType.get(type)!.map((r) => ({
              from: r.from,
              to: r.to,
              ...(r.key ? { key: r.key } : {}),
              ...(Object.keys(r.props).length ? { props: r.props } : {}),
              articles: r.sources.map((x) => x.article),
              texts: r.sources.map((x) => text(x.sentence)),
              confidences: r.sources.map((x) => x.confidence),
              confidence: r.sources.length ? Math.max(0, ...r.sources.map((x) => x.confidence)) : null,
            })),
          ]),
        ),
        texts,
      },
    },
  };
}
