/**
 * Event places, round of 3 December: failures of the development sets reproduced in new wording against the shipped
 * reference. A place inside a call for action ("called on the coalition to strike the hideouts in X") is where someone
 * wants something done, not where the incident told outside the call happened; a place told after ", a week after"
 * belongs to the earlier incident that clause sets apart, not to the one told before it; a body "based in northern X"
 * names its seat, not a place; a place before a politician's title ("X MP Y said") is the seat of the office; and a
 * new quarter told "east of the city centre" lies in the city the report is in (so it refines the province); a sub-district
 * of the city's province a later report names ("in the Karrada district") places an incident told first in the city;
 * and the hills attackers were "driven back toward" are no place of the attack.
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const events = (text: string, published?: string) =>
  extract(text, published).events.map((e) => ({ type: e.subEventType, date: e.date, place: e.place ? ref(e.place) : '-' }));

describe('a place inside a call for action', () => {
  it('does not place an attack where a mayor calls on the coalition to strike', () => {
    const found = events('Gunmen killed two farmers on Monday night, police said. The district mayor condemned the attack and called on the coalition to strike the militants\' hideouts in the Hamrin mountains.');
    expect(found.map((e) => e.place)).not.toContain('place:hamrin-mountains');
  });

  it('keeps the place of the incident a call names ("to investigate the killing in X")', () => {
    const found = events('The governor called on the police to investigate the killing of a shopkeeper in Khanaqin on Monday.');
    expect(found.map((e) => e.place)).toEqual(['place:khanaqin']);
  });

  it('places a later incident with no place of its own where the story stands, not at the hideouts a ministry wants struck', () => {
    const found = events(
      'Shortly before dawn on Tuesday, militants attacked an army post near the village of Tal Sharif, west of Daquq. About half an hour after the fighting began, a truck carrying reinforcements from Daquq hit a roadside bomb, wounding three soldiers. The ministry renewed its call on the coalition to intensify its strikes on the militants\' hideouts in the Hamrin mountains, from which these attacks come.',
    );
    expect(found.map((e) => e.place)).not.toContain('place:hamrin-mountains');
  });
});

describe('a place told after ", a week after"', () => {
  it('does not place the new barrage where the earlier one struck', () => {
    const found = events('Militants fired a new wave of rockets at the base on Monday, a week after a similar barrage killed two soldiers near Erbil.');
    const monday = found.find((e) => e.date === '2024-03-11');
    expect(monday).toBeDefined();
    expect(monday?.place).not.toBe('place:erbil');
  });
});

describe('a seat, not a place', () => {
  it('does not place a strike in a country the target group is "based in northern" parts of', () => {
    const found = events('Turkish drones struck a convoy on Tuesday, killing two fighters of a group based in northern Iraq.');
    expect(found).toHaveLength(1);
    expect(found.map((e) => e.place)).not.toContain('place:iraq');
  });

  it('does not place arrests in the province of the lawmaker who reported them', () => {
    const found = events('Police arrested four suspects on Tuesday, Dhi Qar MP Ahmed Ghani said.');
    expect(found.map((e) => e.place)).not.toContain('place:dhi-qar-governorate');
  });

  it('still places arrests in the province of the governor who reported them', () => {
    const found = events('Police arrested four suspects on Tuesday, Dhi Qar governor Ahmed Ghani said.');
    expect(found.map((e) => e.place)).toEqual(['place:dhi-qar-governorate']);
  });
});

describe('a quarter told by its bearing from the city centre', () => {
  it('places a shootout in the quarter "east of the city centre", not in the province a round-up item is headed by', () => {
    const found = events('In Basra, two policemen were wounded on Friday night in a shootout with smugglers who were hiding in a warehouse in the Hay Sakhr area, east of the city centre.');
    expect(found.map((e) => e.place)).toEqual(['place:hay-sakhr']);
  });
});

describe('a sub-district of the city a report names', () => {
  it('places an attack told first in "east Baghdad" in the district the next report names', () => {
    const found = events('Gunmen attacked a crowded market in east Baghdad on Thursday evening, killing nine people. The attack started when a suicide bomber blew himself up at the entrance of the Sinak market in the Karrada district.');
    expect(found.map((e) => e.place)).toEqual(['place:karrada-subdistrict']);
  });

  it('keeps the city when the unit named is the one around it', () => {
    const found = events('A car bomb exploded near a checkpoint in Basra on Monday, killing two policemen, in the Basra district, police said.');
    expect(found.map((e) => e.place)).not.toContain('place:basra-district');
  });
});

describe('where attackers were driven back to', () => {
  it('does not place an attack on a post where the defenders drove the attackers back toward', () => {
    const found = events('Militants attacked an army post on Monday night, and the soldiers drove them back toward the Hamrin mountains after an hour of fighting.');
    expect(found.map((e) => e.place)).not.toContain('place:hamrin-mountains');
  });
});
