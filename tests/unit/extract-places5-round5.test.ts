/**
 * The place of events, round 5 (2026-12-02): how reports tell a place by a road's two ends, by a mountain a
 * target lay on with a settlement that only locates the mountain, and by a quarter's position in its town.
 * Each mechanism in several phrasings, with near sentences that keep their old reading.
 */
import { describe, expect, it } from 'vitest';
import { eventLines, extract } from './extract-fixtures.js';

const places = (text: string, published = '2023-01-17') => eventLines(text, published).map((l) => l.split(' ')[2]);
const parentOf = (text: string, id: string) => {
  const e = extract(text).entities.find((x) => x.id === id);
  return e && 'locatedIn' in e ? (e as { locatedIn?: string }).locatedIn ?? null : null;
};

describe("a road's two ends", () => {
  it('codes an incident on a road between a city and a town to the town, whichever is named first', () => {
    expect(places('A roadside bomb hit a police patrol on the road between Baquba and Muqdadiya on Sunday.')).toEqual(['place:muqdadiya']);
    expect(places('A roadside bomb hit a police patrol on the road between Muqdadiya and Baquba on Sunday.')).toEqual(['place:muqdadiya']);
  });

  it('reads "the highway linking A to B" and "the A-B road" the same way', () => {
    expect(places('Gunmen ambushed a truck on the highway linking Kirkuk to Daquq on Sunday.')).toEqual(['place:daquq-district']);
    expect(places('A bomb went off beside an army convoy on the Kirkuk-Daquq road on Sunday.')).toEqual(['place:daquq-district']);
  });

  it('takes a second end the reference knows only as a sub-district for that sub-district', () => {
    expect(places('An IED struck a car on the road between Kirkuk and Rashad on Sunday.')).toEqual(['place:rashad-subdistrict']);
  });

  it('takes a village at one end over the town at the other, and a town over a range of hills', () => {
    expect(places('A drone hit a car on the road between Kalar and the village of Tapa Sawz on Sunday.')).toEqual(['place:tapa-sawz']);
    expect(places('A bomb hit a Humvee on the road between Muqdadiya and the Hamrin hills on Friday.')).toEqual(['place:muqdadiya']);
  });

  it('keeps the first end when both are of one size, and a place named beside the road over both', () => {
    expect(places('A bomb hit a bus on the road between Erbil and Kirkuk on Sunday.')).toEqual(['place:erbil']);
    expect(places('A drone strike hit a vehicle on the Erbil-Kirkuk road near Kalar on Sunday.')).toEqual(['place:kalar']);
  });
});

describe('a mountain a target lay on', () => {
  it('takes the mountain, not the village named after it to say where the mountain is', () => {
    expect(places('Turkish jets bombed the slopes of Kortak mountain near the village of Bersive in Amedi district on Tuesday.')).toEqual(['place:kortak']);
    expect(places('A drone hit a PKK position on Zirgan mountain, near the town of Kalar, on Monday.')).toEqual(['place:zirgan']);
  });

  it('makes one event of shelling on a ridge above two villages, at the mountain', () => {
    expect(places('Turkish shells struck the ridge of Kurda mountain above the villages of Sura and Bani on Sunday.')).toEqual(['place:kurda']);
  });

  it('keeps a village named first, the mountain after it only measuring where the village lies', () => {
    expect(places('A drone hit a car near the village of Kani Spi, south of Zirgan mountain, on Sunday.')).toEqual(['place:kani-spi']);
    expect(places('Militants attacked an army post near the village of Sheikh Ali, at the foot of Zirgan mountain, on Sunday.')).toEqual(['place:sheikh-ali']);
  });
});

describe("a quarter told by its position in the town", () => {
  it('reads "in X, in the northwest of the capital" as a quarter of the city named, and places the incident there', () => {
    const text = 'In Baghdad, gunmen shot dead a pharmacist as he closed his shop in al-Jamiaa, in the northwest of the capital, on Monday night.';
    expect(places(text)).toEqual(['place:al-jamiaa']);
    expect(parentOf(text, 'place:al-jamiaa')).toBe('place:baghdad');
  });

  it('nests "the X neighbourhood, in the north of the district centre" in the seat of the district, and keeps it the place', () => {
    const text =
      'A man was killed on Monday when an old mine went off in his garden in Kalar district. A police source said the mine exploded while he was digging in the garden of his home in the Shorsh neighbourhood, in the north of the district centre.';
    expect(places(text)).toEqual(['place:shorsh']);
    expect(parentOf(text, 'place:shorsh')).toBe('place:kalar');
  });
});

describe('a second spelling in brackets', () => {
  it('reads "the X (Y) complex" and "the X (Y Z) village" as a new place X', () => {
    expect(places('A Turkish drone struck a YBS base in the Kocho (Kojo) complex, south of Mount Sinjar, late on Wednesday.')).toEqual(['place:kocho']);
    expect(places('Gunmen killed two farmers in the Tal Ward (Tel Ward) village on Sunday.')).toEqual(['place:tal-ward']);
  });

  it("makes no place of a body's initials in brackets", () => {
    const text = "Turkish jets struck a Kurdistan Workers' Party (PKK) camp near Amedi on Sunday.";
    expect(extract(text).entities.filter((e) => e.kind === 'Place' && !e.id.startsWith('place:amedi')).map((e) => e.id)).toEqual([]);
  });
});
