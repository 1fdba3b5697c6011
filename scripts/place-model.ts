/**
 * A learned choice of an event's place, judged by cross-validation (docs/benchmarks.md,
 * "Learned place choice (cross-validated)"). Not part of the server path.
 *
 * For every article of the development sets (dev .. dev14; never the holdout or the blind set) it
 * runs the extractor's stages, scores the batch against the annotation, and for every extracted
 * event the scorer aligns (loosely) with an annotated event that has a place, emits every candidate
 * place of that event — the places named in the sentences of its frames, each frame's own place
 * argument, the headline's and the lead's places, and the place the rules chose — with features and
 * a label (the scorer's eventPlaceMatch against the annotated place). It then fits a small logistic
 * regression (gradient descent, L2) and compares, by leave-one-set-out cross-validation, how often
 * the rules' place and the model's are right among those events.
 *
 *   npx tsx scripts/place-model.ts [--out candidates.jsonl | --rows candidates.jsonl] [--strict] [--weights]
 *
 * --out writes the candidate rows as JSON lines, --rows reads them back instead of running the
 * extractor; --strict counts a place right only when it is the annotated one by name or lies inside
 * it (not the district of an unknown village, which the scorer also accepts); --weights prints the
 * weights fitted on all sets.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { Gazetteer, parseArticle } from '../src/extract/index.js';
import { runStages } from '../src/extract/frame-extractor.js';
import { articlePlaces, overridingPlace, PLACE_FEATURES, placeCandidates, type PlaceFeature } from '../src/extract/place-model.js';
import { EntityIndex, eventPlaceMatch, parseExpected, scoreArticle } from '../src/extract/quality.js';
import type { EntityInput, ImportBatch } from '../src/import/format.js';
import { articleFiles, collectFiles } from '../src/seed/seed.js';
import { combineBatches, readStructuredFile } from '../src/seed/structured.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The development sets only (as scripts/extraction-quality.ts names them). */
const SETS: Record<string, [articles: string, expected: string][]> = {
  dev: [
    ['seed/articles', 'tests/fixtures/expected'],
    ['tests/corpus/dev/articles', 'tests/corpus/dev/expected'],
  ],
  ...Object.fromEntries(Array.from({ length: 13 }, (_, i) => `dev${i + 2}`).map((k) => [k, [[`tests/corpus/${k}/articles`, `tests/corpus/${k}/expected`]]])),
};

const FEATURES = PLACE_FEATURES;
type Feature = PlaceFeature;

export interface CandidateRow {
  set: string;
  article: string;
  event: number;
  place: string;
  label: 0 | 1;
  /** The scorer's eventPlaceMatch: 3/2/1 the annotated place by name, 2.5 inside it, 0.5 the district of an unknown village. */
  strength: number;
  /** The rules chose it (kept apart from the features, which an ablation may blank). */
  rule: 0 | 1;
  /** The incident was split by place ("in Basra and Amarah"): the model leaves its place alone. */
  split: 0 | 1;
  x: number[];
}

/** The extractor's stages with the rules' places (the candidates the model is fitted on), the incidents beside the batch. */
function extractWithIncidents(text: string, gazetteer: Gazetteer, fileName: string) {
  return runStages(parseArticle(text, { fileName }), gazetteer, { placeModel: false });
}

async function referenceEntities(): Promise<EntityInput[]> {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await collectFiles([dir], ['.yaml'])).get(dir) ?? [];
  const batches = [];
  for (const f of files) batches.push((await readStructuredFile(f)).batch);
  return combineBatches(batches, 'reference').entities;
}

async function generate(): Promise<CandidateRow[]> {
  const reference = await referenceEntities();
  const gazetteer = Gazetteer.fromEntities(reference);
  const rows: CandidateRow[] = [];
  for (const [set, folders] of Object.entries(SETS)) {
    for (const [articlesDir, expectedDir] of folders) {
      const dir = path.join(ROOT, articlesDir);
      if (!existsSync(dir)) continue;
      for (const file of await articleFiles([dir])) {
        const base = path.basename(file).replace(/\.[^.]+$/, '');
        const expectedFile = ['.yaml', '.yml'].map((ext) => path.join(ROOT, expectedDir, base + ext)).find((f) => existsSync(f));
        if (!expectedFile) continue;
        const expected = parseExpected(parseYaml(await readFile(expectedFile, 'utf8')));
        let run: ReturnType<typeof extractWithIncidents>;
        try {
          run = extractWithIncidents(await readFile(file, 'utf8'), gazetteer, path.basename(file));
        } catch {
          continue;
        }
        const { ctx, readings, incidents, batch } = run;
        const score = scoreArticle(expected, batch as ImportBatch, reference, { article: path.basename(file) });
        const index = EntityIndex.forBatch(reference, batch as ImportBatch);
        const article = articlePlaces(readings, ctx);
        for (const pair of score.eventPairs) {
          const e = expected.events[pair.expected]!;
          if (!e.place) continue;
          const incident = incidents[pair.extracted];
          if (!incident) continue;
          const candidates = placeCandidates(incident, readings, ctx, article);
          const split: 0 | 1 = incidents.some((o) => o !== incident && o.frames === incident.frames) ? 1 : 0;
          for (const [id, c] of candidates) {
            let strength = 0;
            try {
              strength = eventPlaceMatch(index, e.place, id, e.within);
            } catch {
              strength = 0;
            }
            rows.push({ set, article: base, event: pair.expected, place: id, label: strength > 0 ? 1 : 0, strength, rule: c.features.rule ? 1 : 0, split, x: FEATURES.map((k) => c.features[k]) });
          }
          // An event the rules left without a place and with no candidate still counts (wrong for both).
          if (!candidates.size) rows.push({ set, article: base, event: pair.expected, place: '', label: 0, strength: 0, rule: 0, split, x: FEATURES.map(() => 0) });
        }
      }
    }
  }
  return rows;
}

// ------------------------------------------------------------------------------------------------
// Logistic regression

export function fit(rows: { x: number[]; label: number }[], l2 = 0.01, epochs = 2000, rate = 0.5): { w: number[]; b: number } {
  const n = rows[0]?.x.length ?? 0;
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    for (const r of rows) {
      const p = sigmoid(dot(w, r.x) + b);
      const d = p - r.label;
      for (let j = 0; j < n; j++) gw[j]! += d * r.x[j]!;
      gb += d;
    }
    for (let j = 0; j < n; j++) w[j]! -= rate * (gw[j]! / rows.length + l2 * w[j]!);
    b -= rate * (gb / rows.length);
  }
  return { w, b };
}

function dot(w: number[], x: number[]): number {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += w[j]! * x[j]!;
  return s;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

interface Group {
  set: string;
  key: string;
  rows: CandidateRow[];
}

function groupsOf(rows: CandidateRow[]): Group[] {
  const map = new Map<string, Group>();
  for (const r of rows) {
    const key = `${r.set}|${r.article}|${r.event}`;
    let g = map.get(key);
    if (!g) map.set(key, (g = { set: r.set, key, rows: [] }));
    g.rows.push(r);
  }
  return [...map.values()];
}


/** The rules' choice is right. */
function ruleRight(g: Group): boolean {
  return g.rows.some((r) => r.rule === 1 && r.label === 1);
}

/** The model's choice: its best candidate, over the rules' only when it is `margin` more probable (or the rules chose none). */
function modelChoice(g: Group, model: { w: number[]; b: number }, margin: number): CandidateRow | null {
  const scored = g.rows.filter((r) => r.place).map((r) => ({ r, rule: r.rule === 1, p: sigmoid(dot(model.w, r.x) + model.b) }));
  const rule = scored.find((s) => s.rule)?.r ?? null;
  // margin < 0: the model's own best, whatever the rules chose (the argmax column).
  if (margin < 0) return scored.length ? scored.reduce((a, c) => (c.p > a.p ? c : a)).r : null;
  if (g.rows.some((r) => r.split)) return rule;
  return overridingPlace(scored, margin)?.r ?? rule;
}

function modelRight(g: Group, model: { w: number[]; b: number }, margin: number): boolean {
  return modelChoice(g, model, margin)?.label === 1;
}

const MARGINS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

function crossValidate(rows: CandidateRow[], ablate: Feature[] = [], l2 = 0.01) {
  const drop = ablate.map((f) => FEATURES.indexOf(f));
  const data = drop.length ? rows.map((r) => ({ ...r, x: r.x.map((v, j) => (drop.includes(j) ? 0 : v)) })) : rows;
  const groups = groupsOf(data);
  const sets = [...new Set(groups.map((g) => g.set))];
  const folds = [];
  const changes: string[] = [];
  for (const held of sets) {
    const train = data.filter((r) => r.set !== held);
    const model = fit(train, l2);
    const trainGroups = groups.filter((g) => g.set !== held);
    // The margin is chosen on the training sets only.
    const margin = MARGINS.map((m) => ({ m, acc: trainGroups.filter((g) => modelRight(g, model, m)).length })).reduce((a, c) => (c.acc > a.acc ? c : a)).m;
    const test = groups.filter((g) => g.set === held);
    const original = groupsOf(rows).filter((g) => g.set === held);
    for (const g of test) {
      const rule = groupsOf(rows).find((o) => o.key === g.key)!.rows.find((r) => r.rule === 1);
      const chosen = modelChoice(g, model, margin);
      if ((chosen?.place ?? '') !== (rule?.place ?? '')) changes.push(`${g.key}: rules ${rule?.place || '(none)'} ${rule?.label ? 'right' : 'wrong'} -> model ${chosen?.place || '(none)'} ${chosen?.label ? 'right' : 'wrong'}`);
    }
    folds.push({
      set: held,
      events: test.length,
      oracle: test.filter((g) => g.rows.some((r) => r.label === 1)).length,
      rules: original.filter(ruleRight).length,
      modelArgmax: test.filter((g) => modelRight(g, model, -1)).length,
      modelOverride: test.filter((g) => modelRight(g, model, margin)).length,
      // The same choices judged both ways: lenient (the scorer's, eventPlaceMatch > 0) and strict (>= 1).
      rulesLenient: original.filter((g) => g.rows.some((r) => r.rule === 1 && r.strength > 0)).length,
      rulesStrict: original.filter((g) => g.rows.some((r) => r.rule === 1 && r.strength >= 1)).length,
      modelLenient: test.filter((g) => (modelChoice(g, model, margin)?.strength ?? 0) > 0).length,
      modelStrict: test.filter((g) => (modelChoice(g, model, margin)?.strength ?? 0) >= 1).length,
      margin,
    });
  }
  return Object.assign(folds, { changes });
}

const args = process.argv.slice(2);
const rowsAt = args.indexOf('--rows');
const rows: CandidateRow[] = rowsAt >= 0 ? (await readFile(args[rowsAt + 1]!, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as CandidateRow) : await generate();
// --strict: right only for the annotated place by name or a place inside it (not the district of an unknown village).
if (args.includes('--strict')) for (const r of rows) r.label = r.strength >= 1 ? 1 : 0;
const outAt = args.indexOf('--out');
if (outAt >= 0) await writeFile(args[outAt + 1]!, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const groups = groupsOf(rows);
console.log(`${rows.length} candidate rows, ${groups.length} matched events with an annotated place, ${(rows.length / groups.length).toFixed(1)} candidates per event`);
console.log(`events whose rules' place is right: ${groups.filter(ruleRight).length}; with some right candidate (oracle): ${groups.filter((g) => g.rows.some((r) => r.label === 1)).length}`);
const sum = (f: ReturnType<typeof crossValidate>, k: 'events' | 'oracle' | 'rules' | 'modelArgmax' | 'modelOverride' | 'rulesLenient' | 'rulesStrict' | 'modelLenient' | 'modelStrict') => f.reduce((s, x) => s + x[k], 0);
const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
for (const [name, ablate] of [
  ['all features', []],
  ['without the rule feature', ['rule']],
  ['without rule, framePlace, firstFramePlace', ['rule', 'framePlace', 'firstFramePlace']],
] as [string, Feature[]][]) {
  const folds = crossValidate(rows, ablate);
  const n = sum(folds, 'events');
  console.log(`\n== leave-one-set-out, ${name}`);
  console.log('set     events  oracle  rules  model(argmax)  model(override)  margin');
  for (const f of folds) console.log(`${f.set.padEnd(7)} ${String(f.events).padStart(6)}  ${String(f.oracle).padStart(6)}  ${String(f.rules).padStart(5)}  ${String(f.modelArgmax).padStart(13)}  ${String(f.modelOverride).padStart(15)}  ${f.margin}`);
  console.log(`total   oracle ${pct(sum(folds, 'oracle'), n)}  rules ${pct(sum(folds, 'rules'), n)}  model argmax ${pct(sum(folds, 'modelArgmax'), n)}  model override ${pct(sum(folds, 'modelOverride'), n)}`);
  console.log(`judged lenient (the scorer's): rules ${pct(sum(folds, 'rulesLenient'), n)}  model override ${pct(sum(folds, 'modelLenient'), n)};  judged strict: rules ${pct(sum(folds, 'rulesStrict'), n)}  model override ${pct(sum(folds, 'modelStrict'), n)}`);
  const better = folds.filter((f) => f.modelOverride > f.rules).length;
  const worse = folds.filter((f) => f.modelOverride < f.rules).length;
  console.log(`override vs rules per fold: better in ${better}, worse in ${worse}, equal in ${folds.length - better - worse}`);
  for (const c of folds.changes) console.log(`  changed ${c}`);
}
if (args.includes('--weights')) {
  const model = fit(rows);
  const margin = MARGINS.map((m) => ({ m, acc: groups.filter((g) => modelRight(g, model, m)).length })).reduce((a, c) => (c.acc > a.acc ? c : a)).m;
  console.log('\nweights fitted on all sets (for src/extract/place-weights.ts):');
  console.log(JSON.stringify({ weights: Object.fromEntries(FEATURES.map((f, j) => [f, Number(model.w[j]!.toFixed(3))])), bias: Number(model.b.toFixed(3)), margin }, null, 2));
  console.log(`in-sample: rules ${groups.filter(ruleRight).length}/${groups.length}, model ${groups.filter((g) => modelRight(g, model, margin)).length}/${groups.length}`);
}
