/** Which articles may share a write transaction (src/import/groups.ts, docs/adr/0013). */
import { describe, expect, it } from 'vitest';
import { importBatchSchema } from '../../src/import/format.js';
import { changesGazetteer, groupKeysOf, independent, INCIDENT_REACH_DAYS, type KnownEntity } from '../../src/import/groups.js';
import { addDays } from '../../src/domain/dates.js';

const article = (n: number, event: Record<string, unknown> | null, extra: Record<string, unknown> = {}) =>
  groupKeysOf(
    importBatchSchema.parse({
      articles: [{ id: `article:a${n}`, published: '2023-03-01', publisher: 'org:shafaq-news' }],
      events: event ? [{ id: `event:a${n}`, subEventType: 'ATTACK', place: 'place:iraq', perpetrators: ['org:isis'], sources: [{ article: `article:a${n}` }], ...event }] : [],
      ...extra,
    }),
  );

describe('independent articles', () => {
  it('are those with events further apart than an incident match reaches, whatever hubs they share', () => {
    expect(independent(article(1, { date: '2023-01-01' }), article(2, { date: addDays('2023-01-01', INCIDENT_REACH_DAYS + 1) }))).toBe(true);
    expect(independent(article(1, { date: '2023-01-01' }), article(2, { date: addDays('2023-01-01', INCIDENT_REACH_DAYS) }))).toMatch(/may be one incident/);
    expect(independent(article(1, { date: '2023-01-10' }), article(2, { date: '2023-01-01' }))).toMatch(/may be one incident/);
    expect(independent(article(1, { date: '2023-01-20' }), article(2, { date: '2023-01-01' }))).toBe(true);
    // A week or a month is a period: its last day counts.
    expect(independent(article(1, { date: '2023-01-01', datePrecision: 'MONTH' }), article(2, { date: '2023-02-10' }))).toMatch(/may be one incident/);
    expect(independent(article(1, null), article(2, { date: '2023-01-01' }))).toBe(true);
  });

  it('never write one node, relationship or claim, nor hold one office pair', () => {
    const person = (n: number, office: string) =>
      article(n, null, { entities: [{ id: `person:p${n}`, kind: 'Person', name: `P${n}`, offices: [{ title: office, of: 'gov:iraq' }] }] });
    expect(independent(person(1, 'Minister'), person(2, 'Minister'))).toBe(true);
    const same = (n: number) => article(n, null, { entities: [{ id: 'person:same', kind: 'Person', name: 'Same' }] });
    expect(independent(same(1), same(2))).toMatch(/node person:same/);
    const link = (n: number) => article(n, null, { relationships: [{ from: 'org:isis', type: 'OPPOSES', to: 'force:isf' }] });
    expect(independent(link(1), link(2))).toMatch(/relationship org:isis\|OPPOSES\|force:isf/);
    const office = (n: number, title: string) => article(n, null, { relationships: [{ from: 'person:pm', type: 'HOLDS_OFFICE', to: 'gov:iraq', properties: { title } }] });
    expect(independent(office(1, 'Prime Minister'), office(2, 'Acting Prime Minister'))).toMatch(/person:pm/);
  });

  it('tell when an article changes what the gazetteer holds', () => {
    expect(article(1, { date: '2023-01-01' }).changesEntities).toBe(false);
    expect(article(1, null, { relationships: [{ from: 'org:isis', type: 'OPPOSES', to: 'force:isf' }] }).changesEntities).toBe(false);
    expect(article(1, null, { relationships: [{ from: 'force:isf', type: 'PART_OF', to: 'gov:iraq' }] }).changesEntities).toBe(true);
    expect(article(1, null, { entities: [{ id: 'place:new', kind: 'Place', name: 'New' }] }).changesEntities).toBe(true);
  });

  it('tell, against a gazetteer, whether writing an article can change one of its entries', () => {
    const entries = new Map<string, KnownEntity>([
      ['place:tal-yara', { kind: 'Place', name: 'Tal Yara', aliases: ['Tel Yara'], placeType: 'VILLAGE', parentId: 'place:erbil', governs: null }],
      ['person:kovan-salih', { kind: 'Person', name: 'Kovan Salih', aliases: [], placeType: null, parentId: null, governs: null }],
      ['force:isf', { kind: 'Force', name: 'Iraqi Security Forces', aliases: [], placeType: null, parentId: 'gov:iraq', governs: null }],
      ['gov:erbil', { kind: 'Government', name: 'Erbil Governorate', aliases: [], placeType: null, parentId: null, governs: 'place:erbil' }],
    ]);
    const known = (id: string) => entries.get(id);
    const changes = (extra: Record<string, unknown>) =>
      changesGazetteer(importBatchSchema.parse({ articles: [{ id: 'article:a1', published: '2023-03-01', publisher: 'org:shafaq-news' }], ...extra }), known);
    const village = { id: 'place:tal-yara', kind: 'Place', name: 'Tal Yara', placeType: 'VILLAGE', locatedIn: 'place:erbil' };
    // Entities the gazetteer holds as they are, with names it knows: nothing changes.
    expect(changes({ entities: [village, { id: 'person:kovan-salih', kind: 'Person', name: 'Kovan Salih' }] })).toBe(false);
    expect(changes({ entities: [{ ...village, name: 'Tel Yara', aliases: ['Tal Yara'] }] })).toBe(false);
    expect(changes({ relationships: [{ from: 'force:isf', type: 'PART_OF', to: 'gov:iraq' }, { from: 'gov:erbil', type: 'GOVERNS', to: 'place:erbil' }] })).toBe(false);
    // A new entity, a new name, another parent, type or kind, another governed place: the entry may change.
    expect(changes({ entities: [{ id: 'place:new', kind: 'Place', name: 'New' }] })).toBe(true);
    expect(changes({ entities: [{ ...village, aliases: ['Tall Yara'] }] })).toBe(true);
    expect(changes({ entities: [{ ...village, locatedIn: 'place:makhmour' }] })).toBe(true);
    expect(changes({ entities: [{ ...village, placeType: 'TOWN' }] })).toBe(true);
    expect(changes({ entities: [{ id: 'person:kovan-salih', kind: 'Organization', name: 'Kovan Salih' }] })).toBe(true);
    expect(changes({ relationships: [{ from: 'force:isf', type: 'UNDER', to: 'gov:kurdistan-region' }] })).toBe(true);
    expect(changes({ relationships: [{ from: 'gov:erbil', type: 'GOVERNS', to: 'place:koya' }] })).toBe(true);
    expect(changes({ relationships: [{ from: 'place:unknown', type: 'LOCATED_IN', to: 'place:erbil' }] })).toBe(true);
  });
});
