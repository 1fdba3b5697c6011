import { describe, expect, it } from 'vitest';
import { extract } from './extract-fixtures.js';

const types = (text: string) => extract(text).events.map((e) => e.subEventType);

describe('ACLED typing (error class 8)', () => {
  it('types an armed attack that killed civilians as violence against civilians', () => {
    expect(types('Gunmen killed four shepherds near a village in Muqdadiya district on Monday.')).toEqual(['ATTACK']);
  });

  it('keeps an attack on security forces a battle', () => {
    expect(types('ISIS militants attacked an army post in Daquq district on Monday, killing two soldiers.')).toEqual(['ARMED_CLASH']);
  });

  it('types an assassination or an execution of chosen people as violence against civilians', () => {
    expect(types('Gunmen assassinated a local official in Muqdadiya district on Monday.')).toEqual(['ATTACK']);
    expect(types('ISIS militants executed three villagers in Daquq district on Monday.')).toEqual(['ATTACK']);
  });

  it('takes "an ISIS raid on a village" for an attack told again, and a killing of kin at home for violence against civilians', () => {
    expect(extract("Three of the people wounded in Monday night's ISIS raid on a village in Muqdadiya district have died, bringing the death toll to 12.").events.map((e) => `${e.date} ${e.casualties.map((c) => c.killed).join(',')}`)).toEqual(['2023-01-16 12']);
    expect(types('Unidentified gunmen killed two brothers and wounded their father at their home in Muqdadiya district on Monday.')).toEqual(['ATTACK']);
  });

  it('keeps arrests "from both tribes" part of a fight where "two rival tribes exchanged fire"', () => {
    expect(types('Three people were killed on Monday when two rival tribes exchanged fire in Daquq district. Police later sealed off the area and arrested 17 gunmen from both tribes.')).toEqual(['ARMED_CLASH']);
  });

  it('keeps the arrest "of those involved" told right after a family gunfight part of it', () => {
    expect(types('On Monday evening, a quarrel over farmland between two families in Daquq district turned into a gunfight that left two men dead. Police arrested six of those involved and seized three rifles.')).toEqual(['ARMED_CLASH']);
  });

  it('types an abduction of civilians as abduction', () => {
    expect(types('Gunmen abducted three farmers in Daquq district on Monday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
  });

  it('keeps a bomb a bomb whoever it hit', () => {
    expect(types('A roadside bomb killed two civilians in Kirkuk on Monday.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('keeps a fight between two clans one armed clash with the detentions that end it', () => {
    const found = extract(
      'Two men were killed and four wounded on Wednesday night in an armed fight between two clans over a plot of land in Daquq district, before the police separated the two sides and arrested five people.',
    ).events;
    expect(found.map((e) => `${e.subEventType} ${e.casualties.map((c) => `${c.killed ?? 0}/${c.injured ?? 0}/${c.arrested ?? 0}`).join(' ')}`)).toEqual(['ARMED_CLASH 2/4/0 0/0/5']);
    // Arrests told later, with the sides named, join it; arrests on a day of their own are their own event.
    expect(types('Three people were killed on Saturday in a clash between two rival tribes in Daquq district. The security forces arrested 11 gunmen from both tribes.')).toEqual(['ARMED_CLASH']);
    expect(types('Three people were killed on Saturday in a clash between two rival tribes in Daquq district. On Monday, police arrested six gunmen from both tribes in a raid.', )).toEqual(['ARMED_CLASH', 'ARRESTS']);
  });

  it('keeps fields set alight before a bomb hits those who came its own incident, and houses burned after an attack part of it', () => {
    expect(types('Suspected ISIS militants torched wheat fields in three villages of Daquq district on Thursday, and a roadside bomb then struck a civil defence crew who had rushed to fight the flames, killing three firefighters.')).toEqual([
      'LOOTING_PROPERTY_DESTRUCTION',
      'REMOTE_EXPLOSIVE_LANDMINE_IED',
    ]);
    expect(types('Gunmen opened fire on residents in a village of Daquq district on Monday, killing two, then set fire to two houses before fleeing.')).toEqual(['ATTACK']);
    // "a fire which unidentified men had started", "burned dozens of bales of straw": arson told in other words.
    expect(types('The device targeted a civil defence team that had gone to put out a fire which unidentified men had started in the wheat fields of a village in Daquq district on Monday.')).toContain('LOOTING_PROPERTY_DESTRUCTION');
    expect(types('On Monday night, unidentified men burned dozens of bales of straw outside a village in Daquq district.')).toEqual(['LOOTING_PROPERTY_DESTRUCTION']);
  });

  it('reads a protest broken up by riot police, with its detentions, as one protest with intervention, and the march the day before as a peaceful protest', () => {
    const found = extract(
      'Riot police in Kirkuk fired tear gas and swung batons on Sunday to break up a protest against power cuts, and detained dozens of people. Twenty-three activists who had called for the rally were arrested, along with four journalists. The day before, on Saturday, some two thousand people had marched peacefully along the main street to the governorate building.',
      '2026-08-17',
    ).events;
    expect(found.map((e) => `${e.subEventType} ${e.date} ${e.casualties.map((c) => `${c.group}:${c.arrested ?? 0}`).join(',')}`)).toEqual([
      'PROTEST_WITH_INTERVENTION 2026-08-16 CIVILIANS:27',
      'PEACEFUL_PROTEST 2026-08-15 ',
    ]);
  });

  it('keeps clans fighting each other an armed clash', () => {
    expect(types('A clan dispute in Daquq district turned violent on Monday, leaving four people dead.')).toEqual(['ARMED_CLASH']);
  });
});

describe('ACLED typing by what hit whom', () => {
  it('types an attack by what caused its casualties, not by a detail told later without figures', () => {
    expect(
      types('Nine federal policemen were killed on Monday when ISIS militants attacked a checkpoint in Daquq district. Two police vehicles were later destroyed by roadside bombs planted by the attackers.'),
    ).toEqual(['ARMED_CLASH']);
    expect(types('Two soldiers were killed in Daquq district on Monday. A roadside bomb struck their vehicle near a village.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('keeps an attack that killed someone an attack, even when others were abducted in it', () => {
    expect(types('On Monday, ISIS fighters attacked a village in Daquq district, killing a soldier, and kidnapped a farmer.')).toEqual(['ARMED_CLASH']);
  });

  it('types as violence against civilians an attack by militants that hit more civilians than armed men', () => {
    expect(types('ISIS militants stormed a village in Daquq district on Monday, killing six villagers and a soldier.')).toEqual(['ATTACK']);
    expect(types('ISIS militants stormed a village in Daquq district on Monday, killing three soldiers and a villager.')).toEqual(['ARMED_CLASH']);
  });
});

describe('operations', () => {
  it('types an operation in which militants were killed as a battle', () => {
    expect(types('On Monday, the army carried out a security operation in Daquq district that killed 14 ISIS militants.')).toEqual(['ARMED_CLASH']);
  });
});
