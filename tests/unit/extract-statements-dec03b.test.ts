/**
 * Statements (speaker, stance) in the patterns the development sets opened on 2026-12-03 showed, each written in new words
 * against the shipped reference: "The Governor also instructed ...", a title with an adverb after it, points back at the
 * person holding it; "there can be no justification for ..." condemns; concerns someone is asked to resolve or address
 * are not the speaker's concern.
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const statementsOf = (text: string, published?: string, source?: string) => extract(text, published, source).statements.map((x) => `${ref(x.speaker)} ${x.stance}`);

describe('a title pointing back, with an adverb after it', () => {
  it('gives "The Governor also instructed the police to ..." to the governor named before', () => {
    const found = statementsOf(
      'A roadside bomb struck a police patrol on the road between Kirkuk and Hawija on Monday, killing two policemen.\n\nKirkuk Governor Rakan al-Jabouri visited the wounded in hospital on Tuesday and condemned the bombing.\n\nThe Governor also instructed the provincial police to step up patrols on the road.',
      '2024-03-12',
    );
    expect(found.filter((s) => s.endsWith('CALL_FOR_ACTION'))).toEqual(['person:rakan-al-jabouri CALL_FOR_ACTION']);
  });
});

describe('an act said to have no justification', () => {
  it('reads "there can be no possible justification for killing ..." as a condemnation', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nIraqi Foreign Minister Fuad Hussein said on Monday that there can be no possible justification for killing unarmed people in their own country.',
      '2024-03-12',
    );
    expect(found).toContain('person:fuad-hussein CONDEMNATION');
  });

  it('does not read a justification the speaker gives ("the justification for the operation was clear") as a condemnation', () => {
    const found = statementsOf(
      'Turkish jets struck PKK positions in the Qandil mountains on Sunday.\n\nThe Turkish defence ministry said the justification for the operation was the safety of its borders.',
      '2024-03-12',
    );
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});

describe('concerns someone is asked to settle', () => {
  it('reads no concern of the speaker in "urged Ankara to resolve its concerns through dialogue"', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nIraqi Foreign Minister Fuad Hussein urged Ankara on Monday to stop such strikes and to resolve its concerns through dialogue with Baghdad.',
      '2024-03-12',
    );
    expect(found).toContain('person:fuad-hussein CALL_FOR_ACTION');
    expect(found.filter((s) => s.endsWith('CONCERN'))).toEqual([]);
  });

  it('still reads a concern the speaker voices ("expressed its deep concern")', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nIraqi Foreign Minister Fuad Hussein expressed his deep concern over the strike on Monday.',
      '2024-03-12',
    );
    expect(found).toContain('person:fuad-hussein CONCERN');
  });
});
