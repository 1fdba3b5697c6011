/**
 * Writes one ImportBatch inside one transaction: all of it lands, or none of it. Used by the
 * reference seed, curated imports, the importBatch mutation and the article extractor alike.
 */
import { RELATIONSHIP_TYPES, type CasualtyGroup, type RelationshipType } from '../domain/taxonomy.js';
import { reconcile, type Claim } from '../domain/reconcile.js';
import { AppError, ErrorCode, badInput } from '../errors.js';
import { HIERARCHY_TYPES, planProblems } from '../import/invariants.js';
import { refId, type ImportBatch } from '../import/format.js';
import { addDays } from '../domain/dates.js';
import { periodEnd } from '../domain/precision.js';
import { bestIncidentMatch, foreignSides, incidentReportOf, withStoredPlace, type ActorSide, type IncidentReport } from '../domain/incident-match.js';
import { idsOf, planBatch, rewriteIds, type RelationshipRow, type WritePlan } from '../import/plan.js';
import { groupKeysOf, independent } from '../import/groups.js';
import { addCounters, emptyCounters, type Row, type Tx, type WriteCounters } from './graph.js';
import {
  claimsOfEvents,
  createNewEvents,
  createNewPlaces,
  findIncidentCandidates,
  guardNewNodes,
  placeAnchors,
  recordImports,
  resolveIds,
  resolveIdsLocking,
  existingOffices,
  finishEvents,
  refreshPlacedEvents,
  upsertClaims,
  upsertGraph,
  writeReconciled,
  type ReconciledRow,
} from './queries/write.js';
import { hierarchyCycles } from './queries/structure.js';
import { finishDecisions, honourDecisions } from './review.js';

export interface WriteOptions {
  /** Replace stored values with given ones (reference data, curators); otherwise only fill gaps. */
  overwrite: boolean;
  /** Digest of the source content: when already recorded, nothing is written. */
  digest?: string;
  origin?: string;
  /** Ids the batch creates that must not exist yet, nor have been merged into another node (createEntity). */
  mustBeNew?: string[];
  /**
   * Events of the batch the caller found absent from the graph, and that are to join nothing
   * (a dataset importer's new rows): with the batch articles only they point at, they are
   * created by the bulk path (`writeNewEvents`), set-based, in the same transaction as the rest
   * of the batch. The writer checks again, in the transaction, that they can be: when one cannot,
   * the whole batch takes the general path.
   */
  newEvents?: string[];
  /**
   * With `newEvents`: places of the batch the caller created and found absent (a dataset
   * importer's new villages and districts). Each whose parent is stored or is one of them is
   * created by the bulk path too (`createNewPlaces`), before the rest of the batch.
   */
  newPlaces?: string[];
  /** `planBatch` of the batch, when the caller made it already (seeding plans each article once, to group it). */
  plan?: WritePlan;
}

export interface WriteResult {
  counters: WriteCounters;
  /** Ids of the batch's nodes as stored (after redirects and event merging). */
  ids: string[];
  /** Incoming event ids that were merged into events already in the graph. */
  mergedEvents: Record<string, string>;
  /** Batch nodes that did not exist before. */
  created: string[];
  /** Nodes the batch named or pointed at that already existed. */
  linked: string[];
  skipped: boolean;
}

export async function writeBatch(tx: Tx, input: ImportBatch, options: WriteOptions): Promise<WriteResult> {
  if (options.newEvents?.length && !options.digest && !options.mustBeNew?.length) return writeWithNewEvents(tx, input, options);
  return writeGeneral(tx, input, options);
}

/** The general path: every node merged, every decision honoured, events matched to the incidents stored. */
async function writeGeneral(tx: Tx, input: ImportBatch, options: WriteOptions): Promise<WriteResult> {
  const counters = emptyCounters();
  // 0. The structural rules that need no database (src/import/invariants.ts): refused whole, before anything is sent.
  const initial = options.plan ?? planBatch(input);
  const problems = planProblems(initial);
  if (problems.length) throw badInput(`The batch cannot be written: ${problems.join('; ')}`, { problems });

  // 1. Skip content imported before; follow merge redirects; learn which referenced ids exist.
  const { defined, referenced } = idsOf(input, initial);
  const all = [...new Set([...defined, ...referenced, ...(options.mustBeNew ?? [])])];
  const origin = options.origin ?? input.origin ?? 'import';
  let resolved: Row[];
  if (options.mustBeNew?.length) {
    // Ids that must be new are read with locks, so that a concurrent create of one waits and then finds it taken.
    resolved = await tx.run(resolveIdsLocking(all, options.digest ?? null, origin));
    if (resolved[0]?.seen) return { counters, ids: [], mergedEvents: {}, created: [], linked: [], skipped: true };
  } else {
    if (options.digest) {
      const [record] = await tx.run(recordImports([{ digest: options.digest, origin }]));
      if (record?.seen) return { counters, ids: [], mergedEvents: {}, created: [], linked: [], skipped: true };
    }
    resolved = await tx.run(resolveIds(all));
  }
  const { redirects, kinds } = resolution(resolved);
  for (const id of options.mustBeNew ?? []) {
    const target = redirects.get(id);
    if (target) throw new AppError(ErrorCode.CONFLICT, `"${id}" was merged into "${target}"; choose another id, or update "${target}"`, { id, mergedInto: target });
    if (kinds.has(id)) throw new AppError(ErrorCode.CONFLICT, `"${id}" already exists; choose another id or update it`, { id });
  }
  let batch = rewriteIds(input, redirects);

  // 2. Events reported before (by another article) are joined, not duplicated.
  const mergedEvents = await matchEvents(tx, [batch], kinds);
  const rewritten = redirects.size > 0 || Object.keys(mergedEvents).length > 0;
  batch = rewriteIds(batch, new Map(Object.entries(mergedEvents)));

  const plan = rewritten ? planBatch(batch) : initial;
  checkReferences(plan, kinds);

  // 3. Nodes, then relationships, then casualty claims and their reconciliation.
  // An office reported without its exact title ("Prime Minister") joins the office the person
  // already holds in that body ("Prime Minister of the Kurdistan Region") instead of doubling it.
  const untitled = plan.relationships.filter((r) => r.type === 'HOLDS_OFFICE' && !r.key);
  if (untitled.length) {
    const held = await tx.run(existingOffices(untitled.map((r) => ({ from: r.from, to: r.to }))));
    for (const r of untitled) {
      const match = held.find((h) => h.from === r.from && h.to === r.to);
      if (match) r.key = match.key as string;
    }
  }
  // Curators' decisions hold against every later batch (docs/adr/0011): decided facts keep their
  // values, rejected ones stay out, and a batch that disagrees sends the fact back to the queue.
  const decisions = decidedIn(resolved) ? await honourDecisions(tx, plan, options.origin ?? input.origin ?? 'import') : null;
  // Rows in id order: concurrent writers then lock shared nodes in the same order, which keeps
  // deadlocks (and the retries they cost) rare.
  const nodes = [...plan.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const relationships = [...plan.relationships].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  addCounters(counters, await tx.runForCounters(upsertGraph(nodes, withFreshness(relationships, kinds), options.overwrite)));
  await refuseCycles(tx, relationships.filter((r) => HIERARCHY_TYPES.includes(r.type)).map((r) => r.from));
  // The batch's events, and events it gave a place (`link`): their location and geoPrecision follow the place.
  const events = [...new Set([...plan.nodes.filter((n) => n.kind === 'Event').map((n) => n.id), ...plan.relationships.filter((r) => r.type === 'OCCURRED_IN').map((r) => r.from)])];
  const reconciled = plan.claims.length ? reconciledRows(await tx.run(upsertClaims(plan.claims))) : [];
  const places = plan.nodes.filter((n) => n.kind === 'Place').map((n) => n.id);
  if (places.length) await tx.run(refreshPlacedEvents(places));
  if (events.length) await tx.run(finishEvents(events, reconciled));
  await finishDecisions(tx, decisions);

  const ids = [...new Set(plan.nodes.map((n) => n.id))];
  const referencedIds = new Set([...ids, ...plan.relationships.flatMap((r) => [r.from, r.to])]);
  return {
    counters,
    ids,
    mergedEvents,
    created: ids.filter((id) => !kinds.has(id)),
    linked: [...referencedIds].filter((id) => kinds.has(id)).sort(),
    skipped: false,
  };
}

/** Redirects (merged-away id to survivor) and stored kinds (by resolved id), from resolveIds rows. */
function resolution(rows: Row[]): { redirects: Map<string, string>; kinds: Map<string, string> } {
  const redirects = new Map<string, string>();
  const kinds = new Map<string, string>();
  for (const row of rows) {
    const id = row.id as string;
    const target = row.resolved as string;
    if (id === null) continue;
    if (target !== id) redirects.set(id, target);
    if (row.kind) kinds.set(target, row.kind as string);
  }
  return { redirects, kinds };
}

const decidedIn = (rows: Row[]): boolean => Boolean(rows[0]?.decided);

/** Flags the relationships with an end that was absent before this write: upsertGraph creates them rather than merging. */
function withFreshness(relationships: RelationshipRow[], stored: Map<string, string>): (RelationshipRow & { fresh: boolean })[] {
  return relationships.map((r) => ({ ...r, fresh: !stored.has(r.from) || !stored.has(r.to) }));
}

/**
 * The events of the batches that are to join an incident already stored: one read for them all.
 * Each event's report is made from its own batch. Events of different batches are not matched
 * with each other: writeArticles only groups batches whose events are too far apart to match.
 */
async function matchEvents(tx: Tx, batches: ImportBatch[], kinds: Map<string, string>): Promise<Record<string, string>> {
  const candidates = batches.flatMap((batch) => batch.events.filter((e) => e.mergeWithExisting && !kinds.has(e.id)).map((e) => ({ e, report: incidentReportOf(e, batch) })));
  if (!candidates.length) return {};
  const rows = await tx.run(
    findIncidentCandidates(
      candidates.map(({ e, report: r }) => ({ id: r.report.id, date: r.report.date, dateEnd: periodEnd(e.date, e.datePrecision), place: r.report.placeChain[0] ?? null, anchor: r.anchor, perpetrators: r.report.perpetrators })),
      candidates.flatMap(({ e }) => {
        const days: string[] = [];
        for (let d = addDays(e.date, -2), end = addDays(periodEnd(e.date, e.datePrecision), 2); d <= end && days.length < 12; d = addDays(d, 1)) days.push(d);
        return days;
      }),
    ),
  );
  const merged: Record<string, string> = {};
  const sides = new Map(((rows[0]?.sides ?? []) as ActorSide[]).map((s) => [s.actor, s]));
  const sidesOf = (ids: string[]) => ids.flatMap((id) => sides.get(id) ?? []);
  for (const row of rows) {
    const own = candidates.find((c) => c.report.report.id === row.id)!.report;
    const placed = withStoredPlace(own, row.anchorChain as string[], row.placeNames as string[], row.placeType as string | null);
    const report = { ...placed, perpetratorSides: foreignSides(sidesOf(row.perpetrators as string[]), placed.placeChain) };
    const stored = (row.candidates as IncidentReport[]).map((c) => ({ ...c, perpetratorSides: foreignSides(sidesOf(c.perpetrators ?? []), c.placeChain) }));
    const match = bestIncidentMatch(report, stored);
    if (match) merged[report.id] = match.id;
  }
  for (const target of Object.values(merged)) kinds.set(target, 'Event');
  return merged;
}

// Several articles in one transaction ---------------------------------------------------------------

/** One article of a grouped write (writeArticles): its batch, the digest of its content, and where it came from. */
export interface ArticleWrite {
  batch: ImportBatch;
  digest: string;
  origin: string;
  /** `planBatch(batch)`, when the caller made it already. */
  plan?: WritePlan;
}

/**
 * Thrown by writeArticles when the articles of a group turn out not to be independent once ids
 * are resolved in the graph (two of them name one node after a merge redirect, or join one stored
 * incident). Nothing is written; the caller writes them one per transaction instead.
 */
export class GroupConflictError extends Error {
  constructor(readonly problem: string) {
    super(`The articles of the group are not independent (${problem}); write them one per transaction`);
  }
}

/**
 * Writes several articles in one transaction, with the statements of one (docs/adr/0013): one
 * digest record, one id resolution, one incident-candidate read, one upsert of nodes and
 * relationships, one of claims, one of event locations and figures, for the whole group.
 *
 * The graph written is the one writing the articles one after another, in order, would write,
 * because the group's articles are independent (src/import/groups.ts): no two define one node,
 * relationship or claim, hold one office pair, or report events close enough in time to be one
 * incident. Each article is checked against the graph and the articles before it, as it would be
 * alone. When anything fails, the whole transaction rolls back: the caller then writes the
 * articles one per transaction (seedArticles does), so a bad article never takes the others with
 * it, and never lands in part.
 *
 * Returns one result per article, in order. The update counters of the shared statements are
 * given to the first article written; the others have none.
 */
export async function writeArticles(tx: Tx, parts: ArticleWrite[]): Promise<WriteResult[]> {
  const skipped = (): WriteResult => ({ counters: emptyCounters(), ids: [], mergedEvents: {}, created: [], linked: [], skipped: true });
  const results: WriteResult[] = parts.map(skipped);
  // 0. The structural rules, per article.
  const initial = parts.map((p) => {
    const plan = p.plan ?? planBatch(p.batch);
    const problems = planProblems(plan);
    if (problems.length) throw badInput(`The batch cannot be written: ${problems.join('; ')}`, { problems });
    return plan;
  });

  // 1. Digests: an article seen before is skipped, and so is a second copy within the group.
  const records = await tx.run(recordImports([...new Map(parts.map((p) => [p.digest, { digest: p.digest, origin: p.origin }])).values()]));
  const seen = new Set(records.filter((r) => r.seen).map((r) => r.digest as string));
  const live: number[] = [];
  const digests = new Set<string>();
  for (const [i, p] of parts.entries()) {
    if (seen.has(p.digest) || digests.has(p.digest)) continue;
    digests.add(p.digest);
    live.push(i);
  }
  if (!live.length) return results;

  // 2. Redirects and stored kinds, for every id of every article, in one read.
  const all = new Set<string>();
  for (const i of live) {
    const { defined, referenced } = idsOf(parts[i]!.batch, initial[i]);
    for (const id of [...defined, ...referenced]) all.add(id);
  }
  const resolved = await tx.run(resolveIds([...all]));
  const { redirects, kinds } = resolution(resolved);
  let batches = live.map((i) => rewriteIds(parts[i]!.batch, redirects));

  // 3. Events reported before are joined, in one read for the group.
  const mergedEvents = await matchEvents(tx, batches, kinds);
  const rewritten = redirects.size > 0 || Object.keys(mergedEvents).length > 0;
  const unmerged = batches;
  batches = batches.map((b) => rewriteIds(b, new Map(Object.entries(mergedEvents))));
  const plans = live.map((i, k) => (rewritten ? planBatch(batches[k]!) : initial[i]!));
  if (rewritten) {
    const keys = batches.map((b, k) => groupKeysOf(b, plans[k]!));
    for (let k = 1; k < keys.length; k++) {
      for (let j = 0; j < k; j++) {
        const problem = independent(keys[j]!, keys[k]!);
        if (problem !== true) throw new GroupConflictError(problem);
      }
    }
  }
  // Each article is checked as if written alone, after the ones before it.
  const known = new Map(kinds);
  for (const plan of plans) {
    checkReferences(plan, known);
    for (const n of plan.nodes) if (!known.has(n.id)) known.set(n.id, n.kind);
  }

  // 4. Offices without their title join the office held (the articles hold no office pair in common).
  const untitled = plans.flatMap((p) => p.relationships.filter((r) => r.type === 'HOLDS_OFFICE' && !r.key));
  if (untitled.length) {
    const held = await tx.run(existingOffices(untitled.map((r) => ({ from: r.from, to: r.to }))));
    for (const r of untitled) {
      const match = held.find((h) => h.from === r.from && h.to === r.to);
      if (match) r.key = match.key as string;
    }
  }
  const decisions = [];
  if (decidedIn(resolved)) for (const [k, plan] of plans.entries()) decisions.push(await honourDecisions(tx, plan, parts[live[k]!]!.origin));

  // 5. The group's rows, written together.
  const nodes = plans.flatMap((p) => p.nodes).sort((a, b) => a.id.localeCompare(b.id));
  const relationships = plans.flatMap((p) => p.relationships).sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  const claims = plans.flatMap((p) => p.claims);
  const counters = await tx.runForCounters(upsertGraph(nodes, withFreshness(relationships, kinds), false));
  await refuseCycles(tx, relationships.filter((r) => HIERARCHY_TYPES.includes(r.type)).map((r) => r.from));
  const events = [...new Set([...nodes.filter((n) => n.kind === 'Event').map((n) => n.id), ...relationships.filter((r) => r.type === 'OCCURRED_IN').map((r) => r.from)])];
  const reconciled = claims.length ? reconciledRows(await tx.run(upsertClaims(claims))) : [];
  const places = nodes.filter((n) => n.kind === 'Place').map((n) => n.id);
  if (places.length) await tx.run(refreshPlacedEvents(places));
  if (events.length) await tx.run(finishEvents(events, reconciled));
  for (const d of decisions) await finishDecisions(tx, d);

  // 6. One result per article, as if each had been written alone, in order.
  const before = new Set(kinds.keys());
  for (const [k, i] of live.entries()) {
    const plan = plans[k]!;
    const ids = [...new Set(plan.nodes.map((n) => n.id))];
    const referencedIds = new Set([...ids, ...plan.relationships.flatMap((r) => [r.from, r.to])]);
    const own = new Set(unmerged[k]!.events.map((e) => e.id));
    results[i] = {
      counters: k === 0 ? counters : emptyCounters(),
      ids,
      mergedEvents: Object.fromEntries(Object.entries(mergedEvents).filter(([id]) => own.has(id))),
      created: ids.filter((id) => !before.has(id)),
      linked: [...referencedIds].filter((id) => before.has(id)).sort(),
      skipped: false,
    };
    for (const id of ids) before.add(id);
  }
  return results;
}

/**
 * Fails (so the transaction rolls back) when following LOCATED_IN, PART_OF or UNDER from one of
 * `ids` leads back to it: a place inside itself would put every event of the country in each
 * village, and `placePath` would never end.
 */
export async function refuseCycles(tx: Tx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const cycles = await tx.run(hierarchyCycles([...new Set(ids)]));
  if (!cycles.length) return;
  const problems = cycles.map((c) => `following ${c.type as string} from "${c.id as string}" leads back to it (${(c.path as string[]).join(' -> ')})`);
  throw badInput(`The change would make a hierarchy loop: ${problems.join('; ')}`, { problems });
}

/** Every relationship must join existing (or batch-defined) nodes of kinds its type allows. */
function checkReferences(plan: WritePlan, stored: Map<string, string>): void {
  const problems = referenceProblems(plan, stored);
  if (problems.length) throw badInput(`The batch cannot be written: ${problems.join('; ')}`, { problems });
}

function referenceProblems(plan: WritePlan, stored: Map<string, string>): string[] {
  const kindOf = new Map(stored);
  const problems: string[] = [];
  for (const n of plan.nodes) {
    const storedKind = stored.get(n.id);
    if (!storedKind) kindOf.set(n.id, n.kind);
    else if (storedKind !== n.kind) problems.push(`"${n.id}" is stored as a ${storedKind}, not a ${n.kind}`);
  }
  const missing = new Set<string>();
  for (const r of plan.relationships) {
    for (const id of [r.from, r.to, ...r.sources.map((s) => s.article)]) if (!kindOf.has(id)) missing.add(id);
    const fromKind = kindOf.get(r.from);
    const toKind = kindOf.get(r.to);
    if (!fromKind || !toKind) continue;
    const rule = RELATIONSHIP_TYPES[r.type as RelationshipType];
    if (!(rule.from as readonly string[]).includes(fromKind) || !(rule.to as readonly string[]).includes(toKind)) {
      problems.push(`${r.type} cannot go from ${fromKind} "${r.from}" to ${toKind} "${r.to}"`);
    }
  }
  for (const c of plan.claims) {
    if (c.actorId && !kindOf.has(c.actorId)) missing.add(c.actorId);
    if (c.articleId && !kindOf.has(c.articleId)) missing.add(c.articleId);
  }
  if (missing.size) problems.unshift(`unknown ids (not in the graph nor in the batch): ${[...missing].sort().join(', ')}`);
  return problems;
}

/** Recomputes the stored best / low / high casualty figures of the given events from their claims. */
export async function reconcileEvents(tx: Tx, eventIds: string[]): Promise<void> {
  const updates = reconciledRows(await tx.run(claimsOfEvents(eventIds)));
  if (updates.length) await tx.run(writeReconciled(updates));
}

/**
 * Reconciled figures per event, from rows of {eventId, claim}: over the claims that count (a
 * rejected claim does not), and over those a curator confirmed or corrected (docs/adr/0011).
 */
function reconciledRows(rows: Row[]): ReconciledRow[] {
  const byEvent = new Map<string, { all: Claim[]; reviewed: Claim[] }>();
  for (const row of rows) {
    const c = row.claim as Record<string, unknown>;
    const claims = byEvent.get(row.eventId as string) ?? { all: [], reviewed: [] };
    if (c.reviewState === 'REJECTED') {
      byEvent.set(row.eventId as string, claims);
      continue;
    }
    const claim: Claim = {
      group: c.group as CasualtyGroup,
      actorId: (c.actorId as string | null) ?? null,
      killed: (c.killed as number | null) ?? null,
      injured: (c.injured as number | null) ?? null,
      abducted: (c.abducted as number | null) ?? null,
      arrested: (c.arrested as number | null) ?? null,
      sourceId: (c.articleId as string | null) ?? null,
      confidence: (c.confidence as number | null) ?? null,
      published: (c.published as string | null) ?? null,
    };
    claims.all.push(claim);
    if (c.reviewState === 'CONFIRMED' || c.reviewState === 'CORRECTED') claims.reviewed.push(claim);
    byEvent.set(row.eventId as string, claims);
  }
  return [...byEvent.entries()].map(([id, claims]) => reconciledRow(id, claims.all, claims.reviewed));
}

/**
 * The stored figures of one event: its best / low / high totals and the best source's breakdown
 * per group, over `claims`; and the same over `reviewed` (the claims a curator stands behind).
 */
export function reconciledRow(id: string, claims: Claim[], reviewed: Claim[] = []): ReconciledRow {
  const r = reconcile(claims);
  const v = reconcile(reviewed);
  return {
    id,
    fatalities: r.totals.killed?.best ?? null,
    fatalitiesLow: r.totals.killed?.low ?? null,
    fatalitiesHigh: r.totals.killed?.high ?? null,
    injured: r.totals.injured?.best ?? null,
    injuredLow: r.totals.injured?.low ?? null,
    injuredHigh: r.totals.injured?.high ?? null,
    groupKeys: r.bestBreakdown.map((b) => b.key),
    groupNames: r.bestBreakdown.map((b) => b.group),
    groupActors: r.bestBreakdown.map((b) => b.actorId ?? ''),
    groupKilled: r.bestBreakdown.map((b) => b.values.killed),
    groupInjured: r.bestBreakdown.map((b) => b.values.injured),
    groupAbducted: r.bestBreakdown.map((b) => b.values.abducted),
    groupArrested: r.bestBreakdown.map((b) => b.values.arrested),
    reviewed: !reviewed.length ? null : {
      fatalities: v.totals.killed?.best ?? null,
      injured: v.totals.injured?.best ?? null,
      groupKeys: v.bestBreakdown.map((b) => b.key),
      groupNames: v.bestBreakdown.map((b) => b.group),
      groupActors: v.bestBreakdown.map((b) => b.actorId ?? ''),
      groupKilled: v.bestBreakdown.map((b) => b.values.killed),
      groupInjured: v.bestBreakdown.map((b) => b.values.injured),
      groupAbducted: v.bestBreakdown.map((b) => b.values.abducted),
      groupArrested: v.bestBreakdown.map((b) => b.values.arrested),
    },
  };
}

// The bulk path ------------------------------------------------------------------------------------

/**
 * A batch with events the caller found absent (`options.newEvents`): the rest of the batch (its
 * entities, the events that may join or update one stored, and whatever else) takes the general
 * path, then the new events, their articles, claims and relationships are created set-based, in
 * a few statements for the whole batch, in the same transaction. Nothing can be stored yet for a
 * new event (no node, no relationship, no claim, no decision: `guardNewNodes` checks it), so
 * CREATE replaces MERGE, and the figures and location are computed once, not read back per event.
 * The graph written is the one the general path writes (tests/integration/exchange-import.test.ts
 * compares the two); when anything stands in the way, the whole batch takes the general path.
 */
async function writeWithNewEvents(tx: Tx, input: ImportBatch, options: WriteOptions): Promise<WriteResult> {
  const initial = planBatch(input);
  const problems = planProblems(initial);
  if (problems.length) throw badInput(`The batch cannot be written: ${problems.join('; ')}`, { problems });
  const split = splitNewEvents(input, new Set(options.newEvents));
  if (!split) return writeGeneral(tx, input, options);
  const { bulk } = split;
  let { rest } = split;
  const plan = planBatch(bulk);
  // New places that may be created in bulk: given once, with no provenance of their own (the importer's).
  const placeIds = new Set(options.newPlaces ?? []);
  const defined = new Map<string, number>();
  for (const n of [...input.articles, ...input.entities, ...input.events, ...input.statements]) defined.set(n.id, (defined.get(n.id) ?? 0) + 1);
  const candidates = rest.entities.filter((e) => e.kind === 'Place' && placeIds.has(e.id) && defined.get(e.id) === 1 && !e.sources.length);
  const candidatePlan = planBatch({ origin: input.origin, articles: [], entities: candidates, events: [], statements: [], relationships: [] });
  const created = [...plan.nodes, ...candidatePlan.nodes].map((n) => n.id);
  const createdSet = new Set(created);
  // Entities the rest of the batch defines exist once it is written.
  const restKinds = new Map<string, string>();
  for (const e of rest.entities) if (!createdSet.has(e.id)) restKinds.set(e.id, e.kind);
  const referenced = [
    ...new Set(
      [...plan.relationships, ...candidatePlan.relationships].flatMap((r) => [r.from, r.to]).concat(plan.claims.flatMap((c) => (c.actorId ? [c.actorId] : []))).filter((id) => !createdSet.has(id)),
    ),
  ].sort();
  const [guard] = await tx.run(guardNewNodes(created, plan.claims.map((c) => c.id), referenced));
  const refs = (guard?.refs ?? []) as { id: string; redirected: boolean; kind: string | null; rejected: boolean }[];
  const stored = new Map<string, string>();
  for (const r of refs) if (r.kind) stored.set(r.id, r.kind);
  // A new place is created in bulk when its parent is stored or created in bulk too; the others
  // (a parent the rest defines, a loop among them) stay with the rest, which refuses a loop.
  const parentOf = new Map(candidatePlan.relationships.map((r) => [r.from, r.to]));
  const places = new Set(candidates.map((e) => e.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of places) {
      const parent = parentOf.get(id);
      if (parent !== undefined && !stored.has(parent) && !places.has(parent)) {
        places.delete(id);
        changed = true;
      }
    }
  }
  for (const e of candidates) if (!places.has(e.id)) restKinds.set(e.id, e.kind);
  const kinds = new Map([...stored, ...restKinds, ...[...places].map((id) => [id, 'Place'] as const)]);
  const blocked =
    ((guard?.taken ?? []) as string[]).length > 0 ||
    ((guard?.takenClaims ?? []) as string[]).length > 0 ||
    refs.some((r) => r.redirected || r.rejected || !kinds.has(r.id) || (r.kind && restKinds.has(r.id) && restKinds.get(r.id) !== r.kind)) ||
    referenceProblems(plan, kinds).length > 0;
  if (blocked) return writeGeneral(tx, input, options);

  const placeCounters = emptyCounters();
  if (places.size) {
    rest = { ...rest, entities: rest.entities.filter((e) => !places.has(e.id)) };
    const nodes = candidatePlan.nodes.filter((n) => places.has(n.id)).sort((a, b) => a.id.localeCompare(b.id));
    const links = candidatePlan.relationships.filter((r) => places.has(r.from)).sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
    addCounters(placeCounters, await tx.runForCounters(createNewPlaces(nodes, links)));
  }
  const bulkCreated = [...plan.nodes.map((n) => n.id), ...[...places].sort()];

  const result: WriteResult = hasContent(rest)
    ? await writeGeneral(tx, rest, options)
    : { counters: emptyCounters(), ids: [], mergedEvents: {}, created: [], linked: [], skipped: false };

  // Each place once: the nearest place (itself or above it) with coordinates, as EVENT_LOCATION finds it.
  const eventRows = plan.nodes.filter((n) => n.kind === 'Event');
  const placeOf = new Map(plan.relationships.filter((r) => r.type === 'OCCURRED_IN').map((r) => [r.from, r.to]));
  const eventPlaces = [...new Set(placeOf.values())].sort();
  const anchors = new Map<string, string | null>();
  if (eventPlaces.length) for (const row of await tx.run(placeAnchors(eventPlaces))) anchors.set(row.id as string, (row.at as string | null) ?? null);

  // Casualty figures from the batch's claims alone (a new event has no others), as reconcileEvents reads them.
  const published = new Map(bulk.articles.map((a) => [a.id, a.published ?? null]));
  const claimRows: Row[] = [...plan.claims]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({ eventId: c.eventId, claim: { ...c, published: c.articleId ? (published.get(c.articleId) ?? null) : null } }));
  const figures = new Map(reconciledRows(claimRows).map((r) => [r.id, r]));

  const events = eventRows
    .map((n) => ({ node: n, place: placeOf.get(n.id) ?? null }))
    .sort((a, b) => a.node.id.localeCompare(b.node.id))
    .map(({ node, place }) => ({ node, place, at: place ? (anchors.get(place) ?? null) : null, figures: figures.has(node.id) ? [figures.get(node.id)!] : [] }));
  const articles = plan.nodes.filter((n) => n.kind === 'Article').sort((a, b) => a.id.localeCompare(b.id));
  const relationships = [...plan.relationships].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  addCounters(result.counters, await tx.runForCounters(createNewEvents({ events, articles, claims: plan.claims, relationships })));
  addCounters(result.counters, placeCounters);

  const linked = new Set(result.linked);
  for (const id of referenced) if (stored.has(id)) linked.add(id);
  return {
    counters: result.counters,
    ids: [...new Set([...result.ids, ...bulkCreated])],
    mergedEvents: result.mergedEvents,
    created: [...result.created, ...bulkCreated],
    linked: [...linked].sort(),
    skipped: false,
  };
}

function hasContent(batch: ImportBatch): boolean {
  return batch.articles.length + batch.entities.length + batch.events.length + batch.statements.length + batch.relationships.length > 0;
}

/**
 * Splits a batch into the new events that can be created in bulk, with the batch articles that
 * only they point at, and the rest. An event is left to the rest when it is to be matched, when
 * its id is given twice, when it cites an article of the batch that something else of the rest
 * points at too, or when it cites an article that is not of the batch for its casualty figures
 * (their reconciliation reads the article's date). Null when no event is left for the bulk path.
 */
function splitNewEvents(input: ImportBatch, newIds: Set<string>): { bulk: ImportBatch; rest: ImportBatch } | null {
  const counts = new Map<string, number>();
  for (const n of [...input.articles, ...input.entities, ...input.events, ...input.statements]) counts.set(n.id, (counts.get(n.id) ?? 0) + 1);
  const batchArticles = new Map(input.articles.map((a) => [a.id, a]));
  const articlesOf = (e: ImportBatch['events'][number]) => [...e.sources.map((s) => s.article), ...e.casualties.flatMap((c) => (c.source ? [c.source.article] : []))];
  let bulk = input.events.filter(
    (e) =>
      newIds.has(e.id) &&
      !e.mergeWithExisting &&
      counts.get(e.id) === 1 &&
      articlesOf(e).every((a) => batchArticles.has(a) && counts.get(a) === 1),
  );
  for (;;) {
    if (!bulk.length) return null;
    const bulkIds = new Set(bulk.map((e) => e.id));
    const owned = new Set(bulk.flatMap(articlesOf));
    const rest: ImportBatch = {
      ...input,
      articles: input.articles.filter((a) => !owned.has(a.id)),
      events: input.events.filter((e) => !bulkIds.has(e.id)),
    };
    // What the rest points at (its own articles aside) must not be created by the bulk path.
    const { referenced } = idsOf({ ...rest, articles: [] });
    const shared = new Set([...owned].filter((a) => referenced.has(a)));
    const stillBulk = bulk.filter((e) => !articlesOf(e).some((a) => shared.has(a)) && !referenced.has(e.id));
    if (stillBulk.length === bulk.length) {
      return { bulk: { origin: input.origin, articles: input.articles.filter((a) => owned.has(a.id)), entities: [], events: bulk, statements: [], relationships: [] }, rest };
    }
    bulk = stillBulk;
  }
}
