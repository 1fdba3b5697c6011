/** The example operations in examples/ (shown in README and the playground), for tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './graph.js';

export function example(name: string): { query: string; variables: Record<string, unknown> } {
  const base = path.join(ROOT, 'examples', name);
  return {
    query: readFileSync(`${base}.graphql`, 'utf8'),
    variables: JSON.parse(readFileSync(`${base}.variables.json`, 'utf8')) as Record<string, unknown>,
  };
}
