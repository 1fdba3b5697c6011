import { describe, expect, it } from 'vitest';
import {
  EntityIndex,
  casualtyMatches,
  datePeriod,
  greedyMatch,
  normalizeName,
  parseExpected,
  periodGap,
  prf,
  scoreArticle,
  totalScores,
} from '../../src/extract/quality.js';
import { importBatchSchema, type EntityInput, type ImportBatch } from '../../src/import/format.js';

/** A small reference: places in a two-level hierarchy, a few bodies with aliases. */
const reference: EntityInput[] = importBatchSchema.parse({
  entities: [
    { id: 'place:iraq', kind: 'Place', name: 'Iraq', placeType: 'COUNTRY' },
    { id: 'place:erbil-governorate', kind: 'Place', name: 'Erbil Governorate', placeType: 'GOVERNORATE', locatedIn: 'place:iraq' },
    { id: 'place:makhmour-district', kind: 'Place', name: 'Makhmour District', placeType: 'DISTRICT', locatedIn: 'place:erbil-governorate' },
    { id: 'place:makhmour', kind: 'Place', name: 'Makhmour', aliases: ['Makhmur'], placeType: 'TOWN', locatedIn: 'place:makhmour-district' },
    { id: 'place:mosul', kind: 'Place', name: 'Mosul', placeType: 'CITY', locatedIn: 'place:iraq' },
    { id: 'place:riyadh', kind: 'Place', name: 'Riyadh', placeType: 'SUBDISTRICT', locatedIn: 'place:iraq' },
    { id: 'place:kirkuk', kind: 'Place', name: 'Kirkuk', placeType: 'CITY', locatedIn: 'place:iraq' },
    { id: 'gov:iraq', kind: 'Government', name: 'Iraq', aliases: ['Iraqi government'], governs: 'place:iraq' },
    {
      id: 'org:us-state-department',
      kind: 'Organization',
      name: 'United States Department of State',
      aliases: ['US Department of State', 'State Department'],
    },
    { id: 'org:isis', kind: 'Organization', organizationType: 'ARMED_GROUP', name: 'ISIS', aliases: ['Islamic State', 'Daesh'] },
    { id: 'force:peshmerga', kind: 'Force', name: 'Peshmerga', aliases: ['Peshmerga forces'] },
    { id: 'force:isf', kind: 'Force', name: 'Iraqi Security Forces', aliases: ['ISF'] },
    { id: 'person:masrour-barzani', kind: 'Person', name: 'Masrour Barzani' },
    { id: 'gov:krg', kind: 'Government', name: 'Kurdistan Regional Government', aliases: ['KRG'] },
  ],
}).entities;

const ARTICLE = 'article:a';

/** A batch from loose input (validated, defaults filled in), with one article. */
function batch(input: Record<string, unknown>): ImportBatch {
  return importBatchSchema.parse({ articles: [{ id: ARTICLE, published: '2021-12-04' }], ...input });
}

const attack = (over: Record<string, unknown> = {}) => ({
  id: 'event:a-1',
  subEventType: 'ARMED_CLASH',
  date: '2021-12-03',
  place: 'place:makhmour-district',
  perpetrators: ['org:isis'],
  ...over,
});

const expectedAttack = (over: Record<string, unknown> = {}) => ({
  subEventType: 'ARMED_CLASH',
  date: '2021-12-03',
  place: 'Makhmour District',
  perpetrators: ['ISIS'],
  ...over,
});

describe('name resolution', () => {
  const index = new EntityIndex(reference);

  it('normalises case, accents, punctuation, a leading "the" and possessives', () => {
    expect(normalizeName("The U.S. Department of State's")).toBe('us department of state');
    expect(normalizeName('Da’esh')).toBe('daesh');
    expect(normalizeName('Mexmûr')).toBe('mexmur');
    expect(normalizeName('Turkish Ministry of National Defense')).toBe(normalizeName('Turkey Ministry of National Defense'));
  });

  it('matches a name or an alias of the entity', () => {
    expect(index.nameMatch('US Department of State', 'org:us-state-department')).toBeGreaterThan(0);
    expect(index.nameMatch('the U.S. Department of State', 'org:us-state-department')).toBeGreaterThan(0);
    expect(index.nameMatch('Daesh', 'org:isis')).toBeGreaterThan(0);
    expect(index.nameMatch('Makhmur', 'place:makhmour')).toBeGreaterThan(0);
    expect(index.nameMatch('Peshmerga', 'org:isis')).toBe(0);
  });

  it('matches multiword names by containment, but not single words', () => {
    const idx = new EntityIndex([
      ...reference,
      ...importBatchSchema.parse({ entities: [{ id: 'force:kirkuk-police-directorate', kind: 'Force', name: 'Kirkuk Police Directorate' }] }).entities,
    ]);
    expect(idx.nameMatch('Kirkuk Police', 'force:kirkuk-police-directorate')).toBeGreaterThan(0);
    expect(idx.nameMatch('Kirkuk', 'force:kirkuk-police-directorate')).toBe(0);
  });

  it('reads a place type word against the placeType', () => {
    expect(index.nameMatch('Riyadh Subdistrict', 'place:riyadh')).toBeGreaterThan(0);
    expect(index.nameMatch('Kirkuk Governorate', 'place:kirkuk')).toBe(0); // Kirkuk is the city
  });

  it('takes "X District" and "X Subdistrict" for one another, for districts and sub-districts only', () => {
    expect(index.nameMatch('Makhmour Subdistrict', 'place:makhmour-district')).toBeGreaterThan(0);
    expect(index.nameMatch('Makhmour Governorate', 'place:makhmour-district')).toBe(0);
    expect(index.nameMatch('Makhmour Subdistrict', 'place:makhmour')).toBe(0); // the town
  });

  it('falls back on the id slug for ids no entity defines', () => {
    expect(index.nameMatch('Umm Khanjar', 'place:umm-khanjar')).toBeGreaterThan(0);
  });

  it('lets an exact name beat a containment in greedy matching', () => {
    const names = ['Makhmour District', 'Makhmour'];
    const ids = ['place:makhmour', 'place:makhmour-district'];
    const m = greedyMatch(names.length, ids.length, (e, x) => index.nameMatch(names[e]!, ids[x]!));
    expect([...m]).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('place enclosure', () => {
  const index = new EntityIndex(reference);

  it('matches a place and its direct parent or child, not two levels away', () => {
    expect(index.placeMatch('Makhmour', 'place:makhmour-district')).toBeGreaterThan(0);
    expect(index.placeMatch('Makhmour District', 'place:makhmour')).toBeGreaterThan(0);
    expect(index.placeMatch('Erbil Governorate', 'place:makhmour')).toBe(0);
    expect(index.placeMatch('Mosul', 'place:makhmour')).toBe(0);
  });

  it('counts an enclosing extracted place as the same event place', () => {
    const expected = parseExpected({ events: [expectedAttack({ place: 'Makhmour' })] });
    const score = scoreArticle(expected, batch({ events: [attack({ place: 'place:makhmour-district' })] }), reference);
    expect(score.categories.events).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('uses the annotated parent in `within` for places the index does not know', () => {
    const expected = parseExpected({ events: [expectedAttack({ place: 'Khirbat Jabr', within: ['Riyadh Subdistrict'] })] });
    const score = scoreArticle(expected, batch({ events: [attack({ place: 'place:riyadh' })] }), reference);
    expect(score.categories.events.tp).toBe(1);
  });

  it('rejects an event at an unrelated place', () => {
    const expected = parseExpected({ events: [expectedAttack()] });
    const score = scoreArticle(expected, batch({ events: [attack({ place: 'place:mosul' })] }), reference);
    expect(score.categories.events).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.categories.events.misses[0]).toContain('place place:mosul');
  });

  it('accepts a missing place on either side', () => {
    const expected = parseExpected({ events: [expectedAttack({ place: undefined })] });
    const score = scoreArticle(expected, batch({ events: [attack()] }), reference);
    expect(score.categories.events.tp).toBe(1);
  });
});

describe('casualty group words', () => {
  it('reads firefighters, journalists and activists as civilians, tribesmen and clansmen as armed', () => {
    const index = new EntityIndex(reference);
    for (const w of ['firefighters', 'journalists', 'activists', 'boy']) expect(casualtyMatches({ group: w, measure: 'killed', count: 2 }, { actor: null, group: 'CIVILIANS', measure: 'killed', count: 2 }, index), w).toBe(true);
    for (const w of ['tribesmen', 'clansmen']) expect(casualtyMatches({ group: w, measure: 'killed', count: 2 }, { actor: null, group: 'MILITANTS', measure: 'killed', count: 2 }, index), w).toBe(true);
    expect(casualtyMatches({ group: 'journalists', measure: 'killed', count: 2 }, { actor: null, group: 'SECURITY_FORCES', measure: 'killed', count: 2 }, index)).toBe(false);
  });

  it('reads "people" and "person" as no side given: unspecified (or civilians), never a side', () => {
    const index = new EntityIndex(reference);
    for (const w of ['people', 'person', 'individuals']) expect(casualtyMatches({ group: w, measure: 'killed', count: 1 }, { actor: null, group: 'UNSPECIFIED', measure: 'killed', count: 1 }, index), w).toBe(true);
    expect(casualtyMatches({ group: 'people', measure: 'killed', count: 1 }, { actor: null, group: 'CIVILIANS', measure: 'killed', count: 1 }, index)).toBe(true);
    expect(casualtyMatches({ group: 'people', measure: 'killed', count: 1 }, { actor: null, group: 'MILITANTS', measure: 'killed', count: 1 }, index)).toBe(false);
    expect(casualtyMatches({ group: 'soldiers', measure: 'killed', count: 1 }, { actor: null, group: 'UNSPECIFIED', measure: 'killed', count: 1 }, index)).toBe(false);
  });
});

describe('event errors by class', () => {
  const errors = (exp: Record<string, unknown>[], extracted: Record<string, unknown>[], published = '2021-12-04') => {
    const score = scoreArticle(parseExpected({ published, events: exp }), batch({ events: extracted }), reference);
    return Object.fromEntries(Object.entries(score.eventErrors).filter(([, n]) => n > 0));
  };

  it('names the stage that lost a miss, and counts its extra as the same incident', () => {
    expect(errors([expectedAttack()], [attack({ date: '2021-12-01' })])).toEqual({ date: 1, sameIncident: 1 });
    expect(errors([expectedAttack({ place: 'Makhmour' })], [attack({ place: 'place:erbil-governorate' })])).toEqual({ placeCoarse: 1, sameIncident: 1 });
    expect(errors([expectedAttack({ place: 'Khirbat Jabr', within: ['Makhmour District', 'Erbil Governorate'] })], [attack({ place: 'place:erbil-governorate' })])).toEqual({
      placeCoarse: 1,
      sameIncident: 1,
    });
    expect(errors([expectedAttack({ place: 'Khirbat Jabr' })], [attack({ place: 'place:mosul' })])).toEqual({ placeUnknown: 1, sameIncident: 1 });
    expect(errors([expectedAttack({ place: 'Kirkuk' })], [attack({ place: 'place:mosul' })])).toEqual({ placeOther: 1, sameIncident: 1 });
    expect(errors([expectedAttack()], [attack({ place: undefined })])).toEqual({ placeNone: 1, sameIncident: 1 });
    expect(errors([expectedAttack()], [attack({ subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED' })])).toEqual({ type: 1, sameIncident: 1 });
    expect(errors([expectedAttack()], [])).toEqual({ notFound: 1 });
    expect(errors([expectedAttack()], [attack()])).toEqual({});
  });

  it('tells a split incident, a background event and a spurious one apart', () => {
    const second = attack({ id: 'event:a-2', subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', date: '2021-12-04' });
    expect(errors([expectedAttack()], [attack(), second])).toEqual({ split: 1 });
    expect(errors([expectedAttack()], [attack(), { ...second, date: '2019-06-01' }])).toEqual({ background: 1 });
    expect(errors([expectedAttack()], [attack(), { ...second, place: 'place:mosul' }])).toEqual({ spurious: 1 });
  });
});

describe('event matching', () => {
  it('counts an event a day off as a miss and a false positive (strict dates), and reports the date field', () => {
    const expected = parseExpected({ events: [expectedAttack()] });
    const score = scoreArticle(expected, batch({ events: [attack({ date: '2021-12-04' })] }), reference);
    expect(score.categories.events).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.attributes.incidentsFound).toMatchObject({ correct: 1, total: 1 });
    expect(score.attributes.eventDates).toMatchObject({ correct: 0, total: 1 });
    expect(scoreArticle(expected, batch({ events: [attack({ date: '2021-12-03' })] }), reference).categories.events.tp).toBe(1);
  });

  it('counts an event at the country, the province or no place as wrong when the annotation names a district', () => {
    const expected = parseExpected({ events: [expectedAttack()] });
    for (const place of ['place:iraq', 'place:erbil-governorate', undefined]) {
      const score = scoreArticle(expected, batch({ events: [attack({ place })] }), reference);
      expect(score.categories.events).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    }
    // A place inside the annotated one is right (more precise).
    expect(scoreArticle(expected, batch({ events: [attack({ place: 'place:makhmour' })] }), reference).categories.events.tp).toBe(1);
  });

  it('counts the figures of an extracted event that matches no incident as false, and those of a missed one as missed', () => {
    const expected = parseExpected({ events: [expectedAttack({ casualties: [{ group: 'civilians', killed: 3 }] })] });
    const score = scoreArticle(expected, batch({ events: [attack({ date: '2021-11-20', casualties: [{ group: 'CIVILIANS', killed: 600 }] })] }), reference);
    expect(score.subFacts.casualties).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('lets a state\'s forces stand for the state as perpetrator', () => {
    const ref2 = importBatchSchema.parse({
      entities: [
        ...reference,
        { id: 'gov:turkey', kind: 'Government', name: 'Turkey' },
        { id: 'force:turkish-armed-forces', kind: 'Force', name: 'Turkish Armed Forces', under: ['gov:turkey'] },
      ],
    }).entities;
    const expected = parseExpected({ events: [expectedAttack({ subEventType: 'AIR_DRONE_STRIKE', perpetrators: ['Turkey'] })] });
    const score = scoreArticle(expected, batch({ events: [attack({ subEventType: 'AIR_DRONE_STRIKE', perpetrators: ['force:turkish-armed-forces'] })] }), ref2);
    expect(score.subFacts.perpetrators.tp).toBe(1);
  });

  it('widens dates by their precision', () => {
    expect(datePeriod('2022-09-26', 'week')).toEqual([datePeriod('2022-09-26', 'DAY')[0], datePeriod('2022-10-02', 'DAY')[0]]);
    expect(datePeriod('2022-11-01', 'month')[1]).toBe(datePeriod('2022-11-30', undefined)[0]);
    expect(periodGap(datePeriod('2022-09-26', 'week'), datePeriod('2022-10-03', 'DAY'))).toBe(1);
    const expected = parseExpected({ events: [expectedAttack({ date: '2021-11-01', datePrecision: 'month' })] });
    expect(scoreArticle(expected, batch({ events: [attack({ date: '2021-11-20' })] }), reference).categories.events.tp).toBe(1);
  });

  it('requires the same ACLED event type and reports exact sub-event types separately', () => {
    const expected = parseExpected({ events: [expectedAttack({ subEventType: 'SUICIDE_BOMB' })] });
    const sameFamily = scoreArticle(expected, batch({ events: [attack({ subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED' })] }), reference);
    expect(sameFamily.categories.events.tp).toBe(1);
    expect(sameFamily.attributes.eventTypes).toMatchObject({ correct: 0, total: 1 });
    const otherFamily = scoreArticle(expected, batch({ events: [attack({ subEventType: 'ATTACK' })] }), reference);
    expect(otherFamily.categories.events.tp).toBe(0);
  });

  it('matches one-to-one, best pair first', () => {
    const expected = parseExpected({ events: [expectedAttack(), expectedAttack({ date: '2021-12-01', place: 'Mosul' })] });
    const extracted = batch({
      events: [attack({ id: 'event:a-1', date: '2021-12-01', place: 'place:mosul' }), attack({ id: 'event:a-2' }), attack({ id: 'event:a-3' })],
    });
    const score = scoreArticle(expected, extracted, reference);
    expect(score.categories.events).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it('scores perpetrators within matched events', () => {
    const expected = parseExpected({ events: [expectedAttack({ perpetrators: ['Islamic State', 'Peshmerga'] })] });
    const score = scoreArticle(expected, batch({ events: [attack({ perpetrators: ['org:isis', 'force:isf'] })] }), reference);
    expect(score.subFacts.perpetrators).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('casualty group matching', () => {
  const index = new EntityIndex(reference);
  const fig = (group: string, measure: 'killed' | 'injured' | 'abducted' | 'arrested', count: number) => ({ group, measure, count });
  const x = (group: 'CIVILIANS' | 'SECURITY_FORCES' | 'MILITANTS' | 'UNSPECIFIED', measure: 'killed' | 'injured' | 'abducted' | 'arrested', count: number, actor: string | null = null) => ({
    group,
    measure,
    count,
    actor,
  });

  it('maps group words to casualty classes', () => {
    expect(casualtyMatches(fig('villagers', 'killed', 3), x('CIVILIANS', 'killed', 3), index)).toBe(true);
    expect(casualtyMatches(fig('shepherds', 'abducted', 4), x('CIVILIANS', 'abducted', 4), index)).toBe(true);
    expect(casualtyMatches(fig('soldiers', 'killed', 2), x('SECURITY_FORCES', 'killed', 2), index)).toBe(true);
    expect(casualtyMatches(fig('attackers', 'killed', 2), x('MILITANTS', 'killed', 2), index)).toBe(true);
    expect(casualtyMatches(fig('civilians', 'killed', 3), x('SECURITY_FORCES', 'killed', 3), index)).toBe(false);
  });

  it('matches a named group through the actor or its class', () => {
    expect(casualtyMatches(fig('Peshmerga', 'killed', 10), x('UNSPECIFIED', 'killed', 10, 'force:peshmerga'), index)).toBe(true);
    expect(casualtyMatches(fig('Peshmerga', 'killed', 10), x('SECURITY_FORCES', 'killed', 10), index)).toBe(true);
    expect(casualtyMatches(fig('ISIS', 'killed', 5), x('MILITANTS', 'killed', 5), index)).toBe(true);
    expect(casualtyMatches(fig('ISIS', 'killed', 5), x('CIVILIANS', 'killed', 5), index)).toBe(false);
  });

  it('needs the same measure and count', () => {
    expect(casualtyMatches(fig('civilians', 'killed', 3), x('CIVILIANS', 'injured', 3), index)).toBe(false);
    expect(casualtyMatches(fig('civilians', 'killed', 3), x('CIVILIANS', 'killed', 4), index)).toBe(false);
  });

  it('splits figures by measure inside a matched event', () => {
    const expected = parseExpected({
      events: [expectedAttack({ casualties: [{ group: 'Peshmerga', killed: 10, injured: 2 }, { group: 'civilians', killed: 3 }] })],
    });
    const extracted = batch({
      events: [
        attack({
          casualties: [
            { group: 'SECURITY_FORCES', actor: 'force:peshmerga', killed: 10 },
            { group: 'CIVILIANS', killed: 3, injured: 1 },
          ],
        }),
      ],
    });
    expect(scoreArticle(expected, extracted, reference).subFacts.casualties).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('counts civilian targets through civilianTargeting', () => {
    const expected = parseExpected({ events: [expectedAttack({ targets: ['Peshmerga', 'civilians'] })] });
    const extracted = batch({ events: [attack({ targets: ['force:peshmerga'], civilianTargeting: true })] });
    expect(scoreArticle(expected, extracted, reference).subFacts.targets).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('statements', () => {
  const expected = parseExpected({
    events: [expectedAttack(), expectedAttack({ date: '2021-11-20', place: 'Mosul' })],
    statements: [
      { speaker: 'US Department of State', stance: 'CONCERN', about: 'event' },
      { speaker: 'Masrour Barzani', stance: 'SUPPORT', toward: 'Iraqi Security Forces' },
    ],
  });
  const events = [attack({ id: 'event:a-1' }), attack({ id: 'event:a-2', date: '2021-11-20', place: 'place:mosul' })];

  it('match on speaker and stance; about: event needs the event matched to expected event 0', () => {
    const good = scoreArticle(
      expected,
      batch({
        events,
        statements: [
          { id: 'statement:a-1', speaker: 'org:us-state-department', stance: 'CONCERN', about: ['event:a-1'] },
          { id: 'statement:a-2', speaker: 'person:masrour-barzani', stance: 'SUPPORT', toward: ['force:isf'] },
        ],
      }),
      reference,
    );
    expect(good.categories.statements).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(good.attributes.statementAbout).toMatchObject({ correct: 1, total: 1 });
    expect(good.attributes.statementToward).toMatchObject({ correct: 1, total: 1 });

    const wrongEvent = scoreArticle(
      expected,
      batch({ events, statements: [{ id: 'statement:a-1', speaker: 'org:us-state-department', stance: 'CONCERN', about: ['event:a-2'] }] }),
      reference,
    );
    expect(wrongEvent.categories.statements).toMatchObject({ tp: 1, fn: 1 });
    expect(wrongEvent.attributes.statementAbout).toMatchObject({ correct: 0, total: 1 });
  });

  it('does not match another stance or speaker', () => {
    const score = scoreArticle(
      expected,
      batch({
        events,
        statements: [
          { id: 'statement:a-1', speaker: 'org:us-state-department', stance: 'CONDEMNATION', about: ['event:a-1'] },
          { id: 'statement:a-2', speaker: 'gov:krg', stance: 'SUPPORT', toward: ['force:isf'] },
        ],
      }),
      reference,
    );
    expect(score.categories.statements).toMatchObject({ tp: 0, fp: 2, fn: 2 });
    expect(score.categories.statements.misses[0]).toContain('speaker found with CONDEMNATION');
    expect(score.statementErrors).toMatchObject({ stance: 1, wrongStance: 1, speaker: 1, wrongSpeaker: 1, notFound: 0, spurious: 0 });
  });

  it('counts misses and extras by class: a second stance, nothing found, an extra stance, a spurious one', () => {
    const errors = (statements: Record<string, unknown>[]) => {
      const score = scoreArticle(expected, batch({ events, statements }), reference);
      return Object.fromEntries(Object.entries(score.statementErrors).filter(([, n]) => n > 0));
    };
    const concern = { id: 'statement:a-1', speaker: 'org:us-state-department', stance: 'CONCERN', about: ['event:a-1'] };
    expect(errors([concern])).toEqual({ notFound: 1 });
    expect(errors([concern, { ...concern, id: 'statement:a-3', stance: 'CALL_FOR_ACTION' }])).toEqual({ notFound: 1, extraStance: 1 });
    expect(errors([concern, { id: 'statement:a-3', speaker: 'gov:krg', stance: 'CONDEMNATION' }])).toEqual({ notFound: 1, spurious: 1 });
    const twoStances = parseExpected({ ...expected, statements: [...expected.statements, { speaker: 'US Department of State', stance: 'CALL_FOR_ACTION' }] });
    const score = scoreArticle(twoStances, batch({ events, statements: [concern] }), reference);
    expect(score.statementErrors).toMatchObject({ secondStance: 1, notFound: 1 });
    expect(totalScores([score, score]).statementErrors.secondStance).toBe(2);
  });
});

describe('entities, offices and facts', () => {
  it('scores every mentioned entity, kinds matching, Government and Place of a country matching either', () => {
    const expected = parseExpected({
      entities: [
        { name: 'Iraq', kind: 'Government' },
        { name: 'ISIS', kind: 'Organization' },
        { name: 'Peshmerga', kind: 'Organization' },
        { name: 'Makhmour District', kind: 'Place' },
      ],
    });
    const extracted = batch({
      events: [attack()],
      relationships: [
        { from: ARTICLE, type: 'MENTIONS', to: 'place:iraq' },
        { from: ARTICLE, type: 'MENTIONS', to: 'gov:iraq' },
        { from: ARTICLE, type: 'MENTIONS', to: 'force:peshmerga' },
        { from: ARTICLE, type: 'MENTIONS', to: 'place:mosul' },
      ],
    });
    const score = scoreArticle(expected, extracted, reference).categories.entities;
    // Iraq (gov; place:iraq absorbed), ISIS and Makhmour District (from the event) match; Peshmerga is a Force.
    expect(score).toMatchObject({ tp: 3, fn: 1, fp: 2 });
    expect(score.falsePositives.join('\n')).toContain('place:mosul');
    expect(score.falsePositives.join('\n')).toContain('force:peshmerga');
    expect(score.misses[0]).toContain('name found as force:peshmerga [Force]');
  });

  it('scores offices on person and body, ignoring the title', () => {
    const expected = parseExpected({
      offices: [
        { person: 'Masrour Barzani', title: 'Prime Minister', of: 'KRG' },
        { person: 'Masrour Barzani', title: 'Sheikh' },
      ],
    });
    const extracted = batch({
      relationships: [{ from: 'person:masrour-barzani', type: 'HOLDS_OFFICE', to: 'gov:krg', properties: { title: 'PM' } }],
    });
    expect(scoreArticle(expected, extracted, reference).categories.offices).toMatchObject({ tp: 1, fn: 1, fp: 0 });
  });

  it('scores facts with symmetric NEAR, PART_OF = UNDER, entity fields, and skips types the schema lacks', () => {
    const expected = parseExpected({
      facts: [
        { from: 'Mosul', type: 'NEAR', to: 'Makhmour' },
        { from: 'Peshmerga', type: 'PART_OF', to: 'Iraqi Security Forces' },
        { from: 'Umm Khanjar', type: 'LOCATED_IN', to: 'Riyadh Subdistrict' },
        { from: 'Makhmour', type: 'CAPITAL_OF', to: 'Makhmour District' },
        { from: 'Makhmour', type: 'LOCATED_IN', to: 'Makhmour District' },
      ],
    });
    const extracted = batch({
      entities: [{ id: 'place:umm-khanjar', kind: 'Place', name: 'Umm Khanjar', locatedIn: 'place:riyadh' }],
      relationships: [
        { from: 'place:makhmour', type: 'NEAR', to: 'place:mosul', properties: { distanceKm: 70 } },
        { from: 'force:peshmerga', type: 'UNDER', to: 'force:isf' },
        { from: 'force:isf', type: 'OPPOSES', to: 'org:isis' },
      ],
    });
    const score = scoreArticle(expected, extracted, reference);
    expect(score.categories.facts).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(score.categories.facts.misses).toEqual(['Makhmour LOCATED_IN Makhmour District (in reference)']);
    expect(score.factsMissedInReference).toBe(1);
    expect(score.notes[0]).toContain('CAPITAL_OF');
  });
});

describe('totals', () => {
  it('computes precision, recall and F1, micro-averaged over categories', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    const a = scoreArticle(parseExpected({ events: [expectedAttack()], entities: [{ name: 'ISIS', kind: 'Organization' }] }), batch({ events: [attack()] }), reference);
    const totals = totalScores([a, a]);
    expect(totals.categories.events).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // entities: ISIS matches; Makhmour District (from the event place) is extra.
    expect(totals.overall).toMatchObject({ tp: 4, fp: 2, fn: 0 });
  });
});

describe('cross-outlet merges', () => {
  it('replays extractions through the merge decision and scores same-incident and different-incident pairs', async () => {
    const { scoreMerges } = await import('../../src/extract/quality-merges.js');
    const mk = (file: string, published: string, events: Record<string, unknown>[], keyed: Record<string, unknown>[]) => {
      const b = importBatchSchema.parse({ articles: [{ id: `article:${file}`, published }], events });
      const expected = parseExpected({ published, events: keyed });
      return { file, published, expected, batch: b, score: scoreArticle(expected, b, reference) };
    };
    const a = mk('a', '2021-12-04', [attack({ id: 'event:a-1' })], [expectedAttack({ incident: 'makhmour' })]);
    const b = mk('b', '2021-12-05', [attack({ id: 'event:b-1', place: 'place:makhmour' }), attack({ id: 'event:b-2', place: 'place:mosul' })], [
      expectedAttack({ incident: 'makhmour', place: 'Makhmour' }),
      expectedAttack({ incident: 'mosul', place: 'Mosul' }),
    ]);
    const merges = scoreMerges([a, b], reference);
    expect(merges.same).toMatchObject({ merged: 1, total: 1 });
    expect(merges.different).toMatchObject({ apart: 1, total: 1 });
  });
});
