/**
 * Reports of one incident from several outlets become one Event with every source, even when
 * they spell the village differently, date it by weekday or by calendar date and give other
 * figures; different incidents of the same day stay apart. Articles written for this test.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { seedAll } from '../../src/seed/seed.js';
import { query } from '../helpers/apollo.js';
import { closeGraph, resetGraph } from '../helpers/graph.js';

const ARTICLES: Record<string, string> = {
  // One incident: a weekday and a village spelling in one outlet...
  '2024-03-12-wire-tal-hamid-post-attack.md': `---
published: 2024-03-12
source: Test Wire
---
Three Iraqi soldiers were killed and two others wounded when ISIS militants attacked an army post in the village of Tal Hamid in Daquq district, south of Kirkuk, late on Monday, a security source said.

The attackers withdrew toward the Hamrin foothills after a gunfight of about an hour, the source added.
`,
  // ... a calendar date, another spelling and another toll in the other.
  '2024-03-13-local-tall-hameed-toll.md': `---
published: 2024-03-13
source: Test Local News
---
Four soldiers were killed on March 11 when Islamic State fighters stormed a military post near the village of Tall Hameed in Kirkuk province, an army officer told reporters on Wednesday.

The officer said a fourth soldier died of his wounds in hospital on Tuesday.
`,
  // The same day, another district: another incident.
  '2024-03-12-wire-hawija-roadside-bomb.md': `---
published: 2024-03-12
source: Test Wire
---
A roadside bomb wounded two federal policemen in Hawija district on Monday, police said.
`,
  // The same day, the same district, another village and another kind of attack.
  '2024-03-12-local-kharab-nus-shepherd.md': `---
published: 2024-03-12
source: Test Local News
---
Gunmen killed a shepherd near the village of Kharab Nus in Daquq district on Monday, residents said.
`,
};

let store: Stores;
let dir: string;

beforeAll(async () => {
  store = await resetGraph();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-merge-'));
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(dir, name), text);
  const { articles } = await seedAll(store.writes, [dir]);
  expect(articles.failures).toEqual([]);
});

afterAll(async () => {
  await closeGraph();
  await rm(dir, { recursive: true, force: true });
});

describe('one incident from two outlets', () => {
  it('is one Event with both articles as sources and both figures kept', async () => {
    const data = await query(
      store,
      `{ events(filter: { dates: { from: "2024-03-10", to: "2024-03-13" } }) { nodes { id subEventType date place { id name } sources { article { id } } fatalities { best low high sources } } } }`,
    );
    const battles = data.events.nodes.filter((e: any) => e.subEventType === 'ARMED_CLASH');
    expect(battles).toHaveLength(1);
    const [attack] = battles;
    expect(attack.date).toBe('2024-03-11');
    expect(attack.sources.map((s: any) => s.article.id).sort()).toEqual(['article:2024-03-12-wire-tal-hamid-post-attack', 'article:2024-03-13-local-tall-hameed-toll']);
    expect(attack.fatalities).toMatchObject({ low: 3, high: 4, sources: 2 });
  });
});

describe('different incidents on the same day', () => {
  it('stay apart: another district, and another village of the same district', async () => {
    const data = await query(store, `{ events(filter: { dates: { from: "2024-03-11", to: "2024-03-11" } }) { nodes { subEventType place { id } sources { article { id } } } } }`);
    expect(data.events.nodes).toHaveLength(3);
    const byArticle = (id: string) => data.events.nodes.filter((e: any) => e.sources.some((s: any) => s.article.id === id));
    expect(byArticle('article:2024-03-12-wire-hawija-roadside-bomb')).toHaveLength(1);
    expect(byArticle('article:2024-03-12-wire-hawija-roadside-bomb')[0].sources).toHaveLength(1);
    expect(byArticle('article:2024-03-12-local-kharab-nus-shepherd')).toHaveLength(1);
    expect(byArticle('article:2024-03-12-local-kharab-nus-shepherd')[0].sources).toHaveLength(1);
  });
});
