/**
 * Casualty figures, targets and event typing (the failure classes dev20 showed on unseen reporting), each phenomenon
 * in new words, with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/casualties.js';
import { extract } from './extract-fixtures.js';

const brief = (s: string) => findFigures(s).map((f) => [f.measure, f.count, f.group, f.partial ? 'part' : ''].join(' ').trim());
const tolls = (text: string, published = '2023-01-17') =>
  extract(text, published).events.map((e) =>
    (e.casualties ?? []).flatMap((c) => (['killed', 'injured', 'abducted', 'arrested'] as const).filter((m) => c[m] !== undefined).map((m) => `${c.group} ${m} ${c[m]}`)),
  );

describe('casualty figures: shares of a toll told after it (dev20)', () => {
  it('reads a share "among the N wounded", the number of the toll told again', () => {
    expect(brief('A soldier was among the six wounded, who were driven to Kalar.')).toEqual(['injured 1 SECURITY_FORCES part']);
    // Near: without the number, as before.
    expect(brief('A soldier was among the wounded.')).toEqual(['injured 1 SECURITY_FORCES part']);
  });

  it('keeps every item of a share list a share ("two drivers and a guard")', () => {
    expect(brief('Among the injured are two teachers and a policeman from the checkpoint.')).toEqual(['injured 2 CIVILIANS part', 'injured 1 SECURITY_FORCES part']);
  });

  it('reads the shares listed after the toll without a verb ("..., among them three policemen")', () => {
    expect(brief('The blast wounded eight people, among them three policemen and a girl.')).toEqual(['injured 8 CIVILIANS', 'injured 3 SECURITY_FORCES part', 'injured 1 CIVILIANS part']);
    // A share of civilians stays in the toll, as told.
    expect(brief('The blast wounded eight people, among them three girls.')).toEqual(['injured 8 CIVILIANS']);
    expect(brief('Four soldiers were killed, including a major.')).toEqual(['killed 4 SECURITY_FORCES', 'killed 1 SECURITY_FORCES part']);
    // Near: a coordinated second group with its own place in the toll is no share.
    expect(brief('Gunmen killed a herder and two farmers.')).toEqual(['killed 1 CIVILIANS', 'killed 2 CIVILIANS']);
  });

  it('reads the toll told again item by item ("The wounded, two guards and a shepherd, were ...")', () => {
    expect(brief('The wounded, four soldiers and a shepherd, were flown to Erbil.')).toEqual(['injured 4 SECURITY_FORCES part', 'injured 1 CIVILIANS part']);
    expect(brief('The dead were a sergeant and two farmers.')).toEqual(['killed 1 SECURITY_FORCES part', 'killed 2 CIVILIANS part']);
    // A driver or a man may be any side's: of no side by the noun alone.
    expect(brief('The two dead, a captain and a driver, were buried on Friday.')).toEqual(['killed 1 SECURITY_FORCES part', 'killed 1 UNSPECIFIED part']);
    // Near: no items, no shares.
    expect(brief('The wounded were flown to Erbil.')).toEqual([]);
  });

  it('splits a toll of people by the armed shares told after it; a policeman is never a civilian', () => {
    expect(tolls('Seven people were wounded on Monday when a bomb went off near a market in Kalar. Among the wounded were two policemen and a boy.')).toEqual([
      ['CIVILIANS injured 5', 'SECURITY_FORCES injured 2'],
    ]);
    expect(tolls('A roadside bomb wounded six people in Kalar on Monday, among them a soldier.')).toEqual([['CIVILIANS injured 5', 'SECURITY_FORCES injured 1']]);
    expect(tolls('A bomb went off near a bus in Kalar on Monday. The wounded, three soldiers and a teacher, were taken to hospital in the town.')).toEqual([
      ['SECURITY_FORCES injured 3', 'CIVILIANS injured 1'],
    ]);
  });
});

describe('two incidents of one communiqué (dev20)', () => {
  it('gives a bare toll of martyrs to the incident told just before it, not to an earlier one of its kind', () => {
    const events = extract(
      'Militants attacked a Peshmerga post near Kalar on Tuesday night. One Peshmerga was martyred and one other wounded in the clash. Half an hour later, a roadside bomb struck the Peshmerga unit sent to help. Three Peshmerga were martyred and four others wounded.',
    ).events;
    expect(events.map((e) => `${e.subEventType} ${e.casualties.map((c) => `${c.killed ?? 0}/${c.injured ?? 0}`).join(',')}`)).toEqual([
      'ARMED_CLASH 1/1',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 3/4',
    ]);
  });
});

describe('people taken by armed men (dev20)', () => {
  it('reads "gunmen seized a (school) teacher" as an abduction of one civilian', () => {
    expect(brief('Masked gunmen seized a young shop employee outside his house in Khalis.')).toEqual(['abducted 1 CIVILIANS']);
    expect(extract('On Tuesday morning, gunmen seized a school nurse on the road outside Khalis.').events.map((e) => e.subEventType)).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
    // Near: what the forces seize is no abduction.
    expect(brief('Security forces seized two suspects and a truck.')).toEqual([]);
  });

  it('counts "seized them along with two companions" as the ones told before and the others', () => {
    expect(brief('The bodies of four herders were found on Friday, a day after gunmen seized them along with three companions.')).toEqual(['killed 4 CIVILIANS', 'abducted 7 CIVILIANS']);
    expect(brief('Gunmen abducted him and his two sons.')).toEqual(['abducted 3 CIVILIANS']);
  });

  it('keeps the abduction type when the hostages are later found dead', () => {
    const events = extract('The bodies of three men who had driven out to gather firewood were found near Khalis on Friday, a day after gunmen seized them along with a fourth man.').events;
    expect(events.map((e) => `${e.subEventType} ${e.casualties.map((c) => `${c.killed ?? 0}/${c.abducted ?? 0}`).join(',')}`)).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE 3/4']);
  });
});

describe('event typing (dev20)', () => {
  it('reads no operation in a post named after the body it heads ("the deputy commander of Joint Operations")', () => {
    const types = (s: string) => extract(s).events.map((e) => e.subEventType);
    expect(types('The deputy commander of Joint Operations said on Saturday that the number of militants killed in the air strikes on the Hamrin hills on Thursday has risen to nine.')).toEqual(['AIR_DRONE_STRIKE']);
    // Near: joint operations carried out are still operations.
    expect(types('Iraqi forces launched joint operations in the Hamrin hills on Thursday.')).toEqual(['CHANGE_TO_GROUP_ACTIVITY']);
  });
});

describe('figure words (dev20 round)', () => {
  it('reads "perished" as killed', () => {
    expect(brief('Five fishermen perished when the shell struck their boat.')).toEqual(['killed 5 CIVILIANS']);
  });

  it('reads "half a dozen" as six, not twelve', () => {
    expect(brief('Half a dozen herders were hurt.')).toEqual(['injured 6 CIVILIANS']);
    // Near: "a dozen" is still twelve.
    expect(brief('A dozen herders were hurt.')).toEqual(['injured 12 CIVILIANS']);
  });

  it('counts "its driver and three passengers" as one toll of four', () => {
    expect(brief('The mine killed its driver and two passengers.')).toEqual(['killed 3 CIVILIANS']);
    // Near: the others of an armed side are a figure of their own.
    expect(brief('The mine wounded its driver and two soldiers.')).toEqual(['injured 1 CIVILIANS', 'injured 2 SECURITY_FORCES']);
  });

  it('counts victims told as standing by ("two people nearby were also hurt") as civilian bystanders', () => {
    expect(brief('Three people nearby were also hurt.')).toEqual(['injured 3 CIVILIANS']);
    expect(findFigures('Two men standing by were wounded.').map((f) => Boolean(f.bystander))).toEqual([true]);
  });
});

describe('civil servants (dev20)', () => {
  it('counts a civil servant or a clerk as a civilian victim', () => {
    expect(brief('A civil servant working at the municipality was hurt when a magnetic bomb under his car went off.')).toEqual(['injured 1 CIVILIANS']);
    expect(brief('Two court clerks were shot dead.')).toEqual(['killed 2 CIVILIANS']);
  });
});

describe('a toll of people told again by group in a later sentence (dev20 round)', () => {
  it('keeps only the civilians of the retelling as civilians', () => {
    expect(
      tolls('A roadside bomb hit the crews who had come to fight a fire near Kalar on Monday, killing four people. Three firefighters and one Peshmerga fighter were killed, a local official said.'),
    ).toEqual([['CIVILIANS killed 3', 'SECURITY_FORCES killed 1']]);
    // Near: a retelling that does not sum to the toll leaves it as told.
    expect(
      tolls('A roadside bomb hit the crews who had come to fight a fire near Kalar on Monday, killing four people. One Peshmerga fighter was killed, a local official said.'),
    ).toEqual([['CIVILIANS killed 4', 'SECURITY_FORCES killed 1']]);
  });
});

describe('the rest of a share told in the next sentence (dev20 round)', () => {
  it('reads "The seventh, a member of the security forces, was killed" as the last share', () => {
    expect(
      tolls('Five people were killed when gunmen stormed a village near Kalar on Monday. Four of the dead were farmers. The fifth, a soldier from the nearby post, was killed in the exchange of fire.'),
    ).toEqual([['CIVILIANS killed 4', 'SECURITY_FORCES killed 1']]);
  });

  it('reads "The other two are a soldier and a shepherd" item by item', () => {
    expect(
      tolls('Six people were wounded when a bomb went off near a checkpoint in Kalar on Monday. Four of the wounded are drivers. The other two are a soldier and a shepherd.'),
    ).toEqual([['CIVILIANS injured 5', 'SECURITY_FORCES injured 1']]);
    // Near: a list that does not count the rest told is no share.
    expect(
      tolls('Six people were wounded when a bomb went off near a checkpoint in Kalar on Monday. Four of the wounded are drivers. The other two are a soldier and two shepherds.'),
    ).toEqual([['CIVILIANS injured 6']]);
  });
});

describe('one victim told by his relation or an apposition (dev round)', () => {
  it('counts "her husband was wounded", "his sister was killed"', () => {
    expect(brief('The teacher died at the scene and her husband was wounded.')).toEqual(['injured 1 CIVILIANS']);
  });

  it('reads the side from an apposition ("the driver, a soldier, was wounded")', () => {
    expect(brief('The driver, a local farmer, was hurt.')).toEqual(['injured 1 CIVILIANS']);
    expect(brief('The driver, a conscript, was wounded.')).toEqual(['injured 1 SECURITY_FORCES']);
  });

  it('counts a victim "who was nearby" as a civilian bystander', () => {
    const f = findFigures('A herder who was close by was lightly wounded by shrapnel.');
    expect(f.map((x) => `${x.measure} ${x.count} ${x.group} ${Boolean(x.bystander)}`)).toEqual(['injured 1 CIVILIANS true']);
  });
});

describe('targets of property destruction (dev20)', () => {
  it('counts crops or homes set alight as an attack on civilians (the farmers, the villagers)', () => {
    const targeting = (s: string) => extract(s).events.map((e) => `${e.subEventType} ${e.civilianTargeting}`);
    expect(targeting('Militants set fire to barley fields outside a village near Kalar on Monday night.')).toEqual(['LOOTING_PROPERTY_DESTRUCTION true']);
    // Near: a military depot burned is no civilians' loss.
    expect(targeting('Militants set fire to an army fuel depot near Kalar on Monday night.')).toEqual(['LOOTING_PROPERTY_DESTRUCTION false']);
  });
});
