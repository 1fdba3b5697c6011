/**
 * Statements read from probe articles in new styles (a regional presidency's statement, a neighbour's foreign
 * ministry justifying its strikes, a ministry blaming "outlaw groups", a spokesman's hedged plans): each rule
 * in new words, beside a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three Peshmerga fighters in Kalar on Monday. ';
const STRIKE = 'Turkish warplanes struck positions of the PKK near Amedi on Monday, the Turkish Armed Forces said. ';

function statements(text: string): string[] {
  return extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('an anaphor after "In a statement on <day>,"', () => {
  it('gives "In a statement on Tuesday, the government called on ..." to the body named before', () => {
    expect(statements(`${EVENT}The Kurdistan Regional Government mourned the fighters. In a statement released on Tuesday, the government urged Turkey to stop its shelling.`)).toEqual([
      'gov:krg CONDOLENCE',
      'gov:krg CALL_FOR_ACTION -> gov:turkey',
    ]);
  });
  it('keeps "In a statement, the government ..." as before', () => {
    expect(statements(`${EVENT}The Kurdistan Regional Government mourned the fighters. In a statement, the government urged Turkey to stop its shelling.`)).toEqual([
      'gov:krg CONDOLENCE',
      'gov:krg CALL_FOR_ACTION -> gov:turkey',
    ]);
  });
});

describe('a strike justified as self-defence', () => {
  it('reads "conducted within the framework of Turkey\'s right to self-defence" as the ministry\'s claim, the ministry no doer', () => {
    const batch = extract(`${STRIKE}The Turkish Foreign Ministry said the operation was conducted within the framework of Turkey's legitimate right to self-defense against terrorism.`);
    expect(batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`)).toContain('org:turkey-foreign-ministry CLAIM_OF_RESPONSIBILITY');
    expect(batch.events[0]!.perpetrators.map(ref)).not.toContain('org:turkey-foreign-ministry');
  });
  it('reads no claim in a country that "reserves its right to self-defence"', () => {
    expect(statements(`${STRIKE}The KRG said it reserves its right to self-defense.`).filter((s) => s.includes('CLAIM'))).toEqual(['force:turkish-armed-forces CLAIM_OF_RESPONSIBILITY']);
  });
});

describe('quoted words in the slot of the blamed', () => {
  it('reads \'held "rogue elements" responsible for the attack\' as attribution', () => {
    expect(statements(`${EVENT}The Security Media Cell held "rogue elements" responsible for the attack.`)).toEqual(['org:security-media-cell OTHER']);
  });
  it('keeps "held a meeting on the attack" no stance', () => {
    expect(statements(`${EVENT}The Security Media Cell held a meeting on the attack.`)).toEqual([]);
  });
});

describe('stances only possible, or others\' calls named as a noun', () => {
  it('takes no call from "may ask" nor from "amid calls for"', () => {
    expect(statements(`${EVENT}The KRG may ask Baghdad to send more troops to the area.`)).toEqual([]);
    expect(statements(`${EVENT}The KRG has kept silent amid growing calls for an inquiry into the attack.`)).toEqual([]);
  });
  it('keeps "asked Baghdad" and "renewed its calls for" a call', () => {
    expect(statements(`${EVENT}The KRG asked Baghdad to send more troops to the area.`)).toEqual(['gov:krg CALL_FOR_ACTION -> gov:iraq']);
    expect(statements(`${EVENT}The KRG renewed its calls for an inquiry into the attack.`)).toEqual(['gov:krg CALL_FOR_ACTION']);
  });
});

describe('a call whose request opens a quotation, or raised with a counterpart', () => {
  it('reads \'asked the Peshmerga "to send ..."\' and \'would raise the issue with\' as calls', () => {
    expect(statements(`${EVENT}The KRG said it had asked the Peshmerga "to send reinforcements to the villages before nightfall," and mourned the fighters.`)).toEqual(['gov:krg CONDOLENCE', 'gov:krg CALL_FOR_ACTION -> force:peshmerga']);
    expect(statements(`${EVENT}The KRG condemned the attack and said it would raise the issue formally with the federal government.`)).toEqual(['gov:krg CONDEMNATION', 'gov:krg CALL_FOR_ACTION']);
  });
  it('keeps \'asked "why now?"\' and "raised the issue of pay" no call', () => {
    expect(statements(`${EVENT}The KRG condemned the attack and asked the Peshmerga "why now?"`)).toEqual(['gov:krg CONDEMNATION']);
    expect(statements(`${EVENT}The KRG condemned the attack and raised the issue of unpaid salaries.`)).toEqual(['gov:krg CONDEMNATION']);
  });
});

describe('a pronoun speaking in a parenthesis', () => {
  it('gives "The government, he said, rejected ..." to the person named before, not the government', () => {
    expect(statements(`${EVENT}KRG spokesman Peshawa Hawramani spoke to reporters in Erbil. The Kurdistan Regional Government, he said, condemned the attack and would not tolerate such crimes.`)).toEqual(['person:peshawa-hawramani CONDEMNATION']);
  });
  it('keeps "The government, which ..., condemned" the government\'s', () => {
    expect(statements(`${EVENT}KRG spokesman Peshawa Hawramani spoke to reporters in Erbil. The Kurdistan Regional Government, which runs the region, condemned the attack.`)).toEqual(['gov:krg CONDEMNATION']);
  });
});

describe('an attack called a desperate attempt', () => {
  it('reads "a desperate attempt by the terrorists to prove they still exist" as condemnation', () => {
    expect(statements(`${EVENT}The Security Media Cell said the attack was a desperate bid by ISIS remnants to show they still exist.`)).toEqual(['org:security-media-cell CONDEMNATION']);
  });
  it('keeps "a desperate attempt to reach the wounded" no stance', () => {
    expect(statements(`${EVENT}The Security Media Cell said medics made a desperate attempt to reach the wounded.`)).toEqual([]);
  });
});

describe('an invitation to act', () => {
  it('reads "invited the Iraqi authorities not to rush ..." as a call on them', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack and invited the Iraqi authorities not to rush to conclusions.`)).toEqual(['org:turkey-foreign-ministry CONDEMNATION', 'org:turkey-foreign-ministry CALL_FOR_ACTION -> gov:iraq']);
  });
  it('keeps "invited reporters to a briefing" no call', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack and invited foreign reporters to a briefing.`)).toEqual(['org:turkey-foreign-ministry CONDEMNATION']);
  });
});

describe('a threat of retaliation', () => {
  it('reads "vowed a harsh response" and "the response will be painful" as OTHER', () => {
    expect(statements(`${EVENT}The Peshmerga vowed a harsh response to the attack.`)).toEqual(['force:peshmerga OTHER']);
    expect(statements(`${EVENT}The KRG said the response to the attack will be very painful.`)).toEqual(['gov:krg OTHER']);
  });
  it('keeps "a swift response by the medics" and "threatened the livelihoods" no threat', () => {
    expect(statements(`${EVENT}The KRG praised the swift response of the medics.`).filter((s) => s.includes('OTHER'))).toEqual([]);
    expect(statements(`${EVENT}The KRG said the attacks threatened the livelihoods of farmers.`).filter((s) => s.includes('OTHER'))).toEqual([]);
  });
});
