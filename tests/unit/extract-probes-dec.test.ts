/**
 * Probes from short articles written in new styles (a wire report from Kirkuk, a Security Media Cell
 * communiqué relayed by a news agency, a two-incident brief), each wrong fact turned into a rule with
 * a sentence that must keep its old reading (docs/benchmarks.md, "Probe articles, December").
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const sides = (text: string, published = '2026-10-20') =>
  extract(text, published).events.map((e) => `${e.subEventType} by ${e.perpetrators.map(ref).join(',') || '-'} against ${e.targets.map(ref).join(',') || '-'}`);

describe('the acting side of a strike told in a communiqué', () => {
  it('takes "Iraqi Air Force F-16 jets killed" after "announced on Tuesday that" for the strike\'s actor', () => {
    expect(sides('The Security Media Cell announced on Tuesday that Iraqi Air Force F-16 jets killed four terrorists in an airstrike on a hideout in Wadi al-Shay.')).toEqual(['AIR_DRONE_STRIKE by force:iraqi-air-force against -']);
    expect(sides('The Security Media Cell said Iraqi jets killed four terrorists in an airstrike on a hideout in Wadi al-Shay on Tuesday.')).toEqual(['AIR_DRONE_STRIKE by force:iraqi-air-force against -']);
  });
  it('keeps a post attacked "on" a named day its target, and foreign jets not Iraqi', () => {
    expect(sides('ISIS militants attacked an Iraqi army post in Wadi al-Shay on Tuesday, killing two soldiers.')).toEqual(['ARMED_CLASH by org:isis against force:iraqi-army']);
    expect(sides('US F-15E jets struck a Kataib Hezbollah depot in Al-Qaim on Tuesday.')[0]).not.toContain('force:iraqi-air-force');
  });
  it('gives the force that searched the site and found the bodies no side in the deaths', () => {
    expect(sides('Iraqi F-16 jets struck an ISIS hideout in Wadi al-Shay on Tuesday. A force from the 8th Division of the Iraqi army searched the site after the strike and found the bodies of four terrorists.')).toEqual(['AIR_DRONE_STRIKE by force:iraqi-air-force against org:isis']);
  });
});

describe('the day given in the sentence after the lead', () => {
  const dated = (text: string) => extract(text, '2026-10-14').events.map((e) => `${e.subEventType} ${e.date}`);
  it('takes "the device targeted a patrol ... on Tuesday" for the bomb of the lead', () => {
    expect(dated('A security source reported on Wednesday that an explosive device went off near the village of Bashir in Daquq district, wounding two members of the Federal Police. The source said the device targeted a Federal Police patrol at around 9:30 p.m. on Tuesday.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2026-10-13']);
  });
  it('reads no bomb in "the device targeted a crew" sent to a fire', () => {
    expect(dated('A fire broke out in the wheat fields of a village in Daquq district on Tuesday. A device targeted a civil defence crew that had gone to put it out.').filter((e) => e.startsWith('REMOTE'))).toEqual([]);
  });
});

describe('the side suspicion falls on', () => {
  it('takes "suspicion fell on the Islamic State group" for the suspected perpetrator, not a target', () => {
    expect(sides('A car bomb exploded at a market in Tuz Khurmatu on Monday, killing three people. No one claimed responsibility for the attack, but suspicion fell on the Islamic State group.', '2026-11-10')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED by org:isis against -']);
  });
});

describe('a quotation closed by someone unnamed', () => {
  const said = (text: string) => extract(text, '2026-10-28').statements.map((s) => `${ref(s.speaker)} ${s.stance}`);
  const LEAD = 'Two people were killed on Tuesday evening when a Turkish drone struck a vehicle near the village of Sire in Amedi district. ';
  it('gives "\\"We live in fear. ...,\\" one villager said" to nobody named before', () => {
    expect(said(`${LEAD}Residents of Sire said Turkish drones had been flying over the valley all day. "We live in fear. Every time we hear a drone, we keep our children inside," one villager said.`)).toEqual([]);
    expect(said(`${LEAD}The KRG condemned the strike. "We are worried. Nobody is safe in these villages," said a resident.`)).toEqual(['gov:krg CONDEMNATION']);
  });
  it('still gives a quotation closed by "he said" to the speaker before', () => {
    expect(said(`${LEAD}Amedi mayor Zerevan Ahmed condemned the strike. "We are worried. Nobody is safe in these villages," he said.`)).toContain('person:zerevan-ahmed CONDEMNATION');
  });
});

describe('the police that end a clan fight', () => {
  it('are no side of the fight whose fighters they arrest', () => {
    expect(sides('An armed dispute between two clans in Hartha district, north of Basra, left three people dead on Saturday evening, a police source said. The source added that police arrested eleven people involved in the fighting.', '2026-11-15')).toEqual(['ARMED_CLASH by - against -']);
  });
  it('still act in an arrest that is an incident of its own', () => {
    expect(sides('Police arrested eleven suspected ISIS members in a raid in Hartha district on Saturday.', '2026-11-15')).toEqual(['ARRESTS by force:isf against org:isis']);
  });
});

describe('a rocket found unfired', () => {
  const kinds = (text: string) => extract(text, '2026-11-23').events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : '-'}`);
  it('is no second attack where the launch pad was found', () => {
    expect(kinds('Two Katyusha rockets landed near Baghdad late on Sunday without causing casualties, security sources said. Iraqi security forces found the launch pad in the Rashad area, southwest of the capital, with a third rocket that had failed to fire.')).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK place:baghdad']);
  });
  it('still reads rockets fired from there as an attack', () => {
    expect(kinds('Two rockets landed near a checkpoint in Baghdad late on Sunday. Hours later, three rockets were fired at a base in Rashad subdistrict.')).toHaveLength(2);
  });
});

describe('mortars among the weapons of a ground attack', () => {
  const kinds = (text: string) => extract(text, '2026-11-20').events.map((e) => e.subEventType);
  it('types "attacked positions using mortars, heavy machine guns and armoured vehicles" as a clash', () => {
    expect(kinds('ISIS militants attacked Peshmerga positions near a village in Daquq district late on Tuesday, using mortars, heavy machine guns and two armoured vehicles.')).toEqual(['ARMED_CLASH']);
  });
  it('keeps mortar fire alone a shelling', () => {
    expect(kinds('ISIS militants attacked Peshmerga positions near a village in Daquq district late on Tuesday, using mortars and rockets.')).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });
});

describe('aircraft named by whose they are', () => {
  const kinds = (text: string) => extract(text, '2024-09-17').events.map((e) => `${e.subEventType} ${e.perpetrators.map(ref).join(',')}`);
  it('reads "Aircraft of the Iraqi Air Force struck" as a strike', () => {
    expect(kinds('Aircraft of the Iraqi Air Force struck ISIS hideouts in Wadi al-Shay at dawn today, a security source said.')).toEqual(['AIR_DRONE_STRIKE force:iraqi-air-force']);
  });
  it('reads no strike in "aircraft of the army were seen"', () => {
    expect(kinds('Aircraft of the Iraqi Air Force were seen over Wadi al-Shay at dawn today, a security source said.')).toEqual([]);
  });
});

describe('the ambush an arresting force sets', () => {
  const kinds = (text: string) => extract(text, '2025-01-21').events.map((e) => e.subEventType);
  it('is no clash of its own ("arrested two wanted men after an ambush set on the road")', () => {
    expect(kinds('A force of the Iraqi Army arrested two wanted men in Daquq district yesterday evening, after an ambush set on the road leading to the village.')).toEqual(['ARRESTS']);
  });
  it('is still an attack when militants set it and kill', () => {
    expect(kinds('ISIS militants set an ambush for an army patrol in Daquq district yesterday evening, killing two soldiers.')).toEqual(['ARMED_CLASH']);
  });
});

describe('an operation told in detail after the lead', () => {
  it('is one incident when a unit of the side that fought raids the hideout', () => {
    const text = 'Iraqi security forces killed a senior ISIS militant and two of his aides in an operation in Wadi al-Shay, the military said on Thursday. Acting on intelligence, troops of the Iraqi Army raided a hideout in Wadi al-Shay on Wednesday and killed the three militants after a brief clash.';
    expect(extract(text, '2026-11-05').events.map((e) => e.subEventType)).toEqual(['ARMED_CLASH']);
  });
  it('keeps a raid by the other side apart', () => {
    const text = 'ISIS militants killed two soldiers in an attack in Wadi al-Shay on Wednesday. On Thursday, troops of the Counter-Terrorism Service raided a hideout in Daquq district and arrested four suspects.';
    expect(extract(text, '2026-11-05').events).toHaveLength(2);
  });
});

describe('a village told by its apposition after a verb of movement', () => {
  const placed = (text: string) => extract(text, '2024-10-24').events.map((e) => `${e.date} ${e.place ? ref(e.place) : '-'}`);
  it('places "shot dead a shepherd as they returned to Albu Mustafa, a village west of X" at the village', () => {
    expect(placed('ISIS militants killed two villagers in a raid on Albu Hayaz, in Daquq district, late on Tuesday. On Wednesday night, gunmen shot dead a shepherd as he returned with his flock to Albu Mustafa, a village about three kilometres west of Albu Hayaz, police said.')).toEqual(['2024-10-22 place:albu-hayaz', '2024-10-23 place:albu-mustafa']);
  });
  it('still reads the place a convoy came from as no place of the attack', () => {
    expect(placed('A roadside bomb hit an army convoy returning from Kirkuk in Daquq district on Wednesday, wounding two soldiers.')).toEqual(['2024-10-23 place:daquq-district']);
  });
});

describe('a place measured from a town, and the provincial capital beyond it', () => {
  const placed = (text: string) => extract(text, '2026-11-19').events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : '-'}`);
  it('measures from the nearer town, not from "the provincial capital city of X"', () => {
    expect(placed('Three people were killed on Sunday when a gunfight broke out between two clans in a rice-growing area about 15 km south of the town of Kalar, some 40 km southeast of the provincial capital city of Kirkuk.')).toEqual(['ARMED_CLASH place:kalar']);
  });
  it('reads no place in "Kirkuk police spokesman X" and no clash in "anyone who opened fire would be prosecuted"', () => {
    expect(placed('Three people were killed on Sunday when a gunfight broke out between two clans in Kalar. Kirkuk police spokesman Col. Ali Hassan urged tribal sheikhs to restrain their sons, warning that anyone who opened fire would be prosecuted.')).toEqual(['ARMED_CLASH place:kalar']);
  });
});
