import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, extract, read, ref, REFERENCE } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three soldiers in Daquq district on Monday. ';

function statements(text: string): string[] {
  return extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('a stance told in the passive', () => {
  it('gives "the attack was condemned by X and Y" to each agent after "by", not to the subject', () => {
    expect(statements(`${EVENT}The attack was condemned by the Turkish Foreign Ministry and the Security Media Cell.`)).toEqual(['org:turkey-foreign-ministry CONDEMNATION', 'org:security-media-cell CONDEMNATION']);
    expect(statements(`${EVENT}The attack on the Peshmerga was strongly condemned by Turkey, the United States and the KRG.`)).toEqual(['gov:turkey CONDEMNATION', 'gov:us CONDEMNATION', 'gov:krg CONDEMNATION']);
  });
});

describe('a country or its capital speaking', () => {
  it('reads "Ankara denied" and "Yemen condemned" as the governments, the country kept as a place', () => {
    expect(statements(`${EVENT}Ankara denied any role in the attack.`)).toEqual(['gov:turkey DENIAL']);
    expect(statements(`${EVENT}Yemen condemned the attack.`)).toEqual(['gov:yemen CONDEMNATION']);
    // The government that learned "Ankara" still lets "Turkey" name the country too.
    const { readings } = read(`${EVENT}Ankara condemned the attack. The victims had fled to Daquq from Turkey.`);
    const turkey = readings.at(-1)!.mentions.find((m) => m.text === 'Turkey')!;
    expect(turkey.entries.map((e) => e.id).sort()).toEqual(['gov:turkey', 'place:turkey']);
  });
});

describe('an anonymous source', () => {
  it('gives no statement to the speaker of another clause ("Iraqi officials blamed Turkish artillery; Ankara denies any role")', () => {
    expect(statements('Nine civilians were killed when a resort in Daquq district came under fire on Monday. Iraqi officials blamed Turkish artillery; Ankara denies any role.')).toEqual(['gov:turkey DENIAL']);
  });
});

describe('a denial', () => {
  it('reads no claim in what is denied ("denied that it had carried out the strike")', () => {
    expect(statements(`${EVENT}Ankara denied that it had carried out the attack.`)).toEqual(['gov:turkey DENIAL']);
    expect(statements(`${EVENT}The Turkish Foreign Ministry denied that its jets had struck the soldiers.`)).toEqual(['org:turkey-foreign-ministry DENIAL']);
  });
});

describe('which of two incidents a reaction is about', () => {
  const TWO = 'On Sunday, a Turkish drone strike killed three shepherds near Kalar. A roadside bomb killed two soldiers in Daquq district on Monday. ';
  const about = (text: string) => {
    const batch = extract(`${TWO}${text}`, '2023-01-17');
    const events = batch.events.map((e) => e.id);
    return batch.statements.map((s) => `${ref(s.speaker)} ${s.stance} ${s.about.map((a) => events.indexOf(ref(a))).join(',')}`);
  };

  it('reads the day a reference names, not the incident the reference was joined to ("condemned Sunday\'s attack")', () => {
    expect(about("The Turkish Foreign Ministry condemned Sunday's attack.")).toEqual(['org:turkey-foreign-ministry CONDEMNATION 0']);
  });

  it('reads who did it and to whom ("the Turkish aggression", "the killing of the soldiers", "the families of the soldiers")', () => {
    expect(about('The Security Media Cell condemned the Turkish aggression.')).toEqual(['org:security-media-cell CONDEMNATION 0']);
    expect(about('The Security Media Cell condemned the killing of the shepherds.')).toEqual(['org:security-media-cell CONDEMNATION 0']);
    expect(about('The Security Media Cell offered its condolences to the families of the soldiers.')).toEqual(['org:security-media-cell CONDOLENCE 1']);
  });

  it('gives a claim to an incident the speaker\'s side did, not one another side is known to have done', () => {
    expect(about('ISIS claimed responsibility.')).toEqual(['org:isis CLAIM_OF_RESPONSIBILITY 1']);
  });
});

describe('the subject a sentence opens with', () => {
  it('takes no name after a verb for an apposition ("In his statement, the envoy urged Baghdad to act" is not Baghdad speaking)', () => {
    const list = statements(`${EVENT}Turkish Foreign Minister Ali Demir condemned the attack. In his statement, the envoy urged Baghdad to act.`);
    expect(list.some((x) => x.startsWith('gov:iraq '))).toBe(false);
  });
});

describe('condolence told as sorrow', () => {
  it('reads "expressed deep sorrow" and "was saddened by" as condolence', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry expressed deep sorrow over the deaths.`)).toEqual(['org:turkey-foreign-ministry CONDOLENCE']);
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir said he was saddened by the loss of the soldiers.`)).toEqual(['person:ali-demir CONDOLENCE']);
  });
});

describe('an attribution of the incident', () => {
  it('reads "accused X of carrying out", "said X was behind", "held X responsible for", "blamed X militants" as OTHER', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry accused the PKK of carrying out the attack.`)).toEqual(['org:turkey-foreign-ministry OTHER -> org:pkk']);
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir said ISIS was behind the attack.`)).toEqual(['person:ali-demir OTHER']);
    expect(statements(`${EVENT}The Turkish Foreign Ministry held the PKK responsible for the attack.`)).toEqual(['org:turkey-foreign-ministry OTHER']);
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir blamed ISIS remnants for the attack.`)).toEqual(['person:ali-demir OTHER']);
  });
});

describe('a stance told as a noun from someone', () => {
  it('gives "drew condemnation from X and Y" and "Condemnations poured in from X, Y and Z" to each name after "from"', () => {
    expect(statements(`${EVENT}The attack drew condemnation from the Turkish Foreign Ministry and the Security Media Cell.`)).toEqual(['org:turkey-foreign-ministry CONDEMNATION', 'org:security-media-cell CONDEMNATION']);
    expect(statements(`${EVENT}Condemnations poured in from Turkey, the United States and the KRG.`)).toEqual(['gov:turkey CONDEMNATION', 'gov:us CONDEMNATION', 'gov:krg CONDEMNATION']);
  });
});

describe('more words of condemnation and of calls', () => {
  it('reads "appalled by", "described the attack as terrorism" as condemnation and "must face justice", "should be held to account" as calls', () => {
    expect(statements(`${EVENT}The Turkish Foreign Ministry said it was appalled by the attack.`)).toEqual(['org:turkey-foreign-ministry CONDEMNATION']);
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir described the attack as terrorism.`)).toEqual(['person:ali-demir CONDEMNATION']);
    expect(statements(`${EVENT}The Turkish Foreign Ministry said the perpetrators must face justice.`)).toEqual(['org:turkey-foreign-ministry CALL_FOR_ACTION']);
    expect(statements(`${EVENT}The Turkish Foreign Ministry said those responsible should be held to account.`)).toEqual(['org:turkey-foreign-ministry CALL_FOR_ACTION']);
  });
});

describe('claims and denials in other words', () => {
  it('reads "said on Telegram that it carried out", "its fighters had detonated", "was claimed by" as claims', () => {
    expect(statements(`${EVENT}ISIS said on Telegram that it carried out the attack.`)).toEqual(['org:isis CLAIM_OF_RESPONSIBILITY']);
    expect(statements(`${EVENT}In a statement on its Amaq agency, ISIS said its fighters had detonated the bomb.`)).toEqual(['org:isis CLAIM_OF_RESPONSIBILITY']);
    expect(statements(`${EVENT}The attack was claimed by ISIS.`)).toEqual(['org:isis CLAIM_OF_RESPONSIBILITY']);
  });

  it('reads "it had nothing to do with the attack", "it played no role" as denials, not a relative\'s "he had nothing to do with any party"', () => {
    expect(statements(`${EVENT}The PKK said it had nothing to do with the attack.`)).toEqual(['org:pkk DENIAL']);
    expect(statements(`${EVENT}The PKK said it played no role.`)).toEqual(['org:pkk DENIAL']);
    expect(statements(`${EVENT}"He had nothing to do with any party," the PKK said.`)).toEqual([]);
  });
});

describe('a league speaking', () => {
  it('reads "The Arab League condemned" as a body the reference need not know', () => {
    expect(statements(`${EVENT}The Arab League condemned the attack.`)).toEqual(['org:arab-league CONDEMNATION']);
  });
});

describe('a statement told over several sentences', () => {
  it('keeps the incident its speaker spoke about when the next sentence names none ("He added that ...")', () => {
    const batch = extract('On Sunday, a Turkish drone strike killed three shepherds near Kalar. A roadside bomb killed two soldiers in Daquq district on Monday. Turkish Foreign Minister Ali Demir condemned the bombing in Daquq. He added that those responsible must face justice.', '2023-01-17');
    const events = batch.events.map((e) => e.id);
    expect(batch.statements.map((s) => `${s.stance} ${s.about.map((a) => events.indexOf(ref(a))).join(',')}`)).toEqual(['CONDEMNATION 1', 'CALL_FOR_ACTION 1']);
  });
});

describe('an attribution told as a finding', () => {
  it('reads "said the bombing was the work of ISIS cells" and "said the attack was carried out by X" as OTHER', () => {
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir said the bombing was the work of ISIS cells.`)).toEqual(['person:ali-demir OTHER']);
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir said the attack was carried out by ISIS remnants.`)).toEqual(['person:ali-demir OTHER']);
  });
});

describe('a national office holder left unnamed', () => {
  it('gives "the Turkish foreign minister condemned" to the one person the article names in that office, else the government', () => {
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir arrived in Baghdad. The foreign minister condemned the attack.`)).toEqual(['person:ali-demir CONDEMNATION']);
    expect(statements(`${EVENT}The Turkish foreign minister condemned the attack.`)).toEqual(['gov:turkey CONDEMNATION']);
    expect(statements(`${EVENT}A statement from the office of the prime minister condemned the attack.`)).toEqual(['gov:iraq CONDEMNATION']);
  });
});

describe('whom a condemnation is toward', () => {
  it('is the state it names as the doer ("the repeated Turkish aggression", "Turkey\'s attack"), once per incident', () => {
    expect(statements(`${EVENT}The Security Media Cell condemned the repeated Turkish aggression.`)).toEqual(['org:security-media-cell CONDEMNATION -> gov:turkey']);
    expect(statements(`${EVENT}The Security Media Cell condemned the attack. It said it condemned Turkey's attack on the soldiers.`)).toEqual(['org:security-media-cell CONDEMNATION -> gov:turkey']);
    expect(statements(`${EVENT}The Security Media Cell condemned the ISIS attack.`)).toEqual(['org:security-media-cell CONDEMNATION']);
  });
});

describe('a name the reference lacks, speaking without a title', () => {
  it('reads "Khalid al-Obeidi condemned" and "Ahmed al-Jubouri wrote" as a person speaking', () => {
    expect(statements(`${EVENT}Khalid al-Obeidi condemned the attack.`)).toEqual(['person:khalid-al-obeidi CONDEMNATION']);
    expect(statements(`${EVENT}Ahmed al-Jubouri wrote on Facebook that the attack was cowardly.`)).toEqual(['person:ahmed-al-jubouri CONDEMNATION']);
  });
});

describe('whom condolences are offered to', () => {
  it('is the government or force named after "to" ("to the families and to the Iraqi government"), never the speaker', () => {
    expect(statements(`${EVENT}The Security Media Cell offered its condolences to the families of the victims and to the Iraqi government.`)).toEqual(['org:security-media-cell CONDOLENCE -> gov:iraq']);
    expect(statements(`${EVENT}The Turkish Foreign Ministry extended its condolences to the grieving families, to the Peshmerga and to the nation.`)).toEqual(['org:turkey-foreign-ministry CONDOLENCE -> force:peshmerga']);
    // A title phrase has no verb: "The ministry extended ..., to the Peshmerga" is not the Peshmerga speaking.
    expect(statements(`${EVENT}The ministry extended its condolences to the grieving families, to the Peshmerga and to the nation.`).some((x) => x.startsWith('force:peshmerga '))).toBe(false);
  });
});

describe('whom a call is toward, in other words', () => {
  it('reads "urged the government", "the central government" as Iraq\'s and "called on Ankara to" as Turkey\'s', () => {
    expect(statements(`${EVENT}The Security Media Cell urged the government to investigate.`)).toEqual(['org:security-media-cell CALL_FOR_ACTION -> gov:iraq']);
    expect(statements(`${EVENT}The Security Media Cell called on the central government to act.`)).toEqual(['org:security-media-cell CALL_FOR_ACTION -> gov:iraq']);
    expect(statements(`${EVENT}The Security Media Cell called on Ankara to stop its attacks.`)).toEqual(['org:security-media-cell CALL_FOR_ACTION -> gov:turkey']);
  });
});

describe('a ministry named without its country', () => {
  const gazetteer = Gazetteer.fromEntities([
    ...REFERENCE,
    ...importBatchSchema.parse({ entities: [{ id: 'org:iraq-ministry-of-interior', kind: 'Organization', organizationType: 'MINISTRY', name: 'Ministry of Interior of Iraq', aliases: ['Iraqi Ministry of Interior'], partOf: 'gov:iraq' }] }).entities,
  ]);
  it('is the one of that kind the article named last, else Iraq\'s', () => {
    const withIraq = (text: string) => extractArticle(article(`${EVENT}${text}`), gazetteer, { fileName: 'test.md' }).batch.statements.map((s) => ref(s.speaker));
    expect(withIraq('The Ministry of Interior condemned the attack.')).toEqual(['org:iraq-ministry-of-interior']);
    expect(withIraq('The Turkish Foreign Ministry praised the army. The foreign ministry also condemned the attack.')).toEqual(['org:turkey-foreign-ministry', 'org:turkey-foreign-ministry']);
  });
});

describe('a complaint to a body', () => {
  it('reads "would file a complaint with X" and "take the matter to the Security Council" as calls toward that body', () => {
    expect(statements(`${EVENT}The Security Media Cell said it would file a complaint with the Turkish Foreign Ministry.`)).toEqual(['org:security-media-cell CALL_FOR_ACTION -> org:turkey-foreign-ministry']);
    expect(statements(`${EVENT}The Security Media Cell said it would take the matter to the UN Security Council.`)).toEqual(['org:security-media-cell CALL_FOR_ACTION -> org:un-security-council']);
  });
});

describe('a long list of sides called on', () => {
  it('keeps a second name joined to the first even past forty characters ("the Kurdistan Regional Government and the Turkish Armed Forces")', () => {
    expect(statements(`${EVENT}The Security Media Cell called on the Kurdistan Regional Government and the Turkish Armed Forces to act.`)).toEqual(['org:security-media-cell CALL_FOR_ACTION -> gov:krg,force:turkish-armed-forces']);
  });
});

describe('an unnamed local office holder after "The"', () => {
  it('reads "The Kirkuk governor condemned" as Kirkuk\'s local government', () => {
    expect(statements(`${EVENT}The Kirkuk governor condemned the attack.`)).toEqual([expect.stringMatching(/^gov:kirkuk.* CONDEMNATION$/)]);
  });
});

describe('concern about the situation', () => {
  it('reads "said the security situation was deteriorating" and "described the situation as critical" as concern', () => {
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir said the security situation was deteriorating.`)).toEqual(['person:ali-demir CONCERN']);
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir described the situation as critical.`)).toEqual(['person:ali-demir CONCERN']);
  });
});

describe('insecurity a speaker describes', () => {
  const EVENT2 = 'Gunmen killed two farmers near the village of Tel Ward in Daquq district on Monday. ';
  it('is concern beside the call, when said before it ("said cells roam freely ... and urged")', () => {
    expect(statements(`${EVENT2}Daquq mayor Ahmed Karim said the cells "roam freely at night" and urged the army to send more troops.`)).toContain('person:ahmed-karim CONCERN');
    expect(statements(`${EVENT2}Daquq mayor Ahmed Karim said the cells move freely at night and urged the army to send more troops.`)).toEqual(['person:ahmed-karim CALL_FOR_ACTION -> force:iraqi-army', 'person:ahmed-karim CONCERN']);
    expect(statements(`${EVENT2}"The farmers have no protection out there," Daquq mayor Ahmed Karim told reporters, urging the army to send more troops.`)).toContain('person:ahmed-karim CONCERN');
    expect(statements(`${EVENT2}The Kurdistan Regional Government said the attack left civilians in danger and urged Baghdad to act.`)).toContain('gov:krg CONCERN');
    // ... or after the call, said again: "called on Baghdad to act and said the strikes put civilians at risk".
    expect(statements(`${EVENT2}The Kurdistan Regional Government called on Baghdad to act and said the attacks put civilians at risk.`)).toContain('gov:krg CONCERN');
    expect(statements(`${EVENT2}The Kurdistan Regional Government called on Baghdad to act, saying the attacks put civilians at risk.`)).not.toContain('gov:krg CONCERN');
  });

  it('is not a concern of its own when it is what the call asks to fix, the reason of a condemnation, or narrated', () => {
    expect(statements(`${EVENT2}Daquq mayor Ahmed Karim urged the army and the Peshmerga to close the gaps between their lines.`)).not.toContain('person:ahmed-karim CONCERN');
    expect(statements(`${EVENT2}Daquq mayor Ahmed Karim said the security vacuum must be filled by a joint force, and urged the army to act.`)).not.toContain('person:ahmed-karim CONCERN');
    expect(statements(`${EVENT2}The Kurdistan Regional Government condemned the attack, which endangers civilians.`)).toEqual(['gov:krg CONDEMNATION']);
    expect(statements(`${EVENT2}Militants move freely in the area, where the army left a security vacuum last year.`)).toEqual([]);
  });
});

describe('a body telling what it did after an attack', () => {
  it('claims nothing when its units launched a search ("said its units had launched a search operation")', () => {
    const said = statements(`${EVENT}A statement from the PMF's 22nd Brigade said its units had launched a search operation in the area.`);
    expect(said.some((s) => s.includes('CLAIM_OF_RESPONSIBILITY'))).toBe(false);
    // ... while "its units had launched the attack" is a claim.
    expect(statements(`${EVENT}The Islamic State said in a statement that its fighters had launched the attack.`)).toContain('org:isis CLAIM_OF_RESPONSIBILITY');
  });
});

describe('a security body\'s communiqué telling its own side\'s operation', () => {
  const gazetteer = Gazetteer.fromEntities([
    ...REFERENCE.filter((e) => e.id !== 'org:security-media-cell'),
    ...importBatchSchema.parse({
      entities: [
        { id: 'org:joc', kind: 'Organization', organizationType: 'AGENCY', name: 'Joint Operations Command', partOf: 'gov:iraq' },
        { id: 'org:security-media-cell', kind: 'Organization', organizationType: 'AGENCY', name: 'Security Media Cell', partOf: 'org:joc' },
      ],
    }).entities,
  ]);
  const run = (text: string) => extractArticle(article(text), gazetteer, { fileName: 'test.md' }).batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`);

  it('gives "X released the following statement:" and the strike its side carried out to X as a claim', () => {
    expect(run('The Security Media Cell released the following statement:\n\nIraqi warplanes bombed an ISIS hideout in Wadi al-Shay at dawn today, killing four terrorists.')).toEqual(['org:security-media-cell CLAIM_OF_RESPONSIBILITY']);
    expect(run('The Security Media Cell issued the following communiqué:\n\nAt dawn on Monday, the Iraqi Air Force carried out an air strike on a cave used by ISIS terrorists in Wadi al-Shay, killing three of them.')).toEqual(['org:security-media-cell CLAIM_OF_RESPONSIBILITY']);
  });

  it('gives no claim when the incident it tells was done by another side', () => {
    expect(run('The Security Media Cell released the following statement:\n\nISIS militants attacked an army post in Wadi al-Shay at dawn today, killing two soldiers.')).toEqual([]);
  });
});

describe('a side telling in its own voice how its forces fought', () => {
  const RAID = 'ISIS militants attacked a Peshmerga post near Kalar on Monday night. ';
  it('reads "we opened fire" and "our fighters engaged the attackers" as a claim of the incident', () => {
    expect(statements(`${RAID}"We opened fire as soon as they reached the wire," said Brigadier Sherko Aziz, who commands the Peshmerga on the Kalar front.`)).toEqual(['person:sherko-aziz CLAIM_OF_RESPONSIBILITY']);
    expect(statements(`${RAID}"Our fighters engaged the attackers and drove them back," Brigadier Sherko Aziz said.`)).toEqual(['person:sherko-aziz CLAIM_OF_RESPONSIBILITY']);
  });

  it('gives a quotation of several sentences to the speaker named after it ("A. B," said X)', () => {
    expect(statements(`${RAID}"They came at night and we opened fire as soon as they reached the wire. One body was left behind," said Brigadier Sherko Aziz, who commands the Peshmerga on the Kalar front.`)).toEqual(['person:sherko-aziz CLAIM_OF_RESPONSIBILITY']);
  });

  it('reads no claim in fire on its forces, in talks, or in an arrest', () => {
    expect(statements(`${RAID}"They opened fire on our soldiers at the checkpoint," Brigadier Sherko Aziz said.`)).not.toContain('person:sherko-aziz CLAIM_OF_RESPONSIBILITY');
    expect(statements(`${RAID}"We engaged with our partners in Baghdad on the matter," Brigadier Sherko Aziz said.`)).not.toContain('person:sherko-aziz CLAIM_OF_RESPONSIBILITY');
  });
});

describe('a security body telling its side\'s strike in a sentence that refers back to it ("it added")', () => {
  const gazetteer = Gazetteer.fromEntities([
    ...REFERENCE,
    ...importBatchSchema.parse({ entities: [{ id: 'org:turkey-mod', kind: 'Organization', organizationType: 'MINISTRY', name: 'Ministry of National Defense of Turkey', aliases: ['Turkish Ministry of National Defense'], partOf: 'gov:turkey' }] }).entities,
  ]);
  const run = (text: string) => extractArticle(article(text), gazetteer, { fileName: 'test.md' }).batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`);
  const FIRST = 'PKK militants attacked a Turkish base in Amedi district on Saturday, killing one soldier, the Turkish Ministry of National Defense said. ';
  it('gives the strike its side carried out to the body as a claim', () => {
    expect(run(`${FIRST}In response, Turkish warplanes bombed PKK hideouts in Amedi district on Sunday, killing five militants, it added.`)).toEqual(['org:turkey-mod CLAIM_OF_RESPONSIBILITY']);
  });
  it('gives no claim of what the other side did', () => {
    expect(run(`${FIRST}PKK militants also fired rockets at a Turkish base in Amedi district on Sunday, wounding two soldiers, it added.`)).toEqual([]);
  });
});

describe('a call told as asking someone to act', () => {
  const EVENT2 = 'Gunmen killed two farmers near the village of Tel Ward in Daquq district on Monday. ';
  it('reads "had asked the X Command to send", "we ask both sides to keep" as calls', () => {
    expect(statements(`${EVENT2}Daquq mayor Ahmed Karim said he had asked the Iraqi Army and the Peshmerga to send more troops to the villages.`)).toContain('person:ahmed-karim CALL_FOR_ACTION -> force:iraqi-army,force:peshmerga');
    expect(statements(`${EVENT2}"We ask both sides to keep their fighting away from our fields," Daquq mayor Ahmed Karim said.`)).toEqual(['person:ahmed-karim CALL_FOR_ACTION']);
  });
  it('reads no call in a source asking not to be named, or in a speaker asked to comment', () => {
    expect(statements(`${EVENT2}A police officer, who asked not to be named, said both men were shot at close range.`)).toEqual([]);
    expect(statements(`${EVENT2}A resident who asked to remain anonymous said the gunmen came on motorcycles.`)).toEqual([]);
    expect(statements(`${EVENT2}Daquq mayor Ahmed Karim was asked to comment on the attack but declined.`)).toEqual([]);
    expect(statements(`${EVENT2}The Daquq district council said it had asked Baghdad weeks ago to send troops.`)).toEqual([]);
    expect(statements(`${EVENT2}The Kurdistan Regional Government offered its condolences, asking God to grant the wounded a quick recovery.`)).toEqual(['gov:krg CONDOLENCE']);
  });
  it('gives the call of "Kirkuk Governor X asked" to the governor, not to the place before the title', () => {
    expect(statements(`${EVENT2}Kirkuk Governor Rakan Saeed asked the Iraqi Army to send more troops to the villages.`)).toEqual(['person:rakan-saeed CALL_FOR_ACTION -> force:iraqi-army']);
  });
});

describe('whom support is toward', () => {
  it('is the side supported, not the enemy of the fight it is supported in ("support them in the fight against ISIS")', () => {
    expect(statements(`${EVENT}The Kurdistan Regional Government said it stood with the Peshmerga and would continue to support them in the fight against ISIS.`)).toEqual(['gov:krg SUPPORT -> force:peshmerga']);
  });
});

describe('a stance the sentence negates', () => {
  it('reads no claim in "has not claimed", "did not claim", "has yet to claim", "never claimed"', () => {
    expect(statements(`${EVENT}Daesh has not claimed responsibility for the attack.`)).toEqual([]);
    expect(statements(`${EVENT}ISIS did not claim the attack.`)).toEqual([]);
    expect(statements(`${EVENT}The Islamic State group has yet to claim responsibility.`)).toEqual([]);
    expect(statements(`${EVENT}Daesh never claimed responsibility for the attack, police said.`)).toEqual([]);
    expect(statements(`${EVENT}The KRG hasn't condemned the attack.`)).toEqual([]);
  });
  it('still reads "not only condemned ... but" and a claim after a negated clause', () => {
    expect(statements(`${EVENT}The KRG not only condemned the attack but also sent aid.`)).toEqual(['gov:krg CONDEMNATION']);
    expect(statements(`${EVENT}Daesh, which had not been active in Daquq for months, claimed responsibility for the attack.`)).toEqual(['org:isis CLAIM_OF_RESPONSIBILITY']);
  });
});
