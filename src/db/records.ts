/**
 * Plain objects the data layer hands to resolvers. Nothing here refers to neo4j-driver types:
 * integers are numbers, dates are ISO strings, points are {latitude, longitude}.
 */
import type {
  CasualtyGroup,
  DatePrecision,
  EntityKind,
  EventType,
  NodeKind,
  RelationshipType,
  Stance,
  SubEventType,
} from '../domain/taxonomy.js';
import type { FactKind, ReviewState } from '../domain/review.js';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface EntityRecord {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  description: string | null;
  placeType: string | null;
  location: GeoPoint | null;
  organizationType: string | null;
  level: string | null;
  forceType: string | null;
}

export interface EventRecord {
  kind: 'Event';
  id: string;
  label: string | null;
  description: string | null;
  eventType: EventType;
  subEventType: SubEventType;
  date: string;
  datePrecision: DatePrecision;
  /** The last day of the period the date stands for (src/domain/precision.ts). */
  dateEnd: string;
  civilianTargeting: boolean;
  /** Coordinates of its place, or of the nearest enclosing place that has them. */
  location: GeoPoint | null;
  /** ACLED geo_precision: 1 exact place, 2 near a place or within a district, 3 governorate or larger. */
  geoPrecision: 1 | 2 | 3;
  /** Its curator review state (docs/adr/0011). */
  reviewState: ReviewState;
}

export interface StatementRecord {
  kind: 'Statement';
  id: string;
  stance: Stance;
  quote: string | null;
  summary: string | null;
  date: string | null;
  /** Its curator review state (docs/adr/0011). */
  reviewState: ReviewState;
}

export interface ArticleRecord {
  kind: 'Article';
  id: string;
  title: string | null;
  url: string | null;
  published: string;
  language: string;
  text: string | null;
  ingestedAt: string | null;
}

export type NodeRecord = EntityRecord | EventRecord | StatementRecord | ArticleRecord;

export function isEntity(node: NodeRecord): node is EntityRecord {
  return node.kind !== 'Event' && node.kind !== 'Statement' && node.kind !== 'Article';
}

export interface SourceRecord {
  articleId: string;
  sentence: string | null;
  confidence: number | null;
  /** The article, when it was read with the source (a `sources` field's lookup); else it is loaded by id. */
  article?: ArticleRecord;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
  confidence: number | null;
  sources: SourceRecord[];
  /** Its curator review as stored. */
  review: StoredReview;
  /** Its stored type and properties, for its etag. */
  snapshot: Record<string, unknown>;
}

/** A disagreeing later ingestion, as stored on the fact (JSON). */
export interface ConflictRecord {
  at: string;
  origin: string | null;
  article: string | null;
  field: string;
  value: string | null;
  decided: string | null;
}

/** The review of a fact as stored on it (src/db/queries/review.ts). */
export interface StoredReview {
  state: ReviewState;
  by: string | null;
  at: string | null;
  note: string | null;
  overruled: Record<string, unknown> | null;
  correctionOf: string | null;
  correctedTo: string | null;
  /** Rejected nodes that took a relationship out with them. */
  voidedBy: string[];
  /** False when the fact counts nowhere. */
  counts: boolean;
  conflicts: ConflictRecord[];
}

/** A fact's review with what the API adds: the extractor's confidence and the etag. */
export interface ReviewRecord extends StoredReview {
  confidence: number | null;
  etag: string;
}

export interface DependantRecord {
  id: string;
  kind: FactKind;
  summary: string;
}

/** A fact under review (src/db/review-store.ts `reviewFacts`). */
export interface FactRecord {
  id: string;
  kind: FactKind;
  summary: string;
  review: ReviewRecord;
  /** Its queue priority (src/domain/review.ts). */
  priority: number;
  sentence: string | null;
  articleId: string | null;
  eventId: string | null;
  statementId: string | null;
  relationship: RelationshipRecord | null;
  claim: ClaimRecord | null;
  dependants: DependantRecord[];
}

export type HistoryAction = 'CREATED' | 'INGESTED' | 'REINGESTED' | 'CONFLICT' | 'CONFIRMED' | 'CORRECTED' | 'REJECTED';

export interface HistoryRecord {
  at: string | null;
  action: HistoryAction;
  factId: string;
  by: string | null;
  origin: string | null;
  articleId: string | null;
  sentence: string | null;
  note: string | null;
  details: Record<string, unknown> | null;
}

/** A relationship seen from one of its ends, with the node at the other end. */
export interface NeighbourRecord {
  node: NodeRecord;
  relationship: RelationshipRecord;
}

export interface OfficeRecord {
  title: string;
  personId: string;
  ofId: string;
  since: string | null;
  until: string | null;
  sources: SourceRecord[];
}

export interface ClaimRecord {
  /** The stored id (`event|article|group`); the fact id is `claim:` + it. */
  id: string;
  eventId: string | null;
  group: CasualtyGroup;
  actorId: string | null;
  killed: number | null;
  injured: number | null;
  abducted: number | null;
  arrested: number | null;
  source: SourceRecord | null;
  /** Publication date of the source article, used to break ties when reconciling. */
  published: string | null;
  /** Its curator review as stored. */
  review: StoredReview;
  /** Its stored properties, for its etag. */
  snapshot: Record<string, unknown>;
}

export interface EstimateRecord {
  best: number;
  low: number;
  high: number;
  sources: number;
}

export interface FiguresRecord {
  group: CasualtyGroup;
  actorId: string | null;
  killed: EstimateRecord | null;
  injured: EstimateRecord | null;
  abducted: EstimateRecord | null;
  arrested: EstimateRecord | null;
  claims: ClaimRecord[];
}

export interface GroupTotalsRecord {
  group: CasualtyGroup;
  actorId: string | null;
  killed: number;
  injured: number;
  abducted: number;
  arrested: number;
}

export interface EventTotalsRecord {
  events: number;
  fatalities: number;
  injured: number;
  byGroup: GroupTotalsRecord[];
}

export interface PathStepRecord {
  fromId: string;
  toId: string;
  forward: boolean;
  relationship: RelationshipRecord;
}

export interface PathRecord {
  nodes: NodeRecord[];
  steps: PathStepRecord[];
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  matched: string;
}

export interface DistanceRecord {
  from: EntityRecord;
  to: EntityRecord;
  km: number;
  bearingDegrees: number;
  compass: string;
}

export interface PlaceDistanceRecord {
  place: EntityRecord;
  distanceKm: number;
}

export interface MergeResultRecord {
  entity: EntityRecord;
  mergedId: string;
  movedRelationships: number;
}

/** One page of a list, with the total counted only if a client asks for it. */
export interface ConnectionRecord<T> {
  items: T[];
  /** Offset of items[0] in the whole ordered list. */
  offset: number;
  hasNextPage: boolean;
  count: () => Promise<number>;
}

export interface EventEdgeRecord {
  node: EventRecord;
  cursor: string;
  distanceKm: number | null;
}

export interface EventConnectionRecord extends ConnectionRecord<EventRecord> {
  distances: Map<string, number>;
  totals: () => Promise<EventTotalsRecord>;
}

export interface WriteSummaryRecord {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface IngestResultRecord {
  articleId: string;
  dryRun: boolean;
  skipped: boolean;
  createdIds: string[];
  linkedIds: string[];
  eventIds: string[];
  statementIds: string[];
  summary: WriteSummaryRecord;
  warnings: string[];
  extracted: Record<string, unknown>;
}

export interface FactConnectionRecord extends ConnectionRecord<FactRecord> {}

/**
 * A node as the explorer draws it. `node` is the whole node when it was read whole, null when
 * only a summary was (src/db/queries/explore.ts `Projection`).
 */
export interface GraphNodeRecord<Whole extends NodeRecord | null = NodeRecord | null> {
  id: string;
  kind: NodeKind;
  label: string;
  depth: number;
  /** An event's or statement's review state, null for other kinds; absent when it was not read. */
  reviewState?: ReviewState | null;
  node: Whole;
}

/** A link as the explorer draws it; `relationship` as `GraphNodeRecord.node`. */
export interface GraphEdgeRecord<Whole extends RelationshipRecord | null = RelationshipRecord | null> {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  /** A relationship's review state when it has sources, null for reference data; absent when it was not read. */
  reviewState?: ReviewState | null;
  relationship: Whole;
}

/** `Whole`: whether every node and link was read whole (as the GraphML export reads them). */
export interface NeighbourhoodRecord<Whole extends boolean = boolean> {
  nodes: GraphNodeRecord<Whole extends true ? NodeRecord : NodeRecord | null>[];
  edges: GraphEdgeRecord<Whole extends true ? RelationshipRecord : RelationshipRecord | null>[];
  truncated: boolean;
  limit: number;
}

export interface TimelineBucketRecord {
  start: string;
  end: string;
  events: number;
  fatalities: number;
  injured: number;
}

export interface EventGroupRecord {
  key: string;
  label: string;
  nodeId: string | null;
  events: number;
  fatalities: number;
  injured: number;
}

export type { NodeKind };
