/**
 * Baghdad, Babil, Wasit, Karbala and Najaf, the round of 2026-12-04 on dev44, each written in new words against the shipped
 * reference. The positive cases fail with the rule switched off (measured with a temporary switch, removed since).
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

describe('the subdistrict town of al-Shomali by its bare name', () => {
  const { events } = shippedReference();

  it('places a bombing "near the town of Shomali" there', () => {
    const found = events('A car bomb exploded at a crowded bus stop near the town of Shomali in Babil province on Monday, killing six people.', '2024-04-09');
    expect(found.map((e) => e.place)).toEqual(['place:shomali-subdistrict']);
  });

  it('places a roadside bomb "on the outskirts of al-Shomali" there', () => {
    const found = events('A roadside bomb hit an army truck on the outskirts of al-Shomali on Sunday, wounding two soldiers.', '2024-04-15');
    expect(found.map((e) => e.place)).toEqual(['place:shomali-subdistrict']);
  });

  it('places a suicide bombing "at the entrance of Shomali" there', () => {
    const found = events('A suicide bomber struck a checkpoint at the entrance of Shomali on Tuesday, killing four policemen.', '2024-04-17');
    expect(found.map((e) => e.place)).toEqual(['place:shomali-subdistrict']);
  });

  it('keeps a bombing in Hilla in Hilla', () => {
    const found = events('A roadside bomb exploded in Hilla on Monday, wounding two people.', '2024-04-09');
    expect(found.map((e) => e.place)).toEqual(['place:hillah']);
  });
});
