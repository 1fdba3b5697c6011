import { describe, expect, it } from 'vitest';
import { extract, read, ref } from './extract-fixtures.js';

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

describe('a country or its capital speaking', () => {
  it('reads "Ankara denied" and "Yemen condemned" as the governments, the country kept as a place', () => {
    expect(statements(`${EVENT}Ankara denied any role in the attack.`)).toEqual(['gov:turkey DENIAL']);
    expect(statements(`${EVENT}Yemen condemned the attack.`)).toEqual(['gov:yemen CONDEMNATION']);
    // The government that learned "Ankara" still lets "Turkey" name the country too.
    const { readings } = read(`${EVENT}Ankara condemned the attack. The victims had fled to Daquq from Turkey.`);
    const turkey = readings.at(-1)!.mentions.find((m) => m.text === 'Turkey')!;
    expect(turkey.entries.map((e) => e.id).sort()).toEqual(['gov:turkey', 'place:turkey']);
  });
});

describe('an anonymous source', () => {
  it('gives no statement to the speaker of another clause ("Iraqi officials blamed Turkish artillery; Ankara denies any role")', () => {
    expect(statements('Nine civilians were killed when a resort in Daquq district came under fire on Monday. Iraqi officials blamed Turkish artillery; Ankara denies any role.')).toEqual(['gov:turkey DENIAL']);
  });
});

describe('a denial', () => {
  it('reads no claim in what is denied ("denied that it had carried out the strike")', () => {
    expect(statements(`${EVENT}Ankara denied that it had carried out the attack.`)).toEqual(['gov:turkey DENIAL']);
    expect(statements(`${EVENT}The Turkish Foreign Ministry denied that its jets had struck the soldiers.`)).toEqual(['org:turkey-foreign-ministry DENIAL']);
  });
});
