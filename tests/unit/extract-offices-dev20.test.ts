/**
 * Offices and the bodies they name, from failures first seen on unseen reporting: an MP for the capital's province, a
 * minister named with no country, a premiership joined to the command of the armed forces, and what a place's local
 * administration states as facts.
 */
import { describe, expect, it } from 'vitest';
import { extract, officeLines } from './extract-fixtures.js';

const offices = (text: string) => officeLines(extract(text, '2024-05-02'));

describe('a member of parliament for the capital', () => {
  it('seats an MP for Baghdad in Iraq\'s parliament, not in a local government of Baghdad', () => {
    expect(offices('Salman Aziz al-Dulaimi, a member of parliament for Baghdad, demanded an inquiry into the shooting.')).toEqual(['person:salman-aziz-al-dulaimi Member of parliament -> gov:iraq']);
  });
  it('still seats an MP for a province in Iraq\'s parliament', () => {
    expect(offices('Salman Aziz al-Dulaimi, a member of parliament for Diyala, demanded an inquiry into the shooting.')).toEqual(['person:salman-aziz-al-dulaimi Member of parliament -> gov:iraq']);
  });
});

describe('a minister of foreign affairs, defence or interior named with no country', () => {
  it('reads "Minister of Foreign Affairs X" as Iraq\'s minister in Iraqi news', () => {
    expect(offices('Minister of Foreign Affairs Karim Jasim Saleh ordered that the envoy be called in.')).toEqual(['person:karim-jasim-saleh Minister of Foreign Affairs -> gov:iraq']);
  });
  it('reads the second of two joined titles ("Deputy Prime Minister and Minister of Interior X") the same way', () => {
    expect(offices('At the request of Deputy Prime Minister and Minister of Interior Karim Jasim Saleh, the ministry opened an inquiry.')).toEqual(['person:karim-jasim-saleh Minister of Interior -> gov:iraq']);
  });
  it('gives the minister of the government whose ministry of that kind the article named last', () => {
    expect(offices('The Turkish Defence Ministry issued a statement. Defence Minister Kemal Arslan Ozturk said the operation would go on.')).toEqual(['person:kemal-arslan-ozturk Defence Minister -> gov:turkey']);
  });
  it('gives "Defence Minister X" of no country named and no ministry named no country (a foreign outlet\'s own minister)', () => {
    expect(offices('Defence Minister Kemal Arslan Ozturk said the operation would go on.')).toEqual([]);
  });
  it('gives a minister of another kind with no country no office', () => {
    expect(offices('Minister of Agriculture Karim Jasim Saleh visited the burned fields.')).toEqual([]);
  });
});

describe('the premiership joined to the command of the armed forces', () => {
  it('reads "The Prime Minister and Commander-in-Chief of the Armed Forces, X," as Iraq\'s prime minister', () => {
    expect(offices('The Prime Minister and Commander-in-Chief of the Armed Forces, Haidar Salim al-Amiri, thanked the pilots.')).toEqual([
      'person:haidar-salim-al-amiri Prime Minister and Commander-in-Chief of the Armed Forces -> gov:iraq',
    ]);
  });
  it('gives no premiership to one who serves the commander-in-chief', () => {
    expect(offices('The spokesman for the Commander-in-Chief of the Armed Forces, Haidar Salim al-Amiri, thanked the pilots.').filter((o) => o.endsWith('gov:iraq'))).toEqual([]);
  });
});

describe('the local administration of a place', () => {
  it('states the place it governs but not the government above it, which the article does not say', () => {
    const batch = extract('Diyala Governor Sami Yousef al-Tamimi visited the wounded in hospital.', '2024-05-02');
    const local = batch.entities.find((e) => e.id === 'gov:diyala-governorate-local-government');
    expect(local).toMatchObject({ kind: 'Government', governs: 'place:diyala-governorate' });
    expect(local && 'partOf' in local ? local.partOf : undefined).toBeUndefined();
  });
});

describe('a post in a trade\'s association in a place', () => {
  const bodies = (text: string) => extract(text, '2024-05-02').entities.filter((e) => e.kind === 'Organization').map((e) => `${e.id} ${e.name}`);
  it('reads "the head of the <place> <trade> union, X," as a post in that union', () => {
    expect(offices('The head of the Baquba teachers\' union, Nadia Salim Abbas, said classes would resume.')).toEqual(['person:nadia-salim-abbas Head of the Baquba teachers\' union -> org:baquba-teachers-union']);
    expect(bodies('The head of the Baquba teachers\' union, Nadia Salim Abbas, said classes would resume.')).toContain("org:baquba-teachers-union Baquba Teachers' Union");
  });
  it('reads "X, who heads the <trade> association in <place>," with the place after the trade', () => {
    expect(offices('Nadia Salim Abbas, who heads the doctors\' association in Kalar, said the clinic was full.')).toEqual(['person:nadia-salim-abbas Head of the doctors\' association in Kalar -> org:kalar-doctors-association']);
  });
  it('reads "in the province" as the province the article named last', () => {
    expect(offices('Two fields burned in Kirkuk province on Sunday. Nadia Salim Abbas, who heads the farmers\' association in the province, called for patrols.')).toEqual(['person:nadia-salim-abbas Head of the farmers\' association in the province -> org:kirkuk-farmers-association']);
  });
  it('gives an association of no place no post', () => {
    expect(offices('Nadia Salim Abbas, who heads the doctors\' association, said the clinic was full.')).toEqual([]);
  });
});

describe('a rank in a force', () => {
  it('reads "army Lt. Col. X" and "army Captain X" as a rank in Iraq\'s army (the test reference holds no Iraqi Police)', () => {
    expect(offices('Two shepherds were shot near the dam, army Lt. Col. Saad Karim al-Hiti told reporters.')).toEqual(['person:saad-karim-al-hiti Lieutenant Colonel -> force:iraqi-army']);
    expect(offices('Two shepherds were shot near the dam, army Captain Saad Karim al-Hiti told reporters.')).toEqual(['person:saad-karim-al-hiti Captain -> force:iraqi-army']);
  });
  it('gives a rank with no service word before it no force when the sentence names none', () => {
    expect(offices('Two shepherds were shot near the dam, Maj. Saad Karim al-Hiti told reporters.')).toEqual([]);
  });
  it('reads "Colonel X, a Peshmerga officer," as the Peshmerga\'s though the sentence names another force too', () => {
    expect(offices('"They came from the side held by the Federal Police," Colonel Aram Jalal Karim, a Peshmerga officer on the front, told reporters.')).toEqual(['person:aram-jalal-karim Colonel -> force:peshmerga']);
  });
});

describe('a post in "the command" the article named', () => {
  it('reads "X, a spokesman for the command," as a post in the command named before', () => {
    expect(offices('The Khalis Operations Command said troops cleared two orchards. Nine mortar rounds were found, Colonel Hadi Nasser al-Rubaie, a spokesman for the command, told reporters.')).toEqual([
      'person:hadi-nasser-al-rubaie Spokesman -> force:khalis-operations-command',
    ]);
  });
  it('reads "the command\'s spokesman, Colonel X" the same way', () => {
    expect(offices('The Khalis Operations Command said troops cleared two orchards. Nine mortar rounds were found, according to the command\'s spokesman, Colonel Hadi Nasser al-Rubaie.')).toEqual([
      'person:hadi-nasser-al-rubaie Spokesman -> force:khalis-operations-command',
    ]);
  });
  it('gives "the command" no post when the article named no command', () => {
    expect(offices('Troops cleared two orchards. Nine mortar rounds were found, Colonel Hadi Nasser al-Rubaie, a spokesman for the command, told reporters.').filter((o) => o.includes('Spokesman'))).toEqual([]);
  });
});

describe('a unit\'s head named after the name by the place\'s possessive', () => {
  it('reads "said X, Udhaim\'s subdistrict director." as the head of that sub-district\'s local government', () => {
    expect(offices('Two shells hit the orchards, said Jamil Saeed al-Hayali, Udhaim\'s subdistrict director.')).toEqual(['person:jamil-saeed-al-hayali Subdistrict director -> gov:udhaim-subdistrict-local-government']);
  });
  it('gives a possessive of no unit\'s head ("Udhaim\'s best-known farmer") no office', () => {
    expect(offices('Two shells hit the orchards, said Jamil Saeed al-Hayali, Udhaim\'s best-known farmer.')).toEqual([]);
  });
});
