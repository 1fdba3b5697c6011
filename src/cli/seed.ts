/**
 * `npm run seed -- [paths...]`: loads structured files (and, with the extractor, articles) into
 * the graph. Without NEO4J_URI it uses the local Neo4j (started for the run if not running).
 * Prints a summary; exits 1 when any file failed.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { Graph } from '../db/graph.js';
import { migrate } from '../db/migrations.js';
import { Store } from '../db/store.js';
import { isPortOpen, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/index.js';
import { seedStructured } from '../seed/seed.js';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const config = loadConfig();
  const paths = positionals.length ? positionals : config.seed.paths;

  let local: LocalNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    if (await isPortOpen(config.neo4j.local.port)) {
      uri = `bolt://127.0.0.1:${config.neo4j.local.port}`;
    } else {
      local = await startLocalNeo4j({ port: config.neo4j.local.port, dataDir: config.neo4j.local.dataDir, heap: config.neo4j.local.heap });
      uri = local.uri;
    }
  }
  const graph = new Graph({ uri, username: config.neo4j.username, password: config.neo4j.password, database: config.neo4j.database, defaultTimeoutMs: 120_000 });
  try {
    await migrate(graph);
    const started = performance.now();
    const report = await seedStructured(new Store(graph), paths, {
      onProgress: (done, total, file) => process.stderr.write(`[${done}/${total}] ${file}\n`),
    });
    const c = report.counters;
    console.log(
      `seeded ${report.batches} batch(es) (${report.skipped} unchanged) in ${Math.round(performance.now() - started)} ms: ` +
        `${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created, ${c.propertiesSet} properties set`,
    );
    for (const f of report.failures) console.error(`FAILED ${f.file}:\n  - ${f.problems.join('\n  - ')}`);
    return report.failures.length ? 1 : 0;
  } finally {
    await graph.close();
    await local?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Fatal: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
