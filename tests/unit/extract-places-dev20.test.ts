/**
 * Where an event happened, for the place failures dev20 showed on unseen reporting: a military base
 * named as armies name them (not the airport or the town beside it), a mountain "range", what a strike
 * "targeted", a village named beside a mountain or a valley (finer than the area), and a known unit's
 * bare name (no village of its own). Each sentence is new wording, not the corpus's.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';
import { extract, ref } from './extract-fixtures.js';

const placesOf = (text: string) => extract(text, '2026-09-15').events.map((e) => (e.place ? ref(e.place) : '-'));
const parentOf = (text: string, id: string) => {
  const e = extract(text, '2026-09-15').entities.find((x) => x.id === id) as { locatedIn?: string } | undefined;
  return e?.locatedIn ?? null;
};

describe('military bases', () => {
  it('reads "Forward Operating Base X" and "Camp X" without "the" as a base of its own, not the place it lies near', () => {
    expect(placesOf('Three rockets struck Forward Operating Base Kilo near Baghdad on Sunday, wounding two soldiers.')).toEqual(['place:forward-operating-base-kilo']);
    expect(placesOf('Two contractors were wounded on Sunday when mortar rounds landed at Camp Falcon near Baghdad.')).toEqual(['place:camp-falcon']);
  });

  it('keeps the bases the reference knows, the Victory Base Complex beside the Baghdad airport and the base on the Basra airport', async () => {
    const dir = path.resolve(import.meta.dirname, '../../seed/reference');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
    const batches = [];
    for (const f of files) batches.push((await readStructuredFile(path.join(dir, f))).batch);
    const g = Gazetteer.fromEntities(combineBatches(batches, 'reference').entities);
    expect(g.lookup('Camp Victory').map((e) => e.id)).toEqual(['place:victory-base-complex']);
    expect(g.lookup('Contingency Operating Base Basrah').map((e) => e.id)).toEqual(['place:cob-basra']);
    expect(g.lookup('Victory Base Complex')[0]?.parentId).toBe('place:baghdad');
  });
});

describe('mountains and areas', () => {
  it('reads "the X range" as an area, finer than the district it is measured from', () => {
    expect(placesOf('Iraqi jets bombed militant caves in the Zarda range, east of Khalis district, on Monday, killing four militants.')).toEqual(['place:zarda']);
  });

  it('places a strike where it "targeted", even told in a reaction', () => {
    expect(placesOf('The ministry condemned the air strikes that targeted the Zarda mountains on Monday.')).toEqual(['place:zarda']);
  });

  it('reads a village named beside a known area as the place, not the coarser area', () => {
    expect(placesOf('A roadside bomb killed two soldiers near Tal Warda on Wednesday in Wadi al-Shay.')).toEqual(['place:tal-warda']);
  });

  it('nests a village the words put "within" an area in that area', () => {
    const text = 'Gunmen killed two shepherds in Tal Sufra, within the Wadi al-Shay, on Monday night.';
    expect(placesOf(text)).toEqual(['place:tal-sufra']);
    expect(parentOf(text, 'place:tal-sufra')).toBe('place:wadi-al-shay');
  });

  it('reads a known sub-district told by its bare name as that sub-district, not a new village', () => {
    expect(placesOf('Gunmen killed two shepherds near al-Azim on Monday night.')).toEqual(['place:udhaim-subdistrict']);
  });

  it('reads a village in the clause that names the area when the trigger\'s own clause names no place, a title-like first word included', () => {
    expect([...new Set(placesOf('The attack came two days after a roadside bomb killed two soldiers, as they drove to a checkpoint near Sheikh Hamad on Tuesday night, in Wadi al-Shay.'))]).toEqual(['place:sheikh-hamad']);
  });
});
