/**
 * Equivalence snapshot of the article extractor (a check for speed work, not a test):
 * `npx tsx bench/extraction-snapshot.ts OUT.json`.
 *
 * Extracts every article of seed/articles and of the development corpus folders (tests/corpus/dev,
 * dev2..dev14, dev16..dev20, dev24..dev27; never the holdouts) with the gazetteer of seed/reference, the way
 * scripts/extraction-quality.ts does, and writes one deterministic JSON file: article path → the
 * extracted batch (or the error message). Run it before and after a change and diff the two files:
 * a change meant to be output-neutral must leave them byte-identical.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle, Gazetteer } from '../src/extract/index.js';
import { articleFiles, collectFiles } from '../src/seed/seed.js';
import { combineBatches, readStructuredFile } from '../src/seed/structured.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The development sets (scripts/extraction-quality.ts): dev to dev20 but the holdout dev15, and dev24 to dev27. */
const sets = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `dev${from + i}`);
const DEV = ['dev', ...sets(2, 14), ...sets(16, 20), ...sets(24, 27)];
export const SNAPSHOT_FOLDERS = ['seed/articles', ...DEV.map((d) => `tests/corpus/${d}/articles`)];

export async function referenceGazetteer(): Promise<Gazetteer> {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await collectFiles([dir], ['.yaml'])).get(dir) ?? [];
  const batches = await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch));
  return Gazetteer.fromEntities(combineBatches(batches, 'reference').entities);
}

/** Every snapshot article as [path relative to the repository, text], in a fixed order. */
export async function snapshotArticles(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const folder of SNAPSHOT_FOLDERS) {
    const dir = path.join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const file of (await articleFiles([dir])).sort()) out.push([path.relative(ROOT, file), await readFile(file, 'utf8')]);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx bench/extraction-snapshot.ts OUT.json');
    process.exit(2);
  }
  const gazetteer = await referenceGazetteer();
  const result: Record<string, unknown> = {};
  for (const [name, text] of await snapshotArticles()) {
    try {
      result[name] = extractArticle(text, gazetteer, { fileName: path.basename(name) }).batch;
    } catch (error) {
      result[name] = { error: (error as Error).message };
    }
  }
  await writeFile(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`${Object.keys(result).length} articles → ${out}`);
}
