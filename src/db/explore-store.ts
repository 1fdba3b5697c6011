/** Graph-wide questions (search, paths, distances) and exploration (neighbourhood, timeline, stats). */
import type { EntityKind, RelationshipType } from '../domain/taxonomy.js';
import { bearing, compassPoint, haversineKm } from '../domain/geo.js';
import { addDays } from '../domain/dates.js';
import { matchedName } from '../domain/fold.js';
import { Access, asNode } from './access.js';
import type { Graph } from './graph.js';
import { markPartial, toGraphEdge, toGraphEdgeSummary, toGraphNode, toGraphNodeSummary, toNodeRecord, toRelationshipRecord } from './mappers.js';
import * as explore from './queries/explore.js';
import type * as lists from './queries/lists.js';
import * as read from './queries/read.js';
import type {
  DistanceRecord,
  EntityRecord,
  EventGroupRecord,
  GraphEdgeRecord,
  GraphNodeRecord,
  NeighbourhoodRecord,
  NodeRecord,
  PathRecord,
  RelationshipRecord,
  SearchHitRecord,
  TimelineBucketRecord,
} from './records.js';

export class ExploreStore {
  private readonly db: Access;

  /** Over a Graph (no counting), or over a request's Access (shared with the request's other stores). */
  constructor(db: Graph | Access) {
    this.db = Access.of(db);
  }

  // Graph-wide questions -------------------------------------------------------------------------

  /**
   * Entities matching what a user typed. Given `properties`, each entity has only those (and its
   * name and aliases, which tell the name matched): a partial record (mappers.ts `markPartial`).
   */
  async search(text: string, kinds: EntityKind[] | null, limit: number, properties?: readonly string[]): Promise<SearchHitRecord[]> {
    const lucene = read.toLuceneQuery(text);
    if (!lucene) return [];
    const asked = properties ? [...new Set([...properties, 'name', 'aliases'])].sort() : undefined;
    const rows = await this.db.read(read.searchEntities(lucene, kinds, limit, text, asked), 'search');
    return rows.map((r) => {
      const entity = asNode(r.node) as EntityRecord;
      if (asked) markPartial(entity);
      const matched = matchedName(text, [entity.name, ...entity.aliases]) ?? entity.name;
      return { entity, score: r.score as number, matched };
    });
  }

  async shortestPaths(from: string, to: string, maxHops: number, limit: number, types: RelationshipType[] | undefined): Promise<PathRecord[]> {
    if (from === to) return [];
    const rows = await this.db.read(read.shortestPaths(from, to, maxHops, limit, types), 'shortest-paths');
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

  async distance(from: string, to: string): Promise<DistanceRecord | null> {
    const [row] = await this.db.read(read.placeDistance(from, to), 'distance');
    if (!row) return null;
    const a = asNode(row.from) as EntityRecord;
    const b = asNode(row.to) as EntityRecord;
    if (!a.location || !b.location) return null;
    const deg = bearing(a.location, b.location);
    return { from: a, to: b, km: haversineKm(a.location, b.location), bearingDegrees: deg, compass: compassPoint(deg) };
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
   *
   * `projection` says how much of each node and link to read (explore.Projection): whole when
   * not given (then every `node` and `relationship` is there), or only what a drawing shows.
   * The hops and links name only the relationship types the database has relationships of (the
   * root's statement tells which): the same answer, with less work for Neo4j.
   */
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number): Promise<NeighbourhoodRecord<true> | null>;
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number, projection: explore.NeighbourhoodProjection): Promise<NeighbourhoodRecord | null>;
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number, projection = explore.WHOLE): Promise<NeighbourhoodRecord | null> {
    const toNode = (props: unknown, depth: number): GraphNodeRecord =>
      projection.nodes === 'full'
        ? toGraphNode(props as Record<string, unknown>, depth)
        : toGraphNodeSummary(props as Record<string, unknown>, depth, projection.nodes === 'summary+review');
    const [start] = await this.db.read(explore.neighbourhoodRoot(id, projection.nodes, spec.types), 'neighbourhood:start');
    if (!start) return null;
    // The types asked that the database has relationships of: the others would add nothing.
    const types = start.types as RelationshipType[];
    const present: explore.HopSpec = { ...spec, types };
    const nodes = new Map<string, GraphNodeRecord>([[id, toNode(start.node, 0)]]);
    // Element id -> id of each node drawn.
    const ids = new Map<string, string>([[start.eid as string, id]]);
    const edges = new Map<string, GraphEdgeRecord>();
    let frontier = [id];
    let truncated = false;
    for (let depth = 1; depth <= hops && frontier.length && types.length && !truncated; depth++) {
      const room = Math.max(limit - nodes.size, 0);
      const perNode = explore.hopFanOut(room);
      const [row] = await this.db.read(
        explore.hopWithElementIds(frontier, [...nodes.keys()], present, room + 1, perNode, projection.nodes),
        `neighbourhood:hop-${depth}`,
      );
      const found = ((row?.nodes as unknown[] | undefined) ?? []).map((props) => toNode(props, depth));
      const foundEids = (row?.eids as string[] | undefined) ?? [];
      // More new nodes than room, or a frontier node that gave all it was allowed to: more is in reach.
      if (found.length > room || row?.capped === true) truncated = true;
      frontier = [];
      for (let i = 0; i < Math.min(found.length, room); i++) {
        nodes.set(found[i]!.id, found[i]!);
        ids.set(foundEids[i]!, found[i]!.id);
        frontier.push(found[i]!.id);
      }
    }
    if (nodes.size > 1) {
      const rows = await this.db.read(explore.linksWithin([...ids.keys()], types, limit * 4, projection.links), 'neighbourhood:links');
      for (const row of rows) {
        const link = row.rel as Record<string, unknown>;
        const from = ids.get(link.from as string);
        const to = ids.get(link.to as string);
        // Element ids are only stable while a node lives: a link to a node created since (under
        // the element id of one deleted since) is none of ours.
        if (from === undefined || to === undefined || !nodes.has(from) || !nodes.has(to)) continue;
        const edge = projection.links === 'full' ? toGraphEdge({ ...link, from, to }) : toGraphEdgeSummary({ ...link, from, to }, projection.links === 'summary+review');
        edges.set(edge.id, edge);
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, limit };
  }

  async timeline(filter: lists.EventFilterInput, interval: explore.Interval): Promise<TimelineBucketRecord[]> {
    const rows = await this.db.read(explore.timeline(filter, interval), 'timeline');
    return rows.map((r) => ({
      start: r.start as string,
      end: bucketEnd(r.start as string, interval),
      events: r.events as number,
      fatalities: r.fatalities as number,
      injured: r.injured as number,
    }));
  }

  async eventStats(filter: lists.EventFilterInput, groupBy: explore.Grouping, placeType: string, limit: number): Promise<EventGroupRecord[]> {
    const rows = await this.db.read(explore.eventStats(filter, groupBy, placeType, limit), 'event-stats');
    return rows.map((r) => ({
      key: String(r.key),
      label: String(r.label ?? r.key),
      nodeId: (r.nodeId as string | null) ?? null,
      events: r.events as number,
      fatalities: r.fatalities as number,
      injured: r.injured as number,
    }));
  }
}

/** The last day of a timeline bucket that starts on `start`. */
export function bucketEnd(start: string, interval: explore.Interval): string {
  if (interval === 'DAY') return start;
  if (interval === 'WEEK') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  const next = interval === 'MONTH' ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  return addDays(next.toISOString().slice(0, 10), -1);
}
