/**
 * Statements as unseen articles word them (dev18/dev19 round): a local council member the reference does not know, an
 * order given to two bodies at once. Each phenomenon in new words, with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants attacked a Peshmerga post in Kalar district late on Sunday, killing two fighters. ';

function statements(text: string, batch = extract(text)): string[] {
  return batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('a member of a local council', () => {
  it('introduces "Diyala provincial council member X" as a person holding a seat on that council', () => {
    const batch = extract(`${EVENT}Diyala provincial council member Salim al-Obaidi denounced the killings and urged the Iraqi Army to guard the villages.`);
    expect(statements('', batch)).toEqual(['person:salim-al-obaidi CONDEMNATION', 'person:salim-al-obaidi CALL_FOR_ACTION -> force:iraqi-army']);
    const office = batch.relationships.find((r) => r.type === 'HOLDS_OFFICE');
    expect(office && [ref(office.from), ref(office.to)]).toEqual(['person:salim-al-obaidi', 'org:diyala-provincial-council']);
    expect(batch.entities.find((e) => ref(e.id ?? '') === 'org:diyala-provincial-council')).toMatchObject({ kind: 'Organization', name: 'Diyala Provincial Council' });
  });

  it('reads "Kirkuk councillor X" the same way, and a council of no place as no office', () => {
    expect(statements(`${EVENT}Kirkuk councillor Omar Jassim condemned the attack.`)).toEqual(['person:omar-jassim CONDEMNATION']);
    // (The security council of a body is no seat: "the council's member states".)
    expect(extract(`${EVENT}The council member states condemned the attack.`).relationships.filter((r) => r.type === 'HOLDS_OFFICE')).toEqual([]);
  });
});

describe('an order given to two bodies', () => {
  it('reads "ordered the police and the army to ..." as a call on both', () => {
    expect(statements(`${EVENT}Kirkuk Governor Omar Jassim ordered the local police directorate and the Iraqi Army to guard every road in the district.`)).toEqual([
      'person:omar-jassim CALL_FOR_ACTION -> force:iraqi-army',
    ]);
    // (An order told as a fact, with nobody to carry it out, stays none.)
    expect(statements(`${EVENT}Kirkuk Governor Omar Jassim ordered the roads and the markets closed until Tuesday.`)).toEqual([]);
  });
});
