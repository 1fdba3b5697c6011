/**
 * Runs the local Neo4j on its own.
 *
 *   tsx src/cli/neo4j.ts install                 download the jars and compile the launcher
 *   tsx src/cli/neo4j.ts start [options]         run Neo4j in the foreground until Ctrl-C
 *
 * Options of `start` (defaults from NEO4J_LOCAL_PORT, NEO4J_LOCAL_DATA_DIR, NEO4J_LOCAL_HEAP):
 *   --port N          Bolt port on 127.0.0.1, 0 for any free port (default 7687)
 *   --data DIR        Neo4j home with data/ and logs/ (default .data/neo4j)
 *   --heap SIZE       JVM heap, e.g. 512m (default 512m)
 *   --page-cache SIZE page cache, e.g. 256m (default: Neo4j's own choice)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureNeo4jInstalled, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/index.js';

const USAGE = `usage: tsx src/cli/neo4j.ts install
       tsx src/cli/neo4j.ts start [--port 7687] [--data .data/neo4j] [--heap 512m] [--page-cache 256m]`;

const log = (msg: string): void => console.error(`[neo4j] ${msg}`);

/** `install`: provisions the jars and the launcher and prints where they are. */
async function install(): Promise<void> {
  const started = Date.now();
  const { libDir, classesDir } = await ensureNeo4jInstalled({ log });
  console.log(`jars:     ${libDir}`);
  console.log(`launcher: ${classesDir}`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** `start`: runs Neo4j until SIGINT/SIGTERM, or until it exits by itself. */
async function start(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.NEO4J_LOCAL_PORT ?? '7687' },
      data: { type: 'string', default: process.env.NEO4J_LOCAL_DATA_DIR ?? '.data/neo4j' },
      heap: { type: 'string', default: process.env.NEO4J_LOCAL_HEAP ?? '512m' },
      'page-cache': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  const neo4j = await startLocalNeo4j({
    port,
    dataDir: path.resolve(values.data),
    heap: values.heap,
    ...(values['page-cache'] !== undefined && { pageCache: values['page-cache'] }),
    log,
  });
  console.log(neo4j.uri);
  log(`pid ${neo4j.pid}, data in ${neo4j.dataDir}, no authentication. Press Ctrl-C to stop.`);
  return runUntilStopped(neo4j);
}

async function runUntilStopped(neo4j: LocalNeo4j): Promise<number> {
  let stopRequested = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopRequested) return;
    stopRequested = true;
    log(`${signal}: stopping`);
    void neo4j.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  await neo4j.exited;
  if (stopRequested) {
    log('stopped');
    return 0;
  }
  log(`Neo4j exited unexpectedly; see ${neo4j.logFile} and ${path.join(neo4j.dataDir, 'logs', 'debug.log')}`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'install':
      await install();
      return 0;
    case 'start':
      return start(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usageError = (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    console.error(err instanceof Error ? err.message : err);
    if (usageError) console.error(USAGE);
    process.exitCode = usageError ? 2 : 1;
  },
);
