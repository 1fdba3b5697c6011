/**
 * Finding and typing events, third round of 3 December: trigger classes widened by mechanism, not by wording, each
 * tested in new wording against the shipped reference (none of these sentences is a corpus sentence).
 * - A device made safe told in the passive after it was found ("and it was later defused", "which was safely disarmed")
 *   is a disrupted attack, not an explosion.
 * - A charge told as a noun ("on charges of planting explosive devices", "over allegations of ... and of planting")
 *   reports no attack; nor does a deed demanded of others ("demanding that the gunmen be detained").
 * Each positive test fails with its rule switched off; the tests named "keeps ..." guard what the rule must not take.
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { events: all } = shippedReference();
const types = (text: string) => all(text, '2024-03-13').map((e) => e.type);

describe('a device made safe, told in the passive', () => {
  it('reads a bomb found and then defused as a disrupted attack, not a blast', () => {
    expect(types('Police found a roadside bomb near the vegetable market in Kirkuk on Sunday, and it was later defused by the bomb squad.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });

  it('reads charges spotted and then dismantled as a disrupted attack', () => {
    expect(types('Two explosive charges were spotted beside the highway near Baiji on Monday and they were dismantled by army engineers.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });

  it('reads a landmine that was disarmed, told in a relative clause, as a disrupted attack', () => {
    expect(types('Engineers came upon a landmine buried on the road to the village of Zuhairat on Wednesday, which was safely disarmed.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });

  it('keeps the bomb that went off an explosion when a second one was defused', () => {
    expect(types('A roadside bomb went off near an army patrol in Tarmiyah on Monday, wounding two soldiers, and a second one was found nearby and it was dismantled.')).toContain('REMOTE_EXPLOSIVE_LANDMINE_IED');
  });
});

describe('charges and demands report no deed', () => {
  it('reads no bombing in a charge told as a noun', () => {
    expect(types('Police in Hilla detained four men on Sunday on charges of planting explosive devices near a school.')).toEqual(['ARRESTS']);
  });

  it('reads no bombing in the second charge of a list, told far from its verb', () => {
    expect(types('Three men were arrested in Kirkuk on Monday over allegations of smuggling weapons for the militants and of planting roadside bombs on the Hawija road.')).toEqual(['ARRESTS']);
  });

  it('reads no arrest in an arrest demanded', () => {
    expect(types('Relatives of the victim blocked a road in Nasiriyah on Sunday, demanding that the gunmen be detained.')).toEqual(['PEACEFUL_PROTEST']);
    expect(types('Tribal elders in Kut on Monday insisted that those responsible be apprehended within a week.')).toEqual([]);
  });

  it('keeps the killing told after an arrest demanded', () => {
    expect(types('Residents demanded that the killers be arrested after gunmen shot dead a shopkeeper in Amara on Monday.')).toEqual(['ATTACK']);
  });
});
