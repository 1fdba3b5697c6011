/** Worker for bench/extraction.ts: extracts the articles it is sent and replies with their count. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle, Gazetteer } from '../src/extract/index.js';

const gazetteer = Gazetteer.fromEntities(JSON.parse((workerData as { entitiesJson: string }).entitiesJson));
parentPort!.on('message', (articles: { name: string; text: string }[]) => {
  for (const a of articles) extractArticle(a.text, gazetteer, { fileName: a.name });
  parentPort!.postMessage(articles.length);
});
