/**
 * Probes from short articles written in held-out styles (a CENTCOM release, a next-day follow-up, ...):
 * each wrong event fact turned into a rule for its construction, with a sentence that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const events = (text: string, published = '2026-05-20') =>
  extract(text, published).events.map((e) => `${e.subEventType} ${e.date} @${e.place ? ref(e.place) : '-'} by ${e.perpetrators.map(ref).join(',') || '-'} against ${e.targets.map(ref).join(',') || '-'}`);

describe('a strike told in the singular after "conducted" or "carried out"', () => {
  it('reads "conducted a precision strike" as a strike from the air', () => {
    expect(events('US forces conducted a precision strike against a weapons depot of ISIS in Kirkuk on Monday.')).toEqual(['AIR_DRONE_STRIKE 2026-05-18 @place:kirkuk by gov:us against org:isis']);
    expect(events('Iraqi forces carried out a strike on an ISIS hideout in Wadi al-Shay on Monday.').map((e) => e.split(' ')[0])).toEqual(['AIR_DRONE_STRIKE']);
  });
  it('reads no strike from the air in workers who staged a strike', () => {
    expect(events('Oil workers staged a strike outside the refinery in Basra on Monday to demand their salaries.').filter((e) => e.startsWith('AIR'))).toEqual([]);
  });
});

describe('an earlier incident told after a comma and the time between', () => {
  it('makes "..., a day after a bomb killed a soldier in the same area" an incident of its own, a day before', () => {
    expect(events('Gunmen attacked a Federal Police checkpoint in Muqdadiya on Monday night, a day after a roadside bomb killed an Iraqi soldier in the same area.')).toEqual([
      'ARMED_CLASH 2026-05-18 @place:muqdadiya by - against force:federal-police',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2026-05-17 @place:muqdadiya by - against force:iraqi-army',
    ]);
  });
  it('places the earlier incident in the village its own words name, not where the report it dates happened', () => {
    expect(events('Turkish artillery shelled the village of Sire in Amedi district on Monday, two days after a drone hit a car near Kalar.')).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2026-05-18 @place:sire by force:turkish-armed-forces against -',
      'AIR_DRONE_STRIKE 2026-05-16 @place:kalar by - against -',
    ]);
  });
  it('keeps one incident where "after" tells what led to the attack', () => {
    expect(events('Gunmen attacked a Federal Police checkpoint in Muqdadiya on Monday night after a roadside bomb went off near it.')).toHaveLength(1);
  });
});
