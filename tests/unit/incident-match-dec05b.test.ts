import { describe, expect, it } from 'vitest';
import { bestIncidentMatch, type IncidentReport } from '../../src/domain/incident-match.js';

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
