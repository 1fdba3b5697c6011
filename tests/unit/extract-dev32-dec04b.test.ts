/**
 * Rules of the round of 2026-12-04 on dev32 (wire datelines, tolls and incidents of 2005), each written in new words
 * against the shipped reference. The positive cases fail with the rule switched off (measured with a temporary switch,
 * removed since).
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

describe('"here" in a report datelined in a city is that city', () => {
  const { events } = shippedReference();

  it('places "exploded outside a party office here on Monday" in the dateline\'s city', () => {
    const found = events('KIRKUK, Iraq (AP) - A car bomb exploded outside a party office here on Monday, killing seven people, police said.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['place:kirkuk']);
  });

  it('places "were killed here late on Sunday" in the dateline\'s city', () => {
    const found = events('DUHOK, Iraq (Reuters) - Three guards were killed here late on Sunday when gunmen opened fire on a checkpoint, a security official said.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['place:duhok']);
  });

  it('places "a roadside bomb struck a minibus here," in the dateline\'s city', () => {
    const found = events('BAQUBA, Iraq (AFP) - A roadside bomb struck a minibus carrying labourers here, wounding nine of them, on Tuesday morning.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['place:baqubah']);
  });

  it('does not read "told reporters here" as the place of the incident', () => {
    const found = events('KIRKUK, Iraq (AP) - A roadside bomb wounded two soldiers on a highway on Monday, an army officer told reporters here.', '2024-03-12');
    expect(found.map((e) => e.place)).toEqual(['-']);
  });
});
