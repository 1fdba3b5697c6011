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


describe("a district's seat filed under the district's central sub-district stands for the district", () => {
  // The seat of North District lies in its central sub-district (the markaz), not right under the district.
  const CENTER = ['place:north-center-subdistrict', ...NORTH_DISTRICT];
  const seat = (over: Partial<IncidentReport> = {}) => report({ id: 'seat', placeChain: ['place:qasr', ...CENTER], placeNames: ['Qasr'], placeType: 'TOWN', perpetrators: ['force:foreign-air-force'], killed: 4, ...over });
  const villageIn = (chain: string[], over: Partial<IncidentReport> = {}) => report({ id: 'village', placeChain: ['place:dola-kok', ...chain], placeNames: ['Dola Kok'], placeType: 'VILLAGE', perpetrators: ['force:foreign-air-force'], killed: 3, ...over });

  it('joins the seat with a village of another sub-district of the district (same kind, day and side)', () => {
    expect(placeRelation(seat(), villageIn(['place:birka-subdistrict', ...NORTH_DISTRICT])).relation).toBe('districtTown');
    expect(incidentScore(seat(), villageIn(['place:birka-subdistrict', ...NORTH_DISTRICT]))).toBeGreaterThan(0);
  });

  it('joins the seat with a village of the central sub-district itself', () => {
    expect(incidentScore(villageIn(CENTER), seat())).toBeGreaterThan(0);
  });

  it('joins the seat with a village filed right under the district, when the toll agrees and no side is named', () => {
    expect(incidentScore(seat({ perpetrators: [], killed: 3 }), villageIn(NORTH_DISTRICT, { perpetrators: [] }))).toBeGreaterThan(0);
  });

  it('keeps the seat apart from a village of another district, and a village of the centre from another village', () => {
    expect(incidentScore(seat(), villageIn(['place:south-sub', ...SOUTH_DISTRICT]))).toBe(0);
    expect(incidentScore(seat({ placeType: 'VILLAGE', placeNames: ['Qasr Kon'] }), villageIn(['place:birka-subdistrict', ...NORTH_DISTRICT]))).toBe(0);
    // ... and on another day.
    expect(incidentScore(seat(), villageIn(['place:birka-subdistrict', ...NORTH_DISTRICT], { date: '2024-03-06' }))).toBe(0);
  });
});

describe("a province's namesake city is read as the province before it is read as its district's town", () => {
  // Hamrin is both the province's city and the town of Hamrin District.
  const CITY = ['place:hamrin', 'place:hamrin-district', ...PROVINCE];
  const city = (over: Partial<IncidentReport> = {}) => report({ id: 'city', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: CITY, placeNames: ['Hamrin', 'Hamrin city'], placeType: 'CITY', targets: ['force:police'], killed: 3, ...over });
  const placeOf = (chain: string[], type: string, over: Partial<IncidentReport> = {}) => report({ id: 'p', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: chain, placeNames: ['Lelan'], placeType: type, perpetrators: ['force:police'], killed: 4, ...over });

  it('joins "in Hamrin" with a sub-district of Hamrin District whose report names another side and toll', () => {
    expect(placeRelation(city(), placeOf(['place:lelan-subdistrict', 'place:hamrin-district', ...PROVINCE], 'SUBDISTRICT')).relation).toBe('provinceCity');
    expect(incidentScore(city(), placeOf(['place:lelan-subdistrict', 'place:hamrin-district', ...PROVINCE], 'SUBDISTRICT'))).toBeGreaterThan(0);
  });

  it('joins it with a village of Hamrin District, either way round', () => {
    const village = placeOf(['place:lelan-village', 'place:lelan-subdistrict', 'place:hamrin-district', ...PROVINCE], 'VILLAGE', { perpetrators: [], killed: 5 });
    expect(incidentScore(village, city())).toBeGreaterThan(0);
  });

  it('joins it with a sub-district of Hamrin District on the same day when the report names no side', () => {
    expect(incidentScore(city({ targets: [] }), placeOf(['place:lelan-subdistrict', 'place:hamrin-district', ...PROVINCE], 'SUBDISTRICT', { perpetrators: [], killed: 1 }))).toBeGreaterThan(0);
  });

  it('keeps a district town not named like its province to its own rule, and another day or kind apart', () => {
    const town = report({ id: 'town', placeChain: ['place:qasr', ...NORTH_DISTRICT], placeNames: ['Qasr'], placeType: 'TOWN', perpetrators: [], killed: 3 });
    // (Qasr's district town rule wants the same side or toll: none named here, and 3 dead against 4.)
    expect(incidentScore(town, placeOf(['place:lelan-village', 'place:birka-subdistrict', ...NORTH_DISTRICT], 'VILLAGE', { subEventType: 'AIR_DRONE_STRIKE', perpetrators: [] }))).toBe(0);
    expect(incidentScore(city(), placeOf(['place:lelan-subdistrict', 'place:hamrin-district', ...PROVINCE], 'SUBDISTRICT', { date: '2024-03-06' }))).toBe(0);
    expect(incidentScore(city(), placeOf(['place:lelan-subdistrict', 'place:hamrin-district', ...PROVINCE], 'SUBDISTRICT', { subEventType: 'SHELLING_ARTILLERY_MISSILE_ATTACK' }))).toBe(0);
  });
});

describe('an abduction or a rape and a bombing are two incidents', () => {
  const QUARTER = ['place:rawda-subdistrict', 'place:capital-district', ...PROVINCE];
  const at = (subEventType: IncidentReport['subEventType'], over: Partial<IncidentReport> = {}) =>
    report({ id: subEventType, subEventType, placeChain: QUARTER, placeNames: ['Rawda'], placeType: 'SUBDISTRICT', perpetrators: [], killed: null, ...over });

  it('keeps a kidnapping apart from a suicide bombing in the same quarter the next day', () => {
    expect(incidentScore(at('ABDUCTION_FORCED_DISAPPEARANCE'), at('SUICIDE_BOMB', { date: '2024-03-06', killed: 4 }))).toBe(0);
  });

  it('keeps a kidnapping apart from a roadside bomb on the same day, either way round', () => {
    expect(incidentScore(at('REMOTE_EXPLOSIVE_LANDMINE_IED'), at('ABDUCTION_FORCED_DISAPPEARANCE'))).toBe(0);
  });

  it('keeps sexual violence apart from a drone strike at the same place', () => {
    expect(incidentScore(at('SEXUAL_VIOLENCE'), at('AIR_DRONE_STRIKE'))).toBe(0);
  });

  it('still joins a kidnapping with a clash, and an attack with a bombing, at the same place', () => {
    expect(incidentScore(at('ABDUCTION_FORCED_DISAPPEARANCE'), at('ARMED_CLASH'))).toBeGreaterThan(0);
    expect(incidentScore(at('ATTACK'), at('REMOTE_EXPLOSIVE_LANDMINE_IED'))).toBeGreaterThan(0);
  });
});

describe('a report without a place joins one with the same dead and wounded, both near', () => {
  const placed = (over: Partial<IncidentReport> = {}) => report({ id: 'placed', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: ['place:hamrin', 'place:hamrin-district', ...PROVINCE], placeNames: ['Hamrin'], placeType: 'CITY', killed: 11, injured: 30, ...over });
  const placeless = (over: Partial<IncidentReport> = {}) => report({ id: 'placeless', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: [], placeNames: [], placeType: null, killed: 14, injured: 37, ...over });

  it('joins a toll revised the next day (11 dead and 30 hurt, then 14 and 37), no actor named on either side', () => {
    expect(incidentScore(placed(), placeless())).toBeGreaterThan(0);
  });

  it('joins the same way round the other way, with one side naming an actor', () => {
    expect(incidentScore(placeless(), placed({ perpetrators: ['org:militants'] }))).toBeGreaterThan(0);
  });

  it('joins with equal wounded and dead a little apart', () => {
    expect(incidentScore(placed({ killed: 8, injured: 20 }), placeless({ killed: 10, injured: 20 }))).toBeGreaterThan(0);
  });

  it('does not join on one count alone, on counts too far apart or too small, on another day or another kind', () => {
    expect(incidentScore(placed({ injured: null }), placeless())).toBe(0);
    expect(incidentScore(placed({ killed: 7 }), placeless())).toBe(0);
    expect(incidentScore(placed({ killed: 3, injured: 4 }), placeless({ killed: 3, injured: 4 }))).toBe(0);
    expect(incidentScore(placed(), placeless({ date: '2024-03-06' }))).toBe(0);
    expect(incidentScore(placed(), placeless({ subEventType: 'SUICIDE_BOMB' }))).toBe(0);
  });
});
