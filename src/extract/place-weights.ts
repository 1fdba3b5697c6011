/**
 * The weights of the learned place choice (src/extract/place-model.ts), fitted by
 * `npx tsx scripts/place-model.ts --weights` on the development sets dev .. dev14 (logistic
 * regression, L2 0.01, labels from the quality scorer's eventPlaceMatch). Regenerate them with that
 * script after changing the features or the rules that place incidents.
 */
import type { PlaceFeature } from './place-model.js';

export interface PlaceModel {
  weights: Record<PlaceFeature, number>;
  bias: number;
  /** How much more probable than the rules' place a candidate must be to replace it. */
  margin: number;
}

export const PLACE_MODEL: PlaceModel = {
  weights: {
    rule: 1.977, framePlace: 0.431, firstFramePlace: 0.541, locative: 0.792, near: 0.238, measured: -0.254,
    sourceSeat: -0.116, possessive: -0.449, sameClause: 0.207, afterTrigger: 0.028, distance: -0.085, frameSentence: -0.402,
    firstSentence: 0.175, firstInSentence: 0.169, quoted: -0.074, articleCount: -0.191, firstInArticle: 0.487, headline: 0.037,
    lead: -0.267, gSite: 0.592, gTown: -0.264, gDistrict: 1.9, gProvince: -1.231, gCountry: -1.025,
    located: -0.069, discovered: 0.551, containsOther: 0.086, insideOther: 0.344,
  },
  bias: -1.864,
  margin: 0,
};
