/**
 * Extractor CPU cost on one thread (a benchmark for speed work): `npx tsx bench/extraction-cpu.ts [ROUNDS] [seed|all]`.
 * Extracts the articles of seed/articles (or every snapshot article, see extraction-snapshot.ts)
 * ROUNDS times after a warm-up round and prints articles per CPU-second (process.cpuUsage), overall and
 * the median and best round.
 * Run it under `node --cpu-prof --import tsx` to profile the extractor.
 */
import path from 'node:path';
import { extractArticle } from '../src/extract/index.js';
import { referenceGazetteer, snapshotArticles } from './extraction-snapshot.js';

const rounds = Number(process.argv[2] ?? 5);
const which = process.argv[3] ?? 'seed';
const gazetteer = await referenceGazetteer();
const articles = (await snapshotArticles()).filter(([name]) => which === 'all' || name.startsWith('seed/'));
const run = () => {
  for (const [name, text] of articles) extractArticle(text, gazetteer, { fileName: path.basename(name) });
};
run(); // warm-up
// Timed in blocks of one round: the best block is the steadiest figure on a shared, loaded machine.
const rates: number[] = [];
for (let i = 0; i < rounds; i++) {
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  rates.push(articles.length / ((used.user + used.system) / 1e6));
}
const n = articles.length * rounds;
const overall = n / rates.reduce((sum, r) => sum + articles.length / r, 0);
const sorted = [...rates].sort((a, b) => a - b);
console.log(`${n} articles (${which}): ${overall.toFixed(1)} per CPU-second (rounds: median ${sorted[Math.floor(rounds / 2)]!.toFixed(1)}, best ${sorted.at(-1)!.toFixed(1)})`);
