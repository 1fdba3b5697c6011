/**
 * Seeding: walks files and folders, loads structured batches (one transaction per folder) and
 * articles (groups of independent articles, one transaction a group, each article whole or not
 * at all: seedArticles), and reports what happened. A file that fails is named
 * with its problem; the rest goes on.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { WriteStore } from '../db/write-store.js';
import type { WriteCounters } from '../db/graph.js';
import { addCounters, emptyCounters } from '../db/graph.js';
import { ARTICLE_EXTENSIONS, gazetteerFromStore, seedArticles, type ArticleSeedOptions, type ArticleSeedReport } from './articles.js';
import { combineBatches, digestOf, readStructuredFile, STRUCTURED_EXTENSIONS, SeedFileError } from './structured.js';

/** Bump when the meaning of stored imports changes, so unchanged files are imported again. */
export const IMPORT_FORMAT_VERSION = 'structured-v1';

export interface SeedFailure {
  file: string;
  problems: string[];
}

export interface SeedReport {
  batches: number;
  skipped: number;
  counters: WriteCounters;
  failures: SeedFailure[];
}

export interface SeedOptions {
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Article files under the given paths (README files excluded), in order. */
export async function articleFiles(paths: string[]): Promise<string[]> {
  return [...(await collectFiles(paths, ARTICLE_EXTENSIONS)).values()].flat().filter((f) => !/^readme\.md$/i.test(path.basename(f)));
}

/**
 * Lists the files under the given paths that have one of the extensions (or pass the test),
 * grouped by folder: `reference` folders first, then by name.
 */
export async function collectFiles(paths: string[], accept: string[] | ((file: string) => boolean)): Promise<Map<string, string[]>> {
  const include = typeof accept === 'function' ? accept : (file: string) => accept.includes(path.extname(file).toLowerCase());
  const groups = new Map<string, string[]>();
  const add = (file: string) => {
    const dir = path.dirname(file);
    groups.set(dir, [...(groups.get(dir) ?? []), file]);
  };
  async function walk(p: string): Promise<void> {
    const info = await stat(p);
    if (info.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await walk(path.join(p, e));
    } else if (include(p)) {
      add(p);
    }
  }
  for (const p of paths) await walk(p);
  // Reference folders first: everything else points into them.
  const isReference = (dir: string) => path.basename(dir) === 'reference';
  return new Map([...groups].sort(([a], [b]) => Number(isReference(b)) - Number(isReference(a)) || a.localeCompare(b)));
}

/**
 * Files under the given paths that seeding does not read (neither an article nor a structured
 * file): those named on their own, which the caller should refuse, and those found in folders,
 * which it should mention, so that an .html or .pdf file is never passed over in silence.
 */
export async function unreadFiles(paths: string[]): Promise<{ named: string[]; inFolders: string[] }> {
  const known = new Set([...ARTICLE_EXTENSIONS, ...STRUCTURED_EXTENSIONS]);
  const named: string[] = [];
  const inFolders = [...(await collectFiles(paths, (f) => !known.has(path.extname(f).toLowerCase()))).values()].flat();
  for (const p of paths) if (!(await stat(p)).isDirectory() && !known.has(path.extname(p).toLowerCase())) named.push(p);
  return { named, inFolders: inFolders.filter((f) => !named.includes(f)) };
}

function failureOf(error: unknown, file: string): SeedFailure {
  if (error instanceof SeedFileError) return { file: error.file, problems: error.problems };
  const problems = (error as { extensions?: { problems?: string[] } }).extensions?.problems;
  return { file, problems: problems ?? [(error as Error).message] };
}

/** Seeds the structured files under `paths`: each folder's files as one batch. */
export async function seedStructured(store: WriteStore, paths: string[], options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { batches: 0, skipped: 0, counters: emptyCounters(), failures: [] };
  const groups = await collectFiles(paths, STRUCTURED_EXTENSIONS);
  let done = 0;
  const total = [...groups.values()].reduce((n, files) => n + files.length, 0);
  for (const [dir, files] of groups) {
    const loaded = [];
    for (const file of files) {
      try {
        loaded.push({ file, ...(await readStructuredFile(file)) });
      } catch (error) {
        report.failures.push(failureOf(error, file));
      }
    }
    done += files.length;
    if (loaded.length !== files.length) {
      report.failures.push({ file: dir, problems: ['folder not imported because a file in it is invalid'] });
      continue;
    }
    const batch = combineBatches(loaded.map((l) => l.batch), path.relative(process.cwd(), dir) || dir);
    const digest = digestOf([IMPORT_FORMAT_VERSION, ...loaded.map((l) => l.text)]);
    try {
      const result = await store.importBatch(batch, { overwrite: true, digest, origin: batch.origin });
      report.batches += 1;
      if (result.skipped) report.skipped += 1;
      addCounters(report.counters, result.counters);
    } catch (error) {
      report.failures.push(failureOf(error, dir));
    }
    options.onProgress?.(done, total, dir);
  }
  return report;
}

export interface FullSeedReport {
  structured: SeedReport;
  articles: ArticleSeedReport;
}

/** Seeds structured files, then articles (each whole or not at all; see seedArticles), under the given paths. */
export async function seedAll(
  store: WriteStore,
  paths: string[],
  options: ArticleSeedOptions = {},
): Promise<FullSeedReport> {
  const structured = await seedStructured(store, paths);
  const files = await articleFiles(paths);
  const gazetteer = await gazetteerFromStore(store);
  const articles = await seedArticles(store, files, gazetteer, options);
  return { structured, articles };
}
