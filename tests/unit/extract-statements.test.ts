import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three soldiers in Daquq district on Monday. ';

function statements(text: string) {
  const batch = extract(text);
  return {
    list: batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`),
    batch,
  };
}

describe('statements (error class 7)', () => {
  it('makes a titled speaker the reference does not know a Person with an office', () => {
    const { list, batch } = statements(`${EVENT}Turkish Foreign Minister Ali Demir wrote on social media that he condemned the attack.`);
    expect(list).toContain('person:ali-demir CONDEMNATION');
    expect(batch.entities).toContainEqual(expect.objectContaining({ id: 'person:ali-demir', kind: 'Person' }));
    expect(batch.relationships).toContainEqual(expect.objectContaining({ from: 'person:ali-demir', type: 'HOLDS_OFFICE', to: 'gov:turkey' }));
  });

  it('finds a speaker introduced by apposition ("the governor of Kirkuk, X, said")', () => {
    expect(statements(`${EVENT}The governor of Kirkuk, Rakan Saeed, called on the army to return to the villages.`).list).toContain('person:rakan-saeed CALL_FOR_ACTION');
    expect(statements(`${EVENT}A spokesman for the provincial police, Colonel Ahmed Karim, condemned the attack.`).list).toContain('person:ahmed-karim CONDEMNATION');
  });

  it('carries the speaker of "released the following statement:" into the quote', () => {
    const { list } = statements(`${EVENT}The Turkish Foreign Ministry released the following statement:\n\n"We strongly condemn the heinous attack. We extend our condolences to the families of the victims."`);
    expect(list).toEqual(expect.arrayContaining(['org:turkey-foreign-ministry CONDEMNATION', 'org:turkey-foreign-ministry CONDOLENCE']));
  });

  it('gives two stances in one sentence two statements', () => {
    const { list } = statements(`${EVENT}Turkey condemned the attack and expressed its solidarity with Iraq.`);
    expect(list).toEqual(expect.arrayContaining(['gov:turkey CONDEMNATION', 'gov:turkey SOLIDARITY -> gov:iraq']));
  });

  it('gives solidarity with no one named to the country the incident was in', () => {
    expect(statements(`${EVENT}Turkey condemned the attack and expressed its full solidarity.`).list).toContain('gov:turkey SOLIDARITY -> gov:iraq');
  });

  it('gives none to anonymous sources', () => {
    expect(statements(`${EVENT}A security source condemned the attack.`).list).toEqual([]);
  });

  it('resolves "He" and "The ministry" to the last person or ministry named', () => {
    const { list } = statements(`${EVENT}The Turkish Foreign Ministry condemned the attack. The ministry called on Baghdad to act. Mayor Karim Jasim visited the site. He called for calm.`);
    expect(list).toEqual(expect.arrayContaining(['org:turkey-foreign-ministry CALL_FOR_ACTION -> gov:iraq', 'person:karim-jasim CALL_FOR_ACTION']));
  });

  it('reads a claim when an armed group says its fighters carried it out', () => {
    expect(statements(`${EVENT}ISIS said in a statement that its fighters had attacked the soldiers.`).list).toContain('org:isis CLAIM_OF_RESPONSIBILITY');
  });
});
