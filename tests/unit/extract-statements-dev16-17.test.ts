/**
 * Statements as unseen articles word them (dev16/dev17 round): a second stance in the same sentence, a defender's account
 * of the fight, a quotation running over several sentences, a surname shared with a known person, a claim told through
 * "its forces had pounded". Each phenomenon in new words, with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, extract, ref, REFERENCE } from './extract-fixtures.js';

const EVENT = 'ISIS militants attacked a Peshmerga post in Kalar district late on Sunday. ';

function statements(text: string, batch = extract(text)): string[] {
  return batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('standing with someone', () => {
  it('reads standing with "our partners" as support of them, standing with a people as solidarity', () => {
    expect(statements(`${EVENT}The United States condemned the attack and said it stands with its partners in the Peshmerga.`)).toEqual(['gov:us CONDEMNATION', 'gov:us SUPPORT -> force:peshmerga']);
    expect(statements(`${EVENT}The United States condemned the attack and said it stands with the people of the Kurdistan Region.`)).toEqual(['gov:us CONDEMNATION', 'gov:us SOLIDARITY -> gov:krg']);
  });

  it('gives "stand with X, and ... supporting them in the fight" both solidarity and support; "stand with X in the fight" support alone', () => {
    expect(statements(`${EVENT}The United States condemned the attack, saying: "We stand with the courageous Peshmerga, and we will keep supporting them in the fight against ISIS."`)).toEqual([
      'gov:us CONDEMNATION',
      'gov:us SOLIDARITY -> force:peshmerga',
      'gov:us SUPPORT -> force:peshmerga',
    ]);
    expect(statements(`${EVENT}The United States condemned the attack, saying: "We stand with the courageous Peshmerga in the fight against ISIS."`)).toEqual(['gov:us CONDEMNATION', 'gov:us SUPPORT -> force:peshmerga']);
  });
});

describe("a defender's account of the fight", () => {
  it('takes "our fighters ... and returned fire", "we left two of them", "one of them stayed behind" for the claim of the one who tells it', () => {
    const lead = 'Peshmerga forces repelled an ISIS attack on a post in Kalar district late on Sunday. ';
    expect(statements(`${lead}"Our fighters spotted them crossing the canal and returned fire," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual(['person:dara-salih CLAIM_OF_RESPONSIBILITY']);
    expect(statements(`${lead}"We left two of them by the canal," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual(['person:dara-salih CLAIM_OF_RESPONSIBILITY']);
    expect(statements(`${lead}"One of them stayed behind, dead, near the wire," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual(['person:dara-salih CLAIM_OF_RESPONSIBILITY']);
  });

  it('takes no claim from what the fighters only saw or where they stood', () => {
    const lead = 'Peshmerga forces repelled an ISIS attack on a post in Kalar district late on Sunday. ';
    expect(statements(`${lead}"Our fighters spotted them crossing the canal before dark," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual([]);
    expect(statements(`${lead}"One of them stayed behind the others," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual([]);
  });
});

describe('a quotation running over several sentences', () => {
  it('gives the middle sentence, with no quotation mark of its own, to the speaker named where the quotation closes', () => {
    const text = 'Peshmerga forces repelled an ISIS attack on a post in Kalar district late on Sunday, a Peshmerga commander said.\n\n"They crept up along the canal after midnight. Our guards heard them and returned fire. Nobody on our side was hurt," Colonel Dara Salih, a Peshmerga officer, told reporters.';
    expect(statements(text)).toEqual(['person:dara-salih CLAIM_OF_RESPONSIBILITY']);
    // (Unquoted, the sentence is the narrator's again and the commander of the lead speaks.)
    const plain = 'Peshmerga forces repelled an ISIS attack on a post in Kalar district late on Sunday, a Peshmerga commander said.\n\nThey crept up along the canal after midnight. Our guards heard them and returned fire.';
    expect(statements(plain)).toEqual(['force:peshmerga CLAIM_OF_RESPONSIBILITY']);
  });
});

describe('a claim told as what "its forces had pounded"', () => {
  it('reads "said that their guns had pounded" as the claim of the body that says it, "had pounded its posts" as none', () => {
    const lead = 'Shells fell on a village in Amedi district on Sunday, wounding two shepherds. ';
    expect(statements(`${lead}The next day, the Turkish Armed Forces said in a statement that their guns had "pounded the gathering points of terrorists" over the past two days.`)).toEqual(['force:turkish-armed-forces CLAIM_OF_RESPONSIBILITY']);
    expect(statements(`${lead}The next day, the Turkish Armed Forces said in a statement that PKK fighters had "pounded its border posts" over the past two days.`)).toEqual([]);
  });
});

describe('the incident a defender claims', () => {
  it('is the attack the colonel tells of, not a later bomb nobody is said to have planted, when his side is not given', () => {
    const text = 'ISIS militants attacked a Peshmerga post in Kalar district late on Sunday. On Tuesday a roadside bomb wounded two farmers near Kalar.\n\n"We left two of them by the canal," Colonel Dara Salih told reporters.';
    expect(extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance} ${s.about.map(ref).join(',')}`)).toEqual(['person:dara-salih CLAIM_OF_RESPONSIBILITY event:test-1']);
  });
});

describe('a surname shared with a known person', () => {
  const people = importBatchSchema.parse({ entities: [{ id: 'person:jamal-karim-rashid', kind: 'Person', name: 'Jamal Karim Rashid', offices: [{ title: 'President', of: 'gov:iraq' }] }] }).entities;
  const g = () => Gazetteer.fromEntities([...REFERENCE, ...people]);
  const run = (text: string) => statements(text, extractArticle(article(text), g(), { fileName: 'test.md' }).batch);

  it('gives "Rashid said" to the person the article introduced under that surname, not to the known one', () => {
    expect(run(`${EVENT}Two fighters were wounded, said Major Azad Rashid, who leads a Peshmerga battalion in the area. Rashid urged the coalition to send more drones over the front.`)).toEqual(['person:azad-rashid CALL_FOR_ACTION']);
  });

  it('still gives "Rashid said" to the known person when the article introduces nobody else of that name', () => {
    expect(run(`${EVENT}Rashid urged the Peshmerga to send more fighters to the front.`)).toEqual(['person:jamal-karim-rashid CALL_FOR_ACTION -> force:peshmerga']);
  });
});

describe('a bare rank before a name', () => {
  it('leaves "Major" and "Lieutenant" out of the name as "Colonel" is', () => {
    const people = (text: string) => extract(text).entities.filter((e) => e.kind === 'Person').map((e) => e.name);
    expect(people(`${EVENT}Two fighters were wounded, said Major Azad Hamid, a Peshmerga officer.`)).toEqual(['Azad Hamid']);
    expect(people(`${EVENT}Two fighters were wounded, said Lieutenant Colonel Azad Hamid, a Peshmerga officer.`)).toEqual(['Azad Hamid']);
  });
});

describe('the subject of a stance verb', () => {
  it('is not a name inside a relative clause between the subject and its verb ("X (PKK), whose fighters ... Turkey ..., denied")', () => {
    expect(statements(`${EVENT}The Kurdistan Workers' Party (PKK), whose fighters have clashed with the Turkish Armed Forces inside Turkey since June, denied having any presence in the area.`)).toEqual(['org:pkk DENIAL']);
    expect(statements(`${EVENT}The Kurdistan Workers' Party (PKK), a group that has fought Turkey for decades, denied having any presence in the area.`)).toEqual(['org:pkk DENIAL']);
  });

  it('is not the one praised "for what he called ...": the one who praises', () => {
    const lead = `${EVENT}"We hit them hard," said Colonel Dara Salih, a Peshmerga officer. `;
    expect(statements(`${lead}He praised the Iraqi Army for what he called "quick support" to his men.`).filter((s) => !/CLAIM/.test(s))).toEqual(['person:dara-salih SUPPORT -> force:iraqi-army']);
    expect(statements(`${lead}The Iraqi Army called on the villagers to stay indoors.`).filter((s) => !/CLAIM/.test(s))).toEqual(['force:iraqi-army CALL_FOR_ACTION']);
  });
});

describe('a statement quoted whole after "released the following statement:"', () => {
  const body = [
    '"Iraqi warplanes struck an ISIS hideout in Daquq district at dawn today, Tuesday.',
    'A search of the area by a force of the army found the bodies of four terrorists.',
    'In a related context, the Federal Police arrested two wanted men in Kirkuk yesterday.',
    'Another force seized a cache of rockets in Wadi al-Shay.',
  ];
  it('runs on until its quotation closes, and the names in it speak ("Prime Minister X praised ...")', () => {
    const text = `The Security Media Cell released the following statement:\n\n${body.join('\n\n')}\n\nPrime Minister Ali Hassan praised the pilots of the Iraqi Air Force."`;
    expect(statements(text).filter((s) => !/CLAIM/.test(s))).toEqual(['person:ali-hassan SUPPORT -> force:iraqi-air-force']);
  });
  it('leaves a quotation of one speaker inside another\'s words quoted', () => {
    const text = `The Security Media Cell released the following statement:\n\n${body.join('\n\n')}"\n\n"Prime Minister Ali Hassan praised the pilots of the Iraqi Air Force," the Cell added.`;
    expect(statements(text).filter((s) => !/CLAIM/.test(s))).toEqual(['org:security-media-cell SUPPORT -> force:iraqi-air-force']);
  });
});

describe("a country's general staff", () => {
  it('takes "the Turkish General Staff said" for a speaker of its own (a force of the government), not a sentence without one', () => {
    const lead = 'Turkish jets struck a village in Amedi district late on Tuesday, killing two shepherds. ';
    const batch = extract(`${lead}The Turkish General Staff said on Wednesday that its jets had destroyed shelters used by the PKK in the area.`);
    expect(statements('', batch)).toEqual(['force:turkish-general-staff CLAIM_OF_RESPONSIBILITY']);
    expect(batch.entities.find((e) => ref(e.id ?? '') === 'force:turkish-general-staff')).toMatchObject({ kind: 'Force', name: 'Turkish General Staff' });
    // (A general's staff is no body: "the staff of General X".)
    expect(extract(`${lead}The staff of General Omer Celik said on Wednesday that the general would visit the border.`).entities.some((e) => /Staff/.test(e.name))).toBe(false);
  });
});

describe('doubt about safety voiced', () => {
  it('reads "asking whether any camp is safe" as concern, "asked whether the road was open" as none', () => {
    expect(statements(`${EVENT}"Families are asking whether any village is safe now," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual(['person:dara-salih CONCERN']);
    expect(statements(`${EVENT}"Families are asking whether the road is open now," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual([]);
  });
});

describe('whom a call is toward', () => {
  const toward = (text: string) => extract(text).statements.filter((s) => s.stance === 'CALL_FOR_ACTION').map((s) => s.toward.map(ref).join(','));

  it('reads past the seat named after the first body ("the federal government in Baghdad and the KRG")', () => {
    expect(toward(`${EVENT}Colonel Dara Salih, a Peshmerga officer, called on the Iraqi government in Baghdad and the Kurdistan Regional Government to send more troops.`)).toEqual(['gov:iraq,gov:krg']);
    expect(toward(`${EVENT}Colonel Dara Salih, a Peshmerga officer, called on the Iraqi government to send more troops to Baghdad and the Kurdistan Region.`)).toEqual(['gov:iraq']);
  });

  it('is not a name in what the called-upon is asked to do ("calling on Ankara to respect Iraq\'s sovereignty")', () => {
    expect(toward(`${EVENT}The KRG condemned the attack, calling on Ankara to respect Iraq's sovereignty.`)).toEqual(['gov:turkey']);
    expect(toward(`${EVENT}The KRG condemned the attack, calling on the Iraqi Army to protect the villages.`)).toEqual(['force:iraqi-army']);
    // (With nobody named as the called-upon, the one they are to press.)
    expect(toward(`${EVENT}The KRG condemned the attack and urged the international community to press Turkey to stop.`)).toEqual(['gov:turkey']);
  });
});
