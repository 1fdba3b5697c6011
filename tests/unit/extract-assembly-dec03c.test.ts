/**
 * Dates, assembly and cross-outlet merges, round of 3 December (c): rules that generalise, each tried on sentences
 * written for it (other verbs, places, clock times and clause orders than the corpus). The small hours after a night's
 * incident ("on Tuesday night", "at 11 p.m.", "late on Friday") are the next day's, whether the report that follows
 * says "hours later", "a few hours later" or gives only the clock time.
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { events } = shippedReference();

/** The dates of the events of a kind. */
const datesOf = (text: string, published: string, type: string) =>
  events(text, published)
    .filter((e) => e.type === type)
    .map((e) => e.date);

describe('the small hours after a night are the next day', () => {
  // Published on Saturday 9 March 2024: Tuesday is the 5th.
  const published = '2024-03-09';
  it('"Hours later, around 2 a.m." after an attack "on Tuesday night"', () => {
    const text =
      'Militants attacked a checkpoint of the federal police on the edge of Tarmiyah on Tuesday night, killing one policeman before they withdrew. ' +
      'Hours later, around 2 a.m., a roadside bomb exploded under an army vehicle on the road west of Baiji, wounding two soldiers.';
    expect(datesOf(text, published, 'REMOTE_EXPLOSIVE_LANDMINE_IED')).toEqual(['2024-03-06']);
  });
  it('"A few hours later, at 1:30 a.m." after gunfire "at about 10 p.m. on Tuesday"', () => {
    const text =
      'Gunmen opened fire on a Popular Mobilisation Forces post near Khalis at about 10 p.m. on Tuesday, wounding two fighters. ' +
      'A few hours later, at 1:30 a.m., a mortar round struck a house in Muqdadiya and killed a child.';
    expect(datesOf(text, published, 'SHELLING_ARTILLERY_MISSILE_ATTACK')).toEqual(['2024-03-06']);
  });
  it('a clock time alone ("At about three in the morning") after an ambush "late on Tuesday"', () => {
    const text =
      'An ISIS cell ambushed a convoy of the Iraqi army late on Tuesday near Tuz Khurmatu, killing two soldiers. ' +
      'At about three in the morning, an explosive device planted on a farm road blew up under a tractor near Hawija, killing the driver.';
    expect(datesOf(text, published, 'REMOTE_EXPLOSIVE_LANDMINE_IED')).toEqual(['2024-03-06']);
  });
  it('keeps the day when the incident before was told in daytime', () => {
    const text =
      'Militants attacked a checkpoint of the federal police on the edge of Tarmiyah on Tuesday morning, killing one policeman before they withdrew. ' +
      'Hours later, a roadside bomb exploded under an army vehicle on the road west of Baiji, wounding two soldiers.';
    expect(datesOf(text, published, 'REMOTE_EXPLOSIVE_LANDMINE_IED')).toEqual(['2024-03-05']);
  });
  it('keeps the day of an afternoon clock time after a night', () => {
    const text =
      'Militants attacked a checkpoint of the federal police on the edge of Tarmiyah on Tuesday night, killing one policeman before they withdrew. ' +
      'At about 2 p.m., a roadside bomb exploded under an army vehicle on the road west of Baiji, wounding two soldiers.';
    expect(datesOf(text, published, 'REMOTE_EXPLOSIVE_LANDMINE_IED')).not.toContain('2024-03-06');
  });
});
