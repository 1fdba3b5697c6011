/**
 * `npm start`: validate configuration, provision a local Neo4j when NEO4J_URI is not set, apply
 * schema migrations, seed, serve. SIGINT / SIGTERM shut down gracefully.
 */
import { parseCommand } from './cli/args.js';

// Before anything else: `npm start -- --help` prints the usage, an unknown argument exits 2.
parseCommand({
  name: 'start',
  usage: 'npm start',
  description: `Serves the GraphQL API: reads the configuration from the environment, starts a local Neo4j when
NEO4J_URI is not set, applies the schema migrations, seeds when SEED_ON_START is true, and listens
on HOST:PORT until SIGINT or SIGTERM.`,
  options: {},
  examples: ['npm start', 'NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=change-me PORT=8080 npm start'],
  notes: 'It takes no arguments: every setting is an environment variable, listed in README.md under "Configuration".',
});
import { ConfigError, loadConfig, type Config } from './config.js';
import { Graph, graphOptions } from './db/graph.js';
import { migrate } from './db/migrations.js';
import { WriteStore } from './db/write-store.js';
import { createLogger, type Logger } from './logger.js';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j-local/index.js';
import { createApp } from './server.js';
import { ExtractionPool, poolExtraction } from './seed/extraction-pool.js';
import { seedAll } from './seed/seed.js';

/** Longest one seed article's extraction may take at start-up (the API's own limit is QUERY_TIMEOUT_MS). */
const SEED_EXTRACTION_TIMEOUT_MS = 600_000;

async function connectNeo4j(config: Config, logger: Logger): Promise<{ graph: Graph; local: LocalNeo4j | null }> {
  let local: LocalNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    logger.info({ port: config.neo4j.local.port, dataDir: config.neo4j.local.dataDir }, 'NEO4J_URI not set: starting a local Neo4j');
    local = await startLocalNeo4j({
      port: config.neo4j.local.port,
      dataDir: config.neo4j.local.dataDir,
      heap: config.neo4j.local.heap,
      log: (msg) => logger.info(msg),
    });
    uri = local.uri;
  }
  const graph = new Graph(graphOptions(config, uri));
  return { graph, local };
}

/** Waits for Neo4j with exponential backoff (1 s doubling to 30 s), logging each failed attempt. */
async function waitForNeo4j(graph: Graph, logger: Logger, stopping: () => boolean): Promise<void> {
  for (let attempt = 1, delay = 1000; !stopping(); attempt++, delay = Math.min(delay * 2, 30_000)) {
    try {
      await graph.ping();
      return;
    } catch (error) {
      logger.warn({ attempt, retryInMs: delay, reason: (error as Error).message }, 'Neo4j is not reachable yet');
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const { graph, local } = await connectNeo4j(config, logger);
  let initialised = false;
  let stopping = false;

  const app = await createApp({ config, graph, logger, isInitialised: () => initialised && !stopping });
  const port = await app.listen();
  logger.info({ url: `http://localhost:${port}/graphql` }, 'HTTP server listening');

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    // The drain is bounded; stopping the local Neo4j afterwards has its own bound (SIGKILL after 30 s).
    const force = setTimeout(() => {
      logger.error('draining took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + config.shutdownTimeoutMs);
    force.unref();
    try {
      // Readiness is already false (load balancers stop sending); requests on their way still
      // get in during the grace period, then the drain lets every accepted request finish.
      await new Promise((r) => setTimeout(r, config.shutdownGraceMs));
      await app.stop();
      clearTimeout(force);
      logger.info('HTTP server drained and stopped');
      await graph.close();
      if (local) {
        await local.stop();
        logger.info('local Neo4j stopped');
      }
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await waitForNeo4j(graph, logger, () => stopping);
  if (stopping) return;
  await migrate(graph, logger);
  if (config.seed.onStart) {
    // Extraction runs on a worker of its own, ended after seeding: the extractor's compiled patterns
    // (some 25 MB of code) would otherwise stay in this thread's heap for the life of the server.
    const pool = new ExtractionPool({ size: 1, maxQueued: 1, timeoutMs: SEED_EXTRACTION_TIMEOUT_MS, heapMb: config.limits.extractionWorkerHeapMb });
    const { structured, articles } = await seedAll(new WriteStore(graph), config.seed.paths, { maxBytes: config.seed.articleMaxBytes, extract: poolExtraction(pool) }).finally(() => pool.close());
    for (const failure of [...structured.failures, ...articles.failures]) logger.error({ file: failure.file, problems: failure.problems }, 'seed file failed');
    logger.info(
      { structuredFolders: structured.batches, articlesWritten: articles.written, articlesUnchanged: articles.unchanged, nodesCreated: structured.counters.nodesCreated + articles.counters.nodesCreated },
      'seeded',
    );
  }
  // Readiness waits until the design questions have run once or twice: a cold Neo4j plans each
  // statement on first use, and under load the first clients would otherwise wait many seconds.
  const warm = await app.warmUp();
  logger.info(warm, 'warmed up');
  initialised = true;
  logger.info({ ms: Math.round(performance.now() - started), url: `http://localhost:${port}/graphql` }, 'ready');
}

main().catch((error) => {
  process.stderr.write(`Fatal: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
