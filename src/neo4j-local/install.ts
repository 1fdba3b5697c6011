/**
 * Provisioning of the local Neo4j: the jars of Neo4j Community (resolved by Maven from
 * neo4j/pom.xml) and the compiled neo4j/Launcher.java, both cached under `.cache/neo4j`.
 *
 * Every cache entry is built in a temporary directory, marked complete, then renamed into
 * place, so an interrupted download is never mistaken for a finished one. A lock file keeps
 * two processes (parallel test workers, `npm start` next to `npm test`) from downloading at
 * the same time, which would also risk corrupting Maven's own local repository.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the cached jars and classes of one provisioned Neo4j live. */
export interface Neo4jInstallation {
  /** Directory of the Neo4j jars; the class path entry is `<libDir>/*`. */
  libDir: string;
  /** Directory holding the compiled `Launcher.class`. */
  classesDir: string;
}

export interface InstallOptions {
  /** Cache directory; defaults to `<repo>/.cache/neo4j`. */
  cacheDir?: string;
  /** Progress messages (downloads, compilation, waiting for another process). */
  log?: (msg: string) => void;
}

/** Raised when Java or Maven is missing or fails; the message says what to do. */
export class Neo4jProvisioningError extends Error {
  override name = 'Neo4jProvisioningError';
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POM_PATH = path.join(REPO_ROOT, 'neo4j', 'pom.xml');
const LAUNCHER_PATH = path.join(REPO_ROOT, 'neo4j', 'Launcher.java');
const COMPLETE_MARKER = '.complete';
const TEMP_INFIX = '.tmp-';
const LOCK_FILE = '.install.lock';
const LOCK_STALE_MS = 20 * 60_000;
const LOCK_WAIT_MS = 30 * 60_000;
const LOCK_POLL_MS = 500;
const MIN_JAVA = 17;
const MAX_TESTED_JAVA = 21;
const TOOLS_HINT =
  'Neo4j provisioning needs Java 17 and Maven: install a JDK 17 (or 21) and Maven ' +
  '(e.g. `apt-get install openjdk-17-jdk-headless maven`), put `java`, `javac` and `mvn` on PATH ' +
  '(or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j instead.';

/** The default cache directory, `<repo>/.cache/neo4j`. */
export function defaultCacheDir(): string {
  return path.join(REPO_ROOT, '.cache', 'neo4j');
}

/**
 * Path of a JDK tool (`java`, `javac`): from JAVA_HOME when it is set, else looked up on PATH.
 */
export function javaTool(name: 'java' | 'javac'): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', name) : name;
}

/**
 * Makes sure the Neo4j jars are downloaded and the launcher is compiled, doing only what is
 * missing from the cache. Fast (a few file checks) when everything is there already.
 *
 * @throws Neo4jProvisioningError when Java 17+ or Maven is missing, or Maven/javac fail.
 */
export async function ensureNeo4jInstalled(opts: InstallOptions = {}): Promise<Neo4jInstallation> {
  const cacheDir = path.resolve(opts.cacheDir ?? defaultCacheDir());
  const log = opts.log ?? (() => {});
  const [pom, launcher] = await Promise.all([readFile(POM_PATH, 'utf8'), readFile(LAUNCHER_PATH, 'utf8')]);
  const libName = `lib-${neo4jVersionOf(pom)}-${shortHash(pom)}`;
  const installation: Neo4jInstallation = {
    libDir: path.join(cacheDir, libName),
    classesDir: path.join(cacheDir, `classes-${shortHash(launcher + libName)}`),
  };
  if ((await isComplete(installation.libDir)) && (await isComplete(installation.classesDir))) {
    return installation;
  }
  await mkdir(cacheDir, { recursive: true });
  await withLock(path.join(cacheDir, LOCK_FILE), log, () => provision(cacheDir, installation, log));
  return installation;
}

/** Reads `<neo4j.version>` from the pom, so cache directories carry the version in their name. */
function neo4jVersionOf(pom: string): string {
  const match = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Neo4jProvisioningError(`no <neo4j.version> property in ${POM_PATH}`);
  return match[1];
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

async function isComplete(dir: string): Promise<boolean> {
  return pathExists(path.join(dir, COMPLETE_MARKER));
}

async function pathExists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Runs under the install lock: fills whatever is still missing. */
async function provision(cacheDir: string, target: Neo4jInstallation, log: (msg: string) => void): Promise<void> {
  await removeAbandonedTempDirs(cacheDir);
  const needJars = !(await isComplete(target.libDir));
  const needClasses = !(await isComplete(target.classesDir));
  if (!needJars && !needClasses) return; // another process finished while we waited for the lock
  await checkJava(log);
  if (needJars) {
    log(`downloading Neo4j jars with Maven into ${target.libDir} (about 125 MB on first use)`);
    const started = Date.now();
    await populate(target.libDir, (tmp) => downloadJars(tmp));
    log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (needClasses) {
    log(`compiling ${path.relative(REPO_ROOT, LAUNCHER_PATH)} into ${target.classesDir}`);
    await populate(target.classesDir, (tmp) => compileLauncher(target.libDir, tmp));
  }
}

/** Only the lock holder creates temporary directories, so any found under the lock are leftovers. */
async function removeAbandonedTempDirs(cacheDir: string): Promise<void> {
  const entries = await readdir(cacheDir);
  const leftovers = entries.filter((name) => name.includes(TEMP_INFIX));
  await Promise.all(leftovers.map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })));
}

/** Fills a fresh temporary directory, marks it complete and renames it to `finalDir`. */
async function populate(finalDir: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  const tmpDir = `${finalDir}${TEMP_INFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(tmpDir, { recursive: true });
  try {
    await fill(tmpDir);
    await writeFile(path.join(tmpDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
    await rm(finalDir, { recursive: true, force: true });
    await rename(tmpDir, finalDir);
  } catch (err) {
    await rm(tmpDir, { recursive: true, force: true });
    throw err;
  }
}

async function downloadJars(outDir: string): Promise<void> {
  await runTool('mvn', [
    '-q',
    '-B',
    '-f',
    POM_PATH,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${outDir}`,
  ]);
}

async function compileLauncher(libDir: string, outDir: string): Promise<void> {
  const classPath = path.join(libDir, '*');
  await runTool(javaTool('javac'), ['--release', '17', '-cp', classPath, '-d', outDir, LAUNCHER_PATH]);
}

/** Fails early, with advice, when `java` is missing or older than 17. */
async function checkJava(log: (msg: string) => void): Promise<void> {
  const output = await runTool(javaTool('java'), ['-version']);
  const major = javaMajorVersion(output);
  if (major === undefined) return; // unknown format: let the launcher itself decide
  if (major < MIN_JAVA) {
    throw new Neo4jProvisioningError(`found Java ${major}. ${TOOLS_HINT}`);
  }
  if (major > MAX_TESTED_JAVA) {
    log(`warning: Java ${major} found; Neo4j 5.26 supports Java 17 and 21 (set JAVA_HOME to pick one)`);
  }
}

/** `openjdk version "17.0.15"` → 17; `java version "1.8.0_392"` → 8. */
function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Runs a tool to completion and returns its combined output; turns failures into clear errors. */
function runTool(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err: NodeJS.ErrnoException) => {
      const what = err.code === 'ENOENT' ? `\`${command}\` was not found` : `\`${command}\` could not run (${err.message})`;
      reject(new Neo4jProvisioningError(`${what}. ${TOOLS_HINT}`));
    });
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Neo4jProvisioningError(`\`${command} ${args.join(' ')}\` failed (exit ${code}):\n${lastLines(output, 40)}`));
    });
  });
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * Runs `work` while holding an exclusive lock file. A lock whose owner process is gone, or
 * which is older than LOCK_STALE_MS, is taken over.
 */
async function withLock<T>(lockPath: string, log: (msg: string) => void, work: () => Promise<T>): Promise<T> {
  await acquireLock(lockPath, log);
  try {
    return await work();
  } finally {
    await unlink(lockPath).catch(() => {});
  }
}

async function acquireLock(lockPath: string, log: (msg: string) => void): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    if (await tryCreateLock(lockPath)) return;
    if (await isStaleLock(lockPath)) {
      await unlink(lockPath).catch(() => {});
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jProvisioningError(`timed out waiting for the install lock ${lockPath}; delete it if no install is running`);
    }
    if (!announced) log('another process is installing Neo4j; waiting for it to finish');
    announced = true;
    await sleep(LOCK_POLL_MS);
  }
}

async function tryCreateLock(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

async function isStaleLock(lockPath: string): Promise<boolean> {
  try {
    const [content, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const pid = Number.parseInt(content, 10);
    if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true;
    return Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid);
  } catch {
    return false; // vanished or half written: just try again
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
