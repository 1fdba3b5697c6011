/**
 * Every sample article against its human annotation (tests/fixtures/expected): the extractor must
 * find each article's leading incident, keep each article's score above a floor, and keep the
 * corpus-wide F1 from regressing. `npm run quality -- --verbose` shows the details.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, Gazetteer } from '../../src/extract/index.js';
import { parseExpected, prf, scoreArticle, sumScores, totalScores, type ArticleScore } from '../../src/extract/quality.js';
import type { EntityInput } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLES = path.join(ROOT, 'seed/articles');
const files = (await readdir(ARTICLES)).filter((f) => /\.(txt|md)$/.test(f)).sort();

let reference: EntityInput[];
const scores = new Map<string, ArticleScore>();

beforeAll(async () => {
  const dir = path.join(ROOT, 'seed/reference');
  const refFiles = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  reference = combineBatches(await Promise.all(refFiles.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
  const gazetteer = Gazetteer.fromEntities(reference);
  for (const file of files) {
    const expected = parseExpected(parseYaml(await readFile(path.join(ROOT, 'tests/fixtures/expected', file.replace(/\.[^.]+$/, '.yaml')), 'utf8')));
    const { batch } = extractArticle(await readFile(path.join(ARTICLES, file), 'utf8'), gazetteer, { fileName: file });
    scores.set(file, scoreArticle(expected, batch, reference, { article: file }));
  }
});

describe('sample articles', () => {
  it('has at least 15 articles of our own besides the seed article, each annotated', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files)('%s: the leading incident and most facts are found', (file) => {
    const score = scores.get(file)!;
    const events = score.categories.events;
    if (events.tp + events.fn > 0) expect(events.tp, `no annotated event found in ${file}`).toBeGreaterThan(0);
    const all = prf(sumScores(Object.values(score.categories)));
    expect(all.f1, `F1 of ${file}`).toBeGreaterThan(0.45);
  });

  it('keeps corpus-wide precision and recall at their measured level (strict scoring)', () => {
    const totals = totalScores([...scores.values()]);
    const overall = prf(totals.overall);
    expect(overall.precision).toBeGreaterThan(0.82);
    expect(overall.recall).toBeGreaterThan(0.77);
    const events = prf(totals.categories.events);
    expect(events.precision).toBeGreaterThan(0.85);
    expect(events.recall).toBeGreaterThan(0.85);
    const statements = prf(totals.categories.statements);
    expect(statements.precision).toBeGreaterThan(0.9);
    expect(statements.recall).toBeGreaterThan(0.9);
  });
});
