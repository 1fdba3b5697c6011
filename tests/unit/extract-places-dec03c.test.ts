/**
 * Event places, third round of 3 December: mechanisms of place finding that hold for names the reference does not know,
 * tested in new wording against the shipped reference.
 * - A crossing named at the scene ("at the X junction", "near the X roundabout") is finer than the town or city the same
 *   sentence names: the incident is at the crossing, a site named in full ("X Junction") that answers to the name of the
 *   quarter it is named for and lies in the town's unit.
 */
import { describe, expect, it, vi } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

// (The reference is built before the first test: on loaded cores that may pass the default 10 s of a hook.)
vi.setConfig({ hookTimeout: 120_000 });
const { extract } = shippedReference();
const events = (text: string, published?: string) => extract(text, published).events.map((e) => ({ type: e.subEventType, date: e.date, place: e.place ? ref(e.place) : '-' }));

describe('a crossing named beside a town or a city', () => {
  it('places a protest "at the X junction, between the edge of a city and a town" at the junction', () => {
    const found = events('Hundreds of farmers protested on Monday at the Hasar junction, between the southern edge of Kirkuk and the town of Taza, demanding compensation for their burned crops.');
    expect(found.map((e) => e.place)).toEqual(['place:hasar-junction']);
  });

  it('reads another kind of incident, another crossing word and the city after it ("near the X intersection in Baquba")', () => {
    const found = events('A roadside bomb went off near the Hay al-Moalimin intersection in Baquba on Tuesday evening, wounding two policemen.');
    expect(found.map((e) => e.place)).toEqual(['place:hay-al-moalimin-intersection']);
  });

  it('reads "the X roundabout in the city of Y" with rockets and another order', () => {
    const found = events('Late on Friday, two rockets landed near the Maarid roundabout in the city of Tikrit, damaging a shop.');
    expect(found.map((e) => e.place)).toEqual(['place:maarid-roundabout']);
  });

  it('puts a crossing told "in the centre of" a city inside that city, and one told only beside towns in none', () => {
    const inCity = extract('A parked motorcycle exploded near the Zahraa intersection in the centre of Kut on Sunday morning, killing two people.');
    expect(inCity.events.map((e) => (e.place ? ref(e.place) : '-'))).toEqual(['place:zahraa-intersection']);
    const site = inCity.entities.find((e) => e.id === 'place:zahraa-intersection');
    expect(site && 'locatedIn' in site && site.locatedIn ? ref(site.locatedIn) : undefined).toBe('place:kut');
    const beside = extract('Hundreds of farmers protested on Monday at the Hasar junction, between the southern edge of Kirkuk and the town of Taza.');
    const junction = beside.entities.find((e) => e.id === 'place:hasar-junction');
    expect(junction && 'locatedIn' in junction ? junction.locatedIn : undefined).toBeFalsy();
  });

  it('keeps the city where no crossing is named', () => {
    const found = events('A roadside bomb went off in Baquba on Tuesday evening, wounding two policemen.');
    expect(found.map((e) => e.place)).toEqual(['place:baqubah']);
  });
});
