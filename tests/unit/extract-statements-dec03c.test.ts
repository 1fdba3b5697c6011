/**
 * Statements (speaker, stance) of the evening round of 2026-12-03, each written in new words against the shipped reference:
 * an act the speaker says strikes at a good a people or a country shares ("targets the livelihood of every family", "undermine
 * the security of the capital", "aiming at the unity of the people") is condemned; what the speaker rules out ("to be used to
 * threaten the security of any neighbouring state") and the writer's own narration are not.
 * (The positive cases failed with the rule switched off when it was written; the switch was removed after.)
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const statementsOf = (text: string, published?: string, source?: string) => extract(text, published, source).statements.map((x) => `${ref(x.speaker)} ${x.stance}`);

const rocket = 'A rocket struck the compound of a foreign oil company near the town of Zubair on Tuesday, wounding two workers.\n\n';
const bomb = 'A bomb exploded near a checkpoint in Tarmiyah on Monday, killing two soldiers.\n\n';

describe('an act said to strike at a good people share', () => {
  it('reads \'said the rocket fire "targets the livelihood of every family"\' as a condemnation', () => {
    const found = statementsOf(`${rocket}Basra Governor Asaad al-Eidani said the rocket fire "targets the livelihood of every family in Basra".`, '2024-03-12');
    expect(found).toContain('person:asaad-al-eidani CONDEMNATION');
  });

  it('reads "said in a statement that such attacks undermine the security of the capital" as a condemnation', () => {
    const found = statementsOf(`${bomb}The Ministry of Interior said in a statement that such attacks undermine the security of the capital and the stability of the state.`, '2024-03-12');
    expect(found).toContain('org:iraq-ministry-of-interior CONDEMNATION');
  });

  it('reads a quotation that opens the sentence ("are aiming at the unity of the Iraqi people," X said) as a condemnation', () => {
    const found = statementsOf(`${bomb}"Those who planted this bomb are aiming at the unity of the Iraqi people," the Joint Operations Command said.`, '2024-03-12');
    expect(found).toContain('org:iraq-joint-operations-command CONDEMNATION');
  });

  it('reads "were trying to threaten the peace of the villages" as a condemnation (an attempt told, not ruled out)', () => {
    const found = statementsOf(`${bomb}Prime Minister Mohammed Shia al-Sudani said the bombers were trying to threaten the peace of the villages of Tarmiyah.`, '2024-03-12');
    expect(found).toContain('person:mohammed-shia-al-sudani CONDEMNATION');
  });

  it('reads no condemnation in what the speaker rules out ("would not allow its territory to be used to threaten the security of")', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nThe Iraqi foreign ministry said Iraq would not allow its territory to be used to threaten the security of any neighbouring state.',
      '2024-03-12',
    );
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });

  it('reads no statement in the writer\'s narration ("ISIS cells ... threaten the safety of farmers")', () => {
    const found = statementsOf(`${bomb}ISIS cells in the area regularly target the security forces and threaten the safety of farmers in the orchards.`, '2024-03-12');
    expect(found).toEqual([]);
  });

  it('reads no condemnation in "the security forces" as what is targeted (no good of anyone named)', () => {
    const found = statementsOf(`${bomb}The police said the militants target security forces in the orchards at night.`, '2024-03-12');
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});
