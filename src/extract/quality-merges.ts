/**
 * Cross-outlet merges, scored over a corpus: events carrying the same `incident: <key>` in two
 * expected files are one real incident, and the graph should hold them as one Event; events with
 * different keys on nearby days must stay apart. The articles' extractions are replayed in
 * publication order through the writer's decision (src/domain/incident-match.ts): each extracted
 * event joins the best matching event already "stored", else is stored as a new one. Pure: the
 * report script reads the files.
 */
import { actorSide, bestIncidentMatch, foreignSides, type IncidentReport } from '../domain/incident-match.js';
import { refId, type EntityInput, type ImportBatch } from '../import/format.js';
import type { ArticleScore, ExpectedAnnotation } from './quality.js';
import { datePeriod, periodGap } from './quality.js';

export interface CorpusArticle {
  file: string;
  published: string;
  expected: ExpectedAnnotation;
  batch: ImportBatch;
  score: ArticleScore;
}

export interface MergeScore {
  /** Pairs of reports of one incident (same key, two articles): merged into one event or not. */
  same: { merged: number; total: number; misses: string[] };
  /** Pairs of different incidents within three days of each other, both extracted: kept apart or not. */
  different: { apart: number; total: number; wrong: string[] };
}

interface StoredPlace {
  parent: string | null;
  names: string[];
  placeType: string | null;
}

function placeIndex(reference: EntityInput[]): Map<string, StoredPlace> {
  const places = new Map<string, StoredPlace>();
  for (const e of reference) {
    if (e.kind !== 'Place') continue;
    places.set(e.id, { parent: e.locatedIn ? refId(e.locatedIn) : null, names: [e.name, ...e.aliases], placeType: e.placeType ?? null });
  }
  return places;
}

interface Actors {
  parents: Map<string, string[]>;
  governs: Map<string, string[]>;
}

/** The bodies each actor is part of or under, and the places each government governs, as the reference and the stored batches define them. */
function storeActors(actors: Actors, entities: EntityInput[]): void {
  for (const e of entities) {
    const parents = [...(e.kind === 'Force' ? e.under.map(refId) : []), ...('partOf' in e && e.partOf ? [refId(e.partOf)] : [])];
    if (parents.length && !actors.parents.has(e.id)) actors.parents.set(e.id, parents);
    if (e.kind === 'Government' && e.governs && !actors.governs.has(e.id)) actors.governs.set(e.id, [refId(e.governs)]);
  }
}

/** The writer fills gaps only: a place already stored keeps its parent; a new one is added. */
function storePlaces(places: Map<string, StoredPlace>, batch: ImportBatch): void {
  for (const e of batch.entities) {
    if (e.kind !== 'Place') continue;
    const known = places.get(e.id);
    const parent = e.locatedIn ? refId(e.locatedIn) : null;
    if (!known) places.set(e.id, { parent, names: [e.name, ...e.aliases], placeType: e.placeType ?? null });
    else if (!known.parent && parent) known.parent = parent;
  }
}

function chainOf(places: Map<string, StoredPlace>, id: string | null): string[] {
  const out: string[] = [];
  let current = id;
  while (current && !out.includes(current) && out.length < 14) {
    out.push(current);
    current = places.get(current)?.parent ?? null;
  }
  return out;
}

/** How an event was extracted, for a merge miss: " (extracted <type> <date> @ <place>, by <perpetrators>)". */
function extractedAs(r: IncidentReport | undefined): string {
  if (!r) return '';
  return ` (extracted ${r.subEventType} ${r.date} @ ${r.placeChain[0] ?? '?'}${r.perpetrators?.length ? `, by ${r.perpetrators.join(' ')}` : ''}${r.killed ? `, ${r.killed} killed` : ''})`;
}

/** Replays the corpus through the merge decision and scores the keyed pairs. */
export function scoreMerges(articles: CorpusArticle[], reference: EntityInput[]): MergeScore {
  const places = placeIndex(reference);
  const actors: Actors = { parents: new Map(), governs: new Map() };
  storeActors(actors, reference);
  const sideOf = (id: string) => actorSide(id, (x) => actors.parents.get(x) ?? [], (g) => actors.governs.get(g) ?? []);
  const stored: { report: IncidentReport; cluster: number }[] = [];
  /** (article file, extracted event index) -> cluster. */
  const clusterOf = new Map<string, number>();
  const reportOf = new Map<string, IncidentReport>();
  const ordered = [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.file.localeCompare(b.file));
  for (const a of ordered) {
    storePlaces(places, a.batch);
    const incoming = a.batch.events.map((x) => {
      const place = x.place ? refId(x.place) : null;
      const p = place ? places.get(place) : undefined;
      const chain = chainOf(places, place);
      const report: IncidentReport = {
        id: `${a.file}#${x.id}`,
        subEventType: x.subEventType,
        date: x.date,
        datePrecision: x.datePrecision,
        placeChain: chain,
        placeNames: p?.names ?? [],
        placeType: p?.placeType ?? null,
        perpetrators: x.perpetrators.map(refId),
        // (The actors the graph held before this article: the writer reads them before it writes the batch.)
        perpetratorSides: foreignSides(x.perpetrators.map((r) => sideOf(refId(r))), chain),
        targets: x.targets.map(refId),
        killed: x.casualties.reduce((n, c) => n + (c.killed ?? 0), 0) || null,
        injured: x.casualties.reduce((n, c) => n + (c.injured ?? 0), 0) || null,
      };
      return report;
    });
    // Every event of the batch is matched against what was stored before it (as the writer does).
    const before = [...stored];
    incoming.forEach((report, xi) => {
      // The writer's candidates (findIncidentCandidates): periods at most two days apart, a stored date at most eight days earlier.
      const window = before.filter(
        (s) => periodGap(datePeriod(s.report.date, s.report.datePrecision ?? 'DAY'), datePeriod(report.date, report.datePrecision ?? 'DAY')) <= 2 && periodGap(datePeriod(s.report.date, 'DAY'), datePeriod(report.date, 'DAY')) <= 8,
      );
      const best = bestIncidentMatch(report, window.map((s) => s.report));
      const cluster = best ? window.find((s) => s.report.id === best.id)!.cluster : stored.length;
      stored.push({ report, cluster });
      clusterOf.set(`${a.file}#${xi}`, cluster);
      reportOf.set(`${a.file}#${xi}`, report);
    });
    storeActors(actors, a.batch.entities);
  }

  interface Keyed {
    file: string;
    key: string;
    date: string;
    label: string;
    cluster: number | null;
  }
  const keyed: Keyed[] = [];
  for (const a of articles) {
    a.expected.events.forEach((e, ei) => {
      const key = (e as Record<string, unknown>).incident;
      if (typeof key !== 'string' || !key) return;
      const pair = a.score.eventPairs.find((p) => p.expected === ei);
      keyed.push({
        file: a.file,
        key,
        date: e.date,
        label: `${a.file} ${e.subEventType} ${e.date} @ ${e.place ?? '?'}${pair ? extractedAs(reportOf.get(`${a.file}#${pair.extracted}`)) : ''}`,
        cluster: pair ? (clusterOf.get(`${a.file}#${pair.extracted}`) ?? null) : null,
      });
    });
  }
  const result: MergeScore = { same: { merged: 0, total: 0, misses: [] }, different: { apart: 0, total: 0, wrong: [] } };
  for (let i = 0; i < keyed.length; i++) {
    for (let j = i + 1; j < keyed.length; j++) {
      const a = keyed[i]!;
      const b = keyed[j]!;
      if (a.file === b.file) continue;
      if (a.key === b.key) {
        result.same.total++;
        if (a.cluster !== null && a.cluster === b.cluster) result.same.merged++;
        else result.same.misses.push(`${a.key}: ${a.label} / ${b.label}${a.cluster === null || b.cluster === null ? ' (not extracted)' : ''}`);
      } else if (Math.abs(periodGap(datePeriod(a.date, 'DAY'), datePeriod(b.date, 'DAY'))) <= 3 && a.cluster !== null && b.cluster !== null) {
        result.different.total++;
        if (a.cluster !== b.cluster) result.different.apart++;
        else result.different.wrong.push(`${a.key} / ${b.key}: ${a.label} / ${b.label}`);
      }
    }
  }
  return result;
}
