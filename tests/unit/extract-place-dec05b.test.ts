/**
 * The place of events, 2026-12-05 (b): places the words name beside the incident that are not where it happened.
 * Each mechanism in several phrasings, with near sentences that keep their old reading.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema, type EntityInput } from '../../src/import/format.js';
import { article, eventLines, ref, REFERENCE } from './extract-fixtures.js';

const places = (text: string, published = '2023-01-17') => eventLines(text, published).map((l) => l.split(' ')[2]);

describe('a road named by its two ends, with a bearing from a town', () => {
  it('places the incident by the bearing, not by the road\'s first end', () => {
    expect(places('A roadside bomb hit a truck carrying food on the Baquba-Kirkuk highway, some 15 kilometres north of Muqdadiya, in Diyala province, on Sunday.')).toEqual(['place:muqdadiya']);
    expect(places('Gunmen ambushed a fuel tanker on the Erbil-Kirkuk road about 20 km south of Kalar in Sulaymaniyah province late on Monday, killing the driver.')).toEqual(['place:kalar']);
    expect(places('A bomb struck an army truck on the Baquba-Kirkuk highway 12 miles west of the town of Muqdadiya on Friday, wounding two soldiers.')).toEqual(['place:muqdadiya']);
    expect(places('Gunmen ambushed a fuel tanker on the Baquba-Erbil road about 20 km south of Kalar late on Monday, killing the driver.')).toEqual(['place:kalar']);
  });

  it('keeps the road\'s end where no bearing is told, and a place the words put it in over both', () => {
    expect(places('A bomb struck an army truck on the Baquba-Kirkuk highway in Diyala province on Friday, wounding two soldiers.')).toEqual(['place:baqubah']);
    expect(places('A bomb struck an army truck in Kalar, on the Baquba-Kirkuk highway, 10 km north of Muqdadiya, on Friday.')).toEqual(['place:kalar']);
  });
});

describe("a country told as the possessor of a diplomatic mission", () => {
  it('does not place an attack on an envoy in the country he serves', () => {
    expect(places('Three days earlier the head of Turkey\'s mission was abducted in the same district on Saturday night.')).toEqual(['-']);
    expect(places('Gunmen seized Turkey\'s charge d\'affaires off a street late on Saturday.')).toEqual(['-']);
    expect(places('A bomb hit a car carrying Turkey\'s diplomats on Sunday, wounding two of them.')).toEqual(['-']);
  });

  it('still places an attack in a country the words put it in', () => {
    expect(places('Gunmen opened fire on a convoy in Turkey on Sunday, killing two guards of a mission.')).toEqual(['place:turkey']);
  });
});

/** The unit test reference plus a city's quarters that the reference puts beside the city, in its district (as Baghdad's sub-districts). */
const WITH_QUARTERS: EntityInput[] = [
  ...REFERENCE,
  ...importBatchSchema.parse({
    entities: [
      { id: 'place:karkh-district', kind: 'Place', name: 'Karkh District', placeType: 'DISTRICT', locatedIn: 'place:iraq' },
      { id: 'place:mansour-subdistrict', kind: 'Place', name: 'Mansour Subdistrict', aliases: ['Mansour'], placeType: 'SUBDISTRICT', locatedIn: 'place:karkh-district' },
      { id: 'place:yarmouk-subdistrict', kind: 'Place', name: 'Yarmouk Subdistrict', aliases: ['Yarmouk'], placeType: 'SUBDISTRICT', locatedIn: 'place:karkh-district' },
    ],
  }).entities,
];
const quarterPlaces = (text: string) =>
  extractArticle(article(text), Gazetteer.fromEntities(WITH_QUARTERS), { fileName: 'test.md' }).batch.events.map((e) => (e.place ? ref(e.place) : '-'));

describe('a quarter told as "the X district of western Y"', () => {
  it('takes the quarter, not the city it lies in', () => {
    expect(quarterPlaces('Gunmen opened fire on a diplomat\'s car in the Mansour district of western Baghdad on Tuesday, wounding him.')).toEqual(['place:mansour-subdistrict']);
    expect(quarterPlaces('A car bomb exploded near a police station in the Yarmouk district of Baghdad on Tuesday, killing four people.')).toEqual(['place:yarmouk-subdistrict']);
    expect(quarterPlaces('Two policemen were killed on Tuesday when gunmen attacked their patrol in the Yarmouk area of southwestern Baghdad.')).toEqual(['place:yarmouk-subdistrict']);
  });

  it('keeps the city where the quarter is only named beside it', () => {
    expect(quarterPlaces('A car bomb exploded in central Baghdad on Tuesday, hours after a raid in Mansour, killing four people.')).toEqual(['place:baghdad']);
  });
});

describe('a force told by the town it is based in, acting elsewhere', () => {
  it('places the deed where the words put it, not at the seat of the force', () => {
    expect(places('Police SWAT units in Kirkuk arrested four men in a raid on a village on the outskirts of Muqdadiya on Tuesday.')).toEqual(['place:muqdadiya']);
    expect(places('Army troops stationed in Baquba on Monday raided a farmhouse near Muqdadiya and detained three suspects.')).toEqual(['place:muqdadiya']);
    expect(places('Soldiers in Kirkuk ambushed a group of militants in the Daquq district on Sunday, killing two.')).toEqual(['place:daquq-district']);
  });

  it('keeps the seat where no other place is named', () => {
    expect(places('Police in Kirkuk arrested four men on Tuesday.')).toEqual(['place:kirkuk']);
  });
});

describe('a gate named for a town ("Bab X", the gate of X)', () => {
  it('does not place the incident in the town the gate is named for', () => {
    expect(places('A drone dropped two bombs on a police position near Bab Kirkuk on Tuesday, killing one policeman.')).toEqual(['-']);
    expect(places('Gunmen shot dead a shopkeeper in Bab al-Basra late on Monday.')).toEqual(['-']);
    expect(places('A mortar round fell on the Bab Erbil market on Sunday, wounding three people.')).toEqual(['-']);
  });

  it('still places an incident at the gate of a named town', () => {
    expect(places('A bomb exploded at the main gate of a school in Muqdadiya on Monday, killing two guards.')).toEqual(['place:muqdadiya']);
  });
});
