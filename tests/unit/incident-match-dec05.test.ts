import { describe, expect, it } from 'vitest';
import { incidentScore, placeRelation, type IncidentReport } from '../../src/domain/incident-match.js';

// Invented places: a province with two districts; a town at the seat of one district, villages around.
const PROVINCE = ['place:hamrin-governorate', 'place:iraq'];
const NORTH_DISTRICT = ['place:north-district', ...PROVINCE];
const SOUTH_DISTRICT = ['place:south-district', ...PROVINCE];
const NORTH_TOWN = ['place:qasr-town', ...NORTH_DISTRICT];
const OTHER_PROVINCE = ['place:zagros-governorate', 'place:iraq'];

function report(over: Partial<IncidentReport> & { id: string }): IncidentReport {
  return {
    subEventType: 'AIR_DRONE_STRIKE',
    date: '2024-03-05',
    datePrecision: 'DAY',
    placeChain: NORTH_TOWN,
    placeNames: ['Qasr'],
    placeType: 'TOWN',
    perpetrators: [],
    targets: [],
    killed: 2,
    ...over,
  };
}

describe('a place known only to lie in a province may lie inside the other report\'s place', () => {
  // One outlet names a hamlet it places only in the province; the other names the district's town.
  const hamlet = (over: Partial<IncidentReport> = {}) => report({ id: 'hamlet', placeChain: ['place:gird-hamlet', ...PROVINCE], placeNames: ['Gird Hamlet'], placeType: 'VILLAGE', ...over });

  it('joins a village placed only in the province with a town of that province, same kind and day', () => {
    expect(placeRelation(hamlet(), report({ id: 'town' })).relation).toBe('unplaced');
    expect(incidentScore(hamlet(), report({ id: 'town', killed: 3 }))).toBeGreaterThan(0);
  });

  it('joins an area placed only in the province with a village of one of its districts', () => {
    const valley = report({ id: 'valley', placeChain: ['place:rutqa', ...PROVINCE], placeNames: ['Rutqa'], placeType: 'AREA', killed: 6 });
    const village = report({ id: 'village', placeChain: ['place:wadi-rutqa-village', ...SOUTH_DISTRICT], placeNames: ['Wadi Rutqa'], placeType: 'VILLAGE', perpetrators: ['force:air-force'], killed: 4 });
    expect(incidentScore(valley, village)).toBeGreaterThan(0);
    expect(incidentScore(village, valley)).toBeGreaterThan(0);
  });

  it('joins a place under the region alone with a sub-district under it', () => {
    const regionOnly = report({ id: 'r', placeChain: ['place:sarband', 'place:kurdistan-region', 'place:iraq'], placeNames: ['Sarband'], placeType: 'AREA' });
    const sub = report({ id: 's', placeChain: ['place:dolan-subdistrict', 'place:east-district', 'place:erbil-governorate', 'place:kurdistan-region', 'place:iraq'], placeNames: ['Dolan'], placeType: 'SUBDISTRICT' });
    expect(incidentScore(regionOnly, sub)).toBeGreaterThan(0);
  });

  it('keeps it apart from a place of another province, another kind, or another day with no side named', () => {
    const elsewhere = report({ id: 'far', placeChain: ['place:koli', 'place:koli-district', ...OTHER_PROVINCE], placeNames: ['Koli'] });
    expect(placeRelation(hamlet(), elsewhere).relation).toBe('different');
    expect(incidentScore(hamlet(), elsewhere)).toBe(0);
    expect(incidentScore(hamlet(), report({ id: 'town', subEventType: 'SHELLING_ARTILLERY_MISSILE_ATTACK' }))).toBe(0);
    expect(incidentScore(hamlet(), report({ id: 'town', date: '2024-03-06' }))).toBe(0);
  });

  it('keeps two villages of other names apart, one of them placed only in the province', () => {
    const village = report({ id: 'v', placeChain: ['place:kani-rash', 'place:birka-subdistrict', ...NORTH_DISTRICT], placeNames: ['Kani Rash'], placeType: 'VILLAGE' });
    expect(incidentScore(hamlet(), village)).toBe(0);
  });
});

