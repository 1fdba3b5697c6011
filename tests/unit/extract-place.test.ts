/**
 * Where an event happened, told in wordings outlets use: the Arabic words for a district and a
 * sub-district ("the qadha of X", "the nahiya of X"), a round-up's province heading an item in the
 * middle of a sentence (", while in Kirkuk, ..."), and the seat a report was made from ("said in a
 * statement from its headquarters in X"). Each with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const at = (text: string) => extract(text, '2026-09-15').events.map((e) => (e.place ? ref(e.place) : '-'));
const places = (text: string, published = '2026-09-15') => extract(text, published).events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : '-'}`);

describe('the qadha and the nahiya', () => {
  it('reads "the qadha of X" and "X qadha" as the district of that name, not its seat town', () => {
    expect(places('Gunmen attacked a police checkpoint in the Qadha of Muqdadiya on Sunday, killing a policeman.')).toEqual(['ARMED_CLASH place:muqdadiya-district']);
    expect(places('A roadside bomb hit an army patrol in Muqdadiya qadha on Sunday, wounding two soldiers.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED place:muqdadiya-district']);
  });
  it('keeps "the town of X" the town', () => {
    expect(places('Gunmen attacked a police checkpoint in the town of Muqdadiya on Sunday, killing a policeman.')).toEqual(['ARMED_CLASH place:muqdadiya']);
  });
  it('reads "the nahiya of X" as the sub-district the reference knows only under its suffix', () => {
    expect(places('Two farmers were killed on Sunday when a landmine exploded in the nahiya of Rashad in Kirkuk province.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED place:rashad-subdistrict']);
  });
  it('keeps a name another place bears that place', () => {
    expect(places('Two farmers were killed on Sunday when a landmine exploded in the district of Daquq.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED place:daquq-district']);
  });
});

describe('a round-up item headed by its province mid-sentence', () => {
  it('reads ", while in Erbil, a bomb ... in Makhmour district" as the province holding the district', () => {
    expect(at('Gunmen killed a shepherd in Baquba on Sunday, while in Erbil, a bomb wounded two Peshmerga fighters in Makhmour district.')).toEqual(['place:baqubah', 'place:makhmour-district']);
  });
  it('keeps a city named after the trigger the city', () => {
    expect(at('Gunmen killed a shepherd in Baquba on Sunday, while a bomb wounded two Peshmerga fighters in Erbil.')).toEqual(['place:baqubah', 'place:erbil']);
  });
});

describe('the seat a report was made from', () => {
  it('does not place an arrest at "its headquarters in X" a statement came from', () => {
    expect(places('The Federal Police said in a statement from its headquarters in Baghdad that it had arrested three ISIS suspects on Sunday.')).toEqual(['ARRESTS -']);
  });
  it('still places an attack on a headquarters there', () => {
    expect(places('Gunmen attacked the Federal Police headquarters in Baghdad on Sunday, wounding two policemen.')).toEqual(['ARMED_CLASH place:baghdad']);
  });
});

describe('an oil or gas field named by its head word', () => {
  it('reads "the X field" and "the X oil field" as a site of its own, not the city it is measured from', () => {
    // (Since 3 December the site is named in full, "X oil field", and still answers to "X field" and "X".)
    expect(at('Gunmen attacked guards at the Jambur field, east of Kirkuk, on Sunday, killing one.')).toEqual(['place:jambur-oil-field']);
    expect(at('A drone struck a storage tank at the Sarqala oil field, southwest of Kalar, on Sunday.')).toEqual(['place:sarqala-oil-field']);
  });
  it('keeps a field office no place', () => {
    expect(at('Gunmen attacked the Jambur field office in Kirkuk on Sunday, wounding a guard.')).toEqual(['place:kirkuk']);
  });
});

describe('where words were spoken', () => {
  it('does not place an attack at "told reporters in X" or "a press conference in X"', () => {
    expect(at('Gunmen killed two shepherds on Sunday, the governor told a press conference in Kirkuk.')).toEqual(['-']);
    expect(at('Gunmen killed two shepherds near Baquba on Sunday, the governor told reporters in Kirkuk.')).toEqual(['place:baqubah']);
  });
  it('keeps a place the speech only reports', () => {
    expect(at('Gunmen killed two shepherds in Kirkuk on Sunday, the governor told reporters.')).toEqual(['place:kirkuk']);
    expect(at('Police said gunmen in Kirkuk killed two shepherds on Sunday.')).toEqual(['place:kirkuk']);
  });
});

describe("a body's seat and an outlet's name", () => {
  it('does not place an event at "the X-based ...", "headquartered in X" or the outlet "X Now"', () => {
    expect(at('The Erbil-based Rudaw reported that gunmen killed a shepherd on Sunday.')).toEqual(['-']);
    expect(at('An IED wounded three soldiers of a brigade headquartered in Kirkuk on Sunday.')).toEqual(['-']);
    expect(at('A bomb killed two policemen on Sunday, Kirkuk Now reported.')).toEqual(['-']);
  });
  it('does not place it at "a statement issued in X"', () => {
    expect(at('ISIS militants killed two Peshmerga fighters on Sunday, the ministry said in a statement issued in Erbil.')).toEqual(['-']);
  });
  it('keeps the place the sentence gives the event', () => {
    expect(at('Gunmen killed a shepherd in Erbil on Sunday, the Baghdad-based Federal Police said.')).toEqual(['place:erbil']);
    expect(at('A bomb killed two policemen in Kirkuk on Sunday, Kirkuk Now reported.')).toEqual(['place:kirkuk']);
    expect(at('ISIS militants killed two Peshmerga fighters in Makhmour district on Sunday, the ministry said in a statement issued in Erbil.')).toEqual(['place:makhmour-district']);
  });
});

describe('a name whose known place lies the other way', () => {
  it('reads "the X area, south of Y" as another place of the name when the known X lies far north of Y', () => {
    const [place] = at('Gunmen killed two farmers in the Udhaim area, south of Baghdad, on Sunday.');
    expect(place).not.toBe('place:udhaim-subdistrict');
    expect(place).toMatch(/^place:udhaim/);
  });
  it('keeps the known place when the bearing agrees', () => {
    expect(at('Gunmen killed two farmers in the Udhaim area, north of Baghdad, on Sunday.')).toEqual(['place:udhaim-subdistrict']);
  });
});
