/**
 * Keyed lookups: the DataLoader back ends of nested fields (one batched query per field), and the
 * single lookups by id resolvers use (fact, facts, locationOf, redirects).
 */
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../domain/taxonomy.js';
import { badInput, notFound } from '../errors.js';
import { parseRelationshipId } from '../import/plan.js';
import { Access, asNode, keyed, type Keyed } from './access.js';
import type { Graph, Row } from './graph.js';
import { keyedQuery, type KeyedRead } from './queries/combine.js';
import { prefetchedOf, type Prefetched } from './list-store.js';
import { toClaimRecord, toNeighbourRecords, toNodeRecord, toRelationshipRecord } from './mappers.js';
import * as curate from './queries/curate.js';
import * as lists from './queries/lists.js';
import * as read from './queries/read.js';
import type { ClaimRecord, EntityRecord, EventRecord, GeoPoint, NeighbourRecord, NodeRecord, PlaceDistanceRecord, RelationshipRecord } from './records.js';

export class LookupStore {
  private readonly db: Access;

  /** Over a Graph (no counting), or over a request's Access (shared with the request's other stores). */
  constructor(db: Graph | Access) {
    this.db = Access.of(db);
  }

  // Batched lookups (DataLoader back ends) -------------------------------------------------------

  async nodesByIds(ids: readonly string[]): Promise<Keyed<NodeRecord>> {
    return keyed(await this.db.read(read.nodesByIds([...ids]), 'nodes-by-id'), (r) => asNode(r.node));
  }

  /** The survivors of ids that a merge or a change of kind replaced (ids with no redirect are left out). */
  async redirects(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.read(curate.redirectTargets([...ids]), 'redirects');
    return new Map(rows.map((r) => [r.id as string, r.target as string]));
  }

  async neighbours(ids: readonly string[], spec: read.NeighbourSpec): Promise<Keyed<NeighbourRecord[]>> {
    const rows = await this.db.readKeyed((ns) => read.neighbours([...ids], spec, ns), `neighbours:${spec.types.join('|')}`);
    return keyed(rows, (r) => toNeighbourRecords(r.items, spec.properties !== undefined));
  }

  async nodeLists(build: KeyedRead, tag: string): Promise<Keyed<NodeRecord[]>> {
    return keyed(await this.db.readKeyed(build, tag), (r) => (r.items as Record<string, unknown>[]).map(toNodeRecord));
  }

  governmentsOf = (ids: readonly string[]) => this.nodeLists((ns) => read.governmentsOf([...ids], ns), 'governments-of');
  ancestorsOf = (ids: readonly string[]) => this.nodeLists((ns) => read.ancestorsOf([...ids], ns), 'ancestors-of');
  governedBy = (ids: readonly string[]) => this.nodeLists((ns) => read.governedBy([...ids], ns), 'governed-by');
  forcesOf = (ids: readonly string[]) => this.nodeLists((ns) => read.forcesOf([...ids], ns), 'forces-of');

  /** Each parent's events; with a read-ahead, what it read for them (as a page of events gives it). */
  async eventsByParent(
    ids: readonly string[],
    anchor: lists.EventAnchor,
    filter: lists.EventFilterInput,
    limit: number,
    readAhead: lists.EventReadAhead = lists.NO_READ_AHEAD,
  ): Promise<{ events: Keyed<EventRecord[]> } & Prefetched> {
    const build = (ns: string) => lists.eventsByParent([...ids], anchor, filter, limit, readAhead, ns);
    const tag = `events-by-${anchor.kind}`;
    // With a read-ahead it returns a further column, so it goes alone (src/db/queries/combine.ts).
    const alone = readAhead.neighbours.length > 0 || readAhead.claims;
    const rows = await (alone ? this.db.read(keyedQuery(build('')), tag) : this.db.readKeyed(build, tag));
    const events = keyed(rows, (r) => (r.items as Record<string, unknown>[]).map((n) => asNode(n) as EventRecord));
    const ahead = rows.flatMap((r) => ((r.ahead as Row[] | undefined) ?? []).map((a, i) => ({ ...a, node: (r.items as Row[])[i] })));
    return { events, ...prefetchedOf(ahead, readAhead.neighbours, readAhead.claims) };
  }

  async claimsByEvent(ids: readonly string[]): Promise<Keyed<ClaimRecord[]>> {
    const rows = await this.db.readKeyed((ns) => read.claimsByEvent([...ids], ns), 'claims-by-event');
    return keyed(rows, (r) => (r.items as Record<string, unknown>[]).map((c) => toClaimRecord(c, r.id as string)));
  }

  async nearbyPlaces(ids: readonly string[], radiusKm: number, placeTypes: string[] | null, limit: number): Promise<Keyed<PlaceDistanceRecord[]>> {
    const rows = await this.db.readKeyed((ns) => read.nearbyPlaces([...ids], radiusKm, placeTypes, limit, ns), 'nearby-places');
    return keyed(rows, (r) =>
      (r.items as { node: Record<string, unknown>; km: number }[]).map((i) => ({ place: toNodeRecord(i.node) as EntityRecord, distanceKm: i.km })),
    );
  }

  async relationshipsOf(ids: readonly string[], types: RelationshipType[] | undefined, direction: read.Direction, limit: number, withRejected = false): Promise<Keyed<RelationshipRecord[]>> {
    const rows = await this.db.readKeyed((ns) => read.relationshipsOf([...ids], types, direction, limit, withRejected, ns), 'relationships-of');
    return keyed(rows, (r) => (r.items as Record<string, unknown>[]).map(toRelationshipRecord));
  }

  // Single lookups ------------------------------------------------------------------------------

  async fact(id: string): Promise<RelationshipRecord | null> {
    const parts = parseRelationshipId(id);
    if (!parts) throw badInput(`"${id}" is not a relationship id; relationship ids look like "from|TYPE|to"`);
    if (!isRelationshipType(parts.type)) throw badInput(`"${parts.type}" is not a relationship type`);
    const rows = await this.db.read(read.relationshipByEnds(parts.from, parts.type, parts.to, parts.key), 'fact');
    return rows[0] ? toRelationshipRecord(rows[0].rel as Record<string, unknown>) : null;
  }

  async facts(subject: string | null, type: RelationshipType | null, object: string | null, limit: number): Promise<RelationshipRecord[]> {
    const rows = await this.db.read(read.factsQuery(subject, type, object, limit), 'facts');
    return rows.map((r) => toRelationshipRecord(r.rel as Record<string, unknown>));
  }

  /** Coordinates of a place (or of an event's place), for radius filters given a place id. */
  async locationOf(id: string): Promise<GeoPoint | null> {
    const [row] = await this.db.read(read.nodeLocation(id), 'location-of');
    if (!row) throw notFound('Node', id);
    return (row.location as GeoPoint | null) ?? null;
  }
}

const RELATIONSHIP_NAMES = new Set<string>(RELATIONSHIP_TYPE_NAMES);

function isRelationshipType(t: string): t is RelationshipType {
  return RELATIONSHIP_NAMES.has(t);
}
