import { describe, expect, it } from 'vitest';
import { actorSide, bestIncidentMatch, dateGap, foreignSides, incidentScore, nameSkeleton, placeRelation, type IncidentReport } from '../../src/domain/incident-match.js';

// A small hierarchy: two villages in one sub-district, a town in another district, one province.
const PROVINCE = ['place:salahuddin-governorate', 'place:iraq'];
const TAL_DHAHAB = ['place:tal-dhahab', 'place:mutaibija', 'place:samarra-district', ...PROVINCE];
const TAL_AL_DHAHAB = ['place:tal-al-dhahab', 'place:mutaibija', 'place:samarra-district', ...PROVINCE];
const AL_BU_AJEEL = ['place:al-bu-ajeel', 'place:mutaibija', 'place:samarra-district', ...PROVINCE];
const TUZ = ['place:tuz-khurmatu', 'place:tuz-khurmatu-district', ...PROVINCE];

function report(over: Partial<IncidentReport> & { id: string }): IncidentReport {
  return {
    subEventType: 'ARMED_CLASH',
    date: '2023-01-16',
    datePrecision: 'DAY',
    placeChain: TAL_DHAHAB,
    placeNames: ['Tal Dhahab'],
    placeType: 'VILLAGE',
    perpetrators: ['org:isis'],
    targets: ['force:iraqi-army'],
    killed: 4,
    ...over,
  };
}

describe('place names', () => {
  it('folds transliteration variants to one skeleton', () => {
    expect(nameSkeleton('Tal Dhahab')).toBe(nameSkeleton('Tal al-Dhahab'));
    expect(nameSkeleton('Makhmour')).toBe(nameSkeleton('Makhmur'));
    expect(nameSkeleton('Tuz Khurmatu')).toBe(nameSkeleton('Tuz Khormato'));
    expect(nameSkeleton('Salahuddin')).toBe(nameSkeleton('Salah al-Din'));
    expect(nameSkeleton('Qara Tapa')).toBe(nameSkeleton('Kara Tepe'));
    expect(nameSkeleton('Zanbur')).toBe(nameSkeleton('Zambur'));
    expect(nameSkeleton('Spindar')).toBe(nameSkeleton('Sbindar'));
    expect(nameSkeleton('Kani Balav')).toBe(nameSkeleton('Kanibalaf'));
    expect(nameSkeleton('Khirbat Sultan')).toBe(nameSkeleton('Kharab Sultan'));
    expect(nameSkeleton('Hit')).not.toBe(nameSkeleton('Haditha'));
    expect(nameSkeleton('Kirkuk')).not.toBe(nameSkeleton('Karbala'));
    expect(nameSkeleton('Daquq')).not.toBe(nameSkeleton('Dibis'));
  });

  it('relates places: same, nested, spelling variant, different', () => {
    const a = report({ id: 'a' });
    expect(placeRelation(a, report({ id: 'b' })).relation).toBe('same');
    expect(placeRelation(a, report({ id: 'b', placeChain: TAL_DHAHAB.slice(1), placeNames: ['Mutaibija'], placeType: 'SUBDISTRICT' })).relation).toBe('nested');
    expect(placeRelation(a, report({ id: 'b', placeChain: TAL_AL_DHAHAB, placeNames: ['Tal al-Dhahab'] })).relation).toBe('variant');
    expect(placeRelation(a, report({ id: 'b', placeChain: AL_BU_AJEEL, placeNames: ['Al-Bu Ajeel'] })).relation).toBe('different');
    expect(placeRelation(a, report({ id: 'b', placeChain: [] })).relation).toBe('unknown');
  });

  it('takes a new place without a parent as possibly inside the other', () => {
    const unplaced = report({ id: 'b', placeChain: ['place:tawer-kawa'], placeNames: ['Tawer Kawa'] });
    expect(placeRelation(report({ id: 'a', placeChain: ['place:garmiyan', 'place:kurdistan-region'], placeNames: ['Garmiyan'], placeType: 'AREA' }), unplaced).relation).toBe('unplaced');
    expect(incidentScore(report({ id: 'a', placeChain: ['place:garmiyan', 'place:kurdistan-region'], placeNames: ['Garmiyan'], placeType: 'AREA' }), unplaced)).toBeGreaterThan(0);
    expect(incidentScore(report({ id: 'a' }), { ...unplaced, subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED' })).toBe(0);
  });

  it('takes two villages of other names for two places, even when one of them is not placed yet', () => {
    const newVillage = report({ id: 'b', placeChain: ['place:kani-sard'], placeNames: ['Kani Sard'], date: '2023-01-17', killed: 1 });
    expect(placeRelation(report({ id: 'a' }), newVillage).relation).toBe('different');
    expect(incidentScore(report({ id: 'a' }), newVillage)).toBe(0);
    // ... unless both give the same toll of three or more: one outlet may name the area, the other the village.
    expect(placeRelation(report({ id: 'a' }), { ...newVillage, killed: 4 }).relation).toBe('unplaced');
    expect(placeRelation(report({ id: 'a', killed: 2 }), { ...newVillage, killed: 2 }).relation).toBe('different');
    // A new place of no known kind may still be a village of the other's sub-district.
    expect(placeRelation(report({ id: 'a', placeChain: TAL_DHAHAB.slice(1), placeNames: ['Mutaibija'], placeType: 'SUBDISTRICT' }), newVillage).relation).toBe('unplaced');
  });

  it('does not take one name under two different parents for a spelling variant', () => {
    const elsewhere = ['place:tal-dhahab-2', 'place:hawija-district', 'place:kirkuk-governorate', 'place:iraq'];
    expect(placeRelation(report({ id: 'a' }), report({ id: 'b', placeChain: elsewhere, placeNames: ['Tal Dhahab'] })).relation).toBe('different');
  });
});

describe('dates', () => {
  it('measures gaps between periods', () => {
    expect(dateGap({ date: '2023-01-16' }, { date: '2023-01-17' })).toBe(1);
    expect(dateGap({ date: '2023-01-16', datePrecision: 'WEEK' }, { date: '2023-01-20' })).toBe(0);
    expect(dateGap({ date: '2023-01-01', datePrecision: 'MONTH' }, { date: '2023-02-03' })).toBe(3);
  });
});

describe('one incident reported by two outlets', () => {
  it('merges a spelling variant of the village with different figures', () => {
    const reuters = report({ id: 'event:reuters-1', killed: 4 });
    const k24 = report({ id: 'event:k24-1', placeChain: TAL_AL_DHAHAB, placeNames: ['Tal al-Dhahab'], killed: 5 });
    expect(incidentScore(reuters, k24)).toBeGreaterThan(0);
  });

  it('merges a report placed at the village with one placed at its sub-district, a day apart', () => {
    const village = report({ id: 'a', date: '2023-01-16' });
    const area = report({ id: 'b', date: '2023-01-17', placeChain: TAL_DHAHAB.slice(1), placeNames: ['Mutaibija'], placeType: 'SUBDISTRICT' });
    expect(incidentScore(village, area)).toBeGreaterThan(0);
  });

  it('merges an outlet that calls it an attack with one that calls it a bombing at the same place', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED' }))).toBeGreaterThan(0);
  });

  it('merges when one outlet names no perpetrator', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', perpetrators: [] }))).toBeGreaterThan(0);
  });

  it('prefers the candidate at the same place and day', () => {
    const incoming = report({ id: 'new' });
    const best = bestIncidentMatch(incoming, [
      report({ id: 'province', placeChain: PROVINCE, placeNames: ['Salahuddin'], placeType: 'GOVERNORATE' }),
      report({ id: 'village', date: '2023-01-17' }),
      report({ id: 'exact' }),
    ]);
    expect(best?.id).toBe('exact');
  });
});

describe('different incidents stay apart', () => {
  it('two villages of one sub-district on the same day', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', placeChain: AL_BU_AJEEL, placeNames: ['Al-Bu Ajeel'] }))).toBe(0);
  });

  it('two districts of one province on the same day', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', placeChain: TUZ, placeNames: ['Tuz Khurmatu'], placeType: 'CITY' }))).toBe(0);
  });

  it('different perpetrators at the same place', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', perpetrators: ['force:turkish-armed-forces'] }))).toBe(0);
  });

  it('a perpetrator read as a government or person does not split an incident', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', perpetrators: ['gov:iraq'] }))).toBeGreaterThan(0);
  });

  it('three days apart', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', date: '2023-01-19' }))).toBe(0);
  });

  it('a protest and an attack', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', subEventType: 'PEACEFUL_PROTEST', perpetrators: [] }))).toBe(0);
  });

  it('an arrest and an attack on the same day in the same place', () => {
    expect(incidentScore(report({ id: 'a' }), report({ id: 'b', subEventType: 'ARRESTS', perpetrators: [] }))).toBe(0);
  });

  it('a report without a place matches only the same kind, day and perpetrator', () => {
    const placeless = report({ id: 'b', placeChain: [], placeNames: [] });
    expect(incidentScore(report({ id: 'a' }), placeless)).toBeGreaterThan(0);
    expect(incidentScore(report({ id: 'a' }), { ...placeless, date: '2023-01-17' })).toBe(0);
    expect(incidentScore(report({ id: 'a' }), { ...placeless, perpetrators: [] })).toBe(0);
  });

  it('a province-wide report joins only the same kind of incident on the same day or the next', () => {
    const province = report({ id: 'b', placeChain: PROVINCE, placeNames: ['Salahuddin'], placeType: 'GOVERNORATE' });
    expect(incidentScore(report({ id: 'a' }), province)).toBeGreaterThan(0);
    expect(incidentScore(report({ id: 'a' }), { ...province, subEventType: 'AIR_DRONE_STRIKE', perpetrators: [] })).toBe(0);
  });

  it('figures of another order of magnitude at a broad place', () => {
    const province = report({ id: 'b', placeChain: PROVINCE, placeNames: ['Salahuddin'], placeType: 'GOVERNORATE', killed: 40 });
    expect(incidentScore(report({ id: 'a', killed: 3 }), province)).toBe(0);
  });
});

describe("one state's forces abroad are one side", () => {
  // A small actor hierarchy: Turkey's air force is part of its army; its ministry is part of its government.
  const PARENTS: Record<string, string[]> = {
    'force:turkish-air-force': ['force:turkish-armed-forces'],
    'force:turkish-armed-forces': ['gov:turkey'],
    'org:turkey-defence-ministry': ['gov:turkey'],
    'force:cts': ['gov:iraq'],
    'force:iraqi-army': ['org:iraq-ministry-of-defense', 'force:isf'],
    'org:iraq-ministry-of-defense': ['gov:iraq'],
    'force:peshmerga': ['gov:krg'],
    'gov:krg': ['gov:iraq'],
  };
  const GOVERNS: Record<string, string[]> = { 'gov:turkey': ['place:turkey'], 'gov:iraq': ['place:iraq'], 'gov:krg': ['place:kurdistan-region'] };
  const side = (id: string) => actorSide(id, (x) => PARENTS[x] ?? [], (g) => GOVERNS[g] ?? []);
  const AMEDI = ['place:amedi', 'place:duhok-governorate', 'place:kurdistan-region', 'place:iraq'];

  it('finds the nearest government and its home ground, through the governments it is part of', () => {
    expect(side('force:turkish-air-force')).toEqual({ actor: 'force:turkish-air-force', side: 'gov:turkey', home: ['place:turkey'] });
    expect(side('force:iraqi-army')).toEqual({ actor: 'force:iraqi-army', side: 'gov:iraq', home: ['place:iraq'] });
    expect(side('force:peshmerga').home).toEqual(['place:kurdistan-region', 'place:iraq']);
    expect(side('org:isis')).toEqual({ actor: 'org:isis', side: null, home: [] });
  });

  it('keeps only the sides of armed actors away from home', () => {
    expect(foreignSides(['force:turkish-air-force', 'org:turkey-defence-ministry'].map(side), AMEDI)).toEqual(['gov:turkey']);
    expect(foreignSides(['force:cts', 'force:peshmerga'].map(side), AMEDI)).toEqual([]);
    expect(foreignSides([side('force:cts')], ['place:ankara', 'place:turkey'])).toEqual(['gov:iraq']);
  });

  it('joins the branch and the ministry of one foreign state, not two agencies at home or two states', () => {
    const strike = (id: string, perpetrator: string) =>
      report({ id, subEventType: 'AIR_DRONE_STRIKE', placeChain: AMEDI, placeNames: ['Amedi'], placeType: 'TOWN', perpetrators: [perpetrator], targets: [], killed: null, perpetratorSides: foreignSides([side(perpetrator)], AMEDI) });
    expect(incidentScore(strike('a', 'force:turkish-air-force'), strike('b', 'org:turkey-defence-ministry'))).toBeGreaterThan(0);
    expect(incidentScore(strike('a', 'force:cts'), strike('b', 'force:iraqi-army'))).toBe(0);
    expect(incidentScore(strike('a', 'force:turkish-air-force'), strike('b', 'force:peshmerga'))).toBe(0);
    // The same actor scores higher than one side.
    expect(incidentScore(strike('a', 'force:turkish-air-force'), strike('b', 'force:turkish-air-force'))).toBeGreaterThan(incidentScore(strike('a', 'force:turkish-air-force'), strike('b', 'org:turkey-defence-ministry')));
  });
});

describe('a report that names no place', () => {
  const placed = report({ id: 'a', killed: 14 });
  const unplaced = (over: Partial<IncidentReport>) => report({ id: 'b', placeChain: [], placeNames: [], placeType: null, ...over });

  it('joins on the same day and kind when the actors agree', () => {
    expect(incidentScore(placed, unplaced({ killed: null }))).toBeGreaterThan(0);
  });

  it('joins when one names no actor but both give a large toll within a fifth', () => {
    expect(incidentScore(placed, unplaced({ perpetrators: [], killed: 15 }))).toBeGreaterThan(0);
    expect(incidentScore(placed, unplaced({ perpetrators: [], killed: 9 }))).toBe(0);
    expect(incidentScore(report({ id: 'a', killed: 2 }), unplaced({ perpetrators: [], killed: 2 }))).toBe(0);
    expect(incidentScore(placed, unplaced({ perpetrators: [], killed: 15, date: '2023-01-17' }))).toBe(0);
  });
});
