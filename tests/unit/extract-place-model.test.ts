import { describe, expect, it } from 'vitest';
import { overridingPlace, PLACE_FEATURES, placeProbability, type PlaceFeature } from '../../src/extract/place-model.js';
import { PLACE_MODEL } from '../../src/extract/place-weights.js';
import { extract, ref } from './extract-fixtures.js';

const features = (on: Partial<Record<PlaceFeature, number>>): Record<PlaceFeature, number> =>
  Object.fromEntries(PLACE_FEATURES.map((k) => [k, on[k] ?? 0])) as Record<PlaceFeature, number>;

const places = (text: string) => extract(text).events.map((e) => (e.place ? ref(e.place) : null));

describe('learned place choice (src/extract/place-model.ts)', () => {
  // "Kirkuk: ... at a post near the Riyadh subdistrict, west of Kirkuk": the rules' city, measured
  // from, against the sub-district a locative names.
  const city = features({ rule: 1, framePlace: 1, firstFramePlace: 1, measured: 1, sameClause: 1, afterTrigger: 1, distance: 0.6, frameSentence: 1, firstSentence: 1, firstInSentence: 1, articleCount: 0.46, gTown: 1, located: 1 });
  const subdistrict = features({ locative: 1, near: 1, afterTrigger: 1, distance: 0.77, frameSentence: 1, firstSentence: 1, articleCount: 0.29, gDistrict: 1, located: 1 });

  it('scores a sub-district a locative names above a city the event is only measured from', () => {
    expect(placeProbability(subdistrict)).toBeGreaterThan(placeProbability(city) + PLACE_MODEL.margin);
    const scored = [
      { id: 'city', rule: true, p: placeProbability(city) },
      { id: 'subdistrict', rule: false, p: placeProbability(subdistrict) },
    ];
    expect(overridingPlace(scored, PLACE_MODEL.margin)?.id).toBe('subdistrict');
  });

  it("keeps the rules' place when it is the model's most likely too", () => {
    const village = features({ rule: 1, framePlace: 1, firstFramePlace: 1, locative: 1, sameClause: 1, frameSentence: 1, firstSentence: 1, gSite: 1, located: 1 });
    const province = features({ locative: 1, frameSentence: 1, firstSentence: 1, gProvince: 1, located: 1, containsOther: 1 });
    const scored = [
      { id: 'village', rule: true, p: placeProbability(village) },
      { id: 'province', rule: false, p: placeProbability(province) },
    ];
    expect(overridingPlace(scored, PLACE_MODEL.margin)).toBeNull();
  });

  it('never places an incident the rules left without a place', () => {
    expect(overridingPlace([{ rule: false, p: 0.9 }, { rule: false, p: 0.2 }], 0)).toBeNull();
  });

  it("places a round-up item at the sub-district it names, not the heading's city it is measured from", () => {
    expect(places("Kirkuk: A Federal Police member was killed by a sniper's bullet on Monday evening while standing guard at a post near the Rashad subdistrict, west of Kirkuk, according to a police officer.")).toEqual([
      'place:rashad-subdistrict',
    ]);
  });

  it("leaves the rules' place where nothing competes with it", () => {
    expect(places('A roadside bomb wounded two soldiers in Daquq district on Sunday.')).toEqual(['place:daquq-district']);
  });
});
