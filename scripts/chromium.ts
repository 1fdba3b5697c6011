/**
 * The Chromium of the browser tests, found or provisioned without a manual step.
 *
 * In order:
 * 1. `CHROMIUM_PATH`, when set (it must name an executable file; nothing else is tried).
 * 2. The headless Chromium that the `@sparticuz/chromium` dev dependency ships, brotli-compressed,
 *    inside its npm tarball (Linux x64 only). `npm ci` brings it like any package; the first use
 *    decompresses it into `.cache/chromium/<version>` (about 3 s, 220 MB on disk) beside the
 *    libraries it was built with (NSS, NSPR, expat), SwiftShader and a fallback font, and writes
 *    a `chrome` wrapper that points the binary at them. Later uses only check a marker file.
 *    It goes first because it is the same pinned build on every machine and in CI, known to work
 *    with the pinned playwright-core, whatever the system has.
 * 3. A Chromium or Chrome installed on the system (Debian's `chromium`, …), for machines where
 *    the shipped build cannot run (another OS or architecture).
 *
 * When none can be had, ChromiumNotFoundError says in one line what to install.
 *
 * `npm run chromium` provisions it and prints the path to launch.
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, chmod, constants, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress, createBrotliDecompress } from 'node:zlib';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = '@sparticuz/chromium';
const COMPLETE_MARKER = '.complete';
const WRAPPER = 'chrome';

/** The Chromium to launch: `executablePath` for playwright-core's `chromium.launch`. */
export interface ChromiumInstallation {
  executablePath: string;
  /** Where it came from. */
  source: 'CHROMIUM_PATH' | typeof PACKAGE | 'system';
}

/** No usable Chromium; the message is one line that says what to install or set. */
export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
  constructor(message: string) {
    super(message);
    // The message is the whole story: no stack frames for test reporters to print.
    this.stack = `${this.name}: ${message}`;
  }
}

export interface ChromiumOptions {
  /** Cache directory; defaults to `<repo>/.cache/chromium`. */
  cacheDir?: string;
  /** Progress messages (only when something is decompressed). */
  log?: (msg: string) => void;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Executables a system install leaves, most specific first. */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const INSTALL_HINT =
  'install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable';

/**
 * Finds or provisions the Chromium of the browser tests (see the file comment for the order).
 *
 * @throws ChromiumNotFoundError with a one-line message when there is none.
 */
export async function ensureChromium(opts: ChromiumOptions = {}): Promise<ChromiumInstallation> {
  const env = opts.env ?? process.env;
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!(await isExecutableFile(fromEnv))) throw new ChromiumNotFoundError(
        `CHROMIUM_PATH=${fromEnv} is not an executable file: point it at a Chromium or Chrome executable, or unset it to use the one \`npm ci\` installs`,
      );
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  let shippedProblem: string;
  try {
    const executablePath = await ensureShippedChromium(opts.cacheDir ?? path.join(REPO_ROOT, '.cache', 'chromium'), opts.log ?? (() => {}));
    return { executablePath, source: PACKAGE };
  } catch (err) {
    if (!(err instanceof ChromiumNotFoundError)) throw err;
    shippedProblem = err.message;
  }
  for (const candidate of SYSTEM_CHROMIUMS) {
    if (await isExecutableFile(candidate)) return { executablePath: candidate, source: 'system' };
  }
  throw new ChromiumNotFoundError(`Chromium not found: ${shippedProblem}, and no system Chromium or Chrome is installed; ${INSTALL_HINT}`);
}

/**
 * Decompresses the Chromium of the `@sparticuz/chromium` package into `<cacheDir>/<version>`
 * unless it is there already, and returns the path of its `chrome` wrapper.
 * Throws ChromiumNotFoundError when the package is absent or its build does not run here.
 */
async function ensureShippedChromium(cacheDir: string, log: (msg: string) => void): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ChromiumNotFoundError(`${PACKAGE} ships Chromium for Linux x64 only, not ${process.platform} ${process.arch}`);
  }
  const pkg = await packageDir();
  if (!pkg) throw new ChromiumNotFoundError(`the ${PACKAGE} dev dependency is not installed (run \`npm ci\`)`);
  const { version } = JSON.parse(await readFile(path.join(pkg, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(cacheDir, version);
  const wrapper = path.join(dir, WRAPPER);
  if (await exists(path.join(dir, COMPLETE_MARKER))) return wrapper;

  log(`decompressing the Chromium of ${PACKAGE} ${version} into ${shown(dir)} (once, a few seconds)`);
  const started = Date.now();
  await mkdir(cacheDir, { recursive: true });
  // Built aside and renamed into place, so an interrupted run is never taken for a finished one
  // and two processes provisioning at once each end with a complete copy.
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const bin = path.join(pkg, 'bin');
    await Promise.all([
      pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(tmp, 'chromium'), { mode: 0o755 })),
      // Chromium loads SwiftShader (software WebGL) from its own folder.
      extractTarBr(path.join(bin, 'swiftshader.tar.br'), tmp),
      // lib/: the NSS, NSPR and expat it was built against, so no system package is needed.
      extractTarBr(path.join(bin, 'al2023.tar.br'), tmp),
      // fonts/Open_Sans, so text renders even on a machine without fonts.
      extractTarBr(path.join(bin, 'fonts.tar.br'), tmp),
    ]);
    await chmod(path.join(tmp, 'chromium'), 0o755);
    // The system's fonts when it has any, then the shipped one; paths relative to this file.
    await writeFile(
      path.join(tmp, 'fonts.conf'),
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir prefix="relative">fonts</dir>
</fontconfig>
`,
    );
    await writeFile(
      path.join(tmp, WRAPPER),
      `#!/bin/sh
# Runs the Chromium of ${PACKAGE} ${version} with the libraries and fonts shipped beside it.
dir=$(dirname -- "$0")
LD_LIBRARY_PATH="$dir/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
FONTCONFIG_FILE="$dir/fonts.conf"
export LD_LIBRARY_PATH FONTCONFIG_FILE
exec "$dir/chromium" "$@"
`,
      { mode: 0o755 },
    );
    const probe = await runVersion(path.join(tmp, WRAPPER));
    if (!probe.ok) throw new ChromiumNotFoundError(`the Chromium of ${PACKAGE} ${version} does not run on this machine (${probe.detail})`);
    await writeFile(path.join(tmp, COMPLETE_MARKER), `${probe.detail}\n`);
    await rm(dir, { recursive: true, force: true });
    try {
      await rename(tmp, dir);
    } catch (err) {
      // Another process finished first: use its copy.
      if (!(await exists(path.join(dir, COMPLETE_MARKER)))) throw err;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  // Copies of other package versions (about 200 MB each) are no longer used, nor are the
  // leftovers of a killed run (another process may still be filling a recent one): drop them.
  for (const entry of await readdir(cacheDir)) {
    const p = path.join(cacheDir, entry);
    const abandoned = entry.includes('.tmp-') && Date.now() - (await stat(p)).mtimeMs > 3_600_000;
    if (entry !== version && (!entry.includes('.tmp-') || abandoned)) await rm(p, { recursive: true, force: true });
  }
  log(`${shown(wrapper)} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return wrapper;
}

/** The installed package's folder (its exports hide package.json, so found from its entry point). */
async function packageDir(): Promise<string | undefined> {
  let dir: string;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve(PACKAGE));
  } catch {
    return undefined;
  }
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (manifest && (JSON.parse(manifest) as { name?: string }).name === PACKAGE) return dir;
  }
  return undefined;
}

/** `<exe> --version`: ok with its output, or the first line of what went wrong. */
function runVersion(exe: string): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    execFile(exe, ['--version'], { timeout: 30_000 }, (err, stdout, stderr) => {
      const out = stdout.trim();
      if (!err && /\d+\.\d+/.test(out)) resolve({ ok: true, detail: out });
      else resolve({ ok: false, detail: (stderr.trim() || err?.message || out || 'no version printed').split('\n')[0]!.trim() });
    });
  });
}

/** Extracts a brotli-compressed tar (regular files and folders, as the package ships) into `dest`. */
async function extractTarBr(file: string, dest: string): Promise<void> {
  const tar = await promisify(brotliDecompress)(await readFile(file));
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const mode = Number.parseInt(field(100, 8).trim() || '644', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = header.toString('latin1', 257, 263).startsWith('ustar') ? field(345, 155) : '';
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === 'x' || type === 'g') continue; // pax metadata: nothing the shipped archives need
    const target = path.resolve(dest, name);
    if (target !== dest && !target.startsWith(dest + path.sep)) throw new Error(`${file}: entry ${name} points outside the archive`);
    if (type === '5') await mkdir(target, { recursive: true });
    else if (type === '0' || type === '\0' || type === '7') {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, body, { mode: mode & 0o777 });
    } else throw new Error(`${file}: entry ${name} has tar type ${JSON.stringify(type)}, which this extractor does not handle`);
  }
}

/** A path for messages: relative when inside the repository. */
function shown(p: string): string {
  return p.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, p) : p;
}

async function isExecutableFile(p: string): Promise<boolean> {
  try {
    await access(p, constants.X_OK);
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

// `npm run chromium`: provisions it and prints the path to launch.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { parseCommand, run } = await import('../src/cli/args.js');
  parseCommand({
    name: 'chromium',
    usage: 'npm run chromium',
    description: `Finds or provisions the Chromium of the browser tests and prints its path: CHROMIUM_PATH when set, else the
headless Chromium shipped in the ${PACKAGE} dev dependency (decompressed once into .cache/chromium), else a
system Chromium or Chrome. Drive it over CDP, as the tests do (playwright-core's chromium.launch({ executablePath })):
the shipped build is a headless shell, and its --screenshot and --dump-dom switches do not finish.`,
    options: {},
    examples: ['npm run chromium', 'CHROMIUM_PATH=/usr/bin/chromium npm run chromium'],
  });
  run('chromium', async () => {
    try {
      const { executablePath, source } = await ensureChromium({ log: (msg) => console.error(`[chromium] ${msg}`) });
      console.log(executablePath);
      console.error(`[chromium] from ${source}`);
      return 0;
    } catch (err) {
      if (!(err instanceof ChromiumNotFoundError)) throw err;
      console.error(`chromium: ${err.message}`);
      return 1;
    }
  });
}
