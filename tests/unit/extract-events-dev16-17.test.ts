/**
 * Event rules from the dev16/dev17 round (incidents not found, places, dates, merges): each
 * phenomenon in new words, with a near sentence that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref, eventLines } from './extract-fixtures.js';

const events = eventLines;
const parentOf = (text: string, id: string, published = '2023-01-17') => {
  const p = extract(text, published).entities.find((e) => e.id === id);
  return p && p.kind === 'Place' && p.locatedIn ? ref(p.locatedIn) : null;
};

describe('strikes carried out with the time set off by commas', () => {
  it('reads "carried out, at dawn today, Tuesday, several strikes" as an air strike', () => {
    expect(events('Coalition warplanes carried out, late on Monday, three strikes on militant caves near Kirkuk, a source said.')).toEqual(['AIR_DRONE_STRIKE 2023-01-16 place:kirkuk']);
    expect(events('Aircraft of the international coalition conducted, at dawn today, Tuesday, a series of strikes on hideouts in Wadi al-Shay, an officer said.')).toEqual(['AIR_DRONE_STRIKE 2023-01-17 place:wadi-al-shay']);
  });
  it('keeps a flight carried out between commas no event', () => {
    expect(events('Aircraft of the international coalition carried out, at dawn today, Tuesday, a reconnaissance flight over Wadi al-Shay, an officer said.')).toEqual([]);
  });
});

describe('an unknown place before the district that holds it', () => {
  it('places the strike at "Wadi al-X", nested in the district named after it', () => {
    const text = 'Iraqi warplanes struck a militant hideout in Wadi al-Hamra, inside the sector of the 8th Division, in Daquq district on Tuesday, the ministry said.';
    expect(events(text)).toEqual(['AIR_DRONE_STRIKE 2023-01-17 place:wadi-al-hamra']);
    expect(parentOf(text, 'place:wadi-al-hamra')).toBe('place:daquq-district');
    expect(events('Gunmen killed two farmers in Albu Dhahir, in Rashad subdistrict, on Monday night, police said.')).toEqual(['ATTACK 2023-01-16 place:albu-dhahir']);
  });
  it('keeps the district when no unknown place is named in the clause, or the name is where words were spoken', () => {
    expect(events('Iraqi warplanes struck a militant hideout in Daquq district on Tuesday, the ministry said.')).toEqual(['AIR_DRONE_STRIKE 2023-01-17 place:daquq-district']);
    expect(events('Gunmen killed two farmers in Daquq district on Monday night, the mayor said in Albu Dhahir.')).toEqual(['ATTACK 2023-01-16 place:daquq-district']);
  });
});

describe('the village told in the paragraph after the lead', () => {
  it('takes "fired on homes" for a report, so the village it names places the attack', () => {
    expect(events('Two farmers were wounded when ISIS militants attacked a village in Diyala province late on Monday, an official said. The militants crept up to the village of Albu Karim in Abu Saida subdistrict and fired on homes before withdrawing.')).toEqual(['ATTACK 2023-01-16 place:albu-karim']);
  });
  it('keeps the province when the next sentence tells no shooting there', () => {
    expect(events('Two farmers were wounded when ISIS militants attacked a village in Diyala province late on Monday, an official said. The militants were later seen near the village of Albu Karim in Abu Saida subdistrict, he said.')).toEqual(['ATTACK 2023-01-16 place:diyala-governorate']);
  });
});

describe('"the raid on X" names the place raided', () => {
  it('places the raid at the unknown village it was on', () => {
    expect(events('Three villagers were killed in the ISIS raid late on Monday on Albu Karim, in Abu Saida subdistrict, officials said.')).toEqual(['ATTACK 2023-01-16 place:albu-karim']);
  });
  it('takes no place from "on" after words that are no attack', () => {
    expect(events('Three villagers were killed by ISIS late on Monday in Abu Saida subdistrict, the mayor said on Albu Karim Radio.')).toEqual(['ATTACK 2023-01-16 place:abu-saida-subdistrict']);
  });
});

describe('a vehicle "blown apart by a drone"', () => {
  it('reads the passive blast by a drone as an air strike', () => {
    expect(events('A pickup carrying four PKK fighters was torn apart by a Turkish drone on Sunday morning outside Duhok, killing all four, officials said.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['AIR_DRONE_STRIKE 2023-01-15']);
    expect(events('A car carrying three fighters was blown apart by a drone on Sunday morning near Kirkuk, killing all three men.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['AIR_DRONE_STRIKE 2023-01-15']);
  });
  it('keeps a car blown apart by a roadside bomb a bombing', () => {
    expect(events('A car carrying three fighters was blown apart by a roadside bomb on Sunday morning near Kirkuk, killing all three men.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15']);
  });
});

const withActors = (text: string, published = '2023-01-17') =>
  extract(text, published).events.map((e) => `${e.subEventType} ${e.date} ${e.place ? ref(e.place) : '-'} [${e.perpetrators.map(ref).join(',')}]`);

describe('a family quarrel that turned into an exchange of gunfire, and its arrests', () => {
  it('takes "an exchange of gunfire" for a clash, and the detentions that end it for part of it, with no actor', () => {
    expect(withActors('A row between two sons of one family over a plot of land in Khalis district turned into an exchange of gunfire on Sunday, leaving one man dead. Police later detained four men involved.')).toEqual(['ARMED_CLASH 2023-01-15 place:khalis-district []']);
  });
  it('keeps arrests of their own, a day later in another place, an event of their own', () => {
    expect(withActors('Two clans in Khalis district turned a land dispute into an exchange of fire on Sunday, leaving one man dead. On Monday, the Federal Police arrested two ISIS suspects in Baqubah.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:khalis-district []',
      'ARRESTS 2023-01-16 place:baqubah [force:federal-police]',
    ]);
  });
});

describe('a round-up lead that sums the week', () => {
  it('takes no incident from a toll over the country and the week', () => {
    expect(events('At least four people were killed across the country this week in attacks and feuds, from Basra to the north. In Kirkuk, a roadside bomb killed two soldiers on Monday.', '2023-01-21')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:kirkuk-governorate']);
  });
  it('keeps a toll of one day in one province an incident', () => {
    expect(events('At least four people were killed in attacks in Diyala province on Monday, police said.', '2023-01-21').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['ATTACK 2023-01-16']);
  });
});

describe('"the shelling of X" names the place shelled', () => {
  it('places the shelling at the village shelled rather than the town it lies near', () => {
    expect(events('Turkish artillery hit a village in northern Iraq on Monday. Two shepherds were hurt in Monday\'s shelling of Girdi Sor, a hamlet in the hills near the town of Kalar, officials said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-16 place:girdi-sor']);
  });
  it('keeps the place of a shelling "of" a force (no place) where the sentence puts it', () => {
    expect(events('Two shepherds were hurt on Monday near the town of Kalar in shelling of the Turkish army, officials said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-16 place:kalar']);
  });
});

describe('open land told by the settlement it lies by', () => {
  it('takes a one-word name after "the hills around", "a farm road near" for the place of the incident', () => {
    expect(events('On Sunday afternoon several mortar rounds fell on the hills around Barzok, setting the grass alight, the mayor said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-15 place:barzok']);
    expect(events('On Saturday evening a drone struck an empty truck parked on a farm road near Mirkan, about ten kilometres east of the camp.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['AIR_DRONE_STRIKE 2023-01-14 place:mirkan']);
  });
  it('takes no place from a one-word name that is not told as where the land lies', () => {
    expect(events('On Sunday afternoon several mortar rounds fell on open fields, a farmer from Barzok told reporters.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-15 -']);
  });
});

describe('a title-case wire dateline, and a lead the next paragraph places', () => {
  it('reads "Baghdad (AFP) - " as a dateline, not a place of the lead', () => {
    expect(events('Baghdad (AFP) - Iraqi troops freed four kidnapped shepherds before dawn on Monday, officials said.\n\nThe shepherds had been seized late on Saturday in the desert west of the town of Kalar, an officer said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual([
      'OTHER 2023-01-16 place:kalar',
      'ABDUCTION_FORCED_DISAPPEARANCE 2023-01-14 place:kalar',
    ]);
  });
  it('keeps a title-case name that is no dateline, and a placed lead, as they were', () => {
    expect(events('Baghdad (the capital) saw no attacks. Gunmen killed two farmers in Daquq district on Monday.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['ATTACK 2023-01-16 place:daquq-district']);
    expect(events('Iraqi troops freed four kidnapped shepherds in Daquq district before dawn on Monday, officials said.\n\nThe shepherds had been seized late on Saturday in the desert west of the town of Kalar, an officer said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual([
      'OTHER 2023-01-16 place:daquq-district',
      'ABDUCTION_FORCED_DISAPPEARANCE 2023-01-14 place:kalar',
    ]);
  });
});

describe('a post "near the village of X" in an area told first', () => {
  it('places the attack at the village, not the administrative area of the lead', () => {
    expect(events('Peshmerga forces drove off an attack on one of their posts in Garmiyan late on Sunday. The post, near the village of Kani Shwan in Kalar district, came under fire shortly before midnight from four gunmen, an officer said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['ARMED_CLASH 2023-01-15 place:kani-shwan']);
  });
  it('keeps the area when the post is only near a town', () => {
    expect(events('Peshmerga forces drove off an attack on one of their posts in Garmiyan late on Sunday. The post, near the town of Kalar, came under fire shortly before midnight, an officer said.').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['ARMED_CLASH 2023-01-15 place:garmiyan-administration']);
  });
});

describe('a count over a period ("has seen dozens of fields burned since")', () => {
  it('takes no incident from a district that has seen many incidents since a date', () => {
    expect(events('Gunmen killed two farmers in Daquq district on Monday. Tuz Khurmatu district, whose villages face ISIS cells in the hills, has seen scores of fields burned since the harvest began in early May.', '2023-05-24').map((e) => e.split(' ')[0])).toEqual(['ATTACK']);
  });
  it('keeps a fire told as one incident since the ambush', () => {
    expect(events('Gunmen killed two farmers in Daquq district on Monday. Since then, unknown men have set fire to a wheat field in the district, on Tuesday.', '2023-05-24').map((e) => e.split(' ')[0])).toEqual(['ATTACK', 'LOOTING_PROPERTY_DESTRUCTION']);
  });
});

describe('suspects detained "after that shooting"', () => {
  it('makes the detentions told right after a shooting part of it', () => {
    expect(withActors('On Monday night, unknown gunmen shot dead two men in Albu Karim, in Abu Saida subdistrict. A police officer said four suspects had been detained after that shooting.')).toEqual(['ATTACK 2023-01-16 place:albu-karim []']);
  });
  it('keeps arrests with a place and a day of their own an event of their own', () => {
    expect(withActors('On Monday night, unknown gunmen shot dead two men in Albu Karim, in Abu Saida subdistrict. On Tuesday, the Federal Police arrested four suspects in Baqubah after that shooting.').map((e) => e.split(' ')[0])).toEqual(['ATTACK', 'ARRESTS']);
  });
});
