import { describe, expect, it } from 'vitest';
import { bestIncidentMatch, incidentScore, type IncidentReport } from '../../src/domain/incident-match.js';

// Invented places: a province, one district, an air base and a town in it.
const PROVINCE = ['place:jazira-governorate', 'place:iraq'];
const DISTRICT = ['place:west-district', ...PROVINCE];
const BASE = ['place:qurna-air-base', ...DISTRICT];
const TOWN = ['place:hadid', ...DISTRICT];

function report(over: Partial<IncidentReport> & { id: string }): IncidentReport {
  return {
    subEventType: 'SHELLING_ARTILLERY_MISSILE_ATTACK',
    date: '2022-06-08',
    datePrecision: 'DAY',
    placeChain: BASE,
    placeNames: ['Qurna Air Base'],
    placeType: 'SITE',
    perpetrators: [],
    targets: [],
    killed: null,
    injured: null,
    ...over,
  };
}

describe('of two stored incidents at one place a day apart, the one of the same day wins', () => {
  // One article told two rocket attacks on the base, on two days; a later statement tells one of them.
  const monday = report({ id: 'stored-monday', date: '2022-06-07', targets: ['force:local-army'] });
  const tuesday = report({ id: 'stored-tuesday', date: '2022-06-08', targets: ['force:foreign-troops'], injured: 3 });

  it('joins the same day even when only the other day names the same side hit', () => {
    const statement = report({ id: 'statement', targets: ['force:local-army'], perpetrators: ['org:some-militia'] });
    expect(bestIncidentMatch(statement, [monday, tuesday])?.id).toBe('stored-tuesday');
  });

  it('joins the same day when both give the same count of wounded', () => {
    const statement = report({ id: 'statement', targets: ['force:local-army'], injured: 3 });
    expect(bestIncidentMatch(statement, [tuesday, monday])?.id).toBe('stored-tuesday');
  });

  it('joins the same day at a town of the district too', () => {
    const inTown = (over: Partial<IncidentReport> & { id: string }) => report({ placeChain: TOWN, placeNames: ['Hadid'], placeType: 'TOWN', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', ...over });
    const before = inTown({ id: 'before', date: '2022-06-07', targets: ['force:police'] });
    const same = inTown({ id: 'same', targets: ['org:civilians'] });
    expect(bestIncidentMatch(inTown({ id: 'new', targets: ['force:police'] }), [before, same])?.id).toBe('same');
  });

  it('still joins the day before when no report of the same day is stored', () => {
    const statement = report({ id: 'statement', targets: ['force:local-army'] });
    expect(bestIncidentMatch(statement, [monday])?.id).toBe('stored-monday');
  });
});

describe('a toll of another order of magnitude, where the rest agrees closely', () => {
  // A sub-district with a village in it, under a district of the province.
  const SUBDISTRICT = ['place:nahr-subdistrict', ...DISTRICT];
  const VILLAGE = ['place:kani-zard', ...SUBDISTRICT];
  const CITY = ['place:jazira-city', ...DISTRICT];
  const clash = (over: Partial<IncidentReport> & { id: string }) =>
    report({ subEventType: 'ARMED_CLASH', placeChain: SUBDISTRICT, placeNames: ['Nahr'], placeType: 'SUBDISTRICT', perpetrators: ['org:hill-militia'], targets: ['force:local-army'], killed: 1, ...over });

  it('joins a first report (one dead) and the next day\'s toll (a dozen) at a village of the sub-district, the army hit in both', () => {
    const later = clash({ id: 'later', date: '2022-06-09', placeChain: VILLAGE, placeNames: ['Kani Zard'], placeType: 'VILLAGE', perpetrators: [], targets: ['org:hill-militia', 'force:local-army'], killed: 12 });
    expect(incidentScore(clash({ id: 'first' }), later)).toBeGreaterThan(0);
    expect(incidentScore(later, clash({ id: 'first' }))).toBeGreaterThan(0);
  });

  it('joins a bombing and a clash in one city on one day by the same group, 20 dead against 110 (the attackers counted too)', () => {
    const bombing = report({ id: 'bombing', subEventType: 'SUICIDE_BOMB', placeChain: CITY, placeNames: ['Jazira'], placeType: 'CITY', perpetrators: ['org:black-flag'], killed: 20 });
    const assault = report({ id: 'assault', subEventType: 'ARMED_CLASH', placeChain: CITY, placeNames: ['Jazira'], placeType: 'CITY', perpetrators: ['org:black-flag'], killed: 110 });
    expect(incidentScore(bombing, assault)).toBeGreaterThan(0);
  });

  it('joins a village and its sub-district on the same day when the police are hit in both, 2 dead against 30', () => {
    const a = report({ id: 'a', subEventType: 'ATTACK', placeChain: VILLAGE, placeNames: ['Kani Zard'], placeType: 'VILLAGE', targets: ['force:police'], killed: 2 });
    const b = report({ id: 'b', subEventType: 'ATTACK', placeChain: SUBDISTRICT, placeNames: ['Nahr'], placeType: 'SUBDISTRICT', targets: ['force:police', 'org:civilians'], killed: 30 });
    expect(incidentScore(a, b)).toBeGreaterThan(0);
  });

  it('keeps them apart without a side in common, of other kinds, or named by other groups', () => {
    const later = (over: Partial<IncidentReport>) => clash({ id: 'later', date: '2022-06-09', placeChain: VILLAGE, placeNames: ['Kani Zard'], placeType: 'VILLAGE', perpetrators: [], killed: 12, ...over });
    expect(incidentScore(clash({ id: 'first' }), later({ targets: ['org:civilians'] }))).toBe(0);
    expect(incidentScore(clash({ id: 'first' }), later({ subEventType: 'ATTACK' }))).toBe(0);
    // In one city on one day, a bombing and a clash with no group named on one side stay two.
    const bombing = report({ id: 'bombing', subEventType: 'SUICIDE_BOMB', placeChain: CITY, placeNames: ['Jazira'], placeType: 'CITY', perpetrators: ['org:black-flag'], killed: 20 });
    expect(incidentScore(bombing, report({ id: 'x', subEventType: 'ARMED_CLASH', placeChain: CITY, placeNames: ['Jazira'], placeType: 'CITY', killed: 110 }))).toBe(0);
  });
});

describe('two groups named for one attack, where all else agrees', () => {
  const QUARTER = ['place:souq-quarter', 'place:jazira-city', ...DISTRICT];
  const CITY = ['place:jazira-city', ...DISTRICT];
  const rockets = (over: Partial<IncidentReport> & { id: string }) => report({ perpetrators: ['org:front-brigade'], injured: 2, ...over });

  it('joins a rocket attack on a base claimed by a front group with one officials blame on another group, same day and wounded', () => {
    expect(incidentScore(rockets({ id: 'claim' }), rockets({ id: 'blame', perpetrators: ['org:old-militia'] }))).toBeGreaterThan(0);
  });

  it('joins a bombing in a quarter and one in its city told with other groups, the same dead', () => {
    const quarter = report({ id: 'q', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: QUARTER, placeNames: ['Souq'], placeType: 'NEIGHBORHOOD', perpetrators: ['org:black-flag'], killed: 3 });
    const city = report({ id: 'c', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', placeChain: CITY, placeNames: ['Jazira'], placeType: 'CITY', perpetrators: ['org:old-militia'], killed: 3 });
    expect(incidentScore(quarter, city)).toBeGreaterThan(0);
  });

  it('joins two spellings of one village with two groups named, the same dead', () => {
    const a = report({ id: 'a', subEventType: 'ATTACK', placeChain: ['place:tal-dhiban', ...DISTRICT], placeNames: ['Tal Dhiban'], placeType: 'VILLAGE', perpetrators: ['org:black-flag'], killed: 2 });
    const b = report({ id: 'b', subEventType: 'ATTACK', placeChain: ['place:tal-al-dhiban', ...DISTRICT], placeNames: ['Tal al-Dhiban'], placeType: 'VILLAGE', perpetrators: ['org:old-militia'], killed: 2 });
    expect(incidentScore(a, b)).toBeGreaterThan(0);
  });

  it('keeps them apart with other counts, another day, a province only, or a state force against a group', () => {
    expect(incidentScore(rockets({ id: 'claim' }), rockets({ id: 'blame', perpetrators: ['org:old-militia'], injured: 5 }))).toBe(0);
    expect(incidentScore(rockets({ id: 'claim' }), rockets({ id: 'blame', perpetrators: ['org:old-militia'], date: '2022-06-09' }))).toBe(0);
    const province = rockets({ id: 'p', placeChain: PROVINCE, placeNames: ['Jazira Governorate'], placeType: 'GOVERNORATE', perpetrators: ['org:old-militia'] });
    expect(incidentScore(rockets({ id: 'claim' }), province)).toBe(0);
    expect(incidentScore(rockets({ id: 'claim' }), rockets({ id: 'army', perpetrators: ['force:foreign-army'] }))).toBe(0);
  });
});
