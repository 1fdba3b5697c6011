/**
 * `npm run seed -- [--dry-run] [paths...]` (default: SEED_PATHS, i.e. seed/).
 *
 * Loads structured files (one transaction per folder, `reference` first), then reads every .txt
 * and .md article, extracts its entities, events, statements and facts, and writes the articles
 * in groups of independent ones, one transaction a group, each article whole or not at all
 * (docs/adr/0013). Without NEO4J_URI it uses the local Neo4j (started for the run when it
 * is not running). Shows progress on a terminal, prints a summary, and exits 1 when a file failed.
 *
 * --dry-run extracts without a database (known entities come from the structured files under the
 * paths, or seed/reference) and prints the extracted graph as JSON on stdout.
 */
import path from 'node:path';
import { loadConfig } from '../config.js';
import { WriteStore } from '../db/write-store.js';
import { Gazetteer } from '../extract/index.js';
import { ARTICLE_EXTENSIONS, seedArticles } from '../seed/articles.js';
import { articleFiles, collectFiles, seedAll, unreadFiles, type SeedFailure } from '../seed/seed.js';
import { combineBatches, readStructuredFile, STRUCTURED_EXTENSIONS } from '../seed/structured.js';
import { parseCommand, run } from './args.js';
import { openDatabase } from './database.js';

const { values, positionals } = parseCommand({
  name: 'seed',
  usage: 'npm run seed -- [--dry-run] [PATH...]',
  description: `Loads structured files (.yaml, .yml, .json; one transaction per folder, reference folders
first), then extracts every article (.txt, .md) and writes it, up to 16 independent articles
per transaction; each article lands whole or not at all, a bad one is reported and the others
are written. Files already seeded and unchanged are skipped. Without NEO4J_URI it uses the local Neo4j, starting it
for the run when it is not running. Prints a summary; exits 1 when any file failed.`,
  args: { 'PATH...': 'files or folders to seed (default: SEED_PATHS, i.e. seed/)' },
  options: {
    'dry-run': { type: 'boolean', description: 'extract only, without a database, and print the extracted graph as JSON' },
  },
  examples: ['npm run seed', 'npm run seed -- path/to/articles more/', 'npm run seed -- --dry-run seed/articles > extracted.json'],
  notes: 'Reads the NEO4J_*, SEED_PATHS and ARTICLE_MAX_BYTES environment variables (README.md, "Configuration").',
});

function progress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const name = path.basename(file).slice(0, 50);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(100));
  if (done === total) process.stderr.write('\n');
}

/** The kinds of file seeding reads: "articles (.txt, .md) and structured files (.yaml, .yml, .json)". */
const READ_KINDS = `articles (${ARTICLE_EXTENSIONS.join(', ')}) and structured files (${STRUCTURED_EXTENSIONS.join(', ')})`;
const NOT_READ = `is not a file seeding reads (it reads ${READ_KINDS}); save an article as plain text (.txt)`;

/** Refuses files named on their own that seeding cannot read, and mentions the ones found in folders. */
async function unread(paths: string[]): Promise<SeedFailure[]> {
  const { named, inFolders } = await unreadFiles(paths);
  if (inFolders.length) {
    const shown = inFolders.slice(0, 5).map((f) => path.relative(process.cwd(), f));
    process.stderr.write(`Skipped ${inFolders.length} file(s) that seeding does not read (it reads ${READ_KINDS}): ${shown.join(', ')}${inFolders.length > 5 ? ', ...' : ''}\n`);
  }
  return named.map((file) => ({ file, problems: [NOT_READ] }));
}

async function dryRun(paths: string[], maxBytes: number): Promise<number> {
  const refused = await unread(paths);
  const structuredGroups = await collectFiles(paths, STRUCTURED_EXTENSIONS);
  const structuredFiles = [...structuredGroups.values()].flat();
  const files = structuredFiles.length ? structuredFiles : [...(await collectFiles([path.resolve('seed/reference')], STRUCTURED_EXTENSIONS)).values()].flat();
  const batch = combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'dry-run');
  const report = await seedArticles(null, await articleFiles(paths), Gazetteer.fromEntities(batch.entities), { dryRun: true, maxBytes, onProgress: progress });
  const out = {
    articles: report.outcomes.map((o) => ({ file: path.relative(process.cwd(), o.file), article: o.articleId, warnings: o.warnings, graph: o.batch })),
    failures: [...refused, ...report.failures],
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  for (const f of out.failures) process.stderr.write(`FAILED ${f.file}: ${f.problems.join('; ')}\n`);
  return out.failures.length ? 1 : 0;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const paths = positionals.length ? positionals.map((p) => path.resolve(p)) : config.seed.paths;
  if (values['dry-run']) return dryRun(paths, config.seed.articleMaxBytes);
  const refused = await unread(paths);

  const { graph, close } = await openDatabase(config);
  try {
    const started = performance.now();
    const { structured, articles } = await seedAll(new WriteStore(graph), paths, { onProgress: progress, maxBytes: config.seed.articleMaxBytes });
    const seconds = (performance.now() - started) / 1000;
    const c = structured.counters;
    const a = articles.counters;
    const failures = [...refused, ...structured.failures, ...articles.failures];
    console.log(
      [
        `Seeded in ${seconds.toFixed(1)} s from ${paths.map((p) => path.relative(process.cwd(), p) || '.').join(', ')}:`,
        `  structured: ${structured.batches} folder(s), ${structured.skipped} unchanged; ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created`,
        `  articles:   ${articles.written} written, ${articles.unchanged} unchanged, ${articles.failures.length} failed; ` +
          `${a.nodesCreated} nodes and ${a.relationshipsCreated} relationships created, ${a.propertiesSet} properties set`,
        ...(failures.length ? ['Failed:', ...failures.map((f) => `  ${path.relative(process.cwd(), f.file)}: ${f.problems.join('; ')}`)] : []),
      ].join('\n'),
    );
    return failures.length ? 1 : 0;
  } finally {
    await close();
  }
}

run('seed', main);
