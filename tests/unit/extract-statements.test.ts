import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, extract, ref, REFERENCE } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three soldiers in Daquq district on Monday. ';

function statements(text: string) {
  const batch = extract(text);
  return {
    list: batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`),
    batch,
  };
}

describe('attributions and what a reaction is about', () => {
  it('reads a body that names the attacker ("said, blaming the Turkish army") as an OTHER statement about the incident', () => {
    const batch = extract('A drone struck a car near Amedi district on Friday afternoon, the Counter-Terrorism Directorate said, blaming the Turkish army for the strike.');
    const other = batch.statements.filter((s) => s.stance === 'OTHER');
    expect(other.map((s) => ref(s.speaker))).toEqual(['org:counter-terrorism-directorate']);
    expect(other[0]!.about).toHaveLength(1);
  });

  it('reads "X and the Y" as two bodies, each a side a call is toward', () => {
    const { list, batch } = statements(`${EVENT}The Turkish Foreign Ministry called on the Peshmerga and the Popular Mobilization Forces to form a joint command.`);
    expect(list.find((x) => x.includes('CALL_FOR_ACTION'))).toMatch(/-> force:peshmerga,force:pmf$/);
    expect(batch.entities.map((e) => e.id)).not.toContain('force:peshmerga-and-the-popular-mobilization-forces');
  });

  it('ties solidarity to the incident only when its sentence reacts to one', () => {
    const about = (text: string) => extract(text).statements.filter((s) => s.stance === 'SOLIDARITY').map((s) => s.about.length);
    expect(about(`${EVENT}The Turkish foreign ministry condemned the attack and expressed solidarity with Iraq.`)).toEqual([1]);
    expect(about(`${EVENT}The Turkish foreign ministry expressed its solidarity with Iraq in its long fight.`)).toEqual([0]);
  });
});

describe('statements (error class 7)', () => {
  it('makes a titled speaker the reference does not know a Person with an office', () => {
    const { list, batch } = statements(`${EVENT}Turkish Foreign Minister Ali Demir wrote on social media that he condemned the attack.`);
    expect(list).toContain('person:ali-demir CONDEMNATION');
    expect(batch.entities).toContainEqual(expect.objectContaining({ id: 'person:ali-demir', kind: 'Person' }));
    expect(batch.relationships).toContainEqual(expect.objectContaining({ from: 'person:ali-demir', type: 'HOLDS_OFFICE', to: 'gov:turkey' }));
  });

  it('finds a speaker introduced by apposition ("the governor of Kirkuk, X, said")', () => {
    expect(statements(`${EVENT}The governor of Kirkuk, Rakan Saeed, called on the army to return to the villages.`).list).toContain('person:rakan-saeed CALL_FOR_ACTION -> force:iraqi-army');
    expect(statements(`${EVENT}A spokesman for the provincial police, Colonel Ahmed Karim, condemned the attack.`).list).toContain('person:ahmed-karim CONDEMNATION');
  });

  it('gives the embassy its statement when the text after "released the following statement:" is not quoted', () => {
    const { list } = statements(
      `${EVENT}\n\nThe U.S. Embassy in Baghdad released the following statement:\n\nThe United States condemns the attack in Daquq district. It puts Iraqi lives at risk.\n\nWe urge the Government of Iraq to hold those responsible accountable.`,
    );
    expect(list).toEqual(expect.arrayContaining(['org:u-s-embassy-in-baghdad CONDEMNATION', expect.stringMatching(/^org:u-s-embassy-in-baghdad CALL_FOR_ACTION/)]));
    expect(list.some((x) => x.startsWith('gov:us '))).toBe(false);
  });

  it('gives the embassy that issues a statement what its government says inside it, and reads "We urge" as a call', () => {
    const { list } = statements(`${EVENT}The U.S. Embassy in Baghdad released the following statement: "The United States condemns this morning's attack. We urge the Government of Iraq to hold those responsible accountable."`);
    expect(list).toEqual(expect.arrayContaining(['org:u-s-embassy-in-baghdad CONDEMNATION', expect.stringMatching(/^org:u-s-embassy-in-baghdad CALL_FOR_ACTION/)]));
    expect(list.some((x) => x.startsWith('gov:us '))).toBe(false);
  });

  it('finds a speaker named after a possessed title ("The ministry\'s spokesperson, X, called on"), and "stood by" as solidarity', () => {
    expect(statements(`${EVENT}The ministry's spokesperson, Hemin Mirani, called on the federal government to find the attackers.`).list).toEqual(expect.arrayContaining([expect.stringMatching(/^person:hemin-mirani CALL_FOR_ACTION/)]));
    expect(statements(`${EVENT}German Foreign Minister Anna Weber wrote that she stood by the people of Iraq.`).list).toEqual(expect.arrayContaining([expect.stringMatching(/^person:anna-weber SOLIDARITY/)]));
  });

  it('reads "our thoughts are with" as solidarity with whom it names', () => {
    expect(statements(`${EVENT}The German Consulate General in Erbil wrote: "Our thoughts are with the Peshmerga."`).list).toEqual(expect.arrayContaining([expect.stringMatching(/SOLIDARITY -> force:peshmerga$/)]));
  });

  it('reads rejecting another side\'s account as a denial', () => {
    expect(statements(`${EVENT}The mayor of Daquq, Kamal Aziz, rejected the Turkish account of the attack.`).list).toEqual(expect.arrayContaining([expect.stringMatching(/^person:kamal-aziz DENIAL/)]));
  });

  it('makes every name of a list of speakers speak ("Turkey, the United States and the KRG also condemned")', () => {
    const { list } = statements(`${EVENT}Turkey, the United States and the KRG also condemned the attack.`);
    expect(list).toEqual(expect.arrayContaining(['gov:turkey CONDEMNATION', 'gov:us CONDEMNATION', 'gov:krg CONDEMNATION']));
  });

  it('makes a condemnation of "these cowardly attacks" about every incident told before it', () => {
    const { batch } = statements(
      'ISIS militants attacked a Peshmerga post in Daquq district on Monday night, killing two Peshmerga. The next day, a roadside bomb wounded three soldiers in Muqdadiya district. The Ministry of Peshmerga Affairs strongly condemns these cowardly terrorist attacks.',
    );
    const condemnation = batch.statements.find((s) => s.stance === 'CONDEMNATION')!;
    expect(condemnation.about).toHaveLength(2);
    expect(new Set(condemnation.about)).toEqual(new Set(batch.events.map((e) => e.id)));
  });

  it('makes a condemnation of "the strikes" about every strike told before it, and not about an attack of another kind', () => {
    const { batch } = statements(
      'Turkish drones struck a car in Amedi district on Monday. The next day, Turkish warplanes struck a village in Daquq district. On Wednesday, gunmen attacked a police post in Muqdadiya district. The Iraqi government condemned the strikes.',
    );
    const condemnation = batch.statements.find((s) => s.stance === 'CONDEMNATION')!;
    const strikes = batch.events.filter((e) => e.subEventType === 'AIR_DRONE_STRIKE').map((e) => e.id);
    expect(strikes).toHaveLength(2);
    expect(new Set(condemnation.about)).toEqual(new Set(strikes));
  });

  it('carries the speaker of "released the following statement:" into the quote', () => {
    const { list } = statements(`${EVENT}The Turkish Foreign Ministry released the following statement:\n\n"We strongly condemn the heinous attack. We extend our condolences to the families of the victims."`);
    expect(list).toEqual(expect.arrayContaining(['org:turkey-foreign-ministry CONDEMNATION', 'org:turkey-foreign-ministry CONDOLENCE']));
  });

  it('gives two stances in one sentence two statements', () => {
    const { list } = statements(`${EVENT}Turkey condemned the attack and expressed its solidarity with Iraq.`);
    expect(list).toEqual(expect.arrayContaining(['gov:turkey CONDEMNATION', 'gov:turkey SOLIDARITY -> gov:iraq']));
  });

  it('gives solidarity with no one named to the country the incident was in', () => {
    expect(statements(`${EVENT}Turkey condemned the attack and expressed its full solidarity.`).list).toContain('gov:turkey SOLIDARITY -> gov:iraq');
  });

  it('gives none to anonymous sources', () => {
    expect(statements(`${EVENT}A security source condemned the attack.`).list).toEqual([]);
  });

  it('resolves "He" and "The ministry" to the last person or ministry named', () => {
    const { list } = statements(`${EVENT}The Turkish Foreign Ministry condemned the attack. The ministry called on Baghdad to act. Mayor Karim Jasim visited the site. He called for calm.`);
    expect(list).toEqual(expect.arrayContaining(['org:turkey-foreign-ministry CALL_FOR_ACTION -> gov:iraq', 'person:karim-jasim CALL_FOR_ACTION']));
  });

  it('reads a claim when an armed group says its fighters carried it out', () => {
    expect(statements(`${EVENT}ISIS said in a statement that its fighters had attacked the soldiers.`).list).toContain('org:isis CLAIM_OF_RESPONSIBILITY');
  });
});

describe('stances in the words of officials, ministries and wire reports', () => {
  it('reads condemnations told as what the attack was ("an aggression", "a crime", "no justification")', () => {
    expect(statements(`${EVENT}Turkey described the attack as "a crime against the people of Iraq."`).list).toContain('gov:turkey CONDEMNATION');
    expect(statements(`${EVENT}Turkey said the attack was "an aggression against Iraq".`).list).toContain('gov:turkey CONDEMNATION');
    expect(statements(`${EVENT}Turkey said the attack had "no justification".`).list).toContain('gov:turkey CONDEMNATION');
  });

  it('reads a denial in "baseless" claims, and a complaint to the Security Council as a call', () => {
    expect(statements(`${EVENT}Turkey said claims that its forces were involved were "baseless."`).list).toContain('gov:turkey DENIAL');
    expect(statements(`${EVENT}Iraq lodged a complaint with the UN Security Council.`).list).toContain('gov:iraq CALL_FOR_ACTION -> org:un-security-council');
  });

  it('gives the words to the person who said them on behalf of a body ("spokesman X said the United States condemned")', () => {
    expect(statements(`${EVENT}State Department spokesman Matthew Miller said the United States strongly condemned the attack.`).list).toContain('person:matthew-miller CONDEMNATION');
  });

  it('finds the subject of a predicate coordinated with its first one', () => {
    expect(statements(`${EVENT}Turkish Foreign Minister Ali Demir visited Baghdad on Tuesday and condemned the attack.`).list).toContain('person:ali-demir CONDEMNATION');
  });

  it('does not read what a call asks for as the caller\'s own stance', () => {
    const { list } = statements(`${EVENT}Turkey called on the international community to stand by Iraq.`);
    expect(list).not.toContain('gov:turkey SOLIDARITY -> gov:iraq');
  });

  it('reads a claim told as having used weapons to strike', () => {
    expect(statements(`${EVENT}ISIS said it had used rockets to destroy an army post.`).list).toContain('org:isis CLAIM_OF_RESPONSIBILITY');
  });
});

describe('claims in a force\'s own voice', () => {
  it('reads "said it hit positions" as a claim of the body that said it', () => {
    const list = statements('The Turkish military said it hit positions of the PKK in Amedi district on Monday.').list;
    expect(list).toContain('force:turkish-armed-forces CLAIM_OF_RESPONSIBILITY');
  });

  it('gives a claim told as "carried out by our heroic aviators" to the issuer, not to the subject of the passive', () => {
    const batch = extract('On 10 January, a group of PKK terrorists preparing an attack in Amedi district were neutralised in an air operation carried out by our heroic aviators.', '2023-01-12', 'Turkish Armed Forces');
    const list = batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`);
    expect(list).toContain('force:turkish-armed-forces CLAIM_OF_RESPONSIBILITY');
    expect(list).not.toContain('org:pkk CLAIM_OF_RESPONSIBILITY');
  });
});

describe('concern told without the word', () => {
  it('reads fear told in a quote ("the families are terrified", "no longer dare") as concern', () => {
    expect(statements(`${EVENT}"No one was hurt, but the families are terrified," the mayor of Daquq, Ahmed Saleh, said.`).list).toContain('person:ahmed-saleh CONCERN');
    expect(statements(`${EVENT}"The villagers no longer dare to go out to graze their sheep," said Ahmed Saleh, the mayor of Daquq.`).list).toContain('person:ahmed-saleh CONCERN');
  });
});

describe('calls told as a need', () => {
  it('reads "stressed the need to" and "showed again the need for" as a call for action', () => {
    expect(statements(`${EVENT}The governor of Kirkuk, Rakan Saeed, stressed the need to pursue the attackers.`).list).toContain('person:rakan-saeed CALL_FOR_ACTION');
    expect(statements(`${EVENT}The governor of Kirkuk, Rakan Saeed, offered his condolences and said the attack showed again the need for coordination between the army and the Peshmerga.`).list).toContain('person:rakan-saeed CALL_FOR_ACTION');
  });
});

describe('offices are not bodies', () => {
  it('reads "the Commander-in-Chief of the Armed Forces" as an office, so the named person speaks and no force is made of it', () => {
    const { list, batch } = statements(`${EVENT}The Commander-in-Chief of the Armed Forces, Prime Minister Ali Hassan, directed the security leaders to hold the negligent accountable.`);
    expect(batch.entities.map((e) => e.name)).not.toContain('Commander-in-Chief of the Armed Forces');
    expect(list).toContain('person:ali-hassan CALL_FOR_ACTION');
  });
});


describe('speakers no reference knows, introduced as reporters write them', () => {
  const persons = (text: string) => extract(text).entities.filter((e) => e.kind === 'Person').map((e) => e.name);

  it('reads "X, who represents Diyala in parliament, said" and carries "He called on" to X', () => {
    const { list } = statements(`${EVENT}Nizar al-Karkhi, who represents Diyala in parliament, said the attacks proved that ISIS cells still move at night. He called on the army to install thermal cameras.`);
    expect(list).toContain('person:nizar-al-karkhi CALL_FOR_ACTION -> force:iraqi-army');
  });

  it('reads "said X, Mawat\'s subdistrict director" and a rank alone ("Brigadier X") before the name', () => {
    expect(persons(`${EVENT}"They fell on the orchards," said Hawre Jamal, Mawat's subdistrict director.`)).toEqual(['Hawre Jamal']);
    expect(persons(`${EVENT}One soldier was wounded, according to Brigadier Kamaran Aziz Rashid, who commands the troops on the axis.`)).toEqual(['Kamaran Aziz Rashid']);
  });

  it('reads an Arabic or Kurdish name with its particle that speaks ("Hamid Farhan al-Jarba told Kurdistan24")', () => {
    expect(persons(`${EVENT}Hamid Farhan al-Jarba told Kurdistan24 on Monday that the militants had lit the barley themselves.`)).toEqual(['Hamid Farhan al-Jarba']);
  });
});

describe('a statement issued with its date', () => {
  it('carries "issued the following statement on October 13, 2016:" to "The United States condemns"', () => {
    const { list } = statements(
      'The U.S. Embassy in Baghdad issued the following statement on January 17, 2023:\n\nThe United States strongly condemns the rocket attack in Daquq district this morning.',
    );
    expect(list.filter((x) => x.includes('CONDEMNATION'))).toEqual(['org:u-s-embassy-in-baghdad CONDEMNATION']);
  });
});

describe('support, solidarity and condolence in one wording', () => {
  it('reads "stands with X as they investigate" and "in the fight against ISIS" as support, "thoughts are with the families" as condolence', () => {
    const stances = (s: string) => [...new Set(statements(`${EVENT}${s}`).list.map((x) => x.split(' ')[1]))];
    expect(stances('The Turkish Foreign Ministry said it stands with the Iraqi government as they investigate the attack.')).toEqual(['SUPPORT']);
    expect(stances('The Turkish Foreign Ministry said Turkey stands by the Peshmerga in the fight against ISIS.')).toEqual(['SUPPORT']);
    expect(stances('The Turkish Foreign Ministry said its thoughts are with the families of the fallen.')).toEqual(['CONDOLENCE']);
    expect(stances('The Turkish Foreign Ministry said it stands with the people of Iraq.')).toEqual(['SOLIDARITY']);
  });
});

describe('offices of local officials', () => {
  it('gives a governor the governorate, a mayor the district, a sub-district director the sub-district', () => {
    const batch = extract(
      `${EVENT}Diyala Governor Ahmed Salim said the attack was cowardly. Muqdadiya mayor Karim Nouri called on the army to act. Udhaim subdistrict director Farhad Mohammed Salih told reporters that people were afraid.`,
    );
    const governed = (personName: string) => {
      const office = batch.relationships.find((r) => r.type === 'HOLDS_OFFICE' && ref(r.from) === `person:${personName}`);
      const gov = batch.entities.find((e) => e.id === (office ? ref(office.to) : ''));
      return gov?.kind === 'Government' && gov.governs ? ref(gov.governs) : null;
    };
    expect(governed('ahmed-salim')).toBe('place:diyala-governorate');
    expect(governed('karim-nouri')).toBe('place:muqdadiya-district');
    expect(governed('farhad-mohammed-salih')).toBe('place:udhaim-subdistrict');
  });
});

describe('a speaker named after the quote', () => {
  it('reads \'"...," said Prime Minister X\' as X speaking, the title between "said" and the name', () => {
    const { list } = statements(`${EVENT}"This cowardly attack will not go unpunished," said Turkish Foreign Minister Hakan Fidan.`);
    expect(list).toContain('person:hakan-fidan CONDEMNATION');
  });
});

describe('a quotation that goes on into the next sentence', () => {
  it('gives the next sentence of the quotation to the speaker who opened it, not to a name inside it', () => {
    const { list } = statements(
      `${EVENT}The U.S. Embassy in Baghdad wrote on X that it condemned the attack, adding: "Our thoughts are with the families of the fallen. The United States will continue to support the Peshmerga in the fight against ISIS."`,
    );
    expect(list).toContain('org:u-s-embassy-in-baghdad SUPPORT -> force:peshmerga');
    expect(list.some((x) => x.startsWith('gov:us '))).toBe(false);
  });

  it('takes the subject of a live-blog entry ("18:55 – X, on Twitter: "...") as the speaker of the quote\'s next sentence', () => {
    const { list } = statements(`${EVENT}\n\n18:55 – The U.S. Embassy in Baghdad, on Twitter: "We are saddened by the loss of lives today. Civilians must be protected."`);
    expect(list).toContain('org:u-s-embassy-in-baghdad CALL_FOR_ACTION');
  });
});

describe("a side's own account of the dead (OTHER)", () => {
  const DRONE = 'A Turkish drone struck a car in Makhmour district on Monday, killing two people. ';
  it('reads "announced the death of two of its fighters" and "announced that one of its fighters was killed" as the group\'s statement about the incident', () => {
    for (const text of ['The PKK announced on Tuesday the death of two of its fighters in the strike.', 'The PKK announced on Tuesday that two of its fighters were killed in the strike.']) {
      const batch = extract(DRONE + text);
      const other = batch.statements.filter((s) => s.stance === 'OTHER');
      expect(other.map((s) => ref(s.speaker))).toEqual(['org:pkk']);
      expect(other[0]!.about).toHaveLength(1);
    }
  });

  it('reads "said all of the dead were civilians" and "said those killed were refugees, not fighters" as OTHER', () => {
    expect(statements(`${DRONE}The Kurdistan Regional Government said all of the dead were civilians, among them a woman.`).list).toContain('gov:krg OTHER');
    expect(statements(`${DRONE}The PKK said those killed were refugees, not fighters.`).list).toContain('org:pkk OTHER');
  });
});

describe('speaker forms: a title with no article', () => {
  it('reads "X, director of Udhaim subdistrict, told" as a person holding the sub-district\'s office', () => {
    const { list, batch } = statements(`${EVENT}Farhad Mohammed Salih, director of Udhaim subdistrict in Khalis district, told reporters that the army must return. He called on the army to return to the villages.`);
    expect(list.some((x) => x.startsWith('person:farhad-mohammed-salih CALL_FOR_ACTION'))).toBe(true);
    expect(batch.relationships).toContainEqual(expect.objectContaining({ from: 'person:farhad-mohammed-salih', type: 'HOLDS_OFFICE' }));
  });
});

describe('concern told as a warning', () => {
  it('reads "warned that ..." and "warning that ..." as concern, but not a threat that operations "would continue"', () => {
    expect(statements(`${EVENT}Nizar al-Karkhi, a member of parliament, warned that ISIS remnants were moving freely again.`).list).toContain('person:nizar-al-karkhi CONCERN');
    expect(statements(`${EVENT}Nizar al-Karkhi, a member of parliament, urged the army to act, warning that "the whole district will burn."`).list).toContain('person:nizar-al-karkhi CONCERN');
    expect(statements(`${EVENT}The Turkish Foreign Ministry warned that the operations would continue until the threat was removed.`).list.filter((x) => x.includes('CONCERN'))).toEqual([]);
  });

  it('leaves out a warning told as a habit of unnamed officials ("have repeatedly warned that")', () => {
    expect(statements(`${EVENT}Peshmerga commanders have repeatedly warned that ISIS remnants use the gaps between the lines.`).list.filter((x) => x.includes('CONCERN'))).toEqual([]);
  });
});

describe("a security body telling what its own side did (claim)", () => {
  it('reads "Iraqi forces repelled an attack ..., killing two of the attackers, the Counter-Terrorism Service said" as the service\'s claim, with no perpetrator added', () => {
    const batch = extract('Iraqi forces repelled an ISIS attack on an army post in Daquq district on Monday night, killing two of the attackers, the Counter-Terrorism Service said on Tuesday.');
    const claims = batch.statements.filter((s) => s.stance === 'CLAIM_OF_RESPONSIBILITY');
    expect(claims.map((s) => ref(s.speaker))).toEqual(['force:cts']);
    expect(claims[0]!.about).toHaveLength(1);
    expect(batch.events[0]!.perpetrators.map(ref)).not.toContain('force:cts');
  });

  it('leaves out an unnamed officer ("a Peshmerga commander said") and a report told as background ("has said")', () => {
    const claims = (text: string) => extract(text).statements.filter((s) => s.stance === 'CLAIM_OF_RESPONSIBILITY');
    expect(claims('Peshmerga forces repelled an ISIS attack on a post in Makhmour district on Monday night, killing two of the attackers, a Peshmerga commander said on Tuesday.')).toEqual([]);
    expect(claims('Iraqi forces repelled an ISIS attack on an army post in Daquq district on Monday night, killing two of the attackers, the Counter-Terrorism Service has said.')).toEqual([]);
  });
});

describe('an administrator speaks', () => {
  it('reads "Daquq administrator X" and "the administrator of Daquq district, X," as a person heading the district', () => {
    for (const text of [`${EVENT}Daquq administrator Salar Hassan condemned the attack.`, `${EVENT}The administrator of Daquq district, Salar Hassan, condemned the attack.`]) {
      const { list, batch } = statements(text);
      expect(list).toContain('person:salar-hassan CONDEMNATION');
      const office = batch.relationships.find((r) => r.type === 'HOLDS_OFFICE' && ref(r.from) === 'person:salar-hassan');
      const gov = batch.entities.find((e) => e.id === (office ? ref(office.to) : ''));
      expect(gov?.kind === 'Government' && gov.governs ? ref(gov.governs) : null).toBe('place:daquq-district');
    }
  });
});

describe('bodies named by an observatory or a syndicate', () => {
  it('reads "the Journalistic Freedoms Observatory" as a body, and "The Observatory called on" as its call', () => {
    const { list } = statements('Police arrested twenty protesters in Basra on Monday, according to the Journalistic Freedoms Observatory. The Observatory called on the interior ministry to release them.');
    expect(list.some((x) => x.startsWith('org:journalistic-freedoms-observatory CALL_FOR_ACTION'))).toBe(true);
    expect(statements(`${EVENT}The Iraqi Journalists Syndicate condemned the attack.`).list).toContain('org:iraqi-journalists-syndicate CONDEMNATION');
  });
});

describe('a denial told as dismissing a statement', () => {
  it('reads "dismissed the Iranian statement" as a denial', () => {
    expect(statements(`${EVENT}The Kurdistan Regional Government dismissed the Turkish statement.`).list).toContain('gov:krg DENIAL');
    expect(statements(`${EVENT}The Kurdistan Regional Government dismissed Ankara's assertions as baseless.`).list).toContain('gov:krg DENIAL');
  });
});

describe('condolence and condemnation in other words', () => {
  it('reads "said its thoughts were with the victims" as condolence, not solidarity', () => {
    const { list } = statements(`${EVENT}The Kurdistan Regional Government condemned the attack and said its thoughts were with the victims.`);
    expect(list).toContain('gov:krg CONDOLENCE');
    expect(list.some((x) => x.startsWith('gov:krg SOLIDARITY'))).toBe(false);
  });

  it('reads "described the bombing as a desperate attempt to destabilize the country" as condemnation', () => {
    expect(statements(`${EVENT}The Kurdistan Regional Government described the bombing as a desperate attempt to destabilize the country.`).list).toContain('gov:krg CONDEMNATION');
  });
});

describe("a ministry's own statement naming it by its bare name", () => {
  it('gives "The Ministry of Foreign Affairs denounces ..." to the publisher "Ministry of Foreign Affairs of Turkey", not to a new body', () => {
    const batch = extract(`${EVENT}The Ministry of Foreign Affairs denounces the attack and calls on the Iraqi government to protect the area.`, '2023-01-17', 'Ministry of Foreign Affairs of Turkey');
    const speakers = batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`);
    expect(speakers).toContain('org:turkey-foreign-ministry CONDEMNATION');
    expect(speakers.some((x) => x.startsWith('org:ministry-of-foreign-affairs '))).toBe(false);
  });
});

describe('a claim told as background', () => {
  it('leaves out "has said it targeted ..." and "has said its strikes targeted ...", but keeps "has claimed responsibility"', () => {
    const claims = (text: string) => statements(`${EVENT}${text}`).list.filter((x) => x.includes('CLAIM_OF_RESPONSIBILITY'));
    expect(claims('The PKK has said it targeted "occupying forces" in the area.')).toEqual([]);
    expect(claims('The PKK has said its fighters targeted "occupying forces" in the area.')).toEqual([]);
    expect(claims('The PKK said on Tuesday that it had targeted the soldiers.')).toEqual(['org:pkk CLAIM_OF_RESPONSIBILITY']);
    expect(claims('ISIS has claimed responsibility for the attack.')).toEqual(['org:isis CLAIM_OF_RESPONSIBILITY']);
  });
});

describe('a person named at the end of the sentence that introduces them', () => {
  it('reads "according to Kalar\'s administrator, Salar Hassan." as a person who speaks later', () => {
    const { list } = statements(
      'Militants attacked an army post near Kalar on Monday night, according to Kalar\'s administrator, Salar Hassan. "The villages have no real protection," Hassan said, calling on the Iraqi Army to send more troops.',
    );
    expect(list.some((x) => x.startsWith('person:salar-hassan CALL_FOR_ACTION'))).toBe(true);
  });
});

describe('a branch of a force named around it', () => {
  const withBranch = Gazetteer.fromEntities([
    ...REFERENCE,
    ...importBatchSchema.parse({
      entities: [
        { id: 'force:irgc', kind: 'Force', name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards'] },
        { id: 'force:irgc-ground-forces', kind: 'Force', name: 'IRGC Ground Forces', partOf: 'force:irgc' },
      ],
    }).entities,
  ]);
  const claimants = (text: string) =>
    extractArticle(article(`Iranian missiles struck a camp in Makhmour district on Tuesday, killing two people. ${text}`), withBranch, { fileName: 'test.md' })
      .batch.statements.filter((s) => s.stance === 'CLAIM_OF_RESPONSIBILITY')
      .map((s) => ref(s.speaker));

  it('gives "the Islamic Revolutionary Guard Corps (IRGC) Ground Forces said" and "the ground forces of the IRGC said" to the branch', () => {
    expect(claimants('Iran\'s Islamic Revolutionary Guard Corps (IRGC) Ground Forces said in a statement that it had struck "terrorist headquarters".')).toEqual(['force:irgc-ground-forces']);
    expect(claimants('The ground forces of Iran\'s Islamic Revolutionary Guard Corps (IRGC) said that they had shelled "terrorist positions".')).toEqual(['force:irgc-ground-forces']);
    expect(claimants('The Islamic Revolutionary Guard Corps said that it had struck "terrorist headquarters".')).toEqual(['force:irgc']);
  });
});

describe('a verb of saying inside a relative clause (dev14)', () => {
  it('reads no claim in "has said it was targeting militants who it says attacked its forces"', () => {
    const batch = extract(
      'Turkish artillery shells hit the village of Tal Sabah near Kalar on Sunday, wounding two farmers. The Turkish military has said it was targeting militants who it says attacked its forces from Iraqi territory.',
    );
    expect(batch.statements.filter((s) => s.stance === 'CLAIM_OF_RESPONSIBILITY')).toEqual([]);
  });
});

describe('a ministry that names its own government (dev14)', () => {
  it('gives "the Turkish Foreign Ministry condemned ... and said Turkey stood in solidarity" to the ministry alone', () => {
    const batch = extract(
      'Gunmen killed two shepherds near Muqdadiya on Sunday. The Turkish Foreign Ministry condemned the attack and said Turkey stood "in solidarity with the people of Iraq."',
    );
    expect([...new Set(batch.statements.map((s) => ref(s.speaker)))]).toEqual(['org:turkey-foreign-ministry']);
  });
});
