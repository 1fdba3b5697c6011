/**
 * Several articles per transaction (docs/adr/0013): the graph is the one of writing them one by
 * one; a group with a bad article lands its good ones and nothing of the bad one; re-seeding
 * changes nothing; concurrent writes through the same hub nodes neither deadlock for good nor
 * lose or double a write.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { importBatchSchema, type ImportBatchInput } from '../../src/import/format.js';
import { gazetteerFromStore, seedArticles } from '../../src/seed/articles.js';
import { seedAll } from '../../src/seed/seed.js';
import { ROOT, closeGraph, expectSameGraph, resetGraph, snapshot } from '../helpers/graph.js';

const ARTICLES = path.join(ROOT, 'seed/articles');

afterAll(closeGraph);

async function count(store: Stores, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await store.graph.read({ cypher, params }, { tag: 'test' });
  return row!.n as number;
}

/** An article of a wire service reporting one attack on `date` in `place`, by ISIS on the ISF. */
function wire(n: number, date: string, place = 'place:tuz-khurmatu-district', extra: Partial<ImportBatchInput> = {}) {
  const article = `article:wire-group-${n}`;
  return importBatchSchema.parse({
    origin: 'test',
    articles: [{ id: article, published: date, title: `Attack ${n}`, publisher: 'org:shafaq-news', text: `report ${n}` }],
    events: [
      {
        id: `event:wire-group-${n}`,
        subEventType: 'ATTACK',
        date,
        place,
        perpetrators: ['org:isis'],
        targets: ['force:isf'],
        casualties: [{ actor: 'force:isf', group: 'SECURITY_FORCES', killed: n }],
        sources: [{ article, sentence: `Attack number ${n}.`, confidence: 0.9 }],
      },
    ],
    ...extra,
  });
}

describe('seeding several articles per transaction', () => {
  it('gives the graph of writing them one per transaction, in file order', async () => {
    let store = await resetGraph();
    const alone = await seedAll(store.writes, [ARTICLES], { articlesPerTransaction: 1 });
    expect(alone.articles.failures).toEqual([]);
    const expected = await snapshot(store.graph);

    store = await resetGraph();
    const grouped = await seedAll(store.writes, [ARTICLES], { articlesPerTransaction: 16 });
    expect(grouped.articles.failures).toEqual([]);
    expect(grouped.articles.written).toBe(alone.articles.written);
    expect(grouped.articles.outcomes.map((o) => [o.articleId, o.created])).toEqual(alone.articles.outcomes.map((o) => [o.articleId, o.created]));
    expectSameGraph(await snapshot(store.graph), expected);
  });

  it('changes nothing when the same articles are seeded again, grouped or not', async () => {
    const store = await resetGraph();
    await seedAll(store.writes, [ARTICLES], { articlesPerTransaction: 16, concurrency: 2 });
    const before = await snapshot(store.graph);
    for (const articlesPerTransaction of [16, 1]) {
      const again = await seedAll(store.writes, [ARTICLES], { articlesPerTransaction });
      expect(again.articles.written).toBe(0);
      expect(again.articles.failures).toEqual([]);
      expect(again.articles.unchanged).toBe(again.articles.outcomes.length);
      expectSameGraph(await snapshot(store.graph), before);
    }
  });

  it('lands the good articles of a group with a bad one, and nothing of the bad one', async () => {
    const store = await resetGraph();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-group-'));
    try {
      // Six articles seeded once (their entities are then known), then copies of them published
      // three years later: articles that introduce nothing, on distant dates, so they share
      // transactions. The writer refuses the fifth copy: its event's id is stored as a statement.
      const names = (await readdir(ARTICLES)).filter((f) => /\.(txt|md)$/.test(f)).sort().slice(0, 6);
      await seedArticles(store.writes, names.map((n) => path.join(ARTICLES, n)), await gazetteerFromStore(store.writes));
      const copies = names.map((n) => `copy-${n}`);
      for (const [i, name] of names.entries()) {
        const text = (await readFile(path.join(ARTICLES, name), 'utf8')).replace(/\b(\d{4})(-\d{2}-\d{2})/, (_, y: string, md: string) => `${Number(y) + 3}${md}`);
        await writeFile(path.join(dir, copies[i]!), `${text.trimEnd()}\n\nCopy ${i}.\n`);
      }
      const BAD = 4;
      const bad = copies[BAD]!.replace(/\.(txt|md)$/, '');
      await store.graph.writeTx((tx) => tx.run({ cypher: "CREATE (:Node:Statement {id: $id, kind: 'Statement'})", params: { id: `event:${bad}-1` } }), { tag: 'test' });
      const imports = await count(store, 'MATCH (i:Import) RETURN count(i) AS n');
      // Which groups went to the database together, and which of them were refused (the database is real; this only listens).
      const groups: { articles: string[]; refused: boolean }[] = [];
      const importArticles = store.writes.importArticles.bind(store.writes);
      store.writes.importArticles = async (parts) => {
        const group = { articles: parts.map((p) => p.origin), refused: false };
        groups.push(group);
        return importArticles(parts).catch((error: unknown) => {
          group.refused = true;
          throw error;
        });
      };

      const report = await seedArticles(store.writes, copies.map((n) => path.join(dir, n)), await gazetteerFromStore(store.writes), { articlesPerTransaction: 16 });
      expect(groups.find((g) => g.articles.includes(copies[BAD]!))).toMatchObject({ refused: true });
      expect(groups.find((g) => g.articles.includes(copies[BAD]!))!.articles.length).toBeGreaterThan(2);
      expect(report.failures.map((f) => path.basename(f.file))).toEqual([copies[BAD]]);
      expect(report.failures[0]!.problems.join(' ')).toContain('is stored as a Statement, not a Event');
      expect(report.written).toBe(5);
      // Nothing of the bad one: no article, no event, no provenance, no digest.
      expect(await count(store, 'MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: `article:${bad}` })).toBe(0);
      expect(await count(store, 'MATCH (e:Event) WHERE e.id STARTS WITH $p RETURN count(e) AS n', { p: `event:${bad}` })).toBe(0);
      expect(await count(store, 'MATCH ()-[r]->() WHERE any(s IN r.sources WHERE s = $id) RETURN count(r) AS n', { id: `article:${bad}` })).toBe(0);
      expect(await count(store, 'MATCH (i:Import) RETURN count(i) AS n')).toBe(imports + 5);
      // The good ones whole: each with its publisher and what it reports.
      for (const name of copies.filter((n) => n !== copies[BAD])) {
        const id = `article:${name.replace(/\.(txt|md)$/, '')}`;
        expect(await count(store, 'MATCH (:Node)-[:PUBLISHED]->(a:Article {id: $id}) RETURN count(a) AS n', { id })).toBe(1);
        expect(await count(store, 'MATCH (a:Article {id: $id})-[:REPORTS]->() RETURN count(a) AS n', { id })).toBeGreaterThan(0);
      }
      expect(await count(store, 'MATCH (n:CreatedHere) RETURN count(n) AS n')).toBe(0);

      // Once the obstacle is gone, the bad one lands too, and the others are unchanged.
      await store.graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n:Node {id: $id}) DETACH DELETE n', params: { id: `event:${bad}-1` } }), { tag: 'test' });
      const again = await seedArticles(store.writes, copies.map((n) => path.join(dir, n)), await gazetteerFromStore(store.writes), { articlesPerTransaction: 16 });
      expect(again.failures).toEqual([]);
      expect(again.written).toBe(1);
      expect(again.unchanged).toBe(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes a group in one transaction, all or nothing', async () => {
    const store = await resetGraph();
    const good = [wire(1, '2023-01-01'), wire(2, '2023-02-01'), wire(3, '2023-03-01')];
    const results = await store.writes.importArticles(good.map((batch, i) => ({ batch, digest: `digest-${i}`, origin: `wire-${i}` })));
    expect(results.map((r) => r.skipped)).toEqual([false, false, false]);
    expect(results.map((r) => r.created.sort())).toEqual([1, 2, 3].map((n) => [`article:wire-group-${n}`, `event:wire-group-${n}`]));
    expect(results[1]!.linked).toEqual(expect.arrayContaining(['org:isis', 'force:isf', 'org:shafaq-news', 'place:tuz-khurmatu-district']));

    // A group whose last article names an unknown id: nothing of any of them is written.
    const before = await snapshot(store.graph);
    const broken = [wire(4, '2023-04-01'), wire(5, '2023-05-01'), wire(6, '2023-06-01', 'place:nowhere-at-all')];
    await expect(store.writes.importArticles(broken.map((batch, i) => ({ batch, digest: `digest-b${i}`, origin: `wire-b${i}` })))).rejects.toThrow(/place:nowhere-at-all/);
    expectSameGraph(await snapshot(store.graph), before);

    // The same digests again: skipped, nothing changes.
    const again = await store.writes.importArticles(good.map((batch, i) => ({ batch, digest: `digest-${i}`, origin: `wire-${i}` })));
    expect(again.map((r) => r.skipped)).toEqual([true, true, true]);
    expectSameGraph(await snapshot(store.graph), before);
  });
});

describe('concurrent writes through the same hub nodes', () => {
  it('land every article, once, whatever the grouping and the order they start in', async () => {
    const store = await resetGraph();
    // 24 articles, all published by one publisher, all about ISIS attacking the ISF in one
    // district, on distant days (so no two are one incident), written 4 transactions at a time
    // in groups of 1 to 5, starting in a shuffled order.
    const batches = Array.from({ length: 24 }, (_, i) => wire(i + 1, new Date(Date.UTC(2020, 0, 1 + 20 * i)).toISOString().slice(0, 10)));
    const order = [...batches.keys()].sort((a, b) => ((a * 7) % 24) - ((b * 7) % 24));
    const groups: number[][] = [];
    for (let i = 0, size = 1; i < order.length; i += size, size = (size % 5) + 1) groups.push(order.slice(i, i + size));
    const write = (g: number[]) =>
      g.length === 1
        ? store.writes.importBatch(batches[g[0]!]!, { overwrite: false, digest: `hub-${g[0]}`, origin: `hub-${g[0]}` }).then((r) => [r])
        : store.writes.importArticles(g.map((i) => ({ batch: batches[i]!, digest: `hub-${i}`, origin: `hub-${i}` })));
    const queue = [...groups];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let g = queue.shift(); g; g = queue.shift()) await write(g);
    }));

    const hub = async (cypher: string) => count(store, cypher);
    expect(await hub("MATCH (:Node {id: 'org:shafaq-news'})-[r:PUBLISHED]->(:Article) RETURN count(r) AS n")).toBe(24);
    expect(await hub("MATCH (:Node {id: 'org:isis'})-[r:PERPETRATED]->(:Event) RETURN count(r) AS n")).toBe(24);
    expect(await hub("MATCH (:Event)-[r:TARGETED]->(:Node {id: 'force:isf'}) RETURN count(r) AS n")).toBe(24);
    expect(await hub("MATCH (:Event)-[r:OCCURRED_IN]->(:Node {id: 'place:tuz-khurmatu-district'}) RETURN count(r) AS n")).toBe(24);
    expect(await hub('MATCH (e:Event) WHERE e.id STARTS WITH "event:wire-group-" AND e.fatalities > 0 AND e.location IS NOT NULL RETURN count(e) AS n')).toBe(24);
    expect(await hub('MATCH (n:CreatedHere) RETURN count(n) AS n')).toBe(0);
  });

  it('give one relationship, with both sources, when two writes create the same entity at once', async () => {
    for (let round = 0; round < 4; round++) {
      const store = await resetGraph();
      const person = `person:hub-race-${round}`;
      const article = (n: number) =>
        importBatchSchema.parse({
          origin: 'test',
          articles: [{ id: `article:race-${round}-${n}`, published: `2023-0${n}-01`, publisher: 'org:shafaq-news', text: `race ${n}` }],
          entities: [
            {
              id: person,
              kind: 'Person',
              name: `Race Person ${round}`,
              memberOf: ['force:isf'],
              sources: [{ article: `article:race-${round}-${n}`, sentence: `Sentence ${n}.` }],
            },
          ],
        });
      // Two, three or four writers; in groups and alone; started together.
      const writers = Array.from({ length: 2 + (round % 3) }, (_, n) => n + 1);
      await Promise.all(
        writers.map((n) =>
          n % 2 ? store.writes.importBatch(article(n), { overwrite: false, digest: `race-${round}-${n}`, origin: 'race' }) : store.writes.importArticles([{ batch: article(n), digest: `race-${round}-${n}`, origin: 'race' }]),
        ),
      );
      const rows = await store.graph.read(
        { cypher: "MATCH (:Node {id: $person})-[r:MEMBER_OF]->(:Node {id: 'force:isf'}) RETURN count(r) AS n, collect(r.sources) AS sources", params: { person } },
        { tag: 'test' },
      );
      expect(rows[0]!.n).toBe(1);
      expect(((rows[0]!.sources as string[][])[0] ?? []).sort()).toEqual(writers.map((n) => `article:race-${round}-${n}`).sort());
      expect(await count(store, 'MATCH (p:Person {id: $person}) RETURN count(p) AS n', { person })).toBe(1);
      expect(await count(store, 'MATCH (:Article)-[r:MENTIONS]->(:Person {id: $person}) RETURN count(r) AS n', { person })).toBe(writers.length);
    }
  });
});
