/** Matching dataset actors and places to the graph's (src/exchange/actors.ts, places.ts): pure, on the reference data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ActorIndex, displayName, isGenericActor, nameCandidates, resolveActor } from '../../src/exchange/actors.js';
import { acledPlaceName, PlaceIndex, resolvePlace, type PlaceEntry } from '../../src/exchange/places.js';
import type { PlaceSpec } from '../../src/exchange/rows.js';
import { refId, type ImportBatch } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';
import { collectFiles } from '../../src/seed/seed.js';
import path from 'node:path';

const REFERENCE = path.resolve(import.meta.dirname, '../../seed/reference');
let reference: ImportBatch;

beforeAll(async () => {
  const files = (await collectFiles([REFERENCE], ['.yaml'])).get(REFERENCE) ?? [];
  reference = combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference');
});

const actorIndex = () =>
  new ActorIndex(reference.entities.filter((e) => e.kind !== 'Place').map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases })));

const placeIndex = () =>
  new PlaceIndex(
    reference.entities.flatMap((e): PlaceEntry[] =>
      e.kind === 'Place'
        ? [{ id: e.id, name: e.name, aliases: e.aliases, placeType: e.placeType ?? null, latitude: e.location?.latitude ?? null, longitude: e.location?.longitude ?? null, parent: e.locatedIn ? refId(e.locatedIn) : null }]
        : [],
    ),
  );

describe('actor names', () => {
  it("drops ACLED's period and country, and reads its patterns", () => {
    expect(displayName('Military Forces of Iraq (2022-)')).toBe('Military Forces of Iraq');
    expect(displayName('Islamic State (Iraq)')).toBe('Islamic State');
    expect(displayName('Military Forces of Iraq (2003-2011) Police')).toBe('Military Forces of Iraq Police');
    expect(nameCandidates('PMF: Popular Mobilization Forces')).toEqual(expect.arrayContaining(['PMF', 'Popular Mobilization Forces']));
    expect(nameCandidates('Military Forces of Turkey (2016-)')).toEqual(expect.arrayContaining(['Turkish military', 'Turkish armed forces']));
    expect(nameCandidates('Police Forces of Iraq (2022-)')).toContain('Iraqi Police');
    expect(nameCandidates('Military Forces of Iraq (2022-) Counter Terrorism Service')).toContain('Counter Terrorism Service');
    expect(nameCandidates('Peshmerga Militia (Kurdistan Democratic Party)')).toContain('Peshmerga');
  });

  it('knows the names that stand for no one in particular', () => {
    for (const name of ['Unidentified Armed Group (Iraq)', 'Civilians (Iraq)', 'Protesters (Iraq)', 'Rioters (Iraq)', 'Labor Group (Iraq)', 'Farmers (Iraq)']) {
      expect(isGenericActor({ name, code: null })).toBe(true);
    }
    expect(isGenericActor({ name: 'Sadrist Movement', code: 6 })).toBe(true);
    expect(isGenericActor({ name: 'Islamic State (Iraq)', code: 2 })).toBe(false);
  });

  it.each([
    ['Military Forces of Iraq (2022-)', 'force:isf'],
    ['Military Forces of Iraq (2020-2022) Peshmerga', 'force:peshmerga'],
    ['Peshmerga Militia (Kurdistan Democratic Party)', 'force:peshmerga'],
    ['Islamic State (Iraq)', 'org:isis'],
    ['PMF: Popular Mobilization Forces', 'force:pmf'],
    ['Police Forces of Iraq (2022-)', 'force:iraqi-police'],
    ['Military Forces of Iraq (2022-) Counter Terrorism Service', 'force:cts'],
    ['Military Forces of Turkey (2016-)', 'force:turkish-armed-forces'],
    ['PKK: Kurdistan Workers Party', 'org:pkk'],
    ['KDP: Kurdistan Democratic Party', 'org:kdp'],
    ['Sinjar Resistance Units Communal Militia (Iraq)', 'org:ybs'],
    ['Government of Iraq', 'gov:iraq'],
    ['IS', 'org:isis'],
  ])('%s matches %s', (name, id) => {
    expect(actorIndex().find(name)?.id).toBe(id);
  });

  it('creates an unknown actor once, of the kind its name or inter code says, under the government it names', () => {
    const index = actorIndex();
    const force = resolveActor({ name: 'Military Forces of Kuwait (2020-)', code: 8 }, index, 'ACLED IRQ1');
    expect(force).toMatchObject({ kind: 'new', id: 'force:military-forces-of-kuwait', entity: { kind: 'Force', name: 'Military Forces of Kuwait', forceType: 'MILITARY', under: ['gov:kuwait'] } });
    if (force.kind === 'new') expect(force.entity.aliases).toEqual(['Military Forces of Kuwait (2020-)']);
    // The next row with the name finds the actor just created.
    expect(resolveActor({ name: 'Military Forces of Kuwait (2020-)', code: 8 }, index, 'ACLED IRQ2')).toEqual({ kind: 'matched', id: 'force:military-forces-of-kuwait' });
    expect(resolveActor({ name: 'Al-Bu Nimr Tribal Militia (Iraq)', code: 4 }, index, 'ACLED IRQ3')).toMatchObject({ kind: 'new', entity: { kind: 'Organization', organizationType: 'ARMED_GROUP', name: 'Al-Bu Nimr Tribal Militia' } });
    expect(resolveActor({ name: 'Government of Somewhere', code: null, hint: 'government' }, index, 'UCDP GED 1')).toMatchObject({ kind: 'new', entity: { kind: 'Government' } });
    expect(resolveActor({ name: 'Civilians (Iraq)', code: 7 }, index, 'ACLED IRQ4')).toEqual({ kind: 'none' });
  });

  it('gives a new actor a free id when its slug is taken', () => {
    const index = new ActorIndex([{ id: 'org:al-nujaba', kind: 'Organization', name: 'Harakat al-Nujaba', aliases: [] }]);
    expect(resolveActor({ name: 'Al Nujaba', code: 3 }, index, 'x')).toMatchObject({ kind: 'new', id: 'org:al-nujaba-2' });
  });

  it('answers a name again after an actor is added, as it would first time', () => {
    const index = new ActorIndex([{ id: 'org:a', kind: 'Organization', name: 'Saraya Example', aliases: [] }]);
    expect(index.find('Saraya Example (Iraq)')?.id).toBe('org:a');
    expect(index.find('Kataib Example')).toBeNull();
    index.add({ id: 'org:b', kind: 'Organization', name: 'Kataib Example', aliases: [] });
    expect(index.find('Kataib Example')?.id).toBe('org:b');
    // A second actor of the same name: the name no longer says which.
    index.add({ id: 'org:c', kind: 'Organization', name: 'Other', aliases: ['Saraya Example'] });
    expect(index.find('Saraya Example (Iraq)')).toBeNull();
  });
});

describe('places', () => {
  const spec = (over: Partial<PlaceSpec>): PlaceSpec => ({ country: 'Iraq', admin1: '', admin2: '', admin3: '', location: '', latitude: 35.0963, longitude: 44.4127, at: 'location', ...over });

  it('writes admin units as ACLED does', () => {
    expect(['Erbil Governorate', 'Makhmour District', 'Qaraj Subdistrict', 'Makhmour'].map(acledPlaceName)).toEqual(['Erbil', 'Makhmour', 'Qaraj', 'Makhmour']);
  });

  it("matches ACLED's admin names and a town's other spelling, down to the event's place", () => {
    const index = placeIndex();
    const r = resolvePlace(spec({ admin1: 'Erbil', admin2: 'Makhmur', admin3: 'Markaz Makhmur', location: 'Makhmur', latitude: 35.776, longitude: 43.579, at: 'location' }), index, 'ACLED IRQ1');
    expect(r.placeId).toBe('place:makhmour');
    expect(r.created).toEqual([]);
    expect(r.matched).toEqual(['place:iraq', 'place:erbil-governorate', 'place:makhmour-district', 'place:makhmour-center-subdistrict', 'place:makhmour']);
  });

  it('matches UCDP spellings of governorates ("Arbil province", "Ninawa")', () => {
    const index = placeIndex();
    expect(resolvePlace(spec({ admin1: 'Arbil', at: 'admin1' }), index, 'x').placeId).toBe('place:erbil-governorate');
    expect(resolvePlace(spec({ admin1: 'Ninawa', admin2: 'Sinjar', at: 'admin2' }), index, 'x').placeId).toBe('place:sinjar-district');
    expect(resolvePlace(spec({ admin1: 'Thi-Qar', at: 'admin1' }), index, 'x').placeId).toBe('place:dhi-qar-governorate');
  });

  it('creates an unknown village inside the deepest admin unit, with the row coordinates, and finds it next time', () => {
    const index = placeIndex();
    const r = resolvePlace(spec({ admin1: 'Kirkuk', admin2: 'Daquq', admin3: 'Markaz Daquq', location: 'Tel Zawiya' }), index, 'ACLED IRQ51244');
    expect(r.created).toEqual([
      {
        kind: 'Place',
        id: 'place:tel-zawiya',
        name: 'Tel Zawiya',
        aliases: [],
        sources: [],
        description: 'Place first named by ACLED IRQ51244.',
        location: { latitude: 35.0963, longitude: 44.4127 },
        locatedIn: 'place:daquq-center-subdistrict',
      },
    ]);
    expect(resolvePlace(spec({ admin1: 'Kirkuk', admin2: 'Daquq', location: 'Tall Zawiya' }), index, 'x')).toMatchObject({ placeId: 'place:tel-zawiya', created: [] });
  });

  it('creates missing admin units, nested, named with their kind', () => {
    const index = placeIndex();
    const r = resolvePlace(spec({ admin1: 'Kirkuk', admin2: 'Nowhere', admin3: 'Deeper', location: 'Hamlet' }), index, 'x');
    expect(r.created.map((e) => [e.id, e.name, e.kind === 'Place' ? e.placeType : null, e.kind === 'Place' ? e.locatedIn : null])).toEqual([
      ['place:nowhere-district', 'Nowhere District', 'DISTRICT', 'place:kirkuk-governorate'],
      ['place:deeper-subdistrict', 'Deeper Subdistrict', 'SUBDISTRICT', 'place:nowhere-district'],
      ['place:hamlet', 'Hamlet', undefined, 'place:deeper-subdistrict'],
    ]);
  });

  it('a place of the same name far from the coordinates is another place', () => {
    const index = placeIndex();
    // Makhmour is the town near 35.78, 43.58; a "Makhmour" in Basra is not it.
    const r = resolvePlace(spec({ admin1: 'Basra', location: 'Makhmour', latitude: 30.5, longitude: 47.8 }), index, 'x');
    expect(r.placeId).not.toBe('place:makhmour');
    expect(r.created.at(-1)).toMatchObject({ name: 'Makhmour', locatedIn: 'place:basra-governorate' });
  });

  it('an admin-level event is placed in the admin unit itself; in an empty graph everything is created', () => {
    expect(resolvePlace(spec({ admin1: 'Al-Anbar', admin2: 'Ramadi', location: 'Ramadi', at: 'admin1' }), placeIndex(), 'x').placeId).toBe('place:anbar-governorate');
    const empty = new PlaceIndex();
    const r = resolvePlace(spec({ admin1: 'Erbil', location: 'Erbil', latitude: 36.19, longitude: 44.01, at: 'admin1' }), empty, 'x');
    expect(r.created.map((e) => [e.id, e.kind === 'Place' ? e.location : null])).toEqual([
      ['place:iraq', undefined],
      ['place:erbil-governorate', { latitude: 36.19, longitude: 44.01 }],
    ]);
    expect(r.placeId).toBe('place:erbil-governorate');
  });

  it('a place an article named, alone of its name, gets the row coordinates and parent', () => {
    const index = placeIndex();
    index.add({ id: 'place:albu-shaaban', name: 'Albu Shaaban', aliases: [], placeType: 'VILLAGE', latitude: null, longitude: null, parent: null });
    const r = resolvePlace(spec({ admin1: 'Baghdad', admin2: 'Tarmiya', location: 'Albu Shaaban', latitude: 33.69, longitude: 44.36 }), index, 'x');
    expect(r.placeId).toBe('place:albu-shaaban');
    expect(r.completed).toEqual([{ kind: 'Place', id: 'place:albu-shaaban', name: 'Albu Shaaban', aliases: [], sources: [], location: { latitude: 33.69, longitude: 44.36 }, locatedIn: 'place:tarmiyah-district' }]);
  });
});

describe("the importer's incident candidates", () => {
  it("read the same window as the writer's (they must stay in step)", async () => {
    const { findIncidentCandidates } = await import('../../src/db/queries/write.js');
    const { datasetIncidentCandidates, incidentOpenings } = await import('../../src/db/queries/exchange.js');
    const writer = findIncidentCandidates([{ id: 'event:x', date: '2022-05-09', dateEnd: '2022-05-09', place: null, anchor: null }]).cypher;
    const window = /WHERE (c\.date >= [\s\S]*?AND c\.id <> ev\.id)/.exec(writer)?.[1];
    expect(window).toBeTruthy();
    const input = [{ id: 'event:x', date: '2022-05-09', dateEnd: '2022-05-09', place: null, anchor: null, eventTypes: ['BATTLES'], region: null }];
    expect(datasetIncidentCandidates(input).cypher).toContain(window);
    expect(incidentOpenings(input, 'acled').cypher).toContain(window);
  });

  it("the cheap check's in-memory window keeps the writer's bounds, types and the row's own event out", async () => {
    const { windowPairs } = await import('../../src/db/exchange.js');
    const { otherSourcesEvents } = await import('../../src/db/queries/exchange.js');
    const ev = { id: 'event:acled-irq1', date: '2022-05-09', dateEnd: '2022-05-09', place: null, anchor: null, eventTypes: ['BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE'], region: 'place:kirkuk' };
    const other = (id: string, date: string, dateEnd = date, eventType: string | null = 'BATTLES') => ({ id, eventType, date, dateEnd });
    const others = [
      other('event:a', '2022-05-07'), // 2 days before: in
      other('event:b', '2022-05-06'), // 3 days before: out
      other('event:k', '2022-04-30', '2022-05-08'), // a period from 9 days before: out
      other('event:c', '2022-05-11'), // 2 days after: in
      other('event:d', '2022-05-12'), // 3 days after: out
      other('event:e', '2022-05-01', '2022-05-06'), // a week ending 3 days before: out
      other('event:f', '2022-05-01', '2022-05-07'), // a week ending 2 days before: in
      other('event:g', '2022-05-09', '2022-05-09', 'PROTESTS'), // another type: out
      other('event:acled-irq1', '2022-05-09'), // itself: out
      other('event:h', '2022-05-10', '2022-05-10', 'EXPLOSIONS_REMOTE_VIOLENCE'),
    ];
    expect(windowPairs([ev], others).map((p) => p.candidate).sort()).toEqual(['event:a', 'event:c', 'event:f', 'event:h']);
    expect(windowPairs([ev], others).every((p) => p.id === ev.id && p.region === 'place:kirkuk')).toBe(true);
    // A WEEK event's window runs to two days after its last day.
    expect(windowPairs([{ ...ev, dateEnd: '2022-05-15' }], [other('event:i', '2022-05-17'), other('event:j', '2022-05-18')]).map((p) => p.candidate)).toEqual(['event:i']);
    // The read skips the dataset's own events by id range: every id with the prefix sorts between the bounds.
    const { params } = otherSourcesEvents('2022-01-01', '2022-12-31', 'acled', 10);
    for (const id of ['event:acled-irq1', 'event:acled-', 'event:acled-zzz']) expect(id >= (params.prefix as string) && id < (params.above as string)).toBe(true);
    for (const id of ['event:acled', 'event:acled.x', 'event:acledx', 'event:a', 'event:ucdp-1']) expect(id >= (params.prefix as string) && id < (params.above as string)).toBe(false);
  });
});
