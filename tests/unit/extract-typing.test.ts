import { describe, expect, it } from 'vitest';
import { extract } from './extract-fixtures.js';

const types = (text: string) => extract(text).events.map((e) => e.subEventType);

describe('ACLED typing (error class 8)', () => {
  it('types an armed attack that killed civilians as violence against civilians', () => {
    expect(types('Gunmen killed four shepherds near a village in Muqdadiya district on Monday.')).toEqual(['ATTACK']);
  });

  it('keeps an attack on security forces a battle', () => {
    expect(types('ISIS militants attacked an army post in Daquq district on Monday, killing two soldiers.')).toEqual(['ARMED_CLASH']);
  });

  it('types an abduction of civilians as abduction', () => {
    expect(types('Gunmen abducted three farmers in Daquq district on Monday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
  });

  it('keeps a bomb a bomb whoever it hit', () => {
    expect(types('A roadside bomb killed two civilians in Kirkuk on Monday.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('keeps clans fighting each other an armed clash', () => {
    expect(types('A clan dispute in Daquq district turned violent on Monday, leaving four people dead.')).toEqual(['ARMED_CLASH']);
  });
});
