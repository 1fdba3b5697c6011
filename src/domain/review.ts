/**
 * Curator review, the pure part: fact ids, the queue's weights, etags, and what counts as a later
 * ingestion disagreeing with a decision. No database; docs/adr/0011-curator-review.md.
 */
import { createHash } from 'node:crypto';
import { RELATIONSHIP_TYPES, type RelationshipType } from './taxonomy.js';

export const REVIEW_STATES = ['UNREVIEWED', 'CONFIRMED', 'CORRECTED', 'REJECTED'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
/** States a decision leaves (UNREVIEWED is the absence of a stored state). */
export type Decision = 'CONFIRMED' | 'CORRECTED' | 'REJECTED';
export type DecisionAction = 'confirm' | 'correct' | 'reject';

export const FACT_KINDS = ['EVENT', 'STATEMENT', 'RELATIONSHIP', 'CASUALTY_CLAIM'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * Properties the review keeps on facts (src/db/queries/review.ts): never a fact's own
 * properties, never settable through an import or `link`.
 */
export const REVIEW_PROPERTIES = [
  'reviewState', 'reviewedBy', 'reviewedAt', 'reviewNote', 'overruled', 'reviewConflict', 'reviewConflicts',
  'voidType', 'voidedBy', 'correctionOf', 'correctedTo', 'reviewLock',
] as const;

/** The type a rejected (or correction-replaced) relationship is stored under; it is in no type list. */
export const VOID_TYPE = 'REJECTED';
/** Provenance relationships: evidence, not facts; they are not queued (they go with their event or statement). */
export const PROVENANCE_TYPES: readonly RelationshipType[] = ['REPORTS', 'MENTIONS', 'PUBLISHED'];
/** Relationship types a curator reviews: every type read from text but the provenance ones. */
export const REVIEWED_TYPES = (Object.keys(RELATIONSHIP_TYPES) as RelationshipType[]).filter((t) => !PROVENANCE_TYPES.includes(t));

/** What a fact id names. */
export type FactRef =
  | { kind: 'EVENT' | 'STATEMENT'; id: string }
  | { kind: 'RELATIONSHIP'; id: string; from: string; type: RelationshipType; to: string; key: string }
  | { kind: 'CASUALTY_CLAIM'; id: string; claimId: string };

const CLAIM_PREFIX = 'claim:';

/** The public id of a casualty claim (its stored id, which has the shape of a relationship id, prefixed). */
export function claimFactId(claimId: string): string {
  return `${CLAIM_PREFIX}${claimId}`;
}

/** Parses a fact id; null when it names no reviewable fact (an entity, an article, a malformed id). */
export function parseFactId(id: string): FactRef | null {
  if (id.startsWith(CLAIM_PREFIX)) {
    const claimId = id.slice(CLAIM_PREFIX.length);
    return claimId.split('|').length === 3 ? { kind: 'CASUALTY_CLAIM', id, claimId } : null;
  }
  if (id.includes('|')) {
    const parts = id.split('|');
    if (parts.length < 3 || parts.length > 4) return null;
    const [from, type, to, key = ''] = parts as [string, string, string, string?];
    if (!Object.hasOwn(RELATIONSHIP_TYPES, type)) return null;
    return { kind: 'RELATIONSHIP', id, from, type: type as RelationshipType, to, key };
  }
  if (id.startsWith('event:')) return { kind: 'EVENT', id };
  if (id.startsWith('statement:')) return { kind: 'STATEMENT', id };
  return null;
}

/**
 * How much a wrong fact of each kind costs the people who publish from the graph: casualty
 * figures feed every total, events every list, an event's actors and place every filter and
 * statistic; statements and their links matter less, an office or an alliance less still.
 */
export const QUEUE_WEIGHTS: Record<string, number> = {
  CASUALTY_CLAIM: 1,
  EVENT: 0.9,
  PERPETRATED: 0.8,
  TARGETED: 0.8,
  OCCURRED_IN: 0.7,
  STATEMENT: 0.6,
  MADE: 0.5,
  ABOUT: 0.5,
  TOWARD: 0.4,
  HOLDS_OFFICE: 0.4,
  UNDER: 0.4,
  PART_OF: 0.4,
  MEMBER_OF: 0.35,
  LOCATED_IN: 0.35,
  GOVERNS: 0.3,
  SEATED_IN: 0.3,
  BASED_IN: 0.3,
  SUPPORTS: 0.3,
  OPPOSES: 0.3,
  COOPERATES_WITH: 0.3,
  NEAR: 0.2,
};

/** Added to the priority of a decided fact a later ingestion disagreed with: conflicts come first. */
export const CONFLICT_BOOST = 10;

/**
 * A fact's place in the queue: weight × consequence × doubt. Consequence grows with the people
 * killed and injured in the event the fact belongs to (1 for none, 2 for 9, 3 for 99); doubt is
 * what the extractor's confidence leaves (a fact at confidence 1 keeps a little, so it still
 * comes, last). The queue query computes the same in Cypher (`priorityCypher`).
 */
export function priority(weight: number, confidence: number | null, toll: number, conflict: boolean): number {
  const doubt = 1.05 - Math.min(Math.max(confidence ?? 1, 0), 1);
  return (conflict ? CONFLICT_BOOST : 0) + weight * (1 + Math.log10(1 + Math.max(toll, 0))) * doubt;
}

/** `priority` as a Cypher expression over the given expressions (weight, confidence, toll, conflict). */
export function priorityCypher(weight: string, confidence: string, toll: string, conflict: string): string {
  return `(CASE WHEN ${conflict} THEN ${CONFLICT_BOOST} ELSE 0 END + ${weight} * (1 + log10(1 + ${toll})) * (1.05 - coalesce(${confidence}, 1.0)))`;
}

/** JSON with object keys sorted, so equal values give equal text. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Properties that change on every write without the fact changing; an etag ignores them. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'ingestedAt', 'eventsStale']);

/**
 * The etag of a fact as read: a digest of its stored properties (less bookkeeping) and of what
 * the snapshot adds (its relationships, for a node). Any ingestion or decision that changes the
 * fact changes its etag.
 */
export function etagOf(snapshot: Record<string, unknown>): string {
  const kept = Object.fromEntries(Object.entries(snapshot).filter(([k]) => !BOOKKEEPING.has(k)));
  return createHash('sha256').update(stableJson(kept)).digest('base64url').slice(0, 22);
}

/** Fields a later ingestion may disagree with a decision on, per kind of fact. */
export const CONFLICT_FIELDS: Record<'EVENT' | 'STATEMENT' | 'CASUALTY_CLAIM', readonly string[]> = {
  // Labels and descriptions are written from each article's own wording: another wording is no disagreement.
  EVENT: ['subEventType', 'date', 'datePrecision', 'civilianTargeting'],
  STATEMENT: ['stance', 'date'],
  CASUALTY_CLAIM: ['group', 'killed', 'injured', 'abducted', 'arrested'],
};

export interface Disagreement {
  field: string;
  value: string | null;
  decided: string | null;
}

function text(v: unknown): string | null {
  return v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Values the import format fills in when a batch says nothing (src/import/format.ts): a batch that
 * gives them may not have meant them, so they are no disagreement.
 */
const DEFAULTS: Record<string, string> = { civilianTargeting: 'false', datePrecision: 'DAY' };

/**
 * Where an incoming report of a decided fact disagrees with the decision: a field it gives whose
 * value is neither the decided one nor the one the decision overruled (a re-extraction that reads
 * the same wrong figure again is no news; a different one is).
 */
export function disagreements(fields: readonly string[], decided: Record<string, unknown>, overruled: Record<string, unknown> | null, incoming: Record<string, unknown>): Disagreement[] {
  const out: Disagreement[] = [];
  for (const field of fields) {
    const value = text(incoming[field]);
    if (value === null || DEFAULTS[field] === value) continue;
    if (value === text(decided[field])) continue;
    if (overruled && field in overruled && value === text(overruled[field])) continue;
    out.push({ field, value, decided: text(decided[field]) });
  }
  return out;
}
