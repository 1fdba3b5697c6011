/**
 * Casualty figures as new (dev16, dev17) reporting writes them, each phenomenon in new words with a near
 * sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/casualties.js';
import { extract } from './extract-fixtures.js';

const brief = (s: string) => findFigures(s).map((f) => [f.measure, f.count, f.group, f.partial ? 'part' : ''].join(' ').trim());
const tolls = (text: string, published = '2023-01-17') =>
  extract(text, published).events.map((e) =>
    (e.casualties ?? []).flatMap((c) => (['killed', 'injured', 'abducted', 'arrested'] as const).filter((m) => c[m] !== undefined).map((m) => `${c.group} ${m} ${c[m]}`)),
  );

describe('casualty figures: new reporting', () => {
  it('reads members of the civil defence or the fire brigade as civilians (rescuers), not as armed men', () => {
    expect(brief('Three members of the civil defence died and two others were hurt when a mine blew up under their truck.')).toEqual(['killed 3 CIVILIANS', 'injured 2 CIVILIANS']);
    expect(brief('The blast killed four members of the fire brigade.')).toEqual(['killed 4 CIVILIANS']);
    // ... while members of a force or bare "members" keep their old reading.
    expect(brief('Three members of the tribal mobilisation were killed.')).toEqual(['killed 3 MILITANTS']);
  });

  it('reads a toll told as confirmed or reported ("are now confirmed dead", "was reported killed")', () => {
    expect(brief('Five farmers are now confirmed dead and nine wounded after the raid.')).toEqual(['killed 5 CIVILIANS', 'injured 9 CIVILIANS']);
    expect(brief('A policeman was reported killed in the ambush.')).toEqual(['killed 1 SECURITY_FORCES']);
    // ... but a number of the dead that is only feared gives no figure.
    expect(brief('Rescuers said five farmers are feared dead after the raid.')).toEqual([]);
  });

  it('takes no figure from a sum over several provinces and a period (a round-up lead)', () => {
    expect(brief('At least eleven people were killed in attacks across four provinces over the past week, most of them in one ambush.')).toEqual([]);
    expect(brief('Six governorates recorded security incidents this month that left twelve people dead.')).toEqual([]);
    // ... while one incident told with the week keeps its toll.
    expect(brief('Two shepherds were killed by a mine in Anbar province this week.')).toEqual(['killed 2 CIVILIANS']);
    expect(brief('Rockets hit three provinces on Monday, killing four people.')).toEqual(['killed 4 CIVILIANS']);
  });

  it('lets a toll that tells the wounded too revise the count of wounded told before', () => {
    const text =
      'Iranian artillery shelled a village in Daquq district on Monday, killing a shepherd and wounding his wife, local officials said. Doctors said on Tuesday that three neighbours had also been hurt in the shelling, which raised the toll to one killed and four wounded.';
    expect(tolls(text)).toEqual([['CIVILIANS killed 1', 'CIVILIANS injured 4']]);
    // ... while a toll of the dead alone leaves the wounded as told.
    expect(tolls('Iranian artillery shelled a village in Daquq district on Monday, wounding a shepherd. The death toll rose to two on Tuesday.')[0]).toContain('CIVILIANS injured 1');
  });

  it('reads men detained after a fight between clans as the clans\' gunmen, and people as people', () => {
    const clan = (detained: string) =>
      tolls(`A quarrel over grazing land between two clans near Kalar turned into a gunfight on Sunday, in which a man was killed. ${detained} were detained, police said.`)[0];
    expect(clan('Three men')).toContain('MILITANTS arrested 3');
    expect(clan('Three people')).not.toContain('MILITANTS arrested 3');
  });
});

describe('casualty figures: victims told with more words before the verb', () => {
  it('reads a victim told by what he was doing ("a man walking past was hurt") as a civilian', () => {
    expect(brief('A boy walking home from school was slightly hurt by the blast.')).toEqual(['injured 1 CIVILIANS']);
    expect(brief('A man queueing outside the bakery had also been wounded, the mayor said.')).toEqual(['injured 1 CIVILIANS']);
    expect(brief('Three soldiers guarding the bridge were killed.')).toEqual(['killed 3 SECURITY_FORCES']);
    // ... not one told by what he did to cause it, and not "according to".
    expect(brief('A man carrying the device was killed when it went off.')).toEqual(['killed 1 UNSPECIFIED']);
    expect(brief('The girl, according to officials, was wounded.')).toEqual([]);
  });

  it('counts a victim and a relative told with one verb ("a farmer and his son were wounded") as two civilians', () => {
    expect(brief('A herder and his teenage nephew were badly wounded when the mine exploded.')).toEqual(['injured 2 CIVILIANS']);
    // ... but not a policeman's kin as policemen.
    expect(brief('A policeman and his brother were shot dead outside their home.')).toEqual([]);
  });
});

describe('casualty figures: sums and tolls told again person by person', () => {
  it('takes no figure from a sum told across the country over a period', () => {
    expect(brief('At least six people died across the country last week in bombings and shootings in four provinces.')).toEqual([]);
    expect(brief('Nationwide, eight people were killed this month, the ministry said.')).toEqual([]);
    // ... while one incident's toll told with the country keeps its figure.
    expect(brief('Two policemen were killed on Monday in an attack that shocked the country.')).toEqual(['killed 2 SECURITY_FORCES']);
  });

  it('splits a toll told again person by person into each side\'s share ("two dead, the driver and a soldier")', () => {
    expect(brief('The ambush left two men dead, the truck driver and a Peshmerga fighter, and four others hurt.')).toEqual(['killed 1 CIVILIANS', 'killed 1 SECURITY_FORCES', 'injured 4 CIVILIANS']);
    expect(brief('The mortar round killed three people, a teacher, a policeman and a soldier.')).toEqual(['killed 1 CIVILIANS', 'killed 2 SECURITY_FORCES']);
    // ... and keeps the toll whole where all are of one side, or where the list does not count the toll.
    expect(brief('The blast killed two people, a shepherd and a farmer.')).toEqual(['killed 2 CIVILIANS']);
    expect(brief('The ambush left three men dead, the truck driver and a Peshmerga fighter among them.').filter((f) => f.startsWith('killed 3'))).toEqual(['killed 3 CIVILIANS']);
  });
});

describe('casualty figures: communiqué word order', () => {
  it('reads the object of an arrest told after a time phrase in commas ("arrested, on Sunday evening, (4) suspects")', () => {
    expect(brief('A Federal Police force detained, late on Thursday, (4) wanted men in a raid on a farm.')).toEqual(['arrested 4 MILITANTS']);
    expect(brief('The troops captured, on Friday morning, two suspects near the river.')).toEqual(['arrested 2 MILITANTS']);
    // ... but not across a comma that tells something else.
    expect(brief('The gunmen killed, witnesses said, the owner of the shop.')).toEqual([]);
  });

  it('reads an arrested cell by its members, not as one terrorist ("arrested a terrorist cell of (4) members")', () => {
    expect(brief('Security forces detained a terrorist cell of (4) members in a raid.')).toEqual(['arrested 4 MILITANTS']);
    expect(brief('Security forces detained, on Tuesday, a terrorist cell of (4) members.')).toEqual(['arrested 4 MILITANTS']);
    expect(brief('Security forces detained a terrorist in a raid.')).toEqual(['arrested 1 MILITANTS']);
  });
});
