/**
 * Curator review in the data layer (docs/adr/0011-curator-review.md): facts as the review sees
 * them, the decisions (one transaction each, refused with CONFLICT on a stale etag), and what the
 * writer does so that no later batch overrides a decision. Cypher comes from queries/review.ts.
 */
import {
  CONFLICT_FIELDS,
  QUEUE_WEIGHTS,
  claimFactId,
  disagreements,
  etagOf,
  parseFactId,
  priority,
  type Decision,
  type DecisionAction,
  type FactKind,
  type FactRef,
} from '../domain/review.js';
import { RELATIONSHIP_TYPES, eventTypeOf, type RelationshipType, type SubEventType } from '../domain/taxonomy.js';
import { AppError, ErrorCode, badInput, notFound } from '../errors.js';
import { HIERARCHY_TYPES, RESERVED_PROPERTIES } from '../import/invariants.js';
import { relationshipId, type WritePlan } from '../import/plan.js';
import type { Row, Tx } from './graph.js';
import { storedReview, toClaimRecord, toRelationshipRecord } from './mappers.js';
import type { DependantRecord, FactRecord, HistoryRecord, RelationshipRecord, ReviewRecord } from './records.js';
import { refreshEventLocationsUnder } from './queries/curate.js';
import * as q from './queries/review.js';
import { setEventLocations } from './queries/write.js';
import { reconcileEvents, refuseCycles } from './writer.js';

type Run = (query: { cypher: string; params: Record<string, unknown> }) => Promise<Row[]>;
type Props = Record<string, unknown>;

function relRef(ref: Extract<FactRef, { kind: 'RELATIONSHIP' }>): q.RelRef {
  return { id: ref.id, from: ref.from, type: ref.type, to: ref.to, key: ref.key };
}

/** Parses a fact id, or refuses it in words a client can act on. */
export function factRef(id: string): FactRef {
  const ref = parseFactId(id);
  if (!ref) {
    throw badInput(`"${id}" is not the id of a fact under review: give an event or statement id, a relationship id (from|TYPE|to) or a claim id (claim:...)`, { argument: 'id' });
  }
  return ref;
}

// Facts as the review sees them ----------------------------------------------------------------

const nameOf = (n: Props | null | undefined) => String(n?.name ?? n?.label ?? n?.title ?? n?.stance ?? n?.id ?? '?');

function review(stored: ReturnType<typeof storedReview>, confidence: number | null, etag: string): ReviewRecord {
  return { ...stored, confidence, etag };
}

function words(value: unknown): string {
  return String(value ?? '').toLowerCase().replaceAll('_', ' ');
}

function claimSummary(c: Props, label: string): string {
  const figures = (['killed', 'injured', 'abducted', 'arrested'] as const).filter((m) => c[m] !== null && c[m] !== undefined).map((m) => `${m} ${String(c[m])}`);
  return `${figures.join(', ') || 'no figure'} (${label})`;
}

interface NodeRel {
  type: string;
  void: boolean;
  out: boolean;
  other: string;
  otherKind: string;
  otherName: string | null;
  key: string;
  sources: number;
  state: string | null;
  sentence: string | null;
  article: string | null;
  confidence: number | null;
}

function nodeFact(row: Row): FactRecord {
  const props = row.props as Props;
  const id = row.id as string;
  const rels = row.rels as NodeRel[];
  const claims = row.claims as Props[];
  const isEvent = props.kind === 'Event';
  const kind: FactKind = isEvent ? 'EVENT' : 'STATEMENT';
  // What its etag covers: its properties, its relationships and its claims (not their reviews
  // or the names at their other ends, which change without the fact changing).
  const etag = etagOf({ ...props, rels: rels.map((r) => [r.type, r.void, r.out, r.other, r.key, r.sources]), claims: claims.map((c) => c.id) });
  const reports = rels.filter((r) => r.type === 'REPORTS' && !r.out);
  const confidence = reports.reduce<number | null>((m, r) => (r.confidence !== null && (m === null || r.confidence > m) ? r.confidence : m), null);
  const stored = storedReview(props);
  const toll = isEvent ? Number(props.fatalities ?? 0) + Number(props.injured ?? 0) : 0;
  const relId = (r: NodeRel) => (r.out ? relationshipId(id, r.type, r.other, r.key) : relationshipId(r.other, r.type, id, r.key));
  const dependants: DependantRecord[] = [];
  for (const r of rels) {
    if (r.void || r.type === 'REPORTS') continue;
    dependants.push({ id: relId(r), kind: 'RELATIONSHIP', summary: r.out ? `${r.type} ${r.otherName ?? r.other}` : `${r.otherName ?? r.other} ${r.type}` });
    if (isEvent && r.type === 'ABOUT' && !r.out && r.otherKind === 'Statement') {
      dependants.push({ id: r.other, kind: 'STATEMENT', summary: `statement about it: ${words(r.otherName)}` });
    }
  }
  for (const c of claims) {
    if (c.reviewState === 'REJECTED') continue;
    dependants.push({ id: claimFactId(c.id as string), kind: 'CASUALTY_CLAIM', summary: claimSummary(c, words(c.actorId ?? c.group)) });
  }
  const speaker = rels.find((r) => r.type === 'MADE' && !r.out);
  const about = rels.find((r) => r.type === 'ABOUT' && r.out && r.otherKind === 'Event');
  const summary = isEvent
    ? `${String(props.label ?? words(props.subEventType))} (${String(props.date ?? '')})`
    : `${speaker?.otherName ?? 'someone'}: ${words(props.stance)}${props.date ? ` (${String(props.date)})` : ''}`;
  return {
    id,
    kind,
    summary,
    review: review(stored, confidence, etag),
    priority: priority(QUEUE_WEIGHTS[kind]!, confidence, toll, stored.conflicts.length > 0),
    sentence: reports[0]?.sentence || null,
    articleId: reports[0]?.other ?? null,
    eventId: isEvent ? id : (about?.other ?? null),
    statementId: isEvent ? null : id,
    relationship: null,
    claim: null,
    dependants,
  };
}

/** The review of a relationship as read with it (`Relationship.review`): no further read needed. */
export function relationshipReview(rel: RelationshipRecord): ReviewRecord {
  return review(rel.review, rel.confidence, etagOf(rel.snapshot));
}

function relationshipFact(row: Row): FactRecord {
  const rel = toRelationshipRecord(row.rel as Props);
  const from = row.fromNode as Props;
  const to = row.toNode as Props;
  const eventEnd = from.kind === 'Event' ? from : to.kind === 'Event' ? to : null;
  const statementEnd = from.kind === 'Statement' ? from : to.kind === 'Statement' ? to : null;
  const r = relationshipReview(rel);
  // As the queue weighs it (queries/review.ts): the toll of the event an event's place, target or perpetrator belongs to.
  const tollOf = rel.type === 'PERPETRATED' ? to : rel.type === 'OCCURRED_IN' || rel.type === 'TARGETED' ? from : null;
  const toll = tollOf ? Number(tollOf.fatalities ?? 0) + Number(tollOf.injured ?? 0) : 0;
  const owner = eventEnd ?? statementEnd;
  return {
    id: row.id as string,
    kind: 'RELATIONSHIP',
    summary: `${nameOf(from)} ${rel.type} ${nameOf(to)}`,
    review: r,
    priority: priority(QUEUE_WEIGHTS[rel.type] ?? 0.3, rel.confidence, toll, r.conflicts.length > 0),
    sentence: rel.sources[0]?.sentence ?? null,
    articleId: rel.sources[0]?.articleId ?? null,
    eventId: (eventEnd?.id as string | undefined) ?? null,
    statementId: (statementEnd?.id as string | undefined) ?? null,
    relationship: rel,
    claim: null,
    dependants: owner ? [{ id: owner.id as string, kind: owner.kind === 'Event' ? 'EVENT' : 'STATEMENT', summary: `${nameOf(owner)}: its ${words(rel.type)}` }] : [],
  };
}

function claimFact(row: Row): FactRecord {
  const event = row.event as Props | null;
  const claim = toClaimRecord(row.props as Props, (event?.id as string | undefined) ?? null);
  const r = review(claim.review, claim.source?.confidence ?? null, etagOf(claim.snapshot));
  const toll = event ? Number(event.fatalities ?? 0) + Number(event.injured ?? 0) : 0;
  return {
    id: claimFactId(claim.id),
    kind: 'CASUALTY_CLAIM',
    summary: claimSummary(row.props as Props, (row.actorName as string | null) ?? words(claim.group)),
    review: r,
    priority: priority(QUEUE_WEIGHTS.CASUALTY_CLAIM!, claim.source?.confidence ?? null, toll, r.conflicts.length > 0),
    sentence: claim.source?.sentence ?? null,
    articleId: claim.source?.articleId ?? null,
    eventId: claim.eventId,
    statementId: null,
    relationship: null,
    claim,
    dependants: event ? [{ id: event.id as string, kind: 'EVENT', summary: `${nameOf(event)}: its casualty figures, and every total they count in` }] : [],
  };
}

/** Facts by id (unknown ones left out): at most three reads, one per kind of fact. */
export async function loadFacts(run: Run, ids: readonly string[]): Promise<Map<string, FactRecord>> {
  const refs = ids.map((id) => parseFactId(id)).filter((r): r is FactRef => r !== null);
  const nodes = refs.filter((r) => r.kind === 'EVENT' || r.kind === 'STATEMENT').map((r) => r.id);
  const rels = refs.filter((r): r is Extract<FactRef, { kind: 'RELATIONSHIP' }> => r.kind === 'RELATIONSHIP').map(relRef);
  const claims = refs.filter((r): r is Extract<FactRef, { kind: 'CASUALTY_CLAIM' }> => r.kind === 'CASUALTY_CLAIM');
  const [nodeRows, relRows, claimRows] = await Promise.all([
    nodes.length ? run(q.nodeFacts(nodes)) : [],
    rels.length ? run(q.relationshipFacts(rels)) : [],
    claims.length ? run(q.claimFacts(claims.map((c) => c.claimId))) : [],
  ]);
  const out = new Map<string, FactRecord>();
  for (const row of nodeRows) out.set(row.id as string, nodeFact(row));
  for (const row of relRows) out.set(row.id as string, relationshipFact(row));
  for (const row of claimRows) {
    const fact = claimFact(row);
    out.set(fact.id, fact);
  }
  return out;
}

// Decisions ------------------------------------------------------------------------------------

export interface Correction {
  label?: string | null;
  description?: string | null;
  subEventType?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  civilianTargeting?: boolean | null;
  placeId?: string | null;
  stance?: string | null;
  quote?: string | null;
  summary?: string | null;
  group?: string | null;
  killed?: number | null;
  injured?: number | null;
  abducted?: number | null;
  arrested?: number | null;
  from?: string | null;
  to?: string | null;
  properties?: Record<string, unknown> | null;
}

/** The fields of a correction each kind of fact takes. */
const CORRECTABLE: Record<FactKind, readonly (keyof Correction)[]> = {
  EVENT: ['label', 'description', 'subEventType', 'date', 'datePrecision', 'civilianTargeting', 'placeId'],
  STATEMENT: ['stance', 'quote', 'summary', 'date'],
  CASUALTY_CLAIM: ['group', 'killed', 'injured', 'abducted', 'arrested'],
  RELATIONSHIP: ['from', 'to', 'properties'],
};
/** Fields that cannot be cleared (an event needs a type and a date). */
const REQUIRED = new Set(['subEventType', 'date', 'datePrecision', 'civilianTargeting', 'placeId', 'stance', 'group', 'from', 'to']);

function given(input: Correction): (keyof Correction)[] {
  return (Object.keys(input) as (keyof Correction)[]).filter((k) => input[k] !== undefined);
}

function checkCorrection(kind: FactKind, input: Correction): void {
  const fields = given(input);
  if (!fields.length) throw badInput('the correction changes nothing: give at least one field', { argument: 'input' });
  const foreign = fields.filter((f) => !CORRECTABLE[kind].includes(f));
  if (foreign.length) {
    throw badInput(`a ${words(kind)} takes ${CORRECTABLE[kind].join(', ')}; not ${foreign.join(', ')}`, { argument: 'input', fields: foreign });
  }
  const cleared = fields.filter((f) => input[f] === null && REQUIRED.has(f));
  if (cleared.length) throw badInput(`${cleared.join(', ')} cannot be cleared`, { argument: 'input' });
  for (const f of ['label', 'description', 'quote', 'summary'] as const) {
    const v = input[f];
    if (typeof v === 'string' && v.length > 5000) throw badInput(`"${f}" is longer than 5000 characters`, { argument: `input.${f}` });
  }
}

function checkProperties(props: Record<string, unknown>): Record<string, unknown> {
  const reserved = new Set<string>(RESERVED_PROPERTIES);
  for (const [k, v] of Object.entries(props)) {
    if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(k) || reserved.has(k) || k.startsWith('review')) {
      throw badInput(`"${k}" cannot be set as a property`, { argument: 'input.properties' });
    }
    if (!(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
      throw badInput(`property "${k}" must be a string, a number or a boolean`, { argument: 'input.properties' });
    }
  }
  return props;
}

/** The overruled values: those kept from earlier corrections, then the current value of each field changed now. */
function overruledAfter(previous: Record<string, unknown> | null, current: Record<string, unknown>, changed: string[]): string | null {
  const out = { ...(previous ?? {}) };
  for (const field of changed) if (!(field in out)) out[field] = current[field] ?? null;
  return Object.keys(out).length ? JSON.stringify(out) : null;
}

export interface DecisionInput {
  id: string;
  action: DecisionAction;
  etag: string;
  by: string;
  note: string | null;
  correction?: Correction;
}

const STATE: Record<DecisionAction, Decision> = { confirm: 'CONFIRMED', correct: 'CORRECTED', reject: 'REJECTED' };

/**
 * One decision, inside the caller's write transaction: the fact is locked, read, compared with
 * the etag the editor read, then changed and logged. Returns the id of the fact as it now stands
 * (a relationship given another end has a new id).
 */
export async function decide(tx: Tx, input: DecisionInput): Promise<string> {
  const ref = factRef(input.id);
  if (input.note && input.note.length > 2000) throw badInput('"note" is longer than 2000 characters', { argument: 'note' });
  if (input.action === 'correct') checkCorrection(ref.kind, input.correction ?? {});
  const run: Run = (query) => tx.run(query);
  const [lock] = await run(q.lockFact(ref.kind === 'RELATIONSHIP' ? { kind: ref.kind, id: ref.id, rel: relRef(ref) } : ref.kind === 'CASUALTY_CLAIM' ? { kind: ref.kind, id: ref.id, claimId: ref.claimId } : ref));
  if (!lock) throw notFound('Fact', input.id);
  const fact = (await loadFacts(run, [ref.id])).get(ref.id);
  if (!fact) throw notFound('Fact', input.id);
  if (fact.review.etag !== input.etag) {
    throw new AppError(ErrorCode.CONFLICT, `"${input.id}" changed since it was read (an ingestion or another editor): read it again, then decide`, {
      id: input.id,
      etag: fact.review.etag,
    });
  }
  const base: q.ReviewSet = { state: STATE[input.action], by: input.by, note: input.note };
  const eid = lock.eid as string;
  let resultId = ref.id;
  let details: Record<string, unknown> | null = null;
  switch (ref.kind) {
    case 'EVENT':
    case 'STATEMENT':
      details = await decideNode(tx, ref, eid, fact, base, input);
      break;
    case 'CASUALTY_CLAIM':
      details = await decideClaim(tx, eid, fact, base, input);
      break;
    case 'RELATIONSHIP': {
      const outcome = await decideRelationship(tx, ref, eid, lock.storedType as string, fact, base, input);
      resultId = outcome.id;
      details = outcome.details;
      break;
    }
  }
  await run(q.writeLog([{ factId: ref.id, action: base.state, by: input.by, note: input.note, origin: null, article: null, details: details ? JSON.stringify(details) : null }]));
  return resultId;
}

async function decideNode(tx: Tx, ref: FactRef, eid: string, fact: FactRecord, base: q.ReviewSet, input: DecisionInput): Promise<Record<string, unknown> | null> {
  const isEvent = ref.kind === 'EVENT';
  const wasRejected = fact.review.state === 'REJECTED';
  if (input.action === 'reject') {
    if (!wasRejected) await tx.run(q.voidRelationshipsOf(ref.id));
    await tx.run(q.setNodeReview(eid, base));
    if (isEvent) await tx.run(setEventLocations([ref.id]));
    return null;
  }
  if (wasRejected) await tx.run(q.restoreRelationshipsOf(ref.id));
  let details: Record<string, unknown> | null = null;
  if (input.action === 'correct') {
    const c = input.correction!;
    const [current] = await tx.run(q.nodeFacts([ref.id]));
    const props = (current?.props ?? {}) as Props;
    const values: Props = {};
    const dates: Record<string, string> = {};
    const changed: string[] = [];
    for (const f of given(c)) {
      if (f === 'placeId') continue;
      const v = c[f];
      if (f === 'date') dates.date = v as string;
      else values[f] = v;
      if (f === 'subEventType') values.eventType = eventTypeOf(v as SubEventType);
      if (String(props[f] ?? '') !== String(v ?? '')) changed.push(f);
    }
    const before: Props = Object.fromEntries(changed.map((f) => [f, props[f] ?? null]));
    if (c.placeId) {
      const place = await correctPlace(tx, ref.id, c.placeId, base);
      if (place.changed) {
        changed.push('place');
        before.place = place.before;
        props.place = place.before;
      }
    }
    const overruled = overruledAfter(storedReview(props).overruled, props, changed);
    await tx.run(q.setNodeReview(eid, { ...base, overruled }, values, dates));
    details = { before, after: Object.fromEntries(given(c).map((f) => [f === 'placeId' ? 'place' : f, c[f] ?? null])) };
  } else {
    await tx.run(q.setNodeReview(eid, base));
  }
  if (isEvent) await tx.run(setEventLocations([ref.id]));
  return details;
}

/** Gives an event another place: the OCCURRED_IN it had is kept as corrected, a new one replaces it. */
async function correctPlace(tx: Tx, eventId: string, placeId: string, base: q.ReviewSet): Promise<{ changed: boolean; before: string | null }> {
  const [place] = await tx.run(q.kindsOf([placeId]));
  if (!place || place.kind !== 'Place') throw badInput(`"${placeId}" is not a place in the graph`, { argument: 'input.placeId' });
  const current = await tx.run(q.placesOf(eventId));
  if (current.length === 1 && current[0]!.placeId === placeId) return { changed: false, before: placeId };
  const newId = relationshipId(eventId, 'OCCURRED_IN', placeId);
  let sources: { article: string; sentence: string; confidence: number }[] = [];
  const old = current[0];
  if (old) {
    const [row] = await tx.run(q.relationshipFacts([{ id: '', from: eventId, type: 'OCCURRED_IN', to: old.placeId as string, key: (old.key as string | null) ?? '' }]));
    const rel = row ? toRelationshipRecord(row.rel as Props) : null;
    sources = (rel?.sources ?? []).map((s) => ({ article: s.articleId, sentence: s.sentence ?? '', confidence: s.confidence ?? 1 }));
  }
  if (!sources.length) sources = (await tx.run(q.reportSources(eventId))).map((r) => ({ article: r.article as string, sentence: (r.sentence as string | null) ?? '', confidence: (r.confidence as number | null) ?? 1 }));
  const oldIds = current.filter((r) => r.placeId !== placeId).map((r) => relationshipId(eventId, 'OCCURRED_IN', r.placeId as string, (r.key as string | null) ?? ''));
  await tx.run(q.correctedPlace(eventId, placeId, sources, { ...base, overruled: old ? JSON.stringify({ to: old.placeId }) : null }, oldIds[0] ?? null));
  for (const r of current) {
    if (r.placeId === placeId) continue;
    await tx.run(q.setRelationshipReview(r.eid as string, { ...base }));
    await tx.run(q.voidRelationship(r.eid as string, { correctedTo: newId }));
  }
  return { changed: true, before: (old?.placeId as string | undefined) ?? null };
}

async function decideClaim(tx: Tx, eid: string, fact: FactRecord, base: q.ReviewSet, input: DecisionInput): Promise<Record<string, unknown> | null> {
  let details: Record<string, unknown> | null = null;
  if (input.action === 'correct') {
    const c = input.correction!;
    const stored = fact.claim!.snapshot;
    const values: Props = {};
    const changed: string[] = [];
    for (const f of given(c)) {
      values[f] = c[f] ?? null;
      if (String(stored[f] ?? '') !== String(c[f] ?? '')) changed.push(f);
    }
    const overruled = overruledAfter(fact.review.overruled, stored, changed);
    await tx.run(q.setNodeReview(eid, { ...base, overruled }, values));
    details = { before: Object.fromEntries(changed.map((f) => [f, stored[f] ?? null])), after: values };
  } else {
    await tx.run(q.setNodeReview(eid, base));
  }
  if (fact.eventId) await reconcileEvents(tx, [fact.eventId]);
  return details;
}

/** Events whose stored location may follow from a relationship: an event's place, or the events under a place. */
async function refreshLocations(tx: Tx, type: string, from: string): Promise<void> {
  if (type === 'OCCURRED_IN') await tx.run(setEventLocations([from]));
  else if (type === 'LOCATED_IN') {
    const [row] = await tx.run(refreshEventLocationsUnder(from));
    const ids = (row?.ids as string[] | undefined) ?? [];
    if (ids.length) await tx.run(setEventLocations(ids));
  }
}

async function decideRelationship(
  tx: Tx,
  ref: Extract<FactRef, { kind: 'RELATIONSHIP' }>,
  eid: string,
  storedType: string,
  fact: FactRecord,
  base: q.ReviewSet,
  input: DecisionInput,
): Promise<{ id: string; details: Record<string, unknown> | null }> {
  const stored = fact.review;
  const isVoid = storedType === 'REJECTED';
  if (stored.correctedTo) {
    throw badInput(`"${ref.id}" was replaced by a correction: decide on "${stored.correctedTo}" instead`, { argument: 'id', correctedTo: stored.correctedTo });
  }
  if (input.action === 'reject') {
    await tx.run(q.setRelationshipReview(eid, base));
    if (!isVoid) {
      await tx.run(q.voidRelationship(eid));
      await refreshLocations(tx, ref.type, ref.from);
    }
    return { id: ref.id, details: null };
  }
  if (input.action === 'confirm') {
    if (isVoid && stored.voidedBy.length === 0) {
      const [restored] = await tx.run(q.restoreRelationship(eid));
      await tx.run(q.setRelationshipReview(restored!.eid as string, base));
      await refreshLocations(tx, ref.type, ref.from);
    } else {
      await tx.run(q.setRelationshipReview(eid, base));
    }
    return { id: ref.id, details: null };
  }
  // correct
  if (isVoid) {
    const why = stored.voidedBy.length ? `it belongs to the rejected ${stored.voidedBy.join(', ')}` : 'it was rejected';
    throw badInput(`"${ref.id}" counts nowhere (${why}): confirm it first, or correct what took it out`, { argument: 'id' });
  }
  const c = input.correction!;
  const props = checkProperties(c.properties ?? {});
  const rel = fact.relationship!;
  const from = c.from ?? ref.from;
  const to = c.to ?? ref.to;
  const before: Props = Object.fromEntries(Object.keys(props).map((k) => [k, rel.properties[k] ?? null]));
  if (from === ref.from && to === ref.to) {
    const overruled = overruledAfter(stored.overruled, rel.properties, Object.keys(props).filter((k) => String(rel.properties[k] ?? '') !== String(props[k])));
    await tx.run(q.setRelationshipReview(eid, { ...base, overruled }, props));
    return { id: ref.id, details: { before, after: props } };
  }
  if (from === to) throw badInput(`"${from}" cannot be ${ref.type} itself`, { argument: 'input' });
  const kinds = new Map((await tx.run(q.kindsOf([from, to]))).map((r) => [r.id as string, r]));
  const missing = [from, to].filter((id) => !kinds.has(id));
  if (missing.length) throw badInput(`unknown ids: ${missing.join(', ')}`, { argument: 'input' });
  const rule = RELATIONSHIP_TYPES[ref.type as RelationshipType];
  const fromKind = kinds.get(from)!.kind as string;
  const toKind = kinds.get(to)!.kind as string;
  if (!(rule.from as readonly string[]).includes(fromKind) || !(rule.to as readonly string[]).includes(toKind)) {
    throw badInput(`${ref.type} cannot go from ${fromKind} "${from}" to ${toKind} "${to}"`, { argument: 'input' });
  }
  for (const end of [from, to]) {
    if (kinds.get(end)!.reviewState === 'REJECTED') throw badInput(`"${end}" was rejected; confirm it before linking to it`, { argument: 'input' });
  }
  const newId = relationshipId(from, ref.type, to, ref.key);
  const overruled = JSON.stringify({ ...(stored.overruled ?? {}), from: ref.from, to: ref.to, ...before });
  const [created] = await tx.run(q.replaceRelationship(eid, from, ref.type, to, ref.key, { ...rel.properties, ...props }));
  await tx.run(q.setRelationshipReview(created!.eid as string, { ...base, overruled }, { correctionOf: ref.id }));
  await tx.run(q.setRelationshipReview(eid, base));
  await tx.run(q.voidRelationship(eid, { correctedTo: newId }));
  if (HIERARCHY_TYPES.includes(ref.type)) await refuseCycles(tx, [from]);
  await refreshLocations(tx, ref.type, ref.from);
  if (from !== ref.from) await refreshLocations(tx, ref.type, from);
  return { id: newId, details: { before: { from: ref.from, to: ref.to, ...before }, after: { from, to, ...props }, correctedTo: newId } };
}

// The writer: decisions no later batch overrides --------------------------------------------------

export interface Honoured {
  voided: q.VoidedRow[];
  conflicts: q.ConflictRow[];
  logs: q.LogEntry[];
}

function overruledOf(props: Props): Record<string, unknown> | null {
  return storedReview(props).overruled;
}

/**
 * Reads which of a batch's facts a curator decided on and changes the plan so that the batch
 * honours the decisions: a decided event, statement or claim keeps its values (the batch's
 * differing values are recorded as a conflict, and the fact goes back to the queue); a rejected or
 * replaced relationship, or one of a rejected event or statement, is written to its stored-away
 * twin (a new article asserting it is a conflict). Returns what `finishDecisions` writes once the
 * batch's nodes exist; null when the batch touches no decided fact.
 */
export async function honourDecisions(tx: Tx, plan: WritePlan, origin: string): Promise<Honoured | null> {
  const reviewed = plan.nodes.filter((n) => n.kind === 'Event' || n.kind === 'Statement');
  const facts: q.BatchFacts = {
    nodes: reviewed.map((n) => n.id),
    claims: plan.claims.map((c) => c.id),
    relationships: plan.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to, key: r.key })),
  };
  if (!facts.nodes.length && !facts.claims.length && !facts.relationships.length) return null;
  const rows = await tx.run(q.decidedInBatch(facts));
  if (!rows.length) return null;

  const nodes = new Map<string, Props>();
  const claims = new Map<string, Props>();
  const rels = new Map<string, { props: Props; eid: string; stored: string }>();
  const rejected = new Set<string>();
  for (const row of rows) {
    if (row.what === 'node') nodes.set(row.id as string, row.props as Props);
    else if (row.what === 'claim') claims.set(row.id as string, row.props as Props);
    else if (row.what === 'rel') rels.set(row.id as string, { props: row.props as Props, eid: row.eid as string, stored: row.stored as string });
    else rejected.add(row.id as string);
  }

  const at = new Date().toISOString();
  const out: Honoured = { voided: [], conflicts: [], logs: [] };
  const reportedBy = new Map<string, string>();
  for (const r of plan.relationships) if (r.type === 'REPORTS' && r.sources[0]) reportedBy.set(r.to, r.sources[0].article);
  const conflict = (what: q.ConflictRow['what'], target: string, article: string | null, found: { field: string; value: string | null; decided: string | null }[]) => {
    out.conflicts.push({ what, target, conflicts: found.map((d) => JSON.stringify({ at, origin, article, ...d })) });
  };
  const log = (factId: string, article: string | null, found: { field: string; value: string | null; decided: string | null }[]) => {
    out.logs.push({ factId, action: found.length ? 'CONFLICT' : 'REINGESTED', by: null, note: null, origin, article, details: found.length ? JSON.stringify({ disagreements: found }) : null });
  };

  for (const node of reviewed) {
    const stored = nodes.get(node.id);
    if (!stored) continue;
    const article = reportedBy.get(node.id) ?? null;
    // A rejected node's values are moot; what matters is a new report of it (see REPORTS below).
    const found = stored.reviewState === 'REJECTED' ? [] : disagreements(CONFLICT_FIELDS[node.kind === 'Event' ? 'EVENT' : 'STATEMENT'], stored, overruledOf(stored), node.props);
    if (found.length) conflict('node', node.id, article, found);
    log(node.id, article, found);
    node.props = {};
  }

  plan.claims = plan.claims.filter((c) => {
    const stored = claims.get(c.id);
    if (!stored) return true;
    const found = disagreements(CONFLICT_FIELDS.CASUALTY_CLAIM, stored, overruledOf(stored), c as unknown as Props);
    if (found.length) conflict('claim', c.id, c.articleId, found);
    log(claimFactId(c.id), c.articleId, found);
    return false;
  });

  plan.relationships = plan.relationships.filter((r) => {
    const id = relationshipId(r.from, r.type, r.to, r.key);
    const info = rels.get(id);
    const ends = [r.from, r.to].filter((e) => rejected.has(e));
    if (info && info.stored !== 'REJECTED' && !ends.length) {
      // Decided and counting: new sources join it, its properties stay as decided.
      log(id, r.sources[0]?.article ?? null, []);
      r.props = {};
      return true;
    }
    if (!info && !ends.length) return true;
    const known = new Set((info?.props.sources as string[] | null) ?? []);
    const fresh = r.sources.filter((s) => !known.has(s.article));
    out.voided.push({ from: r.from, type: r.type, to: r.to, key: r.key, props: r.props, sources: r.sources, voidedBy: ends });
    const ownDecision = info && (info.props.reviewState === 'REJECTED' || info.props.correctedTo);
    if (ownDecision) {
      const found = fresh.map((s) => ({ field: 'sources', value: s.article, decided: null }));
      if (found.length) conflict('rel', info.eid, fresh[0]!.article, found);
      log(id, r.sources[0]?.article ?? null, found);
    } else if (r.type === 'REPORTS' && fresh.length) {
      // A new article reports a rejected event or statement.
      const found = fresh.map((s) => ({ field: 'sources', value: s.article, decided: null }));
      conflict('node', r.to, fresh[0]!.article, found);
      log(r.to, fresh[0]!.article, found);
    }
    return false;
  });
  return out;
}

/** Writes what `honourDecisions` set aside, once the batch's nodes and relationships are written. */
export async function finishDecisions(tx: Tx, honoured: Honoured | null): Promise<void> {
  if (!honoured) return;
  if (honoured.voided.length) await tx.run(q.upsertVoided(honoured.voided));
  if (honoured.conflicts.length) await tx.run(q.recordConflicts(honoured.conflicts));
  if (honoured.logs.length) await tx.run(q.writeLog(honoured.logs));
}

// History ---------------------------------------------------------------------------------------

interface RawLog {
  factId: string;
  action: string;
  at: string | null;
  by: string | null;
  note: string | null;
  origin: string | null;
  article: string | null;
  details: string | null;
}

function fromLog(l: RawLog): HistoryRecord {
  let details: Record<string, unknown> | null = null;
  try {
    details = l.details ? (JSON.parse(l.details) as Record<string, unknown>) : null;
  } catch {
    details = null;
  }
  return {
    at: l.at,
    action: l.action as HistoryRecord['action'],
    factId: l.factId,
    by: l.by,
    origin: l.origin,
    articleId: l.article,
    sentence: null,
    note: l.note,
    details,
  };
}

/** The audit trail of a node, relationship or claim, oldest first (null when there is no such thing). */
export async function history(run: Run, id: string, limit: number): Promise<HistoryRecord[] | null> {
  const ref = parseFactId(id);
  const [row] = await run(
    ref?.kind === 'RELATIONSHIP'
      ? q.factHistory({ kind: 'RELATIONSHIP', rel: relRef(ref) }, limit)
      : ref?.kind === 'CASUALTY_CLAIM'
        ? q.factHistory({ kind: 'CASUALTY_CLAIM', id: ref.id, claimId: ref.claimId }, limit)
        : q.nodeHistory(id, limit),
  );
  if (!row) return null;
  const entries: HistoryRecord[] = [];
  const reports = (row.reports as { article: string; at: string | null; sentence: string | null }[]) ?? [];
  // Written without an article (reference data, a curated import): its creation is its ingestion.
  if (!reports.length) entries.push({ at: (row.createdAt as string | null) ?? null, action: 'CREATED', factId: id, by: null, origin: null, articleId: null, sentence: null, note: null, details: null });
  for (const r of reports) entries.push({ at: r.at, action: 'INGESTED', factId: id, by: null, origin: null, articleId: r.article, sentence: r.sentence || null, note: null, details: null });
  for (const l of (row.logs as RawLog[]) ?? []) entries.push(fromLog(l));
  // Oldest first; entries without a time (written before times were kept) first of all.
  entries.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  return entries.slice(0, limit);
}
