/**
 * The database of a command-line run (seed, import): NEO4J_URI when set; else the local Neo4j,
 * used as it is when it already runs (npm start's), or started for the run and stopped after.
 * Migrations are applied before the graph is handed over.
 */
import type { Config } from '../config.js';
import { Graph } from '../db/graph.js';
import { migrate } from '../db/migrations.js';
import { isPortOpen, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/index.js';

export interface CommandDatabase {
  graph: Graph;
  /** Closes the driver, then stops the local Neo4j when this run started it. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config): Promise<CommandDatabase> {
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
  const close = async () => {
    await graph.close();
    await local?.stop();
  };
  try {
    await migrate(graph);
  } catch (error) {
    await close();
    throw error;
  }
  return { graph, close };
}
