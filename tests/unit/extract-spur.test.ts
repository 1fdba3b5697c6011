/**
 * Event precision: sentences that tell no incident of the article (attacks in general, a deed judged,
 * a military exercise, the toll of an old attack a verdict names), each with a near sentence that
 * keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './extract-fixtures.js';

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
