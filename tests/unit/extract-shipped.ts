/**
 * The extractor run against the shipped reference (seed/reference), for unit tests written in new wording: call
 * `shippedReference()` at the top of a test file; it loads the reference once before the file's tests.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll } from 'vitest';
import { extractArticle, Gazetteer } from '../../src/extract/index.js';
import type { ImportBatch } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';
import { article, ref } from './extract-fixtures.js';

let loading: Promise<Gazetteer> | undefined;

async function load(): Promise<Gazetteer> {
  const dir = path.resolve(import.meta.dirname, '../../seed/reference');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  return Gazetteer.fromEntities(combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities);
}

export function shippedReference() {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await (loading ??= load());
  });
  const extract = (text: string, published = '2024-03-12', source?: string): ImportBatch => extractArticle(article(text, published, source), gazetteer, { fileName: 'test.md' }).batch;
  /** Each event's type, date, place, sides and casualties. */
  const events = (text: string, published?: string) =>
    extract(text, published).events.map((e) => ({ type: e.subEventType, date: e.date, place: e.place ? ref(e.place) : '-', by: (e.perpetrators ?? []).map(ref), on: (e.targets ?? []).map(ref), casualties: e.casualties ?? [] }));
  /** Each event's casualty groups as sorted lines: "SECURITY_FORCES/force:pmf killed 7", "CIVILIANS killed 1 injured 2". */
  const tolls = (text: string, published?: string) =>
    events(text, published).map((e) => e.casualties.map((c) => `${c.group}${c.actor ? `/${c.actor}` : ''} ${['killed', 'injured', 'arrested', 'abducted'].filter((m) => (c as Record<string, unknown>)[m] !== undefined).map((m) => `${m} ${(c as Record<string, unknown>)[m]}`).join(' ')}`).sort());
  return { extract, events, tolls };
}
