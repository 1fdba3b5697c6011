/**
 * Fails when src/graphql/generated/resolvers-types.ts is not what `npm run codegen` would write
 * from the current schema/ (run in `npm test`, so CI catches stale generated types).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

const outputs = await generate({ ...config, silent: true }, false);
let stale = 0;
for (const output of outputs) {
  const current = await readFile(path.resolve(output.filename), 'utf8').catch(() => '');
  if (current !== output.content) {
    stale += 1;
    process.stderr.write(`${output.filename} is stale: run \`npm run codegen\` and commit the result\n`);
  }
}
if (stale) process.exit(1);
process.stdout.write(`generated types are up to date (${outputs.length} file)\n`);
