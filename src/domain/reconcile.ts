/**
 * Reconciling casualty figures when several sources report one event, in the manner of UCDP's
 * best / low / high estimates (docs/adr/0004-casualty-reconciliation.md).
 *
 * - Each source (article, or the curator) gives one figure per affected group and measure.
 * - low / high are the smallest and largest figure any source gives.
 * - best comes from the most trusted source that gives the measure: highest confidence first, then
 *   the more detailed report (more named groups), then the later publication (tolls are revised up
 *   as the wounded die and bodies are found), then the larger figure.
 * - Totals are computed per source first (a source's total is the sum of its groups), so "10 Peshmerga
 *   and 3 civilians" in one article and "12 killed" in another give low 12, high 13, not 25.
 */
import type { CasualtyGroup } from './taxonomy.js';

export const MEASURES = ['killed', 'injured', 'abducted', 'arrested'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Claim {
  group: CasualtyGroup;
  actorId: string | null;
  killed: number | null;
  injured: number | null;
  abducted: number | null;
  arrested: number | null;
  /** The article id, or null for a curated figure. */
  sourceId: string | null;
  confidence: number | null;
  /** Publication date of the source (YYYY-MM-DD), when known. */
  published: string | null;
}

export interface Estimate {
  best: number;
  low: number;
  high: number;
  sources: number;
}

export interface GroupFigures<C extends Claim = Claim> {
  /** `actor:<id>` or `group:<GROUP>`: one entry per affected group. */
  key: string;
  group: CasualtyGroup;
  actorId: string | null;
  estimates: Partial<Record<Measure, Estimate>>;
  claims: C[];
}

export interface Reconciled<C extends Claim = Claim> {
  groups: GroupFigures<C>[];
  totals: Partial<Record<Measure, Estimate>>;
  /** Per-group best values from the best source, for aggregation across events without double counting. */
  bestBreakdown: { key: string; group: CasualtyGroup; actorId: string | null; values: Record<Measure, number> }[];
}

export function groupKey(claim: Pick<Claim, 'group' | 'actorId'>): string {
  return claim.actorId ? `actor:${claim.actorId}` : `group:${claim.group}`;
}

const sourceKey = (c: Claim) => c.sourceId ?? '(curated)';

interface SourceReport<C extends Claim> {
  sourceId: string;
  confidence: number;
  published: string;
  claims: C[];
}

/** Sources ordered from most to least trusted. */
function rankSources<C extends Claim>(claims: C[]): SourceReport<C>[] {
  const bySource = new Map<string, SourceReport<C>>();
  for (const claim of claims) {
    const key = sourceKey(claim);
    const report = bySource.get(key) ?? {
      sourceId: key,
      confidence: claim.confidence ?? (claim.sourceId === null ? 1 : 0.5),
      published: claim.published ?? '',
      claims: [],
    };
    report.claims.push(claim);
    report.confidence = Math.max(report.confidence, claim.confidence ?? 0);
    bySource.set(key, report);
  }
  const detail = (r: SourceReport<C>) => new Set(r.claims.filter((c) => c.group !== 'UNSPECIFIED' || c.actorId).map(groupKey)).size;
  return [...bySource.values()].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      detail(b) - detail(a) ||
      b.published.localeCompare(a.published) ||
      a.sourceId.localeCompare(b.sourceId),
  );
}

function sumOf(claims: Claim[], measure: Measure): number | null {
  let total: number | null = null;
  for (const c of claims) {
    const v = c[measure];
    if (v !== null && v !== undefined) total = (total ?? 0) + v;
  }
  return total;
}

function estimate(valuesInRankOrder: number[]): Estimate | undefined {
  if (valuesInRankOrder.length === 0) return undefined;
  return {
    best: valuesInRankOrder[0]!,
    low: Math.min(...valuesInRankOrder),
    high: Math.max(...valuesInRankOrder),
    sources: valuesInRankOrder.length,
  };
}

export function reconcile<C extends Claim>(claims: C[]): Reconciled<C> {
  const ranked = rankSources(claims);

  const totals: Partial<Record<Measure, Estimate>> = {};
  for (const measure of MEASURES) {
    const values = ranked.map((r) => sumOf(r.claims, measure)).filter((v): v is number => v !== null);
    const e = estimate(values);
    if (e) totals[measure] = e;
  }

  const groupsByKey = new Map<string, GroupFigures<C>>();
  for (const report of ranked) {
    for (const claim of report.claims) {
      const key = groupKey(claim);
      const g = groupsByKey.get(key) ?? { key, group: claim.group, actorId: claim.actorId, estimates: {}, claims: [] };
      g.claims.push(claim);
      groupsByKey.set(key, g);
    }
  }
  for (const g of groupsByKey.values()) {
    for (const measure of MEASURES) {
      // g.claims is already in source rank order.
      const values = g.claims.map((c) => c[measure]).filter((v): v is number => v !== null && v !== undefined);
      const e = estimate(values);
      if (e) g.estimates[measure] = e;
    }
  }

  const bestBreakdown: Reconciled<C>['bestBreakdown'] = [];
  for (const measure of MEASURES) {
    const best = ranked.find((r) => sumOf(r.claims, measure) !== null);
    if (!best) continue;
    for (const claim of best.claims) {
      const v = claim[measure];
      if (v === null || v === undefined) continue;
      const key = groupKey(claim);
      let row = bestBreakdown.find((b) => b.key === key);
      if (!row) {
        row = { key, group: claim.group, actorId: claim.actorId, values: { killed: 0, injured: 0, abducted: 0, arrested: 0 } };
        bestBreakdown.push(row);
      }
      row.values[measure] += v;
    }
  }

  const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);
  return { groups: [...groupsByKey.values()].sort(byKey), totals, bestBreakdown: bestBreakdown.sort(byKey) };
}
