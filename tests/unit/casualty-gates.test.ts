/**
 * The word tests that let findFigures skip a pattern (casualties.ts NEEDS) must never skip a
 * sentence the pattern matches: over every sentence of the development articles and the seed
 * articles, and over sentences written to hit each pattern, a match implies its gate passes.
 */
import { describe, expect, it } from 'vitest';
import { findFigures, NEEDS } from '../../src/extract/casualties.js';
import { developmentSentences } from '../helpers/dev-sentences.js';

const written = [
  'A family of five were killed when the shell hit their house.',
  'Two suicide bombers blew themselves up at the gate.',
  'The gunman was shot dead by the guards.',
  'The attack left 12 martyrs and 30 wounded.',
  'Four soldiers remain in hospital.',
  'Two of them were later killed.',
  'Among the dead were two policemen.',
  'Gunmen killed several farmers and two shepherds.',
  'Its driver was also wounded.',
  'Police took three suspects into custody.',
  'The blast resulted in two deaths and one injury.',
  'Killed in the ambush were three soldiers.',
  'Activist Ali Hassan was assassinated in Basra.',
  'Colonel Ahmed Kareem, who was shot dead on Monday, was buried.',
  'Two of its fighters, who rose as martyrs, were buried.',
  'Twenty activists who had called for the rally were arrested.',
  'A shepherd who was grazing his sheep was wounded.',
  'A man driving behind the car was lightly wounded.',
  'A farmer and his son were killed.',
  'Three people who had been wounded in the strike died overnight.',
  'Troops arrested a cell of four terrorists.',
  'The number of soldiers killed has risen to seven.',
  'Two of the dead were gunmen.',
  'Of the dead, two were soldiers.',
  'The other three were civilians.',
  'Five soldiers were among the dead.',
  'The third was a boy.',
  'The death toll rose to nine.',
  'Doctors later put the number of wounded at 20.',
  'The hospital treated nine wounded.',
  'Masked men seized three herders near the well.',
  'The gunmen grabbed them along with their two cousins.',
];

describe('casualty pattern gates', () => {
  const sentences = developmentSentences().concat(written);

  it('reads enough sentences to mean something', () => {
    expect(sentences.length).toBeGreaterThan(5000);
  });

  it('never skips a sentence a pattern matches', () => {
    const skipped: string[] = [];
    for (const [pattern, gate] of NEEDS) {
      for (const s of sentences) if (!gate.test(s) && [...s.matchAll(pattern)].length) skipped.push(`${pattern.source.slice(0, 30)}… | ${s}`);
    }
    expect(skipped).toEqual([]);
  }, 120_000); // (every pattern over every sentence: seconds, more on a loaded machine)

  it('lets each pattern run on a sentence written for it', () => {
    const silent = [...NEEDS].filter(([pattern, gate]) => !written.some((s) => gate.test(s) && [...s.matchAll(pattern)].length)).map(([p]) => p.source.slice(0, 40));
    expect(silent).toEqual([]);
  });

  it('still reads the figures of the written sentences', () => {
    expect(findFigures('Gunmen killed several farmers and two shepherds.').map((f) => [f.measure, f.count])).toContainEqual(['killed', 2]);
    expect(findFigures('The blast resulted in two deaths and one injury.').map((f) => [f.measure, f.count])).toEqual([['killed', 2], ['injured', 1]]);
  });
});
