/**
 * Which articles may share one write transaction (db/writer.ts writeArticles, docs/adr/0013):
 * those whose writes do not depend on each other, so that writing them together gives the graph
 * that writing them one after another would. Pure: no database.
 */
import { daysBetween } from '../domain/dates.js';
import type { GazetteerEntry } from '../extract/gazetteer.js';
import { periodEnd } from '../domain/precision.js';
import { refId, type EntityInput, type ImportBatch } from './format.js';
import { planBatch, relationshipId, type WritePlan } from './plan.js';

/**
 * Events whose periods are this many days apart or fewer may be matched to one incident (the
 * writer matches periods at most two days apart, a stored date at most eight days earlier: two
 * events that both join one stored incident are at most ten days apart). Articles reporting
 * events that close are written in separate transactions, in order, so the later one sees the
 * earlier one's event.
 */
export const INCIDENT_REACH_DAYS = 12;

/** The relationships a gazetteer entry reflects (its parent, and what a government governs). */
const GAZETTEER_TYPES = new Set(['LOCATED_IN', 'PART_OF', 'UNDER', 'GOVERNS']);

export interface GroupKeys {
  /** Nodes, relationships and claims the article writes, and the (person, body) pairs of the offices it names. */
  keys: Set<string>;
  /** Its events' periods: [first day, last day]. */
  periods: [string, string][];
  /**
   * Writing it may change what the gazetteer holds (see changesGazetteer): the gazetteer the next
   * article is read against may differ once it is written, so seedArticles ends the group after it.
   */
  changesEntities: boolean;
}

/** What the seeding's gazetteer holds of an entity: the fields of its entry that a write can change. */
export type KnownEntity = Pick<GazetteerEntry, 'kind' | 'name' | 'aliases' | 'placeType' | 'parentId' | 'governs' | 'organizationType'>;

/**
 * Whether writing the batch may change an entry of the gazetteer: it defines an entity the
 * gazetteer does not hold, or gives one it holds a name, kind, type, parent or governed place the
 * entry lacks, or places one entity in another (LOCATED_IN, PART_OF, UNDER, GOVERNS) where the
 * entry says otherwise. Without `known`, any entity or such relationship counts. Conservative: a
 * second parent the entry does not show counts as a change even when the graph has it.
 */
export function changesGazetteer(batch: ImportBatch, known?: (id: string) => KnownEntity | undefined): boolean {
  const placing = batch.relationships.filter((r) => GAZETTEER_TYPES.has(r.type));
  if (!known) return batch.entities.length > 0 || placing.length > 0;
  return (
    batch.entities.some((e) => entityChanges(e, known(e.id))) ||
    placing.some((r) => {
      const entry = known(r.from);
      return !entry || (r.type === 'GOVERNS' ? entry.governs : entry.parentId) !== r.to;
    })
  );
}

function entityChanges(e: EntityInput, entry: KnownEntity | undefined): boolean {
  if (!entry || entry.kind !== e.kind) return true;
  const names = new Set([entry.name, ...entry.aliases]);
  if (![e.name, ...e.aliases].every((n) => names.has(n))) return true;
  const parents = e.kind === 'Place' ? [e.locatedIn] : e.kind === 'Force' ? [e.partOf, ...e.under] : e.kind === 'Person' ? [] : [e.partOf];
  if (parents.some((p) => p !== undefined && refId(p) !== entry.parentId)) return true;
  if (e.kind === 'Place' && e.placeType !== undefined && e.placeType !== entry.placeType) return true;
  if (e.kind === 'Organization' && e.organizationType !== undefined && e.organizationType !== entry.organizationType) return true;
  return e.kind === 'Government' && e.governs !== undefined && refId(e.governs) !== entry.governs;
}

export function groupKeysOf(batch: ImportBatch, plan: WritePlan = planBatch(batch), known?: (id: string) => KnownEntity | undefined): GroupKeys {
  const keys = new Set<string>();
  for (const n of plan.nodes) keys.add(`node ${n.id}`);
  for (const r of plan.relationships) {
    keys.add(`relationship ${relationshipId(r.from, r.type, r.to, r.key)}`);
    if (r.type === 'HOLDS_OFFICE') keys.add(`office ${r.from}|${r.to}`);
  }
  for (const c of plan.claims) keys.add(`claim ${c.id}`);
  return {
    keys,
    periods: batch.events.map((e) => [e.date, periodEnd(e.date, e.datePrecision)]),
    changesEntities: changesGazetteer(batch, known),
  };
}

/** True when two articles may share a transaction; otherwise what they have in common. */
export function independent(a: GroupKeys, b: GroupKeys): true | string {
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  for (const key of small) if (large.has(key)) return `both write ${key}`;
  for (const [aStart, aEnd] of a.periods) {
    for (const [bStart, bEnd] of b.periods) {
      // The gap between the two periods (negative when they overlap).
      const gap = Math.max(daysBetween(aEnd, bStart), daysBetween(bEnd, aStart));
      if (gap <= INCIDENT_REACH_DAYS) return `events ${aStart} and ${bStart} may be one incident`;
    }
  }
  return true;
}
