/**
 * Cypher for reads. Pure functions returning {cypher, params}. Labels and relationship types come
 * only from the closed lists in src/domain/taxonomy.ts; every value is a parameter.
 */
import { RELATIONSHIP_TYPE_NAMES, type NodeKind, type RelationshipType } from '../../domain/taxonomy.js';
import { foldName } from '../../domain/fold.js';
import { VOID_TYPE } from '../../domain/review.js';
import type { CypherQuery } from '../graph.js';
import type { KeyedParts } from './combine.js';
import { NODE_PROPERTIES } from '../mappers.js';
import { int, nodeKinds, relationshipTypes, wholeNumber } from './identifiers.js';

const NODE_PROJECTION = NODE_PROPERTIES.map((p) => `.${p}`).join(', ');
const STORED = new Set<string>(NODE_PROPERTIES);
/**
 * The node properties the mappers read (src/db/mappers.ts), absent ones as null; given
 * `properties`, only those, with the id, kind and review state every record has (the fields a
 * request asks, src/graphql/prefetch.ts `propertiesFor`). Neo4j counts a db hit for every property
 * projected, present or not, and the driver decodes each one.
 */
export const NODE = (v: string, properties?: readonly string[]) => {
  if (!properties) return `${v} {${NODE_PROJECTION}}`;
  for (const p of properties) if (!STORED.has(p)) throw new Error(`unknown node property: ${p}`);
  return `${v} {${['id', 'kind', 'reviewState', ...properties.filter((p) => p !== 'id' && p !== 'kind' && p !== 'reviewState')].map((p) => `.${p}`).join(', ')}}`;
};
/** A relationship with its endpoints' ids and its properties (less its creation time). */
export const REL = (r: string) => `{type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, props: ${r} {.*, createdAt: null}}`;

function types(list: readonly string[] | undefined): string {
  return relationshipTypes(list && list.length ? list : RELATIONSHIP_TYPE_NAMES);
}

function labels(kinds: readonly string[]): string {
  return nodeKinds(kinds).join('|');
}

export function nodesByIds(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, ${NODE('n')} AS node`,
    params: { ids },
  };
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface NeighbourSpec {
  types: RelationshipType[];
  direction: Direction;
  /** Only neighbours of these kinds. */
  kinds?: NodeKind[];
  limit: number;
  /** Order of neighbours: by name (entities), by date (events, statements, articles), or none. */
  order?: 'name' | 'date-desc';
  /** Only statements with this stance. */
  stance?: string | null;
  /**
   * Also relationships a curator took out (stored under REJECTED, docs/adr/0011): for the fields
   * of a rejected event or statement, which show what was read as it was read.
   */
  withRejected?: boolean;
  /**
   * Only these properties of each neighbour (with its id, kind and review state), sorted: the
   * fields a request asks of it. Every property when not given. The records are then partial
   * (mappers.ts `isPartial`) and never stand in for whole nodes.
   */
  properties?: string[];
}

/**
 * For each id, its neighbours through the given relationship types, at most `limit` per id:
 * one round trip for any number of parents. Keyed reads (src/db/queries/combine.ts) take the
 * namespace `ns` of their parameters last.
 */
export function neighbours(ids: string[], spec: NeighbourSpec, ns = ''): KeyedParts {
  const items = neighbourItems('n', spec, ns);
  return { body: `UNWIND $${ns}ids AS id\nMATCH (n:Node {id: id})`, id: 'id', items: items.expression, params: { [`${ns}ids`]: ids, ...items.params } };
}

/**
 * A neighbour list to read ahead (docs/adr/0015): the spec the field asks, and the lists the
 * neighbours' own fields will ask, one level down (a statement's sources, then each article's
 * publisher).
 */
export interface ReadAheadSpec {
  spec: NeighbourSpec;
  then: NeighbourSpec[];
}

/**
 * The neighbours of the node bound to `node`, as `neighbours` reads them for one id: a list of
 * {node, rel}, with its own parameters named `<prefix>limit` (and `<prefix>stance`,
 * `<prefix>types`). A page statement adds it to fetch, for each node of the page, what a field
 * below will ask (docs/adr/0015).
 */
export function neighbourItems(node: string, spec: NeighbourSpec, prefix: string, then: NeighbourSpec[] = []): { expression: string; params: Record<string, unknown> } {
  return items(node, spec, prefix, then, '');
}

/** `neighbourItems` with its own variables (m<level>, r<level>): a nested COLLECT sees the outer ones. */
function items(node: string, spec: NeighbourSpec, prefix: string, then: NeighbourSpec[], level: string): { expression: string; params: Record<string, unknown> } {
  const [m, r] = [`m${level}`, `r${level}`];
  const arrow = spec.direction === 'OUT' ? ['-', '->'] : spec.direction === 'IN' ? ['<-', '-'] : ['-', '-'];
  const target = spec.kinds && spec.kinds.length ? `${m}:${labels(spec.kinds)}` : `${m}:Node`;
  const order =
    spec.order === 'name'
      ? `ORDER BY ${m}.name, ${m}.id`
      : spec.order === 'date-desc'
        ? `ORDER BY coalesce(${m}.date, ${m}.published) DESC, ${m}.id`
        : `ORDER BY ${m}.id`;
  const where = [
    ...(spec.stance ? [`${m}.stance = $${prefix}stance`] : []),
    ...(spec.withRejected ? [`(type(${r}) <> '${VOID_TYPE}' OR ${r}.voidType IN $${prefix}types)`] : []),
  ];
  // One level down: each neighbour's own lists, as `pre<j>` beside it.
  const nested = then.map((x, j) => items(m, x, `${prefix}then${j}_`, [], `${Number(level || 0) + 1}`));
  return {
    expression: `COLLECT {
  MATCH (${node})${arrow[0]}[${r}:${types(spec.types)}${spec.withRejected ? `|${VOID_TYPE}` : ''}]${arrow[1]}(${target})${where.length ? `\n  WHERE ${where.join(' AND ')}` : ''}
  WITH ${m}, ${r} ${order} LIMIT $${prefix}limit
  RETURN {node: ${NODE(m, spec.properties)}, rel: ${REL(r)}${nested.map((x, j) => `, pre${j}: ${x.expression}`).join('')}}
}`,
    params: {
      [`${prefix}limit`]: int(spec.limit),
      ...(spec.stance ? { [`${prefix}stance`]: spec.stance } : {}),
      ...(spec.withRejected ? { [`${prefix}types`]: spec.types } : {}),
      ...Object.assign({}, ...nested.map((x) => x.params)),
    },
  };
}

/** Governments an actor answers to: itself, or up UNDER / PART_OF / HOLDS_OFFICE chains. */
export function governmentsOf(ids: string[], ns = ''): KeyedParts {
  return {
    body: `UNWIND $${ns}ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH p = (n)-[:UNDER|PART_OF|HOLDS_OFFICE*0..4]->(g:Government)
  WITH g, min(length(p)) AS hops
  RETURN g ORDER BY hops, g.name
}`,
    id: 'id',
    items: `collect(${NODE('g')})`,
    params: { [`${ns}ids`]: ids },
  };
}

/** Each place with every enclosing place, innermost first. */
export function ancestorsOf(ids: string[], ns = ''): KeyedParts {
  return {
    body: `UNWIND $${ns}ids AS id
MATCH (p:Place {id: id})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*1..12]->(a:Place)
  RETURN a ORDER BY length(path)
}`,
    id: 'id',
    items: `collect(${NODE('a')})`,
    params: { [`${ns}ids`]: ids },
  };
}

/** Governments with authority over each place, from the place itself outwards. */
export function governedBy(ids: string[], ns = ''): KeyedParts {
  return {
    body: `UNWIND $${ns}ids AS id
MATCH (p:Place {id: id})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..12]->(:Place)<-[:GOVERNS]-(g:Government)
  WITH g, min(length(path)) AS hops
  RETURN g ORDER BY hops
}`,
    id: 'id',
    items: `collect(${NODE('g')})`,
    params: { [`${ns}ids`]: ids },
  };
}

/** Forces serving each government, directly (UNDER) or as part of such a force. */
export function forcesOf(ids: string[], ns = ''): KeyedParts {
  return {
    body: `UNWIND $${ns}ids AS id
MATCH (g:Government {id: id})
CALL (g) {
  MATCH (f:Force)-[:PART_OF*0..3]->(:Force)-[:UNDER]->(g)
  RETURN DISTINCT f ORDER BY f.name
}`,
    id: 'id',
    items: `collect(${NODE('f')})`,
    params: { [`${ns}ids`]: ids },
  };
}

/** Casualty claims per event, with the publication date of each claim's article. */
export function claimsByEvent(ids: string[], ns = ''): KeyedParts {
  return { body: `UNWIND $${ns}ids AS id\nMATCH (e:Event {id: id})`, id: 'id', items: claimItems('e'), params: { [`${ns}ids`]: ids } };
}

/**
 * The casualty claims of the event bound to `event`, each with its article's publication date, as
 * `claimsByEvent` reads them for one id. A page of events adds it to read ahead what `fatalities`,
 * `injured`, `casualties` and `claims` ask (docs/adr/0015).
 */
export function claimItems(event: string): string {
  return `COLLECT {
  MATCH (${event})-[:HAS_CLAIM]->(c:CasualtyClaim)
  OPTIONAL MATCH (a:Article {id: c.articleId})
  RETURN c {.*, published: toString(a.published)}
}`;
}

/** For each place, the other places within a radius of it, nearest first. */
export function nearbyPlaces(ids: string[], radiusKm: number, placeTypes: string[] | null, limit: number, ns = ''): KeyedParts {
  return {
    body: `UNWIND $${ns}ids AS id
MATCH (c:Place {id: id})
CALL (c) {
  MATCH (p:Place)
  WHERE point.distance(p.location, c.location) <= $${ns}meters AND p <> c AND ($${ns}types IS NULL OR p.placeType IN $${ns}types)
  WITH p, point.distance(p.location, c.location) AS d
  RETURN p, d ORDER BY d, p.id LIMIT $${ns}limit
}`,
    id: 'id',
    items: `collect({node: ${NODE('p')}, km: d / 1000.0})`,
    params: { [`${ns}ids`]: ids, [`${ns}meters`]: radiusKm * 1000, [`${ns}types`]: placeTypes, [`${ns}limit`]: int(limit) },
  };
}

/**
 * Relationships of each node, at most `limit` per node, by type. With `withRejected`, those a
 * curator took out (stored under REJECTED, docs/adr/0011) come too, after the others.
 */
export function relationshipsOf(ids: string[], relTypes: RelationshipType[] | undefined, direction: Direction, limit: number, withRejected = false, ns = ''): KeyedParts {
  const arrow = direction === 'OUT' ? ['-', '->'] : direction === 'IN' ? ['<-', '-'] : ['-', '-'];
  const typeList = relTypes && relTypes.length ? relTypes : RELATIONSHIP_TYPE_NAMES;
  return {
    body: `UNWIND $${ns}ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)${arrow[0]}[r:${types(relTypes)}${withRejected ? `|${VOID_TYPE}` : ''}]${arrow[1]}(:Node)
  ${withRejected ? `WHERE type(r) <> '${VOID_TYPE}' OR r.voidType IN $${ns}types
  ` : ''}RETURN r ORDER BY ${withRejected ? `type(r) = '${VOID_TYPE}', coalesce(r.voidType, type(r))` : 'type(r)'}, elementId(r) LIMIT $${ns}limit
}`,
    id: 'id',
    items: `collect(${REL('r')})`,
    params: { [`${ns}ids`]: ids, [`${ns}limit`]: int(limit), ...(withRejected ? { [`${ns}types`]: typeList } : {}) },
  };
}

/**
 * A relationship by its ends, type and key; when none counts, the one a curator took out (stored
 * under REJECTED, docs/adr/0011), so that provenance still shows it, as rejected.
 */
export function relationshipByEnds(from: string, type: RelationshipType, to: string, key: string | null): CypherQuery {
  return {
    cypher: `MATCH (a:Node {id: $from})-[r:${types([type])}|${VOID_TYPE}]->(b:Node {id: $to})
WHERE (type(r) = $type AND ($key IS NULL OR coalesce(r.key, '') = $key))
   OR (type(r) = '${VOID_TYPE}' AND r.voidType = $type AND ($key IS NULL OR r.key = $type + '|' + $key))
RETURN ${REL('r')} AS rel ORDER BY type(r) = '${VOID_TYPE}', r.key LIMIT 1`,
    params: { from, to, key, type },
  };
}

export function factsQuery(subject: string | null, type: RelationshipType | null, object: string | null, limit: number): CypherQuery {
  const a = subject ? '(a:Node {id: $subject})' : '(a:Node)';
  const b = object ? '(b:Node {id: $object})' : '(b:Node)';
  return {
    cypher: `MATCH ${a}-[r:${types(type ? [type] : undefined)}]->${b}
WITH r, a, b ORDER BY type(r), a.id, b.id LIMIT $limit
RETURN ${REL('r')} AS rel`,
    params: { subject, object, limit: int(limit) },
  };
}

/** The full-text index over entities' folded names and aliases (src/db/migrations.ts). */
export const SEARCH_INDEX = 'entity_search';

/**
 * Full-text search over names and aliases, as folded by src/domain/fold.ts (`searchName`,
 * `searchAliases`). `luceneQuery` is built by `toLuceneQuery`, which folds the same way. When
 * `text` (what the user typed) is given, entities with a name or alias equal to it once folded
 * come first ("الموصل" is Mosul's own name before it is the first word of Mosul Dam's), then by
 * score. Given `properties`, only those of each entity (`NODE`).
 */
export function searchEntities(luceneQuery: string, kinds: string[] | null, limit: number, text?: string, properties?: readonly string[]): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q, {limit: $scanLimit}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, coalesce(node.searchName = $exact OR $exact IN node.searchAliases, false) AS exact
WITH node, score ORDER BY exact DESC, score DESC, node.name LIMIT $limit
RETURN ${NODE('node', properties)} AS node, score`,
    params: { q: luceneQuery, kinds, limit: int(limit), scanLimit: int(Math.max(limit * 5, 50)), exact: text === undefined ? null : foldName(text) },
  };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a Lucene query: folded as the indexed names are (src/domain/fold.ts:
 * case, accents, Arabic diacritics and letter variants), then each word matched exactly
 * (boosted), as a prefix, or with one typo for words of five letters or more. Lucene syntax in the
 * input is escaped.
 */
export function toLuceneQuery(input: string): string | null {
  const words = foldName(input)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (!words.length) return null;
  const clauses = words.map((w) => {
    const parts = [`${w}^3`, `${w}*`];
    if (w.length >= 5) parts.push(`${w}~1`);
    return `(${parts.join(' OR ')})`;
  });
  return clauses.join(' AND ');
}

/** All shortest paths between two nodes, ignoring direction. */
export function shortestPaths(from: string, to: string, maxHops: number, limit: number, relTypes: RelationshipType[] | undefined): CypherQuery {
  const hops = Math.max(1, Math.min(wholeNumber('not a whole number of hops', maxHops), 10));
  return {
    cypher: `MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[:${types(relTypes)}*..${hops}]-(b))
WITH p LIMIT $limit
RETURN [n IN nodes(p) | ${NODE('n')}] AS nodes, [r IN relationships(p) | ${REL('r')}] AS rels`,
    params: { from, to, limit: int(limit) },
  };
}

export function placeDistance(from: string, to: string): CypherQuery {
  return {
    cypher: `MATCH (a:Place {id: $from}), (b:Place {id: $to})
RETURN ${NODE('a')} AS from, ${NODE('b')} AS to`,
    params: { from, to },
  };
}

export function nodeLocation(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Node {id: $id}) RETURN n.kind AS kind, n.location AS location`,
    params: { id },
  };
}

/**
 * Entities with the names they go by and their parent (the enclosing place, or the body they are
 * part of or under, in that order of preference, the smallest id first), for the extractor's
 * gazetteer: every entity, or those with the given ids.
 */
export function gazetteerEntries(ids: string[] | null = null): CypherQuery {
  // All entities, or the given ones by their id (an index seek each, not a scan of every entity).
  const match = ids === null ? 'MATCH (n:Entity)' : 'UNWIND $ids AS wanted\nWITH DISTINCT wanted\nMATCH (n:Node {id: wanted}) WHERE n:Entity';
  return {
    cypher: `${match}
OPTIONAL MATCH (n)-[pr:LOCATED_IN|PART_OF|UNDER]->(p:Entity)
WITH n, p ORDER BY CASE type(pr) WHEN 'LOCATED_IN' THEN 0 WHEN 'PART_OF' THEN 1 ELSE 2 END, p.id
WITH n, collect(p.id) AS parents
OPTIONAL MATCH (n)-[:GOVERNS]->(gp:Place)
WITH n, parents, gp ORDER BY gp.id
WITH n, parents, collect(gp.id) AS governed
OPTIONAL MATCH (gov:Government)-[:GOVERNS]->(n)
WITH n, parents, governed, gov ORDER BY gov.id
WITH n, parents, governed, collect(gov.id) AS governors
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.placeType AS placeType, n.organizationType AS organizationType,
       parents[0] AS parentId, CASE WHEN n.kind = 'Government' THEN governed[0] ELSE governors[0] END AS governs`,
    params: { ids },
  };
}
