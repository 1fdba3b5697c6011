/** Reading ACLED and UCDP GED rows (src/exchange/acled.ts, ucdp.ts, rows.ts): pure. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, interCode, parseAcledRow, subEventTypeOf } from '../../src/exchange/acled.js';
import { parseCoordinates, parseDay, type DatasetRow } from '../../src/exchange/rows.js';
import { parseUcdpRow, periodOf, ucdpPlaceName, ucdpSubEventType } from '../../src/exchange/ucdp.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/exchange');
const rows = (file: string) => parse(readFileSync(path.join(FIXTURES, file)), { columns: true, bom: true }) as Record<string, string>[];
const acled = rows('acled-iraq.csv');
const ucdp = rows('ucdp-ged-iraq.csv');

function ok(result: ReturnType<typeof parseAcledRow>): DatasetRow {
  if (!result.ok) throw new Error(`refused: ${result.refusal.reason}`);
  return result.row;
}

function refusal(result: ReturnType<typeof parseAcledRow>): string {
  if (result.ok) throw new Error('accepted');
  return result.refusal.reason;
}

const byKey = (key: string) => ({ ...acled.find((r) => r.event_id_cnty === key)! });

describe('ACLED layout', () => {
  it("has ACLED's 31 columns in ACLED's order and spelling, and the fixture uses them", () => {
    expect(ACLED_COLUMNS).toEqual(
      'event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities tags timestamp'.split(
        ' ',
      ),
    );
    expect(Object.keys(acled[0]!)).toEqual([...ACLED_COLUMNS]);
  });

  it('reads every fixture row', () => {
    for (const [i, raw] of acled.entries()) ok(parseAcledRow(raw, i + 2));
    for (const [i, raw] of ucdp.entries()) expect(parseUcdpRow(raw, i + 2).ok).toBe(true);
  });
});

describe('parseAcledRow', () => {
  it('reads a row: types, date, place, actors, figures, provenance', () => {
    const row = ok(parseAcledRow(byKey('IRQ51244'), 3));
    expect(row).toMatchObject({
      dataset: 'acled',
      key: 'IRQ51244',
      line: 3,
      eventId: null,
      subEventType: 'REMOTE_EXPLOSIVE_LANDMINE_IED',
      date: '2022-05-09',
      datePrecision: 'DAY',
      geoPrecision: 1,
      place: { country: 'Iraq', admin1: 'Kirkuk', admin2: 'Daquq', admin3: 'Markaz Daquq', location: 'Tel Zawiya', latitude: 35.0963, longitude: 44.4127, at: 'location' },
      actor1: { name: 'Unidentified Armed Group (Iraq)', code: 3 },
      actor2: { name: 'Military Forces of Iraq (2022-)', code: 1 },
      civilianTargeting: false,
      figures: [{ group: 'UNSPECIFIED', killed: 2 }],
      published: '2022-05-13',
    });
    expect(row.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(row.raw.notes).toContain('Tel Zawiya');
  });

  it('moves a month-precise event to the 1st and places a geo_precision 3 event in admin1', () => {
    const month = ok(parseAcledRow({ ...byKey('IRQ57001'), event_date: '2023-01-17' }, 2));
    expect([month.date, month.datePrecision]).toEqual(['2023-01-01', 'MONTH']);
    const week = ok(parseAcledRow({ ...byKey('IRQ51302'), time_precision: '2' }, 2));
    expect([week.date, week.datePrecision]).toEqual(['2022-05-12', 'WEEK']);
    const broad = ok(parseAcledRow(byKey('IRQ54211'), 2));
    expect([broad.geoPrecision, broad.place.at]).toEqual([3, 'admin1']);
  });

  it('reads the civilian targeting flag, associated actors, and inter codes as numbers or words', () => {
    const row = ok(parseAcledRow(byKey('IRQ57540'), 2));
    expect(row.civilianTargeting).toBe(true);
    expect(row.assoc2).toEqual(['Farmers (Iraq)']);
    expect(['1', 'State forces', 'Rebel groups', 'political militia', 'External/Other forces', '', 'nonsense'].map(interCode)).toEqual([1, 1, 2, 3, 8, null, null]);
  });

  it("knows ACLED's sub-event labels, in any case, with 'protestors' too", () => {
    expect(subEventTypeOf('Remote explosive/landmine/IED')).toBe('REMOTE_EXPLOSIVE_LANDMINE_IED');
    expect(subEventTypeOf('shelling / artillery / missile attack')).toBe('SHELLING_ARTILLERY_MISSILE_ATTACK');
    expect(subEventTypeOf('Excessive force against protestors')).toBe('EXCESSIVE_FORCE_AGAINST_PROTESTERS');
    expect(subEventTypeOf('Drive-by shooting')).toBeNull();
  });

  it.each([
    [{ event_date: '' }, 'event_date is empty'],
    [{ event_date: '2022-02-30' }, 'event_date "2022-02-30" is not a date'],
    [{ sub_event_type: 'Drive-by shooting' }, 'sub_event_type "Drive-by shooting" is not an ACLED sub-event type'],
    [{ event_type: 'Battles' }, 'does not belong to event_type "Battles"'],
    [{ latitude: 'north' }, 'are not numbers'],
    [{ latitude: '95.2' }, 'out of range'],
    [{ latitude: '0', longitude: '0' }, 'placeholder'],
    [{ longitude: '' }, 'latitude and longitude are required'],
    [{ geo_precision: '4' }, 'geo_precision "4" is not 1, 2 or 3'],
    [{ time_precision: '5' }, 'time_precision "5" is not 1, 2 or 3'],
    [{ fatalities: 'many' }, 'fatalities "many" is not a whole number'],
    [{ actor1: '' }, 'actor1 is empty'],
    [{ id: 'place:mosul' }, 'is not an event id'],
  ])('refuses %j: %s', (change, reason) => {
    expect(refusal(parseAcledRow({ ...byKey('IRQ51244'), ...change }, 7))).toContain(reason);
  });

  it('names every problem of a row at once', () => {
    expect(refusal(parseAcledRow({ ...byKey('IRQ51244'), event_date: '', latitude: 'x' }, 7))).toMatch(/event_date is empty; .*not numbers/);
  });

  it("reads this product's own columns: id, label, per-group figures, and the period in date_end", () => {
    const raw = {
      ...byKey('IRQ51244'),
      id: 'event:2022-05-10-daquq-ied',
      fatalities: '5',
      fatalities_low: '4',
      civilians_killed: '2',
      civilians_injured: '',
      security_forces_killed: '3',
      security_forces_injured: '1',
      militants_killed: '',
      militants_injured: '',
      unspecified_killed: '',
      unspecified_injured: '',
      date_end: '2022-12-31',
      event_date: '2022-01-01',
      time_precision: '3',
    };
    const row = ok(parseAcledRow(raw, 2));
    expect(row.eventId).toBe('event:2022-05-10-daquq-ied');
    expect(row.figures).toEqual([
      { group: 'CIVILIANS', killed: 2 },
      { group: 'SECURITY_FORCES', killed: 3, injured: 1 },
    ]);
    expect([row.date, row.datePrecision]).toEqual(['2022-01-01', 'YEAR']);
    // Groups that do not add up to fatalities are not used; a blank fatalities_low means no figure at all.
    expect(ok(parseAcledRow({ ...raw, fatalities: '7' }, 2)).figures).toEqual([{ group: 'UNSPECIFIED', killed: 7 }]);
    const none = { ...raw, fatalities: '0', fatalities_low: '', civilians_killed: '', security_forces_killed: '', security_forces_injured: '' };
    expect(ok(parseAcledRow(none, 2)).figures).toEqual([]);
  });
});

describe('dates and coordinates', () => {
  it.each([
    ['2022-05-09', '2022-05-09'],
    ['2022-05-09 00:00:00.000', '2022-05-09'],
    ['9 May 2022', '2022-05-09'],
    ['09 September 2022', '2022-09-09'],
    ['09/05/2022', '2022-05-09'],
    ['2022-13-01', null],
    ['31 June 2022', null],
    ['yesterday', null],
    ['9-May-22', null],
  ])('parseDay(%j) = %j', (text, day) => expect(parseDay(text)).toBe(day));

  it('refuses coordinates that are not a place', () => {
    expect(parseCoordinates('35.1', '44.2')).toEqual({ latitude: 35.1, longitude: 44.2 });
    expect(parseCoordinates('35.1', '')).toMatch(/required/);
    expect(parseCoordinates('-91', '44')).toMatch(/out of range/);
  });
});

describe('parseUcdpRow', () => {
  const byId = (id: string) => ({ ...ucdp.find((r) => r.id === id)! });
  const row = (raw: Record<string, string>) => {
    const r = parseUcdpRow(raw, 2);
    if (!r.ok) throw new Error(r.refusal.reason);
    return r.row;
  };

  it('reads a state-based event: sides, figures per side, the means from the headline, UCDP names without kind words', () => {
    const r = row(byId('411201'));
    expect(r).toMatchObject({
      dataset: 'ucdp',
      key: '411201',
      subEventType: 'ARMED_CLASH',
      date: '2021-12-03',
      datePrecision: 'DAY',
      geoPrecision: 2,
      place: { admin1: 'Arbil', admin2: 'Makhmur', location: 'Makhmur', at: 'location' },
      actor1: { name: 'Government of Iraq', hint: 'government' },
      actor2: { name: 'IS', hint: 'armed-group' },
      figures: [
        { group: 'SECURITY_FORCES', side: 1, killed: 10 },
        { group: 'CIVILIANS', killed: 3 },
      ],
      published: '2021-12-03',
    });
    expect(r.description).toBe('Government of Iraq - IS: villages of the Qaraj plain west of Makhmur. IS attack kills 10 Peshmerga and 3 civilians in Makhmour. UCDP estimate of deaths: best 13, low 13, high 15.');
  });

  it('one-sided violence is an attack on civilians; month and wider ranges are periods; where_prec picks the level', () => {
    const attack = row(byId('412610'));
    expect([attack.subEventType, attack.civilianTargeting, attack.actor2?.code]).toEqual(['ATTACK', true, 7]);
    const month = row(byId('412150'));
    expect([month.date, month.datePrecision, month.geoPrecision, month.place.at]).toEqual(['2022-09-01', 'MONTH', 3, 'admin1']);
    const week = row(byId('412901'));
    expect([week.date, week.datePrecision, week.place.at]).toEqual(['2023-03-06', 'WEEK', 'admin2']);
    expect(row(byId('413004')).place.at).toBe('country');
  });

  it('reads the means of violence in a headline', () => {
    expect(ucdpSubEventType(1, 'Iraqi air strikes kill five IS militants')).toBe('AIR_DRONE_STRIKE');
    expect(ucdpSubEventType(1, 'Turkish drone kills two')).toBe('AIR_DRONE_STRIKE');
    expect(ucdpSubEventType(2, 'Roadside bomb kills two soldiers')).toBe('REMOTE_EXPLOSIVE_LANDMINE_IED');
    expect(ucdpSubEventType(1, 'Suicide bomber kills seven at funeral')).toBe('SUICIDE_BOMB');
    expect(ucdpSubEventType(1, 'Rockets hit base')).toBe('SHELLING_ARTILLERY_MISSILE_ATTACK');
    expect(ucdpSubEventType(1, 'Clashes in Tarmiyah')).toBe('ARMED_CLASH');
    expect(ucdpSubEventType(3, 'Air strike kills civilians')).toBe('ATTACK');
  });

  it('periods and names', () => {
    expect(periodOf('2022-05-09', '2022-05-09')).toEqual({ date: '2022-05-09', datePrecision: 'DAY' });
    expect(periodOf('2022-05-09', '2022-05-15')).toEqual({ date: '2022-05-09', datePrecision: 'WEEK' });
    expect(periodOf('2022-05-09', '2022-05-20')).toEqual({ date: '2022-05-01', datePrecision: 'MONTH' });
    expect(periodOf('2022-05-09', '2022-07-20')).toEqual({ date: '2022-01-01', datePrecision: 'YEAR' });
    expect(['Arbil province', 'Makhmur district', 'Mosul city', 'Kharnaba village', 'Hamrin mountains'].map(ucdpPlaceName)).toEqual(['Arbil', 'Makhmur', 'Mosul', 'Kharnaba', 'Hamrin mountains']);
  });

  it('keeps the best estimate when the parts do not add up to it, and refuses bad rows', () => {
    expect(row({ ...byId('411201'), best: '20' }).figures).toEqual([{ group: 'UNSPECIFIED', killed: 20 }]);
    const refuse = (change: Record<string, string>) => {
      const r = parseUcdpRow({ ...byId('411201'), ...change }, 9);
      return r.ok ? null : r.refusal;
    };
    expect(refuse({ date_start: '' })).toEqual({ line: 9, key: '411201', reason: 'date_start is empty' });
    expect(refuse({ date_end: '2021-12-01' })?.reason).toBe('date_end 2021-12-01 is before date_start 2021-12-03');
    expect(refuse({ where_prec: '9' })?.reason).toContain('where_prec "9"');
    expect(refuse({ type_of_violence: '4' })?.reason).toContain('type_of_violence');
    expect(refuse({ deaths_a: '-1' })?.reason).toContain('deaths_a');
  });
});
