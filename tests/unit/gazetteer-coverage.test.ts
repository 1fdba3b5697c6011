/**
 * The shipped gazetteer (seed/reference/places*.yaml): its administrative hierarchy holds together
 * (every sub-district in a district, every district in a governorate, all of them inside Iraq), it
 * keeps the units added after COD-AB 2019, and the spellings the press uses find them.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { tokenize } from '../../src/extract/text.js';
import { refId, type EntityInput } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';

/** The box scripts/check-reference.ts warns outside of. */
const IRAQ_BOX = { minLat: 29.0, maxLat: 37.4, minLon: 38.7, maxLon: 48.8 };

let places: EntityInput[] = [];
let byId = new Map<string, EntityInput>();
let g: Gazetteer;

beforeAll(async () => {
  const dir = path.resolve(import.meta.dirname, '../../seed/reference');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  const reference = combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
  places = reference.filter((e) => e.kind === 'Place');
  byId = new Map(reference.map((e) => [e.id, e]));
  g = Gazetteer.fromEntities(reference);
}, 60_000);

const parentOf = (e: EntityInput): EntityInput | undefined => (e.kind === 'Place' && e.locatedIn ? byId.get(refId(e.locatedIn)) : undefined);
const typeOf = (e: EntityInput | undefined): string | undefined => (e?.kind === 'Place' ? e.placeType : undefined);
const ofType = (t: string) => places.filter((p) => typeOf(p) === t);

describe('the administrative hierarchy of the shipped gazetteer', () => {
  it('puts every sub-district in a district and every district in a governorate', () => {
    const badSubs = ofType('SUBDISTRICT').filter((s) => typeOf(parentOf(s)) !== 'DISTRICT').map((s) => s.id);
    const badDistricts = ofType('DISTRICT').filter((d) => typeOf(parentOf(d)) !== 'GOVERNORATE').map((d) => d.id);
    expect(badSubs).toEqual([]);
    expect(badDistricts).toEqual([]);
  });

  it('gives every district and sub-district coordinates inside Iraq', () => {
    const outside = [...ofType('DISTRICT'), ...ofType('SUBDISTRICT')]
      .filter((p) => {
        const loc = p.kind === 'Place' ? p.location : undefined;
        if (!loc) return true;
        return loc.latitude < IRAQ_BOX.minLat || loc.latitude > IRAQ_BOX.maxLat || loc.longitude < IRAQ_BOX.minLon || loc.longitude > IRAQ_BOX.maxLon;
      })
      .map((p) => p.id);
    expect(outside).toEqual([]);
  });

  it('keeps at least 109 districts and 318 sub-districts, and Najaf its four districts', () => {
    expect(ofType('DISTRICT').length).toBeGreaterThanOrEqual(109);
    expect(ofType('SUBDISTRICT').length).toBeGreaterThanOrEqual(318);
    const najaf = ofType('DISTRICT')
      .filter((d) => parentOf(d)?.id === 'place:najaf-governorate')
      .map((d) => d.id)
      .sort();
    expect(najaf).toEqual(['place:kufa-district', 'place:manathera-district', 'place:mishkhab-district', 'place:najaf-district']);
  });

  it('seats each added unit in the right district', () => {
    const parents = Object.fromEntries(
      [
        'place:mishkhab',
        'place:qadisiyah-najaf-subdistrict',
        'place:saqlawiyah-subdistrict',
        'place:husaybah-al-sharqiya-subdistrict',
        'place:abu-saida-subdistrict',
        'place:shura-subdistrict',
        'place:bamarni-subdistrict',
        'place:sirwan-subdistrict',
      ].map((id) => [id, parentOf(byId.get(id)!)?.id]),
    );
    expect(parents).toEqual({
      'place:mishkhab': 'place:mishkhab-district',
      'place:qadisiyah-najaf-subdistrict': 'place:manathera-district',
      'place:saqlawiyah-subdistrict': 'place:fallujah-district',
      'place:husaybah-al-sharqiya-subdistrict': 'place:ramadi-district',
      'place:abu-saida-subdistrict': 'place:muqdadiyah-district',
      'place:shura-subdistrict': 'place:mosul-district',
      'place:bamarni-subdistrict': 'place:amedi-district',
      'place:sirwan-subdistrict': 'place:halabja-district',
    });
  });
});

describe('spellings of the places added to the gazetteer', () => {
  const ids = (text: string) => g.find(tokenize(text), text, 0).flatMap((m) => m.entries.map((e) => `${m.text}=${e.id}`));

  it('finds Qahtaniya by its Kurdish name in the spellings the press uses (Tel Ezer, Tal Ezer, Til Ezer)', () => {
    expect(ids('A car bomb went off in Tel Ezer on Monday.')).toEqual(['Tel Ezer=place:qahtaniya-subdistrict']);
    expect(ids('Gunmen attacked a checkpoint near Tal Ezer.')).toEqual(['Tal Ezer=place:qahtaniya-subdistrict']);
    expect(ids('Displaced families returned to Til Ezer.')).toEqual(['Til Ezer=place:qahtaniya-subdistrict']);
  });

  it('finds the new units by their bare and qualified names, with and without the article', () => {
    expect(ids('Police in al-Meshkhab arrested two men.')).toEqual(['al-Meshkhab=place:mishkhab']);
    expect(ids('Farmers in the Mishkhab district protested.')).toEqual(['Mishkhab district=place:mishkhab-district']);
    expect(ids('Clashes broke out in Saqlawiya, north of the city.')).toEqual(['Saqlawiya=place:saqlawiyah-subdistrict']);
    expect(ids('A bomb killed two in Abi Saida.')).toEqual(['Abi Saida=place:abu-saida-subdistrict']);
    expect(ids('Drones struck near Bamerni.')).toEqual(['Bamerni=place:bamarni-subdistrict']);
    expect(ids('Militants attacked Husaybah al-Sharqiya.')).toEqual(['Husaybah al-Sharqiya=place:husaybah-al-sharqiya-subdistrict']);
    expect(ids('Militants attacked Husaybah on the border.')).toEqual(['Husaybah=place:al-qaim']);
    expect(ids('Forces searched the Qadisiyah sub-district.')).toEqual(['Qadisiyah sub-district=place:qadisiyah-najaf-subdistrict']);
    expect(ids('Forces searched the Shura sub-district.')).toEqual(['Shura sub-district=place:shura-subdistrict']);
  });

  it('leaves the common words and personal names among the new units alone', () => {
    expect(ids('The Shura Council met on Monday and Wafa said it was over.')).toEqual([]);
    expect(ids('Sirwan Barzani spoke to reporters.').filter((s) => s.includes('sirwan'))).toEqual([]);
  });
});
