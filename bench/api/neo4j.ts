/**
 * The benchmark's Neo4j: the project's embedded launcher (neo4j/Launcher.java, jars from
 * ensureNeo4jInstalled), started like startLocalNeo4j starts it, plus APOC Core on the class path.
 *
 * Why not startLocalNeo4j({ pluginsDir }): in the embedded launcher the plugins directory is only
 * scanned for procedures and functions; APOC Core also registers a kernel extension (ApocConfig),
 * which Neo4j discovers on the JVM class path only (the server distribution puts plugins/* there).
 * With the jars in pluginsDir alone the database refuses to start ("the field apocConfig has type
 * class apoc.ApocConfig which is not a known injectable component"). So the plugins directory is
 * given both ways here. Without APOC (`--no-apoc`) this is the same as startLocalNeo4j.
 */
import { spawn } from 'node:child_process';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { ensureNeo4jInstalled, javaTool, startLocalNeo4j } from '../../src/neo4j-local/index.js';

export interface BenchNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export interface BenchNeo4jOptions {
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Directory of APOC Core and its libraries (see apoc.ts); none: start without APOC. */
  pluginsDir?: string;
  log: (msg: string) => void;
}

export async function startBenchNeo4j(o: BenchNeo4jOptions): Promise<BenchNeo4j> {
  if (!o.pluginsDir) {
    const local = await startLocalNeo4j({ dataDir: o.dataDir, heap: o.heap, pageCache: o.pageCache, log: o.log, startTimeoutMs: 600_000 });
    return { uri: local.uri, pid: local.pid, stop: () => local.stop() };
  }
  const inst = await ensureNeo4jInstalled({ log: o.log });
  const dataDir = path.resolve(o.dataDir);
  const pluginsDir = path.resolve(o.pluginsDir);
  await mkdir(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'neo4j-process.log');
  const logHandle = await open(logFile, 'a');
  const args = [
    `-Xmx${o.heap}`,
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    [inst.classesDir, path.join(inst.libDir, '*'), path.join(pluginsDir, '*')].join(path.delimiter),
    'Launcher',
    '--home', dataDir,
    '--port', '0',
    '--page-cache', o.pageCache,
    '--plugins-dir', pluginsDir,
    '--unrestricted', 'apoc.*',
    '--exit-on-stdin-eof',
  ];
  await logHandle.write(`\n=== ${new Date().toISOString()} starting (bench, with APOC): java ${args.join(' ')}\n`);
  const started = Date.now();
  const child = spawn(javaTool('java'), args, { cwd: dataDir, stdio: ['pipe', 'pipe', logHandle.fd] });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within 600 s; see ${logFile}`)), 600_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      void logHandle.write(chunk).catch(() => {});
      seen += chunk.toString();
      const m = /NEO4J_READY bolt:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited before it was ready; see ${logFile}`));
    });
  });
  o.log(`Neo4j (with APOC) ready on bolt://127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`);
  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    stop: () =>
      (stopping ??= (async () => {
        process.off('exit', onExit);
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
          await exited;
          clearTimeout(timer);
        }
        await logHandle.close().catch(() => {});
      })()),
  };
}
