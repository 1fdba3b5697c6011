/**
 * Dating events, round of 4 December (dev41 opened): a mechanism widened, tested in new wording against the shipped
 * reference (none of these sentences is a corpus sentence).
 * - "last <weekday>" naming the day before publication ("last Tuesday" in a Wednesday's paper) is the weekday of the week
 *   before: a reporter tells the day before as "yesterday" or "on Tuesday", so "last" reaches back a week, as it already
 *   did for the publication's own weekday.
 * - A body saying its own side did no such deed ("said it had carried out no strike", "said they did not launch any attack")
 *   denies, and claims nothing: the claim cues that read "said it had carried out" stop before "no".
 * Each positive test fails with its rule switched off; the tests named "keeps ..." guard what the rule must not take.
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { events: all, extract } = shippedReference();
// 2024-03-13 is a Wednesday.
const dates = (text: string) => all(text, '2024-03-13').map((e) => e.date);

describe('"last <weekday>" naming the day before publication', () => {
  it('reads "last Tuesday" in a Wednesday report as the Tuesday of the week before', () => {
    expect(dates('Last Tuesday, army jets bombed a tunnel network near Rutba, killing three militants, the command said.')).toEqual(['2024-03-05']);
  });

  it('reads "on last Tuesday" after the toll the same way', () => {
    expect(dates('Gunmen shot dead a shepherd near Hit on last Tuesday, police said.')).toEqual(['2024-03-05']);
  });

  it('keeps a bare "on Tuesday" the day before publication', () => {
    expect(dates('Gunmen shot dead a shepherd near Hit on Tuesday, police said.')).toEqual(['2024-03-12']);
  });

  it('keeps "last Sunday" the Sunday of the same week', () => {
    expect(dates('Last Sunday, gunmen shot dead a shepherd near Hit, police said.')).toEqual(['2024-03-10']);
  });

  it('keeps "last Wednesday" in a Wednesday report a week back', () => {
    expect(dates('Last Wednesday, gunmen shot dead a shepherd near Hit, police said.')).toEqual(['2024-03-06']);
  });
});

describe('a body denying its own side did the deed', () => {
  const stances = (text: string) => extract(text, '2024-03-13').statements.map((s) => `${s.speaker} ${s.stance}`);
  const lead = 'A drone strike hit a convoy of the Hashd near Qaim on Monday, killing two fighters.';

  it('reads "said it had carried out no strike" as a denial, not a claim', () => {
    expect(stances(`${lead} The US-led coalition said in a tweet that it had carried out no strike near Qaim that day.`)).toEqual(['force:coalition DENIAL']);
  });

  it('reads "said they did not launch any raid" as a denial', () => {
    expect(stances(`${lead} The US-led coalition said they did not launch any raid in the Qaim area.`)).toEqual(['force:coalition DENIAL']);
  });

  it('keeps "said it had carried out three strikes" a claim', () => {
    expect(stances(`${lead} The US-led coalition said in a tweet that it had carried out three strikes near Qaim that day.`)).toContain('force:coalition CLAIM_OF_RESPONSIBILITY');
  });

  it('keeps "said it had carried out no fewer than" a claim', () => {
    expect(stances(`${lead} The US-led coalition said it had carried out no fewer than three strikes near Qaim that day.`)).toContain('force:coalition CLAIM_OF_RESPONSIBILITY');
  });
});

describe('infiltrators counted among the dead', () => {
  const { tolls } = shippedReference();

  it('reads "killing two of them" after "a group of infiltrators" as militants', () => {
    const found = tolls('Border guards opened fire on a group of infiltrators near the frontier on Tuesday, killing two of them.', '2024-03-14');
    expect(found.flat()).toContain('MILITANTS killed 2');
  });

  it('reads "killed three infiltrators" as militants', () => {
    const found = tolls('Soldiers killed three infiltrators who tried to cross from Syria near al-Qaim on Sunday.', '2024-03-14');
    expect(found.flat()).toContain('MILITANTS killed 3');
  });

  it('reads "a band of infiltrators ..., killing four of them" as militants', () => {
    const found = tolls('Troops ambushed a band of infiltrators west of Rutba on Friday, killing four of them and capturing one.', '2024-03-14');
    expect(found.flat().join(' ')).toContain('MILITANTS');
  });

  it('keeps no side for "a group of smugglers ..., killing three of them"', () => {
    const found = tolls('Soldiers opened fire on a group of smugglers near the border post on Tuesday, killing three of them.', '2024-03-14');
    expect(found.flat().filter((x) => x.startsWith('MILITANTS'))).toEqual([]);
  });
});

describe('"the aircraft" that refers back to an unidentified drone', () => {
  const { events } = shippedReference();
  const sides = (text: string) => events(text, '2024-03-14').flatMap((e) => e.by);

  it('reads no Iraqi Air Force into "the aircraft fired two missiles" after "an unidentified drone struck"', () => {
    const found = sides('Three fighters of the Popular Mobilization Forces were killed on Tuesday when an unidentified drone struck their truck near Rutba, a source said.\n\nThe source said the aircraft fired two missiles at the truck as it drove towards the border.');
    expect(found).not.toContain('force:iraqi-air-force');
  });

  it('reads no Iraqi Air Force into "the aircraft then circled" after "an unknown aircraft bombed"', () => {
    const found = sides('An unknown aircraft bombed a PMF position near al-Qaim on Tuesday, wounding two fighters.\n\nWitnesses said the aircraft then circled over the position and bombed it again.');
    expect(found).not.toContain('force:iraqi-air-force');
  });

  it('keeps the Iraqi Air Force for "the aircraft" where no drone was left unnamed', () => {
    const found = sides('Iraqi F-16 jets struck an ISIS hideout near Rutba on Tuesday, killing three militants.\n\nThe military said the aircraft bombed the hideout after a week of surveillance.');
    expect(found).toContain('force:iraqi-air-force');
  });
});
