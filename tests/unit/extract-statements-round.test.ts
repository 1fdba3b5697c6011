import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three soldiers in Daquq district on Monday. ';

function statements(text: string): string[] {
  return extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('whom a call is toward', () => {
  it('reads the participle and "demanded that" forms of a call ("urging the Iraqi army and the Peshmerga to")', () => {
    expect(statements(`${EVENT}"Nobody protects the farms," the mayor of Daquq, Kamal Aziz, told reporters, urging the Iraqi Army and the Peshmerga to secure the harvest.`)).toContain(
      'person:kamal-aziz CALL_FOR_ACTION -> force:iraqi-army,force:peshmerga',
    );
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack and demanded that the Iraqi government find the attackers.`)).toContain(
      'org:turkey-foreign-ministry CALL_FOR_ACTION -> gov:iraq',
    );
  });

  it('joins "the Kurdistan Region\'s government and Baghdad" as two sides called on', () => {
    expect(statements(`${EVENT}The mayor of Daquq, Kamal Aziz, urged the Kurdistan Region's government and Baghdad to "stop this."`)).toContain('person:kamal-aziz CALL_FOR_ACTION -> gov:krg,gov:iraq');
  });

  it('reads "demands that the Turkish side" as a call on that government', () => {
    expect(statements(`${EVENT}The Iraqi government condemned the attack and demands that the Turkish side put an end to such attacks.`)).toContain('gov:iraq CALL_FOR_ACTION -> gov:turkey');
  });
});

describe('unnamed speakers', () => {
  it('gives the body a statement its unnamed spokesman makes ("A spokesman for X, ..., denied")', () => {
    expect(statements(`${EVENT}A spokesman for the PKK, one of the groups active in the area, denied any role in the attack.`)).toContain('org:pkk DENIAL');
  });

  it('reads rejecting a plural possessor\'s accusation ("the villagers\' accusation") as a denial', () => {
    expect(statements(`${EVENT}A spokesman for the PKK, who asked not to be named, rejected the villagers' accusation that the group had planted the bomb.`)).toContain('org:pkk DENIAL');
  });
});

describe('a body reporting for its government', () => {
  it('gives the ministry that "said Turkey stood in solidarity" both its stances, and no statement to Turkey itself', () => {
    const list = statements(`${EVENT}In Ankara, Turkey's Foreign Ministry condemned the attack and said Turkey stood "in solidarity with the people of Iraq."`);
    expect(list).toEqual(expect.arrayContaining(['org:turkey-foreign-ministry CONDEMNATION', 'org:turkey-foreign-ministry SOLIDARITY -> gov:iraq']));
    expect(list.filter((x) => x.startsWith('gov:turkey '))).toEqual([]);
  });
});

describe('possessors', () => {
  it('does not make the possessor of a named body a speaker beside it ("Iraq\'s Counter-Terrorism Service condemned")', () => {
    expect(statements(`${EVENT}Iraq's Counter-Terrorism Service condemned the attack.`)).toEqual(['force:cts CONDEMNATION']);
    expect(statements(`${EVENT}The KRG's Asayish condemned the attack.`)).toEqual(['force:asayish CONDEMNATION']);
  });
});

describe('stances that are not', () => {
  it('reads "standing by the water" as no solidarity, "stands with the families" and "stood by the Peshmerga" as solidarity', () => {
    expect(statements(`${EVENT}In a statement, the Asayish said two men were killed and a fisherman standing by the water was wounded.`).filter((x) => x.includes('SOLIDARITY'))).toEqual([]);
    expect(statements(`${EVENT}The Turkish Foreign Ministry said Turkey stands with the families of the victims.`).some((x) => x.includes('SOLIDARITY'))).toBe(true);
    expect(statements(`${EVENT}The Turkish Foreign Ministry said it stood by the Peshmerga.`).some((x) => x.includes('SOLIDARITY'))).toBe(true);
  });
});

describe('what support is about', () => {
  const aboutOf = (text: string, stance: string) => extract(text).statements.filter((s) => s.stance === stance).map((s) => s.about.length);
  it('ties praise of a force to the incident the article reports', () => {
    expect(aboutOf('Iraqi warplanes struck an ISIS hideout in Wadi al-Shay on Monday, killing five militants. Prime Minister Mohammed Shia al-Sudani praised the pilots of the Iraqi Air Force.', 'SUPPORT')).toEqual([1]);
  });

  it('ties the support a speaker adds after condemning an incident to that incident', () => {
    expect(
      aboutOf(
        `${EVENT}\n\nThe U.S. Embassy in Baghdad released the following statement:\n\nThe United States condemns the attack in Daquq district.\n\nWe stand with the Government of Iraq and the Iraqi Security Forces in their efforts to keep Iraqis safe.`,
        'SUPPORT',
      ),
    ).toEqual([1]);
  });
});

describe('which incident a reaction is about', () => {
  it('reads "the killings" as the attack that killed, not an abduction whose place the sentence names', () => {
    const batch = extract(
      'Gunmen killed three villagers in Muqdadiya on Monday. On the same day, gunmen abducted two shepherds in Khalis district. Diyala lawmaker Ali Hassan said the killings showed that "the gaps have never been closed" and demanded that the army send units back to the villages of Khalis district.',
    );
    const attack = batch.events.find((e) => e.subEventType !== 'ABDUCTION_FORCED_DISAPPEARANCE')!.id;
    const call = batch.statements.find((s) => s.stance === 'CALL_FOR_ACTION')!;
    expect(call.about.map(ref)).toEqual([attack]);
  });
});

describe('the communiqué register', () => {
  it('reads "salutes the Peshmerga" as support toward them', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack and salutes the Peshmerga who held their ground.`)).toContain('org:turkey-foreign-ministry SUPPORT -> force:peshmerga');
  });
});

describe('rejecting an act', () => {
  it('reads "rejects any attack on Iraqi territory" as a condemnation by the one who wrote it, "rejected the Turkish account" still as a denial', () => {
    expect(statements(`${EVENT}Iraqi Foreign Minister Ali Karim wrote on Twitter that Baghdad "rejects any attack on Iraqi territory, from any side."`)).toContain('person:ali-karim CONDEMNATION');
    const denial = statements(`${EVENT}The mayor of Daquq, Kamal Aziz, rejected the Turkish account of the attack.`);
    expect(denial.some((x) => x.includes('DENIAL'))).toBe(true);
    expect(denial.some((x) => x.includes('CONDEMNATION'))).toBe(false);
  });
});

describe('an unnamed office holder the article names elsewhere', () => {
  it('gives "the mayor of Daquq on Monday urged" to the mayor the article names', () => {
    const list = statements(`${EVENT}The mayor of Daquq on Monday urged Baghdad and the KRG to form a joint force for the district.\n\n"They test our lines every few nights," Mayor Kamal Aziz told reporters.`);
    expect(list.some((x) => x.startsWith('person:kamal-aziz CALL_FOR_ACTION'))).toBe(true);
  });
});

describe('blaming', () => {
  it('reads blaming a quoted name ("blamed \\"ISIS remnants hiding in the orchards\\"") as an account of who did it', () => {
    expect(statements(`${EVENT}The Counter-Terrorism Service blamed "ISIS remnants hiding in the orchards" and said it had begun combing the area.`)).toContain('force:cts OTHER');
  });

  it('gives no speaker to "a ministry statement that blamed ISIS" when the text names no issuer', () => {
    const list = statements(`A roadside bomb killed a Peshmerga officer near Kalar on Monday. The officer, Captain Ali Hassan, was leading a patrol when the bomb exploded, according to a ministry statement that blamed "ISIS terrorists" for the attack.`);
    expect(list.filter((x) => x.startsWith('person:'))).toEqual([]);
  });
});

describe('purposes, not words', () => {
  it('reads "held a sit-in ... to demand" and "returned ... to support the offensive" as no statement, "will continue to support Iraq" as support', () => {
    expect(statements(`${EVENT}On Saturday, about 250 men held a sit-in outside the municipality building in Daquq to demand the compensation that Baghdad promised.`).filter((x) => x.includes('CALL_FOR_ACTION'))).toEqual([]);
    expect(statements(`${EVENT}U.S. troops returned to the base that autumn to support the Iraqi Army.`).filter((x) => x.includes('SUPPORT'))).toEqual([]);
    expect(statements(`${EVENT}The Turkish Foreign Ministry condemned the attack and said Turkey will continue to support Iraq.`).some((x) => x.includes('SUPPORT'))).toBe(true);
  });
});

describe('a person named after "and said"', () => {
  it('gives "X mourned ... and said General Y had ordered an inquiry" the condolence to X and the order to Y', () => {
    const list = statements(`${EVENT}The Turkish Foreign Ministry mourned the soldiers and said Staff Lieutenant General Ali Karim had ordered an investigation into the attack.`);
    expect(list).toContain('org:turkey-foreign-ministry CONDOLENCE');
    expect(list.some((x) => x.startsWith('person:ali-karim CALL_FOR_ACTION'))).toBe(true);
    expect(list.some((x) => x.startsWith('person:ali-karim CONDOLENCE'))).toBe(false);
  });
});
