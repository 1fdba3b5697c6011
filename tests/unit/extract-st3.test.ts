/**
 * Statements read from probe articles of round st3 (a ministry's statement relayed by a state agency, a body
 * taken up again as "the ministry" or "the party", compound reactions, a post on X, a denial by a minister):
 * each rule in new words, beside a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three Peshmerga fighters in Kalar on Monday. ';

function statements(text: string): string[] {
  return extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('a body taken up again by its head noun', () => {
  it('gives "The ministry also ..." to the ministry named before, not to the speaker of the sentence between', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack. The KRG voiced concern over the attack. The ministry also extended its condolences to the families of the fighters.`)).toContain('org:turkey-foreign-ministry CONDOLENCE');
  });
  it('gives "The ministry handed ... and demanded" to the ministry when the word after "ministry" is a verb', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry summoned the Iraqi envoy on Tuesday. The ministry handed him a letter and demanded that Baghdad act against the militants.`)).toEqual(['org:turkey-foreign-ministry CALL_FOR_ACTION -> gov:iraq']);
  });
  it('keeps "The foreign ministry ..." the ministry of that name', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack. The KRG voiced concern over the attack. The foreign ministry extended its condolences to the families of the fighters.`)).toContain('org:turkey-foreign-ministry CONDOLENCE');
  });
});

describe('a vow to pursue the attackers', () => {
  it('reads "vowed to hunt down the attackers" as a call for action', () => {
    expect(statements(`${EVENT}The KRG vowed to hunt down the attackers.`)).toEqual(['gov:krg CALL_FOR_ACTION']);
    expect(statements(`${EVENT}The KRG pledged to track down those behind the attack.`)).toEqual(['gov:krg CALL_FOR_ACTION']);
  });
  it('keeps "vowed revenge" a threat (OTHER)', () => {
    expect(statements(`${EVENT}The KRG vowed revenge for the attack.`)).toEqual(['gov:krg OTHER']);
  });
});

describe('whom sympathy and support are offered to', () => {
  it('reads "sympathy with the Iraqi people" as a condolence toward Iraq', () => {
    expect(statements(`${EVENT}The United States expressed its sympathy with the Iraqi people.`)).toEqual(['gov:us CONDOLENCE -> gov:iraq']);
  });
  it('keeps condolences to the families toward nobody', () => {
    expect(statements(`${EVENT}The United States expressed its sympathy to the families of the fighters.`)).toEqual(['gov:us CONDOLENCE']);
  });
  it('reads "we stand with our Iraqi partners" as support toward the government the demonym names', () => {
    expect(statements(`${EVENT}The United States condemned the attack. "We stand with our Iraqi partners," it added.`)).toEqual(['gov:us CONDEMNATION', 'gov:us SUPPORT -> gov:iraq']);
  });
  it('keeps "stand with the Iraqi people" solidarity', () => {
    expect(statements(`${EVENT}The United States condemned the attack. "We stand with the Iraqi people," it added.`)).toEqual(['gov:us CONDEMNATION', 'gov:us SOLIDARITY -> gov:iraq']);
  });
});

describe('condolence in other words', () => {
  it('reads "expressed sadness" and "praying for the victims" as condolences', () => {
    expect(statements(`${EVENT}The KRG issued a statement expressing deep sadness over the loss of life.`)).toEqual(['gov:krg CONDOLENCE']);
    expect(statements(`${EVENT}The United States said it was praying for the victims of the attack.`)).toEqual(['gov:us CONDOLENCE']);
  });
  it('reads no condolence in sadness narrated', () => {
    expect(statements(`${EVENT}Sadness hung over Kalar as the fighters were buried.`)).toEqual([]);
  });
});

describe('a denial that a side targets civilians', () => {
  it('reads "Turkey does not target civilians" as a denial', () => {
    expect(statements(`Turkish artillery shelled a village near Amedi on Monday, killing two civilians. "Turkey does not target civilians," the Turkish Foreign Ministry said.`)).toEqual(['org:turkey-foreign-ministry DENIAL']);
  });
  it('keeps "shelling that targeted civilians" no denial', () => {
    expect(statements(`Turkish artillery shelled a village near Amedi on Monday, killing two civilians. The KRG said the shelling targeted civilians.`).filter((s) => s.includes('DENIAL'))).toEqual([]);
  });
});

describe('a second call in a sentence of its own', () => {
  it('gives a speaker who urges again in a later sentence a second call', () => {
    expect(statements(`${EVENT}The KRG called for an investigation into the attack. The KRG also urged all sides to stop the violence.`)).toEqual(['gov:krg CALL_FOR_ACTION', 'gov:krg CALL_FOR_ACTION']);
  });
  it('keeps two cues of one call in one sentence one call', () => {
    expect(statements(`${EVENT}The KRG called for an investigation and urged an end to the violence.`)).toEqual(['gov:krg CALL_FOR_ACTION']);
  });
});

describe('whom a call or praise is toward', () => {
  it('reads "appealed to Baghdad to" as a call toward Iraq', () => {
    expect(statements(`${EVENT}The KRG appealed to Baghdad to protect the border villages.`)).toEqual(['gov:krg CALL_FOR_ACTION -> gov:iraq']);
  });
  it('reads Iraq\'s forces named by their common nouns ("the police and the army", "the heroes of the air force")', () => {
    expect(statements(`${EVENT}The KRG ordered the police and the army to set up night patrols.`)).toEqual(['gov:krg CALL_FOR_ACTION -> force:iraqi-army']);
    expect(statements(`${EVENT}The KRG praised the heroes of our brave air force for the strikes.`)).toEqual(['gov:krg SUPPORT -> force:iraqi-air-force']);
    expect(statements(`${EVENT}The KRG urged the security forces to guard the fields.`)).toEqual(['gov:krg CALL_FOR_ACTION -> force:isf']);
  });
  it('reads no Iraqi force in another country\'s army or in what the call asks', () => {
    expect(statements(`${EVENT}The KRG urged Turkey to withdraw its army.`)).toEqual(['gov:krg CALL_FOR_ACTION -> gov:turkey']);
    expect(statements(`${EVENT}The KRG praised the Turkish army for the strikes.`)).toEqual(['gov:krg SUPPORT']);
  });
});

describe('a call in the present, first person', () => {
  it('reads "We urge the Government of Iraq to" and "We ask the Iraqi government to" as calls toward Iraq', () => {
    expect(statements(`${EVENT}The United States condemned the attack. "We urge the Government of Iraq to hold those responsible accountable," it said.`)).toEqual(['gov:us CONDEMNATION', 'gov:us CALL_FOR_ACTION -> gov:iraq']);
    expect(statements(`${EVENT}"We ask the Iraqi government to protect our villages," the KRG said.`)).toEqual(['gov:krg CALL_FOR_ACTION -> gov:iraq']);
  });
  it('keeps "urged the Government of Iraq" as before', () => {
    expect(statements(`${EVENT}The United States urged the Government of Iraq to hold those responsible accountable.`)).toEqual(['gov:us CALL_FOR_ACTION -> gov:iraq']);
  });
});
