/**
 * Import benchmark: rows per second of the ACLED importer on a generated ACLED file.
 *
 *   npx tsx bench/import.ts [--rows 100000] [--batch 2000] [--writers 2] [--warm 60000] [--general]
 *
 * Writes a deterministic ACLED CSV (ACLED's columns; places drawn from the reference gazetteer's
 * sub-districts with villages of generated names around them, so both matching and creating
 * places are exercised; actors in ACLED's spellings, most of them in the reference, some new;
 * dates 2014-2023), starts a fresh Neo4j holding the reference data, imports the file (timed),
 * imports it again (every row unchanged, timed), and prints the figures for docs/benchmarks.md.
 * New rows go through the writer's bulk path; `--general` sends them through its general path.
 * Besides wall time, it prints the CPU seconds the importer and Neo4j used, which depend less on
 * what else runs. A freshly started Neo4j runs its write path slowly until the JVM has compiled
 * it (tens of thousands of rows); `--warm N` imports N rows of another file first, unmeasured.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { count, memorySize, parseCommand, run } from '../src/cli/args.js';
import { ExchangeStore } from '../src/db/exchange.js';
import { Graph } from '../src/db/graph.js';
import { migrate } from '../src/db/migrations.js';
import { WriteStore } from '../src/db/write-store.js';
import { ACLED_LABELS, eventTypeOf, type SubEventType } from '../src/domain/taxonomy.js';
import { ACLED_COLUMNS } from '../src/exchange/acled.js';
import { DEFAULT_BATCH_ROWS, DEFAULT_WRITERS, importDataset, type ImportSummary } from '../src/exchange/importer.js';
import { refId } from '../src/import/format.js';
import { seedStructured } from '../src/seed/seed.js';
import { disorderType } from '../src/exchange/export-rows.js';
import { readReference, ROOT } from './api/generate.js';
import { startBenchNeo4j } from './api/neo4j.js';
import { PLACE_ROOTS, VILLAGE_PREFIXES, VILLAGE_SUFFIXES } from './api/names.js';
import { Rng } from './api/prng.js';
import { cpuSeconds } from './api/proc.js';

const { values } = parseCommand({
  name: 'bench:import',
  usage: 'npx tsx bench/import.ts [options]',
  description: 'Measures the ACLED importer (rows per second) on a generated ACLED file, into a fresh Neo4j holding the reference data.',
  options: {
    rows: { type: 'string', value: 'N', default: '100000', parse: count(1, 5_000_000), description: 'rows in the generated file' },
    batch: { type: 'string', value: 'N', default: String(DEFAULT_BATCH_ROWS), parse: count(1, 20_000), description: 'rows per write transaction' },
    heap: { type: 'string', value: 'SIZE', default: '2g', parse: memorySize, description: 'Neo4j JVM heap' },
    'page-cache': { type: 'string', value: 'SIZE', default: '1g', parse: memorySize, description: 'Neo4j page cache' },
    seed: { type: 'string', value: 'N', default: '20241201', parse: count(0), description: 'generator seed' },
    writers: { type: 'string', value: 'N', default: String(DEFAULT_WRITERS), parse: count(1, 8), description: 'transactions a chunk is written in side by side' },
    warm: { type: 'string', value: 'N', default: '0', parse: count(0, 5_000_000), description: 'first import N rows of another generated file (other ids and villages), unmeasured: a Neo4j whose JVM has compiled the write path' },
    general: { type: 'boolean', description: "new rows through the writer's general path, as before its bulk path (for comparison)" },
    write: { type: 'string', value: 'FILE', description: 'only write the generated file there, and stop' },
  },
  examples: ['npx tsx bench/import.ts --rows 5000', 'npx tsx bench/import.ts'],
});

const log = (m: string) => process.stderr.write(`[bench:import] ${m}\n`);

const SUB_TYPES: [SubEventType, number][] = [
  ['ARMED_CLASH', 18],
  ['REMOTE_EXPLOSIVE_LANDMINE_IED', 16],
  ['AIR_DRONE_STRIKE', 10],
  ['SHELLING_ARTILLERY_MISSILE_ATTACK', 8],
  ['ATTACK', 12],
  ['ABDUCTION_FORCED_DISAPPEARANCE', 3],
  ['PEACEFUL_PROTEST', 14],
  ['PROTEST_WITH_INTERVENTION', 4],
  ['VIOLENT_DEMONSTRATION', 3],
  ['ARRESTS', 7],
  ['DISRUPTED_WEAPONS_USE', 4],
  ['LOOTING_PROPERTY_DESTRUCTION', 1],
];

/** ACLED-style actor names with their inter code: most in the reference under another spelling, a few new. */
const ARMED: [string, number][] = [
  ['Islamic State (Iraq)', 2],
  ['Unidentified Armed Group (Iraq)', 3],
  ['PKK: Kurdistan Workers Party', 2],
  ['Kataib Hezbollah', 3],
  ['Asaib Ahl al-Haq', 3],
  ['Saraya Awliya al-Dam', 3],
  ['Military Forces of Turkey (2016-)', 8],
  ['Military Forces of Iran (1989-)', 8],
  ['Al Bu Nimr Tribal Militia (Iraq)', 4],
  ['Shammar Tribal Militia (Iraq)', 4],
];
const STATE: [string, number][] = [
  ['Military Forces of Iraq (2022-)', 1],
  ['Police Forces of Iraq (2022-)', 1],
  ['Military Forces of Iraq (2022-) Peshmerga', 1],
  ['PMF: Popular Mobilization Forces', 3],
  ['Military Forces of Iraq (2022-) Counter Terrorism Service', 1],
];

interface Unit {
  admin1: string;
  admin2: string;
  admin3: string;
  town: string;
  latitude: number;
  longitude: number;
}

const plain = (name: string) => name.replace(/\s+(?:Governorate|District|Subdistrict)$/, '');

/** Sub-districts of the reference with their district and governorate, and their coordinates. */
async function units(): Promise<Unit[]> {
  const reference = await readReference();
  const places = new Map(reference.entities.filter((e) => e.kind === 'Place').map((e) => [e.id, e]));
  const parent = (id: string) => {
    const p = places.get(id);
    return p && p.kind === 'Place' && p.locatedIn ? places.get(refId(p.locatedIn)) : undefined;
  };
  const out: Unit[] = [];
  for (const p of places.values()) {
    if (p.kind !== 'Place' || p.placeType !== 'SUBDISTRICT' || !p.location) continue;
    const district = parent(p.id);
    const governorate = district && parent(district.id);
    if (!district || !governorate || governorate.kind !== 'Place' || governorate.placeType !== 'GOVERNORATE') continue;
    out.push({ admin1: plain(governorate.name), admin2: plain(district.name), admin3: plain(p.name), town: plain(district.name), ...p.location });
  }
  return out.sort((a, b) => a.admin3.localeCompare(b.admin3));
}

function generate(n: number, seed: number, all: Unit[], firstId = 100000): string {
  const rng = new Rng(seed);
  const weights = SUB_TYPES.map(([, w]) => w);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickType = () => {
    let r = rng.next() * totalWeight;
    for (const [t, w] of SUB_TYPES) if ((r -= w) < 0) return t;
    return SUB_TYPES[0]![0];
  };
  // About 12 villages per sub-district: places the importer creates once and then matches.
  const villages = all.map((u) =>
    Array.from({ length: 12 }, (_, i) => ({
      name: i === 0 ? u.town : `${rng.pick(VILLAGE_PREFIXES)} ${rng.pick(PLACE_ROOTS)}${rng.chance(0.3) ? ` ${rng.pick(VILLAGE_SUFFIXES)}` : ''}`,
      latitude: Number((u.latitude + rng.normal() * 0.05).toFixed(4)),
      longitude: Number((u.longitude + rng.normal() * 0.05).toFixed(4)),
    })),
  );
  const first = Date.UTC(2014, 0, 1) / 86_400_000;
  const records: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const ui = rng.int(0, all.length - 1);
    const u = all[ui]!;
    const v = rng.pick(villages[ui]!);
    const sub = pickType();
    const type = eventTypeOf(sub);
    const date = new Date((first + rng.int(0, 3651)) * 86_400_000).toISOString().slice(0, 10);
    const protest = type === 'PROTESTS' || type === 'RIOTS';
    const [a1, i1] = protest ? [type === 'RIOTS' ? 'Rioters (Iraq)' : 'Protesters (Iraq)', type === 'RIOTS' ? 5 : 6] : rng.pick(ARMED);
    const [a2, i2] = sub === 'ATTACK' || sub === 'ABDUCTION_FORCED_DISAPPEARANCE' ? ['Civilians (Iraq)', 7] : protest ? (rng.chance(0.3) ? rng.pick(STATE) : ['', 0]) : rng.pick(STATE);
    const geo = rng.chance(0.75) ? 1 : rng.chance(0.7) ? 2 : 3;
    const fatalities = type === 'PROTESTS' ? 0 : Math.max(0, Math.round(Math.exp(rng.normal() * 1.1) - 1));
    records.push({
      event_id_cnty: `IRQ${firstId + i}`,
      event_date: date,
      year: date.slice(0, 4),
      time_precision: rng.chance(0.9) ? '1' : '2',
      disorder_type: disorderType(sub),
      event_type: ACLED_LABELS[type],
      sub_event_type: ACLED_LABELS[sub],
      actor1: a1,
      assoc_actor_1: '',
      inter1: String(i1),
      actor2: a2,
      assoc_actor_2: '',
      inter2: a2 ? String(i2) : '',
      interaction: a2 ? [i1, i2].sort().join('') : `${i1}0`,
      civilian_targeting: i2 === 7 ? 'Civilian targeting' : '',
      iso: '368',
      region: 'Middle East',
      country: 'Iraq',
      admin1: u.admin1,
      admin2: u.admin2,
      admin3: u.admin3,
      location: geo === 3 ? u.town : v.name,
      latitude: String(geo === 3 ? u.latitude : v.latitude),
      longitude: String(geo === 3 ? u.longitude : v.longitude),
      geo_precision: String(geo),
      source: rng.pick(['Shafaq News', 'Rudaw', 'Kurdistan 24', 'Iraqi News Agency', 'Shafaq News; Rudaw', 'AFP']),
      source_scale: rng.pick(['National', 'Subnational', 'National-Regional']),
      notes: `On ${date}, a generated ${ACLED_LABELS[sub].toLowerCase()} event near ${v.name} (${u.admin2}, ${u.admin1}). ${fatalities} fatalities.`,
      fatalities: String(fatalities),
      tags: protest ? 'crowd size=no report' : '',
      timestamp: String(1_700_000_000 + i),
    });
  }
  return stringify(records, { header: true, columns: [...ACLED_COLUMNS] });
}

/** CPU seconds the importer (this process) and Neo4j used for one import: wall time alone depends on what else runs. */
interface CpuUsed {
  importer: number;
  neo4j: number | null;
}

async function measured(neo4jPid: number, work: () => Promise<ImportSummary>): Promise<{ summary: ImportSummary; cpu: CpuUsed }> {
  const own = process.cpuUsage();
  const neo4j = cpuSeconds(neo4jPid);
  const summary = await work();
  const used = process.cpuUsage(own);
  const neo4jAfter = cpuSeconds(neo4jPid);
  return { summary, cpu: { importer: (used.user + used.system) / 1e6, neo4j: neo4j === null || neo4jAfter === null ? null : neo4jAfter - neo4j } };
}

function line(label: string, s: ImportSummary, cpu: CpuUsed): string {
  const cpuText = `CPU ${cpu.importer.toFixed(1)} s importer + ${cpu.neo4j === null ? '?' : cpu.neo4j.toFixed(1)} s Neo4j`;
  return `${label}: ${s.rowsRead} rows in ${s.seconds.toFixed(1)} s = ${Math.round(s.rowsRead / s.seconds)} rows/s (${cpuText}); ${s.events.created} events created, ${s.events.joined.length} joined, ${s.unchanged} unchanged, ${s.refused.length} refused; ${s.actors.created.length} actors and ${s.places.created.length} places created`;
}

async function main(): Promise<void> {
  if (values.write) {
    await writeFile(values.write, generate(values.rows, values.seed, await units()));
    log(`wrote ${values.rows} rows to ${values.write}`);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'));
  const file = path.join(dir, 'acled.csv');
  const gen = performance.now();
  await writeFile(file, generate(values.rows, values.seed, await units()));
  log(`generated ${values.rows} rows in ${((performance.now() - gen) / 1000).toFixed(1)} s: ${file}`);
  const neo = await startBenchNeo4j({ dataDir: path.join(dir, 'neo4j'), heap: values.heap, pageCache: values['page-cache'], log });
  const graph = new Graph({ uri: neo.uri, defaultTimeoutMs: 900_000 });
  try {
    await migrate(graph);
    const store = new WriteStore(graph);
    await seedStructured(store, [path.join(ROOT, 'seed/reference')]);
    log('reference data loaded');
    const exchange = new ExchangeStore(graph);
    let last = 0;
    let since = performance.now();
    // Rows read lead rows written by at most two chunks: over 10,000 rows the pace is that of the writes.
    const progress = (p: { rowsRead: number }) => {
      if (p.rowsRead - last >= 10_000) {
        const now = performance.now();
        log(`  ${p.rowsRead} rows, the last ${p.rowsRead - last} at ${Math.round(((p.rowsRead - last) * 1000) / (now - since))} rows/s`);
        last = p.rowsRead;
        since = now;
      }
    };
    const bulk = !values.general;
    if (values.warm > 0) {
      const warmFile = path.join(dir, 'warm.csv');
      await writeFile(warmFile, generate(values.warm, values.seed + 1, await units(), 10_000_000));
      const warm = await importDataset(createReadStream(warmFile), store, exchange, { dataset: 'acled', batchRows: values.batch, writers: values.writers, bulk });
      log(`warm-up: ${warm.rowsRead} rows of another file in ${warm.seconds.toFixed(1)} s, not measured`);
      since = performance.now();
    }
    const options = { dataset: 'acled', batchRows: values.batch, writers: values.writers, bulk, onProgress: progress } as const;
    const first = await measured(neo.pid, () => importDataset(createReadStream(file), store, exchange, options));
    last = 0;
    since = performance.now();
    const second = await measured(neo.pid, () => importDataset(createReadStream(file), store, exchange, options));
    const out = [
      `ACLED import of ${values.rows.toLocaleString('en')} generated rows${values.warm > 0 ? ` into a Neo4j that imported ${values.warm.toLocaleString('en')} other rows first` : ' into a freshly started Neo4j'}, ${values.batch} rows per chunk written in up to ${values.writers} transactions side by side, new rows through the writer's ${bulk ? 'bulk' : 'general'} path (${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}):`,
      `- ${line('first import', first.summary, first.cpu)}`,
      `- ${line('same file again', second.summary, second.cpu)}`,
    ].join('\n');
    process.stdout.write(`${out}\n`);
  } finally {
    await graph.close();
    await neo.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

run('bench:import', main);
