/**
 * A worker thread that extracts articles for the API (see extraction-pool.ts), so a large article
 * never holds up the event loop that answers every other client. It keeps the gazetteer it was
 * last sent and is sent a new one only when the graph's entities changed.
 */
import { parentPort } from 'node:worker_threads';
import { ArticleError, decodeText, extractArticle, Gazetteer, type GazetteerEntry } from '../extract/index.js';
import type { ExtractJob, ExtractReply } from './extraction-pool.js';

let gazetteer: { version: number; value: Gazetteer } | null = null;

function handle(job: ExtractJob): ExtractReply {
  try {
    if (job.gazetteer) gazetteer = { version: job.gazetteer.version, value: new Gazetteer(job.gazetteer.entries as GazetteerEntry[]) };
    if (!gazetteer || gazetteer.version !== job.gazetteerVersion) throw new Error('the worker has no gazetteer of the version asked for');
    const text = decodeText(new TextEncoder().encode(job.text), job.options.maxBytes);
    const result = extractArticle(text, gazetteer.value, job.options);
    return { id: job.id, ok: true, result };
  } catch (error) {
    if (error instanceof ArticleError) return { id: job.id, ok: false, articleError: { problem: error.problem, message: error.message } };
    return { id: job.id, ok: false, message: (error as Error).stack ?? String(error) };
  }
}

parentPort!.on('message', (job: ExtractJob) => parentPort!.postMessage(handle(job)));
