/**
 * Extraction quality report: runs the article extractor over the sample articles and scores each
 * against its human annotation in tests/fixtures/expected/<article>.yaml (matching rules in
 * src/extract/quality.ts).
 *
 *   npx tsx scripts/extraction-quality.ts [--verbose] [--json] [--expected DIR] [article files or folders…]
 *
 * Without paths it reads seed/articles/. Prints, per category (events, statements, entities,
 * offices, facts), TP/FP/FN, precision, recall and F1, the micro-average over all categories, the
 * event sub-facts (perpetrators, targets, casualties) and attribute accuracies, and a per-article
 * F1 table. --verbose adds each article's misses and false positives; --json prints the results as
 * JSON instead. Articles without an expected file are skipped with a note.
 *
 * Exit code: 0 (it is a report), 2 when an article, expected or reference file cannot be read.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { extractArticle, Gazetteer } from '../src/extract/index.js';
import {
  ATTRIBUTES,
  CATEGORIES,
  SUB_CATEGORIES,
  parseExpected,
  prf,
  scoreArticle,
  totalScores,
  type ArticleScore,
  type CategoryScore,
} from '../src/extract/quality.js';
import type { ImportBatch } from '../src/import/format.js';
import { articleFiles, collectFiles } from '../src/seed/seed.js';
import { combineBatches, readStructuredFile } from '../src/seed/structured.js';
import { parseCommand } from '../src/cli/args.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values, positionals } = parseCommand({
  name: 'quality',
  usage: 'npm run quality -- [--verbose] [--json] [--expected DIR] [PATH...]',
  description: `Runs the article extractor over the sample articles and scores each against its hand
annotation (<expected DIR>/<article>.yaml): TP/FP/FN, precision, recall and F1 per category and
overall, event sub-facts, attribute accuracy and a per-article table. Articles without an
annotation are skipped with a note. Exits 0 (it is a report), 2 when a file cannot be read.`,
  args: { 'PATH...': 'article files or folders (default: seed/articles)' },
  options: {
    verbose: { type: 'boolean', short: 'v', description: "also list each article's misses and false positives" },
    json: { type: 'boolean', description: 'print the results as JSON instead of tables' },
    expected: { type: 'string', value: 'DIR', description: 'folder of the annotations (default: tests/fixtures/expected)' },
  },
  examples: ['npm run quality', 'npm run quality -- --verbose seed/articles/2021-12-04-shafaq-makhmour-attack-reactions.txt', 'npm run quality -- --json > quality.json'],
});
const verbose = values.verbose;
const asJson = values.json;
const expectedDir = values.expected ? path.resolve(values.expected) : path.join(ROOT, 'tests/fixtures/expected');
const paths = positionals.length ? positionals.map((p) => path.resolve(p)) : [path.join(ROOT, 'seed/articles')];

function fail(message: string): never {
  console.error(`quality: ${message}`);
  process.exit(2);
}

async function loadReference(): Promise<ImportBatch> {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await collectFiles([dir], ['.yaml'])).get(dir) ?? [];
  const batches = [];
  for (const f of files) {
    try {
      batches.push((await readStructuredFile(f)).batch);
    } catch (error) {
      fail(`cannot read reference file ${f}: ${(error as Error).message}`);
    }
  }
  return combineBatches(batches, 'reference');
}

interface Skipped {
  article: string;
  reason: string;
}

const reference = await loadReference();
const gazetteer = Gazetteer.fromEntities(reference.entities);
let files: string[];
try {
  files = await articleFiles(paths);
} catch (error) {
  fail(`cannot list ${paths.join(', ')}: ${(error as Error).message}`);
}

const scores: ArticleScore[] = [];
const skipped: Skipped[] = [];
const errors: Skipped[] = [];
for (const file of files) {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const expectedFile = ['.yaml', '.yml'].map((ext) => path.join(expectedDir, base + ext)).find((f) => existsSync(f));
  if (!expectedFile) {
    skipped.push({ article: path.basename(file), reason: `no expected file ${path.relative(ROOT, path.join(expectedDir, `${base}.yaml`))}` });
    continue;
  }
  let text: string;
  let expected;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    expected = parseExpected(parseYaml(await readFile(expectedFile, 'utf8')));
  } catch (error) {
    fail(`cannot read ${expectedFile}: ${(error as Error).message}`);
  }
  let batch: ImportBatch;
  try {
    batch = extractArticle(text, gazetteer, { fileName: path.basename(file) }).batch;
  } catch (error) {
    // The extractor refusing or crashing on an article is a result, not a reason to stop: score an empty extraction.
    errors.push({ article: path.basename(file), reason: (error as Error).message });
    batch = { articles: [], entities: [], events: [], statements: [], relationships: [] };
  }
  scores.push(scoreArticle(expected, batch, reference.entities, { article: path.basename(file) }));
}

const totals = totalScores(scores);

if (asJson) {
  console.log(JSON.stringify({ totals, articles: scores, skipped, extractionErrors: errors }, null, 2));
  process.exit(0);
}

// ---------------------------------------------------------------- text report

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function table(rows: string[][], header: string[]): string {
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

console.log(`Extraction quality: ${scores.length} article(s) scored${skipped.length ? `, ${skipped.length} skipped` : ''}\n`);
console.log(
  table(
    [...CATEGORIES.map((c) => prfRow(c, totals.categories[c])), prfRow('overall (micro)', totals.overall)],
    HEADER,
  ),
);
console.log('\nEvent sub-facts (within matched events)');
console.log(table(SUB_CATEGORIES.map((c) => prfRow(c, totals.subFacts[c])), HEADER));
console.log('\nAttribute accuracy (within matched items)');
console.log(
  table(
    ATTRIBUTES.map((a) => {
      const t = totals.attributes[a];
      return [a, `${t.correct}/${t.total}`, pct(t.accuracy)];
    }),
    ['', 'correct', 'accuracy'],
  ),
);

const inReference = scores.reduce((n, s) => n + s.factsMissedInReference, 0);
if (inReference) console.log(`\n${inReference} of ${totals.categories.facts.fn} missed facts are already in the reference data.`);
console.log('\nPer article F1 (TP/expected)');
console.log(
  table(
    scores.map((s) => {
      const cell = (c: CategoryScore) => (c.tp + c.fn + c.fp === 0 ? '-' : `${pct(prf(c).f1)} (${c.tp}/${c.tp + c.fn})`);
      const all = prf(sumOf(s));
      return [s.article.replace(/\.(md|txt)$/, ''), ...CATEGORIES.map((c) => cell(s.categories[c])), pct(all.f1)];
    }),
    ['article', ...CATEGORIES, 'overall'],
  ),
);

function sumOf(s: ArticleScore) {
  return CATEGORIES.map((c) => s.categories[c]).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

for (const s of skipped) console.log(`\nskipped ${s.article}: ${s.reason}`);
for (const e of errors) console.log(`\nextraction failed for ${e.article} (scored as empty): ${e.reason}`);

if (verbose) {
  for (const s of scores) {
    console.log(`\n=== ${s.article}`);
    const section = (title: string, c: CategoryScore) => {
      if (!c.misses.length && !c.falsePositives.length) return;
      console.log(`  ${title}: TP ${c.tp}, FP ${c.fp}, FN ${c.fn}`);
      for (const m of c.misses) console.log(`    - missed: ${m}`);
      for (const f of c.falsePositives) console.log(`    + extra:  ${f}`);
    };
    for (const c of CATEGORIES) section(c, s.categories[c]);
    for (const c of SUB_CATEGORIES) section(c, s.subFacts[c]);
    for (const a of ATTRIBUTES) for (const w of s.attributes[a].wrong) console.log(`  ${a} wrong: ${w}`);
    for (const n of s.notes) console.log(`  note: ${n}`);
  }
}
process.exit(0);
