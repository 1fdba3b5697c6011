import { describe, expect, it } from 'vitest';
import { importBatchSchema } from '../../src/import/format.js';
import { idsOf, parseRelationshipId, planBatch, relationshipId, rewriteIds } from '../../src/import/plan.js';

const batch = importBatchSchema.parse({
  articles: [{ id: 'article:a', published: '2022-05-10', publisher: 'org:shafaq-news' }],
  entities: [
    { id: 'place:tel-zawiya', kind: 'Place', name: 'Tel Zawiya', aliases: ['Tal Zawiya', 'tel zawiya'], locatedIn: 'place:daquq-district', sources: [{ article: 'article:a', sentence: 'in the village of Tel Zawiya' }] },
    { id: 'person:x', kind: 'Person', name: 'X', offices: [{ title: 'Mayor of Daquq', of: 'gov:iraq' }] },
  ],
  events: [
    {
      id: 'event:a-1',
      subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED',
      date: '2022-05-09',
      place: 'place:tel-zawiya',
      perpetrators: [{ ref: 'org:isis', sentence: 'ISIS claimed it.' }],
      targets: ['force:iraqi-army'],
      casualties: [{ actor: 'force:iraqi-army', group: 'SECURITY_FORCES', killed: 2, injured: 3 }],
      sources: [{ article: 'article:a', sentence: 'A roadside bomb killed two soldiers.', confidence: 0.8 }],
    },
  ],
});

describe('planBatch', () => {
  const plan = planBatch(batch);
  const rel = (id: string) => plan.relationships.find((r) => relationshipId(r.from, r.type, r.to, r.key) === id);

  it('derives the ACLED event type and keeps aliases that differ from the name', () => {
    expect(plan.nodes.find((n) => n.id === 'event:a-1')?.props.eventType).toBe('EXPLOSIONS_REMOTE_VIOLENCE');
    expect(plan.nodes.find((n) => n.id === 'place:tel-zawiya')?.aliases).toEqual(['Tal Zawiya']);
  });

  it('gives every link from text the sentence it came from', () => {
    expect(rel('org:isis|PERPETRATED|event:a-1')?.sources).toEqual([{ article: 'article:a', sentence: 'ISIS claimed it.', confidence: 0.8 }]);
    expect(rel('event:a-1|TARGETED|force:iraqi-army')?.sources[0]?.sentence).toBe('A roadside bomb killed two soldiers.');
    expect(rel('article:a|REPORTS|event:a-1')).toBeDefined();
    expect(rel('article:a|MENTIONS|place:tel-zawiya')?.sources[0]?.sentence).toBe('in the village of Tel Zawiya');
    expect(rel('org:shafaq-news|PUBLISHED|article:a')).toBeDefined();
  });

  it('keys offices by title so one person may hold several in one body', () => {
    expect(rel('person:x|HOLDS_OFFICE|gov:iraq|mayor of daquq')?.props).toEqual({ title: 'Mayor of Daquq' });
  });

  it('records one casualty claim per source and group', () => {
    expect(plan.claims).toEqual([
      expect.objectContaining({ id: 'event:a-1|article:a|force:iraqi-army', killed: 2, injured: 3, articleId: 'article:a', confidence: 0.8 }),
    ]);
    expect(plan.eventIds).toEqual(['event:a-1']);
  });

  it('lists defined and referenced ids', () => {
    const { defined, referenced } = idsOf(batch);
    expect([...defined].sort()).toEqual(['article:a', 'event:a-1', 'person:x', 'place:tel-zawiya']);
    expect(referenced).toContain('place:daquq-district');
    expect(referenced).toContain('org:shafaq-news');
  });

  it('rewrites ids everywhere they occur', () => {
    const rewritten = planBatch(rewriteIds(batch, new Map([['org:isis', 'org:islamic-state'], ['event:a-1', 'event:old']])));
    expect(rewritten.relationships.some((r) => r.from === 'org:islamic-state' && r.to === 'event:old')).toBe(true);
    expect(rewritten.claims[0]?.eventId).toBe('event:old');
  });
});

describe('relationship ids', () => {
  it('round-trips', () => {
    expect(parseRelationshipId(relationshipId('a:b', 'HOLDS_OFFICE', 'c:d', 'mayor'))).toEqual({ from: 'a:b', type: 'HOLDS_OFFICE', to: 'c:d', key: 'mayor' });
    expect(parseRelationshipId('nonsense')).toBeNull();
  });
});
