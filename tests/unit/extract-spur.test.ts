/**
 * Event precision: sentences that tell no incident of the article (attacks in general, a deed judged,
 * a military exercise, the toll of an old attack a verdict names), each with a near sentence that
 * keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, extract, REFERENCE } from './extract-fixtures.js';

const events = (text: string, published = '2024-02-15') => extract(text, published).events.map((e) => `${e.subEventType} ${e.date}`);

describe('attacks in general', () => {
  it('reads no incident in "any attack on" or "every bombing"', () => {
    expect(events('"Any attack on our citizens is an attack on the state," the prime minister said during a visit to Baqubah on Thursday.')).toEqual([]);
    expect(events('The governor of Diyala said on Thursday in Baqubah that every attack on farmers will be punished.')).toEqual([]);
  });
  it('still reads "an attack on" a post with its toll', () => {
    expect(events('Gunmen carried out an attack on an army post in Udhaim on Wednesday, killing two soldiers.')).toEqual(['ARMED_CLASH 2024-02-14']);
  });
});

describe('a deed judged', () => {
  it('reads no incident in "constitutes an assault on the livelihood of"', () => {
    expect(events('Closing the crossing to traders on Thursday constitutes an assault on the livelihood of Baqubah, the governor said.')).toEqual([]);
  });
});

describe('a military exercise', () => {
  it('reads no shelling or clash in a live-fire drill', () => {
    expect(events('Federal Police units fired mortars and rockets at mock targets in the desert near Daquq on Tuesday during a live-fire exercise.')).toEqual([]);
    expect(events('In Kalar on Monday, the manoeuvres simulated an assault on a militant hideout and the repelling of an infiltration.')).toEqual([]);
  });
  it('still reads a shelling with its toll, and rockets that hit a base during an exercise', () => {
    expect(events('Turkish artillery shelled a village in Amedi district on Tuesday.')).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2024-02-13']);
    expect(events('Two rockets hit a base near Kirkuk on Tuesday during a military exercise, wounding three soldiers.').length).toBe(1);
  });
});

describe('a relative clause told of a dated noun', () => {
  it('dates "which killed" by the year of the attack it describes, not the verdict\'s day', () => {
    expect(events('A court in Baghdad on Monday sentenced a man convicted of taking part in the 2019 Kirkuk market bombing, which killed 40 people.', '2024-02-13')).toEqual([]);
  });
  it('still dates an attack told in a relative clause of the day\'s news', () => {
    expect(events('A car bomb went off on Monday near a market in Kirkuk rebuilt in 2019, which killed 40 people.', '2024-02-13')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2024-02-12']);
  });
});

describe('a noun the year stands in', () => {
  it('reads no incident in "the 2014 suicide bombing" remembered on a day of the news', () => {
    expect(events('Hundreds gathered in Kirkuk on Saturday to remember the 2014 suicide bombing that devastated the old market.', '2024-03-18')).toEqual([]);
  });
  it('still reads a bombing of the day told near a year', () => {
    expect(events('A suicide bombing hit the old market in Kirkuk on Saturday, the first since the 2014 battle, killing six people.', '2024-03-18')).toEqual(['SUICIDE_BOMB 2024-03-16']);
  });
});

describe('a tally over a period', () => {
  it('reads no incident in strikes told "during the same period" of a yearly report', () => {
    expect(events('The Security Media Cell said on Monday that ISIS attacks in Kirkuk fell by half in 2023. Iraqi warplanes killed 70 militants in Wadi al-Shay during the same period.', '2024-01-15')).toEqual([]);
  });
  it('reads no incident in a share of the tally', () => {
    expect(events('Most of these bombings hit Federal Police patrols in Daquq district and killed 40 policemen, the report released on Monday said.', '2024-01-15')).toEqual([]);
    expect(events('Explosive devices accounted for 30 percent of the casualties in Kirkuk province, the report released on Monday said.', '2024-01-15')).toEqual([]);
  });
  it('still reads strikes of one day, and bombs that hit two patrols', () => {
    expect(events('Iraqi warplanes killed 7 militants in Wadi al-Shay on Sunday.', '2024-01-15')).toEqual(['AIR_DRONE_STRIKE 2024-01-14']);
    expect(events('Two bombings hit Federal Police patrols in Daquq district on Sunday and killed four policemen.', '2024-01-15')).toHaveLength(1);
  });
});

describe('the record of a group', () => {
  it('reads no incident in "a cell that also carried out attacks on"', () => {
    expect(events('Investigators say the suspects belonged to an ISIS cell that had carried out bombings against Peshmerga posts in Garmiyan.', '2024-05-20')).toEqual([]);
  });
  it('still reads attacks carried out by a cell on a day', () => {
    expect(events('An ISIS cell carried out bombings on Peshmerga posts in Garmiyan on Sunday, wounding two fighters.', '2024-05-20')).toHaveLength(1);
  });
});

describe('a past incident the sentence before dates', () => {
  it('gives "the blast" after a trial of the March bombing no day of the trial', () => {
    expect(events('The trial of three men charged over the car bombing at a Kirkuk market in March 2023 began in Baghdad on Monday. The explosion killed 9 people and wounded 20.', '2024-05-20')).toEqual([]);
  });
  it('still dates a toll the sentence before sets the day of', () => {
    expect(events('Kirkuk woke to a loud blast on Monday morning. The explosion killed 9 people and wounded 20 at a market.', '2024-05-20')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2024-05-20']);
  });
});

describe('a weak report on another day in a city of another district', () => {
  // A city inside a district, which the shared fixtures lack.
  const extra = importBatchSchema.parse({
    entities: [
      { id: 'place:samarra-district', kind: 'Place', name: 'Samarra District', placeType: 'DISTRICT', locatedIn: 'place:salahuddin-governorate' },
      { id: 'place:samarra', kind: 'Place', name: 'Samarra', placeType: 'CITY', locatedIn: 'place:samarra-district' },
      { id: 'place:tuz-khurmatu', kind: 'Place', name: 'Tuz Khurmatu', placeType: 'TOWN', locatedIn: 'place:tuz-khurmatu-district' },
    ],
  }).entities;
  const gaz = Gazetteer.fromEntities([...REFERENCE, ...extra]);
  const told = (text: string) => extractArticle(article(text, '2023-11-25'), gaz, { fileName: 'test.md' }).batch.events.map((e) => `${e.subEventType} ${e.date} ${e.place}`);
  it('is an incident of its own, not the bomb of the day before', () => {
    expect(told('On Wednesday, a roadside bomb wounded three soldiers near Tuz Khurmatu. On Thursday, two policemen were killed when gunmen attacked a checkpoint near Samarra.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-11-22 place:tuz-khurmatu',
      'ARMED_CLASH 2023-11-23 place:samarra',
    ]);
  });
  it('still gives the bomb a toll told on the next day in a hospital of that city', () => {
    expect(told('On Wednesday, a roadside bomb wounded three soldiers near Tuz Khurmatu. On Thursday, two of the wounded soldiers died in a hospital in Samarra.')).toHaveLength(1);
  });
});
