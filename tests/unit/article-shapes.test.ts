/**
 * One article in two shapes: with front matter, and pasted as plain text (its headline on the first
 * line, then the date as an outlet prints it, then the story). The extracted events must not
 * depend on the shape. Development articles of dev2-dev9 only (never a held-out set).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { extractArticle, Gazetteer } from '../../src/extract/index.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
let gazetteer: Gazetteer;
let articles: { name: string; text: string; plain: string }[];

beforeAll(async () => {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  gazetteer = Gazetteer.fromEntities(combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities);
  articles = [];
  for (const set of ['dev2', 'dev5', 'dev8']) {
    const folder = path.join(ROOT, 'tests/corpus', set, 'articles');
    let taken = 0;
    for (const name of (await readdir(folder)).sort()) {
      const text = await readFile(path.join(folder, name), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      const meta = m ? (parseYaml(m[1]!) as { title?: string; published: string | Date }) : null;
      if (!m || !meta?.title) continue;
      if (taken++ === 6) break;
      const [y, mo, d] = (meta.published instanceof Date ? meta.published.toISOString() : String(meta.published)).slice(0, 10).split('-').map(Number);
      articles.push({ name: `${set}/${name}`, text, plain: `${meta.title}\n${MONTHS[mo! - 1]} ${d}, ${y}\n\n${text.slice(m[0].length).trimStart()}` });
    }
  }
});

const events = (text: string) =>
  extractArticle(text, gazetteer, { fileName: 'shape.md' }).batch.events.map((e) => ({ type: e.subEventType, date: e.date, place: e.place, by: e.perpetrators, casualties: e.casualties }));

describe('an article pasted as plain text', () => {
  it('gives the events it gives with front matter', () => {
    expect(articles.length).toBe(18);
    for (const a of articles) {
      const given = events(a.text);
      expect(given.length, a.name).toBeGreaterThan(0);
      expect(events(a.plain), a.name).toEqual(given);
    }
  });
});
