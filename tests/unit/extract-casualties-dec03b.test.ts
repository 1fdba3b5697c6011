/**
 * Casualty figures, round of 3 December (b): failures of the development sets reproduced in new wording against the
 * shipped reference. A toll followed by ", N of them soldiers" is split by that share, as ", including N soldiers" is;
 * a share of the dead told as "N of the martyrs were ..." counts as one of "N of the dead", and the share after it with
 * its toll word left out ("and three were Peshmerga") is a share of the same toll.
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { tolls } = shippedReference();

describe('a share told after a toll as ", N of them ..."', () => {
  it('splits "killing 22 people, 14 of them American soldiers" into the soldiers and the rest', () => {
    const found = tolls('A suicide bomber struck a dining hall at a military base near Mosul on Tuesday, killing 22 people, 14 of them American soldiers, as they sat down to eat.');
    expect(found).toEqual([['CIVILIANS killed 8', 'SECURITY_FORCES/force:us-armed-forces killed 14']]);
  });

  it('splits a passive toll whose list goes on after the share ("three of them policemen and four shoppers")', () => {
    const found = tolls('A roadside bomb went off in a market in Tikrit on Friday. Seven people were wounded, three of them policemen and four shoppers, a doctor said.');
    expect(found[0]).toEqual(['CIVILIANS injured 4', 'SECURITY_FORCES/force:iraqi-police injured 3']);
  });

  it('keeps a toll whole when the share named is of civilians ("two of them children")', () => {
    const found = tolls('Mortar rounds hit a village near Tuz Khurmatu on Monday, wounding six people, two of them children.');
    expect(found[0]).toEqual(['CIVILIANS injured 6']);
  });
});

describe('shares of the dead told as martyrs, and the next share with its toll word left out', () => {
  it('reads "Six of the martyrs are policemen and three are civilians" as shares of the toll', () => {
    const found = tolls('A car bomb exploded outside a police station in Kirkuk on Monday, killing nine people. "Six of the martyrs are policemen and three are civilians who were passing by," an officer said.');
    expect(found[0]).toEqual(['CIVILIANS killed 3', 'SECURITY_FORCES/force:iraqi-police killed 6']);
  });

  it('reads "and four were Peshmerga" after "Seven of the dead were PMF fighters"', () => {
    const found = tolls('Eleven people were killed in clashes in Tuz Khurmatu on Sunday. Seven of the dead were PMF fighters and four were Peshmerga, officials said.');
    expect(found[0]).toContain('SECURITY_FORCES/force:peshmerga killed 4');
  });
});

describe('counts in brackets, as security statements give them', () => {
  it('reads "(2) members of the Federal Police" as the force\'s men, not as militants', () => {
    const found = tolls('An explosive device went off near a patrol in Tarmiyah on Tuesday, which led to the wounding of (2) members of the Federal Police.');
    expect(found[0]).toEqual(['SECURITY_FORCES/force:federal-police injured 2']);
  });

  it('reads the civilian told after "and" in "(1) member of the Federal Police and (1) citizen"', () => {
    const found = tolls('Gunmen opened fire on a checkpoint in Tarmiyah on Tuesday, which led to the martyrdom of (1) member of the Federal Police and (1) citizen.');
    expect(found[0]).toContain('CIVILIANS killed 1');
  });
});

describe('who a victim was', () => {
  it('counts a member of a city council among civilians', () => {
    const found = tolls('Unknown gunmen shot dead a member of the Tikrit city council outside his home on Sunday night, police said.');
    expect(found[0]).toEqual(['CIVILIANS killed 1']);
  });

  it('reads a relative wounded with a relative clause between him and the verb ("His son, who was standing beside him, was wounded")', () => {
    const found = tolls('Gunmen killed a shopkeeper in Baquba on Monday. His son, who was standing beside him, was wounded in the arm.');
    expect(found[0]).toEqual(['CIVILIANS killed 1 injured 1']);
  });
});

describe('subjects listed before a passive verb', () => {
  it('reads every subject of "four policemen, three of the guards and a shopkeeper were wounded"', async () => {
    const { findFigures } = await import('../../src/extract/casualties.js');
    const found = findFigures('Four policemen, three of the guards and a shopkeeper were wounded, a medical source said.');
    expect(found.map((f) => `${f.measure} ${f.count} ${f.group}`)).toEqual(['injured 4 SECURITY_FORCES', 'injured 3 SECURITY_FORCES', 'injured 1 CIVILIANS']);
  });

  it('reads the shopkeeper after "Two of the guards and" (the guards are no name that swallows "and")', () => {
    const found = tolls('Gunfire broke out between the police and the guards of a party office in Kirkuk on Friday. Two of the guards and a shopkeeper were wounded, a medical source said.');
    expect(found[0]).toContain('CIVILIANS injured 1');
  });
});

describe('a list after a colon', () => {
  it('gives the list to the figure told right before the colon, not to an earlier one', async () => {
    const { findFigures } = await import('../../src/extract/casualties.js');
    const found = findFigures('The source said two soldiers and a farmer were killed, and that three others were being treated in hospital: two soldiers and a driver.');
    expect(found.filter((f) => f.measure === 'killed').map((f) => f.count)).toEqual([2, 1]);
  });
});

describe('words that look like counts', () => {
  it('counts no one in "wished a speedy recovery to the members of his guard who were wounded"', async () => {
    const { findFigures } = await import('../../src/extract/casualties.js');
    expect(findFigures('The ministry said it wished a speedy recovery to the members of his guard who were wounded.')).toEqual([]);
  });
});

describe('the men of a military unit', () => {
  it('reads "one of the brigade\'s members" as security forces, not militants', async () => {
    const { findFigures } = await import('../../src/extract/casualties.js');
    const found = findFigures('Gunmen fired on a checkpoint of the army\'s 9th Brigade near Baiji, wounding one of the brigade\'s members.');
    expect(found.map((f) => `${f.measure} ${f.count} ${f.group}`)).toEqual(['injured 1 SECURITY_FORCES']);
  });
});

describe('a wounded man who later died', () => {
  it('does not count "one of the soldiers wounded in the attack" as wounded when the sentence goes on to his death', async () => {
    const { findFigures } = await import('../../src/extract/casualties.js');
    const found = findFigures('One of the soldiers wounded in the ambush near Zakho died in a Duhok hospital on Monday.');
    expect(found.filter((f) => f.measure === 'injured')).toEqual([]);
  });
});
