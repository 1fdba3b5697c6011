/**
 * The shipped seed graph states no casualty figure its articles do not: every figure an article
 * contributes to an event is one its hand annotation gives (a background toll, or the injured
 * counted as killed, would fail here), and the explorer's timeline totals stay within what the
 * annotations allow month by month.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { parseExpected, type ExpectedAnnotation } from '../../src/extract/quality.js';
import { seedAll } from '../../src/seed/seed.js';
import { query } from '../helpers/apollo.js';
import { ROOT, closeGraph, resetGraph } from '../helpers/graph.js';

const ARTICLES = path.join(ROOT, 'seed/articles');
const EXPECTED = path.join(ROOT, 'tests/fixtures/expected');
const MEASURES = ['killed', 'injured', 'abducted', 'arrested'] as const;

let store: Stores;
const annotations = new Map<string, ExpectedAnnotation>();

beforeAll(async () => {
  store = await resetGraph();
  const { articles } = await seedAll(store.writes, [ARTICLES]);
  expect(articles.failures).toEqual([]);
  for (const file of (await readdir(ARTICLES)).filter((f) => /\.(md|txt)$/.test(f))) {
    const base = file.replace(/\.[^.]+$/, '');
    annotations.set(`article:${base}`, parseExpected(parseYaml(await readFile(path.join(EXPECTED, `${base}.yaml`), 'utf8'))));
  }
});

afterAll(closeGraph);

/** Every figure an annotation gives for a measure (per group and per event in total). */
function annotatedFigures(a: ExpectedAnnotation, measure: (typeof MEASURES)[number]): Set<number> {
  const out = new Set<number>();
  for (const e of a.events) {
    let total = 0;
    for (const c of e.casualties) {
      const n = c[measure];
      if (n === undefined) continue;
      out.add(n);
      total += n;
    }
    if (total) out.add(total);
  }
  return out;
}

describe('the seed graph', () => {
  it('holds only casualty figures that the reporting article states', async () => {
    const data = await query(store, `{ events(first: 100) { nodes { id date claims { group killed injured abducted arrested source { article { id } } } } } }`);
    const wrong: string[] = [];
    for (const event of data.events.nodes) {
      for (const claim of event.claims) {
        const article = claim.source?.article?.id as string | undefined;
        const annotation = article ? annotations.get(article) : undefined;
        if (!annotation) continue;
        for (const m of MEASURES) {
          const n = claim[m] as number | null;
          if (n === null || n === undefined) continue;
          if (!annotatedFigures(annotation, m).has(n)) wrong.push(`${event.id} (${event.date}): ${claim.group} ${m} ${n}, not in ${article}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows no background toll: the Nasiriyah protest has no deaths and two injured policemen', async () => {
    const data = await query(
      store,
      `{ events(filter: { articleId: "article:2022-11-14-afp-nasiriyah-protest-tear-gas" }) { nodes { fatalities { best } injured { best } } } }`,
    );
    expect(data.events.nodes.length).toBeGreaterThan(0);
    for (const e of data.events.nodes) expect(e.fatalities.best).toBe(0);
    expect(data.events.nodes.reduce((n: number, e: any) => n + e.injured.best, 0)).toBe(5);
  });

  it('keeps every month of the timeline within the annotated casualty figures', async () => {
    const data = await query(store, `{ timeline(interval: MONTH) { start end events fatalities injured } }`);
    // The most any month may hold: each annotated incident counted once at the largest figure reported for it.
    const allowed = new Map<string, { killed: number; injured: number }>();
    const seen: { month: string; date: string; type: string; killed: number; injured: number }[] = [];
    for (const a of annotations.values()) {
      for (const e of a.events) {
        const killed = e.casualties.reduce((n, c) => n + (c.killed ?? 0), 0);
        const injured = e.casualties.reduce((n, c) => n + (c.injured ?? 0), 0);
        const month = e.date.slice(0, 7);
        // The same incident from two outlets (same kind, a day apart) counts once, at its larger figures.
        const twin = seen.find((s) => s.month === month && s.type === e.subEventType && Math.abs(Date.parse(s.date) - Date.parse(e.date)) <= 86_400_000);
        const slot = allowed.get(month) ?? { killed: 0, injured: 0 };
        if (twin) {
          slot.killed += Math.max(0, killed - twin.killed);
          slot.injured += Math.max(0, injured - twin.injured);
          twin.killed = Math.max(twin.killed, killed);
          twin.injured = Math.max(twin.injured, injured);
        } else {
          slot.killed += killed;
          slot.injured += injured;
          seen.push({ month, date: e.date, type: e.subEventType, killed, injured });
        }
        allowed.set(month, slot);
      }
    }
    const over: string[] = [];
    for (const bucket of data.timeline) {
      const limit = allowed.get(String(bucket.start).slice(0, 7)) ?? { killed: 0, injured: 0 };
      if (bucket.fatalities > limit.killed) over.push(`${bucket.start}: ${bucket.fatalities} killed, annotations allow ${limit.killed}`);
      if (bucket.injured > limit.injured) over.push(`${bucket.start}: ${bucket.injured} injured, annotations allow ${limit.injured}`);
    }
    expect(over).toEqual([]);
  });
});
