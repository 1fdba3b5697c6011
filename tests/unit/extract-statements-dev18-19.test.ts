/**
 * Statements as unseen articles word them (dev18/dev19 round): a local council member the reference does not know, an
 * order given to two bodies at once. Each phenomenon in new words, with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const EVENT = 'ISIS militants attacked a Peshmerga post in Kalar district late on Sunday, killing two fighters. ';

function statements(text: string, batch = extract(text)): string[] {
  return batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

describe('a member of a local council', () => {
  it('introduces "Diyala provincial council member X" as a person holding a seat on that council', () => {
    const batch = extract(`${EVENT}Diyala provincial council member Salim al-Obaidi denounced the killings and urged the Iraqi Army to guard the villages.`);
    expect(statements('', batch)).toEqual(['person:salim-al-obaidi CONDEMNATION', 'person:salim-al-obaidi CALL_FOR_ACTION -> force:iraqi-army']);
    const office = batch.relationships.find((r) => r.type === 'HOLDS_OFFICE');
    expect(office && [ref(office.from), ref(office.to)]).toEqual(['person:salim-al-obaidi', 'org:diyala-provincial-council']);
    expect(batch.entities.find((e) => ref(e.id ?? '') === 'org:diyala-provincial-council')).toMatchObject({ kind: 'Organization', name: 'Diyala Provincial Council' });
  });

  it('reads "Kirkuk councillor X" the same way, and a council of no place as no office', () => {
    expect(statements(`${EVENT}Kirkuk councillor Omar Jassim condemned the attack.`)).toEqual(['person:omar-jassim CONDEMNATION']);
    // (The security council of a body is no seat: "the council's member states".)
    expect(extract(`${EVENT}The council member states condemned the attack.`).relationships.filter((r) => r.type === 'HOLDS_OFFICE')).toEqual([]);
  });
});

describe('an order given to two bodies', () => {
  it('reads "ordered the police and the army to ..." as a call on both', () => {
    expect(statements(`${EVENT}Kirkuk Governor Omar Jassim ordered the local police directorate and the Iraqi Army to guard every road in the district.`)).toEqual([
      'person:omar-jassim CALL_FOR_ACTION -> force:iraqi-army',
    ]);
    // (An order told as a fact, with nobody to carry it out, stays none.)
    expect(statements(`${EVENT}Kirkuk Governor Omar Jassim ordered the roads and the markets closed until Tuesday.`)).toEqual([]);
  });
});

describe('praise in the first person', () => {
  it('reads "we salute every pilot" as praise, "gave a salute" as none', () => {
    expect(statements(`${EVENT}"Our pilots reached them in the dark, and we salute every one of them," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual(['person:dara-salih SUPPORT']);
    expect(statements(`${EVENT}"The pilots flew over the post and gave a salute to the fallen," said Colonel Dara Salih, a Peshmerga officer.`)).toEqual([]);
  });

  it('takes praise of "these operations" to be about every incident told', () => {
    const text = 'Iraqi warplanes struck an ISIS hideout in Kalar district on Sunday, killing three militants. On Monday, Iraqi warplanes struck a second hideout in Daquq district, killing two. ';
    const about = (t: string) => extract(t).statements.filter((s) => s.stance === 'SUPPORT').map((s) => s.about.length);
    expect(about(`${text}Colonel Dara Salih, a Peshmerga officer, praised the pilots who carried out these operations.`)).toEqual([2]);
    expect(about(`${text}Colonel Dara Salih, a Peshmerga officer, praised the pilots who carried out this operation.`)).toEqual([1]);
  });
});

describe('the lesson a speaker draws from the incident', () => {
  it('reads "said the attack showed that \\"...\\"" (the speaker\'s own words) as concern', () => {
    expect(statements(`${EVENT}Diyala lawmaker Salim al-Obaidi said the ambush showed that "the posts in the valley are left alone at night."`)).toEqual(['person:salim-al-obaidi CONCERN']);
  });

  it('not when it showed the need for something, or in reported words the call goes on from', () => {
    expect(statements(`${EVENT}Diyala lawmaker Salim al-Obaidi said the ambush showed "the need for more posts in the valley."`)).toEqual([]);
    expect(statements(`${EVENT}Diyala lawmaker Salim al-Obaidi said the ambush showed the posts in the valley were too far apart, and urged the Iraqi Army to add more.`)).toEqual(['person:salim-al-obaidi CALL_FOR_ACTION -> force:iraqi-army']);
  });
});

describe('an official introduced by the unit he heads', () => {
  it('introduces "according to the subdistrict\'s director, X." as a person who can speak later', () => {
    expect(statements(`${EVENT}Two more were wounded, according to the subdistrict's director, Kawa Rashid. Rashid said he feared "the villages will empty before winter."`)).toEqual(['person:kawa-rashid CONCERN']);
    expect(statements(`${EVENT}Two more were wounded, according to the subdistrict's records. Rashid said he feared "the villages will empty before winter."`)).toEqual([]);
  });
});

describe('words split by a quotation mark', () => {
  it('reads \'stood "with the people of ..."\' as solidarity', () => {
    expect(statements(`${EVENT}The KRG said it stood "with the people of Kalar and the families of the fallen."`)).toEqual(['gov:krg SOLIDARITY -> place:kalar']);
    expect(statements(`${EVENT}The KRG said a fisherman stood "by the water" when the attack began.`)).toEqual([]);
  });

  it('reads \'said the drone "belonged to the Turkish army"\' as an attribution', () => {
    expect(statements(`A drone struck a car near Kalar on Sunday, killing two men. The Asayish said the drone "belonged to the Turkish army".`)).toEqual(['force:asayish OTHER']);
    expect(statements(`A drone struck a car near Kalar on Sunday, killing two men. The Asayish said the car "belonged to a trader from Kalar".`)).toEqual([]);
  });
});

describe('a denial by absence', () => {
  it('reads "said it had no fighters near the village" as a denial, "no fighters left" as none', () => {
    const shelling = 'Turkish artillery shelled the village of Kani Zard in Amedi district on Sunday, wounding a shepherd. ';
    expect(statements(`${shelling}The PKK said it had no fighters anywhere near the village.`)).toEqual(['org:pkk DENIAL']);
    expect(statements(`${shelling}The PKK said it had no fighters left after the winter.`)).toEqual([]);
  });
});

describe('fear of going back', () => {
  it('reads a quoted "nobody will drive down that road" as concern, narrated as none', () => {
    expect(statements(`${EVENT}"Nobody will drive down that road again," said Kawa Rashid, a farmer from the village.`)).toEqual(['person:kawa-rashid CONCERN']);
    expect(statements(`${EVENT}Nobody will drive down that road until the engineers clear it, the Peshmerga said on Monday.`)).toEqual([]);
  });
});

describe('telling someone to act', () => {
  it('reads "told his party in late February to lay down its arms" as a call on the party', () => {
    expect(statements('The jailed leader Salim al-Obaidi told his PKK in late February to lay down its arms.')).toEqual(['person:salim-al-obaidi CALL_FOR_ACTION -> org:pkk']);
  });

  it('not "told reporters", nor "told the party that ... to"', () => {
    expect(statements('The jailed leader Salim al-Obaidi told reporters in late February to expect news.')).toEqual([]);
    expect(statements('The jailed leader Salim al-Obaidi told the PKK that he wanted to meet its leaders.')).toEqual([]);
  });
});

describe('support told with an adverb or as a welcome', () => {
  it('reads "we fully support the KRG\'s inquiry" and "welcome the swift response of the Peshmerga" as support of them', () => {
    expect(statements(`${EVENT}The United States condemned the attack. "We welcome the swift response of the Peshmerga, and we fully support the KRG's inquiry," it said.`)).toEqual([
      'gov:us CONDEMNATION',
      'gov:us SUPPORT -> force:peshmerga,gov:krg',
    ]);
  });

  it('not a welcome of news, nor support given by someone else', () => {
    expect(statements(`${EVENT}The United States condemned the attack. "We welcome the news that the road has reopened," it said.`)).toEqual(['gov:us CONDEMNATION']);
  });
});

describe('praise of cooperation', () => {
  it('reads "the cooperation with our partners in the Peshmerga continues to bear fruit" as support of them', () => {
    expect(statements(`${EVENT}"The cooperation with our partners in the Peshmerga continues to bear fruit," Colonel Dara Salih, an Iraqi Army officer, said.`)).toEqual(['person:dara-salih SUPPORT -> force:peshmerga']);
  });

  it('not cooperation that is only planned or asked for', () => {
    expect(statements(`${EVENT}"The cooperation with our partners in the Peshmerga will start next month," Colonel Dara Salih, an Iraqi Army officer, said.`)).toEqual([]);
  });
});

describe('a concern or a warning that is no worry of the speaker', () => {
  it('takes no concern from "address any concern through the committees", keeps "expressed its concern"', () => {
    expect(statements(`${EVENT}The KRG called on Turkey to stop the attacks and to address any concern through the joint committees.`)).toEqual(['gov:krg CALL_FOR_ACTION -> gov:turkey']);
    expect(statements(`${EVENT}The KRG expressed its concern and called on Turkey to stop the attacks.`)).toEqual(['gov:krg CONCERN', 'gov:krg CALL_FOR_ACTION -> gov:turkey']);
  });

  it('takes no concern from a warning that offenders would be prosecuted, keeps a warning that the violence would spread', () => {
    expect(statements(`${EVENT}The KRG urged the clans to calm down, warning that anyone who opened fire would be prosecuted.`)).toEqual(['gov:krg CALL_FOR_ACTION']);
    expect(statements(`${EVENT}The KRG urged the clans to calm down, warning that the violence would spread to other villages.`)).toEqual(['gov:krg CONCERN', 'gov:krg CALL_FOR_ACTION']);
  });
});
