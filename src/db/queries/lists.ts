/**
 * Filtered, sorted, paginated lists. Each list has one builder for its MATCH ... WHERE part, reused
 * for the page, the total count, the totals and the per-parent lists of nested fields.
 */
import { foldName } from '../../domain/fold.js';
import { PERIOD_PRECISIONS, earliestStartReaching } from '../../domain/precision.js';
import { ENTITY_KINDS, type EntityKind } from '../../domain/taxonomy.js';
import type { CypherQuery } from '../graph.js';
import type { KeyedParts } from './combine.js';
import { entityKinds, int } from './identifiers.js';
import { NODE, claimItems, neighbourItems, type ReadAheadSpec } from './read.js';

export interface Circle {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export interface EventFilterInput {
  placeId?: string | null;
  near?: Circle | null;
  from?: string | null;
  to?: string | null;
  eventTypes?: string[] | null;
  subEventTypes?: string[] | null;
  actorId?: string | null;
  perpetratorId?: string | null;
  targetId?: string | null;
  minFatalities?: number | null;
  articleId?: string | null;
  /** true: only events a curator confirmed or corrected (and figures from such claims); false: only undecided ones. */
  reviewed?: boolean | null;
}

/**
 * The review filter (docs/adr/0011). Rejected events need none where the match follows a
 * relationship (a rejected event's relationships are stored away under REJECTED, which no read
 * follows); `NOT_REJECTED` covers the matches that start from the Event label or its indexes.
 */
const REVIEWED = "e.reviewState IN ['CONFIRMED', 'CORRECTED']";
const UNREVIEWED = 'e.reviewState IS NULL';
const NOT_REJECTED = "coalesce(e.reviewState, '') <> 'REJECTED'";

/**
 * The stored figures totals add up: every claim that counts, or (`reviewed: true`) only the
 * claims a curator confirmed or corrected (src/db/writer.ts stores both).
 */
export function figureFields(filter: EventFilterInput) {
  const r = filter.reviewed === true;
  return {
    fatalities: r ? 'reviewedFatalities' : 'fatalities',
    injured: r ? 'reviewedInjured' : 'injured',
    groupKeys: r ? 'reviewedGroupKeys' : 'groupKeys',
    groupNames: r ? 'reviewedGroupNames' : 'groupNames',
    groupActors: r ? 'reviewedGroupActors' : 'groupActors',
    groupKilled: r ? 'reviewedGroupKilled' : 'groupKilled',
    groupInjured: r ? 'reviewedGroupInjured' : 'groupInjured',
    groupAbducted: r ? 'reviewedGroupAbducted' : 'groupAbducted',
    groupArrested: r ? 'reviewedGroupArrested' : 'groupArrested',
  };
}

export type EventSort = 'DATE_DESC' | 'DATE_ASC' | 'FATALITIES_DESC' | 'DISTANCE_ASC';

/** Where the match starts from in a nested list: the parent place (with its subtree) or actor. */
export type EventAnchor = { kind: 'place'; includeNested: boolean } | { kind: 'actor'; role: 'ANY' | 'PERPETRATOR' | 'TARGET' };

interface Fragment {
  match: string;
  where: string[];
  params: Record<string, unknown>;
  /** The match yields each node once (no variable-length paths or unions), so DISTINCT can go. */
  unique?: boolean;
  /** When `match` is a union of disjoint parts (`periodOverlapMatch`): each part's MATCH ... WHERE. */
  parts?: string[];
}

/**
 * MATCH and WHERE for events. The most selective filter drives the match (a place subtree, an
 * actor, an article, or the date index); the others become predicates. Parameters are named under
 * `ns` (a keyed read's namespace, src/db/queries/combine.ts).
 */
export function eventMatch(filter: EventFilterInput, anchor?: EventAnchor, ns = ''): Fragment {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  /** The parameter `name` with `value`: its reference in the text. */
  const $ = (name: string, value: unknown): string => {
    params[ns + name] = value;
    return `$${ns}${name}`;
  };
  let match: string;
  // PERPETRATED always ends, and TARGETED always starts, at an event (the taxonomy; a rejected
  // event's relationships are stored away under another type): the label is not checked there.
  // What drives the match when nothing anchors it (the first of these given).
  const drives = anchor ? null : filter.placeId ? 'place' : filter.perpetratorId ? 'perpetrator' : filter.articleId ? 'article' : null;

  if (anchor?.kind === 'place') {
    match = anchor.includeNested
      ? 'MATCH (pl:Place)-[:LOCATED_IN*0..12]->(anchor) MATCH (e:Event)-[:OCCURRED_IN]->(pl)'
      : 'MATCH (e:Event)-[:OCCURRED_IN]->(anchor)';
  } else if (anchor?.kind === 'actor') {
    match =
      anchor.role === 'PERPETRATOR'
        ? 'MATCH (anchor)-[:PERPETRATED]->(e)'
        : anchor.role === 'TARGET'
          ? 'MATCH (e)-[:TARGETED]->(anchor)'
          : 'CALL (anchor) { MATCH (anchor)-[:PERPETRATED]->(x) RETURN x UNION MATCH (x)-[:TARGETED]->(anchor) RETURN x } WITH anchor, x AS e';
  } else if (drives === 'place') {
    match = `MATCH (root:Place {id: ${$('placeId', filter.placeId)}}) MATCH (pl:Place)-[:LOCATED_IN*0..12]->(root) MATCH (e:Event)-[:OCCURRED_IN]->(pl)`;
  } else if (drives === 'perpetrator') {
    match = `MATCH (:Node {id: ${$('perpetratorId', filter.perpetratorId)}})-[:PERPETRATED]->(e)`;
  } else if (drives === 'article') {
    match = `MATCH (:Article {id: ${$('articleId', filter.articleId)}})-[:REPORTS]->(e:Event)`;
  } else {
    match = 'MATCH (e:Event)';
  }

  if (filter.placeId && drives !== 'place') where.push(`EXISTS { (e)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..12]->(:Place {id: ${$('placeId', filter.placeId)}}) }`);
  // An event stands for the days from its date to its dateEnd (a WEEK, MONTH or YEAR of them when
  // its date is that imprecise, src/domain/precision.ts): it matches a range its period overlaps.
  if (filter.from) {
    const from = $('from', filter.from);
    if (match !== 'MATCH (e:Event)') where.push(`e.dateEnd >= date(${from})`);
  }
  if (filter.to) where.push(`e.date <= date(${$('to', filter.to)})`);
  if (filter.eventTypes?.length) where.push(`e.eventType IN ${$('eventTypes', filter.eventTypes)}`);
  if (filter.subEventTypes?.length) where.push(`e.subEventType IN ${$('subEventTypes', filter.subEventTypes)}`);
  if (filter.perpetratorId && drives !== 'perpetrator') where.push(`EXISTS { (:Node {id: ${$('perpetratorId', filter.perpetratorId)}})-[:PERPETRATED]->(e) }`);
  if (filter.targetId) where.push(`EXISTS { (e)-[:TARGETED]->(:Node {id: ${$('targetId', filter.targetId)}}) }`);
  if (filter.actorId) {
    const actor = $('actorId', filter.actorId);
    where.push(`(EXISTS { (:Node {id: ${actor}})-[:PERPETRATED]->(e) } OR EXISTS { (e)-[:TARGETED]->(:Node {id: ${actor}}) })`);
  }
  if (filter.articleId && drives !== 'article') where.push(`EXISTS { (:Article {id: ${$('articleId', filter.articleId)}})-[:REPORTS]->(e) }`);
  if (filter.minFatalities !== undefined && filter.minFatalities !== null) {
    where.push(`coalesce(e.${figureFields(filter).fatalities}, 0) >= ${$('minFatalities', filter.minFatalities)}`);
  }
  if (filter.near) {
    where.push(
      `point.distance(e.location, point({latitude: ${$('nearLat', filter.near.latitude)}, longitude: ${$('nearLon', filter.near.longitude)}})) <= ${$('nearMeters', filter.near.radiusKm * 1000)}`,
    );
  }
  if (filter.reviewed === true) where.push(REVIEWED);
  else if (filter.reviewed === false) where.push(UNREVIEWED);
  // From the label or its indexes, a rejected event would come too; near needs no check, as a
  // rejected event has no location (its OCCURRED_IN is stored away, and with it its coordinates).
  else if (match === 'MATCH (e:Event)' && !filter.near) where.push(NOT_REJECTED);
  if (filter.from && match === 'MATCH (e:Event)') return periodOverlapMatch(where, params, filter.from, ns);
  return { match, where, params, unique: match === 'MATCH (e:Event)' };
}

/**
 * Events from a date on, when nothing narrower drives the match: those dated in the range (a
 * seek of the date index), and, for each longer precision, those that began before the range and
 * reach into it (a seek of the (datePrecision, date) index over the few days that allows: six for
 * WEEK, the month of `from` so far for MONTH, its year so far for YEAR). The parts are disjoint,
 * so each event comes once; the other conditions go into every part, where the planner can use
 * them too.
 */
function periodOverlapMatch(where: string[], params: Record<string, unknown>, from: string, ns: string): Fragment {
  const rest = where.map((w) => `\n    AND ${w}`).join('');
  const parts = [
    `MATCH (e:Event)
  WHERE e.date >= date($${ns}from)${rest}`,
    ...PERIOD_PRECISIONS.map(
      (p) => `MATCH (e:Event)
  WHERE e.datePrecision = '${p}' AND e.date >= date($${ns}${p.toLowerCase()}From) AND e.date < date($${ns}from) AND e.dateEnd >= date($${ns}from)${rest}`,
    ),
  ];
  const floors = Object.fromEntries(PERIOD_PRECISIONS.map((p) => [`${ns}${p.toLowerCase()}From`, earliestStartReaching(from, p)]));
  return { match: union(parts, 'RETURN e'), parts, where: [], params: { ...params, ...floors }, unique: true };
}

function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join('\n  AND ')}` : '';
}

/** One page of a list (limit + 1 rows, so the caller knows whether there is a next page). */
function page(f: Fragment, variable: string, order: string, offset: number, limit: number, prefetch: ReadAheadSpec[] = [], properties?: readonly string[]): CypherQuery {
  const pre = prefetched(variable, prefetch);
  return {
    cypher: `${f.match}
${whereClause(f.where)}
WITH DISTINCT ${variable}
${order}
SKIP $offset LIMIT $limit
RETURN ${NODE(variable, properties)} AS node${pre.columns}`,
    params: { ...f.params, offset: int(offset), limit: int(limit + 1), ...pre.params },
  };
}

/** What a list of events reads ahead for each event (docs/adr/0015): neighbours per spec, and its claims. */
export interface EventReadAhead {
  neighbours: ReadAheadSpec[];
  claims: boolean;
}

export const NO_READ_AHEAD: EventReadAhead = { neighbours: [], claims: false };

/**
 * Columns `pre0`, `pre1`, ... after a page's node: for each node of the page, its neighbours as
 * `neighbours` reads them for each spec (read.ts `neighbourItems`), computed for the page only;
 * with `claims`, a column `claims` too (read.ts `claimItems`).
 */
function prefetched(variable: string, specs: ReadAheadSpec[], claims = false): { columns: string; params: Record<string, unknown> } {
  const ahead = readAheadItems(variable, specs, claims);
  return { columns: ahead.items.map(([name, expression]) => `, ${expression} AS ${name}`).join(''), params: ahead.params };
}

/** The read-ahead of one node, as [name, expression] pairs (`pre<i>`, `claims`) and their parameters (named under `ns`). */
function readAheadItems(variable: string, specs: ReadAheadSpec[], claims: boolean, ns = ''): { items: [string, string][]; params: Record<string, unknown> } {
  const lists = specs.map((x, i) => neighbourItems(variable, x.spec, `${ns}pre${i}_`, x.then));
  return {
    items: [...lists.map((x, i): [string, string] => [`pre${i}`, x.expression]), ...(claims ? [['claims', claimItems(variable)] as [string, string]] : [])],
    params: Object.assign({}, ...lists.map((x) => x.params)),
  };
}

function count(f: Fragment, variable: string): CypherQuery {
  return { cypher: `${f.match}\n${whereClause(f.where)}\nRETURN count(DISTINCT ${variable}) AS total`, params: f.params };
}

function eventOrder(sort: EventSort, fatalities = 'fatalities'): string {
  switch (sort) {
    case 'DATE_ASC':
      return 'ORDER BY e.date ASC, e.id ASC';
    case 'FATALITIES_DESC':
      return `ORDER BY coalesce(e.${fatalities}, 0) DESC, e.date DESC, e.id ASC`;
    case 'DISTANCE_ASC':
      return 'ORDER BY distance ASC, e.date DESC, e.id ASC';
    default:
      return 'ORDER BY e.date DESC, e.id ASC';
  }
}

const DISTANCE = (near: Circle | null | undefined) =>
  near ? 'point.distance(e.location, point({latitude: $nearLat, longitude: $nearLon})) / 1000.0' : 'null';

function union(parts: string[], tail: string): string {
  return `CALL () {\n  ${parts.map((p) => `${p}\n  ${tail}`).join('\n  UNION ALL\n  ')}\n}`;
}

/**
 * The events of a circle, by date, when nothing else filters them: the point index reads every
 * event of the circle to sort them, while walking the date index and keeping the events inside the
 * circle stops after about (page × all events ÷ events of the circle) of them, far fewer where the
 * circle holds many. The statement picks the cheaper from the events of the places in the circle
 * (the sum of their OCCURRED_IN degrees, an estimate that costs a few reads per place): one part
 * of the union runs, the other gets an empty range (a guard in a WHERE would come after its index
 * read). Both parts keep the first `$offset + $limit` events in the page's order.
 */
function nearByDate(filter: EventFilterInput, sort: EventSort): string | null {
  if (!filter.near || (sort !== 'DATE_DESC' && sort !== 'DATE_ASC')) return null;
  if (Object.entries(filter).some(([key, value]) => key !== 'near' && value !== null && value !== undefined)) return null;
  const inCircle = (p: string, radius: string) => `point.distance(${p}.location, point({latitude: $nearLat, longitude: $nearLon})) <= ${radius}`;
  const dense = 'nearby * nearby > events * ($offset + $limit)';
  const order = eventOrder(sort);
  return `CALL () {
  MATCH (p:Place) WHERE ${inCircle('p', '$nearMeters')}
  RETURN sum(COUNT { (p)<-[:OCCURRED_IN]-() }) AS nearby
}
CALL () { MATCH (x:Event) RETURN count(x) AS events }
CALL (nearby, events) {
  WITH CASE WHEN ${dense} THEN date('0001-01-01') ELSE date('9999-12-31') END AS earliest
  MATCH (e:Event) USING INDEX e:Event(date)
  WHERE e.date >= earliest AND ${inCircle('e', '$nearMeters')}
  WITH e ${order} LIMIT $offset + $limit
  RETURN e
  UNION ALL
  WITH CASE WHEN ${dense} THEN -1.0 ELSE $nearMeters END AS radius
  MATCH (e:Event) WHERE ${inCircle('e', 'radius')}
  WITH e ${order} LIMIT $offset + $limit
  RETURN e
}`;
}

/** One page of events (limit + 1 rows, so the caller knows whether there is a next page). */
export function eventPage(filter: EventFilterInput, sort: EventSort, offset: number, limit: number, readAhead: EventReadAhead = NO_READ_AHEAD): CypherQuery {
  const f = eventMatch(filter);
  // The distance is computed for the page only, unless the page is ordered by it.
  const byDistance = sort === 'DISTANCE_ASC';
  const pre = prefetched('e', readAhead.neighbours, readAhead.claims);
  // By date over a union of date ranges: each part gives its first rows in index order, and only
  // those are sorted together (instead of every event of the range).
  const walk = nearByDate(filter, sort);
  const match = walk ?? (f.parts && (sort === 'DATE_DESC' || sort === 'DATE_ASC') ? union(f.parts, `WITH e ${eventOrder(sort)} LIMIT $offset + $limit\n  RETURN e`) : f.match);
  return {
    cypher: `${match}
${walk ? '' : whereClause(f.where)}
WITH ${f.unique ? '' : 'DISTINCT '}e${byDistance ? `, ${DISTANCE(filter.near)} AS distance` : ''}
${eventOrder(sort, figureFields(filter).fatalities)}
SKIP $offset LIMIT $limit
RETURN ${NODE('e')} AS node, ${byDistance ? 'distance' : DISTANCE(filter.near)} AS distance${pre.columns}`,
    params: { ...f.params, offset: int(offset), limit: int(limit + 1), ...pre.params },
  };
}

export function eventCount(filter: EventFilterInput): CypherQuery {
  return count(eventMatch(filter), 'e');
}

/** Sums over the whole filtered set: events, fatalities, injured. */
export function eventTotals(filter: EventFilterInput): CypherQuery {
  const f = eventMatch(filter);
  const x = figureFields(filter);
  return {
    cypher: `${f.match}
${whereClause(f.where)}
WITH DISTINCT e
RETURN count(e) AS events, sum(coalesce(e.${x.fatalities}, 0)) AS fatalities, sum(coalesce(e.${x.injured}, 0)) AS injured`,
    params: f.params,
  };
}

/** Per affected group, sums of each event's best-source figures over the filtered set. */
export function eventGroupTotals(filter: EventFilterInput): CypherQuery {
  const f = eventMatch(filter);
  const x = figureFields(filter);
  return {
    cypher: `${f.match}
${whereClause(f.where)}
WITH DISTINCT e
UNWIND range(0, size(coalesce(e.${x.groupKeys}, [])) - 1) AS i
WITH e.${x.groupKeys}[i] AS key, e.${x.groupNames}[i] AS grp, e.${x.groupActors}[i] AS actor,
     e.${x.groupKilled}[i] AS killed, e.${x.groupInjured}[i] AS injured, e.${x.groupAbducted}[i] AS abducted, e.${x.groupArrested}[i] AS arrested
RETURN key, grp, actor, sum(killed) AS killed, sum(injured) AS injured, sum(abducted) AS abducted, sum(arrested) AS arrested
ORDER BY killed DESC, key`,
    params: f.params,
  };
}

/**
 * For each parent (a place or an actor), its first `limit` events under the filter: `items`, and
 * with a read-ahead, `ahead` in the same order, each event's {pre0, pre1, ..., claims} as a page
 * of events reads them. A keyed read (src/db/queries/combine.ts), its parameters named under `ns`.
 */
export function eventsByParent(parentIds: string[], anchor: EventAnchor, filter: EventFilterInput, limit: number, readAhead: EventReadAhead = NO_READ_AHEAD, ns = ''): KeyedParts {
  const f = eventMatch(filter, anchor, ns);
  const label = anchor.kind === 'place' ? 'Place' : 'Node';
  const ahead = readAheadItems('e', readAhead.neighbours, readAhead.claims, ns);
  return {
    body: `UNWIND $${ns}parentIds AS parentId
MATCH (anchor:${label} {id: parentId})
CALL (anchor) {
  ${f.match}
  ${whereClause(f.where)}
  WITH DISTINCT e
  RETURN e ORDER BY e.date DESC, e.id LIMIT $${ns}limit
}`,
    id: 'parentId AS id',
    items: `collect(${NODE('e')})`,
    ...(ahead.items.length ? { ahead: `collect({${ahead.items.map(([name, expression]) => `${name}: ${expression}`).join(', ')}})` } : {}),
    params: { ...f.params, [`${ns}parentIds`]: parentIds, [`${ns}limit`]: int(limit), ...ahead.params },
  };
}

// Statements ------------------------------------------------------------------------------------

export interface StatementFilterInput {
  stances?: string[] | null;
  speakerId?: string | null;
  governmentId?: string | null;
  speakerKinds?: string[] | null;
  aboutId?: string | null;
  towardId?: string | null;
  from?: string | null;
  to?: string | null;
  articleId?: string | null;
  /** true: only statements a curator confirmed or corrected; false: only undecided ones. */
  reviewed?: boolean | null;
}

export function statementMatch(filter: StatementFilterInput): Fragment {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let match = 'MATCH (sp:Node)-[:MADE]->(s:Statement)';
  if (filter.speakerId) {
    match = 'MATCH (sp:Node {id: $speakerId})-[:MADE]->(s:Statement)';
    params.speakerId = filter.speakerId;
  } else if (filter.aboutId) {
    match = 'MATCH (s:Statement)-[:ABOUT]->(:Node {id: $aboutId}) MATCH (sp:Node)-[:MADE]->(s)';
  }
  if (filter.aboutId) {
    // Without a speaker, it drives the match.
    if (filter.speakerId) where.push('EXISTS { (s)-[:ABOUT]->(:Node {id: $aboutId}) }');
    params.aboutId = filter.aboutId;
  }
  if (filter.stances?.length) {
    where.push('s.stance IN $stances');
    params.stances = filter.stances;
  }
  if (filter.speakerKinds?.length) {
    where.push('sp.kind IN $speakerKinds');
    params.speakerKinds = filter.speakerKinds;
  }
  if (filter.governmentId) {
    where.push('EXISTS { (sp)-[:UNDER|PART_OF|HOLDS_OFFICE*0..4]->(:Government {id: $governmentId}) }');
    params.governmentId = filter.governmentId;
  }
  if (filter.towardId) {
    where.push('EXISTS { (s)-[:TOWARD]->(:Node {id: $towardId}) }');
    params.towardId = filter.towardId;
  }
  if (filter.from) {
    where.push('s.date >= date($from)');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push('s.date <= date($to)');
    params.to = filter.to;
  }
  if (filter.articleId) {
    where.push('EXISTS { (:Article {id: $articleId})-[:REPORTS]->(s) }');
    params.articleId = filter.articleId;
  }
  // Every match follows MADE, which a rejected statement no longer has (docs/adr/0011).
  if (filter.reviewed === true) where.push("s.reviewState IN ['CONFIRMED', 'CORRECTED']");
  else if (filter.reviewed === false) where.push('s.reviewState IS NULL');
  return { match, where, params };
}

/** A page of statements; given `properties`, only those of each statement (`NODE`). */
export function statementPage(
  filter: StatementFilterInput,
  sort: 'DATE_DESC' | 'DATE_ASC',
  offset: number,
  limit: number,
  prefetch: ReadAheadSpec[] = [],
  properties?: readonly string[],
): CypherQuery {
  return page(statementMatch(filter), 's', `ORDER BY s.date ${sort === 'DATE_ASC' ? 'ASC' : 'DESC'}, s.id ASC`, offset, limit, prefetch, properties);
}

export function statementCount(filter: StatementFilterInput): CypherQuery {
  return count(statementMatch(filter), 's');
}

// Articles --------------------------------------------------------------------------------------

export interface ArticleFilterInput {
  publisherId?: string | null;
  from?: string | null;
  to?: string | null;
  titleContains?: string | null;
}

function articleMatch(filter: ArticleFilterInput): Fragment {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let match = 'MATCH (a:Article)';
  if (filter.publisherId) {
    match = 'MATCH (:Node {id: $publisherId})-[:PUBLISHED]->(a:Article)';
    params.publisherId = filter.publisherId;
  }
  if (filter.from) {
    where.push('a.published >= date($from)');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push('a.published <= date($to)');
    params.to = filter.to;
  }
  if (filter.titleContains) {
    where.push('toLower(a.title) CONTAINS toLower($titleContains)');
    params.titleContains = filter.titleContains;
  }
  return { match, where, params };
}

export function articlePage(filter: ArticleFilterInput, sort: 'PUBLISHED_DESC' | 'PUBLISHED_ASC', offset: number, limit: number): CypherQuery {
  return page(articleMatch(filter), 'a', `ORDER BY a.published ${sort === 'PUBLISHED_ASC' ? 'ASC' : 'DESC'}, a.id ASC`, offset, limit);
}

export function articleCount(filter: ArticleFilterInput): CypherQuery {
  return count(articleMatch(filter), 'a');
}

// Entities and places ---------------------------------------------------------------------------

export interface EntityFilterInput {
  kinds?: EntityKind[] | null;
  nameContains?: string | null;
  governmentId?: string | null;
  placeTypes?: string[] | null;
  withinId?: string | null;
  near?: Circle | null;
}

function entityMatch(filter: EntityFilterInput): Fragment {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const kinds = filter.kinds?.length ? entityKinds(filter.kinds) : [...ENTITY_KINDS];
  let match = kinds.length === 1 ? `MATCH (n:${kinds[0]})` : 'MATCH (n:Entity)';
  if (kinds.length > 1 && kinds.length < ENTITY_KINDS.length) {
    where.push('n.kind IN $kinds');
    params.kinds = kinds;
  }
  if (filter.withinId) {
    match = 'MATCH (root:Place {id: $withinId}) MATCH (n:Place)-[:LOCATED_IN*1..12]->(root)';
    params.withinId = filter.withinId;
  }
  if (filter.nameContains) {
    // searchText holds the folded names (src/domain/fold.ts): fold the text asked for the same way.
    where.push('n.searchText CONTAINS $nameContains');
    params.nameContains = foldName(filter.nameContains);
  }
  if (filter.governmentId) {
    where.push('EXISTS { (n)-[:UNDER|PART_OF|HOLDS_OFFICE*0..4]->(:Government {id: $governmentId}) }');
    params.governmentId = filter.governmentId;
  }
  if (filter.placeTypes?.length) {
    where.push('n.placeType IN $placeTypes');
    params.placeTypes = filter.placeTypes;
  }
  if (filter.near) {
    where.push('point.distance(n.location, point({latitude: $nearLat, longitude: $nearLon})) <= $nearMeters');
    params.nearLat = filter.near.latitude;
    params.nearLon = filter.near.longitude;
    params.nearMeters = filter.near.radiusKm * 1000;
  }
  return { match, where, params, unique: match === 'MATCH (e:Event)' };
}

export type EntitySort = 'NAME_ASC' | 'NAME_DESC' | 'DISTANCE_ASC';

export function entityPage(filter: EntityFilterInput, sort: EntitySort, offset: number, limit: number): CypherQuery {
  const order =
    sort === 'DISTANCE_ASC' && filter.near
      ? 'ORDER BY point.distance(n.location, point({latitude: $nearLat, longitude: $nearLon})) ASC, n.id'
      : sort === 'NAME_DESC'
        ? 'ORDER BY n.name DESC, n.id'
        : 'ORDER BY n.name ASC, n.id';
  return page(entityMatch(filter), 'n', order, offset, limit);
}

export function entityCount(filter: EntityFilterInput): CypherQuery {
  return count(entityMatch(filter), 'n');
}
