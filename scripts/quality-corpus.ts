/**
 * Extraction quality over the evaluation corpus, development and blind sets reported apart
 * (src/extract/quality-report.ts): per category, per field, and cross-outlet merges.
 *
 *   npx tsx scripts/quality-corpus.ts [--set dev|blind|all] [--verbose] [--json]
 *
 * dev   = seed/articles (annotations in tests/fixtures/expected) + tests/corpus/dev
 * blind = tests/corpus/blind: totals only, whatever the options (never per article or per miss:
 *         the blind set must not be used to tune rules; see tests/corpus/README.md).
 *
 * Exit code: 0 (it is a report), 2 when a file cannot be read.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { extractArticle, Gazetteer } from '../src/extract/index.js';
import { parseExpected, scoreArticle } from '../src/extract/quality.js';
import { scoreMerges, type CorpusArticle } from '../src/extract/quality-merges.js';
import { formatSetReport, setSummary, type SetReport } from '../src/extract/quality-report.js';
import type { EntityInput, ImportBatch } from '../src/import/format.js';
import { combineBatches, readStructuredFile } from '../src/seed/structured.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: npx tsx scripts/quality-corpus.ts [--set dev|blind|all] [--verbose] [--json]');
  process.exit(0);
}
if (!['dev', 'blind', 'all'].includes(values.set!)) {
  console.error(`quality-corpus: --set must be dev, blind or all, not "${values.set}"`);
  process.exit(2);
}

const SETS: { name: string; blind: boolean; folders: [articles: string, expected: string][] }[] = [
  {
    name: 'development',
    blind: false,
    folders: [
      ['seed/articles', 'tests/fixtures/expected'],
      ['tests/corpus/dev/articles', 'tests/corpus/dev/expected'],
    ],
  },
  { name: 'blind', blind: true, folders: [['tests/corpus/blind/articles', 'tests/corpus/blind/expected']] },
];

function fail(message: string): never {
  console.error(`quality-corpus: ${message}`);
  process.exit(2);
}

async function referenceEntities(): Promise<EntityInput[]> {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  try {
    return combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
  } catch (error) {
    fail(`cannot read the reference data: ${(error as Error).message}`);
  }
}

async function scoreSet(set: (typeof SETS)[number], reference: EntityInput[], gazetteer: Gazetteer): Promise<SetReport> {
  const articles: CorpusArticle[] = [];
  for (const [articleDir, expectedDir] of set.folders) {
    const dir = path.join(ROOT, articleDir);
    if (!existsSync(dir)) continue;
    for (const file of (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
      const expectedFile = path.join(ROOT, expectedDir, file.replace(/\.[^.]+$/, '.yaml'));
      if (!existsSync(expectedFile)) continue;
      let expected;
      let text: string;
      try {
        expected = parseExpected(parseYaml(await readFile(expectedFile, 'utf8')));
        text = await readFile(path.join(dir, file), 'utf8');
      } catch (error) {
        fail(`cannot read ${set.blind ? 'a blind file' : `${file} or its annotation`}: ${(error as Error).message}`);
      }
      let batch: ImportBatch;
      try {
        batch = extractArticle(text, gazetteer, { fileName: file }).batch;
      } catch {
        batch = { articles: [], entities: [], events: [], statements: [], relationships: [] };
      }
      const score = scoreArticle(expected, batch, reference, { article: file });
      articles.push({ file, published: expected.published ?? file.slice(0, 10), expected, batch, score });
    }
  }
  return { name: set.name, blind: set.blind, scores: articles.map((a) => a.score), merges: scoreMerges(articles, reference) };
}

const reference = await referenceEntities();
const gazetteer = Gazetteer.fromEntities(reference);
const chosen = SETS.filter((s) => values.set === 'all' || (values.set === 'dev' ? !s.blind : s.blind));
const reports: SetReport[] = [];
for (const set of chosen) reports.push(await scoreSet(set, reference, gazetteer));

if (values.json) console.log(JSON.stringify(reports.map(setSummary), null, 2));
else console.log(reports.map((r) => formatSetReport(r, values.verbose && !r.blind)).join('\n\n'));
process.exit(0);
