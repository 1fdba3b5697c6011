/**
 * Cypher for curator review (docs/adr/0011-curator-review.md). Pure builders returning
 * {cypher, params}; relationship types come from the taxonomy lists, values are parameters.
 *
 * How decisions are stored:
 * - Events, statements and casualty claims carry `reviewState` (CONFIRMED, CORRECTED or
 *   REJECTED; absent while unreviewed), `reviewedBy`, `reviewedAt`, `reviewNote`, `overruled`
 *   (JSON of the values a correction replaced) and, after a disagreeing ingestion,
 *   `reviewConflict` and `reviewConflicts` (JSON entries).
 * - Relationships carry the same. A relationship that must not count (rejected, replaced by a
 *   correction, or belonging to a rejected event or statement) is stored under the type
 *   `REJECTED`, with its own type in `voidType`, `key` = `<type>|<key>` and, when a rejected node
 *   took it out, that node's id in `voidedBy`. No read follows `REJECTED`, so every list, total,
 *   neighbourhood and path leaves it out at no cost; provenance reads ask for it.
 * - Each decision writes a `:ReviewLog` entry (internal, no `:Node` label), as does each later
 *   ingestion that touches a decided fact.
 */
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../domain/taxonomy.js';
import { periodEndCypher } from '../../domain/precision.js';
import { PROVENANCE_TYPES, QUEUE_WEIGHTS, REVIEWED_TYPES, VOID_TYPE, priorityCypher, type FactKind } from '../../domain/review.js';
import type { CypherQuery } from '../graph.js';
import { int, relationshipType } from './identifiers.js';
import { REL } from './read.js';

function assertTypes(types: readonly string[]): void {
  for (const t of types) relationshipType(t);
}

const ALL_TYPES = RELATIONSHIP_TYPE_NAMES.join('|');

/** A relationship's API id from its start and end ids, its (own) type and key, in Cypher. */
export const REL_ID = (r: string) =>
  `startNode(${r}).id + '|' + coalesce(${r}.voidType, type(${r})) + '|' + endNode(${r}).id + ` +
  `CASE WHEN ${r}.voidType IS NULL THEN CASE WHEN coalesce(${r}.key, '') = '' THEN '' ELSE '|' + ${r}.key END ` +
  `ELSE CASE WHEN size(${r}.key) > size(${r}.voidType) + 1 THEN '|' + substring(${r}.key, size(${r}.voidType) + 1) ELSE '' END END`;

/** Matches a relationship by its API id parts: the one that counts, else its stored-away twin. */
const MATCH_REL = `MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE (type(r) = row.type AND coalesce(r.key, '') = row.key) OR (type(r) = '${VOID_TYPE}' AND r.key = row.type + '|' + row.key)
WITH row, a, b, r ORDER BY type(r) = '${VOID_TYPE}'
WITH row, a, b, head(collect(r)) AS r`;

export interface RelRef {
  id: string;
  from: string;
  type: RelationshipType;
  to: string;
  key: string;
}

// Snapshots: what a fact is now (for its etag, its review and the review page) ----------------

/**
 * Events and statements by id, with everything their etag covers: their properties, their
 * relationships (type, whether stored away, direction, the other end, how many sources), their
 * claims, and their reports (article, sentence, confidence; stored-away reports too).
 */
export function nodeFacts(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Node {id: id}) WHERE n.kind IN ['Event', 'Statement']
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m:Node)
  WITH r, m ORDER BY type(r), coalesce(r.voidType, ''), m.id, r.key
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {type: coalesce(r.voidType, type(r)), void: r.voidType IS NOT NULL, out: startNode(r) = n,
    other: m.id, otherKind: m.kind, otherName: coalesce(m.name, m.label, m.title, m.stance), key: CASE WHEN r.voidType IS NULL THEN coalesce(r.key, '') ELSE substring(r.key, size(r.voidType) + 1) END,
    sources: size(coalesce(r.sources, [])), state: r.reviewState, sentence: r.sentences[0], article: r.sources[0], confidence: r.confidence} END) AS rels
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:CasualtyClaim)
  WITH c ORDER BY c.id
  RETURN collect(c {.id, .group, .actorId, .killed, .injured, .reviewState}) AS claims
}
RETURN id, n {.*, text: null} AS props, rels, claims`,
    params: { ids },
  };
}

/** Relationships by API id (the one that counts, else its stored-away twin), with both ends. */
export function relationshipFacts(refs: RelRef[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
${MATCH_REL}
WHERE r IS NOT NULL
RETURN row.id AS id, ${REL('r')} AS rel, type(r) AS storedType,
  a {.id, .kind, .name, .label, .title, .stance, .reviewState, .fatalities, .injured} AS fromNode,
  b {.id, .kind, .name, .label, .title, .stance, .reviewState, .fatalities, .injured} AS toNode`,
    params: { rows: refs.map((r) => ({ id: r.id, from: r.from, type: r.type, to: r.to, key: r.key })) },
  };
}

/** Casualty claims by stored id, with their event and affected actor. */
export function claimFacts(claimIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (c:CasualtyClaim {id: id})
OPTIONAL MATCH (e:Event)-[:HAS_CLAIM]->(c)
OPTIONAL MATCH (actor:Node {id: c.actorId})
RETURN id, c {.*} AS props, e {.id, .label, .subEventType, .date, .reviewState, .fatalities, .injured} AS event, actor.name AS actorName`,
    params: { ids: claimIds },
  };
}

// Locking: a decision reads the fact after taking its write lock -----------------------------

/** Takes the write lock of a node, a relationship (live or stored away) or a claim; returns its element id. */
export function lockFact(ref: { kind: FactKind; id: string; claimId?: string; rel?: RelRef }): CypherQuery {
  if (ref.kind === 'RELATIONSHIP') {
    const row = ref.rel!;
    return {
      cypher: `WITH $row AS row
${MATCH_REL}
WHERE r IS NOT NULL
SET r.reviewLock = true
REMOVE r.reviewLock
RETURN elementId(r) AS eid, type(r) AS storedType`,
      params: { row: { from: row.from, type: row.type, to: row.to, key: row.key } },
    };
  }
  if (ref.kind === 'CASUALTY_CLAIM') {
    return { cypher: 'MATCH (c:CasualtyClaim {id: $id}) SET c.reviewLock = true REMOVE c.reviewLock RETURN elementId(c) AS eid', params: { id: ref.claimId } };
  }
  return {
    cypher: `MATCH (n:Node {id: $id}) WHERE n.kind = $kind SET n.reviewLock = true REMOVE n.reviewLock RETURN elementId(n) AS eid`,
    params: { id: ref.id, kind: ref.kind === 'EVENT' ? 'Event' : 'Statement' },
  };
}

// Decisions ----------------------------------------------------------------------------------

export interface ReviewSet {
  state: 'CONFIRMED' | 'CORRECTED' | 'REJECTED';
  by: string;
  note: string | null;
  /** JSON of the values a correction replaced (kept from the first correction on). */
  overruled?: string | null;
}

/** The review properties a decision sets on the entity `x` (conflicts are answered by it: cleared). */
const SET_REVIEW = (x: string) =>
  `SET ${x}.reviewState = $review.state, ${x}.reviewedBy = $review.by, ${x}.reviewedAt = datetime(), ${x}.reviewNote = $review.note,
    ${x}.overruled = CASE WHEN $review.overruled IS NULL THEN ${x}.overruled ELSE $review.overruled END
REMOVE ${x}.reviewConflict, ${x}.reviewConflicts`;

/** Sets the review of a node or claim (by element id). */
export function setNodeReview(eid: string, review: ReviewSet, values: Record<string, unknown> = {}, dates: Record<string, string> = {}): CypherQuery {
  return {
    cypher: `MATCH (n) WHERE elementId(n) = $eid
${SET_REVIEW('n')}
SET n += $values
FOREACH (k IN keys($dates) | SET n[k] = date($dates[k]))
FOREACH (_ IN CASE WHEN n.kind = 'Event' THEN [1] ELSE [] END | SET n.dateEnd = ${periodEndCypher('n')})
RETURN n.id AS id`,
    params: { eid, review: { overruled: null, ...review }, values, dates },
  };
}

/** Sets the review (and properties) of a relationship, live or stored away (by element id). */
export function setRelationshipReview(eid: string, review: ReviewSet, props: Record<string, unknown> = {}): CypherQuery {
  return {
    cypher: `MATCH ()-[r]->() WHERE elementId(r) = $eid
${SET_REVIEW('r')}
SET r += $props
RETURN elementId(r) AS eid`,
    params: { eid, review: { overruled: null, ...review }, props },
  };
}

/**
 * Stores a live relationship away under REJECTED (same ends, properties and provenance; its type
 * in `voidType`). `voidedBy`: the rejected node that takes it out, if that is why.
 */
export function voidRelationship(eid: string, extra: { voidedBy?: string; correctedTo?: string } = {}): CypherQuery {
  return {
    cypher: `MATCH (a)-[r]->(b) WHERE elementId(r) = $eid AND type(r) <> '${VOID_TYPE}'
CREATE (a)-[x:${VOID_TYPE}]->(b)
SET x = properties(r), x.voidType = type(r), x.key = type(r) + '|' + coalesce(r.key, ''),
    x.voidedBy = CASE WHEN $voidedBy IS NULL THEN [] ELSE [$voidedBy] END,
    x.correctedTo = $correctedTo
DELETE r
RETURN elementId(x) AS eid, x.voidType AS type`,
    params: { eid, voidedBy: extra.voidedBy ?? null, correctedTo: extra.correctedTo ?? null },
  };
}

/** Puts a stored-away relationship back under its own type (when nothing keeps it out any more). */
export function restoreRelationship(eid: string): CypherQuery {
  return {
    cypher: `MATCH (a)-[x:${VOID_TYPE}]->(b) WHERE elementId(x) = $eid
CREATE (a)-[r:$(x.voidType)]->(b)
SET r = properties(x), r.key = substring(x.key, size(x.voidType) + 1)
REMOVE r.voidType, r.voidedBy, r.correctedTo
DELETE x
RETURN elementId(r) AS eid, type(r) AS type`,
    params: { eid },
  };
}

/**
 * Rejecting an event or statement takes all its relationships out (provenance included: an
 * article then no longer lists it): each live one is stored away with `voidedBy` = the node, and
 * those already stored away record the node too. Returns the events whose place was among them.
 */
export function voidRelationshipsOf(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[x:${VOID_TYPE}]-()
  WHERE NOT $id IN coalesce(x.voidedBy, [])
  SET x.voidedBy = coalesce(x.voidedBy, []) + $id
}
CALL (n) {
  MATCH (n)-[r:${ALL_TYPES}]-()
  WITH r, startNode(r) AS a, endNode(r) AS b
  CREATE (a)-[x:${VOID_TYPE}]->(b)
  SET x = properties(r), x.voidType = type(r), x.key = type(r) + '|' + coalesce(r.key, ''), x.voidedBy = [$id]
  DELETE r
}
RETURN n.id AS id`,
    params: { id },
  };
}

/**
 * Undoes `voidRelationshipsOf` when a rejected node is confirmed or corrected: the node leaves
 * each `voidedBy`, and relationships nothing else keeps out (no rejected other end, no decision of
 * their own to reject or replace them) go back under their own type.
 */
export function restoreRelationshipsOf(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Node {id: $id})
MATCH (n)-[x:${VOID_TYPE}]-()
SET x.voidedBy = [v IN coalesce(x.voidedBy, []) WHERE v <> $id]
WITH x, startNode(x) AS a, endNode(x) AS b
WHERE size(x.voidedBy) = 0 AND coalesce(x.reviewState, '') <> 'REJECTED' AND x.correctedTo IS NULL
CREATE (a)-[r:$(x.voidType)]->(b)
SET r = properties(x), r.key = substring(x.key, size(x.voidType) + 1)
REMOVE r.voidType, r.voidedBy, r.correctedTo
DELETE x
RETURN count(r) AS restored`,
    params: { id },
  };
}

/**
 * A correction's replacement of a relationship: the same type between the corrected ends, with
 * the replaced one's provenance (its sentences are the evidence the curator read) and properties.
 * Joins a live relationship already there.
 */
export function replaceRelationship(oldEid: string, from: string, type: RelationshipType, to: string, key: string, props: Record<string, unknown>): CypherQuery {
  assertTypes([type]);
  return {
    cypher: `MATCH ()-[old]->() WHERE elementId(old) = $eid
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MERGE (a)-[r:${type} {key: $key}]->(b)
ON CREATE SET r.createdAt = datetime(), r.sources = [], r.sentences = [], r.confidences = []
WITH old, r, [i IN range(0, size(coalesce(old.sources, [])) - 1) WHERE NOT old.sources[i] IN r.sources] AS fresh
SET r.sources = r.sources + [i IN fresh | old.sources[i]],
    r.sentences = r.sentences + [i IN fresh | old.sentences[i]],
    r.confidences = r.confidences + [i IN fresh | old.confidences[i]]
SET r.confidence = CASE WHEN size(r.confidences) = 0 THEN null ELSE reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) END
SET r += $props
RETURN elementId(r) AS eid`,
    params: { eid: oldEid, from, to, key, props },
  };
}

/** The live OCCURRED_IN relationships of an event (element ids), for a correction of its place. */
export function placesOf(eventId: string): CypherQuery {
  return {
    cypher: `MATCH (:Event {id: $id})-[r:OCCURRED_IN]->(p:Place) RETURN elementId(r) AS eid, p.id AS placeId, r.key AS key`,
    params: { id: eventId },
  };
}

/** The sources of an event's reports, for a place correction on an event that had none. */
export function reportSources(eventId: string): CypherQuery {
  return {
    cypher: `MATCH (a:Article)-[r:REPORTS]->(:Event {id: $id})
RETURN a.id AS article, r.sentences[0] AS sentence, r.confidence AS confidence ORDER BY a.id`,
    params: { id: eventId },
  };
}

/** A new OCCURRED_IN from a correction, with the given provenance. */
export function correctedPlace(eventId: string, placeId: string, sources: { article: string; sentence: string; confidence: number }[], review: ReviewSet, correctionOf: string | null): CypherQuery {
  return {
    cypher: `MATCH (e:Event {id: $event}), (p:Place {id: $place})
MERGE (e)-[r:OCCURRED_IN {key: ''}]->(p)
ON CREATE SET r.createdAt = datetime(), r.sources = [s IN $sources | s.article], r.sentences = [s IN $sources | s.sentence],
  r.confidences = [s IN $sources | s.confidence]
SET r.confidence = CASE WHEN size(r.confidences) = 0 THEN null ELSE reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) END,
    r.correctionOf = $correctionOf
${SET_REVIEW('r')}
RETURN elementId(r) AS eid`,
    params: { event: eventId, place: placeId, sources, review: { overruled: null, ...review }, correctionOf },
  };
}

/** Whether nodes exist, with their kinds (a correction's new ends, a new place). */
export function kindsOf(ids: string[]): CypherQuery {
  return { cypher: 'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, n.kind AS kind, n.reviewState AS reviewState', params: { ids } };
}

export interface LogEntry {
  factId: string;
  action: string;
  by: string | null;
  note: string | null;
  origin: string | null;
  article: string | null;
  /** JSON. */
  details: string | null;
}

/** Appends entries to the audit trail. */
export function writeLog(entries: LogEntry[]): CypherQuery {
  return {
    cypher: `UNWIND $entries AS e
CREATE (l:ReviewLog {factId: e.factId, action: e.action, at: datetime(), by: e.by, note: e.note, origin: e.origin, article: e.article, details: e.details})`,
    params: { entries },
  };
}

// The writer: decisions a batch must honour -----------------------------------------------------

export interface BatchFacts {
  /** Event and statement ids the batch writes. */
  nodes: string[];
  /** Claim ids the batch writes. */
  claims: string[];
  /** Relationships the batch writes (from, type, to, key). */
  relationships: { from: string; type: string; to: string; key: string }[];
}

/**
 * What of a batch a curator decided on: its decided events and statements, decided claims,
 * relationships that are decided or stored away, and the rejected nodes among the relationships'
 * ends. Nothing at all (one count-store read) while no decision was ever made.
 */
export function decidedInBatch(facts: BatchFacts): CypherQuery {
  return {
    cypher: `MATCH (log:ReviewLog)
WITH count(log) AS decisions
WHERE decisions > 0
CALL () {
  UNWIND $nodes AS id
  MATCH (n:Node {id: id}) WHERE n.reviewState IS NOT NULL
  RETURN 'node' AS what, id, n {.*, text: null, createdAt: null, updatedAt: null} AS props, null AS eid, null AS stored
  UNION ALL
  UNWIND $claims AS id
  MATCH (c:CasualtyClaim {id: id}) WHERE c.reviewState IS NOT NULL
  RETURN 'claim' AS what, id, c {.*} AS props, null AS eid, null AS stored
  UNION ALL
  UNWIND $rels AS row
  MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
  WHERE (type(r) = row.type AND coalesce(r.key, '') = row.key AND r.reviewState IS NOT NULL) OR (type(r) = '${VOID_TYPE}' AND r.key = row.type + '|' + row.key)
  RETURN 'rel' AS what, row.from + '|' + row.type + '|' + row.to + CASE WHEN row.key = '' THEN '' ELSE '|' + row.key END AS id,
    r {.reviewState, .voidedBy, .correctedTo, .sources} AS props, elementId(r) AS eid, type(r) AS stored
  UNION ALL
  UNWIND $ends AS id
  MATCH (n:Node {id: id}) WHERE n.reviewState = 'REJECTED'
  RETURN 'rejected' AS what, id, null AS props, null AS eid, null AS stored
}
RETURN what, id, props, eid, stored`,
    params: {
      nodes: facts.nodes,
      claims: facts.claims,
      rels: facts.relationships,
      ends: [...new Set(facts.relationships.flatMap((r) => [r.from, r.to]))],
    },
  };
}

export interface VoidedRow {
  from: string;
  type: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
  sources: { article: string; sentence: string | null; confidence: number }[];
  /** For a new stored-away relationship: the rejected nodes among its ends. */
  voidedBy: string[];
}

/**
 * Relationships a batch reports that must stay out of what counts (a rejected or replaced
 * relationship, or one of a rejected event or statement): written to the stored-away twin, whose
 * provenance grows like a live relationship's and whose properties are only filled, never replaced.
 */
export function upsertVoided(rows: VoidedRow[]): CypherQuery {
  assertTypes(rows.map((r) => r.type));
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[x:${VOID_TYPE} {key: row.type + '|' + row.key}]->(b)
ON CREATE SET x.voidType = row.type, x.createdAt = datetime(), x.sources = [], x.sentences = [], x.confidences = [], x.voidedBy = row.voidedBy
FOREACH (k IN keys(row.props) | SET x[k] = coalesce(x[k], row.props[k]))
WITH x, [s IN row.sources WHERE NOT s.article IN x.sources] AS fresh
SET x.sources = x.sources + [s IN fresh | s.article],
    x.sentences = x.sentences + [s IN fresh | coalesce(s.sentence, '')],
    x.confidences = x.confidences + [s IN fresh | s.confidence]
SET x.confidence = CASE WHEN size(x.confidences) = 0 THEN null
  ELSE reduce(m = 0.0, c IN x.confidences | CASE WHEN c > m THEN c ELSE m END) END`,
    params: { rows },
  };
}

export interface ConflictRow {
  /** Node or claim id, or a relationship's element id. */
  target: string;
  what: 'node' | 'claim' | 'rel';
  /** JSON entries. */
  conflicts: string[];
}

/** Marks decided facts a later ingestion disagreed with: back to the review queue. */
export function recordConflicts(rows: ConflictRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.what = 'node'
  MATCH (x:Node {id: row.target})
  SET x.reviewConflict = true, x.reviewConflicts = coalesce(x.reviewConflicts, []) + row.conflicts
}
CALL (row) {
  WITH row WHERE row.what = 'claim'
  MATCH (x:CasualtyClaim {id: row.target})
  SET x.reviewConflict = true, x.reviewConflicts = coalesce(x.reviewConflicts, []) + row.conflicts
}
CALL (row) {
  WITH row WHERE row.what = 'rel'
  MATCH ()-[x]->() WHERE elementId(x) = row.target
  SET x.reviewConflict = true, x.reviewConflicts = coalesce(x.reviewConflicts, []) + row.conflicts
}`,
    params: { rows },
  };
}

// The queue -------------------------------------------------------------------------------------

export interface QueueFilter {
  kinds?: FactKind[] | null;
  articleId?: string | null;
  eventId?: string | null;
  conflictsOnly?: boolean | null;
}

const REVIEWED = REVIEWED_TYPES.join('|');
const PENDING = (x: string, conflictsOnly: boolean) => (conflictsOnly ? `${x}.reviewConflict = true` : `(${x}.reviewState IS NULL OR ${x}.reviewConflict = true)`);
const TOLL = (e: string) => `coalesce(${e}.fatalities, 0) + coalesce(${e}.injured, 0)`;
/**
 * The highest confidence among a node's reports. A rejected node's reports are stored away: it
 * comes to the queue only in conflict, and then they are read there.
 */
const REPORT_CONFIDENCE = (n: string) =>
  `reduce(m = null, c IN CASE WHEN ${n}.reviewState = 'REJECTED' THEN [()-[r:${VOID_TYPE}]->(${n}) WHERE r.voidType = 'REPORTS' | r.confidence] ELSE [()-[r:REPORTS]->(${n}) | r.confidence] END | CASE WHEN m IS NULL OR c > m THEN c ELSE m END)`;
/** An event's toll for a relationship of it: its start for OCCURRED_IN and TARGETED, its end for PERPETRATED. */
const REL_TOLL = `CASE coalesce(r.voidType, type(r)) WHEN 'OCCURRED_IN' THEN ${TOLL('startNode(r)')} WHEN 'TARGETED' THEN ${TOLL('startNode(r)')} WHEN 'PERPETRATED' THEN ${TOLL('endNode(r)')} ELSE 0 END`;

/**
 * The parts of the queue, one per kind of fact, each giving the kind, the fact itself (`x`, a
 * node or a relationship) and, unless only counted, its priority (src/domain/review.ts). A fact
 * read from an article is one with a confidence (reference data has none).
 */
function queueParts(filter: QueueFilter, withPriority: boolean): string[] {
  const kinds = new Set(filter.kinds?.length ? filter.kinds : ['EVENT', 'STATEMENT', 'RELATIONSHIP', 'CASUALTY_CLAIM']);
  const only = Boolean(filter.conflictsOnly);
  const parts: string[] = [];
  const ret = (kind: string, x: string, weight: string, confidence: string, toll: string, conflict: string) =>
    `RETURN '${kind}' AS kind, ${x} AS x${withPriority ? `, ${priorityCypher(weight, confidence, toll, `coalesce(${conflict}, false)`)} AS priority` : ''}`;

  if (kinds.has('EVENT')) {
    const start = filter.eventId
      ? 'MATCH (e:Event {id: $eventId})'
      : filter.articleId
        ? `MATCH (:Article {id: $articleId})-[rep:REPORTS|${VOID_TYPE}]->(e:Event) WHERE type(rep) = 'REPORTS' OR rep.voidType = 'REPORTS'\n  WITH DISTINCT e`
        : 'MATCH (e:Event)';
    parts.push(`${start}
  WITH e WHERE ${PENDING('e', only)}
  WITH e, ${REPORT_CONFIDENCE('e')} AS confidence WHERE confidence IS NOT NULL
  ${ret('EVENT', 'e', '$weights.EVENT', 'confidence', TOLL('e'), 'e.reviewConflict')}`);
  }
  if (kinds.has('STATEMENT') && !filter.eventId) {
    const start = filter.articleId
      ? `MATCH (:Article {id: $articleId})-[rep:REPORTS|${VOID_TYPE}]->(s:Statement) WHERE type(rep) = 'REPORTS' OR rep.voidType = 'REPORTS'\n  WITH DISTINCT s`
      : 'MATCH (s:Statement)';
    parts.push(`${start}
  WITH s WHERE ${PENDING('s', only)}
  WITH s, ${REPORT_CONFIDENCE('s')} AS confidence WHERE confidence IS NOT NULL
  ${ret('STATEMENT', 's', '$weights.STATEMENT', 'confidence', '0', 's.reviewConflict')}`);
  }
  if (kinds.has('CASUALTY_CLAIM')) {
    const start = filter.eventId
      ? 'MATCH (e:Event {id: $eventId})-[:HAS_CLAIM]->(c:CasualtyClaim)\n  WITH e, c'
      : filter.articleId
        ? 'MATCH (:Article {id: $articleId})-[:REPORTS]->(e:Event)-[:HAS_CLAIM]->(c:CasualtyClaim) WHERE c.articleId = $articleId\n  WITH e, c'
        : 'MATCH (c:CasualtyClaim)';
    // Claims of a rejected event count nowhere: they wait until the event is confirmed again.
    parts.push(`${start}
  WITH ${filter.eventId || filter.articleId ? 'e, ' : ''}c WHERE ${PENDING('c', only)} AND c.articleId IS NOT NULL
  ${filter.eventId || filter.articleId ? '' : 'MATCH (e:Event)-[:HAS_CLAIM]->(c)\n  '}WITH e, c WHERE coalesce(e.reviewState, '') <> 'REJECTED'
  ${ret('CASUALTY_CLAIM', 'c', '$weights.CASUALTY_CLAIM', 'c.confidence', TOLL('e'), 'c.reviewConflict')}`);
  }
  if (kinds.has('RELATIONSHIP')) {
    const weight = `coalesce($weights[coalesce(r.voidType, type(r))], 0.3)`;
    // Unfiltered, one scan per type: a scan of several types at once walks every node's relationships.
    // Each type's weight and toll are then known without reading the relationship's type.
    const live: [string, string, string][] = filter.eventId
      ? [[`MATCH (:Event {id: $eventId})-[r:${REVIEWED}]-()`, weight, REL_TOLL]]
      : filter.articleId
        ? [[`MATCH (:Article {id: $articleId})-[:REPORTS|MENTIONS]->(:Node)-[r:${REVIEWED}]-() WHERE $articleId IN r.sources\n  WITH DISTINCT r`, weight, REL_TOLL]]
        : REVIEWED_TYPES.map((t) => [
            `MATCH ()-[r:${t}]->()`,
            `$weights.${t}`,
            t === 'PERPETRATED' ? TOLL('endNode(r)') : t === 'OCCURRED_IN' || t === 'TARGETED' ? TOLL('startNode(r)') : '0',
          ]);
    for (const [start, w, toll] of live) {
      parts.push(`${start}
  WITH r WHERE ${PENDING('r', only)} AND r.confidence IS NOT NULL
  ${ret('RELATIONSHIP', 'r', w, 'r.confidence', toll, 'r.reviewConflict')}`);
    }
    // Rejected or replaced relationships that a later report asserts again.
    const stored = filter.eventId
      ? `MATCH (:Event {id: $eventId})-[r:${VOID_TYPE}]-()`
      : filter.articleId
        ? `MATCH (:Article {id: $articleId})-[:REPORTS|MENTIONS]->(:Node)-[r:${VOID_TYPE}]-() WHERE $articleId IN r.sources\n  WITH DISTINCT r`
        : `MATCH ()-[r:${VOID_TYPE}]->()`;
    parts.push(`${stored}
  WITH r WHERE r.reviewConflict = true AND r.voidType IN $reviewedTypes AND size(coalesce(r.voidedBy, [])) = 0
  ${ret('RELATIONSHIP', 'r', weight, 'r.confidence', REL_TOLL, 'r.reviewConflict')}`);
  }
  return parts;
}

function queueParams(filter: QueueFilter, withPriority: boolean): Record<string, unknown> {
  return {
    ...(withPriority ? { weights: QUEUE_WEIGHTS } : {}),
    ...(filter.kinds?.length && !filter.kinds.includes('RELATIONSHIP') ? {} : { reviewedTypes: REVIEWED_TYPES }),
    ...(filter.articleId ? { articleId: filter.articleId } : {}),
    ...(filter.eventId ? { eventId: filter.eventId } : {}),
  };
}

function union(parts: string[], withPriority: boolean): string {
  return parts.length ? `CALL () {\n  ${parts.join('\n  UNION ALL\n  ')}\n}` : `UNWIND [] AS kind WITH kind, null AS x${withPriority ? ', 0.0 AS priority' : ''}`;
}

/**
 * One page of the queue (limit + 1 rows): by priority, conflicts first (src/domain/review.ts).
 * The facts' ids are made for the page only.
 */
export function reviewQueue(filter: QueueFilter, offset: number, limit: number): CypherQuery {
  // Relationship functions only where relationships can come (Cypher checks the types it can infer).
  const rels = !filter.kinds?.length || filter.kinds.includes('RELATIONSHIP');
  return {
    cypher: `${union(queueParts(filter, true), true)}
WITH kind, x, priority
ORDER BY priority DESC, kind, elementId(x)
SKIP $offset LIMIT $limit
RETURN kind, CASE kind${rels ? ` WHEN 'RELATIONSHIP' THEN ${REL_ID('x')}` : ''} WHEN 'CASUALTY_CLAIM' THEN 'claim:' + x.id ELSE x.id END AS id, priority`,
    params: { ...queueParams(filter, true), offset: int(offset), limit: int(limit + 1) },
  };
}

/** How many facts wait under the filter. */
export function reviewQueueCount(filter: QueueFilter): CypherQuery {
  return { cypher: `${union(queueParts(filter, false), false)}\nRETURN count(*) AS total`, params: queueParams(filter, false) };
}

// History ---------------------------------------------------------------------------------------

/**
 * The audit trail's raw material for a node: its creation, the articles that reported or
 * mentioned it (each with the time it was ingested), and the log entries of the node and of its
 * relationships and claims.
 */
export function nodeHistory(id: string, limit: number): CypherQuery {
  return {
    cypher: `MATCH (n:Node {id: $id})
CALL (n) {
  OPTIONAL MATCH (art:Article)-[r]->(n) WHERE type(r) IN ['REPORTS', 'MENTIONS'] OR r.voidType IN ['REPORTS', 'MENTIONS']
  WITH art, r ORDER BY art.ingestedAt, art.id LIMIT $limit
  RETURN collect(CASE WHEN art IS NULL THEN null ELSE {article: art.id, at: art.ingestedAt, sentence: r.sentences[0]} END) AS reports
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(:Node) WHERE r.reviewState IS NOT NULL OR r.voidType IS NOT NULL
  RETURN collect(DISTINCT ${REL_ID('r')}) AS relIds
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:CasualtyClaim)
  RETURN collect('claim:' + c.id) AS claimIds
}
WITH n, reports, [$id] + relIds + claimIds AS factIds
CALL (factIds) {
  UNWIND factIds AS factId
  MATCH (l:ReviewLog {factId: factId})
  WITH l ORDER BY l.at LIMIT $limit
  RETURN collect(l {.*}) AS logs
}
RETURN n.createdAt AS createdAt, n.kind AS kind, reports, logs`,
    params: { id, limit: int(limit) },
  };
}

/** The same for a relationship (live or stored away) and for a claim. */
export function factHistory(ref: { kind: 'RELATIONSHIP'; rel: RelRef } | { kind: 'CASUALTY_CLAIM'; id: string; claimId: string }, limit: number): CypherQuery {
  if (ref.kind === 'CASUALTY_CLAIM') {
    return {
      cypher: `MATCH (c:CasualtyClaim {id: $claimId})
OPTIONAL MATCH (art:Article {id: c.articleId})
CALL () {
  OPTIONAL MATCH (l:ReviewLog {factId: $id})
  WITH l ORDER BY l.at LIMIT $limit
  RETURN collect(l {.*}) AS logs
}
RETURN null AS createdAt, CASE WHEN art IS NULL THEN [] ELSE [{article: art.id, at: art.ingestedAt, sentence: c.sentence}] END AS reports, logs`,
      params: { claimId: ref.claimId, id: ref.id, limit: int(limit) },
    };
  }
  const row = ref.rel;
  return {
    cypher: `WITH $row AS row
${MATCH_REL}
WHERE r IS NOT NULL
CALL (r) {
  UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS i
  OPTIONAL MATCH (art:Article {id: r.sources[i]})
  WITH art, r.sentences[i] AS sentence, r.sources[i] AS article ORDER BY art.ingestedAt
  RETURN collect({article: article, at: art.ingestedAt, sentence: sentence}) AS reports
}
CALL (r, row) {
  UNWIND [row.id] + CASE WHEN r.correctionOf IS NULL THEN [] ELSE [r.correctionOf] END AS factId
  OPTIONAL MATCH (l:ReviewLog {factId: factId})
  WITH l ORDER BY l.at LIMIT $limit
  RETURN collect(l {.*}) AS logs
}
RETURN r.createdAt AS createdAt, reports, logs`,
    params: { row: { id: row.id, from: row.from, type: row.type, to: row.to, key: row.key }, limit: int(limit) },
  };
}

/** Provenance types, for callers that must tell them apart. */
export { PROVENANCE_TYPES };
