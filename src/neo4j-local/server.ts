/**
 * Runs a local Neo4j Community (embedded, Bolt on 127.0.0.1, no authentication) as a child
 * Java process: for `npm start` without NEO4J_URI, for `npm run neo4j start`, and for tests.
 *
 * The child is neo4j/Launcher.java. It prints `NEO4J_READY bolt://127.0.0.1:<port>` once up, shuts
 * down cleanly on SIGTERM, and shuts down by itself when its standard input closes, so it does not
 * outlive this process even when this process is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { ensureNeo4jInstalled, javaTool, type Neo4jInstallation } from './install.js';

export interface StartLocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 or undefined lets the OS pick a free one. */
  port?: number;
  /** Neo4j home: `data/`, `logs/` and `neo4j-process.log` go here. Created when missing. */
  dataDir: string;
  /** JVM maximum heap, e.g. "512m" (the default) or "2g". */
  heap?: string;
  /** Page cache size, e.g. "256m"; Neo4j sizes it from the machine's memory when omitted. */
  pageCache?: string;
  /** `db.transaction.timeout` in seconds; none when omitted. */
  transactionTimeoutSeconds?: number;
  /** Plugins directory, e.g. holding the APOC jar. */
  pluginsDir?: string;
  /** `dbms.security.procedures.unrestricted`; defaults to `["apoc.*"]` when pluginsDir is given. */
  unrestrictedProcedures?: string[];
  /** Progress messages. */
  log?: (msg: string) => void;
  /** How long to wait for Neo4j to come up; default 120 s. */
  startTimeoutMs?: number;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<port>`; no authentication is required. */
  uri: string;
  port: number;
  /** Process id of the Java process. */
  pid: number;
  dataDir: string;
  /** The child's stdout and stderr: `<dataDir>/neo4j-process.log` (Neo4j's own logs are in `<dataDir>/logs/`). */
  logFile: string;
  /** Settles when the Java process has exited, whatever the reason. */
  exited: Promise<void>;
  /**
   * SIGTERM, then SIGKILL after 30 s; resolves once the process is gone. Safe to call repeatedly.
   * Until it is called, the child's pipes keep this process's event loop alive.
   */
  stop(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const READY_LINE = /^NEO4J_READY bolt:\/\/127\.0\.0\.1:(\d+)\r?\n/m;
const DEFAULT_HEAP = '512m';
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
const LOG_TAIL_LINES = 30;
const MEMORY_SIZE = /^\d+[kKmMgG]$/;
/** Lets Neo4j's page cache and log files use direct buffers and native file access as they expect. */
const JVM_MODULE_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** Children still running; SIGTERMed when this process exits (their stdin closing also stops them). */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Raised when a local Neo4j cannot start; the message includes the end of its log. */
export class LocalNeo4jStartError extends Error {
  override name = 'LocalNeo4jStartError';
}

/**
 * Starts a local Neo4j and resolves once it printed its ready line and its Bolt port accepts
 * connections. Downloads and compiles what is needed first (see ensureNeo4jInstalled).
 *
 * @throws LocalNeo4jStartError when a fixed port is taken, or the process exits or times out
 *   before it is ready (with the last 30 lines of `<dataDir>/neo4j-process.log`).
 */
export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  validateOptions(opts);
  const log = opts.log ?? (() => {});
  const requestedPort = opts.port ?? 0;
  if (requestedPort !== 0) await assertPortFree(requestedPort);
  const installation = await ensureNeo4jInstalled({ log });
  const dataDir = path.resolve(opts.dataDir);
  const started = Date.now();
  const { child, exited, logFile } = await spawnLauncher(installation, dataDir, requestedPort, opts);
  try {
    const port = await waitUntilReady(child, exited, opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    log(`Neo4j ready on bolt://${LOOPBACK}:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`);
    return localNeo4j(child, port, dataDir, logFile, exited);
  } catch (err) {
    await stopChild(child, exited);
    throw await startFailure(err, requestedPort, logFile);
  }
}

/** Asks the OS for a currently free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts TCP connections on `host:port` (default 127.0.0.1), within `timeoutMs`. */
export function isPortOpen(port: number, host = LOOPBACK, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const finish = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

function validateOptions(opts: StartLocalNeo4jOptions): void {
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port must be 0..65535, got ${port}`);
  for (const [name, value] of [['heap', opts.heap], ['pageCache', opts.pageCache]] as const) {
    if (value !== undefined && !MEMORY_SIZE.test(value)) throw new RangeError(`${name} must look like 512m or 2g, got "${value}"`);
  }
  const timeout = opts.transactionTimeoutSeconds;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new RangeError(`transactionTimeoutSeconds must be a whole number >= 0, got ${timeout}`);
  }
}

async function assertPortFree(port: number): Promise<void> {
  if (await isPortOpen(port)) throw new LocalNeo4jStartError(portInUseMessage(port));
}

function portInUseMessage(port: number): string {
  return (
    `port ${port} on ${LOOPBACK} is already in use, so a local Neo4j cannot listen on it. ` +
    `Stop what is using it, set NEO4J_LOCAL_PORT to another port (0 picks a free one), ` +
    `or set NEO4J_URI to use a Neo4j that is already running.`
  );
}

function javaArguments(inst: Neo4jInstallation, dataDir: string, port: number, opts: StartLocalNeo4jOptions): string[] {
  const args = [
    `-Xmx${opts.heap ?? DEFAULT_HEAP}`,
    '-XX:+UseG1GC',
    ...JVM_MODULE_FLAGS,
    '-cp',
    [inst.classesDir, path.join(inst.libDir, '*')].join(path.delimiter),
    'Launcher',
    '--home',
    dataDir,
    '--port',
    String(port),
    '--exit-on-stdin-eof',
  ];
  if (opts.transactionTimeoutSeconds !== undefined) args.push('--transaction-timeout', String(opts.transactionTimeoutSeconds));
  if (opts.pageCache !== undefined) args.push('--page-cache', opts.pageCache);
  if (opts.pluginsDir !== undefined) args.push('--plugins-dir', path.resolve(opts.pluginsDir));
  const unrestricted = opts.unrestrictedProcedures ?? (opts.pluginsDir !== undefined ? ['apoc.*'] : []);
  if (unrestricted.length > 0) args.push('--unrestricted', unrestricted.join(','));
  return args;
}

interface LauncherProcess {
  child: ChildProcess;
  exited: Promise<void>;
  logFile: string;
}

/** Spawns the Java launcher with its stderr (and, copied, its stdout) going to `<dataDir>/neo4j-process.log`. */
async function spawnLauncher(
  inst: Neo4jInstallation,
  dataDir: string,
  port: number,
  opts: StartLocalNeo4jOptions,
): Promise<LauncherProcess> {
  await mkdir(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'neo4j-process.log');
  const logHandle = await open(logFile, 'a');
  const args = javaArguments(inst, dataDir, port, opts);
  await logHandle.write(`\n=== ${new Date().toISOString()} starting: java ${args.join(' ')}\n`);
  // In its own process group: Ctrl-C in a terminal signals the whole foreground group, and Neo4j
  // must outlive the API long enough for it to drain; the API stops it afterwards (and if the
  // API dies, its stdin closes and the launcher exits by itself).
  const child = spawn(javaTool('java'), args, { cwd: dataDir, stdio: ['pipe', 'pipe', logHandle.fd], detached: true });
  return { child, exited: trackChild(child, logHandle), logFile };
}

/**
 * Copies the child's stdout into the log, kills the child if this process exits first, and
 * returns a promise that settles when the child has exited.
 */
function trackChild(child: ChildProcess, logHandle: FileHandle): Promise<void> {
  liveChildren.add(child);
  ensureExitHook();
  child.stdout?.on('data', (chunk: Buffer) => void logHandle.write(chunk).catch(() => {}));
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      liveChildren.delete(child);
      void logHandle.close().catch(() => {});
      resolve();
    };
    child.once('close', finish); // after exit, once stdout has been copied to the log
    child.on('error', () => {
      if (child.pid === undefined) finish(); // spawn failure: no 'close' may follow
    });
  });
}

/** Resolves with the Bolt port once the ready line was printed and the port accepts connections. */
function waitUntilReady(child: ChildProcess, exited: Promise<void>, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j did not become ready within ${timeoutMs / 1000} s`)), timeoutMs);
    const settle = (fn: () => void): void => {
      clearTimeout(timer);
      fn();
    };
    child.once('error', (err) => settle(() => reject(spawnFailure(err as NodeJS.ErrnoException))));
    void exited.then(() => settle(() => reject(new Error(`Neo4j exited before it was ready (${exitDescription(child)})`))));
    readyPort(child)
      .then((port) => waitForPort(port, exited))
      .then((port) => settle(() => resolve(port)), (err: unknown) => settle(() => reject(err)));
  });
}

/** The port from the child's `NEO4J_READY` line (stdout keeps flowing into the log afterwards). */
function readyPort(child: ChildProcess): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const stdout = child.stdout;
    if (!stdout) return reject(new Error('the Java process has no stdout'));
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      const match = READY_LINE.exec(seen);
      if (!match?.[1]) return;
      stdout.off('data', onData);
      resolve(Number(match[1]));
    };
    stdout.on('data', onData);
  });
}

async function waitForPort(port: number, exited: Promise<void>): Promise<number> {
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone) {
    if (await isPortOpen(port)) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Neo4j exited before port ${port} accepted connections`);
}

function spawnFailure(err: NodeJS.ErrnoException): Error {
  if (err.code === 'ENOENT') return new Error(`\`${javaTool('java')}\` was not found: a local Neo4j needs Java 17 (set JAVA_HOME or PATH)`);
  return err;
}

function exitDescription(child: ChildProcess): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
}

async function startFailure(err: unknown, requestedPort: number, logFile: string): Promise<LocalNeo4jStartError> {
  const tail = await logTail(logFile);
  const reason = err instanceof Error ? err.message : String(err);
  const portHint = requestedPort !== 0 && /address already in use|BindException/i.test(tail) ? `\n${portInUseMessage(requestedPort)}` : '';
  const debugLog = path.join(path.dirname(logFile), 'logs', 'debug.log');
  return new LocalNeo4jStartError(
    `local Neo4j failed to start: ${reason}${portHint}\n` +
      `--- last ${LOG_TAIL_LINES} lines of ${logFile} (Neo4j's own log: ${debugLog}) ---\n${tail}`,
  );
}

async function logTail(logFile: string): Promise<string> {
  try {
    const text = await readFile(logFile, 'utf8');
    return text.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
  } catch {
    return '(no log)';
  }
}

function localNeo4j(child: ChildProcess, port: number, dataDir: string, logFile: string, exited: Promise<void>): LocalNeo4j {
  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://${LOOPBACK}:${port}`,
    port,
    pid: child.pid ?? -1,
    dataDir,
    logFile,
    exited,
    stop: () => (stopping ??= stopChild(child, exited)),
  };
}

/** SIGTERM (Neo4j shuts down cleanly), then SIGKILL if it has not exited after STOP_GRACE_MS. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (hasExited(child)) return exited;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_GRACE_MS)));
  const killed = await Promise.race([exited.then(() => false), timedOut]);
  clearTimeout(timer);
  if (killed) child.kill('SIGKILL');
  await exited;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
}

/** Installs, once, the 'exit' handler that SIGTERMs children still running. */
function ensureExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGTERM');
  });
}
