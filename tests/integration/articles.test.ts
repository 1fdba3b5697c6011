/**
 * Seeding from articles: the seed article read by the extractor into a graph holding only the
 * reference entities, idempotence, two reports of one event, bad files, and the ingest mutation.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { articleFiles, seedAll } from '../../src/seed/seed.js';
import { EDITOR_KEY, execute, query } from '../helpers/apollo.js';
import { ROOT, closeGraph, resetGraph, snapshot, testGraph } from '../helpers/graph.js';

const ARTICLES = path.join(ROOT, 'seed/articles');
const SEED_ARTICLE = path.join(ARTICLES, '2021-12-04-shafaq-makhmour-attack-reactions.txt');
const ARTICLE_ID = 'article:2021-12-04-shafaq-makhmour-attack-reactions';

afterAll(closeGraph);

describe('the seed article, read by the extractor', () => {
  let store: Stores;
  beforeAll(async () => {
    store = await resetGraph();
    const { articles } = await seedAll(store.writes, [SEED_ARTICLE]);
    expect(articles.failures).toEqual([]);
    expect(articles.written).toBe(1);
  });

  it('holds the ISIS attack of 2021-12-03 in Makhmour district, in Iraq, killing 10 Peshmerga and 3 civilians', async () => {
    const data = await query(
      store,
      `{ events(filter: { placeId: "place:iraq" }) { totalCount nodes {
          date subEventType perpetrators { id } targets { id } placePath { id }
          casualties { group actor { id } killed { best } }
          sources { sentence article { id } } } } }`,
    );
    expect(data.events.totalCount).toBe(1);
    const [event] = data.events.nodes;
    expect(event.date).toBe('2021-12-03');
    expect(event.perpetrators).toEqual([{ id: 'org:isis' }]);
    expect(event.targets).toContainEqual({ id: 'force:peshmerga' });
    expect(event.placePath.map((p: any) => p.id)).toEqual(expect.arrayContaining(['place:makhmour-district', 'place:erbil-governorate', 'place:iraq']));
    expect(event.casualties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: { id: 'force:peshmerga' }, killed: { best: 10 } }),
        expect.objectContaining({ group: 'CIVILIANS', killed: { best: 3 } }),
      ]),
    );
    expect(event.sources[0].article.id).toBe(ARTICLE_ID);
    expect(event.sources[0].sentence.length).toBeGreaterThan(20);
  });

  it('holds the reactions with their speakers, stances and evidence sentences', async () => {
    const data = await query(store, `{ statements(first: 50) { nodes { stance speaker { id } toward { id } about { id } sources { sentence } } } }`);
    const said = data.statements.nodes.map((s: any) => `${s.speaker.id} ${s.stance}${s.toward.length ? ` toward ${s.toward.map((t: any) => t.id).join('+')}` : ''}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'org:us-state-department CONCERN',
        'org:us-state-department CONDOLENCE',
        expect.stringMatching(/^org:us-state-department SUPPORT toward force:isf/),
        'org:bahrain-foreign-ministry CONDEMNATION',
        'org:bahrain-foreign-ministry SOLIDARITY toward gov:iraq',
        'org:egypt-foreign-ministry SOLIDARITY toward gov:iraq',
        'org:egypt-foreign-ministry SUPPORT toward gov:iraq',
        'gov:qatar CONDEMNATION',
        'gov:qatar SOLIDARITY toward gov:iraq',
        'gov:jordan CONDEMNATION',
        'gov:jordan SOLIDARITY toward gov:iraq',
        'person:masrour-barzani CALL_FOR_ACTION',
      ]),
    );
    for (const s of data.statements.nodes) expect(s.sources[0].sentence).toBeTruthy();
    const condemnations = data.statements.nodes.filter((s: any) => s.stance === 'CONDEMNATION');
    for (const c of condemnations) expect(c.about[0].id).toMatch(/^event:/);
  });

  it("gives Masrour Barzani's office and call for cooperation, with the sentence", async () => {
    const data = await query(store, `{ node(id: "person:masrour-barzani") { ... on Person { offices { title of { id } sources { sentence } } statements { stance sources { sentence } } } } }`);
    // The article's "Kurdistan's Prime Minister" is recorded as a source of the office he holds.
    expect(data.node.offices).toEqual([
      { title: 'Prime Minister of the Kurdistan Region', of: { id: 'gov:krg' }, sources: [{ sentence: expect.stringContaining("Kurdistan's Prime Minister Masrour Barzani") }] },
    ]);
    expect(data.node.statements[0].sources[0].sentence).toContain('called for greater security cooperation');
  });

  it('records the Iraqi forces and the PMF acting against ISIS, and Makhmour placed relative to Mosul and Erbil', async () => {
    const opposes = await query(store, `{ facts(object: "org:isis", type: OPPOSES) { from { id } sources { sentence } } }`);
    expect(opposes.facts.map((f: any) => f.from.id).sort()).toEqual(['force:isf', 'force:pmf']);
    expect(opposes.facts[0].sources[0].sentence).toContain('Popular Mobilization Forces launched various operations against ISIS');
    const near = await query(store, `{ facts(subject: "place:makhmour", type: NEAR) { to { id } properties sources { sentence } } }`);
    const byTarget = Object.fromEntries(near.facts.map((f: any) => [f.to.id, f.properties]));
    expect(byTarget['place:mosul']).toMatchObject({ distanceKm: 70, direction: 'southeast' });
    expect(byTarget['place:erbil']).toMatchObject({ distanceKm: 60, direction: 'southwest' });
  });

  it('links the article to its publisher and to every entity it mentions', async () => {
    const data = await query(store, `query ($id: ID!) { node(id: $id) { ... on Article { published publisher { id } mentions { id } } } }`, { id: ARTICLE_ID });
    expect(data.node.published).toBe('2021-12-04');
    expect(data.node.publisher).toEqual({ id: 'org:shafaq-news' });
    expect(data.node.mentions.map((m: any) => m.id)).toEqual(expect.arrayContaining(['org:isis', 'force:peshmerga', 'place:makhmour', 'person:masrour-barzani', 'force:pmf']));
  });

  it('changes nothing when seeded again', async () => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const again = await seedAll(store.writes, [SEED_ARTICLE]);
    expect(again.articles).toMatchObject({ written: 0, unchanged: 1 });
    expect(await snapshot(graph)).toBe(before);
  });
});

describe('the sample articles', () => {
  let store: Stores;
  beforeAll(async () => {
    store = await resetGraph();
  });

  it('seed without failures, and reports of one event from several outlets become one event with every figure', async () => {
    const { articles } = await seedAll(store.writes, [ARTICLES]);
    expect(articles.failures).toEqual([]);
    expect(articles.written).toBe((await articleFiles([ARTICLES])).length);
    const data = await query(
      store,
      `{ events(filter: { dates: { from: "2023-01-15", to: "2023-01-17" }, eventTypes: [BATTLES] }) { nodes { id sources { article { id } } fatalities { best low high sources } claims { killed source { article { id } } } } } }`,
    );
    const mutaibija = data.events.nodes.find((e: any) => e.sources.length >= 2);
    expect(mutaibija).toBeDefined();
    expect(mutaibija.sources.map((s: any) => s.article.id)).toEqual(
      expect.arrayContaining(['article:2023-01-17-reuters-mutaibija-checkpoint-attack', 'article:2023-01-18-kurdistan24-mutaibija-attack-officer-killed']),
    );
    expect(mutaibija.fatalities.low).toBeLessThan(mutaibija.fatalities.high);
    expect(mutaibija.fatalities.sources).toBeGreaterThanOrEqual(2);
  });

  it('never creates a second node for an entity named by an alias', async () => {
    const { graph } = await testGraph();
    const rows = await graph.read({ cypher: 'MATCH (n:Entity) WITH toLower(n.name) AS name, collect(n.id) AS ids WHERE size(ids) > 1 AND NOT any(i IN ids WHERE i STARTS WITH "gov:") RETURN name, ids', params: {} }, { tag: 'test' });
    expect(rows).toEqual([]);
    const isis = await query(store, `{ search(query: "Daesh") { entity { id } } }`);
    expect(isis.search[0].entity.id).toBe('org:isis');
  });
});

describe('bad article files', () => {
  let dir: string;
  beforeEach(async () => {
    await resetGraph();
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bad-'));
    await writeFile(path.join(dir, 'a-empty.txt'), '');
    await writeFile(path.join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
    await writeFile(path.join(dir, 'c-huge.txt'), `---\npublished: 2022-01-01\n---\n${'Soldiers were killed. '.repeat(60_000)}`);
    await writeFile(path.join(dir, 'd-broken.md'), '---\ntitle: "unclosed\npublished: 2022-01-01\n---\nText.');
    await writeFile(path.join(dir, 'e-no-date.md'), '---\ntitle: No date\n---\nGunmen attacked a checkpoint in Tarmiyah on Tuesday, killing two soldiers.');
    await writeFile(path.join(dir, 'f-arabic.txt'), `date 2022-05-01 Shafaq News/ ${'قتل جنديان في هجوم على نقطة تفتيش في كركوك. '.repeat(10)}`);
    await writeFile(path.join(dir, 'g-latin1.txt'), Buffer.from('date 2022-05-01 Rudaw/ Caf\xe9 owners in Erbil protested on Sunday.', 'latin1'));
    await writeFile(
      path.join(dir, 'h-good.md'),
      '---\npublished: 2022-05-03\nsource: Rudaw\n---\nGunmen attacked a checkpoint in Tarmiyah district on Monday, killing two soldiers, a security source said.',
    );
  });

  it('names each file and its problem, writes the good one, and leaves no trace of the others', async () => {
    const { store } = await testGraph();
    const { articles } = await seedAll(store.writes, [dir]);
    const problems = Object.fromEntries(articles.failures.map((f) => [path.basename(f.file), f.problems.join(' ')]));
    expect(problems).toEqual({
      'a-empty.txt': 'is empty',
      'b-binary.txt': expect.stringContaining('binary'),
      'c-huge.txt': expect.stringMatching(/is 1\.3 MB; the limit is 1\.0 MB/),
      'd-broken.md': expect.stringContaining('front matter'),
      'e-no-date.md': expect.stringContaining('no publication date'),
      'f-arabic.txt': expect.stringContaining('English'),
      'g-latin1.txt': expect.stringContaining('UTF-8'),
    });
    expect(articles.written).toBe(1);
    const data = await query(store, `{ articles { totalCount nodes { id } } events { nodes { date place { id } } } }`);
    expect(data.articles.nodes).toEqual([{ id: 'article:h-good' }]);
    expect(data.events.nodes).toEqual([{ date: '2022-05-02', place: { id: 'place:tarmiyah-district' } }]);
  });
});

describe('ingestArticle', () => {
  const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
    articleId skipped created { id } linked { id } events { id date place { id } } statements { stance speaker { id } } summary { nodesCreated } warnings extracted } }`;
  const text = 'SINJAR, Iraq (Reuters) - A Turkish drone struck a car near the village of Kani Sarki in Sinjar district on Sunday, killing two fighters, local officials said. The Iraqi Foreign Ministry condemned the strike.';

  beforeEach(async () => {
    await resetGraph();
  });

  it('extracts and writes one article, returning what it created and linked', async () => {
    const { store } = await testGraph();
    const result = await execute(store, INGEST, { input: { text, published: '2022-08-15' } }, { token: EDITOR_KEY });
    expect(result.errors).toBeUndefined();
    const r = result.data!.ingestArticle;
    expect(r.skipped).toBe(false);
    expect(r.created.map((n: any) => n.id)).toEqual(expect.arrayContaining([r.articleId, 'place:kani-sarki']));
    expect(r.linked.map((n: any) => n.id)).toEqual(expect.arrayContaining(['place:sinjar-district']));
    expect(r.events).toEqual([{ id: expect.any(String), date: '2022-08-14', place: { id: 'place:kani-sarki' } }]);
    const again = await execute(store, INGEST, { input: { text, published: '2022-08-15' } }, { token: EDITOR_KEY });
    expect(again.data!.ingestArticle.skipped).toBe(true);
  });

  it('stores the article URL as given, and refuses one that is not http(s) before writing anything', async () => {
    const { graph, store } = await testGraph();
    const READ_URL = `query ($id: ID!) { node(id: $id) { ... on Article { url } } }`;
    const ok = await execute(store, INGEST, { input: { text, published: '2022-08-15', url: 'https://example.org/news/kani-sarki?x=1' } }, { token: EDITOR_KEY });
    expect(ok.errors).toBeUndefined();
    const stored = await execute(store, READ_URL, { id: ok.data!.ingestArticle.articleId });
    expect(stored.data!.node).toEqual({ url: 'https://example.org/news/kani-sarki?x=1' });

    await resetGraph();
    const before = await snapshot(graph);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'not a url']) {
      const refused = await execute(store, INGEST, { input: { text, published: '2022-08-15', url } }, { token: EDITOR_KEY });
      expect(refused.errors?.[0]?.message, url).toMatch(/URL/);
    }
    expect(await snapshot(graph)).toBe(before);
  });

  it('refuses a source, title or url longer than the graph can hold, naming the argument, before writing anything', async () => {
    const { graph, store } = await testGraph();
    const before = await snapshot(graph);
    for (const [field, value] of [['source', 'x'.repeat(100_000)], ['title', 't'.repeat(1001)], ['url', `https://example.org/${'a'.repeat(2000)}`]] as const) {
      const refused = await execute(store, INGEST, { input: { text, published: '2022-08-15', [field]: value } }, { token: EDITOR_KEY });
      expect(refused.errors?.[0], field).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problem: 'too-long', argument: `input.${field}` } });
      expect(refused.errors?.[0]?.message, field).toMatch(new RegExp(`^input\\.${field} is \\d+ characters long; the limit is \\d+$`));
    }
    expect(await snapshot(graph)).toBe(before);
    const atLimit = await execute(store, INGEST, { input: { text, published: '2022-08-15', source: 'S'.repeat(300) } }, { token: EDITOR_KEY });
    expect(atLimit.errors).toBeUndefined();
  });

  it('writes nothing on a dry run', async () => {
    const { graph, store } = await testGraph();
    const before = await snapshot(graph);
    const result = await execute(store, INGEST, { input: { text, published: '2022-08-15', dryRun: true } }, { token: EDITOR_KEY });
    expect(result.data!.ingestArticle.extracted.events).toHaveLength(1);
    expect(result.data!.ingestArticle.created).toEqual([]);
    expect(await snapshot(graph)).toBe(before);
  });

  it('refuses an article without a date, naming the problem, and needs a token', async () => {
    const { store } = await testGraph();
    const noDate = await execute(store, INGEST, { input: { text: 'Gunmen attacked a checkpoint.' } }, { token: EDITOR_KEY });
    expect(noDate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problem: 'no-date' } });
    const anonymous = await execute(store, INGEST, { input: { text, published: '2022-08-15' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
