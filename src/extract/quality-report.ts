/**
 * The quality report's text, per evaluation set: categories, event sub-facts, per-field
 * accuracies, event misses and extras by class, cross-outlet merges, and (for the development set only) a per-article table and
 * every miss. A blind set prints its totals and nothing that would show which article failed
 * how: it must not be used to tune rules (tests/corpus/README.md).
 */
import { ATTRIBUTES, CATEGORIES, EVENT_ERRORS, STATEMENT_ERRORS, SUB_CATEGORIES, prf, totalScores, type ArticleScore, type CategoryScore } from './quality.js';
import type { MergeScore } from './quality-merges.js';

export interface SetReport {
  name: string;
  /** A blind set: totals only. */
  blind: boolean;
  scores: ArticleScore[];
  merges: MergeScore;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function table(rows: string[][], header: string[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const prfRow = (name: string, s: { tp: number; fp: number; fn: number }) => {
  const p = prf(s);
  return [name, String(s.tp), String(s.fp), String(s.fn), pct(p.precision), pct(p.recall), pct(p.f1)];
};
const HEADER = ['', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];

/** What each per-field accuracy measures, by the error classes of issue 9. */
const FIELD_NOTES: Record<string, string> = {
  eventTypes: 'ACLED sub-event type of matched events (class 8)',
  incidentsFound: 'incident found at all: related kind within a week (classes 3, 4)',
  eventDates: 'date exact, among incidents found (class 1)',
  eventPlaces: 'place right, among incidents found (class 2)',
  stateActors: 'acting side of arrests, operations, strikes, foiled attacks (class 5)',
  statementAbout: 'statement about the right incident',
  statementToward: 'statement toward the right actor',
};

function sumOf(s: ArticleScore) {
  return CATEGORIES.map((c) => s.categories[c]).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

export function formatSetReport(set: SetReport, verbose = false, only?: string): string {
  const totals = totalScores(set.scores);
  const out: string[] = [];
  out.push(`== ${set.name}: ${set.scores.length} article(s)${set.blind ? ' (blind: totals only)' : ''}`, '');
  out.push(table([...CATEGORIES.map((c) => prfRow(c, totals.categories[c])), prfRow('overall (micro)', totals.overall)], HEADER));
  out.push('', 'Event sub-facts (perpetrators and targets within matched events; casualties over all events, strict)');
  out.push(table(SUB_CATEGORIES.map((c) => prfRow(c, totals.subFacts[c])), HEADER));
  out.push('', 'Per field');
  out.push(
    table(
      ATTRIBUTES.map((a) => {
        const t = totals.attributes[a];
        return [a, `${t.correct}/${t.total}`, pct(t.accuracy), FIELD_NOTES[a] ?? ''];
      }),
      ['', 'correct', 'accuracy', 'what'],
    ),
  );
  const errors = totals.eventErrors;
  const misses = EVENT_ERRORS.slice(0, 7).map((k) => `${k} ${errors[k]}`).join(', ');
  const extras = EVENT_ERRORS.slice(7).map((k) => `${k} ${errors[k]}`).join(', ');
  const said = totals.statementErrors;
  const statementMisses = STATEMENT_ERRORS.slice(0, 4).map((k) => `${k} ${said[k]}`).join(', ');
  const statementExtras = STATEMENT_ERRORS.slice(4).map((k) => `${k} ${said[k]}`).join(', ');
  out.push(
    '',
    `Event misses by class: ${misses}`,
    `Event extras by class: ${extras}`,
    `Statement misses by class: ${statementMisses}`,
    `Statement extras by class: ${statementExtras}`,
  );
  const m = set.merges;
  out.push(
    '',
    `Cross-outlet merges: same incident merged ${m.same.merged}/${m.same.total}; different incidents within three days kept apart ${m.different.apart}/${m.different.total}`,
  );
  if (set.blind) return out.join('\n');
  if (verbose) {
    for (const x of m.same.misses) out.push(`  merge missed: ${x}`);
    for (const x of m.different.wrong) out.push(`  merged wrongly: ${x}`);
  }
  out.push('', 'Per article F1 (TP/expected)');
  out.push(
    table(
      set.scores.map((s) => {
        const cell = (c: CategoryScore) => (c.tp + c.fn + c.fp === 0 ? '-' : `${pct(prf(c).f1)} (${c.tp}/${c.tp + c.fn})`);
        return [s.article.replace(/\.(md|txt)$/, ''), ...CATEGORIES.map((c) => cell(s.categories[c])), pct(prf(sumOf(s)).f1)];
      }),
      ['article', ...CATEGORIES, 'overall'],
    ),
  );
  if (verbose) {
    for (const s of set.scores) {
      if (only && !s.article.includes(only)) continue;
      const lines: string[] = [];
      const section = (title: string, c: CategoryScore) => {
        if (!c.misses.length && !c.falsePositives.length) return;
        lines.push(`  ${title}: TP ${c.tp}, FP ${c.fp}, FN ${c.fn}`);
        for (const x of c.misses) lines.push(`    - missed: ${x}`);
        for (const x of c.falsePositives) lines.push(`    + extra:  ${x}`);
      };
      for (const c of CATEGORIES) section(c, s.categories[c]);
      for (const c of SUB_CATEGORIES) section(c, s.subFacts[c]);
      for (const a of ATTRIBUTES) for (const w of s.attributes[a].wrong) lines.push(`  ${a} wrong: ${w}`);
      for (const n of s.notes) lines.push(`  note: ${n}`);
      if (lines.length) out.push('', `=== ${s.article}`, ...lines);
    }
  }
  return out.join('\n');
}

/** The figures a JSON report gives for a set: totals and merges; a blind set no articles. */
export function setSummary(set: SetReport): Record<string, unknown> {
  return {
    name: set.name,
    blind: set.blind,
    articles: set.scores.length,
    totals: totalScores(set.scores),
    merges: set.blind
      ? { same: { merged: set.merges.same.merged, total: set.merges.same.total }, different: { apart: set.merges.different.apart, total: set.merges.different.total } }
      : set.merges,
    ...(set.blind ? {} : { perArticle: set.scores }),
  };
}
