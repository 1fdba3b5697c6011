/** Turns rows from Cypher projections into the records of src/db/records.ts. */
import { periodEnd } from '../domain/precision.js';
import type { RelationshipType } from '../domain/taxonomy.js';
import { relationshipId } from '../import/plan.js';
import { REVIEW_PROPERTIES, type ReviewState } from '../domain/review.js';
import type {
  ClaimRecord,
  StoredReview,
  ArticleRecord,
  EntityRecord,
  EventRecord,
  GeoPoint,
  GraphEdgeRecord,
  GraphNodeRecord,
  NeighbourRecord,
  NodeRecord,
  RelationshipRecord,
  SourceRecord,
  StatementRecord,
} from './records.js';

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The node properties `toNodeRecord` reads: the only ones Cypher projections return
 * (src/db/queries/read.ts NODE). Bookkeeping (createdAt, updatedAt, searchText) and the event's
 * stored aggregates stay in the database; temporal values cost the driver real work to decode.
 */
export const NODE_PROPERTIES = [
  'id', 'kind', 'label', 'description', 'eventType', 'subEventType', 'date', 'datePrecision', 'civilianTargeting', 'location', 'geoPrecision',
  'stance', 'quote', 'summary', 'title', 'url', 'published', 'language', 'text', 'ingestedAt',
  'name', 'aliases', 'wikidataId', 'placeType', 'organizationType', 'level', 'forceType', 'reviewState',
] as const;

export function toNodeRecord(props: Props): NodeRecord {
  const kind = props.kind as NodeRecord['kind'];
  const id = props.id as string;
  switch (kind) {
    case 'Event':
      return {
        kind,
        id,
        label: str(props.label),
        description: str(props.description),
        eventType: props.eventType as EventRecord['eventType'],
        subEventType: props.subEventType as EventRecord['subEventType'],
        date: props.date as string,
        datePrecision: (props.datePrecision as EventRecord['datePrecision']) ?? 'DAY',
        // As stored by the writer, computed here from the same two fields so no second date is read.
        dateEnd: periodEnd(props.date as string, (props.datePrecision as EventRecord['datePrecision']) ?? 'DAY'),
        civilianTargeting: props.civilianTargeting === true,
        location: (props.location as GeoPoint | null) ?? null,
        // Set by every write (src/db/queries/write.ts EVENT_LOCATION); the coarsest if ever missing.
        geoPrecision: (props.geoPrecision as EventRecord['geoPrecision'] | null) ?? 3,
        reviewState: reviewStateOf(props.reviewState),
      } satisfies EventRecord;
    case 'Statement':
      return {
        kind,
        id,
        stance: props.stance as StatementRecord['stance'],
        quote: str(props.quote),
        summary: str(props.summary),
        date: str(props.date),
        reviewState: reviewStateOf(props.reviewState),
      } satisfies StatementRecord;
    case 'Article':
      return {
        kind,
        id,
        title: str(props.title),
        url: str(props.url),
        published: props.published as string,
        language: str(props.language) ?? 'en',
        text: str(props.text),
        ingestedAt: str(props.ingestedAt),
      } satisfies ArticleRecord;
    default:
      return {
        kind,
        id,
        name: props.name as string,
        aliases: (props.aliases as string[] | null) ?? [],
        wikidataId: str(props.wikidataId),
        description: str(props.description),
        placeType: str(props.placeType),
        location: (props.location as GeoPoint | null) ?? null,
        organizationType: str(props.organizationType),
        level: str(props.level),
        forceType: str(props.forceType),
      } satisfies EntityRecord;
  }
}

/**
 * The properties a node's label is made of (`labelOf`), by kind; any other kind is an entity. A
 * neighbourhood read as a summary projects these (src/db/queries/explore.ts `nodeProjection`).
 */
export const LABEL_PROPERTIES = {
  Event: ['label', 'subEventType', 'date'],
  Statement: ['stance', 'date'],
  Article: ['title', 'published'],
  entity: ['name'],
} as const;

/** A short label: an entity's name; an event's label, else its sub-event type and date; a statement's stance and date; an article's title, else its date. */
export function labelOf(node: NodeRecord): string {
  switch (node.kind) {
    case 'Event':
      return node.label ?? `${node.subEventType.toLowerCase().replaceAll('_', ' ')} ${node.date}`;
    case 'Statement':
      return `${node.stance.toLowerCase().replaceAll('_', ' ')}${node.date ? ` ${node.date}` : ''}`;
    case 'Article':
      return node.title ?? `article ${node.published}`;
    default:
      return node.name;
  }
}

/** The review state of an event or statement; null for the kinds a curator does not review. */
export function nodeReviewState(node: NodeRecord): ReviewState | null {
  return node.kind === 'Event' || node.kind === 'Statement' ? node.reviewState : null;
}

/** A node of a neighbourhood read whole (NODE). */
export function toGraphNode(props: Props, depth: number): GraphNodeRecord<NodeRecord> {
  const node = toNodeRecord(props);
  return { id: node.id, kind: node.kind, label: labelOf(node), depth, reviewState: nodeReviewState(node), node };
}

/**
 * A node of a neighbourhood read as a summary: id, kind and LABEL_PROPERTIES, and `reviewState`
 * when `review`. `toNodeRecord` reads those as it reads them on a whole node (so the label is the
 * same); what it makes up for the properties not read goes with the record it made.
 */
export function toGraphNodeSummary(props: Props, depth: number, review: boolean): GraphNodeRecord<null> {
  const { node: _partial, reviewState, ...summary } = toGraphNode(props, depth);
  return review ? { ...summary, reviewState, node: null } : { ...summary, node: null };
}

/** A relationship's review state when it has sources; reference data (none) has nothing to review. */
export function edgeReviewState(rel: RelationshipRecord): ReviewState | null {
  return rel.sources.length ? rel.review.state : null;
}

/** A link of a neighbourhood read whole (as `REL` projects it). */
export function toGraphEdge(row: Props): GraphEdgeRecord<RelationshipRecord> {
  const rel = toRelationshipRecord(row);
  return { id: rel.id, type: rel.type, fromId: rel.fromId, toId: rel.toId, reviewState: edgeReviewState(rel), relationship: rel };
}

/**
 * A link of a neighbourhood read as a summary: `type`, `from`, `to` and `key` (its id is made as
 * `toRelationshipRecord` makes it), and when `review`, `sourced` (whether it has sources) and its
 * `reviewState`. Only relationships of the taxonomy's types are read so (not one a curator stored
 * away under REJECTED, which `toRelationshipRecord` renames).
 */
export function toGraphEdgeSummary(row: Props, review: boolean): GraphEdgeRecord<null> {
  const from = row.from as string;
  const to = row.to as string;
  const type = row.type as RelationshipType;
  const edge = { id: relationshipId(from, type, to, (row.key as string | null) ?? ''), type, fromId: from, toId: to, relationship: null };
  return review ? { ...edge, reviewState: row.sourced === true ? reviewStateOf(row.reviewState) : null } : edge;
}

const INTERNAL = new Set(['key', 'sources', 'sentences', 'confidences', 'confidence', 'createdAt', 'updatedAt', ...REVIEW_PROPERTIES]);

function reviewStateOf(value: unknown): ReviewState {
  return value === 'CONFIRMED' || value === 'CORRECTED' || value === 'REJECTED' ? value : 'UNREVIEWED';
}

function json(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The stored review of a relationship or claim (src/db/queries/review.ts says how it is stored). */
export function storedReview(props: Props): StoredReview {
  const voidedBy = (props.voidedBy as string[] | null) ?? [];
  const state = reviewStateOf(props.reviewState);
  return {
    state,
    by: str(props.reviewedBy),
    at: str(props.reviewedAt),
    note: str(props.reviewNote),
    overruled: json(props.overruled),
    correctionOf: str(props.correctionOf),
    correctedTo: str(props.correctedTo),
    voidedBy,
    counts: state !== 'REJECTED' && !props.voidType && !props.correctedTo,
    conflicts: ((props.reviewConflicts as string[] | null) ?? []).map((c) => json(c)).filter((c): c is Record<string, unknown> => c !== null) as unknown as StoredReview['conflicts'],
  };
}

/**
 * Expects the projection built by `REL` in queries/read.ts. A relationship stored away under
 * REJECTED (docs/adr/0011) is given its own type and key back.
 */
export function toRelationshipRecord(row: Props): RelationshipRecord {
  const stored = (row.props as Props) ?? {};
  const voidType = str(stored.voidType);
  const props = voidType ? { ...stored, key: String(stored.key ?? '').slice(voidType.length + 1) } : stored;
  const articles = (props.sources as string[] | null) ?? [];
  const sentences = (props.sentences as string[] | null) ?? [];
  const confidences = (props.confidences as number[] | null) ?? [];
  const sources: SourceRecord[] = articles.map((articleId, i) => ({
    articleId,
    sentence: sentences[i] ? sentences[i]! : null,
    confidence: confidences[i] ?? null,
  }));
  const from = row.from as string;
  const to = row.to as string;
  const type = (voidType ?? row.type) as RelationshipType;
  const key = (props.key as string | null) ?? '';
  return {
    id: relationshipId(from, type, to, key),
    type,
    fromId: from,
    toId: to,
    properties: Object.fromEntries(Object.entries(props).filter(([k]) => !INTERNAL.has(k))),
    confidence: (props.confidence as number | null) ?? null,
    sources,
    review: storedReview(stored),
    snapshot: { storedType: row.type, ...stored },
  };
}

const PARTIAL = Symbol('partial');

/**
 * Marks a record read with only some of its node's properties (the fields a request asks,
 * NeighbourSpec.properties): it answers that request's fields, and is never taken for the whole
 * node (src/graphql/loaders.ts). The mark is a symbol: no serialiser or resolver sees it.
 */
export function markPartial<T extends object>(record: T): T {
  Object.defineProperty(record, PARTIAL, { value: true });
  return record;
}

export function isPartial(record: object): boolean {
  return PARTIAL in record;
}

/**
 * The `{node, rel}` items of a neighbours read (src/db/queries/read.ts `neighbourItems`);
 * `partial`: read with only some properties.
 */
export function toNeighbourRecords(items: unknown, partial = false): NeighbourRecord[] {
  return (items as { node: Props; rel: Props }[]).map((i) => {
    const node = toNodeRecord(i.node);
    return { node: partial ? markPartial(node) : node, relationship: toRelationshipRecord(i.rel) };
  });
}

/** A casualty claim as stored (`c {.*}`), with the publication date of its article when read with it. */
export function toClaimRecord(c: Props, eventId: string | null): ClaimRecord {
  const { published, ...stored } = c;
  return {
    id: c.id as string,
    eventId,
    group: c.group as ClaimRecord['group'],
    actorId: (c.actorId as string | null) ?? null,
    killed: (c.killed as number | null) ?? null,
    injured: (c.injured as number | null) ?? null,
    abducted: (c.abducted as number | null) ?? null,
    arrested: (c.arrested as number | null) ?? null,
    source: c.articleId ? { articleId: c.articleId as string, sentence: (c.sentence as string | null) ?? null, confidence: (c.confidence as number | null) ?? null } : null,
    published: (published as string | null) ?? null,
    review: storedReview(stored),
    snapshot: stored,
  };
}
