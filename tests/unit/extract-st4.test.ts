/**
 * Statements, second round: a security body's claim of its own forces' arrests and seizures when its own
 * statement tells them, and the speaker of an agency-relayed statement.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const said = (text: string, published = '2026-11-10') => extract(text, published).statements.map((s) => `${ref(s.speaker)} ${s.stance} ${s.about.length}`);

describe("a body's claim of its own forces' arrests", () => {
  it('takes "..., the force said in a statement" after an arrest by that force for its claim', () => {
    expect(said('A Federal Police force detained three men wanted under the anti-terrorism law in a raid on a farm near Muqdadiya on Sunday, the force said in a statement.')).toEqual(['force:federal-police CLAIM_OF_RESPONSIBILITY 1']);
  });
  it('takes the quoted words of an agency-relayed statement for the claim, one claim for both operations', () => {
    const text = 'The Counter-Terrorism Service announced on Tuesday the arrest of four terrorists in Diyala and Kirkuk.\n\nIn a statement received by the Iraqi News Agency (INA), the Service said: "CTS forces arrested on Monday three terrorists in a hideout in Khalis district."\n\nThe statement added that "on Sunday a force of the Service arrested a terrorist in the Rashad subdistrict, southwest of Kirkuk."';
    expect(said(text)).toEqual(['force:cts CLAIM_OF_RESPONSIBILITY 2']);
  });
  it('reads no claim where a report retells what the body said it had done', () => {
    expect(said('The Federal Police said on Sunday that it had detained three men wanted under the anti-terrorism law in a raid on a farm near Muqdadiya.')).toEqual([]);
    expect(said('A Federal Police force detained three men wanted under the anti-terrorism law in a raid on a farm near Muqdadiya on Sunday, the police said, without naming them.')).toEqual(['force:federal-police CLAIM_OF_RESPONSIBILITY 1']);
  });
  it('reads no claim from a body telling arrests made by another force', () => {
    expect(said('Asayish forces detained three men wanted under the anti-terrorism law in a raid on a farm near Kalar on Sunday, the Federal Police said in a statement.').filter((s) => s.includes('CLAIM'))).toEqual([]);
  });
});

describe('a name that starts with a capital outside A-Z', () => {
  const LEAD = 'Two villagers were killed on Monday when a drone struck a car near the village of Sire in Amedi district. ';
  const offices = (text: string) => extract(text, '2026-11-10').relationships.filter((r) => r.type === 'HOLDS_OFFICE').map((r) => `${ref(r.from)} ${String(r.properties?.title)}`);
  it('reads "Foreign Minister Ümit Özdağ" as the person who speaks and holds the title', () => {
    const text = `${LEAD}"We strongly condemn this attack," Foreign Minister Ümit Özdağ told reporters in Ankara.`;
    expect(said(text)).toContain('person:umit-ozdag CONDEMNATION 1');
    expect(offices(text)).toContain('person:umit-ozdag Foreign Minister');
  });
  it('still reads an ASCII name the same way', () => {
    expect(said(`${LEAD}"We strongly condemn this attack," Foreign Minister Umit Ozdag told reporters in Ankara.`)).toContain('person:umit-ozdag CONDEMNATION 1');
  });
});

describe("a defending commander's account of the kill", () => {
  const LEAD = 'ISIS militants attacked a Peshmerga post near Kalar late on Monday, wounding two Peshmerga. ';
  it('takes "his men repulsed the assault ... and killed three of the militants" for his claim', () => {
    expect(said(`${LEAD}Colonel Aram Salih, a Peshmerga commander in Garmiyan, said his men repulsed the assault after an hour of fighting and killed three of the militants.`, '2026-03-10')).toContain('person:aram-salih CLAIM_OF_RESPONSIBILITY 1');
  });
  it('reads no claim from a repelled attack told without a kill', () => {
    expect(said(`${LEAD}Colonel Aram Salih, a Peshmerga commander in Garmiyan, said his men repulsed the assault after an hour of fighting.`, '2026-03-10').filter((s) => s.includes('CLAIM'))).toEqual([]);
  });
});

describe('a country named with a letter outside A-Z in a self-defence claim', () => {
  const LEAD = 'Turkish jets struck positions of the PKK near Amedi on Thursday. ';
  it('takes "in line with Türkiye\'s right to self-defence" for the claim, as "Turkey\'s"', () => {
    expect(said(`${LEAD}The Turkish Foreign Ministry said the strikes were carried out in line with Türkiye's right to self-defence.`, '2026-09-05')).toContain('org:turkey-foreign-ministry CLAIM_OF_RESPONSIBILITY 1');
    expect(said(`${LEAD}The Turkish Foreign Ministry said the strikes were carried out in line with Turkey's right to self-defence.`, '2026-09-05')).toContain('org:turkey-foreign-ministry CLAIM_OF_RESPONSIBILITY 1');
  });
});
