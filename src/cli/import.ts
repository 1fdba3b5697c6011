/**
 * `npm run import -- --format acled|ucdp FILE`: imports an ACLED or UCDP GED CSV file
 * (src/exchange/importer.ts). Without NEO4J_URI it uses the local Neo4j, starting it for the run
 * when it is not running. Shows a progress bar on a terminal and prints a summary: rows read,
 * events created, joined and updated, actors matched and created (for curators to merge), places
 * matched and created, rows refused with their line and reason. Exits 1 when a row was refused.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { loadConfig } from '../config.js';
import { ExchangeStore } from '../db/exchange.js';
import { WriteStore } from '../db/write-store.js';
import { AppError } from '../errors.js';
import { DEFAULT_BATCH_ROWS, DEFAULT_WRITERS, importDataset, type ImportSummary } from '../exchange/importer.js';
import { DATASET_LABEL, type Dataset } from '../exchange/rows.js';
import { count, oneOf, parseCommand, run, UsageError } from './args.js';
import { openDatabase } from './database.js';

const { values, positionals } = parseCommand({
  name: 'import',
  usage: 'npm run import -- --format acled|ucdp [--batch N] [--writers N] [--json] FILE',
  description: `Imports an ACLED export (CSV in ACLED's column layout, as its export tool or this server's
/export/events.csv writes it) or a UCDP GED CSV file. Each row becomes an event whose source is
the dataset row ("ACLED IRQ12345"); actors and places are matched to the graph's by name, alias
and coordinates, and created (nested under the admin units the row names) when unknown. A row
may join an event an article reported, through the same incident matching articles use.
Importing a file again changes nothing; a newer file updates the rows that changed. Bad rows are
refused with their line and reason, the others land. Exits 1 when any row was refused.`,
  args: { FILE: 'the CSV file (UTF-8, comma-separated, with a header line)' },
  options: {
    format: { type: 'string', value: 'FORMAT', parse: oneOf('acled', 'ucdp'), description: 'acled (ACLED export) or ucdp (UCDP GED CSV); required' },
    batch: { type: 'string', value: 'N', default: String(DEFAULT_BATCH_ROWS), parse: count(1, 20_000), description: 'rows per chunk' },
    writers: { type: 'string', value: 'N', default: String(DEFAULT_WRITERS), parse: count(1, 8), description: "transactions a chunk is written in side by side (rows of different governorates); 1 writes each chunk in one" },
    json: { type: 'boolean', description: 'print the summary as JSON on stdout' },
  },
  examples: [
    'npm run import -- --format acled tests/fixtures/exchange/acled-iraq.csv',
    'npm run import -- --format ucdp --json ged-iraq.csv > summary.json',
  ],
  notes: 'Reads the NEO4J_* environment variables (README.md, "Configuration").',
});

const LIST_LIMIT = 40;

function list<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, LIST_LIMIT).map((i) => `  ${line(i)}`);
  if (items.length > LIST_LIMIT) shown.push(`  ... and ${items.length - LIST_LIMIT} more (--json lists them all)`);
  return shown;
}

function summaryText(s: ImportSummary, file: string): string {
  const label = DATASET_LABEL[s.dataset];
  return [
    `Imported ${label} file ${file} in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsRead / Math.max(s.seconds, 0.001))} rows/s):`,
    `  rows:    ${s.rowsRead} read, ${s.written} written, ${s.unchanged} unchanged, ${s.refused.length} refused`,
    `  events:  ${s.events.created} created, ${s.events.joined.length} joined an event in the graph, ${s.events.updated} updated`,
    `  actors:  ${s.actors.matched.length} names matched, ${s.actors.created.length} new actors created, ${s.actors.unnamed} rows with no named actor`,
    `  places:  ${s.places.matched} matched, ${s.places.created.length} created`,
    ...(s.actors.created.length ? ['New actors (a curator may merge them into existing ones with mergeEntities):', ...list(s.actors.created, (a) => `${a.name} -> ${a.id} (${a.kind}, ${a.rows} row${a.rows === 1 ? '' : 's'})`)] : []),
    ...(s.actors.matched.length ? ['Matched actors:', ...list(s.actors.matched, (a) => `${a.name} -> ${a.id} (${a.rows} row${a.rows === 1 ? '' : 's'})`)] : []),
    ...(s.places.created.length ? ['New places:', ...list(s.places.created, (p) => `${p.id} "${p.name}"${p.in ? ` in ${p.in}` : ''}`)] : []),
    ...(s.events.joined.length ? ['Rows that joined an event in the graph:', ...list(s.events.joined, (j) => `line ${j.line} (${j.key}) -> ${j.event}`)] : []),
    ...(s.refused.length ? ['Refused rows:', ...list(s.refused, (r) => `line ${r.line}${r.key ? ` (${r.key})` : ''}: ${r.reason}`)] : []),
  ].join('\n');
}

async function main(): Promise<number> {
  const dataset = values.format as Dataset | undefined;
  if (!dataset) throw new UsageError('option --format is required (acled or ucdp)');
  const [file] = positionals;
  if (!file) throw new UsageError('give the FILE to import');
  const config = loadConfig();
  const size = (await stat(file)).size;

  const { graph, close } = await openDatabase(config);
  try {
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    const tty = process.stderr.isTTY;
    const bar = (rows: number, written: number, refused: number) => {
      if (!tty) return;
      const width = 30;
      const filled = Math.round((Math.min(bytes, size) / Math.max(size, 1)) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((100 * bytes) / Math.max(size, 1))}%  ${rows} rows, ${written} written, ${refused} refused`.padEnd(90));
    };
    let summary: ImportSummary;
    try {
      summary = await importDataset(createReadStream(file).pipe(counter), new WriteStore(graph), new ExchangeStore(graph), {
        dataset,
        batchRows: values.batch,
        writers: values.writers,
        onProgress: (p) => bar(p.rowsRead, p.written, p.refused),
      });
    } finally {
      if (tty) process.stderr.write('\n');
    }
    const shown = path.relative(process.cwd(), path.resolve(file)) || file;
    if (values.json) process.stdout.write(`${JSON.stringify({ file: shown, ...summary }, null, 2)}\n`);
    else console.log(summaryText(summary, shown));
    return summary.refused.length ? 1 : 0;
  } catch (error) {
    // A file the importer cannot read at all (not CSV, columns missing): one line, exit 1.
    if (error instanceof AppError) {
      process.stderr.write(`import: ${file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await close();
  }
}

run('import', main);
