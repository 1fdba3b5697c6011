/**
 * Protests and their repression, the round of 2026-12-04 on dev52, each written in new words against the shipped reference.
 * The positive cases fail with the rule switched off (measured with a temporary switch, removed since).
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

describe('a protest whose crowd threw fire is a riot', () => {
  const { events } = shippedReference();
  const types = (text: string, published?: string) => events(text, published).map((e) => e.type);

  it('reads "demonstrators hurled rocks and Molotov cocktails" after a protest as one violent demonstration, no bombing', () => {
    const found = types('Nine policemen were hurt on Sunday night when a rally over unpaid salaries in Kut turned violent outside the provincial council. Some demonstrators hurled rocks and Molotov cocktails at the riot police.', '2024-05-13');
    expect(found).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads "the crowd tossed firebombs" as a violent demonstration', () => {
    const found = types('Hundreds of young men protested outside the oil company offices in Basra on Thursday. As night fell the crowd tossed firebombs over the wall of the compound.', '2024-05-17');
    expect(found).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads a crowd "throwing petrol bombs" into a building as the riot, not an explosive attack', () => {
    const found = types('A crowd of party supporters stormed the offices of a rival newspaper in Baghdad on Friday evening. Dozens of men smashed the gate of the two-storey building in the Mansour district, throwing petrol bombs inside.', '2024-05-18');
    expect(found).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('keeps a protest met with tear gas when students only threw stones', () => {
    const found = types('Police fired tear gas at students protesting over grants in Erbil on Monday after some of them threw stones at the gate of the ministry.', '2024-05-14');
    expect(found).toEqual(['PROTEST_WITH_INTERVENTION']);
  });
});
