/**
 * Casualty figures, round 5 (2026-12-02): how reports state a toll, in sentences written for these tests. Each
 * mechanism with several phrasings, and a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/casualties.js';
import { extract } from './extract-fixtures.js';

const brief = (s: string) => findFigures(s).map((f) => [f.measure, f.count, f.group, f.partial ? 'part' : f.anaphoric ? 'them' : ''].join(' '));
const tolls = (text: string) => extract(text).events.map((e) => (e.casualties ?? []).map((c) => JSON.stringify(c)).join(' '));

describe('a quantity that counts no one', () => {
  it('reads no figure in "a number of", "a few", "a handful of"', () => {
    expect(brief('The shelling caused the death of a number of villagers, officials said.')).toEqual([]);
    expect(brief('A number of its fighters were wounded, the group said.')).toEqual([]);
    expect(brief('The strike killed a handful of guards at the gate.')).toEqual([]);
    expect(brief('A few protesters were arrested near the bridge.')).toEqual([]);
  });

  it('keeps a figure told with the article for one ("a soldier was killed") and "a dozen"', () => {
    expect(brief('A soldier was killed at the checkpoint.')).toEqual(['killed 1 SECURITY_FORCES ']);
    expect(brief('Gunmen killed a dozen shepherds.')).toEqual(['killed 12 CIVILIANS ']);
  });

  it('still says the victims were civilians when it gives no count', () => {
    const [toll] = tolls('On Monday a car bomb went off in a market in Kirkuk, which led to the death and injury of a number of citizens. The death toll later rose to nine, health officials said.');
    expect(toll).toContain('"group":"CIVILIANS"');
  });
});

describe('the wounded and the dead as nouns', () => {
  it('reads no figure in wishes and mourning ("wished the wounded a speedy recovery")', () => {
    expect(brief('The governor wished the wounded a speedy recovery.')).toEqual([]);
    expect(brief('We pray for the families and wish the injured a quick return to health.')).toEqual([]);
  });

  it('keeps the verb that takes an object ("wounded a policeman")', () => {
    expect(brief('The blast wounded a policeman.')).toEqual(['injured 1 SECURITY_FORCES ']);
  });
});

describe('deaths told in the words of a communiqué', () => {
  it('reads "rose to the rank of martyrdom", "gave their lives", "fell as martyrs" as killed', () => {
    expect(brief('Three of our fighters rose to the rank of martyrdom in the clash.')).toEqual(['killed 3 SECURITY_FORCES ']);
    expect(brief('Two policemen gave their lives defending the post and four others were wounded.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 4 SECURITY_FORCES ']);
    expect(brief('Four soldiers fell as martyrs when the mine exploded.')).toEqual(['killed 4 SECURITY_FORCES ']);
  });

  it('reads "had died" as a toll, and not "had killed"', () => {
    expect(brief('Hospital staff said three children had died overnight.')).toEqual(['killed 3 CIVILIANS ']);
    expect(brief('Police said the three gunmen had killed a guard.')).toEqual(['killed 1 SECURITY_FORCES ']);
  });

  it('reads a unit told by its number ("a fighter of the 40th Brigade of the PMF was killed")', () => {
    expect(brief('A fighter of the 40th Brigade of the Popular Mobilization Forces was killed on Sunday.')).toEqual(['killed 1 SECURITY_FORCES ']);
  });
});

describe('whose men "members" are', () => {
  it('reads members of a service named by a common noun as security forces, in every pattern', () => {
    expect(brief('Nine members of the security forces were wounded by stones.')).toEqual(['injured 9 SECURITY_FORCES ']);
    expect(brief('The bomb wounded six members of the Kurdish security forces.')).toEqual(['injured 6 SECURITY_FORCES ']);
    expect(brief('Sixty people were hurt, including 20 members of the police.')).toEqual(['injured 60 CIVILIANS ', 'injured 20 SECURITY_FORCES part']);
    expect(brief('Eleven of the wounded were members of the army.')).toEqual(['injured 11 SECURITY_FORCES part']);
  });

  it('reads staff members and members of one family as civilians, also after a verb', () => {
    expect(brief('Three more staff members were hurt.')).toEqual(['injured 3 CIVILIANS ']);
    expect(brief('The air strike killed four members of one family.')).toEqual(['killed 4 CIVILIANS ']);
  });

  it('keeps bare members armed men ("arrested five members")', () => {
    expect(brief('The unit arrested five members in a raid.')).toEqual(['arrested 5 MILITANTS ']);
  });
});

describe('a toll told again person by person', () => {
  it('splits two dead into the member of a group and the civilian', () => {
    expect(brief('Two men were killed, a member of the PKK and the taxi driver who drove him.')).toEqual(['killed 1 MILITANTS ', 'killed 1 CIVILIANS ']);
    expect(brief('Two men had died, one of them a member of the PKK and the other a shepherd.')).toEqual(['killed 1 MILITANTS ', 'killed 1 CIVILIANS ']);
  });

  it('reads the last of a share told without its verb ("and the fifth a civilian")', () => {
    expect(brief('Officials said four of the dead were soldiers and the fifth a farmer.')).toEqual(['killed 4 SECURITY_FORCES part', 'killed 1 CIVILIANS part']);
    expect(brief('Three of the wounded were policemen, the fourth a farmer.')).toEqual(['injured 3 SECURITY_FORCES part', 'injured 1 CIVILIANS part']);
  });

  it('takes "the two men killed were" for the toll told before, not a new one', () => {
    expect(brief('The two men killed were brothers from the village.')).toEqual(['killed 2 CIVILIANS part']);
    expect(brief('The three soldiers wounded were taken to Erbil.')).toEqual(['injured 3 SECURITY_FORCES part']);
  });

  it('gives "his comrades" to the side told in a sentence before', () => {
    expect(brief('Four of his comrades were wounded.')).toEqual(['injured 4 UNSPECIFIED them']);
  });
});

describe('sums that are the toll of no one incident', () => {
  it('reads no figure in a round-up of several incidents', () => {
    expect(brief('Three people were killed and five wounded in four security incidents in Kirkuk and Diyala.')).toEqual([]);
    expect(brief('The province saw at least seven incidents this week, in which two people were killed.')).toEqual([]);
  });

  it('reads no figure in a toll over the time after the incident, nationwide', () => {
    expect(brief('More than 500 people were killed nationwide in the months that followed.')).toEqual([]);
    expect(brief('Hundreds of protesters have been killed across the country since then, and 1,200 were wounded.')).toEqual([]);
  });

  it('leaves two separate incidents told in one sentence to the events (each may give its own toll)', () => {
    expect(brief('Gunmen shot dead a farmer near Kirkuk and a shepherd near Hawija on Monday in two separate incidents.')).toEqual(['killed 1 CIVILIANS ']);
  });

  it('keeps the toll of one incident', () => {
    expect(brief('Three people were killed and five wounded in the attack on the market.')).toEqual(['killed 3 CIVILIANS ', 'injured 5 CIVILIANS ']);
  });
});

describe('a first count that a later one replaces', () => {
  it('marks the count of the first reports as a part of nothing', () => {
    expect(brief('Local television first reported that three people had been killed.')).toEqual(['killed 3 CIVILIANS part']);
    expect(brief('Residents in the first hours spoke of four people wounded.').every((f) => f.endsWith('part'))).toBe(true);
    expect(brief('Police initially said two soldiers were killed.')).toEqual(['killed 2 SECURITY_FORCES part']);
  });

  it('keeps a count that only mentions the first reports', () => {
    expect(brief('A boy who was missing from the first reports was also hurt, so five people were wounded in all.')).toEqual(['injured 1 CIVILIANS ', 'injured 5 CIVILIANS ']);
  });

  it('lets the later count of one man, described as a member of a group, replace it', () => {
    const [toll] = tolls(
      'On Monday a drone struck a car near Zakho. Witnesses first said that two people had been killed. In the evening the security directorate said one man, whom it described as a member of the PKK, had been killed.',
    );
    expect(toll).toContain('"killed":1');
    expect(toll).not.toContain('"killed":2');
  });
});

describe('the dead left behind', () => {
  it('reads the bodies attackers left behind as their dead', () => {
    expect(brief('The attackers withdrew, leaving the bodies of five terrorists in the orchard.')).toEqual(['killed 5 MILITANTS ']);
    expect(brief('The militants fled and left the bodies of three gunmen behind.')).toEqual(['killed 3 MILITANTS ']);
  });
});
