/**
 * Dates, assembly and cross-outlet merges, round of 3 December (c): rules that generalise, each tried on sentences
 * written for it (other verbs, places, clock times and clause orders than the corpus). The small hours after a night's
 * incident ("on Tuesday night", "at 11 p.m.", "late on Friday") are the next day's, whether the report that follows
 * says "hours later", "a few hours later" or gives only the clock time. Two outlets' spellings of one place name are one
 * place even where one outlet reads it as another kind of place under another parent ("al-Wasiti neighborhood" / "the Wasiti
 * district"), when the kind of incident, the day and the toll agree as well.
 */
import { describe, expect, it } from 'vitest';
import { incidentScore, type IncidentReport } from '../../src/domain/incident-match.js';
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

/** A report for the merge decision, on 3 May 2024 unless it names another day. */
const report = (over: Partial<IncidentReport> & Pick<IncidentReport, 'id' | 'subEventType'>): IncidentReport => ({ date: '2024-05-03', placeChain: [], placeNames: [], ...over });

describe('one name spelled two ways under parents that disagree', () => {
  // One outlet files the quarter under its city, the other (misreading "district") under another province.
  const quarter = (id: string, name: string, type: string, over: Partial<IncidentReport> = {}) =>
    report({ id, subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: [`place:${name.toLowerCase()}`, 'place:kirkuk', 'place:kirkuk-governorate', 'place:iraq'], placeNames: [name], placeType: type, killed: 1, ...over });
  const misfiled = (id: string, name: string, over: Partial<IncidentReport> = {}) =>
    report({ id, subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: [`place:${name.toLowerCase()}`, 'place:babil-governorate', 'place:iraq'], placeNames: [name], placeType: 'DISTRICT', killed: 1, ...over });
  it('merges a bomb in "al-Askari" and one in "Askary" the same day with the same dead', () => {
    expect(incidentScore(quarter('a', 'al-Askari', 'AREA'), misfiled('b', 'Askary'))).toBeGreaterThan(0);
  });
  it('merges a grenade in "al-Zohour" and one in "Zuhour" with as many wounded and no dead', () => {
    const over = { subEventType: 'GRENADE' as const, killed: null, injured: 3 };
    expect(incidentScore(quarter('a', 'al-Zohour', 'AREA', over), misfiled('b', 'Zuhour', over))).toBeGreaterThan(0);
  });
  it('merges a shooting in "Qadisiya" and one in "al-Qadissiya" with two dead each', () => {
    const over = { subEventType: 'ATTACK' as const, killed: 2 };
    expect(incidentScore(quarter('a', 'Qadisiya', 'AREA', over), misfiled('b', 'al-Qadissiya', over))).toBeGreaterThan(0);
  });
  it('keeps them apart a day apart', () => {
    expect(incidentScore(quarter('a', 'al-Askari', 'AREA'), misfiled('b', 'Askary', { date: '2024-05-04' }))).toBe(0);
  });
  it('keeps them apart with other tolls', () => {
    expect(incidentScore(quarter('a', 'al-Askari', 'AREA'), misfiled('b', 'Askary', { killed: 3 }))).toBe(0);
  });
  it('keeps them apart with no toll on either side', () => {
    expect(incidentScore(quarter('a', 'al-Askari', 'AREA', { killed: null }), misfiled('b', 'Askary', { killed: null }))).toBe(0);
  });
  it('keeps two places of one name and one type apart (two quarters of that name in two cities)', () => {
    expect(incidentScore(quarter('a', 'al-Askari', 'AREA'), misfiled('b', 'Askary', { placeType: 'AREA' }))).toBe(0);
  });
  it('keeps two kinds apart', () => {
    expect(incidentScore(quarter('a', 'al-Askari', 'AREA'), misfiled('b', 'Askary', { subEventType: 'ATTACK' }))).toBe(0);
  });
});
