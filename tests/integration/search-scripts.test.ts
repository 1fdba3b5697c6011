/**
 * Names in every script: full-text search finds entities by their Arabic or Kurdish names however
 * they are spelt (diacritics, tatweel, hamza, ta marbuta, alef maksura, Persian and Kurdish letter
 * variants), Latin search works as before, curator edits keep the folded names in step, the
 * migration folds entities written before, and Arabic-only names get ids of their own. The
 * entities are this file's own (not the reference data), written through the import format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrations.js';
import type { Stores } from '../../src/db/stores.js';
import type { Graph } from '../../src/db/graph.js';
import { importBatchSchema } from '../../src/import/format.js';
import { EDITOR_KEY, execute, query } from '../helpers/apollo.js';
import { closeGraph, testGraph } from '../helpers/graph.js';

let store: Stores;
let graph: Graph;

const BATCH = importBatchSchema.parse({
  entities: [
    { id: 'place:t-iraq', kind: 'Place', name: 'Iraq', aliases: ['العراق'], placeType: 'COUNTRY' },
    { id: 'place:t-mosul', kind: 'Place', name: 'Mosul', aliases: ['الموصل', 'مووسڵ', 'Mawsil'], placeType: 'CITY', locatedIn: 'place:t-iraq' },
    { id: 'place:t-mosul-dam', kind: 'Place', name: 'Mosul Dam', aliases: ['سد الموصل', 'Mosul Dam Lake'], placeType: 'SITE', locatedIn: 'place:t-iraq' },
    { id: 'place:t-erbil', kind: 'Place', name: 'Erbil', aliases: ['أربيل', 'هەولێر', 'Hewlêr'], placeType: 'CITY', locatedIn: 'place:t-iraq' },
    { id: 'place:t-basra', kind: 'Place', name: 'Basra', aliases: ['البصرة'], placeType: 'CITY', locatedIn: 'place:t-iraq' },
    { id: 'place:t-diyala', kind: 'Place', name: 'Diyala Governorate', aliases: ['ديالى', 'محافظة ديالى'], placeType: 'GOVERNORATE', locatedIn: 'place:t-iraq' },
    { id: 'place:t-kirkuk', kind: 'Place', name: 'Kirkuk', aliases: ['كركوك', 'کەرکووک'], placeType: 'CITY', locatedIn: 'place:t-iraq' },
    { id: 'org:t-isis', kind: 'Organization', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh', 'داعش'], organizationType: 'ARMED_GROUP' },
    { id: 'force:t-pmf', kind: 'Force', name: 'Popular Mobilization Forces', aliases: ['PMF', 'Hashd al-Shaabi', 'الحشد الشعبي'], forceType: 'PARAMILITARY' },
    { id: 'force:t-peshmerga', kind: 'Force', name: 'Peshmerga', aliases: ['پێشمەرگە', 'البيشمركة'], forceType: 'MILITARY' },
  ],
});

async function top(text: string, first = 5): Promise<{ id: string; matched: string }[]> {
  const data = await query(store, `query($q: String!, $first: Int) { search(query: $q, first: $first) { matched entity { id } } }`, { q: text, first });
  return data.search.map((h: any) => ({ id: h.entity.id, matched: h.matched }));
}

beforeAll(async () => {
  ({ graph, store } = await testGraph());
  await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-reset' });
  await store.writes.importBatch(BATCH, { overwrite: true });
});
afterAll(closeGraph);

describe('search by Arabic and Kurdish names', () => {
  it.each([
    ['الموصل', 'place:t-mosul', 'الموصل'],
    ['المَوْصِل', 'place:t-mosul', 'الموصل'], // harakat
    ['الموصـــل', 'place:t-mosul', 'الموصل'], // tatweel
    ['موصل', 'place:t-mosul', 'الموصل'], // without the article
    ['مووسڵ', 'place:t-mosul', 'مووسڵ'], // Sorani
    ['اربيل', 'place:t-erbil', 'أربيل'], // hamza dropped
    ['إربيل', 'place:t-erbil', 'أربيل'], // another hamza form
    ['هەولێر', 'place:t-erbil', 'هەولێر'], // Sorani
    ['هەولیر', 'place:t-erbil', 'هەولێر'], // ێ typed as ی
    ['البصره', 'place:t-basra', 'البصرة'], // ta marbuta as ha
    ['ديالي', 'place:t-diyala', 'ديالى'], // alef maksura as ya
    ['كەركووك', 'place:t-kirkuk', 'کەرکووک'], // Arabic kaf for Kurdish keheh
    ['داعش', 'org:t-isis', 'داعش'],
    ['الحشد', 'force:t-pmf', 'الحشد الشعبي'],
    ['بێشمەرگە', 'force:t-peshmerga', 'پێشمەرگە'], // pe typed as ba
  ])('"%s" finds %s', async (text, id, matched) => {
    const hits = await top(text);
    expect(hits[0], JSON.stringify(hits)).toEqual({ id, matched });
  });

  it('keeps Latin search as it was', async () => {
    expect((await top('daesh'))[0]).toEqual({ id: 'org:t-isis', matched: 'Daesh' });
    expect((await top('hashd'))[0]).toEqual({ id: 'force:t-pmf', matched: 'Hashd al-Shaabi' });
    expect((await top('Hewler'))[0]).toEqual({ id: 'place:t-erbil', matched: 'Hewlêr' });
    expect((await top('mosu')).map((h) => h.id)).toEqual(expect.arrayContaining(['place:t-mosul', 'place:t-mosul-dam']));
    expect((await top('mosul'))[0]?.id).toBe('place:t-mosul'); // its whole name first
    expect((await top('kirkukk'))[0]?.id).toBe('place:t-kirkuk');
  });

  it('puts the entity named exactly so before those whose names hold it', async () => {
    expect((await top('سد الموصل'))[0]?.id).toBe('place:t-mosul-dam');
    const hits = await top('الموصل');
    expect(hits.map((h) => h.id)).toEqual(['place:t-mosul', 'place:t-mosul-dam']);
  });

  it('filters entity lists by name in any script', async () => {
    const data = await query(store, `{ places(filter: { nameContains: "المَوصل" }) { nodes { id } } all: places(filter: { nameContains: "erbil" }) { nodes { id } } }`);
    expect(data.places.nodes.map((n: any) => n.id)).toEqual(['place:t-mosul', 'place:t-mosul-dam']);
    expect(data.all.nodes.map((n: any) => n.id)).toEqual(['place:t-erbil']);
  });
});

describe('search reads only what its hits show', () => {
  const FIELDS = 'id kind name aliases description ... on Place { placeType parent { id } } ... on Force { forceType } ... on Organization { organizationType }';

  it('gives each hit the values a whole read gives, and the name matched', async () => {
    const r = await execute(store, `{ search(query: "mosul", first: 5) { matched entity { ${FIELDS} } } peshmerga: search(query: "pesh") { matched entity { ${FIELDS} } } }`);
    expect(r.errors).toBeUndefined();
    const hits = [...r.data!.search, ...r.data!.peshmerga] as { matched: string; entity: { id: string } }[];
    expect(hits.map((h) => h.entity.id)).toEqual(expect.arrayContaining(['place:t-mosul', 'place:t-mosul-dam', 'force:t-peshmerga']));
    for (const hit of hits) {
      const alone = await execute(store, `{ node(id: "${hit.entity.id}") { ... on Entity { ${FIELDS} } } }`);
      expect(hit.entity).toEqual(alone.data!.node);
    }
    expect(hits.find((h) => h.entity.id === 'place:t-mosul')!.matched).toBe('Mosul');
  });

  it('tells the name matched even when the selection asks no name', async () => {
    const data = await query(store, `{ search(query: "Mawsil", first: 1) { matched entity { id } } }`);
    expect(data.search).toEqual([{ matched: 'Mawsil', entity: { id: 'place:t-mosul' } }]);
  });
});

describe('curator edits keep the folded names in step', () => {
  const auth = { token: EDITOR_KEY };

  it('addAlias, removeAlias and updateEntity', async () => {
    expect(await top('السليمانية')).toEqual([]);
    const added = await execute(store, `mutation { addAlias(id: "place:t-kirkuk", alias: "السليمانية") { aliases } }`, {}, auth);
    expect(added.errors).toBeUndefined();
    expect((await top('السليمانيه'))[0]?.id).toBe('place:t-kirkuk');
    const removed = await execute(store, `mutation { removeAlias(id: "place:t-kirkuk", alias: "السليمانية") { aliases } }`, {}, auth);
    expect(removed.data?.removeAlias.aliases).toEqual(['كركوك', 'کەرکووک']);
    expect(await top('السليمانية')).toEqual([]);
    expect((await top('کەرکووک'))[0]).toEqual({ id: 'place:t-kirkuk', matched: 'کەرکووک' });

    const renamed = await execute(store, `mutation { updateEntity(id: "place:t-basra", input: { name: "البصرة الكبرى" }) { name } }`, {}, auth);
    expect(renamed.errors).toBeUndefined();
    expect((await top('الكبري'))[0]).toEqual({ id: 'place:t-basra', matched: 'البصرة الكبرى' });
  });

  it('mergeEntities moves the merged names into the survivor', async () => {
    await store.writes.importBatch(importBatchSchema.parse({ entities: [{ id: 'place:t-hewler', kind: 'Place', name: 'هەولێری نوێ', aliases: ['Hawler New'], placeType: 'CITY' }] }), { overwrite: true });
    expect((await top('هەولێری'))[0]?.id).toBe('place:t-hewler');
    const merged = await execute(store, `mutation { mergeEntities(keep: "place:t-erbil", merge: "place:t-hewler") { entity { aliases } } }`, {}, auth);
    expect(merged.errors).toBeUndefined();
    const hits = await top('هەولێری');
    expect(hits.map((h) => h.id)).toEqual(['place:t-erbil']);
    expect(hits[0]!.matched).toBe('هەولێری نوێ');
  });
});

describe('ids of names in Arabic script', () => {
  it('createEntity gives the Arabic and Kurdish names of one place distinct ids', async () => {
    const ids: string[] = [];
    for (const name of ['الموصل', 'مووسڵ', 'أربيل', 'هەولێر']) {
      const r = await execute(store, `mutation($name: String!) { createEntity(input: { kind: Place, name: $name, placeType: CITY }) { id } }`, { name }, { token: EDITOR_KEY });
      expect(r.errors, name).toBeUndefined();
      ids.push(r.data!.createEntity.id);
    }
    expect(ids).toEqual(['place:al-musl', 'place:musl', 'place:arbil', 'place:hewler']);
  });
});

describe('migration', () => {
  it('folds the names of entities written before search was script-aware, and drops the old index', async () => {
    await graph.writeTx(
      (tx) => tx.run({ cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'place:t-' REMOVE n.searchName, n.searchAliases, n.searchFoldVersion, n.searchText", params: {} }),
      { tag: 'test-old-data' },
    );
    await graph.writeTx(
      (tx) => tx.run({ cypher: "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]", params: {} }),
      { tag: 'test-old-index' },
    );
    expect((await top('المَوْصِل')).map((h) => h.id)).not.toContain('place:t-mosul');
    await migrate(graph);
    expect((await top('المَوْصِل')).map((h) => h.id)).toContain('place:t-mosul');
    const indexes = await graph.read({ cypher: "SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names", params: {} }, { tag: 'test' });
    expect(indexes[0]!.names).toEqual(['entity_search']);
    const stale = await graph.read({ cypher: 'MATCH (n:Entity) WHERE n.searchName IS NULL OR size(n.searchAliases) <> size(n.aliases) RETURN count(n) AS n', params: {} }, { tag: 'test' });
    expect(stale[0]!.n).toBe(0);
  });
});
