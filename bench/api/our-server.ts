/**
 * Our server as the benchmark runs it: a child process (so its resident memory can be measured on
 * its own) built exactly as src/main.ts builds it (`loadConfig`, `Graph`, `createApp`),
 * against the benchmark's Neo4j and without the local Neo4j, migrations or seeding.
 *
 *   node --import tsx bench/api/our-server.ts   (env: BENCH_NEO4J_URI, BENCH_LOG_LEVEL, PORT)
 *
 * Prints `READY <port>` once it listens; stops on SIGTERM.
 */
import { loadConfig } from '../../src/config.js';
import { Graph, graphOptions } from '../../src/db/graph.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/server.js';

const uri = process.env.BENCH_NEO4J_URI;
if (!uri) throw new Error('BENCH_NEO4J_URI is required');
const config = loadConfig({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: process.env.PORT ?? '0',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  NEO4J_URI: uri,
  NEO4J_USERNAME: process.env.BENCH_NEO4J_USERNAME,
  NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD,
  SEED_ON_START: 'false',
  // Production defaults to 600 requests per minute per client: the load generator is one client.
  RATE_LIMIT_PER_MINUTE: '0',
});
const logger = createLogger(config.logLevel);
const graph = new Graph(graphOptions(config, uri));
const app = await createApp({ config, graph, logger });
const port = await app.listen();
process.stdout.write(`READY ${port}\n`);

const stop = async () => {
  await app.stop();
  await graph.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
