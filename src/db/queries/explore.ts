/** Cypher for exploration: one neighbourhood hop, timelines and grouped counts. Pure builders. */
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type NodeKind, type RelationshipType } from '../../domain/taxonomy.js';
import type { CypherQuery } from '../graph.js';
import { allowed, int, interval as checkedInterval, nodeKinds, relationshipType, relationshipTypes, type Interval } from './identifiers.js';
import { eventMatch, figureFields, type EventFilterInput } from './lists.js';
import { LABEL_PROPERTIES } from '../mappers.js';
import { NODE, REL } from './read.js';

export interface HopSpec {
  types: RelationshipType[];
  kinds: NodeKind[] | null;
  from: string | null;
  to: string | null;
}

/**
 * How many relationships of one frontier node a hop reads: four times the room left (neighbours
 * repeat, and some are seen already). A hub (ISIS, a province with thousands of events) is cut
 * there instead of being read whole and sorted; any node may still fill the room on its own.
 */
export function hopFanOut(room: number): number {
  return room * 4 + 1;
}

/**
 * What a neighbourhood statement returns of each node or link. `full`: all the mappers read (a
 * node as NODE has it, a link with its properties as REL has them). `summary`: what the explorer
 * draws: a node's id, kind and the properties its label is made of (LABEL_PROPERTIES), a link's
 * type, ends and key (its id). `summary+review`: the summary and the review state (of an event or
 * statement; of a link, with whether it has sources).
 */
export type Projection = 'full' | 'summary' | 'summary+review';
const PROJECTIONS: readonly Projection[] = ['full', 'summary', 'summary+review'];

/** The projection of a neighbourhood's nodes and of its links. */
export interface NeighbourhoodProjection {
  nodes: Projection;
  links: Projection;
}

/** Every node and link read whole. */
export const WHOLE: NeighbourhoodProjection = { nodes: 'full', links: 'full' };

/**
 * The node bound to `v` as `projection` has it. A summary reads the properties of the node's
 * kind only (Neo4j counts a db hit for each property read, present or not).
 */
export function nodeProjection(v: string, projection: Projection): string {
  if (allowed('unknown projection', projection, PROJECTIONS) === 'full') return NODE(v);
  const review = projection === 'summary+review';
  // Dates as text: the driver's decoding of a date value costs more than its reading.
  const map = (props: readonly string[], reviewed: boolean) =>
    `${v} {${['id', 'kind', ...props, ...(review && reviewed ? ['reviewState'] : [])].map((p) => (DATES.has(p) ? `${p}: toString(${v}.${p})` : `.${p}`)).join(', ')}}`;
  return `CASE ${v}.kind WHEN 'Event' THEN ${map(LABEL_PROPERTIES.Event, true)} WHEN 'Statement' THEN ${map(LABEL_PROPERTIES.Statement, true)} WHEN 'Article' THEN ${map(LABEL_PROPERTIES.Article, false)} ELSE ${map(LABEL_PROPERTIES.entity, false)} END`;
}

/** The properties of a summary that hold a date. */
const DATES = new Set(['date', 'published']);

/** The relationship `r`, from the node of element id `x` to `b`, as `projection` has it. */
function linkProjection(projection: Projection): string {
  return `{${linkFields(projection)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ')}}`;
}

/** The fields of `linkProjection`, named, in order. */
function linkFields(projection: Projection): [string, string][] {
  const ends: [string, string][] = [
    ['type', 'type(r)'],
    ['from', 'elementId(startNode(r))'],
    ['to', 'elementId(endNode(r))'],
  ];
  if (allowed('unknown projection', projection, PROJECTIONS) === 'full') return [...ends, ['props', 'r {.*, createdAt: null}']];
  const review: [string, string][] = [
    ['sourced', 'size(coalesce(r.sources, [])) > 0'],
    ['reviewState', 'r.reviewState'],
  ];
  return [...ends, ['key', 'r.key'], ...(projection === 'summary+review' ? review : [])];
}

/**
 * `linkProjection` as a list of the values only (the driver decodes a list faster than a map of
 * the same values), and the names of its items, in order, to read it back (`linkOf`).
 */
export function linkItems(projection: Projection): { list: string; names: string[] } {
  const fields = linkFields(projection);
  return { list: `[${fields.map(([, value]) => value).join(', ')}]`, names: fields.map(([name]) => name) };
}

export interface HopOptions {
  /** What to return of each new node; `full` when not given. */
  projection?: Projection;
  /** Also the element ids of the new nodes (`eids`, in the order of `nodes`). */
  elementIds?: boolean;
}

/**
 * One breadth-first step: nodes not yet seen next to the frontier, at most `limit` of them in
 * order of id, reading at most `perNode` relationships of each frontier node (lazily, in storage
 * order). One row, or none when nothing new is in reach: the nodes, and whether a frontier node
 * gave all it was allowed to (more may lie beyond). The relationships are read afterwards, once,
 * among all the nodes found (`linksAmong`).
 */
export function hop(frontier: string[], seen: string[], spec: HopSpec, limit: number, perNode: number, options: HopOptions = {}): CypherQuery {
  const types = relationshipTypes(spec.types);
  const kinds = nodeKinds(spec.kinds ?? []);
  const dated = spec.from !== null || spec.to !== null;
  // An event matches a range its period (date..dateEnd, src/domain/precision.ts) overlaps.
  return {
    cypher: `UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[:${types}]-(m:Node)
  WHERE m <> n${kinds.length ? ` AND m:${kinds.join('|')}` : ''}${dated ? `
    AND (NOT m:Event OR (($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.date <= date($to))))` : ''}
  WITH m LIMIT $perNode
  RETURN collect(m) AS found
}
WITH max(size(found)) >= $perNode AS capped, collect(found) AS lists
UNWIND lists AS found
UNWIND found AS m
WITH DISTINCT capped, m
WHERE NOT m.id IN $seen
WITH capped, m ORDER BY m.id LIMIT $limit
RETURN capped, collect(${nodeProjection('m', options.projection ?? 'full')}) AS nodes${options.elementIds ? ', collect(elementId(m)) AS eids' : ''}`,
    params: { frontier, seen, from: spec.from, to: spec.to, limit: int(limit), perNode: int(perNode) },
  };
}

/**
 * The root of a neighbourhood, with its element id (the later hops name nodes by element id).
 * Given `types`, also those of them the database has relationships of (`types`, in their
 * order): the hops and links need not name the others, and are cheaper without them (a type
 * Neo4j has no token for is looked up again on every relationship a pattern naming it reads).
 */
export function neighbourhoodRoot(id: string, projection: Projection = 'full', types: RelationshipType[] | null = null): CypherQuery {
  const node = `MATCH (n:Node {id: $id}) RETURN ${nodeProjection('n', projection)} AS node, elementId(n) AS eid`;
  if (types === null) return { cypher: node, params: { id } };
  return {
    cypher: `${node}, [t IN $types WHERE t IN COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType }] AS types`,
    params: { id, types: types.map((t) => relationshipType(t)) },
  };
}

/**
 * `hop`, naming its new nodes by element id too (`eids`, in the order of `nodes`), so that the
 * links among the nodes drawn can be read without reading an `id` property to tell them apart.
 */
export function hopWithElementIds(frontier: string[], seen: string[], spec: HopSpec, limit: number, perNode: number, projection: Projection = 'full'): CypherQuery {
  return hop(frontier, seen, spec, limit, perNode, { projection, elementIds: true });
}

/**
 * The links among `ids` (element ids of the nodes drawn), each once, read from an end that is not a
 * hub: a node with more than `HUB_DEGREE` relationships going out (ISIS, which perpetrated tens of
 * thousands of events in a large graph) is never expanded whole, as nearly all it would give leads
 * out of the drawing (places, whose relationships mostly come in, are never hubs).
 * A link is read from its start node when that is not a hub; from its end node when only the start
 * is one (read only when the drawing has a hub); and between two hubs by checking each pair, where
 * two actors or places can only be linked by the types whose ends are never an event, a statement
 * or an article (so Neo4j reads only those chains of a hub). No property is read to tell whether
 * the other end was drawn. Rows of `rel`, at most `limit`, as `REL` gives them but with the element
 * ids of the ends in `from` and `to` (or as `projection` summarises them). The relationships
 * `linksAmong` gives for the same nodes.
 */
export function linksWithin(ids: string[], types: RelationshipType[], limit: number, projection: Projection = 'full', hubDegree = HUB_DEGREE): CypherQuery {
  return {
    cypher: `${linksAmongDrawn('$ids', types)}
RETURN ${linkProjection(projection)} AS rel LIMIT $limit`,
    params: { ids, limit: int(limit), hubDegree: int(hubDegree) },
  };
}

/**
 * The reads of `linksWithin` over the element ids in `ids` (a parameter or a variable), up to rows
 * of the relationship `r`; `$hubDegree` is the hub threshold.
 */
function linksAmongDrawn(ids: string, types: RelationshipType[]): string {
  const all = relationshipTypes(types);
  const structural = types.filter((t) => STRUCTURAL.has(t));
  const other = types.filter((t) => !STRUCTURAL.has(t));
  const hubPairs = [
    structural.length ? `UNWIND hubs AS a\n  UNWIND hubs AS b\n  MATCH (a)-[r:${relationshipTypes(structural)}]->(b)\n  RETURN r` : null,
    other.length ? `UNWIND hubs AS a\n  UNWIND hubs AS b\n  WITH a, b WHERE a:Event|Statement|Article OR b:Event|Statement|Article\n  MATCH (a)-[r:${relationshipTypes(other)}]->(b)\n  RETURN r` : null,
  ].filter((part) => part !== null);
  // A variable's list is out of scope past the aggregation: it is collected again.
  const param = ids.startsWith('$');
  const within = param ? ids : 'within';
  return `UNWIND ${ids} AS x
MATCH (a) WHERE elementId(a) = x
WITH a, COUNT { (a)-->() } > $hubDegree AS hub
WITH collect(CASE WHEN hub THEN a END) AS hubs, collect(CASE WHEN NOT hub THEN a END) AS others${param ? '' : `, collect(elementId(a)) AS ${within}`}
CALL (hubs, others${param ? '' : `, ${within}`}) {
  UNWIND others AS a
  MATCH (a)-[r:${all}]->(b)
  WHERE elementId(b) IN ${within}
  RETURN r
  UNION ALL
  UNWIND CASE WHEN size(hubs) > 0 THEN others ELSE [] END AS b
  MATCH (b)<-[r:${all}]-(a)
  WHERE a IN hubs
  RETURN r
  UNION ALL
  ${hubPairs.join('\n  UNION ALL\n  ')}
}`;
}

/** The relationship types of the taxonomy the database has relationships of. */
const PRESENT_TYPES = `[t IN ${JSON.stringify(RELATIONSHIP_TYPE_NAMES).replaceAll('"', "'")} WHERE t IN COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType }]`;

/** Where a neighbourhood step starts: at the root, or at the frontier the steps before reached. */
export type StepStart = { root: string } | { frontier: string[]; seen: string[] };

/**
 * One step of ExploreStore.neighbourhood: a breadth-first hop as `hop` takes it, from the root
 * (`root`, its id) or from `frontier` (element ids) with the nodes drawn so far in `seen` (element
 * ids), keeping at most `room` new nodes; and, when the drawing ends with this step (`last`, or a
 * step that overflows the room or finds nothing new), the links among all the nodes drawn, read as
 * `linksWithin` reads them. One statement where a step, then the links, took two (and the root a
 * third): a request of two hops sends two statements, or one when the first hop fills the room.
 *
 * One row (none when there is no root): from the root, `root`, `rootEid` and `present` (the
 * relationship types the database has relationships of, as `neighbourhoodRoot` tells them); then `truncated` (more
 * was in reach), `ended` (the drawing ends with this step), `level` (the new nodes in order of id,
 * each `{node, eid}`) and `rels` (when it ended, at most `linkLimit` links among all the nodes
 * drawn, with the element ids of their ends, each a list of the values of `linkProjection`: see
 * `linkItems`).
 * The hop's sort runs in a subquery that imports nothing, so that it buffers only its own rows.
 */
export function neighbourhoodStep(
  start: StepStart,
  spec: HopSpec,
  room: number,
  last: boolean,
  linkLimit: number,
  projection: NeighbourhoodProjection = WHOLE,
  hubDegree = HUB_DEGREE,
): CypherQuery {
  const types = relationshipTypes(spec.types);
  const kinds = nodeKinds(spec.kinds ?? []);
  const dated = spec.from !== null || spec.to !== null;
  const expand = (n: string) => `MATCH (${n})-[:${types}]-(m:Node)
    WHERE m <> ${n}${kinds.length ? ` AND m:${kinds.join('|')}` : ''}${dated ? `
      AND (NOT m:Event OR (($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.date <= date($to))))` : ''}
    WITH m LIMIT $perNode`;
  const fromRoot = 'root' in start;
  const hop = fromRoot
    ? `MATCH (root:Node {id: $id})
OPTIONAL CALL (root) {
  ${expand('root').replaceAll('\n    ', '\n  ')}
  WITH collect(m) AS found
  UNWIND found AS m
  WITH DISTINCT size(found) >= $perNode AS capped, m
  WITH capped, m ORDER BY m.id LIMIT $take
  RETURN capped, collect(m) AS new
}
WITH root, [elementId(root)] AS seen, capped, new`
    : `OPTIONAL CALL () {
  UNWIND $frontier AS x
  MATCH (n) WHERE elementId(n) = x
  CALL (n) {
    ${expand('n')}
    RETURN collect(m) AS found
  }
  WITH max(size(found)) >= $perNode AS capped, collect(found) AS lists
  UNWIND lists AS found
  UNWIND found AS m
  WITH DISTINCT capped, m
  WHERE NOT elementId(m) IN $seen
  WITH capped, m ORDER BY m.id LIMIT $take
  RETURN capped, collect(m) AS new
}
WITH $seen AS seen, capped, new`;
  const keep = fromRoot ? 'root, ' : '';
  const node = (v: string) => nodeProjection(v, projection.nodes);
  return {
    cypher: `${hop}
WITH ${keep}seen, coalesce(new, []) AS new, coalesce(capped, false) AS capped
WITH ${keep}seen, new[..$room] AS level, capped OR size(new) > $room AS truncated
WITH ${keep}level, truncated, $last OR truncated OR size(level) = 0 AS ended, seen + [m IN level | elementId(m)] AS drawn
CALL (ended, drawn) {
  WITH drawn WHERE ended AND size(drawn) > 1
  ${linksAmongDrawn('drawn', spec.types).replaceAll('\n', '\n  ')}
  WITH r LIMIT $linkLimit
  RETURN collect(${linkItems(projection.links).list}) AS rels
}
RETURN ${fromRoot ? `${node('root')} AS root, elementId(root) AS rootEid, ${PRESENT_TYPES} AS present, ` : ''}truncated, ended, [m IN level | {node: ${node('m')}, eid: elementId(m)}] AS level, rels`,
    params: {
      ...(fromRoot ? { id: start.root } : { frontier: start.frontier, seen: start.seen }),
      room: int(room),
      take: int(room + 1),
      perNode: int(hopFanOut(room)),
      last,
      linkLimit: int(linkLimit),
      hubDegree: int(hubDegree),
      ...(dated ? { from: spec.from, to: spec.to } : {}),
    },
  };
}

/** Relationships going out that a node may have and still be expanded whole when the links among drawn nodes are read. */
const HUB_DEGREE = 500;

/** The relationship types neither end of which is ever an event, a statement or an article. */
const STRUCTURAL = new Set(
  RELATIONSHIP_TYPE_NAMES.filter((t) => ![...RELATIONSHIP_TYPES[t].from, ...RELATIONSHIP_TYPES[t].to].some((k) => k === 'Event' || k === 'Statement' || k === 'Article')),
);

/** Relationships among nodes already drawn (so a neighbourhood shows the links between its nodes). */
export function linksAmong(ids: string[], types: RelationshipType[], limit: number): CypherQuery {
  return {
    cypher: `MATCH (a:Node)-[r:${relationshipTypes(types)}]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids
RETURN ${REL('r')} AS rel LIMIT $limit`,
    params: { ids, limit: int(limit) },
  };
}

export type { Interval };

function where(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join('\n  AND ')}` : '';
}

/**
 * Events per bucket. An event counts in the bucket of its date, or, when its period (a week, month
 * or year) began before the filter's `from`, in the bucket of `from`: the first day of it the
 * filter covers.
 */
export function timeline(filter: EventFilterInput, unit: Interval): CypherQuery {
  const interval = checkedInterval(unit);
  const f = eventMatch(filter);
  const day = filter.from ? 'CASE WHEN e.date < date($from) THEN date($from) ELSE e.date END' : 'e.date';
  const bucket = interval === 'DAY' ? day : `date.truncate('${interval.toLowerCase()}', ${day})`;
  const x = figureFields(filter);
  return {
    cypher: `${f.match}
${where(f.where)}
WITH DISTINCT e
WITH ${bucket} AS bucket, e
RETURN toString(bucket) AS start, count(e) AS events, sum(coalesce(e.${x.fatalities}, 0)) AS fatalities, sum(coalesce(e.${x.injured}, 0)) AS injured
ORDER BY start`,
    params: f.params,
  };
}

export type Grouping = 'PLACE' | 'PERPETRATOR' | 'TARGET' | 'EVENT_TYPE' | 'SUB_EVENT_TYPE';

export function eventStats(filter: EventFilterInput, groupBy: Grouping, placeType: string, limit: number): CypherQuery {
  const f = eventMatch(filter);
  const group: Record<Grouping, string> = {
    PLACE: 'MATCH (e)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..12]->(g:Place {placeType: $placeType}) WITH DISTINCT e, g WITH e, g.id AS key, g.name AS label, g.id AS nodeId',
    PERPETRATOR: 'MATCH (g:Node)-[:PERPETRATED]->(e) WITH e, g.id AS key, g.name AS label, g.id AS nodeId',
    TARGET: 'MATCH (e)-[:TARGETED]->(g:Node) WITH e, g.id AS key, g.name AS label, g.id AS nodeId',
    EVENT_TYPE: 'WITH e, e.eventType AS key, e.eventType AS label, null AS nodeId',
    SUB_EVENT_TYPE: 'WITH e, e.subEventType AS key, e.subEventType AS label, null AS nodeId',
  };
  const grouping = group[allowed('unknown grouping', groupBy, Object.keys(group) as Grouping[])];
  return {
    cypher: `${f.match}
${where(f.where)}
WITH DISTINCT e
${grouping}
RETURN key, label, nodeId, count(e) AS events, sum(coalesce(e.${figureFields(filter).fatalities}, 0)) AS fatalities, sum(coalesce(e.${figureFields(filter).injured}, 0)) AS injured
ORDER BY events DESC, fatalities DESC, key
LIMIT $limit`,
    params: { ...f.params, placeType, limit: int(limit) },
  };
}
