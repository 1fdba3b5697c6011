/**
 * Rules of the round of 2026-12-04 on dev32 (wire datelines, tolls and incidents of 2005), each written in new words
 * against the shipped reference. The positive cases fail with the rule switched off (measured with a temporary switch,
 * removed since).
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

describe('"here" in a report datelined in a city is that city', () => {
  const { events } = shippedReference();

  it('places "exploded outside a party office here on Monday" in the dateline\'s city', () => {
    const found = events('KIRKUK, Iraq (AP) - A car bomb exploded outside a party office here on Monday, killing seven people, police said.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['place:kirkuk']);
  });

  it('places "were killed here late on Sunday" in the dateline\'s city', () => {
    const found = events('DUHOK, Iraq (Reuters) - Three guards were killed here late on Sunday when gunmen opened fire on a checkpoint, a security official said.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['place:duhok']);
  });

  it('places "a roadside bomb struck a minibus here," in the dateline\'s city', () => {
    const found = events('BAQUBA, Iraq (AFP) - A roadside bomb struck a minibus carrying labourers here, wounding nine of them, on Tuesday morning.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['place:baqubah']);
  });

  it('does not read "told reporters here" as the place of the incident', () => {
    const found = events('KIRKUK, Iraq (AP) - A roadside bomb wounded two soldiers on a highway on Monday, an army officer told reporters here.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['-']);
  });
});

describe('the day a toll rose is not the day of the incident', () => {
  const { events } = shippedReference();

  it('dates a bombing told after "the crime ... on Friday evening rose this morning to 40" on Friday', () => {
    const found = events('The number of dead from the crime that struck the town of Hilla on Friday evening rose this morning to 40, with 56 wounded, the health directorate said. A suicide bomber blew himself up beside a fuel truck near the main mosque at around 8 pm.', '2024-03-16');
    expect(found.map((e) => e.date)).toEqual(['2024-03-15']);
  });

  it('dates a car bomb told after "the Thursday night massacre ... climbed on Saturday to 23" on Thursday', () => {
    const found = events('The toll of the Thursday night massacre in Tikrit climbed on Saturday to 23, according to the hospital. A car bomb went off near a crowded cafe at about 10 pm.', '2024-03-16');
    expect(found.map((e) => e.date)).toEqual(['2024-03-14']);
  });

  it('dates a suicide attack told after "the crime on Monday night climbed early today to 19" on Monday', () => {
    const found = events('The number of dead from the crime in Samarra on Monday night climbed early today to 19, with 44 wounded, a doctor said. A man wearing an explosives belt blew himself up inside a wedding hall at about 11 pm.', '2024-03-16');
    expect(found.map((e) => e.date)).toEqual(['2024-03-11']);
  });

  it('keeps the day of a rocket attack told after "rose" with no new figure', () => {
    const found = events('Smoke rose on Tuesday over the airport in Basra after a rocket attack that wounded two guards.', '2024-03-16');
    expect(found.map((e) => e.date)).toEqual(['2024-03-12']);
  });
});

describe('"X, a ... district in the north of the city": a quarter of the city', () => {
  const { events, extract } = shippedReference();

  it('places a shooting "in Askari, a largely Kurdish district on the eastern edge of the city" in Askari, inside the city named before', () => {
    const text = 'Tension is high in Kirkuk before the vote. A shopkeeper was shot dead on Monday evening in Askari, a largely Kurdish district on the eastern edge of the city.';
    expect(events(text, '2024-03-13').map((e) => e.place)).toEqual(['place:askari']);
    const askari = extract(text, '2024-03-13').entities.find((e) => e.id === 'place:askari');
    expect(askari && 'locatedIn' in askari ? askari.locatedIn : undefined).toBe('place:kirkuk');
  });

  it('places a grenade "in Wahda, a mixed district in the centre of the city of Mosul" in Wahda', () => {
    const found = events('A grenade thrown at a bakery wounded four people on Tuesday in Wahda, a mixed district in the centre of the city of Mosul.', '2024-03-13');
    expect(found.map((e) => e.place)).toEqual(['place:wahda']);
  });

  it('places a car bomb "in Baladiyat, a crowded district on the eastern side of the capital" in Baladiyat', () => {
    const found = events('A car bomb wounded six people outside a bakery on Wednesday in Baladiyat, a crowded district on the eastern side of the capital, police said.', '2024-03-13');
    expect(found.map((e) => e.place)).toEqual(['place:baladiyat']);
  });

  it('makes no quarter of "Zarga, a remote district in the north of Diyala province"', () => {
    const found = events('Two policemen were killed on Sunday when a bomb hit their car in Zarga, a remote district in the north of Diyala province, police said.', '2024-03-13');
    expect(found.map((e) => e.place)).toEqual(['-']);
  });
});

describe('"a line of policemen ..., killing 15 of them": the people lined up are the ones counted', () => {
  const { tolls } = shippedReference();

  it('reads "slipped into a line of policemen ..., killing 21 of them" as 21 security forces killed', () => {
    const found = tolls('A suicide bomber wearing a vest slipped into a line of policemen waiting for their pay in Ramadi on Monday and blew himself up, killing 21 of them.', '2024-03-13');
    expect(found.flat()).toContain('SECURITY_FORCES killed 21');
  });

  it('reads "drove into a formation of soldiers ..., killing seven of them" as seven security forces killed', () => {
    const found = tolls('A suicide bomber drove into a formation of soldiers doing morning drill at a base near Baiji on Sunday, killing seven of them.', '2024-03-13');
    expect(found.flat()).toContain('SECURITY_FORCES killed 7');
  });

  it('reads "blew himself up in a queue of policemen ..., killing 14 of them" as 14 security forces killed', () => {
    const found = tolls('A bomber blew himself up in a queue of policemen collecting their salaries outside a bank in Hilla on Thursday, killing 14 of them.', '2024-03-13');
    expect(found.flat()).toContain('SECURITY_FORCES killed 14');
  });

  it('keeps the group a toll names itself beside a line of policemen', () => {
    const found = tolls('A bomb went off near a line of policemen in Kirkuk on Monday, killing two passers-by.', '2024-03-13');
    expect(found.flat()).toEqual(['CIVILIANS killed 2']);
  });
});

describe('"opened fire on a minibus carrying employees ..., killing four": a bare count counts the people on board', () => {
  const { tolls } = shippedReference();

  it('reads "a van carrying employees of the Electricity Ministry ..., killing three and wounding one" as civilians', () => {
    const found = tolls('Gunmen in a car opened fire on a van carrying employees of the Electricity Ministry in Baquba on Tuesday, killing three and wounding one.', '2024-03-13');
    expect(found.flat()).toEqual(['CIVILIANS killed 3 injured 1']);
  });

  it('reads "a minibus carrying engineers ..., killing four and wounding two" as civilians', () => {
    const found = tolls('Gunmen opened fire on a minibus carrying engineers of the North Oil Company near Baiji on Monday, killing four and wounding two.', '2024-03-13');
    expect(found.flat()).toEqual(['CIVILIANS killed 4 injured 2']);
  });

  it('reads "stopped a truck carrying labourers ... and opened fire, killing five" as civilians', () => {
    const found = tolls('Gunmen stopped a truck carrying labourers at a fake checkpoint near Tarmiyah on Saturday and opened fire, killing five.', '2024-03-13');
    expect(found.flat()).toEqual(['CIVILIANS killed 5']);
  });

  it('keeps the group a count names itself after a bus carrying pilgrims', () => {
    const found = tolls('A roadside bomb hit a bus carrying pilgrims near Balad on Friday, killing two policemen escorting it.', '2024-03-13');
    expect(found.flat().every((t) => t.startsWith('SECURITY_FORCES'))).toBe(true);
  });
});

describe('"employees of the Oil Ministry in the X neighbourhood": a quarter so named is where it happened, no seat of the ministry', () => {
  const { events } = shippedReference();

  it('places a killing of "a driver of the Trade Ministry in the Amil neighbourhood" in Amil', () => {
    const found = events('Gunmen shot dead a driver of the Trade Ministry in the Amil neighbourhood of Baghdad on Sunday.', '2024-03-13');
    expect(found.map((e) => e.place)).toEqual(['place:amil']);
  });

  it('places a bombing of "a bus of the Education Ministry in the Saidiya neighbourhood" in Saidiya', () => {
    const found = events('A bomb hit a bus of the Education Ministry in the Saidiya neighbourhood of Baghdad on Monday, wounding four teachers.', '2024-03-13');
    expect(found.map((e) => e.place)).toEqual(['place:saidiya']);
  });

  it('places a kidnapping of "an engineer of the Oil Ministry in the Bunouk neighbourhood" in Bunouk', () => {
    const found = events('Gunmen kidnapped an engineer of the Oil Ministry in the Bunouk neighbourhood of Baghdad on Tuesday.', '2024-03-13');
    expect(found.map((e) => e.place)).toEqual(['place:bunouk']);
  });

  it('still reads "the government in Baghdad" as a seat, no place', () => {
    const found = events('A roadside bomb wounded three soldiers near Tuz Khurmatu on Monday, and the Kurdish leaders called on the government in Baghdad to act.', '2024-03-13');
    expect(found.map((e) => e.place)).not.toContain('place:baghdad');
  });
});
