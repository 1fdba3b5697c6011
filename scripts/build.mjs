/**
 * `npm run build` (and before `npm start`): compiles src/ to plain JavaScript in dist/, one file
 * per source file (no bundling), so production runs under node itself and signals reach the
 * server directly. Transpiles only: `npm run typecheck` (part of `npm test`) checks the types.
 * Takes well under a second.
 */
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const out = path.join(root, 'dist');

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: npm run build\n\nCompiles src/ into dist/ (JavaScript, ES modules, source maps); npm start runs it first.\n\nExample:\n  npm run build && node dist/main.js\n');
  process.exit(0);
}
const unknown = process.argv.slice(2).find((a) => a !== '--help' && a !== '-h');
if (unknown) {
  process.stderr.write(`build: unknown argument ${unknown} (see --help)\n`);
  process.exit(2);
}

const entryPoints = (await readdir(src, { recursive: true }))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => path.join(src, f));

const started = performance.now();
await rm(out, { recursive: true, force: true });
await build({ entryPoints, outdir: out, outbase: src, platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning' });
process.stderr.write(`build: ${entryPoints.length} files into dist/ in ${Math.round(performance.now() - started)} ms\n`);
