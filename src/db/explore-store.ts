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
   * Breadth-first neighbourhood: one statement a hop, at most `limit` nodes in all (truncated says
   * whether more was in reach), the links among the nodes drawn read in the statement of the hop
   * the drawing ends with (explore.neighbourhoodStep). The nodes are named by element id from the
   * root on, so the hops and links read no property to tell whether a node was drawn.
   *
   * `projection` says how much of each node and link to read (explore.Projection): whole when
   * not given (then every `node` and `relationship` is there), or only what a drawing shows.
   */
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number): Promise<NeighbourhoodRecord<true> | null>;
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number, projection: explore.NeighbourhoodProjection): Promise<NeighbourhoodRecord | null>;
  async neighbourhood(id: string, hops: number, spec: explore.HopSpec, limit: number, projection = explore.WHOLE): Promise<NeighbourhoodRecord | null> {
    const toNode = (props: unknown, depth: number): GraphNodeRecord =>
      projection.nodes === 'full'
        ? toGraphNode(props as Record<string, unknown>, depth)
        : toGraphNodeSummary(props as Record<string, unknown>, depth, projection.nodes === 'summary+review');
    const nodes = new Map<string, GraphNodeRecord>();
    // Element id -> id of each node drawn.
    const ids = new Map<string, string>();
    let frontier: string[] = [];
    let truncated = false;
    let links: unknown[][] | null = null;
    // Only the types asked that the database has relationships of, as far as known: the others
    // add nothing, and a pattern naming a type Neo4j has no token for looks it up again on every
    // relationship it reads. The first step tells which are present; when one was left out that
    // is present now, the step is taken again with it.
    let types = presentOf(spec.types, PRESENT.get(this.db.graph));
    for (let depth = 1; links === null; depth++) {
      const start: explore.StepStart = depth === 1 ? { root: id } : { frontier, seen: [...ids.keys()] };
      const room = Math.max(limit - Math.max(ids.size, 1), 0);
      const [row] = await this.db.read(explore.neighbourhoodStep(start, { ...spec, types }, room, depth >= hops, limit * 4, projection), `neighbourhood:hop-${depth}`);
      if (!row) return null;
      if (depth === 1) {
        const present = new Set(row.present as RelationshipType[]);
        PRESENT.set(this.db.graph, present);
        const now = presentOf(spec.types, present);
        if (now.some((t) => !types.includes(t))) {
          // A type left out has relationships now: the first step again, with it.
          types = now;
          depth = 0;
          continue;
        }
        nodes.set(id, toNode(row.root, 0));
        ids.set(row.rootEid as string, id);
      }
      frontier = [];
      for (const found of row.level as { node: unknown; eid: string }[]) {
        const node = toNode(found.node, depth);
        nodes.set(node.id, node);
        ids.set(found.eid, node.id);
        frontier.push(found.eid);
      }
      truncated = row.truncated as boolean;
      // The step the drawing ends with reads the links.
      if (row.ended === true) links = row.rels as unknown[][];
    }
    const edges = new Map<string, GraphEdgeRecord>();
    const names = explore.linkItems(projection.links).names;
    for (const values of links as unknown[][]) {
      const link = Object.fromEntries(names.map((name, i) => [name, values[i]]));
      const from = ids.get(link.from as string);
      const to = ids.get(link.to as string);
      // Element ids are only stable while a node lives: a link to a node created between two steps
      // (under the element id of one deleted since) is none of ours.
      if (from === undefined || to === undefined) continue;
      const edge = projection.links === 'full' ? toGraphEdge({ ...link, from, to }) : toGraphEdgeSummary({ ...link, from, to }, projection.links === 'summary+review');
      edges.set(edge.id, edge);
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

/** The relationship types each database was last seen to have relationships of. */
const PRESENT = new WeakMap<Graph, ReadonlySet<RelationshipType>>();

/** The types of `asked` that are in `present` (all of them when that is not known, or when none is). */
function presentOf(asked: RelationshipType[], present: ReadonlySet<RelationshipType> | undefined): RelationshipType[] {
  const types = present ? asked.filter((t) => present.has(t)) : asked;
  return types.length ? types : asked;
}

/** The last day of a timeline bucket that starts on `start`. */
export function bucketEnd(start: string, interval: explore.Interval): string {
  if (interval === 'DAY') return start;
  if (interval === 'WEEK') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  const next = interval === 'MONTH' ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  return addDays(next.toISOString().slice(0, 10), -1);
}
