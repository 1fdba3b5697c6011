/**
 * Events found but placed at another place than the text gives (the quality report's placeOther and placeCoarse):
 * a place only measured from a range or a valley ("south of the X hills") is no point, and a retelling that names the
 * sub-district or the town where it happened gives the finer place. Each sentence is new wording, not the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const placesOf = (text: string) => extract(text, '2026-09-15').events.map((e) => (e.place ? ref(e.place) : '-'));

describe('an area measured from gives way to a unit a retelling names', () => {
  it('takes the sub-district a sourced retelling of the strike names, with its own day', () => {
    const text = 'A drone struck a pickup truck late on Sunday south of Wadi al-Shay, killing two fighters, the group said on Monday. According to a security source, the strike hit the truck at about 10 pm on Sunday on a dirt road in Rashad subdistrict.';
    expect(placesOf(text)).toEqual(['place:rashad-subdistrict']);
  });

  it('takes the sub-district a sentence that locates the attack names', () => {
    const text = 'Gunmen ambushed a patrol of the Federal Police some 20 km east of Wadi al-Shay on Thursday night, killing three policemen. The attack took place in Rashad subdistrict, a police officer said.';
    expect(placesOf(text)).toEqual(['place:rashad-subdistrict']);
  });

  it('takes the town a retelling names after a bearing from a wide area', () => {
    const text = 'A Turkish drone hit a car on Friday north of the Garmiyan administration, killing its driver, local officials said. According to a witness, the strike hit the car at noon on Friday in the town of Kalar.';
    expect(placesOf(text)).toEqual(['place:kalar']);
  });

  it('keeps the area when the retelling only names the province', () => {
    const text = 'A drone struck a pickup truck late on Sunday south of Wadi al-Shay, killing two fighters, the group said on Monday. According to a security source, the strike hit the truck at about 10 pm on Sunday in Kirkuk province.';
    expect(placesOf(text)).toEqual(['place:wadi-al-shay']);
  });
});

describe('a quarter told in the town or city the words after it name', () => {
  it('places the event in a new quarter "in X, in northern <city>"', () => {
    const text = 'An unknown man threw a hand grenade at a mobile phone shop in al-Hurriya, in northern Baqubah, late on Tuesday, wounding two people, police said.';
    expect(placesOf(text)).toEqual(['place:al-hurriya']);
  });

  it('reads "at X, in the centre of <city>" too', () => {
    const text = 'Gunmen shot dead a money changer at Rahimawa, in the centre of Kirkuk, on Monday evening and fled, a police source said.';
    expect(placesOf(text)).toEqual(['place:rahimawa']);
  });

  it('reads a quarter of a town, not only of a city', () => {
    const text = 'A sticky bomb exploded under a car parked in Tell Zahra, in central Muqdadiya, on Sunday morning, killing its owner.';
    expect(placesOf(text)).toEqual(['place:tell-zahra']);
  });

  it('keeps the city when the words after it name a country, not a town', () => {
    const text = 'A bomb exploded on Tuesday at a crowded market in Basra, in southern Iraq, killing four people, police said.';
    expect(placesOf(text)).toEqual(['place:basra']);
  });
});
