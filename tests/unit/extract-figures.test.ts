import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/casualties.js';

const brief = (s: string) => findFigures(s).map((f) => [f.measure, f.count, f.group, f.partial ? 'part' : f.anaphoric ? 'them' : ''].join(' '));

describe('casualty figures (error class 6)', () => {
  it('carries the state word over a list ("leaving three protesters and two policemen injured")', () => {
    expect(brief('Security forces fired tear gas, leaving three protesters and two policemen injured, medics said.')).toEqual([
      'injured 3 CIVILIANS ',
      'injured 2 SECURITY_FORCES ',
    ]);
  });

  it('reads a victim told with an age ("a 12-year-old boy was wounded", "two 20-year-old men were killed")', () => {
    expect(brief('Two men were killed and a 12-year-old boy was wounded when a drone hit their car.')).toEqual(['killed 2 CIVILIANS ', 'injured 1 CIVILIANS ']);
    expect(brief('Two 20-year-old shepherds were killed by a landmine.')).toEqual(['killed 2 CIVILIANS ']);
    // ... but not one wounded before who has now died: the death is the news.
    expect(brief('A 9-year-old boy wounded when artillery fire hit his village died overnight.').some((f) => f.startsWith('injured'))).toBe(false);
  });

  it('reads a second victim told with a noun ("led to the death of a shepherd and the injury of his son")', () => {
    expect(brief('The shelling led to the death of a shepherd and the injury of his son.')).toEqual(['killed 1 CIVILIANS ', 'injured 1 CIVILIANS ']);
    expect(brief('The raid ended with the killing of a farmer and the abduction of his brother.')).toEqual(['killed 1 CIVILIANS ', 'abducted 1 CIVILIANS ']);
  });

  it('reads a toll and a second measure ("13 policemen killed and three wounded")', () => {
    expect(brief('The toll has settled at 13 policemen killed and three wounded.')).toEqual(['killed 13 SECURITY_FORCES ', 'injured 3 SECURITY_FORCES ']);
  });

  it('marks a part of a whole told elsewhere ("among them an officer", "nine of the dead")', () => {
    expect(brief('Five soldiers, among them an officer, were killed.')).toEqual(['killed 5 SECURITY_FORCES ']);
    expect(brief('Among the dead were two policemen.')).toEqual(['killed 2 SECURITY_FORCES part']);
    expect(brief('Gunmen killed at least 12 people, including three women.')).toEqual(['killed 12 CIVILIANS ']);
  });

  it('leaves the group of "five of them" to the text before', () => {
    expect(brief('Five of them were killed later.')).toEqual(['killed 5 UNSPECIFIED them']);
  });

  it('counts ranks as security forces ("a lieutenant colonel")', () => {
    expect(brief('A roadside bomb killed a lieutenant colonel and two soldiers.')).toEqual(['killed 1 SECURITY_FORCES ', 'killed 2 SECURITY_FORCES ']);
  });

  it('counts those under treatment as injured', () => {
    expect(brief('Three people were killed and eleven others remain under treatment in hospital.')).toEqual(['killed 3 CIVILIANS ', 'injured 11 CIVILIANS ']);
  });

  it('reads one number once ("left two soldiers dead and four wounded")', () => {
    expect(brief('The attack left two soldiers dead and four wounded.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 4 SECURITY_FORCES ']);
  });
});

describe('a time span is no figure', () => {
  it('reads no militants killed in "two days after militants killed four soldiers" or "A day after gunmen killed"', () => {
    expect(brief('Troops launched a search two days after militants killed four soldiers at a post.')).toEqual(['killed 4 SECURITY_FORCES ']);
    expect(brief('A day after gunmen killed two soldiers, police arrested three suspects.')).toEqual(['killed 2 SECURITY_FORCES ', 'arrested 3 MILITANTS ']);
  });
});

describe('a total broken down after a colon', () => {
  it('gives each part of the list its own figure, with the total\'s measure', () => {
    expect(brief('Ten people were killed in the attack: five members of the IRGC, among them a general, and five soldiers.')).toEqual([
      'killed 10 CIVILIANS ',
      'killed 5 MILITANTS ',
      'killed 5 SECURITY_FORCES ',
    ]);
  });
});

describe('figures of members of a named body', () => {
  it('reads "Two members of the Federal Police were wounded"', () => {
    expect(brief('Two members of the Federal Police were wounded on Monday night when a bomb went off.')).toEqual(['injured 2 SECURITY_FORCES ']);
  });
});

describe('figures told as nouns, in communiqué style', () => {
  it('reads "the killing of (14) terrorists", "the martyrdom of four citizens and the injury of four others", "the arrest of three"', () => {
    expect(brief('The operation resulted in the killing of (14) terrorists, among them prominent leaders.')).toEqual(['killed 14 MILITANTS ']);
    expect(brief('It exploded, which led to the martyrdom of four citizens and the injury of four others.')).toEqual(['killed 4 CIVILIANS ', 'injured 4 CIVILIANS ']);
    expect(brief('The service announced the arrest of three ISIS members.')).toEqual(['arrested 3 MILITANTS ']);
  });
});

describe('figures with a verb left out or told as a changing number', () => {
  it('reads "a farmer was killed and his son wounded" as one killed and one injured of the same group', () => {
    expect(brief('In Kirkuk, a farmer was killed and his son wounded on Thursday when a device went off.')).toEqual(['killed 1 CIVILIANS ', 'injured 1 CIVILIANS ']);
    expect(brief('A soldier was killed and his body was taken to Tikrit.')).toEqual(['killed 1 SECURITY_FORCES ']);
  });

  it('reads "the number of ISIS members killed in ... has risen to seven" as a toll of that group', () => {
    expect(brief("The number of ISIS members killed in Saturday's air strikes has risen to seven, a source said.")).toEqual(['killed 7 MILITANTS ']);
  });

  it('reads a figure told in a relative clause ("two of its fighters ..., who rose as martyrs") and the members of an arrested cell', () => {
    expect(brief('The Authority mourns two of its heroic fighters of the 52nd Brigade, who rose as martyrs yesterday.')).toEqual(['killed 2 SECURITY_FORCES ']);
    expect(brief('Its forces arrested, on Saturday, a terrorist cell of (3) members belonging to ISIS in Erbil.')).toEqual(['arrested 3 MILITANTS ']);
  });

  it('reads "left one man dead and three wounded"', () => {
    expect(brief('The fight left one man dead and three wounded.')).toEqual(['killed 1 UNSPECIFIED ', 'injured 3 UNSPECIFIED ']);
  });

  it('reads one person named by a possessive ("wounding its driver, a shepherd")', () => {
    expect(brief('A drone struck a pickup truck, wounding its driver, a shepherd from the area.')).toEqual(['injured 1 CIVILIANS ']);
  });

  it('reads a defence ministry\'s "comrades-in-arms" as security forces', () => {
    expect(brief('3 of our heroic comrades-in-arms were martyred and 4 of our heroic comrades-in-arms were wounded.')).toEqual(['killed 3 SECURITY_FORCES ', 'injured 4 SECURITY_FORCES ']);
  });
});

describe('figures named by membership', () => {
  it('reads "a member of the Federal Police was killed" and a name with its acronym in brackets', () => {
    expect(brief('A member of the Federal Police was killed and two others were wounded late on Tuesday.')).toEqual(['killed 1 SECURITY_FORCES ', 'injured 2 SECURITY_FORCES ']);
    expect(brief('Three members of the Sinjar Resistance Units (YBS) were killed on Tuesday morning.')).toEqual(['killed 3 MILITANTS ']);
  });

  it('reads "the death of two of its fighters" as killed', () => {
    expect(brief('The group announced on Tuesday the death of two of its fighters in a drone strike.')).toEqual(['killed 2 SECURITY_FORCES ']);
    expect(brief('The court sentenced him to death.')).toEqual([]);
  });
});

describe('figures of several groups in one clause', () => {
  it('reads a first subject of the same verb ("One Iraqi soldier and two fighters of a local armed group were killed")', () => {
    expect(brief('One Iraqi soldier and two fighters of a local Yazidi armed group were killed and five other people were wounded in clashes.')).toEqual([
      'killed 1 SECURITY_FORCES ',
      'killed 2 MILITANTS ',
      'injured 5 CIVILIANS ',
    ]);
  });

  it('reads "and a fourth died" as one more of the group counted before', () => {
    expect(brief('Three Peshmerga were killed when militants attacked a position, and a fourth died when a bomb hit the reinforcements.')).toEqual(['killed 3 SECURITY_FORCES ', 'killed 1 SECURITY_FORCES ']);
    expect(brief('The third round of talks died down.')).toEqual([]);
  });

  it('counts a part of another group apart ("two other people, one of them a soldier, were wounded")', () => {
    expect(brief('A woman was killed and two other people, one of them a soldier, were wounded in an ISIS attack.')).toEqual([
      'killed 1 CIVILIANS ',
      'injured 1 CIVILIANS ',
      'injured 1 SECURITY_FORCES ',
    ]);
    // "two others" are of the group counted before them; "four other soldiers" of their own.
    expect(brief('Two soldiers were killed and two others wounded.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 2 SECURITY_FORCES ']);
  });

  it('reads compound number words and "died"; deaths that raise a toll are a part of it', () => {
    expect(brief("Twenty-six people were wounded in Wednesday's attack.")).toEqual(['injured 26 CIVILIANS ']);
    expect(brief('Three people died in the blast.')).toEqual(['killed 3 CIVILIANS ']);
    expect(brief('The toll rose to 12 on Monday after three wounded policemen died in hospital.')).toEqual(['killed 12 UNSPECIFIED ', 'killed 3 SECURITY_FORCES part']);
    expect(brief("Three people who had been critically wounded in Wednesday's strike on the camp died overnight.")).toEqual(['killed 3 CIVILIANS part']);
  });
});


describe('figures in the wording of other writers', () => {
  it('reads "claiming the lives of", "lost their lives" and "sustained injuries"', () => {
    expect(brief('The bomb went off, claiming the lives of two soldiers and injuring three others.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 3 SECURITY_FORCES ']);
    expect(brief('Two Peshmerga fighters lost their lives.')).toEqual(['killed 2 SECURITY_FORCES ']);
    expect(brief('Three others sustained injuries.')).toEqual(brief('Three others were wounded.'));
    expect(brief('Three others sustained injuries.')).toHaveLength(1);
  });

  it('carries a second measure over a comma and after "died" or "martyred"', () => {
    expect(brief('Two soldiers, including an officer, were killed, and three were wounded.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 3 SECURITY_FORCES ']);
    expect(brief('Two policemen died and three were injured, a security official said.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 3 SECURITY_FORCES ']);
  });

  it('reads a figure that opens a quotation', () => {
    expect(brief('"Two of our fighters were martyred and three were wounded," a Peshmerga commander said.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 3 SECURITY_FORCES ']);
  });
});

describe('members of a force', () => {
  it('counts "Federal Police members" and "army members" as security forces, bare "members" still as militants', () => {
    expect(brief('Two Federal Police members were wounded on Thursday.')).toEqual(['injured 2 SECURITY_FORCES ']);
    expect(brief('Three army members were killed.')).toEqual(['killed 3 SECURITY_FORCES ']);
    expect(brief('Police arrested four members.')).toEqual(['arrested 4 MILITANTS ']);
  });
});

describe('kin as victims', () => {
  it('counts brothers, sons and "their father" as civilians', () => {
    expect(brief('Gunmen killed two brothers and wounded their father at their home.')).toEqual(['killed 2 CIVILIANS ', 'injured 1 CIVILIANS ']);
  });
});

describe('shares of a toll told after it', () => {
  it('reads "two of the dead were gunmen, while the third was a boy" and "seven soldiers and two farmers were among the wounded" as shares', () => {
    const shares = (s: string) => findFigures(s).filter((f) => f.breakdown).map((f) => `${f.measure} ${f.count} ${f.group}`);
    expect(shares('Two of the dead were gunmen from the feuding tribes, while the third was a 12-year-old boy.')).toEqual(['killed 2 MILITANTS', 'killed 1 CIVILIANS']);
    expect(shares('The other three dead were soldiers, and seven soldiers and two farmers were among the wounded.')).toEqual(['killed 3 SECURITY_FORCES', 'injured 7 SECURITY_FORCES', 'injured 2 CIVILIANS']);
  });
});

describe('the wounded told by where they were taken', () => {
  it('reads "Three others were taken to hospital" as three injured', () => {
    expect(findFigures('Three others were taken to hospital with shrapnel wounds.').map((f) => `${f.measure} ${f.count}`)).toEqual(['injured 3']);
    expect(findFigures('The bodies were taken to a hospital in Kirkuk.')).toEqual([]);
  });
});

describe('two of one side joined by "and"', () => {
  it('adds "a Peshmerga officer and a fighter" up, and gives "and wounding three" no subject before it', () => {
    expect(brief('A bomb exploded, killing a Peshmerga officer and a fighter and wounding three others.')).toEqual(['killed 2 SECURITY_FORCES ', 'injured 3 SECURITY_FORCES ']);
    expect(brief('Gunmen killed a farmer and a soldier.')).toEqual(['killed 1 CIVILIANS ', 'killed 1 SECURITY_FORCES ']);
  });
});

describe('civilian trades and a relative clause before "were among the wounded"', () => {
  it('counts firefighters, farmhands and labourers as civilians', () => {
    expect(brief('Four farmhands from the village were wounded.')).toEqual(['injured 4 CIVILIANS ']);
    expect(brief('The blast killed two firefighters and three labourers.')).toEqual(['killed 2 CIVILIANS ', 'killed 3 CIVILIANS ']);
  });

  it('reads "seven soldiers and four farmers who had run over to help were among the wounded" as shares', () => {
    const shares = (s: string) => findFigures(s).filter((f) => f.breakdown).map((f) => `${f.measure} ${f.count} ${f.group}`);
    expect(shares('Three of the dead were civil defence firefighters and the fourth was a soldier, while seven soldiers and four farmers who had run over to help were among the wounded.')).toEqual([
      'killed 3 CIVILIANS',
      'killed 1 SECURITY_FORCES',
      'injured 7 SECURITY_FORCES',
      'injured 4 CIVILIANS',
    ]);
  });
});

describe('a place told between the verb and its object', () => {
  it('reads "arrested in the town of Chamchamal a terrorist" as one arrested', () => {
    expect(brief('Our forces arrested in the town of Chamchamal a terrorist who had served as a judge.')).toEqual(['arrested 1 MILITANTS ']);
    expect(brief('Gunmen killed in the village of Albu Hishma two shepherds.')).toEqual(['killed 2 CIVILIANS ']);
    expect(brief('He was killed in the village of Albu Hishma.')).toEqual([]);
  });
});

describe('an acronym in brackets inside the group', () => {
  it('reads "Six Islamic State (ISIS) militants were killed" and "two Popular Mobilization Forces (PMF) fighters were wounded"', () => {
    expect(brief("Six Islamic State (ISIS) militants were killed in Saturday's airstrike.")).toEqual(['killed 6 MILITANTS ']);
    expect(brief('Two Popular Mobilization Forces (PMF) fighters were wounded by a roadside bomb.')).toEqual(['injured 2 SECURITY_FORCES ']);
    // A count in brackets stays a count.
    expect(brief('The strike killed (5) terrorists.')).toEqual(['killed 5 MILITANTS ']);
  });
});

describe('a figure with its article after the verb (dev14)', () => {
  it('reads "shot dead the two brothers inside" as two civilians killed', () => {
    expect(findFigures('Masked gunmen stopped a car and shot dead the two brothers inside.').map((f) => [f.measure, f.count, f.group])).toEqual([['killed', 2, 'CIVILIANS']]);
    expect(findFigures('Gunmen killed the three-year-old boy.').map((f) => f.count)).not.toContain(3);
  });
});

describe('two subjects of "were treated" (dev14)', () => {
  it('reads "nine demonstrators and four policemen were treated for injuries" as two groups', () => {
    expect(brief('At least nine demonstrators and four policemen were treated for injuries, a hospital official said.')).toEqual(['injured 9 CIVILIANS ', 'injured 4 SECURITY_FORCES ']);
  });
});

describe('the wounded told with a raised toll (dev14)', () => {
  it('reads "raising the toll to one dead and four wounded" as one killed and four injured', () => {
    expect(brief("Officials said Sunday the boy died, raising the toll from Saturday's shelling to one dead and four wounded.")).toEqual(['killed 1 UNSPECIFIED ', 'injured 4 UNSPECIFIED ']);
  });
});

describe('"all three" (dev14)', () => {
  it('reads "killing all three people inside" as three killed', () => {
    expect(brief('A drone struck a car at the gate of the camp on Monday, killing all three people inside.')).toEqual(['killed 3 CIVILIANS ']);
  });
});

describe('a span of time is no figure', () => {
  it('reads "The attack came a day after a Peshmerga captain was killed" as one captain, counted where he is named', () => {
    const [f] = findFigures('The attack came a day after a Peshmerga captain was killed and two fighters were wounded.');
    expect(brief('The attack came a day after a Peshmerga captain was killed and two fighters were wounded.')).toEqual(['killed 1 SECURITY_FORCES ', 'injured 2 SECURITY_FORCES ']);
    expect(f!.index).toBeGreaterThan('The attack came a day after'.length - 1);
  });
});

describe('"leaving three dead" (probe)', () => {
  it('reads a state word right after the number as a figure with no group noun', () => {
    expect(brief('An armed dispute erupted between two clans in Qurna on Sunday, leaving three dead.')).toEqual(['killed 3 UNSPECIFIED them']);
    expect(brief('The gunmen left two hours later.')).toEqual([]);
  });
});

describe('a family as victims (probe)', () => {
  it('reads "executed a family of five" and "a family of six was killed" as the family\'s number of civilians', () => {
    expect(brief('Armed men stormed a house in Muqdadiya on Sunday and executed a family of five.')).toEqual(['killed 5 CIVILIANS ']);
    expect(brief('A family of six was killed in the strike.')).toEqual(['killed 6 CIVILIANS ']);
  });
  it('reads "five members of one family" as civilians', () => {
    expect(brief('Five members of one family were killed when gunmen stormed their house.')).toEqual(['killed 5 CIVILIANS ']);
  });
});

describe('killing told as assassinated, murdered, martyring (probe)', () => {
  it('reads "assassinated a lawyer", "were murdered", "martyring two fighters", "gunned down a lawyer"', () => {
    expect(brief('Gunmen assassinated a lawyer in Basra on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('A lawyer was assassinated in Basra on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Two men were murdered in Basra on Sunday.')).toEqual(['killed 2 CIVILIANS ']);
    expect(brief('ISIS remnants attacked a PMF post on Sunday, martyring two fighters.')).toEqual(['killed 2 SECURITY_FORCES ']);
    expect(brief('Unknown gunmen gunned down a lawyer in Basra.')).toEqual(['killed 1 CIVILIANS ']);
  });
});

describe('"the driver" (probe)', () => {
  it('reads "injuring the driver" and "the driver was seriously wounded" as one person', () => {
    expect(brief("A sticky bomb attached to a car exploded in Baghdad's Karrada district on Sunday, injuring the driver.")).toEqual(['injured 1 CIVILIANS ']);
    expect(brief('The driver was seriously wounded.')).toEqual(['injured 1 CIVILIANS ']);
    expect(brief('The bomb exploded under the car, but its driver was unhurt.')).toEqual([]);
  });
});

describe('a named civilian victim (probe)', () => {
  it('reads "Activist Ali Hassan was assassinated", "killed journalist Ahmed Salim", "Ali Hassan, a prominent activist, was shot dead" as one civilian', () => {
    expect(brief('Activist Ali Hassan was assassinated by gunmen on a motorcycle in Amarah on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Gunmen killed journalist Ahmed Salim in Mosul on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Ali Hassan, a prominent activist, was shot dead in Amarah.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Police said journalist Ahmed al-Salim was kidnapped.')).toEqual(['abducted 1 CIVILIANS ']);
  });
});

describe('"lost his life" (probe)', () => {
  it('reads the singular "lost his life" like "lost their lives"', () => {
    expect(brief('A soldier lost his life when a bomb exploded near his patrol in Tarmiyah on Sunday.')).toEqual(['killed 1 SECURITY_FORCES ']);
    expect(brief('A woman lost her life and two others were injured.')).toEqual(['killed 1 CIVILIANS ', 'injured 2 CIVILIANS ']);
  });
});

describe('"stabbed to death" (probe)', () => {
  it('reads "two women were stabbed to death" as killed', () => {
    expect(brief('Two women were stabbed to death in Kirkuk on Sunday.')).toEqual(['killed 2 CIVILIANS ']);
    expect(brief('Assailants stabbed to death two farmers.')).toEqual(['killed 2 CIVILIANS ']);
  });
});

describe('a possessive before the number (probe)', () => {
  it('reads "injured his two sons" and "a woman and her two children"', () => {
    expect(brief('A tribal fight in Qurna on Sunday killed a man and injured his two sons.')).toEqual(['killed 1 UNSPECIFIED ', 'injured 2 CIVILIANS ']);
    expect(brief('A mortar shell killed a woman and her two children.')).toEqual(['killed 1 CIVILIANS ', 'killed 2 CIVILIANS ']);
  });
});

describe('a citizen, a mukhtar, a shopkeeper (probe)', () => {
  it('counts them as civilians', () => {
    expect(brief('Unknown gunmen shot dead a citizen in front of his house in Baquba on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Gunmen on Sunday killed the mukhtar of a village in Khanaqin.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Unknown gunmen killed a shopkeeper in Basra on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
  });
});

describe('bodies found (probe)', () => {
  it('counts "the body of a kidnapped farmer was found" and "found the bodies of three shepherds" as killed civilians, not a mass grave', () => {
    expect(brief('The body of a kidnapped farmer was found in Tarmiyah on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
    expect(brief('Police found the bodies of three shepherds in the desert near Rutba on Sunday.')).toEqual(['killed 3 CIVILIANS ']);
    expect(brief('Teams recovered the bodies of 20 villagers from a mass grave in Sinjar.')).toEqual([]);
  });
});

describe('"claimed the life of" (probe)', () => {
  it('reads the singular like "claimed the lives of"', () => {
    expect(brief('An honour killing claimed the life of a young woman in Sulaymaniyah on Sunday.')).toEqual(['killed 1 CIVILIANS ']);
  });
});

describe('"snatched" (probe)', () => {
  it('counts the snatched as abducted', () => {
    expect(brief('Two girls were snatched from a market in Basra on Sunday.')).toEqual(['abducted 2 CIVILIANS ']);
  });
});

describe('one person told by "the judge" or "him" (probe)', () => {
  it('reads "the judge was wounded" and "..., wounding him" after the person named', () => {
    expect(brief('The judge was wounded when gunmen opened fire on his car in Maysan on Sunday.')).toEqual(['injured 1 CIVILIANS ']);
    expect(brief('Unknown gunmen on a motorcycle opened fire on a car carrying a judge in Maysan on Sunday, wounding him.')).toEqual(['injured 1 CIVILIANS ']);
    expect(brief('Gunmen shot a policeman in Mosul, killing him.')).toEqual(['killed 1 SECURITY_FORCES ']);
    expect(brief('The bomber blew himself up, killing himself.')).toEqual([]);
  });
});

describe('a relative told after a civilian victim (probe)', () => {
  it('adds "and her child", "and his son" to the figure before, not a relative with a verb or a description of his own', () => {
    expect(brief('A rocket fell on a house in Kirkuk on Sunday, injuring a woman and her child.')).toEqual(['injured 2 CIVILIANS ']);
    expect(brief('Gunmen killed a farmer and his son.')).toEqual(['killed 2 CIVILIANS ']);
    expect(brief('A shepherd was killed and his nephew seriously hurt.')).toEqual(['killed 1 CIVILIANS ', 'injured 1 CIVILIANS ']);
    expect(brief('A drone killed a farmer and his nephew, a fighter of the group.')).toEqual(['killed 1 CIVILIANS ']);
  });
});

describe('"succumbed to his wounds", "another wounded" (probe)', () => {
  it('reads a death from wounds and one more of the same group after a comma', () => {
    expect(brief('A policeman succumbed to his wounds on Sunday.')).toEqual(['killed 1 SECURITY_FORCES ']);
    expect(brief('One soldier was killed, another wounded.')).toEqual(['killed 1 SECURITY_FORCES ', 'injured 1 SECURITY_FORCES ']);
  });
});

describe('a toll told by nouns, a figure after its verb (probe)', () => {
  it('reads "resulted in one death and three injuries" and "Killed in the attack were two policemen"', () => {
    expect(brief('The attack resulted in one death and three injuries.')).toEqual(['killed 1 UNSPECIFIED them', 'injured 3 UNSPECIFIED ']);
    expect(brief('Killed in the attack were two policemen.')).toEqual(['killed 2 SECURITY_FORCES ']);
  });
});

describe('"was shot and wounded" (probe)', () => {
  it('reads the figure across "shot and"', () => {
    expect(brief('A teacher was shot and wounded in Basra on Sunday.')).toEqual(['injured 1 CIVILIANS ']);
  });
});

describe('a relative after one person named by a determiner (probe)', () => {
  it('reads "killed the owner and his wife" as two civilians', () => {
    expect(brief('The attackers killed the owner and his wife before fleeing.')).toEqual(['killed 2 CIVILIANS ']);
  });
});

describe('"killed and two were arrested" (probe)', () => {
  it('reads the second measure as arrests', () => {
    expect(brief('Four terrorists were killed and two were arrested in the raid.')).toEqual(['killed 4 MILITANTS ', 'arrested 2 MILITANTS ']);
  });
});

describe('a crime an arrest is for (probe)', () => {
  it('reads no toll in "arrested the perpetrator of the murder of a woman", but one in "resulted in the killing of two soldiers"', () => {
    expect(brief('Police arrested the perpetrator of the murder of a woman in Basra on Sunday.')).toEqual([]);
    expect(brief('The attack resulted in the killing of two soldiers.')).toEqual(['killed 2 SECURITY_FORCES ']);
  });
});

describe('arrests told as "took into custody", "nabbed" (probe)', () => {
  it('counts the arrested', () => {
    expect(brief('Police took three suspects into custody in Basra on Sunday.')).toEqual(['arrested 3 MILITANTS ']);
    expect(brief('Intelligence agents nabbed two ISIS members in Mosul on Sunday.')).toEqual(['arrested 2 MILITANTS ']);
  });
});
