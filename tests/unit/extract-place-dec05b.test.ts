/**
 * The place of events, 2026-12-05 (b): places the words name beside the incident that are not where it happened.
 * Each mechanism in several phrasings, with near sentences that keep their old reading.
 */
import { describe, expect, it } from 'vitest';
import { eventLines } from './extract-fixtures.js';

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
