/**
 * npm run quality:variations [-- --verbose]: the variation cases of tests/corpus/variations.ts
 * (one incident told with one part changed at a time), passed per dimension; --verbose lists each
 * failed case with what the extractor got.
 */
import { Gazetteer } from '../src/extract/index.js';
import { runVariations, shippedReference, tally, variationCases } from '../tests/corpus/variations.js';

const verbose = process.argv.includes('--verbose');
// Piped into `head`: stop quietly when the reader closes.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const reference = await shippedReference();
const results = runVariations(variationCases(reference), Gazetteer.fromEntities(reference), reference);
for (const [dimension, { passed, total }] of tally(results)) console.log(`${dimension.padEnd(12)} ${String(passed).padStart(3)}/${total}`);
if (verbose) {
  for (const r of results.filter((x) => x.problems.length)) console.log(`- ${r.case.dimension} · ${r.case.name}: ${r.problems.join('; ')}\n    ${r.case.text}`);
}
