/**
 * The data-access facade resolvers and loaders use. Each method is one unit of work (one session,
 * one transaction); each runs Cypher built by the pure functions in src/db/queries.
 */
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../domain/taxonomy.js';
import { AppError, ErrorCode, badInput, notFound } from '../errors.js';
import { idForKind } from '../import/invariants.js';
import type { ImportBatch } from '../import/format.js';
import { parseRelationshipId } from '../import/plan.js';
import { bearing, compassPoint, haversineKm } from '../domain/geo.js';
import type { CypherQuery, Graph, QueryStats, Row, WriteCounters } from './graph.js';
import { emptyCounters, addCounters } from './graph.js';
import { toClaimRecord, toNodeRecord, toRelationshipRecord } from './mappers.js';
import { addDays } from '../domain/dates.js';
import { matchedName } from '../domain/fold.js';
import * as curate from './queries/curate.js';
import * as explore from './queries/explore.js';
import * as lists from './queries/lists.js';
import * as read from './queries/read.js';
import { isKeyed, unionOfKeyed } from './queries/combine.js';
import type {
  ClaimRecord,
  DistanceRecord,
  EntityRecord,
  EventRecord,
  EventTotalsRecord,
  GeoPoint,
  MergeResultRecord,
  NeighbourRecord,
  NodeRecord,
  PathRecord,
  PlaceDistanceRecord,
  RelationshipRecord,
  SearchHitRecord,
  StatementRecord,
  ArticleRecord,
  EventGroupRecord,
  NeighbourhoodRecord,
  TimelineBucketRecord,
  FactRecord,
  HistoryRecord,
} from './records.js';
import { reconcileEvents, refuseCycles, writeArticles, writeBatch, type ArticleWrite, type WriteOptions, type WriteResult } from './writer.js';
import * as review from './review.js';
import * as reviewQueries from './queries/review.js';
import { setEventLocations } from './queries/write.js';

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

type Keyed<T> = Map<string, T>;

function keyed<T>(rows: Row[], map: (row: Row) => T): Keyed<T> {
  const out = new Map<string, T>();
  for (const row of rows) out.set(row.id as string, map(row));
  return out;
}

function page<T>(rows: Row[], limit: number, map: (row: Row) => T): Page<T> {
  return { items: rows.slice(0, limit).map(map), hasNextPage: rows.length > limit };
}

const asNode = (v: unknown) => toNodeRecord(v as Record<string, unknown>);

/**
 * Keyed reads of one request issued in the same turn of the event loop (the DataLoader batches
 * of sibling fields) go to Neo4j as one statement (src/db/queries/combine.ts); other reads, and
 * a keyed read issued alone, go as they are.
 */
class ReadCombiner {
  private pending: { query: CypherQuery; tag: string; resolve: (rows: Row[]) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly graph: Graph,
    private readonly stats: QueryStats,
  ) {}

  read(query: CypherQuery, tag: string): Promise<Row[]> {
    if (!isKeyed(query)) return this.graph.read(query, { tag, stats: this.stats });
    return new Promise((resolve, reject) => {
      if (!this.pending.length) setImmediate(() => void this.flush());
      this.pending.push({ query, tag, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const [only] = batch;
    if (batch.length === 1 && only) {
      this.graph.read(only.query, { tag: only.tag, stats: this.stats }).then(only.resolve, only.reject);
      return;
    }
    try {
      const rows = await this.graph.read(unionOfKeyed(batch.map((b) => b.query)), { tag: batch.map((b) => b.tag).join('+'), stats: this.stats });
      const parts = batch.map((): Row[] => []);
      for (const row of rows) parts[row.part as number]!.push(row);
      batch.forEach((b, i) => b.resolve(parts[i]!));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}

export class Store {
  private readonly combiner: ReadCombiner | undefined;

  constructor(
    readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {
    this.combiner = stats ? new ReadCombiner(graph, stats) : undefined;
  }

  /** The same store for one request: it counts its queries into `stats` and combines sibling reads. */
  withStats(stats: QueryStats): Store {
    return new Store(this.graph, stats);
  }

  private read(query: CypherQuery, tag: string): Promise<Row[]> {
    return this.combiner ? this.combiner.read(query, tag) : this.graph.read(query, { tag, stats: this.stats });
  }

  // Batched lookups (DataLoader back ends) -------------------------------------------------------

  async nodesByIds(ids: readonly string[]): Promise<Keyed<NodeRecord>> {
    return keyed(await this.read(read.nodesByIds([...ids]), 'nodes-by-id'), (r) => asNode(r.node));
  }

  /** The survivors of ids that a merge or a change of kind replaced (ids with no redirect are left out). */
  async redirects(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.read(curate.redirectTargets([...ids]), 'redirects');
    return new Map(rows.map((r) => [r.id as string, r.target as string]));
  }

  async neighbours(ids: readonly string[], spec: read.NeighbourSpec): Promise<Keyed<NeighbourRecord[]>> {
    const rows = await this.read(read.neighbours([...ids], spec), `neighbours:${spec.types.join('|')}`);
    return keyed(rows, (r) =>
      (r.items as { node: Record<string, unknown>; rel: Record<string, unknown> }[]).map((i) => ({
        node: toNodeRecord(i.node),
        relationship: toRelationshipRecord(i.rel),
      })),
    );
  }

  async nodeLists(query: { cypher: string; params: Record<string, unknown> }, tag: string): Promise<Keyed<NodeRecord[]>> {
    return keyed(await this.read(query, tag), (r) => (r.items as Record<string, unknown>[]).map(toNodeRecord));
  }

  governmentsOf = (ids: readonly string[]) => this.nodeLists(read.governmentsOf([...ids]), 'governments-of');
  ancestorsOf = (ids: readonly string[]) => this.nodeLists(read.ancestorsOf([...ids]), 'ancestors-of');
  governedBy = (ids: readonly string[]) => this.nodeLists(read.governedBy([...ids]), 'governed-by');
  forcesOf = (ids: readonly string[]) => this.nodeLists(read.forcesOf([...ids]), 'forces-of');

  eventsByParent(ids: readonly string[], anchor: lists.EventAnchor, filter: lists.EventFilterInput, limit: number) {
    return this.nodeLists(lists.eventsByParent([...ids], anchor, filter, limit), `events-by-${anchor.kind}`) as Promise<Keyed<EventRecord[]>>;
  }

  async claimsByEvent(ids: readonly string[]): Promise<Keyed<ClaimRecord[]>> {
    const rows = await this.read(read.claimsByEvent([...ids]), 'claims-by-event');
    return keyed(rows, (r) => (r.items as Record<string, unknown>[]).map((c) => toClaimRecord(c, r.id as string)));
  }

  async nearbyPlaces(ids: readonly string[], radiusKm: number, placeTypes: string[] | null, limit: number): Promise<Keyed<PlaceDistanceRecord[]>> {
    const rows = await this.read(read.nearbyPlaces([...ids], radiusKm, placeTypes, limit), 'nearby-places');
    return keyed(rows, (r) =>
      (r.items as { node: Record<string, unknown>; km: number }[]).map((i) => ({ place: toNodeRecord(i.node) as EntityRecord, distanceKm: i.km })),
    );
  }

  async relationshipsOf(ids: readonly string[], types: RelationshipType[] | undefined, direction: read.Direction, limit: number, withRejected = false): Promise<Keyed<RelationshipRecord[]>> {
    const rows = await this.read(read.relationshipsOf([...ids], types, direction, limit, withRejected), 'relationships-of');
    return keyed(rows, (r) => (r.items as Record<string, unknown>[]).map(toRelationshipRecord));
  }

  // Lists ----------------------------------------------------------------------------------------

  async eventPage(filter: lists.EventFilterInput, sort: lists.EventSort, offset: number, limit: number): Promise<Page<{ event: EventRecord; distanceKm: number | null }>> {
    const rows = await this.read(lists.eventPage(filter, sort, offset, limit), 'events');
    return page(rows, limit, (r) => ({ event: asNode(r.node) as EventRecord, distanceKm: (r.distance as number | null) ?? null }));
  }

  async eventCount(filter: lists.EventFilterInput): Promise<number> {
    const rows = await this.read(lists.eventCount(filter), 'events:count');
    return (rows[0]?.total as number) ?? 0;
  }

  async eventTotals(filter: lists.EventFilterInput): Promise<EventTotalsRecord> {
    return this.graph.readTx(
      async (tx) => {
        const [sum] = await tx.run(lists.eventTotals(filter));
        const groups = await tx.run(lists.eventGroupTotals(filter));
        return {
          events: (sum?.events as number) ?? 0,
          fatalities: (sum?.fatalities as number) ?? 0,
          injured: (sum?.injured as number) ?? 0,
          byGroup: groups.map((g) => ({
            group: g.grp as EventTotalsRecord['byGroup'][number]['group'],
            actorId: (g.actor as string) || null,
            killed: (g.killed as number) ?? 0,
            injured: (g.injured as number) ?? 0,
            abducted: (g.abducted as number) ?? 0,
            arrested: (g.arrested as number) ?? 0,
          })),
        };
      },
      { tag: 'events:totals', stats: this.stats },
    );
  }

  async statementPage(filter: lists.StatementFilterInput, sort: 'DATE_DESC' | 'DATE_ASC', offset: number, limit: number): Promise<Page<StatementRecord>> {
    const rows = await this.read(lists.statementPage(filter, sort, offset, limit), 'statements');
    return page(rows, limit, (r) => asNode(r.node) as StatementRecord);
  }

  async statementCount(filter: lists.StatementFilterInput): Promise<number> {
    return ((await this.read(lists.statementCount(filter), 'statements:count'))[0]?.total as number) ?? 0;
  }

  async articlePage(filter: lists.ArticleFilterInput, sort: 'PUBLISHED_DESC' | 'PUBLISHED_ASC', offset: number, limit: number): Promise<Page<ArticleRecord>> {
    const rows = await this.read(lists.articlePage(filter, sort, offset, limit), 'articles');
    return page(rows, limit, (r) => asNode(r.node) as ArticleRecord);
  }

  async articleCount(filter: lists.ArticleFilterInput): Promise<number> {
    return ((await this.read(lists.articleCount(filter), 'articles:count'))[0]?.total as number) ?? 0;
  }

  async entityPage(filter: lists.EntityFilterInput, sort: lists.EntitySort, offset: number, limit: number): Promise<Page<EntityRecord>> {
    const rows = await this.read(lists.entityPage(filter, sort, offset, limit), 'entities');
    return page(rows, limit, (r) => asNode(r.node) as EntityRecord);
  }

  async entityCount(filter: lists.EntityFilterInput): Promise<number> {
    return ((await this.read(lists.entityCount(filter), 'entities:count'))[0]?.total as number) ?? 0;
  }

  // Graph-wide questions -------------------------------------------------------------------------

  async search(text: string, kinds: EntityKind[] | null, limit: number): Promise<SearchHitRecord[]> {
    const lucene = read.toLuceneQuery(text);
    if (!lucene) return [];
    const rows = await this.read(read.searchEntities(lucene, kinds, limit, text), 'search');
    return rows.map((r) => {
      const entity = asNode(r.node) as EntityRecord;
      const matched = matchedName(text, [entity.name, ...entity.aliases]) ?? entity.name;
      return { entity, score: r.score as number, matched };
    });
  }

  async shortestPaths(from: string, to: string, maxHops: number, limit: number, types: RelationshipType[] | undefined): Promise<PathRecord[]> {
    if (from === to) return [];
    const rows = await this.read(read.shortestPaths(from, to, maxHops, limit, types), 'shortest-paths');
    return rows.map((row) => {
      const nodes = (row.nodes as Record<string, unknown>[]).map(toNodeRecord);
      const rels = (row.rels as Record<string, unknown>[]).map(toRelationshipRecord);
      const steps = rels.map((relationship, i) => {
        const a = nodes[i]!.id;
        const b = nodes[i + 1]!.id;
        return { fromId: a, toId: b, forward: relationship.fromId === a, relationship };
      });
      return { nodes, steps };
    });
  }

  async fact(id: string): Promise<RelationshipRecord | null> {
    const parts = parseRelationshipId(id);
    if (!parts) throw badInput(`"${id}" is not a relationship id; relationship ids look like "from|TYPE|to"`);
    if (!isRelationshipType(parts.type)) throw badInput(`"${parts.type}" is not a relationship type`);
    const rows = await this.read(read.relationshipByEnds(parts.from, parts.type, parts.to, parts.key), 'fact');
    return rows[0] ? toRelationshipRecord(rows[0].rel as Record<string, unknown>) : null;
  }

  async facts(subject: string | null, type: RelationshipType | null, object: string | null, limit: number): Promise<RelationshipRecord[]> {
    const rows = await this.read(read.factsQuery(subject, type, object, limit), 'facts');
    return rows.map((r) => toRelationshipRecord(r.rel as Record<string, unknown>));
  }

  async distance(from: string, to: string): Promise<DistanceRecord | null> {
    const [row] = await this.read(read.placeDistance(from, to), 'distance');
    if (!row) return null;
    const a = asNode(row.from) as EntityRecord;
    const b = asNode(row.to) as EntityRecord;
    if (!a.location || !b.location) return null;
    const deg = bearing(a.location, b.location);
    return { from: a, to: b, km: haversineKm(a.location, b.location), bearingDegrees: deg, compass: compassPoint(deg) };
  }

  async placesNear(center: GeoPoint, radiusKm: number, placeTypes: string[] | null, excludeId: string | null, limit: number): Promise<PlaceDistanceRecord[]> {
    const rows = await this.read(read.placesNear(center, radiusKm, placeTypes, excludeId, limit), 'places-near');
    return rows.map((r) => ({ place: asNode(r.node) as EntityRecord, distanceKm: r.km as number }));
  }

  /** Coordinates of a place (or of an event's place), for radius filters given a place id. */
  async locationOf(id: string): Promise<GeoPoint | null> {
    const [row] = await this.read(read.nodeLocation(id), 'location-of');
    if (!row) throw notFound('Node', id);
    return (row.location as GeoPoint | null) ?? null;
  }

  /** Entities (all of them, or those with the given ids), for the extractor's gazetteer. */
  async gazetteerEntries(ids: string[] | null = null): Promise<Row[]> {
    return this.read(read.gazetteerEntries(ids), 'gazetteer');
  }

  // Exploration ----------------------------------------------------------------------------------

  /**
   * Breadth-first neighbourhood: one query per hop, at most `limit` nodes in all (truncated says
   * whether more were in reach), then one query for the links among the nodes found.
   *
   * The nodes are named by element id from the root on (explore.neighbourhoodRoot,
   * explore.hopWithElementIds: the same hops as `explore.hop`), so the links are read once, from
   * the start node of each (explore.linksWithin), with no property read to tell whether the other
   * end was drawn or to name the ends.
   */
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number): Promise<NeighbourhoodRecord | null> {
    const [start] = await this.read(explore.neighbourhoodRoot(id), 'neighbourhood:start');
    if (!start) return null;
    const nodes = new Map<string, { node: NodeRecord; depth: number }>([[id, { node: asNode(start.node), depth: 0 }]]);
    // Element id -> id of each node drawn.
    const ids = new Map<string, string>([[start.eid as string, id]]);
    const edges = new Map<string, RelationshipRecord>();
    let frontier = [id];
    let truncated = false;
    for (let depth = 1; depth <= hops && frontier.length && !truncated; depth++) {
      const room = Math.max(limit - nodes.size, 0);
      const perNode = explore.hopFanOut(room);
      const [row] = await this.read(explore.hopWithElementIds(frontier, [...nodes.keys()], spec, room + 1, perNode), `neighbourhood:hop-${depth}`);
      const found = ((row?.nodes as Record<string, unknown>[] | undefined) ?? []).map(asNode);
      const foundEids = (row?.eids as string[] | undefined) ?? [];
      // More new nodes than room, or a frontier node that gave all it was allowed to: more is in reach.
      if (found.length > room || row?.capped === true) truncated = true;
      frontier = [];
      for (let i = 0; i < Math.min(found.length, room); i++) {
        nodes.set(found[i]!.id, { node: found[i]!, depth });
        ids.set(foundEids[i]!, found[i]!.id);
        frontier.push(found[i]!.id);
      }
    }
    if (nodes.size > 1) {
      const rows = await this.read(explore.linksWithin([...ids.keys()], spec.types, limit * 4), 'neighbourhood:links');
      for (const row of rows) {
        const link = row.rel as Record<string, unknown>;
        const from = ids.get(link.from as string);
        const to = ids.get(link.to as string);
        // Element ids are only stable while a node lives: a link to a node created since (under
        // the element id of one deleted since) is none of ours.
        if (from === undefined || to === undefined || !nodes.has(from) || !nodes.has(to)) continue;
        const rel = toRelationshipRecord({ ...link, from, to });
        edges.set(rel.id, rel);
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, limit };
  }

  async timeline(filter: lists.EventFilterInput, interval: explore.Interval): Promise<TimelineBucketRecord[]> {
    const rows = await this.read(explore.timeline(filter, interval), 'timeline');
    return rows.map((r) => ({
      start: r.start as string,
      end: bucketEnd(r.start as string, interval),
      events: r.events as number,
      fatalities: r.fatalities as number,
      injured: r.injured as number,
    }));
  }

  async eventStats(filter: lists.EventFilterInput, groupBy: explore.Grouping, placeType: string, limit: number): Promise<EventGroupRecord[]> {
    const rows = await this.read(explore.eventStats(filter, groupBy, placeType, limit), 'event-stats');
    return rows.map((r) => ({
      key: String(r.key),
      label: String(r.label ?? r.key),
      nodeId: (r.nodeId as string | null) ?? null,
      events: r.events as number,
      fatalities: r.fatalities as number,
      injured: r.injured as number,
    }));
  }

  // Writes ---------------------------------------------------------------------------------------

  async importBatch(batch: ImportBatch, options: WriteOptions): Promise<WriteResult> {
    return this.graph.writeTx((tx) => writeBatch(tx, batch, options), { tag: 'import-batch', stats: this.stats });
  }

  /** Several articles in one transaction (writer.ts writeArticles): all of them land, or none. */
  async importArticles(parts: ArticleWrite[]): Promise<WriteResult[]> {
    return this.graph.writeTx((tx) => writeArticles(tx, parts), { tag: 'import-articles', stats: this.stats });
  }

  async updateEntity(id: string, set: Record<string, unknown>, location: GeoPoint | null | undefined): Promise<EntityRecord> {
    return this.graph.writeTx(
      async (tx) => {
        const [row] = await tx.run(curate.updateEntity(id, set, location));
        if (!row) throw notFound('Entity', id);
        // Events in or under a place that moved or changed type: their location and geoPrecision follow it.
        if (location !== undefined || 'placeType' in set) {
          const [refresh] = await tx.run(curate.refreshEventLocationsUnder(id));
          const ids = (refresh?.ids as string[] | undefined) ?? [];
          if (ids.length) await tx.run(setEventLocations(ids));
        }
        return asNode(row.node) as EntityRecord;
      },
      { tag: 'update-entity', stats: this.stats },
    );
  }

  /**
   * Writes a batch that creates one entity and returns it, in one transaction. CONFLICT when
   * `id` exists or was merged into another entity (then nothing is written).
   */
  async createEntity(batch: ImportBatch, id: string): Promise<EntityRecord> {
    return this.graph.writeTx(
      async (tx) => {
        await writeBatch(tx, batch, { overwrite: true, origin: 'api', mustBeNew: [id] });
        const [row] = await tx.run(read.nodesByIds([id]));
        return asNode(row!.node) as EntityRecord;
      },
      { tag: 'create-entity', stats: this.stats },
    );
  }

  /** Writes a batch of one relationship and returns it as stored, in one transaction. */
  async link(batch: ImportBatch, from: string, type: RelationshipType, to: string): Promise<RelationshipRecord> {
    return this.graph.writeTx(
      async (tx) => {
        await writeBatch(tx, batch, { overwrite: true, origin: 'api' });
        const [row] = await tx.run(curate.relationshipAfterLink(from, type, to));
        if (!row) {
          // The writer kept it out: a curator rejected it, replaced it, or rejected an end (docs/adr/0011).
          const id = `${from}|${type}|${to}`;
          throw new AppError(ErrorCode.CONFLICT, `"${id}" was rejected by a curator (or belongs to a rejected event or statement): confirm it instead of linking it again`, { id });
        }
        return toRelationshipRecord(row.rel as Record<string, unknown>);
      },
      { tag: 'link', stats: this.stats },
    );
  }

  /** Gives an entity another kind, and with it the id of that kind (see curate.changeKind). */
  async changeKind(id: string, from: EntityKind, to: EntityKind): Promise<EntityRecord> {
    const newId = idForKind(id, to);
    return this.graph.writeTx(
      async (tx) => {
        const [taken] = await tx.run(curate.idTaken(newId));
        if (taken?.node || (taken?.redirectTarget && taken.redirectTarget !== id)) {
          const holder = (taken.redirectTarget as string | null) ?? newId;
          throw new AppError(ErrorCode.CONFLICT, `"${newId}", the id of "${id}" as a ${to}, is already taken by "${holder}"; merge the two with mergeEntities instead`, { id: newId, existing: holder });
        }
        const misfits = (await tx.run(curate.relationshipKinds(id))).filter((r) => {
          const rule = RELATIONSHIP_TYPES[r.type as RelationshipType];
          if (!rule) return false;
          const [mine, theirs] = r.outgoing ? [rule.from, rule.to] : [rule.to, rule.from];
          return !(mine as readonly string[]).includes(to) || !(theirs as readonly string[]).includes(r.otherKind as string);
        });
        if (misfits.length) {
          // Every type that does not fit, then the first relationships in a fixed order (the graph returns them in any).
          const types = [...new Set(misfits.map((r) => r.type as string))].sort();
          const ordered = misfits.map((r) => `${r.type as string} ${r.outgoing ? 'to' : 'from'} "${r.otherId as string}"`).sort();
          const list = ordered.slice(0, 5).join(', ');
          throw badInput(`"${id}" cannot become a ${to}: a ${to} cannot have ${types.join(', ')} (${list}${ordered.length > 5 ? ` and ${ordered.length - 5} more` : ''}); unlink them first`, { argument: 'kind' });
        }
        const [row] = await tx.run(curate.changeKind(id, newId, from, to));
        if (!row) throw notFound('Entity', id);
        const [claims] = await tx.run(curate.moveClaims(id, newId));
        const eventIds = (claims?.eventIds as string[] | undefined) ?? [];
        if (eventIds.length) await reconcileEvents(tx, eventIds);
        return asNode(row.node) as EntityRecord;
      },
      { tag: 'change-kind', stats: this.stats },
    );
  }

  async addAlias(id: string, alias: string): Promise<EntityRecord> {
    return this.singleEntityWrite(curate.addAlias(id, alias), id, 'add-alias');
  }

  async removeAlias(id: string, alias: string): Promise<EntityRecord> {
    return this.singleEntityWrite(curate.removeAlias(id, alias), id, 'remove-alias');
  }

  private async singleEntityWrite(query: { cypher: string; params: Record<string, unknown> }, id: string, tag: string): Promise<EntityRecord> {
    return this.graph.writeTx(
      async (tx) => {
        const [row] = await tx.run(query);
        if (!row) throw notFound('Entity', id);
        return asNode(row.node) as EntityRecord;
      },
      { tag, stats: this.stats },
    );
  }

  async unlink(from: string, type: RelationshipType, to: string): Promise<boolean> {
    const rows = await this.graph.writeTx(
      async (tx) => {
        const removed = await tx.run(curate.unlink(from, type, to));
        if (type === 'OCCURRED_IN') await tx.run(setEventLocations([from]));
        return removed;
      },
      { tag: 'unlink', stats: this.stats },
    );
    return ((rows[0]?.removed as number) ?? 0) > 0;
  }

  async mergeEntities(keep: string, merge: string): Promise<MergeResultRecord> {
    return this.graph.writeTx(
      async (tx) => {
        const [outgoing, incoming, claims, final] = curate.mergeEntities(keep, merge);
        const moved = [...(await tx.run(outgoing!)), ...(await tx.run(incoming!))].reduce((n, r) => n + ((r.moved as number) ?? 0), 0);
        const [claimRow] = await tx.run(claims!);
        const [row] = await tx.run(final!);
        if (!row) throw notFound('Entity', keep);
        // keep LOCATED_IN x and x LOCATED_IN merge would now be a loop through keep.
        await refuseCycles(tx, [keep]);
        const eventIds = (claimRow?.eventIds as string[] | undefined) ?? [];
        if (eventIds.length) await reconcileEvents(tx, eventIds);
        // Events of a merged place now lie in the survivor: their location and geoPrecision follow it.
        const [placed] = await tx.run(curate.refreshEventLocationsUnder(keep));
        const placedIds = (placed?.ids as string[] | undefined) ?? [];
        if (placedIds.length) await tx.run(setEventLocations(placedIds));
        return { entity: asNode(row.node) as EntityRecord, mergedId: merge, movedRelationships: moved };
      },
      { tag: 'merge-entities', stats: this.stats },
    );
  }

  // Curator review (docs/adr/0011) -----------------------------------------------------------------

  /** Facts under review by id (events, statements, relationships, claims); unknown ids are left out. */
  async reviewFacts(ids: readonly string[]): Promise<Keyed<FactRecord>> {
    return review.loadFacts((query) => this.read(query, 'review:facts'), ids);
  }

  /** One page of the review queue: fact ids with their priority, highest first. */
  async reviewQueue(filter: reviewQueries.QueueFilter, offset: number, limit: number): Promise<Page<{ id: string; kind: string; priority: number }>> {
    const rows = await this.read(reviewQueries.reviewQueue(filter, offset, limit), 'review:queue');
    return page(rows, limit, (r) => ({ id: r.id as string, kind: r.kind as string, priority: r.priority as number }));
  }

  async reviewQueueCount(filter: reviewQueries.QueueFilter): Promise<number> {
    return ((await this.read(reviewQueries.reviewQueueCount(filter), 'review:queue-count'))[0]?.total as number) ?? 0;
  }

  /**
   * Confirms, corrects or rejects a fact in one transaction (CONFLICT when `etag` is stale) and
   * returns the fact as it then stands.
   */
  async decide(input: review.DecisionInput): Promise<FactRecord> {
    return this.graph.writeTx(
      async (tx) => {
        const id = await review.decide(tx, input);
        const fact = (await review.loadFacts((query) => tx.run(query), [id])).get(id);
        if (!fact) throw new Error(`${id} missing right after the decision`);
        return fact;
      },
      { tag: `review:${input.action}`, stats: this.stats },
    );
  }

  /** The audit trail of a node, relationship or claim; null when it does not exist. */
  async history(id: string, limit: number): Promise<HistoryRecord[] | null> {
    return review.history((query) => this.read(query, 'review:history'), id, limit);
  }

  async deleteNode(id: string): Promise<WriteCounters> {
    return this.graph.writeTx(
      async (tx) => addCounters(emptyCounters(), await tx.runForCounters(curate.deleteNode(id))),
      { tag: 'delete-node', stats: this.stats },
    );
  }
}

const RELATIONSHIP_NAMES = new Set<string>(RELATIONSHIP_TYPE_NAMES);

/** The last day of a timeline bucket that starts on `start`. */
export function bucketEnd(start: string, interval: explore.Interval): string {
  if (interval === 'DAY') return start;
  if (interval === 'WEEK') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  const next = interval === 'MONTH' ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  return addDays(next.toISOString().slice(0, 10), -1);
}

function isRelationshipType(t: string): t is RelationshipType {
  return RELATIONSHIP_NAMES.has(t);
}
