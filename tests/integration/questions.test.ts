/**
 * The DESIGN.md questions 1-8 and 11, each answered in one GraphQL request over what `npm start`
 * loads: the reference data and the seed article, read by the extractor. The operations are the
 * ones in examples/ (shown in the README and the playground).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { query } from '../helpers/apollo.js';
import { example } from '../helpers/examples.js';
import path from 'node:path';
import { seedAll } from '../../src/seed/seed.js';
import { ROOT, closeGraph, resetGraph } from '../helpers/graph.js';

let store: Stores;
const ATTACK = 'event:2021-12-04-shafaq-makhmour-attack-reactions-1';
const ARTICLE = 'article:2021-12-04-shafaq-makhmour-attack-reactions';

beforeAll(async () => {
  store = await resetGraph();
  await seedAll(store.writes, [path.join(ROOT, 'seed/articles/2021-12-04-shafaq-makhmour-attack-reactions.txt')]);
});
afterAll(closeGraph);

const run = (name: string, variables: Record<string, unknown> = {}) => {
  const e = example(name);
  return query(store, e.query, { ...e.variables, ...variables });
};

describe('Q1 events in a place between two dates', () => {
  it.each(['place:makhmour-district', 'place:erbil-governorate', 'place:iraq'])('finds the Makhmour attack under %s', async (placeId) => {
    const data = await run('01-events-in-a-place', { placeId });
    expect(data.events.totalCount).toBe(1);
    const [event] = data.events.nodes;
    expect(event).toMatchObject({ id: ATTACK, date: '2021-12-03', acledEventType: 'Battles', perpetrators: [{ id: 'org:isis', name: 'ISIS' }] });
    expect(event.fatalities).toEqual({ best: 13, low: 13, high: 13 });
    expect(event.casualties.map((c: any) => [c.label, c.killed.best])).toEqual([
      ['Peshmerga', 10],
      ['civilians', 3],
    ]);
    expect(data.events.totals).toMatchObject({ events: 1, fatalities: 13 });
    expect(data.events.totals.byGroup).toEqual([
      { label: 'Peshmerga', killed: 10, injured: 0 },
      { label: 'civilians', killed: 3, injured: 0 },
    ]);
  });

  it('finds nothing outside the date range or in another governorate', async () => {
    const late = await run('01-events-in-a-place', { placeId: 'place:iraq', from: '2021-12-04' });
    expect(late.events.totalCount).toBe(0);
    const elsewhere = await run('01-events-in-a-place', { placeId: 'place:nineveh-governorate' });
    expect(elsewhere.events.totalCount).toBe(0);
  });
});

describe('Q2 perpetrators and victims', () => {
  it('names ISIS as perpetrator, the Peshmerga and civilians as victims', async () => {
    const { node } = await run('02-perpetrators-and-victims');
    expect(node.perpetrators.map((p: any) => p.id)).toEqual(['org:isis']);
    expect(node.perpetrators[0].aliases).toEqual(expect.arrayContaining(['Daesh', 'ISIL']));
    expect(node.targets.map((t: any) => t.id)).toEqual(['force:peshmerga']);
    expect(node.civilianTargeting).toBe(true);
    expect(node.placePath.map((p: any) => p.name)).toEqual(['Makhmour District', 'Erbil Governorate', 'Kurdistan Region', 'Iraq']);
  });
});

describe('Q3 reactions', () => {
  it('lists condemnations, condolences and solidarity with Iraq, each with its quote and article', async () => {
    const data = await run('03-reactions');
    const said = (list: any[]) => list.map((s) => `${s.onBehalfOf?.name}:${s.stance}`).sort();
    expect(said(data.condemnations.nodes)).toEqual([
      'Bahrain:CONDEMNATION',
      'Jordan:CONDEMNATION',
      'Qatar:CONDEMNATION',
      'United States:CONCERN',
      'United States:CONDOLENCE',
    ]);
    expect(said(data.solidarity.nodes)).toEqual(['Bahrain:SOLIDARITY', 'Bahrain:SUPPORT', 'Egypt:SOLIDARITY', 'Egypt:SUPPORT', 'Jordan:SOLIDARITY', 'Qatar:SOLIDARITY']);
    const condolence = data.condemnations.nodes.find((s: any) => s.stance === 'CONDOLENCE');
    expect(condolence).toMatchObject({ cameoCode: '018', speaker: { name: 'United States Department of State' } });
    expect(condolence.quote).toMatch(/^We offer our condolences/);
    expect(condolence.sources[0].article).toMatchObject({ published: '2021-12-04', publisher: { name: 'Shafaq News' } });
    expect(condolence.sources[0].sentence).toContain('condolences');
  });
});

describe('Q4 forces and governments', () => {
  it('puts the Peshmerga under the KRG and the PMF and ISF under Iraq', async () => {
    const data = await run('04-forces-and-governments');
    const forcesOf = (name: string) => data.governments.nodes.find((g: any) => g.name === name).forces.map((f: any) => f.name);
    expect(forcesOf('Kurdistan Regional Government')).toContain('Peshmerga');
    expect(forcesOf('Iraq')).toEqual(expect.arrayContaining(['Popular Mobilization Forces', 'Iraqi Security Forces', 'Iraqi Army']));
    const pmf = data.forces.nodes.find((f: any) => f.name === 'Popular Mobilization Forces');
    expect(pmf.governments.map((g: any) => g.name)).toEqual(['Iraq']);
  });
});

describe('Q5 paths', () => {
  it('connects Qatar to the Peshmerga through typed, directed steps', async () => {
    const { shortestPaths } = await run('05-paths');
    expect(shortestPaths.length).toBeGreaterThan(0);
    for (const path of shortestPaths) {
      expect(path.steps[0].from.id).toBe('gov:qatar');
      expect(path.steps.at(-1).to.id).toBe('force:peshmerga');
      expect(path.length).toBe(shortestPaths[0].length);
      for (const [i, step] of path.steps.entries()) if (i > 0) expect(step.from.id).toBe(path.steps[i - 1].to.id);
    }
    const routes = shortestPaths.map((p: any) => p.steps.map((s: any) => `${s.relationship.type}${s.forward ? '>' : '<'}`).join(' '));
    // Qatar condemned the attack whose target was the Peshmerga.
    expect(routes).toContain('MADE> ABOUT> TARGETED>');
  });
});

describe('Q6 a person', () => {
  it("gives Masrour Barzani's office and his call for cooperation with its evidence", async () => {
    const { node } = await run('06-person');
    // The article's "Kurdistan's Prime Minister" joins the office the reference data records.
    expect(node.offices).toEqual([
      { title: 'Prime Minister of the Kurdistan Region', of: { name: 'Kurdistan Regional Government' }, since: '2019-07-10', current: true },
    ]);
    expect(node.statements).toHaveLength(1);
    expect(node.statements[0]).toMatchObject({ stance: 'CALL_FOR_ACTION', date: '2021-12-04' });
    expect(node.statements[0].sources[0].sentence).toMatch(/called for greater security cooperation/);
  });
});

describe('Q7 geography', () => {
  it('places Makhmour in its hierarchy, about 60-75 km south-east of Mosul', async () => {
    const data = await run('07-geography');
    expect(data.makhmour.ancestors.map((a: any) => a.name)).toEqual(['Makhmour District', 'Erbil Governorate', 'Kurdistan Region', 'Iraq']);
    expect(data.distance.km).toBeGreaterThan(55);
    expect(data.distance.km).toBeLessThan(80);
    expect(data.makhmour.distanceToMosul).toBe(data.distance.km);
    expect(['SE', 'SSE', 'ESE']).toContain(data.distance.compass);
    // The attack is about 60 km from Erbil: outside a 50 km radius, inside 80 km.
    expect(data.events.edges).toEqual([]);
  });

  it('finds the attack within 80 km of Erbil, with its distance', async () => {
    const data = await query(store, `{ events(filter: { near: { placeId: "place:erbil", radiusKm: 80 } }, sort: DISTANCE_ASC) { edges { distanceKm node { id } } } }`);
    expect(data.events.edges).toHaveLength(1);
    expect(data.events.edges[0].node.id).toBe(ATTACK);
    expect(data.events.edges[0].distanceKm).toBeGreaterThan(50);
  });
});

describe('Q8 provenance', () => {
  it('returns the article and sentence that support a fact', async () => {
    const { facts } = await run('08-provenance');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ id: `org:isis|PERPETRATED|${ATTACK}`, type: 'PERPETRATED' });
    expect(facts[0].confidence).toBeGreaterThan(0.5);
    expect(facts[0].sources).toEqual([
      {
        sentence: expect.stringMatching(/ISIS/),
        confidence: expect.any(Number),
        article: { id: ARTICLE, title: null, url: null, published: '2021-12-04' },
      },
    ]);
    const { fact } = await query(store, `query ($id: ID!) { fact(id: $id) { id sources { article { id } } } }`, { id: facts[0].id });
    expect(fact.id).toBe(facts[0].id);
  });
});

describe('Q11 search', () => {
  it.each([
    ['daesh', 'org:isis'],
    ['hashd', 'force:pmf'],
    ['Peshmerga', 'force:peshmerga'],
    ['makhmur', 'place:makhmour'],
    ['barzani masrour', 'person:masrour-barzani'],
  ])('"%s" finds %s first', async (text, id) => {
    const data = await run('11-search', { text });
    expect(data.search[0].entity.id).toBe(id);
  });

  it('tolerates one typo in a longer word', async () => {
    const data = await run('11-search', { text: 'peshmarga' });
    expect(data.search.map((h: any) => h.entity.id)).toContain('force:peshmerga');
  });
});
