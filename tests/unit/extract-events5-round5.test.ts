/**
 * Events, round 5 (issue 9): how reporters tell an earlier incident beside the news of the day. Sentences written for
 * these tests; each mechanism with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, eventLines } from './extract-fixtures.js';

const events = eventLines;

describe('the day of a relative clause that tells what an incident did', () => {
  it('dates a strike by the clause that tells where it hit, not by the funeral the sentence reports', () => {
    expect(events('Erbil on Tuesday buried the victims of the drone strike that hit a village near Erbil on Sunday.')).toEqual(['AIR_DRONE_STRIKE 2023-01-15 place:erbil']);
  });

  it('reads "that hit ... on Sunday night" after a bombing the same way', () => {
    expect(events('Mourners in Kirkuk on Tuesday buried the victims of the bombing that hit a market in Kirkuk on Sunday night.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:kirkuk',
    ]);
  });

  it('keeps the day of the main clause when the relative clause gives none', () => {
    expect(events('The bombing that hit a market in Kirkuk on Monday killed five people.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:kirkuk']);
  });
});

describe('an incident followed by the one the article reports', () => {
  it('takes the drone that "the attack comes two days after" for an incident of its own, on its own day', () => {
    expect(events('Gunmen attacked a police checkpoint in Baqubah on Tuesday. The attack comes two days after the drone that crashed into a house in Kirkuk on Sunday night.')).toEqual([
      'ARMED_CLASH 2023-01-17 place:baqubah',
      'AIR_DRONE_STRIKE 2023-01-15 place:kirkuk',
    ]);
  });

  it('reads "today\'s attack follows the mortar rounds that fell ..." as an earlier shelling', () => {
    expect(
      events("Rockets struck a military base near Basra on Tuesday morning. Today's attack follows the mortar rounds that fell inside a police compound in Baghdad on Saturday night."),
    ).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-17 place:basra', 'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-14 place:baghdad']);
  });

  it('types the earlier incident by its own weapon ("the blast follows the rocket that landed ...")', () => {
    expect(events('A roadside bomb wounded two soldiers in Baqubah on Tuesday. The blast follows the rocket that landed near a school in Kirkuk on Sunday.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-17 place:baqubah',
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-15 place:kirkuk',
    ]);
  });

  it('finds no incident in what an attack followed when that is no incident', () => {
    expect(events('Rockets struck a military base near Basra on Tuesday morning. The attack followed a warning from the militia.')).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-17 place:basra',
    ]);
  });
});

describe('a condemnation of "such attacks" after one of an incident', () => {
  const condemnations = (text: string) => extract(text).statements.filter((s) => s.stance === 'CONDEMNATION');
  const told = 'The Kurdistan Regional Government condemned the rocket attack on a military base near Basra on Tuesday. The attack comes two days after the drone that crashed into a house in Kirkuk on Sunday night.';

  it('is the same statement, about both incidents', () => {
    const found = condemnations(`${told} The KRG condemned such cowardly attacks.`);
    expect(found).toHaveLength(1);
    expect(found[0]!.about).toHaveLength(2);
  });

  it('reads "such reckless attacks endanger" in an attribution the same way', () => {
    const found = condemnations(`${told} Such reckless attacks endanger the lives of civilians, the KRG said.`);
    expect(found).toHaveLength(1);
    expect(found[0]!.about).toHaveLength(2);
  });
});
