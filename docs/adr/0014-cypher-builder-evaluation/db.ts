/** Starts a throwaway Neo4j with the project's schema, the reference data and 3,000 synthetic events; prints its URI. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { startLocalNeo4j } from './repo/src/neo4j-local/index.ts';
import { Graph } from './repo/src/db/graph.ts';
import { migrate } from './repo/src/db/migrations.ts';
import { Store } from './repo/src/db/store.ts';
import { combineBatches, readStructuredFile } from './repo/src/seed/structured.ts';
import { collectFiles } from './repo/src/seed/seed.ts';
import { importBatchSchema } from './repo/src/import/format.ts';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cb-neo4j-'));
const local = await startLocalNeo4j({ dataDir, heap: '768m', pageCache: '128m', log: (m) => process.stderr.write(`[neo4j] ${m}\n`) });
writeFileSync('./neo4j.json', JSON.stringify({ uri: local.uri, pid: (local as any).process?.pid ?? null, dataDir }));
const graph = new Graph({ uri: local.uri, defaultTimeoutMs: 120_000 });
await migrate(graph);
const store = new Store(graph);
const REF = './repo/seed/reference';
const files = (await collectFiles([REF], ['.yaml'])).get(REF) ?? [];
const reference = combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference');
await store.importBatch(reference, { overwrite: true });
const places = reference.entities.filter((e) => e.kind === 'Place').map((e) => e.id);
const actors = reference.entities.filter((e) => e.kind === 'Organization' || e.kind === 'Force').map((e) => e.id);
let seed = 7;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const SUB = ['ARMED_CLASH', 'AIR_DRONE_STRIKE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 'ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE'];
const PREC = ['DAY', 'DAY', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
for (let b = 0; b < 6; b++) {
  const events = Array.from({ length: 500 }, (_, i) => {
    const d = new Date(Date.UTC(2021, 0, 1) + rand(900) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `event:synthetic-${b}-${i}`,
      subEventType: SUB[rand(SUB.length)],
      date: d,
      datePrecision: PREC[rand(PREC.length)],
      place: places[rand(places.length)],
      perpetrators: [actors[rand(actors.length)]],
      targets: [actors[rand(actors.length)]],
    };
  });
  const r = await store.importBatch(importBatchSchema.parse({ events }), { overwrite: true });
  process.stderr.write(`batch ${b}: ${JSON.stringify(r).slice(0, 120)}\n`);
}
await graph.close();
console.log(local.uri);
process.stderr.write('READY\n');
// Keep Neo4j running until this process is killed.
setInterval(() => {}, 1 << 30);
process.on('SIGTERM', async () => { await local.stop(); process.exit(0); });
