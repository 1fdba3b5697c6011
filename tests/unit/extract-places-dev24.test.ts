/**
 * Where an event happened, for the place failures dev24-dev27 showed on unseen reporting: a quarter
 * told only as lying "in the south of the city" belongs to the city the report means (the one named
 * before it, else the dateline's), and an official named as a victim ("the guards of a local official
 * in the town of X") does not make X a source's seat. Each sentence is new wording, not the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const placesOf = (text: string) => extract(text, '2026-09-15').events.map((e) => (e.place ? ref(e.place) : '-'));
const parentOf = (text: string, id: string) => {
  const e = extract(text, '2026-09-15').entities.find((x) => x.id === id) as { locatedIn?: string | { ref: string } } | undefined;
  return e?.locatedIn ? ref(e.locatedIn) : null;
};

describe('a quarter "of the city"', () => {
  it('nests a new neighbourhood "in the west of the city" under the dateline city', () => {
    const text = 'BASRA (Example Agency) - A bomb hidden in a parked motorcycle exploded on Tuesday in the Muhandisin neighbourhood in the west of the city, killing a shopkeeper, police said.';
    expect(parentOf(text, 'place:muhandisin')).toBe('place:basra');
  });

  it('nests it under the city named in an earlier sentence when the dateline names none', () => {
    const text = 'Police in Baquba reported two attacks on Saturday. In the afternoon a roadside bomb hit an army vehicle in the Mualimeen area on the eastern edge of the city, wounding three soldiers.';
    expect(parentOf(text, 'place:mualimeen')).toBe('place:baqubah');
  });

  it('leaves "the city of X" to name its own city', () => {
    const text = 'BASRA (Example Agency) - A bomb exploded on Tuesday in the Muhandisin neighbourhood of the city of Erbil, killing a shopkeeper, police said.';
    expect(parentOf(text, 'place:muhandisin')).not.toBe('place:basra');
  });
});

describe('an official is a source only when he speaks', () => {
  it('places a clash by the town where a local official\'s guards fought, not by the province', () => {
    expect(placesOf('Two policemen were wounded on Monday in a shootout with the bodyguards of a local official in the town of Kalar in Sulaymaniyah province.')).toEqual(['place:kalar']);
  });

  it('still reads "officials in X said" as the seat of a source', () => {
    expect(placesOf('A roadside bomb killed two farmers in Daquq on Monday, officials in Kirkuk said.')).toEqual(['place:daquq-district']);
  });
});

describe('where people were taken afterwards', () => {
  it('does not place an arrest in the town of the detention centre the suspects were taken to', () => {
    expect(placesOf('Police arrested four suspects at dawn on Sunday and took them to a detention centre in Kirkuk.')).toEqual(['-']);
  });
});

describe('a quarter told by the city it lies in', () => {
  it('places a bombing in the sub-district named before "in southern <city>", not in the city', () => {
    expect(placesOf('A car bomb tore through the crowded cattle market of the Rashad subdistrict in southern Kirkuk on Monday, killing nine people.')).toEqual(['place:rashad-subdistrict']);
  });
});

describe('"the outskirts of X" after a place named further back', () => {
  it('keeps the place whose outskirts are told when the place before it is not adjacent', () => {
    expect(placesOf('The Diyala police said on Monday that officers had arrested four wanted men in a dawn raid on farms on the outskirts of Baquba.')).toEqual(['place:baqubah']);
  });
});

describe('"the night before" after the trigger', () => {
  it('counts back one day from the day told before the trigger', () => {
    const dates = extract('The mayor of Kalar on Friday ordered the police to hunt down the gunmen who shot dead a shopkeeper the night before in the town market.', '2026-09-15').events.map((e) => e.date);
    expect(dates).toEqual(['2026-09-10']);
  });
});
