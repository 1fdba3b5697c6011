/**
 * Offices and persons read from wordings outlets use: a rank abbreviated before the name, a surname with a lower-case
 * particle, a council member or a committee head, a service directorate of a province, a unit a force owns, and a
 * minister of no named country who speaks in a capital.
 */
import { describe, expect, it } from 'vitest';
import { extract, officeLines, ref } from './extract-fixtures.js';

const offices = (text: string) => officeLines(extract(text, '2025-03-11'));
const people = (text: string) => extract(text, '2025-03-11').entities.filter((e) => e.kind === 'Person').map((e) => e.id);

describe('a person named again by surname', () => {
  it('reads "Col. al-Jaf" (a lower-case particle) as the person named in full before', () => {
    expect(people('Col. Karwan Omar al-Jaf, an Asayish officer in Kalar, said the gunmen fled on foot. Col. al-Jaf added that two suspects were held.')).toEqual(['person:karwan-omar-al-jaf']);
  });
  it('keeps a second person of another surname apart', () => {
    expect(people('Col. Karwan Omar al-Jaf, an Asayish officer in Kalar, said the gunmen fled on foot. Col. al-Bayati added that two suspects were held.')).toHaveLength(2);
  });
});

describe('a rank abbreviated before a name set off by commas', () => {
  it('gives "the spokesman for the Federal Police, Brig. Gen. X," the post', () => {
    expect(offices('The spokesman for the Federal Police, Brig. Gen. Tariq Mahmoud al-Ubaidi, said two suspects were held.')).toEqual(['person:tariq-mahmoud-al-ubaidi Spokesman -> force:federal-police']);
  });
  it('still gives it without the rank', () => {
    expect(offices('The spokesman for the Federal Police, Tariq Mahmoud al-Ubaidi, said two suspects were held.')).toEqual(['person:tariq-mahmoud-al-ubaidi Spokesman -> force:federal-police']);
  });
});

describe('a seat on a council and a post in a committee', () => {
  it('reads "a member of the Kirkuk provincial council, X," as a member of that council', () => {
    expect(offices('A member of the Kirkuk provincial council, Ahmad Hassan al-Obeidi, said the road was unsafe.')).toEqual(['person:ahmad-hassan-al-obeidi Member of the Kirkuk provincial council -> org:kirkuk-provincial-council']);
  });
  it('gives "a member of the tribal delegation, X," no council', () => {
    expect(offices('A member of the tribal delegation, Ahmad Hassan al-Obeidi, said the road was unsafe.')).toEqual([]);
  });
  it('reads the head of a committee of the parliament or of a provincial council as a post in that body', () => {
    expect(offices('The head of the parliament\'s security and defence committee, Salim Kadhim al-Rikabi, said the road was unsafe.')).toEqual(['person:salim-kadhim-al-rikabi Head of the security and defence committee -> gov:iraq']);
    expect(offices('The chairman of the security committee of Diyala\'s provincial council, Salim Kadhim al-Rikabi, said the road was unsafe.')).toEqual(['person:salim-kadhim-al-rikabi Chairman of the security committee -> org:diyala-provincial-council']);
  });
  it('reads the head of a sub-district\'s council as a post in its local government', () => {
    expect(offices('The head of the Udhaim subdistrict council, Abbas Karim al-Hayali, called on the army to act.')).toEqual(['person:abbas-karim-al-hayali Head of the Udhaim subdistrict council -> gov:udhaim-subdistrict-local-government']);
    expect(offices('The head of the Kirkuk provincial council, Abbas Karim al-Hayali, called on the army to act.')).toEqual(['person:abbas-karim-al-hayali Head of the Kirkuk provincial council -> org:kirkuk-provincial-council']);
  });
  it('gives the head of a committee no one owns no post', () => {
    expect(offices('The head of the investigative committee, Salim Kadhim al-Rikabi, said the road was unsafe.')).toEqual([]);
  });
});

describe('a service directorate of a province', () => {
  it('reads "the director of Diyala\'s health directorate, X," as the director of the Diyala Health Directorate', () => {
    expect(offices('Six wounded were taken to hospital, said the director of Diyala\'s health directorate, Dr. Faris Abdul Sattar.')).toEqual(['person:faris-abdul-sattar Director -> org:diyala-health-directorate']);
  });
  it('reads "the director of <place> health, X," as the director of that directorate, named by the place\'s spelling', () => {
    expect(offices('Six wounded were taken to hospital, said the director of Baquba health, Faris Abdul Sattar.')).toEqual(['person:faris-abdul-sattar Director -> org:baqubah-health-directorate']);
  });
  it('gives a directorate of no place no such body', () => {
    expect(offices('Six wounded were taken to hospital, said the director of the general directorate, Dr. Faris Abdul Sattar.')).toEqual([]);
  });
});

describe('a unit a force owns', () => {
  it('gives "X, commander of the PMF\'s 30th Brigade," the unit, nested under the PMF', () => {
    const batch = extract('A bomb struck the car of Abu Hussein al-Daraji, commander of the PMF\'s 30th Brigade, near Baqubah on Monday.', '2025-03-11');
    const office = batch.relationships.find((r) => r.type === 'HOLDS_OFFICE');
    expect(office && `${ref(office.from)} ${office.properties?.title} -> ${ref(office.to)}`).toBe('person:abu-hussein-al-daraji Commander -> force:30th-brigade');
    expect(batch.entities.find((e) => e.id === 'force:30th-brigade')).toMatchObject({ partOf: 'force:pmf' });
  });
  it('still gives "X, commander of the PMF," the force itself', () => {
    expect(offices('A bomb struck the car of Abu Hussein al-Daraji, commander of the PMF, near Baqubah on Monday.')).toEqual(['person:abu-hussein-al-daraji Commander -> force:pmf']);
  });
});

describe('a minister of no named country', () => {
  it('holds the office in the country whose capital he speaks in', () => {
    expect(offices('Foreign Minister Mevlut Ozkan told reporters in Ankara that the operations would go on.')).toEqual(['person:mevlut-ozkan Foreign Minister -> gov:turkey']);
  });
  it('holds none when the sentence names no place he speaks in', () => {
    expect(offices('Foreign Minister Mevlut Ozkan said the operations would go on.')).toEqual([]);
  });
});

describe('a body told by its kind and a place', () => {
  it('gives "a spokeswoman for the Erbil governorate, X," the governorate\'s administration, not the government seated in Erbil', () => {
    expect(offices('A spokeswoman for the Erbil governorate, Shirin Hassan Ali, said the fire was under control.')).toEqual(['person:shirin-hassan-ali Spokeswoman -> gov:erbil-governorate-local-government']);
    expect(offices('A spokeswoman for the Kurdistan Regional Government, Shirin Hassan Ali, said the fire was under control.')).toEqual(['person:shirin-hassan-ali Spokeswoman -> gov:krg']);
  });
  it('gives "X, commander of the army\'s 30th Brigade," the brigade', () => {
    expect(offices('Hadi Karim al-Jubouri, commander of the army\'s 30th Brigade, said troops had combed the orchards.')).toEqual(['person:hadi-karim-al-jubouri Commander -> force:30th-brigade']);
  });
  it('reads "A Federal Police officer, Capt. X," as an officer of that force', () => {
    expect(offices('A Federal Police officer, Capt. Sarmad Ali Hussein, said the road was closed.')).toEqual(['person:sarmad-ali-hussein Officer -> force:federal-police']);
    expect(offices('A senior officer, Capt. Sarmad Ali Hussein, said the road was closed.')).toEqual([]);
  });
});

describe('a person described before the name', () => {
  it('finds "A relative of the dead, X, said" and "A local official, X, condemned" as people', () => {
    expect(people('A Turkish drone struck a car near Kalar on Monday. A cousin of the driver, Saman Aziz Karim, said the men were farmers.')).toEqual(['person:saman-aziz-karim']);
    expect(people('A Turkish drone struck a car near Kalar on Monday. A local official, Dara Hama Rashid, condemned the strike.')).toEqual(['person:dara-hama-rashid']);
  });
  it('finds no person in a place or a body set off the same way', () => {
    expect(people('A Turkish drone struck a car near Kalar on Monday. A resident of the village, Kani Spi, said the men were farmers.')).toEqual([]);
  });
});
