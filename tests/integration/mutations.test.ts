/** Curator mutations: token rules, validation, and that refused writes change nothing. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { EDITOR_KEY, READER_KEY, execute, query } from '../helpers/apollo.js';
import { CURATED_MAKHMOUR, closeGraph, resetGraph, snapshot, testGraph } from '../helpers/graph.js';

let store: Stores;
beforeEach(async () => {
  store = await resetGraph(CURATED_MAKHMOUR);
});
afterAll(closeGraph);

const ADD_ALIAS = `mutation ($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias) { id aliases } }`;

describe('authentication', () => {
  it.each([
    ['no token', undefined, 'UNAUTHENTICATED'],
    ['a wrong token', 'not-a-key-of-this-server-at-all', 'UNAUTHENTICATED'],
    ['a reader token', READER_KEY, 'FORBIDDEN'],
  ])('refuses a write with %s and changes nothing', async (_label, token, code) => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const result = await execute(store, ADD_ALIAS, { id: 'org:isis', alias: 'Tanzim' }, { token });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data).toBeNull();
    expect(await snapshot(graph)).toBe(before);
  });

  it('accepts an editor token', async () => {
    const data = await query(store, ADD_ALIAS, { id: 'org:isis', alias: 'Tanzim' }, { token: EDITOR_KEY });
    expect(data.addAlias.aliases).toContain('Tanzim');
    const search = await query(store, `{ search(query: "tanzim") { entity { id } } }`);
    expect(search.search[0].entity.id).toBe('org:isis');
  });
});

describe('curation', () => {
  const editor = (text: string, variables: Record<string, unknown> = {}) => query(store, text, variables, { token: EDITOR_KEY });

  it('creates a place inside another; a second place with the same id conflicts', async () => {
    const created = await editor(
      `mutation { createEntity(input: { kind: Place, name: "Kandala", placeType: VILLAGE, locatedIn: "place:makhmour-district", location: { latitude: 35.7, longitude: 43.6 } }) { id ... on Place { parent { id } location { latitude } } } }`,
    );
    expect(created.createEntity).toEqual({ id: 'place:kandala', parent: { id: 'place:makhmour-district' }, location: { latitude: 35.7 } });
    const again = await execute(store, `mutation { createEntity(input: { kind: Place, name: "Kandala" }) { id } }`, {}, { token: EDITOR_KEY });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('updates, clears, and rejects properties that do not fit the kind', async () => {
    const updated = await editor(`mutation { updateEntity(id: "org:isis", input: { description: null, wikidataId: "Q2429253" }) { description wikidataId } }`);
    expect(updated.updateEntity).toEqual({ description: null, wikidataId: 'Q2429253' });
    const wrong = await execute(store, `mutation { updateEntity(id: "org:isis", input: { placeType: TOWN }) { id } }`, {}, { token: EDITOR_KEY });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('placeType') });
    const bad = await execute(store, `mutation { updateEntity(id: "org:isis", input: { wikidataId: "isis" }) { id } }`, {}, { token: EDITOR_KEY });
    expect(bad.errors?.[0]?.message).toContain('Wikidata');
  });

  it('corrects a kind: the id takes the prefix of the new kind, the old id leads to it, relationships stay', async () => {
    const changed = await editor(`mutation { changeEntityKind(id: "org:kataib-hezbollah", kind: Force) { id entityKind __typename } }`);
    expect(changed.changeEntityKind).toEqual({ id: 'force:kataib-hezbollah', entityKind: 'Force', __typename: 'Force' });
    const force = await query(store, `{ node(id: "org:kataib-hezbollah") { id ... on Force { partOf { id } governments { id } } } }`);
    expect(force.node).toEqual({ id: 'force:kataib-hezbollah', partOf: { id: 'force:pmf' }, governments: [{ id: 'gov:iraq' }] });
    // Changed back, it takes its first id again.
    const back = await editor(`mutation { changeEntityKind(id: "force:kataib-hezbollah", kind: Organization) { id } }`);
    expect(back.changeEntityKind.id).toBe('org:kataib-hezbollah');
    await editor(`mutation { changeEntityKind(id: "org:kataib-hezbollah", kind: Force) { id } }`);
    // Government Iraq as a Place would be place:iraq, which exists: merge them instead.
    const before = await snapshot(store.graph);
    const clash = await execute(store, `mutation { changeEntityKind(id: "gov:iraq", kind: Place) { id } }`, {}, { token: EDITOR_KEY });
    expect(clash.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('mergeEntities') });
    // A Force with UNDER relationships cannot become a Place: they would no longer fit.
    const misfit = await execute(store, `mutation { changeEntityKind(id: "force:peshmerga", kind: Place) { id } }`, {}, { token: EDITOR_KEY });
    expect(misfit.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('UNDER') });
    expect(await snapshot(store.graph)).toBe(before);
  });

  it('links with provenance, then unlinks', async () => {
    const linked = await editor(
      `mutation { link(input: { from: "force:pmf", type: COOPERATES_WITH, to: "force:isf", source: { article: "article:2021-12-04-shafaq-makhmour-attack-reactions", sentence: "The Iraqi forces and the Popular Mobilization Forces launched various operations against ISIS.", confidence: 0.7 } }) { id confidence sources { article { id } } } }`,
    );
    expect(linked.link).toMatchObject({ id: 'force:pmf|COOPERATES_WITH|force:isf', confidence: 0.7 });
    const removed = await editor(`mutation { unlink(from: "force:pmf", type: COOPERATES_WITH, to: "force:isf") { removed id } }`);
    expect(removed.unlink).toEqual({ removed: true, id: 'force:pmf|COOPERATES_WITH|force:isf' });
    const missing = await editor(`mutation { unlink(from: "force:pmf", type: COOPERATES_WITH, to: "force:isf") { removed } }`);
    expect(missing.unlink.removed).toBe(false);
  });

  it('refuses a link to an unknown node, naming it', async () => {
    const result = await execute(store, `mutation { link(input: { from: "force:pmf", type: SUPPORTS, to: "force:nobody" }) { id } }`, {}, { token: EDITOR_KEY });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('force:nobody') });
  });

  it('merges a duplicate: relationships, aliases, provenance and casualty claims move to the survivor', async () => {
    await editor(`mutation { createEntity(input: { kind: Force, id: "force:kurdish-peshmerga-dup", name: "Kurdish fighters", aliases: ["Pêşmerge"] }) { id } }`);
    await editor(`mutation ($b: JSONObject!) { importBatch(batch: $b) { ids } }`, {
      b: {
        articles: [{ id: 'article:dup-report', published: '2021-12-05' }],
        events: [
          {
            id: 'event:dup-report-1',
            subEventType: 'ARMED_CLASH',
            date: '2021-12-03',
            place: 'place:makhmour-district',
            perpetrators: ['org:isis'],
            targets: ['force:kurdish-peshmerga-dup'],
            casualties: [{ actor: 'force:kurdish-peshmerga-dup', group: 'SECURITY_FORCES', killed: 11 }],
            sources: [{ article: 'article:dup-report', sentence: 'Eleven fighters died.', confidence: 0.9 }],
            mergeWithExisting: true,
          },
        ],
      },
    });
    const merged = await editor(`mutation { mergeEntities(keep: "force:peshmerga", merge: "force:kurdish-peshmerga-dup") { mergedId movedRelationships entity { aliases } } }`);
    expect(merged.mergeEntities.mergedId).toBe('force:kurdish-peshmerga-dup');
    expect(merged.mergeEntities.movedRelationships).toBeGreaterThan(0);
    expect(merged.mergeEntities.entity.aliases).toEqual(expect.arrayContaining(['Kurdish fighters', 'Pêşmerge']));

    const event = await query(store, `{ node(id: "event:2021-12-03-makhmour-isis-attack") { ... on Event { targets { id } casualties { actor { id } killed { best low high sources } } } } }`);
    expect(event.node.targets).toEqual([{ id: 'force:peshmerga' }]);
    expect(event.node.casualties).toContainEqual({ actor: { id: 'force:peshmerga' }, killed: { best: 10, low: 10, high: 11, sources: 2 } });
    // The merged id is gone as a node; asked for, it gives the survivor.
    expect((await query(store, `{ node(id: "force:kurdish-peshmerga-dup") { id } }`)).node).toEqual({ id: 'force:peshmerga' });
    expect((await query(store, `{ nodes(ids: ["force:kurdish-peshmerga-dup", "force:nobody"]) { id } }`)).nodes).toEqual([{ id: 'force:peshmerga' }, null]);

    // An import that still names the merged id lands on the survivor.
    await editor(`mutation ($b: JSONObject!) { importBatch(batch: $b) { ids } }`, {
      b: { relationships: [{ from: 'force:kurdish-peshmerga-dup', type: 'OPPOSES', to: 'org:isis' }] },
    });
    const facts = await query(store, `{ facts(subject: "force:peshmerga", type: OPPOSES) { id } }`);
    expect(facts.facts).toEqual([{ id: 'force:peshmerga|OPPOSES|org:isis' }]);
  });

  it('refuses to merge entities of different kinds', async () => {
    const result = await execute(store, `mutation { mergeEntities(keep: "force:peshmerga", merge: "gov:krg") { mergedId } }`, {}, { token: EDITOR_KEY });
    expect(result.errors?.[0]?.message).toMatch(/changeEntityKind/);
  });

  it('deletes a wrong event with its claims', async () => {
    const deleted = await editor(`mutation { deleteNode(id: "event:2021-12-03-makhmour-isis-attack") { deleted summary { nodesDeleted } } }`);
    expect(deleted.deleteNode).toEqual({ deleted: true, summary: { nodesDeleted: 3 } });
    const { graph } = await testGraph();
    const [row] = await graph.read({ cypher: 'MATCH (c:CasualtyClaim) RETURN count(c) AS n', params: {} }, { tag: 'test' });
    expect(row?.n).toBe(0);
  });

  it('reports every problem of an invalid import batch and writes nothing', async () => {
    const { graph } = await testGraph();
    const before = await snapshot(graph);
    const result = await execute(
      store,
      `mutation ($b: JSONObject!) { importBatch(batch: $b) { ids } }`,
      { b: { entities: [{ id: 'Bad Id', kind: 'Place', name: '' }], events: [{ id: 'event:x', subEventType: 'NOPE', date: '2021-13-40' }] } },
      { token: EDITOR_KEY },
    );
    const problems = result.errors?.[0]?.extensions?.problems as string[];
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems.join('\n')).toMatch(/entities\.0\.id/);
    expect(problems.join('\n')).toMatch(/entities\.0\.name/);
    expect(problems.join('\n')).toMatch(/events\.0\.subEventType/);
    expect(problems.join('\n')).toMatch(/events\.0\.date/);
    expect(await snapshot(graph)).toBe(before);
  });
});
