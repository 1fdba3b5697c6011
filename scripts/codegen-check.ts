/**
 * Fails when src/graphql/generated/resolvers-types.ts is not what `npm run codegen` would write
 * from the current schema/ (run in `npm test`, so CI catches stale generated types).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommand } from '../src/cli/args.js';
import config from '../codegen.js';

parseCommand({
  name: 'codegen:check',
  usage: 'npm run codegen:check',
  description: `Checks that the generated resolver types (src/graphql/generated/) are what \`npm run codegen\`
would write from schema/ now; exits 1, naming each stale file, when they are not.`,
  options: {},
  examples: ['npm run codegen:check || npm run codegen'],
});
// Loaded after the arguments are checked: the code generator takes seconds to load.
const { generate } = await import('@graphql-codegen/cli');

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
