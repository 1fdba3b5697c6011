/**
 * How extraction time grows with an article's length: `npm run -s bench:long-articles [-- KB,KB,...]`.
 * Joins development articles (front matter cut) into one body of each size up to ARTICLE_MAX_BYTES, extracts it once on
 * this thread, and prints seconds and milliseconds per kB. A cost that grows faster than the text shows as a rising
 * ms/kB; the curator's API call (`ingestArticle`) must finish within QUERY_TIMEOUT_MS for the largest article it accepts.
 */
import { extractArticle } from '../src/extract/index.js';
import { referenceGazetteer, snapshotArticles } from './extraction-snapshot.js';

const sizes = (process.argv[2] ?? '10,100,300,900').split(',').map(Number);
if (sizes.some((kb) => !Number.isInteger(kb) || kb < 1)) throw new Error(`sizes must be whole kB, comma-separated (got "${process.argv[2]}")`);
const gazetteer = await referenceGazetteer();
const bodies = (await snapshotArticles()).filter(([name]) => name.startsWith('tests/')).map(([, text]) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));

extractArticle(`---\npublished: 2023-05-01\ntitle: Warm-up\n---\n${bodies.slice(0, 20).join('\n\n')}`, gazetteer, { fileName: 'warm-up.md' });
for (const kb of sizes) {
  let body = '';
  for (let i = 0; body.length < kb * 1000; i++) body += `${bodies[i % bodies.length]}\n\n`;
  const started = performance.now();
  const { batch } = extractArticle(`---\npublished: 2023-05-01\ntitle: Long\n---\n${body}`, gazetteer, { fileName: 'long.md' });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${kb} kB: ${seconds.toFixed(2)} s (${((seconds * 1000) / kb).toFixed(1)} ms/kB), ${batch.events.length} events, ${batch.statements.length} statements`);
}
