/**
 * Discourse assembly and the writer's merge decision, round of 2026-12-03 (each rule written in new words against the
 * shipped reference): a district's town and a place of that district, reported by two outlets on the same day with the
 * same side or the same toll, are one incident.
 */
import { describe, expect, it } from 'vitest';
import { incidentScore, placeRelation, type IncidentReport } from '../../src/domain/incident-match.js';
import { resolveDates } from '../../src/extract/dates.js';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract, events } = shippedReference();

// A district seat, a village of its district (under a sub-district), and a village of another district of the province.
const PROVINCE = ['place:dohuk-governorate', 'place:iraq'];
const SEAT = ['place:zakho', 'place:zakho-district', ...PROVINCE];
const VILLAGE = ['place:batifa-village', 'place:batifa-subdistrict', 'place:zakho-district', ...PROVINCE];
const ELSEWHERE = ['place:kani-masi', 'place:amedi-district', ...PROVINCE];

function report(over: Partial<IncidentReport> & { id: string }): IncidentReport {
  return { subEventType: 'AIR_DRONE_STRIKE', date: '2025-05-06', datePrecision: 'DAY', placeChain: SEAT, placeNames: ['Zakho'], placeType: 'TOWN', perpetrators: ['force:turkish-armed-forces'], targets: [], killed: 2, ...over };
}
const village = (over: Partial<IncidentReport> & { id: string }) => report({ placeChain: VILLAGE, placeNames: ['Batifa'], placeType: 'VILLAGE', ...over });

describe("a district's town and a place of its district", () => {
  it('merges a strike told at the district town with one told at a village of that district, same day, same side', () => {
    expect(placeRelation(report({ id: 'a' }), village({ id: 'b', killed: 3 })).relation).toBe('districtTown');
    expect(incidentScore(report({ id: 'a' }), village({ id: 'b', killed: 3 }))).toBeGreaterThan(0);
    expect(incidentScore(village({ id: 'b', killed: 3 }), report({ id: 'a' }))).toBeGreaterThan(0);
  });

  it('merges them with no side named when both give the same toll', () => {
    expect(incidentScore(report({ id: 'a', perpetrators: [], subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED' }), village({ id: 'b', perpetrators: [], subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED' }))).toBeGreaterThan(0);
  });

  it('keeps them apart on another day, with another kind, or with no shared side and another toll', () => {
    expect(incidentScore(report({ id: 'a' }), village({ id: 'b', date: '2025-05-07' }))).toBe(0);
    expect(incidentScore(report({ id: 'a' }), village({ id: 'b', subEventType: 'SHELLING_ARTILLERY_MISSILE_ATTACK' }))).toBe(0);
    expect(incidentScore(report({ id: 'a', perpetrators: [] }), village({ id: 'b', killed: 5 }))).toBe(0);
  });

  it('keeps apart the town and a village of another district of the province', () => {
    expect(placeRelation(report({ id: 'a' }), village({ id: 'b', placeChain: ELSEWHERE })).relation).toBe('different');
    expect(incidentScore(report({ id: 'a' }), village({ id: 'b', placeChain: ELSEWHERE }))).toBe(0);
  });
});

describe('days told only roughly', () => {
  it('dates an incident told "hours after" a report by the day a later sentence gives it', () => {
    const found = events(
      'KIRKUK (Example Agency) - The mayor of Daquq on Tuesday asked Baghdad to send more troops to the district, hours after gunmen attacked a police checkpoint near the town. The assault started at about 10 p.m. on Monday and went on for an hour, a police officer said.',
      '2024-03-12',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2024-03-11');
  });

  it('keeps the report\'s day when the later sentence names it again', () => {
    const found = events('KIRKUK (Example Agency) - The mayor of Daquq on Tuesday asked Baghdad to send more troops, hours after gunmen attacked a police checkpoint near the town. The assault started at noon on Tuesday, a police officer said.', '2024-03-12');
    expect(found.map((e) => e.date)).toEqual(['2024-03-12']);
  });

  it('dates "the same night, at about 3 a.m." after an attack late in the evening on the next day', () => {
    const found = events(
      'KIRKUK (Example Agency) - Gunmen opened fire late on Friday on shepherds near the village of Albu Mohammed in Daquq district, killing one of them, police said on Saturday. The same night, at about 3 a.m., a fire broke out in wheat fields of Tal Ahmed, a village some six kilometres to the north. Nobody was hurt.',
      '2024-03-09',
    );
    expect(found.map((e) => [e.type, e.date])).toEqual([
      ['ATTACK', '2024-03-08'],
      ['LOOTING_PROPERTY_DESTRUCTION', '2024-03-09'],
    ]);
  });

  it('leaves "the same night" without a clock time after midnight on the evening\'s day', () => {
    const found = events(
      'KIRKUK (Example Agency) - Gunmen opened fire late on Friday on shepherds near the village of Albu Mohammed in Daquq district, killing one of them, police said on Saturday. The same night, a fire broke out in wheat fields of Tal Ahmed, a village some six kilometres to the north. Nobody was hurt.',
      '2024-03-09',
    );
    expect(found.map((e) => e.date)).toEqual(['2024-03-08', '2024-03-08']);
  });
});

describe("a round-up's lead", () => {
  it('reads "between Saturday and Thursday" as one span of days, not two days', () => {
    const found = resolveDates('Police counted four attacks in the province between Saturday and Thursday, officials said.', '2024-03-15');
    expect(found).toEqual([expect.objectContaining({ date: '2024-03-09', precision: 'WEEK' })]);
    expect(resolveDates('The roads were closed from Monday to Wednesday.', '2024-03-15')).toEqual([expect.objectContaining({ date: '2024-03-11', precision: 'WEEK' })]);
  });

  it('takes "in four security incidents" for a total over the items below, no part of the first item', () => {
    const batch = extract(
      [
        'Three people were killed and four wounded in four security incidents that our reporters recorded in Kirkuk and Salahuddin provinces between Saturday and Thursday.',
        '**Kirkuk**',
        'A roadside bomb wounded two policemen near the village of Albu Mohammed in Daquq district on Monday, police said.',
        '**Salahuddin**',
        'Gunmen shot dead three shepherds near Tuz Khurmatu on Wednesday, a local official said.',
      ].join('\n\n'),
      '2024-03-15',
    );
    expect(batch.events.map((e) => [e.subEventType, e.date])).toEqual([
      ['REMOTE_EXPLOSIVE_LANDMINE_IED', '2024-03-11'],
      ['ATTACK', '2024-03-13'],
    ]);
    expect(batch.events[0]?.description ?? '').not.toContain('security incidents');
  });
});

describe('a weekly round-up told day by day', () => {
  const WEEK = [
    'At least three people were killed and nine wounded in security incidents across four provinces during the week that ended on Friday, police sources said.',
    'On Monday, police detained two men wanted on terrorism charges at a farm in the Rashad subdistrict.',
    'Tuesday passed quietly in Kirkuk city, although a man threw a hand grenade at a mobile phone shop shortly after midnight, damaging its front.',
    'And on Thursday, a quarrel over irrigation water near Tuz Khurmatu turned into a gunfight between two clans that killed one man and wounded three. Police arrested five men from both sides once the firing stopped.',
  ].join('\n\n');

  it('takes a toll "across four provinces during the week" for the total, no incident', () => {
    const batch = extract(WEEK, '2024-03-16');
    expect(batch.events.map((e) => e.subEventType)).toEqual(['ARRESTS', 'GRENADE', 'ARMED_CLASH']);
  });

  it('dates a grenade thrown "shortly after midnight" in a sentence led by "Tuesday" on the Tuesday', () => {
    const batch = extract(WEEK, '2024-03-16');
    expect(batch.events.find((e) => e.subEventType === 'GRENADE')?.date).toBe('2024-03-12');
  });

  it('gives the arrests of men "from both sides" to the clan fight just told, not to the arrests told before it', () => {
    const batch = extract(WEEK, '2024-03-16');
    const fight = batch.events.find((e) => e.subEventType === 'ARMED_CLASH');
    const arrests = batch.events.find((e) => e.subEventType === 'ARRESTS');
    expect(fight?.casualties).toEqual([expect.objectContaining({ arrested: 5 })]);
    expect(arrests?.casualties.map((c) => c.arrested)).toEqual([2]);
  });

  it('still dates a night-only attack told with the day of its report by the night before publication', () => {
    const found = events('KIRKUK (Example Agency) - Gunmen attacked a police checkpoint near Daquq shortly after midnight, killing one policeman, officials said on Tuesday.', '2024-03-12');
    expect(found.map((e) => e.date)).toEqual(['2024-03-12']);
  });
});

describe('a fight between two families named one by one', () => {
  it('reads "a gunfight between an Arab family and a Turkmen family" as a clan fight whose arrests end it', () => {
    const found = events(
      'KIRKUK (Example Agency) - Two men were killed and three others wounded in a gunfight between an Arab family and a Turkmen family over grazing land near Tuz Khurmatu, a police source said on Sunday. The fighting broke out on Saturday evening. Police arrested four people and seized three rifles, the source added.',
      '2024-03-10',
    );
    expect(found.map((e) => e.type)).toEqual(['ARMED_CLASH']);
    expect(found[0]?.casualties).toContainEqual(expect.objectContaining({ arrested: 4 }));
  });
});

describe('an outlet named "... Today"', () => {
  it('does not read the "Today" of an outlet\'s name as a date', () => {
    expect(resolveDates('A police officer in Hawija gave the figures to Kirkuk Today in a phone call.', '2024-03-15')).toEqual([]);
    expect(resolveDates('Iraq Today/ Gunmen killed two shepherds near Daquq, police said.', '2024-03-15')).toEqual([]);
    // ... while "today" of the writing still is one.
    expect(resolveDates('Gunmen killed two shepherds near Daquq today, police said.', '2024-03-15')).toEqual([expect.objectContaining({ date: '2024-03-15' })]);
  });
});

describe("the places a round-up's lead names", () => {
  it('mentions "Kirkuk and Duhok provinces" as the governorates, not their seat cities', () => {
    const batch = extract('Two people were killed in four security incidents in Kirkuk and Duhok provinces during the week, police sources said.', '2024-03-15');
    const mentioned = batch.relationships.filter((r) => r.type === 'MENTIONS').map((r) => ref(r.to));
    expect(mentioned).toEqual(expect.arrayContaining(['place:kirkuk-governorate', 'place:duhok-governorate']));
    expect(mentioned).not.toContain('place:kirkuk');
  });
});
