/** The example operations of examples/ (one per design question), for the playground. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES_DIR } from './assets.js';

export interface Example {
  name: string;
  title: string;
  query: string;
  variables: string;
}

let cached: Example[] | undefined;

export function loadExamples(dir = EXAMPLES_DIR): Example[] {
  if (cached) return cached;
  cached = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(path.join(dir, file), 'utf8');
      const variablesFile = path.join(dir, file.replace(/\.graphql$/, '.variables.json'));
      let variables = '{}';
      try {
        variables = readFileSync(variablesFile, 'utf8').trim();
      } catch {
        // no variables for this example
      }
      const title = /^#\s*(.+)$/m.exec(query)?.[1]?.trim() ?? file;
      return { name: file.replace(/\.graphql$/, ''), title, query, variables };
    });
  return cached;
}
