/**
 * Statements as unseen articles word them (dev20 round): a diplomatic mission speaking for itself in a statement
 * "released by" it, a toll told with "claimed the lives", an order given with "directed that ...". Each phenomenon in
 * new words, with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, extract, ref, REFERENCE } from './extract-fixtures.js';

/** The fixture reference with a federal ministry and a coalition, for calls on them. */
const MORE = importBatchSchema.parse({
  entities: [
    { id: 'org:iraq-ministry-of-interior', kind: 'Organization', name: 'Ministry of Interior of Iraq', aliases: ['Iraqi Ministry of Interior'], organizationType: 'MINISTRY', partOf: 'gov:iraq' },
    { id: 'force:coalition', kind: 'Force', name: 'Global Coalition to Defeat ISIS', aliases: ['International Coalition'] },
  ],
}).entities;
const wider = (text: string) => extractArticle(article(text), Gazetteer.fromEntities([...REFERENCE, ...MORE]), { fileName: 'test.md' }).batch;

const EVENT = 'ISIS militants attacked a Peshmerga post in Kalar district late on Sunday, killing two fighters. ';

function statements(text: string, batch = extract(text)): string[] {
  return batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('a diplomatic mission speaking for itself', () => {
  const MISSION = 'KALAR - This statement was issued by the U.S. Consulate General in Erbil:\n\n';

  it('opens the statement with "This statement was issued by X:" and keeps the mission as its speaker', () => {
    const batch = extract(`${MISSION}The United States deplores the attack on the Peshmerga post in Kalar district on Sunday night, which killed two fighters.\n\nWe will continue to support the Peshmerga in the fight against ISIS.`);
    expect(statements('', batch)).toEqual(['org:u-s-consulate-general-in-erbil CONDEMNATION', 'org:u-s-consulate-general-in-erbil SUPPORT -> force:peshmerga']);
  });

  it('reads "the United States Embassy" as the embassy the article named, not as the state', () => {
    const batch = extract('The U.S. Embassy in Baghdad said on Monday that a rocket struck a base near Kalar on Sunday, wounding two guards.\n\nThe United States Embassy deplores the rocket attack.');
    expect(statements('', batch)).toEqual(['org:u-s-embassy-in-baghdad CONDEMNATION']);
    expect(batch.entities.filter((e) => /embassy/i.test(e.name)).map((e) => ref(e.id ?? ''))).toEqual(['org:u-s-embassy-in-baghdad']);
    // (The state itself, named alone, still speaks as the state.)
    expect(statements('A rocket struck a base near Kalar on Sunday, wounding two guards.\n\nThe United States deplores the rocket attack.')).toEqual(['gov:us CONDEMNATION']);
  });

  it('takes a publisher named as a country\'s embassy to be the embassy the text names', () => {
    const batch = extract('The U.S. Embassy in Baghdad released the following statement:\n\nThe United States deplores the rocket attack on a base near Kalar on Sunday, which wounded two guards.', '2023-01-17', 'U.S. Embassy Iraq');
    expect(batch.articles[0]!.publisher && ref(batch.articles[0]!.publisher)).toBe('org:u-s-embassy-in-baghdad');
    expect(batch.entities.filter((e) => /embassy/i.test(e.name)).map((e) => ref(e.id ?? ''))).toEqual(['org:u-s-embassy-in-baghdad']);
  });

  it('keeps "This cowardly attack, which comes days after ..." about the attack it points back to', () => {
    const text = 'The U.S. Embassy in Baghdad released the following statement:\n\nThe embassy deplores the rocket attack on a base near Kalar on Sunday, which wounded two guards.\n\nThis heinous attack, which follows by two days a mortar strike that wounded three soldiers in Muqdadiya on Friday, endangers everyone on the base.';
    const batch = extract(text);
    expect(batch.events.length).toBe(2);
    expect(batch.statements.map((s) => `${s.stance} ${s.about.length}`)).toEqual(['CONDEMNATION 1']);
  });
});

describe('a toll that "claimed the lives" of people', () => {
  it('is no claim of responsibility by the body that condemns the attack', () => {
    expect(statements('The Ministry of Foreign Affairs of Turkey deplores the bombing of a market in Kalar on Sunday, which claimed the lives of four shoppers, and calls for the attackers to be brought to justice.')).toEqual([
      'org:turkey-foreign-ministry CONDEMNATION',
      'org:turkey-foreign-ministry CALL_FOR_ACTION',
    ]);
    // (A group that claims the attack still does.)
    expect(statements('A bomb tore through a market in Kalar on Sunday, killing four shoppers. ISIS claimed the bombing in a statement on Telegram, saying its fighters planted the device.').map((s) => s.split(' ')[1])).toContain('CLAIM_OF_RESPONSIBILITY');
  });
});

describe('an order given as "directed that ..."', () => {
  it('reads "directed that the search continue" as a call', () => {
    expect(statements(`${EVENT}Prime Minister Omar Jassim commended the Peshmerga and directed that the hunt for the attackers go on until all are caught.`)).toEqual([
      'person:omar-jassim SUPPORT -> force:peshmerga',
      'person:omar-jassim CALL_FOR_ACTION',
    ]);
    // ("directed that" a fact be told is no order: nothing is to be done.)
    expect(statements(`${EVENT}Prime Minister Omar Jassim commended the Peshmerga and noted that the attackers fled across the valley.`)).toEqual(['person:omar-jassim SUPPORT -> force:peshmerga']);
  });
});

describe('whom a call or praise is toward, named after what is praised or in a list', () => {
  it('reads "the federal Ministry of Interior" as Baghdad\'s ministry, and "the units of the X" after "and" as X', () => {
    const batch = wider(`${EVENT}The KRG urged the federal Ministry of Interior and the units of the International Coalition to guard the valley road.`);
    expect(statements('', batch)).toEqual(['gov:krg CALL_FOR_ACTION -> org:iraq-ministry-of-interior,force:coalition']);
    // (A name after "against" in what is asked is not called on.)
    expect(statements('', wider(`${EVENT}The KRG urged the federal Ministry of Interior to act against the International Coalition.`))).toEqual(['gov:krg CALL_FOR_ACTION -> org:iraq-ministry-of-interior']);
  });

  it('takes praise of "the courage of the crews of the X" to be toward X', () => {
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised the courage and skill of the crews of the Iraqi Air Force.`)).toEqual(['person:omar-jassim SUPPORT -> force:iraqi-air-force']);
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised "the speed and accuracy of the gunners of the Federal Police and the Peshmerga".`)).toEqual(['person:omar-jassim SUPPORT -> force:federal-police,force:peshmerga']);
    // (Not the body named after a place or target preposition: the strikes on ISIS are no praise of ISIS.)
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised the speed of the strikes on the hideouts of ISIS.`)).toEqual(['person:omar-jassim SUPPORT']);
  });
});

describe('a speaker introduced by a bare title', () => {
  it('introduces "the governor, X, told ..." as a person who can speak later by surname', () => {
    const text = `${EVENT}The post had been left with four men, the governor, Rebwar Saleem, told reporters. Saleem urged the KRG to send more troops to the valley.`;
    expect(statements(text)).toEqual(['person:rebwar-saleem CALL_FOR_ACTION -> gov:krg']);
    // (A title with no name after it introduces nobody.)
    expect(statements(`${EVENT}The post had been left with four men, the governor told reporters. Saleem urged the KRG to send more troops to the valley.`)).toEqual([]);
  });
});

describe('an official\'s account of what the search found', () => {
  const STRIKE = 'Iraqi warplanes struck an ISIS hideout in Kalar district on Sunday, killing three militants. ';

  it('reads "told X that troops found the bodies of more militants" and a revised toll as the official\'s account', () => {
    expect(statements(`${STRIKE}Colonel Dara Salih told reporters that a patrol found the bodies of two more militants in a ravine nearby.`)).toEqual(['person:dara-salih OTHER']);
    expect(statements(`${STRIKE}Colonel Dara Salih announced on Monday that the number of militants killed in the strike had climbed to five.`)).toEqual(['person:dara-salih OTHER']);
    expect(statements(`${STRIKE}"A patrol found the bodies of two more militants in a ravine," Colonel Dara Salih told reporters.`)).toEqual(['person:dara-salih OTHER']);
  });

  it('takes "..., the statement added." to go on with the speaker before', () => {
    expect(statements(`${STRIKE}The Asayish said in a statement that the hideout had been used for months. A patrol that reached the ravine found the bodies, with two rifles, the statement added.`)).toEqual(['force:asayish OTHER']);
  });

  it('not for the bodies of victims, nor when nobody is said to tell it', () => {
    expect(statements(`${EVENT}Colonel Dara Salih told reporters that a patrol found the bodies of the two fighters near the post.`)).toEqual([]);
    expect(statements(`${STRIKE}A patrol found the bodies of two more militants in a ravine nearby.`)).toEqual([]);
  });
});

describe('whom the speaker believes did it', () => {
  it('reads "investigators believe a cell planted the bomb" in a speaker\'s words as an attribution', () => {
    const BOMB = 'A roadside bomb struck a police car near Kalar on Sunday, wounding two policemen. ';
    expect(statements(`${BOMB}Colonel Dara Salih said the device was buried overnight and that detectives suspected a local cell had planted the bomb.`)).toEqual(['person:dara-salih OTHER']);
    expect(statements(`${BOMB}Colonel Dara Salih said the device was buried overnight and that detectives suspected it was made in a workshop.`)).toEqual([]);
  });
});

describe('praise that opens a quotation', () => {
  it('reads \'praised "the pilots of our brave air force ..."\' as toward the air force', () => {
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised "the pilots of our brave air force, who answered within the hour."`)).toEqual(['person:omar-jassim SUPPORT -> force:iraqi-air-force']);
    // (An air force in a quotation after the object is no object of the praise.)
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised the villagers, "who watched our air force answer within the hour."`)).toEqual(['person:omar-jassim SUPPORT']);
  });

  it('reads praise of "the close coordination with X" as toward X', () => {
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised "the close and daily coordination with the Counter-Terrorism Service that made the raid possible."`)).toEqual(['person:omar-jassim SUPPORT -> force:cts']);
    expect(statements(`${EVENT}Prime Minister Omar Jassim praised "the close and daily coordination that made the raid possible" in a call with the Counter-Terrorism Service.`)).toEqual(['person:omar-jassim SUPPORT']);
  });
});

describe('a government named by its demonym after the names a stance is toward', () => {
  it('reads "supports the Peshmerga and our Turkish allies" as toward both', () => {
    expect(statements(`${EVENT}The KRG said it would continue to support the Peshmerga and its Turkish allies in the fight against ISIS.`)).toEqual(['gov:krg SUPPORT -> force:peshmerga,gov:turkey']);
    // (Allies named by no country are nobody more.)
    expect(statements(`${EVENT}The KRG said it would continue to support the Peshmerga and its many allies in the fight against ISIS.`)).toEqual(['gov:krg SUPPORT -> force:peshmerga']);
  });
});

describe('a body named after a preposition of place', () => {
  it('is no speaker of the participle that follows ("rallied outside the X, demanding ...")', () => {
    expect(statements(`${EVENT}Relatives of the fighters rallied outside the Asayish on Monday, demanding that the bodies be returned.`)).toEqual([]);
    // (The body as the subject still speaks.)
    expect(statements(`${EVENT}The Asayish, on Monday, demanded that the bodies be returned.`)).toEqual(['force:asayish CALL_FOR_ACTION']);
  });
});
