import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three soldiers in Daquq district on Monday. ';

function statements(text: string): string[] {
  return extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('a stance told in the passive', () => {
  it('gives "the attack was condemned by X and Y" to each agent after "by", not to the subject', () => {
    expect(statements(`${EVENT}The attack was condemned by the Turkish Foreign Ministry and the Security Media Cell.`)).toEqual(['org:turkey-foreign-ministry CONDEMNATION', 'org:security-media-cell CONDEMNATION']);
    expect(statements(`${EVENT}The attack on the Peshmerga was strongly condemned by Turkey, the United States and the KRG.`)).toEqual(['gov:turkey CONDEMNATION', 'gov:us CONDEMNATION', 'gov:krg CONDEMNATION']);
  });
});
