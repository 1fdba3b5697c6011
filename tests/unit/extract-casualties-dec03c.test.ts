/**
 * Casualty figures, round of 3 December (c): mechanisms seen in the development sets' misses, each tested here in new
 * wording against the shipped reference.
 * - Victims described after their toll as an armed side's men: the description may say where they were ("the two men
 *   inside", "both men aboard"), quote the side ('described the dead as "members of the PKK"'), say whom they belonged
 *   to ("both victims belonged to the PKK") or name the side before a noun for its men ("the two dead were YBS
 *   fighters"); a share of the dead ("five of the dead were PMF fighters") is no description of the whole toll.
 * - A first count that a later one corrects, told with words between the report and its verb ("Early reports from the
 *   area, carried by local channels, spoke of four people killed") or by a verb of revising ("initially put the number
 *   of dead at four"): the later count wins.
 * - A place told between the victims and the passive verb ("two soldiers at the checkpoint were wounded", "three men
 *   in the car were killed").
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { tolls } = shippedReference();

describe('victims described after their toll as an armed side\'s men', () => {
  it('reads "the two men inside were members of the PKK" (where they were, with no object)', () => {
    const found = tolls('Two people were killed on Monday when a drone hit a car near the village of Sargale in Sidakan subdistrict. The Counter-Terrorism Directorate said the two men inside were members of the Kurdistan Workers\' Party (PKK).');
    expect(found[0]).toEqual(['MILITANTS/org:pkk killed 2']);
  });

  it('reads "both men aboard were fighters of the PKK"', () => {
    const found = tolls('A drone struck a pickup near Sidakan on Monday, killing two people. Security officials said both men aboard were fighters of the PKK.');
    expect(found[0]).toEqual(['MILITANTS/org:pkk killed 2']);
  });

  it('reads a side told in quotes: described the dead as "members of the PKK"', () => {
    const found = tolls('Two people died when a drone hit their car on the road to Penjwen on Friday. The Asayish described the dead as "members of the PKK" but gave no names.');
    expect(found[0]).toEqual(['MILITANTS/org:pkk killed 2']);
  });

  it('reads "both victims belonged to the PKK"', () => {
    const found = tolls('Two people were killed on Monday when a drone hit a car near Sidakan. A local official said both victims belonged to the PKK.');
    expect(found[0]).toEqual(['MILITANTS/org:pkk killed 2']);
  });

  it('reads the side named before a noun for its men: "both men were PKK cadres"', () => {
    const found = tolls('Two people died when a drone hit their car near Qandil on Thursday. The directorate said both men were PKK cadres.');
    expect(found[0]).toEqual(['MILITANTS/org:pkk killed 2']);
  });

  it('still reads "the two dead were YBS fighters" (read before this round by another rule)', () => {
    const found = tolls('A drone strike killed two people near Sinjar on Tuesday. Officials said the two dead were YBS fighters.');
    expect(found[0]).toEqual(['SECURITY_FORCES/org:ybs killed 2']);
  });

  it('reads "identified them as PKK members" after a toll of passengers', () => {
    const found = tolls('A Turkish drone hit a vehicle on the road to Sinuni on Tuesday, killing its three passengers. The directorate identified them as PKK members.');
    expect(found[0]).toEqual(['MILITANTS/org:pkk killed 3']);
  });

  it('keeps a share of the dead a share: "Five of the dead were PMF fighters" leaves the girl killed a civilian', () => {
    const found = tolls('Nine people were killed in fighting in Tuz Khurmatu on Sunday. Five of the dead were PMF fighters and three were Peshmerga. A girl was killed by a stray bullet.');
    expect(found[0]).toContain('CIVILIANS killed 1');
    expect(found[0]).toContain('SECURITY_FORCES/force:pmf killed 5');
  });
});

describe('a first count that a later one corrects', () => {
  it('reads "Early reports from the area, carried by local channels, spoke of four people killed" as a first count', () => {
    const found = tolls('A drone struck a car near Sidakan on Monday. Early reports from the area, carried by local channels, spoke of four people killed. Later the directorate corrected the toll: three men in the car were killed.');
    expect(found[0]).toEqual(['CIVILIANS killed 3']);
  });

  it('reads "initially put the number of dead at four" as a first count, not a revision', () => {
    const found = tolls('A roadside bomb hit a police patrol in Tarmiyah on Tuesday. Police sources initially put the number of dead at four, but a hospital official said later that three policemen were killed.');
    expect(found[0]).toEqual(['SECURITY_FORCES/force:iraqi-police killed 3']);
  });

  it('reads "Initial figures cited by the health ministry said nine people were wounded" as a first count', () => {
    const found = tolls('A car bomb exploded near a bus station in Kirkuk on Saturday. Initial figures cited by the health ministry said nine people were wounded. By evening the provincial health director said six people had been wounded, none of them seriously.');
    expect(found[0]).toEqual(['CIVILIANS injured 6']);
  });
});

describe('a place told between the victims and the passive verb', () => {
  it('reads "Two soldiers at the checkpoint were wounded"', () => {
    const found = tolls('Militants attacked an army post in Tarmiyah on Sunday. Two soldiers at the checkpoint were wounded, a police source said.');
    expect(found[0]).toEqual(['SECURITY_FORCES/force:iraqi-army injured 2']);
  });

  it('reads "Three children in the house were hurt"', () => {
    const found = tolls('A mortar round fell on a house in Jalawla on Friday. Three children in the house were hurt, a local official said.');
    expect(found[0]).toEqual(['CIVILIANS injured 3']);
  });

  it('reads "two men in the car were killed" after a first count', () => {
    const found = tolls('A drone struck a car near Sidakan on Monday. First accounts on social media gave a toll of five dead. The security directorate later said two men in the car were killed.');
    expect(found[0]).toEqual(['CIVILIANS killed 2']);
  });
});
