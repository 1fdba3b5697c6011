/**
 * Events on dev18/dev19 phenomena (round of 2026-12-01): each rule in new words, with a near sentence that
 * must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref, eventLines } from './extract-fixtures.js';
import { incidentScore, placeRelation, type IncidentReport } from '../../src/domain/incident-match.js';

const events = eventLines;

describe('event dates', () => {
  it('dates a blast told hours after a night battle that ran past midnight on the next day', () => {
    expect(events('Late on Sunday, ISIS militants attacked a Peshmerga post near a village in Daquq district. The fighting raged until dawn before the attackers withdrew. Some three hours after the fighting had ended, a roadside bomb struck a Peshmerga vehicle on the road to the post, wounding two fighters.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:daquq-district',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:daquq-district',
    ]);
  });

  it('keeps the day of a blast told hours after a battle that ended the same evening', () => {
    expect(events('On Sunday afternoon, ISIS militants attacked a Peshmerga post near a village in Daquq district. The fighting lasted for two hours before the attackers withdrew. Some three hours after the fighting had ended, a roadside bomb struck a Peshmerga vehicle on the road to the post, wounding two fighters.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:daquq-district',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:daquq-district',
    ]);
  });
});

describe('event places', () => {
  it('takes the place a retelling of the strike names, with its own hour and day, over the place the lead measured from', () => {
    expect(events('Two fighters were killed when a drone struck their car on Monday north of Baqubah. According to a security source, the strike hit the car at about 9 pm on Monday on the road at the western entrance of Muqdadiya.')).toEqual([
      'AIR_DRONE_STRIKE 2023-01-16 place:muqdadiya',
    ]);
  });

  it('keeps the measured place when the later sentence only recalls the strike without a day of its own', () => {
    expect(events('Two fighters were killed when a drone struck their car on Monday north of Baqubah. The strike was the third near Muqdadiya this month, a security source said.')).toEqual([
      'AIR_DRONE_STRIKE 2023-01-16 place:baqubah',
    ]);
  });
});

describe('event types', () => {
  it('takes a drone told on its way and then shot down for a foiled attack of its own', () => {
    expect(events('Three people were wounded when a drone struck a house in Makhmour district on Monday. Another drone headed towards Erbil was shot down over Daquq district by air defences, officials said.')).toEqual([
      'AIR_DRONE_STRIKE 2023-01-16 place:makhmour-district',
      'DISRUPTED_WEAPONS_USE 2023-01-16 place:daquq-district',
    ]);
  });

  it('keeps a drone on its way that struck its target a strike', () => {
    expect(events('Three people were wounded when a drone struck a house in Makhmour district on Monday. Another drone flying towards Erbil struck a car in Daquq district, officials said.').map((e) => e.split(' ')[0])).not.toContain('DISRUPTED_WEAPONS_USE');
  });
});

describe('cross-outlet identity of new places', () => {
  const report = (id: string, name: string, parent = 'place:sinjar-district'): IncidentReport => ({
    id,
    subEventType: 'AIR_DRONE_STRIKE',
    date: '2023-01-16',
    datePrecision: 'DAY',
    placeChain: [`place:${name.toLowerCase().replace(/\s+/g, '-')}`, parent],
    placeNames: [name],
    placeType: 'VILLAGE',
    killed: 2,
  });

  it('takes a village spelled with v by one outlet and w by another for one place', () => {
    expect(placeRelation(report('a', 'Khanasawa'), report('b', 'Khanasava')).relation).toBe('variant');
    expect(incidentScore(report('a', 'Khanasawa'), report('b', 'Khanasava'))).toBeGreaterThan(0);
  });

  it('keeps villages whose names differ in more than that letter apart', () => {
    expect(placeRelation(report('a', 'Khanasawa'), report('b', 'Khanasara')).relation).toBe('different');
    expect(placeRelation(report('a', 'Khanasawa'), report('b', 'Khanasava', 'place:tal-afar-district')).relation).toBe('different');
  });
});

describe('new villages', () => {
  it('takes an unknown name told "in the same subdistrict of" a known district for a village of that district', () => {
    const batch = extract('On Sunday a roadside bomb killed two firefighters as their crew drove to a field fire at Kharab Dawud, in the same subdistrict of Daquq district.');
    expect(batch.events.map((e) => `${e.subEventType} ${e.date} ${e.place ? ref(e.place) : '-'}`)).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:kharab-dawud']);
    expect(batch.entities.find((e) => e.id === 'place:kharab-dawud')).toMatchObject({ locatedIn: 'place:daquq-district' });
  });

  it('takes the names a counted plural of villages sets out for villages, and the land outside the pair for one place', () => {
    expect(events('On Sunday night, wheat fields were set on fire outside two small villages, Kharab Dawud and Umm Sidra, in Daquq district.')).toEqual([
      'LOOTING_PROPERTY_DESTRUCTION 2023-01-15 place:kharab-dawud',
    ]);
  });

  it('keeps places joined by "and" without the counted plural one event each', () => {
    expect(events('On Sunday, protesters rallied in Baqubah and Kirkuk to demand jobs.')).toEqual([
      'PEACEFUL_PROTEST 2023-01-15 place:baqubah',
      'PEACEFUL_PROTEST 2023-01-15 place:kirkuk',
    ]);
  });
});

describe('night attacks told overnight, then by the evening hour', () => {
  it('takes the evening hour a later sentence gives for the night the lead told as overnight: one incident, on that evening', () => {
    expect(events('Two villagers were killed when gunmen stormed a village in Daquq district overnight, police said on Tuesday. The gunmen came on foot from the direction of Wadi al-Shay at about 10 p.m. Monday and opened fire on two houses before fleeing.', '2023-01-17').map((e) => e.split(' ').slice(1).join(' '))).toEqual([
      '2023-01-16 place:daquq-district',
    ]);
  });

  it('keeps an attack told only as overnight on the morning it ended, and one on another day apart', () => {
    expect(events('Two villagers were killed when gunmen stormed a village in Daquq district overnight, police said on Tuesday.', '2023-01-17').map((e) => e.split(' ').slice(1).join(' '))).toEqual(['2023-01-17 place:daquq-district']);
    expect(events('Two villagers were killed when gunmen stormed a village in Daquq district overnight, police said on Tuesday. On Sunday, gunmen opened fire on a checkpoint in Rashad Subdistrict, wounding a soldier.', '2023-01-17').map((e) => e.split(' ').slice(1).join(' '))).toEqual([
      '2023-01-17 place:daquq-district',
      '2023-01-15 place:rashad-subdistrict',
    ]);
  });
});

describe('spurious events', () => {
  it('takes no destruction from damage named as what is owed or to be rebuilt', () => {
    expect(events('On Monday, some 300 displaced families gathered outside the governorate building in Baqubah, demanding compensation for the burned houses they left in 2014.').map((e) => e.split(' ')[0])).not.toContain('LOOTING_PROPERTY_DESTRUCTION');
    expect(events('Engineers began on Monday the reconstruction of destroyed homes in Muqdadiya, the governor said.').map((e) => e.split(' ')[0])).not.toContain('LOOTING_PROPERTY_DESTRUCTION');
  });

  it('still takes fields burned by men for destruction, whatever else the sentence names', () => {
    expect(events('On Monday night, unidentified men burned the wheat fields of farmers near Muqdadiya who had sought compensation for earlier losses, the police said.').map((e) => e.split(' ')[0])).toContain('LOOTING_PROPERTY_DESTRUCTION');
  });
});

describe('named bases', () => {
  it('takes a named base the reference does not know for a site of its own', () => {
    expect(events('Two rockets struck the Falcon Air Base in Erbil province early on Monday, lightly wounding a contractor, officials said.')).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-16 place:falcon-air-base',
    ]);
  });

  it('keeps an unnamed base by its named neighbour', () => {
    expect(events('Two rockets struck a military base near Erbil early on Monday, lightly wounding a contractor, officials said.')).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-16 place:erbil',
    ]);
  });
});

describe('fired rounds that explode', () => {
  it('takes artillery or mortar rounds that exploded for shelling, not a planted device', () => {
    expect(events('Two shepherds were wounded when Turkish artillery shells exploded near their tent early on Sunday in Amedi district, the mayor said.').map((e) => e.split(' ')[0])).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });

  it('keeps an old shell that went off, and a device that exploded, a remote explosive', () => {
    expect(events('Two shepherds were wounded when an old artillery shell exploded near their tent on Sunday in Amedi district, the mayor said.').map((e) => e.split(' ')[0])).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
    expect(events('Two shepherds were wounded when a device exploded near their tent on Sunday in Amedi district, the mayor said.').map((e) => e.split(' ')[0])).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });
});

describe('the next incident, hours later', () => {
  it('takes a report led by "hours later" at another place of the same district for an incident of its own', () => {
    expect(events('In Diyala, gunmen fired on Monday night at a checkpoint west of Muqdadiya, wounding two soldiers. Some hours later, militants attacked a police post in the Abu Saida area of the same district, killing one policeman.').map((e) => e.split(' ').slice(1).join(' '))).toEqual([
      '2023-01-16 place:muqdadiya',
      '2023-01-16 place:abu-saida-subdistrict',
    ]);
  });

  it('keeps a report led by "hours later" at the same place, or with no place, in the incident', () => {
    expect(events('On Monday night, gunmen attacked a checkpoint in Muqdadiya, wounding a soldier. Some hours later, the gunmen attacked the checkpoint again in Muqdadiya, killing a policeman.')).toHaveLength(1);
  });
});
