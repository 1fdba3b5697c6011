/**
 * `npm run neo4j -- install | start [options]`: the local Neo4j on its own (`--help` for usage).
 */
import path from 'node:path';
import { ensureNeo4jInstalled, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/index.js';
import { memorySize, number, parseCommand, run, UsageError } from './args.js';

const log = (msg: string): void => console.error(`[neo4j] ${msg}`);

/** `install`: provisions the jars and the launcher and prints where they are. */
async function install(args: string[]): Promise<number> {
  parseCommand(
    {
      name: 'neo4j install',
      usage: 'npm run neo4j -- install',
      description: 'Downloads the Neo4j jars into .cache/neo4j (Maven) and compiles the launcher; needs Java 17 and Maven.',
      options: {},
      examples: ['npm run neo4j -- install'],
    },
    args,
  );
  const started = Date.now();
  const { libDir, classesDir } = await ensureNeo4jInstalled({ log });
  console.log(`jars:     ${libDir}`);
  console.log(`launcher: ${classesDir}`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/** `start`: runs Neo4j until SIGINT/SIGTERM, or until it exits by itself. */
async function start(args: string[]): Promise<number> {
  const { values } = parseCommand(
    {
      name: 'neo4j start',
      usage: 'npm run neo4j -- start [--port N] [--data DIR] [--heap SIZE] [--page-cache SIZE]',
      description: 'Runs the local Neo4j in the foreground, without authentication, until Ctrl-C; prints its Bolt URI.',
      options: {
        port: { type: 'string', value: 'N', default: process.env.NEO4J_LOCAL_PORT ?? '7687', parse: number({ min: 0, max: 65535, integer: true }), description: 'Bolt port on 127.0.0.1, 0 for any free port' },
        data: { type: 'string', value: 'DIR', default: process.env.NEO4J_LOCAL_DATA_DIR ?? '.data/neo4j', description: 'Neo4j home, with its data/ and logs/' },
        heap: { type: 'string', value: 'SIZE', default: process.env.NEO4J_LOCAL_HEAP ?? '512m', parse: memorySize, description: 'JVM heap' },
        'page-cache': { type: 'string', value: 'SIZE', parse: memorySize, description: "page cache (default: Neo4j's own choice)" },
      },
      examples: ['npm run neo4j -- start', 'npm run neo4j -- start --port 0 --data /tmp/neo4j --heap 1g --page-cache 256m'],
      notes: 'The defaults come from NEO4J_LOCAL_PORT, NEO4J_LOCAL_DATA_DIR and NEO4J_LOCAL_HEAP when they are set.',
    },
    args,
  );
  const neo4j = await startLocalNeo4j({
    port: values.port,
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

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'install') return install(rest);
  if (command === 'start') return start(rest);
  const { positionals } = parseCommand(
    {
      name: 'neo4j',
      usage: 'npm run neo4j -- COMMAND [options]',
      description: `Runs the local Neo4j (from Maven Central) on its own: the one npm start uses when NEO4J_URI is not set.

Commands:
  install  download the Neo4j jars and compile the launcher, then print where they are
  start    run Neo4j in the foreground until Ctrl-C (npm run neo4j -- start --help)`,
      args: { COMMAND: 'install or start' },
      options: {},
      examples: ['npm run neo4j -- install', 'npm run neo4j -- start --port 7688'],
    },
    command === 'help' ? ['--help'] : process.argv.slice(2),
  );
  throw new UsageError(positionals.length ? `unknown command ${JSON.stringify(positionals[0])}: use install or start` : 'a command is needed: install or start');
}

run('neo4j', main);
