/**
 * Rules of the round of 2026-12-05 on dev15 (a holdout opened as a development set), each written in new words against
 * the shipped reference. The positive cases fail with the rule switched off (measured with a temporary switch, removed since).
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

describe('"Two days before that": a day counted back from the incident told before', () => {
  const { events } = shippedReference();
  const dated = (text: string) => events(text, '2024-03-12').map((e) => `${e.type} ${e.date}`);

  it('dates "Three days before that, a roadside bomb had wounded ..." three days before the shelling told first', () => {
    const found = dated('A mortar shell hit a house in Tuz Khurmatu on Sunday, killing two children. Three days before that, a roadside bomb had wounded a soldier near Daquq.');
    expect(found).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2024-03-10', 'REMOTE_EXPLOSIVE_LANDMINE_IED 2024-03-07']);
  });

  it('dates "A day after that, a roadside bomb killed ..." the day after the shooting', () => {
    const found = dated('Gunmen shot dead a shepherd near Jalawla on Saturday. A day after that, a roadside bomb killed two policemen on the road to Khanaqin.');
    expect(found).toContain('REMOTE_EXPLOSIVE_LANDMINE_IED 2024-03-10');
  });

  it('dates "Two days before that, an explosive device had killed ..." two days before the drone strike', () => {
    const found = dated('A drone struck a car near Sinjar on Sunday, killing two fighters. Two days before that, an explosive device had killed a farmer in Tal Afar.');
    expect(found).toContain('REMOTE_EXPLOSIVE_LANDMINE_IED 2024-03-08');
  });

  it('keeps "That same night" on the day of the incident told before', () => {
    const found = dated('A mortar shell hit a house in Tuz Khurmatu on Sunday, killing two children. That same night, a roadside bomb wounded a soldier near Daquq.');
    expect(found).toContain('REMOTE_EXPLOSIVE_LANDMINE_IED 2024-03-10');
  });
});
