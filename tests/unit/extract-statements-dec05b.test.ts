/**
 * Statements (speaker, stance) of the round of 2026-12-05 on battle and operations reporting, each written in new words
 * against the shipped reference. The positive cases fail with the rule switched off (measured with a temporary switch,
 * removed since).
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const statementsOf = (text: string, published?: string, source?: string) => extract(text, published, source).statements.map((x) => `${ref(x.speaker)} ${x.stance}`);

describe("a body telling that its own men took ground, freed it or drove an attack back: a claim", () => {
  it('reads "said its units had entered the town" as the claim of the body', () => {
    const found = statementsOf('Fighting went on around the town of Tal Abta on Monday.\n\nThe Popular Mobilization Forces said on Monday that its units had entered the town from the south after a night of clashes.');
    expect(found).toContain('force:pmf CLAIM_OF_RESPONSIBILITY');
  });

  it('reads "announced that its forces had freed the neighbourhood" as the claim of the service', () => {
    const found = statementsOf('The Counter-Terrorism Service announced on Sunday that its forces had freed the al-Tahrir neighbourhood of eastern Mosul after three days of street fighting.');
    expect(found).toContain('force:cts CLAIM_OF_RESPONSIBILITY');
  });

  it('reads "said its fighters had repelled an attack" as a claim', () => {
    const found = statementsOf('The Peshmerga said in a statement that their fighters had repelled an attack on a hilltop post near Makhmour overnight, killing four militants.');
    expect(found).toContain('force:peshmerga CLAIM_OF_RESPONSIBILITY');
  });

  it('reads no claim in an arrest the body reports', () => {
    const found = statementsOf('The National Security Service said on Monday that its agents had arrested two men accused of funding militant cells in Fallujah.');
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });

  it('reads no claim when its men are the ones arrested', () => {
    const found = statementsOf('The Popular Mobilization Forces said on Monday that two of its members had been arrested at a checkpoint in Baghdad.');
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });
});
