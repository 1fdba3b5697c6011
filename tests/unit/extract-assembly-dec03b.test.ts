/**
 * Dates, assembly and cross-outlet merges, round of 3 December (b): failures of the development sets reproduced in new
 * wording. Wounded who "died in hospitals overnight" date their deaths, not the attack; what a body "announced on
 * Tuesday" happened by Tuesday, so a later day's report is another incident; a bare toll told on a day of its own is
 * no toll of arrests made on another day; and two outlets' spellings of one village ("zh" or "j", a Kurdish "g" written
 * "k" in Arabic) in one district are one place even when one files it under a mountain range and the other under its
 * sub-district; and a city named like its province ("in Kirkuk") stands for a place of that province when the kind and
 * the day agree, as do a mountain of a district and a village of that district; and two kinds on two days are
 * one incident only at one place, and a place not yet placed and another a day apart only with the same armed side; protests of two kinds on two days are two,
 * even in one city.
 */
import { describe, expect, it } from 'vitest';
import { incidentScore, nameSkeleton, type IncidentReport } from '../../src/domain/incident-match.js';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
/** A report for the merge decision: the fields a test names, on 3 May 2024 unless it names another day. */
const report = (over: Partial<IncidentReport> & Pick<IncidentReport, 'id' | 'subEventType'>): IncidentReport => ({ date: '2024-05-03', placeChain: [], placeNames: [], ...over });
const events = (text: string, published?: string) =>
  extract(text, published).events.map((e) => ({ type: e.subEventType, date: e.date, place: e.place ? ref(e.place) : '-', killed: e.casualties.reduce((n, c) => n + (c.killed ?? 0), 0), arrested: e.casualties.reduce((n, c) => n + (c.arrested ?? 0), 0) }));

describe('wounded who died in hospitals overnight', () => {
  it('does not date the bombing by the night the wounded died', () => {
    // Published on a Wednesday.
    const found = events('The toll from the car bomb that ripped through a livestock market in Tuz Khurmatu rose to 14 on Wednesday, as three more of the wounded died in hospitals overnight, health officials said.', '2024-03-13');
    expect(found.map((e) => e.date)).not.toContain('2024-03-13');
  });
});

describe('a report of a day bounds the day of what it reports', () => {
  const text =
    'In Anbar, the provincial police announced on Tuesday the arrest of three men accused of smuggling weapons in the town of Hit. ' +
    'In Basra, a quarrel over a water pump between two families of the Hartha district turned into a gunfight on Wednesday evening in which one man was killed. ' +
    'Police separated the two sides and detained four men the next morning.';
  it('keeps the arrests of a later morning apart from those announced on Tuesday', () => {
    // Published on a Saturday: Tuesday is the 9th, the next morning after Wednesday the 11th.
    const found = events(text, '2024-01-13');
    const hit = found.find((e) => e.type === 'ARRESTS' && e.place === 'place:hit');
    expect(hit?.date).toBe('2024-01-09');
  });
});

describe('a bare toll on a day of its own', () => {
  it('is no toll of arrests made on another day', () => {
    const found = events(
      'On Monday, police in Samarra announced the arrest of two men wanted on terrorism charges. ' +
        'On Wednesday, a quarrel between two clans in the Dhuluiya area turned into a gunfight in which one man died. ' +
        'Police separated the two sides and detained three men the next morning. ' +
        'The week closed on Friday with the death of a herder who trod on an explosive left over from the fighting while grazing goats in a valley south of Hawija, a local official said.',
      '2024-01-13',
    );
    const arrests = found.filter((e) => e.type === 'ARRESTS');
    expect(arrests.length).toBeGreaterThan(0);
    expect(arrests.map((e) => e.killed)).toEqual(arrests.map(() => 0));
  });
});

describe('two spellings of one village', () => {
  it('folds "zh" with "j" and a Kurdish "g" with the "k" Arabic writes for it', () => {
    expect(nameSkeleton('Bazhirok')).toBe(nameSkeleton('Bajirok'));
    expect(nameSkeleton('Gomarash')).toBe(nameSkeleton('Komarash'));
  });

  const strike = (id: string, chain: string[], names: string[], killed: number | null) =>
    report({ id, subEventType: 'AIR_DRONE_STRIKE', placeChain: chain, placeNames: names, placeType: 'VILLAGE', perpetrators: ['force:turkish-air-force'], killed });

  it('merges a village filed under a mountain range by one outlet and under its sub-district by the other', () => {
    const a = strike('a', ['place:bazhirok', 'place:some-range', 'place:pshdar-district', 'place:sulaymaniyah-governorate'], ['Bazhirok'], 2);
    const b = strike('b', ['place:bazhiruk', 'place:some-subdistrict', 'place:pshdar-district', 'place:sulaymaniyah-governorate'], ['Bazhiruk'], 3);
    expect(incidentScore(a, b)).toBeGreaterThan(0);
  });

  it('keeps two villages of other names in one district apart', () => {
    const a = strike('a', ['place:bazhirok', 'place:some-range', 'place:pshdar-district', 'place:sulaymaniyah-governorate'], ['Bazhirok'], 2);
    const b = strike('b', ['place:sarkan', 'place:some-subdistrict', 'place:pshdar-district', 'place:sulaymaniyah-governorate'], ['Sarkan'], 2);
    expect(incidentScore(a, b)).toBe(0);
  });

  it('keeps one spelling in two districts apart', () => {
    const a = strike('a', ['place:bazhirok', 'place:some-range', 'place:pshdar-district', 'place:sulaymaniyah-governorate'], ['Bazhirok'], 2);
    const b = strike('b', ['place:bajirok', 'place:other-subdistrict', 'place:amedi-district', 'place:duhok-governorate'], ['Bajirok'], 2);
    expect(incidentScore(a, b)).toBe(0);
  });
});

describe('a province named by its city', () => {
  const clash = (id: string, chain: string[], names: string[], type: string, placeType: string, date = '2024-05-03') =>
    report({ id, subEventType: type as IncidentReport['subEventType'], date, placeChain: chain, placeNames: names, placeType, killed: 2 });
  const city = clash('a', ['place:kirkuk', 'place:kirkuk-district', 'place:kirkuk-governorate', 'place:iraq'], ['Kirkuk'], 'ARMED_CLASH', 'CITY');

  it('merges "in Kirkuk" with a village of another district of Kirkuk province on the same day and of the same kind', () => {
    const village = clash('b', ['place:some-village', 'place:hawija-district', 'place:kirkuk-governorate', 'place:iraq'], ['Some Village'], 'ARMED_CLASH', 'VILLAGE');
    expect(incidentScore(city, village)).toBeGreaterThan(0);
  });

  it('keeps another kind, or another day, apart', () => {
    const bomb = clash('b', ['place:some-village', 'place:hawija-district', 'place:kirkuk-governorate', 'place:iraq'], ['Some Village'], 'REMOTE_EXPLOSIVE_LANDMINE_IED', 'VILLAGE');
    const nextDay = clash('c', ['place:some-village', 'place:hawija-district', 'place:kirkuk-governorate', 'place:iraq'], ['Some Village'], 'ARMED_CLASH', 'VILLAGE', '2024-05-04');
    expect(incidentScore(city, bomb)).toBe(0);
    expect(incidentScore(city, nextDay)).toBe(0);
  });

  it('does not take a city not named after its province for the province', () => {
    const town = clash('a', ['place:hawija', 'place:hawija-district', 'place:kirkuk-governorate', 'place:iraq'], ['Hawija'], 'ARMED_CLASH', 'CITY');
    const village = clash('b', ['place:some-village', 'place:dibis-district', 'place:kirkuk-governorate', 'place:iraq'], ['Some Village'], 'ARMED_CLASH', 'VILLAGE');
    expect(incidentScore(town, village)).toBe(0);
  });
});

describe('a mountain of a district and a village of that district', () => {
  const attack = (id: string, chain: string[], names: string[], placeType: string, type = 'ARMED_CLASH') =>
    report({ id, subEventType: type as IncidentReport['subEventType'], placeChain: chain, placeNames: names, placeType, perpetrators: ['org:isis'] });
  const mountain = attack('a', ['place:some-mountain', 'place:makhmour-district', 'place:erbil-governorate'], ['Some Mountain'], 'AREA');

  it('report one incident of one kind on one day', () => {
    const village = attack('b', ['place:some-hamlet', 'place:makhmour-district', 'place:erbil-governorate'], ['Some Hamlet'], 'VILLAGE');
    expect(incidentScore(mountain, village)).toBeGreaterThan(0);
  });

  it('keep a village of another district, or another kind, apart', () => {
    const elsewhere = attack('b', ['place:some-hamlet', 'place:koya-district', 'place:erbil-governorate'], ['Some Hamlet'], 'VILLAGE');
    const bomb = attack('c', ['place:some-hamlet', 'place:makhmour-district', 'place:erbil-governorate'], ['Some Hamlet'], 'VILLAGE', 'REMOTE_EXPLOSIVE_LANDMINE_IED');
    expect(incidentScore(mountain, elsewhere)).toBe(0);
    expect(incidentScore(mountain, bomb)).toBe(0);
  });
});

describe('two kinds on two days', () => {
  const told = (id: string, type: string, date: string, chain: string[], names: string[], placeType: string) =>
    report({ id, subEventType: type as IncidentReport['subEventType'], date, placeChain: chain, placeNames: names, placeType });
  const subdistrict = ['place:some-subdistrict', 'place:khalis-district', 'place:diyala-governorate'];

  it('keeps an abduction in a sub-district and an attack on a village of it the next day apart', () => {
    const abduction = told('a', 'ABDUCTION_FORCED_DISAPPEARANCE', '2024-05-03', subdistrict, ['Some Subdistrict'], 'SUBDISTRICT');
    const attack = told('b', 'ATTACK', '2024-05-04', ['place:some-hamlet', ...subdistrict], ['Some Hamlet'], 'VILLAGE');
    expect(incidentScore(abduction, attack)).toBe(0);
  });

  it('still merges one kind told a day apart inside the sub-district', () => {
    const first = told('a', 'ATTACK', '2024-05-03', subdistrict, ['Some Subdistrict'], 'SUBDISTRICT');
    const second = told('b', 'ATTACK', '2024-05-04', ['place:some-hamlet', ...subdistrict], ['Some Hamlet'], 'VILLAGE');
    expect(incidentScore(first, second)).toBeGreaterThan(0);
  });
});

describe('a place not yet placed, a day apart', () => {
  const bomb = (id: string, date: string, chain: string[], names: string[], placeType: string, perpetrators: string[] = []) =>
    report({ id, subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', date, placeChain: chain, placeNames: names, placeType, perpetrators });
  const subdistrict = ['place:some-subdistrict', 'place:baquba-district', 'place:diyala-governorate'];

  it('is another incident when no side is named', () => {
    expect(incidentScore(bomb('a', '2024-05-03', ['place:new-quarter'], ['New Quarter'], 'AREA'), bomb('b', '2024-05-04', subdistrict, ['Some Subdistrict'], 'SUBDISTRICT'))).toBe(0);
  });

  it('is the same incident on the same day, or with the same armed side', () => {
    expect(incidentScore(bomb('a', '2024-05-03', ['place:new-quarter'], ['New Quarter'], 'AREA'), bomb('b', '2024-05-03', subdistrict, ['Some Subdistrict'], 'SUBDISTRICT'))).toBeGreaterThan(0);
    expect(incidentScore(bomb('a', '2024-05-03', ['place:new-quarter'], ['New Quarter'], 'AREA', ['org:isis']), bomb('b', '2024-05-04', subdistrict, ['Some Subdistrict'], 'SUBDISTRICT', ['org:isis']))).toBeGreaterThan(0);
  });
});

describe('protests of two kinds on two days', () => {
  const protest = (id: string, type: string, date: string) =>
    report({ id, subEventType: type as IncidentReport['subEventType'], date, placeChain: ['place:nasiriyah', 'place:nasiriyah-district', 'place:dhi-qar-governorate'], placeNames: ['Nasiriyah'], placeType: 'CITY' });

  it('are two, even in one city', () => {
    expect(incidentScore(protest('a', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS', '2024-05-03'), protest('b', 'PEACEFUL_PROTEST', '2024-05-04'))).toBe(0);
  });

  it('are one on one day', () => {
    expect(incidentScore(protest('a', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS', '2024-05-03'), protest('b', 'PEACEFUL_PROTEST', '2024-05-03'))).toBeGreaterThan(0);
  });
});
