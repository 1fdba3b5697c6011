import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { extract, gazetteer, ref } from './extract-fixtures.js';

const events = (text: string, published = '2023-01-17') =>
  extract(text, published).events.map((e) => ({
    type: e.subEventType,
    date: e.date,
    place: e.place ? ref(e.place) : null,
    perps: e.perpetrators.map(ref),
    killed: e.casualties.reduce((n, c) => n + (c.killed ?? 0), 0),
    injured: e.casualties.reduce((n, c) => n + (c.injured ?? 0), 0),
  }));

describe('discourse assembly (error classes 1, 2, 4)', () => {
  it('keeps two incidents on two days apart: an IED one day, a repelled attack the next', () => {
    const found = events(
      'A roadside bomb wounded two soldiers in Daquq district on Sunday. On Monday, troops repelled an attack by ISIS militants on an army post in Tuz Khurmatu district.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:daquq-district',
      'ARMED_CLASH 2023-01-16 place:tuz-khurmatu-district',
    ]);
  });

  it('gives each incident of a round-up its own date and province', () => {
    const found = events(
      'In Diyala, gunmen killed two shepherds on Saturday. In a separate attack on Sunday, a roadside bomb wounded three policemen in Kirkuk province.',
    );
    expect(found.map((e) => `${e.date} ${e.place}`)).toEqual(['2023-01-14 place:diyala-governorate', '2023-01-15 place:kirkuk-governorate']);
  });

  it('dates "Monday\'s attack" in an article published the next day', () => {
    expect(events("Monday's attack on a checkpoint in Daquq district killed three soldiers.")[0]!.date).toBe('2023-01-16');
  });

  it('never makes a current event of background more than a month old', () => {
    const found = events(
      'Security forces fired tear gas at protesters in Baghdad on Sunday, leaving two protesters injured. Baghdad was a centre of the 2019 protest movement, during which around 600 people were killed.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.killed).toBe(0);
    expect(found[0]!.injured).toBe(2);
  });

  it('keeps a search operation for the attackers inside the attack (no spurious change to group activity)', () => {
    const found = events('ISIS militants killed two Peshmerga in Makhmour district on Monday. Peshmerga forces launched a search operation to find the attackers.');
    expect(found.map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });

  it('adds figures told after the lead to the incident', () => {
    const found = events('Gunmen attacked an army post in Daquq district late on Monday. Three soldiers were killed and two others wounded.');
    expect(found).toHaveLength(1);
    expect(found[0]!.killed).toBe(3);
    expect(found[0]!.injured).toBe(2);
  });

  it('creates the incident a statement tells in a relative clause (error class 3)', () => {
    const found = events(
      'Turkey condemned the attack yesterday in Makhmour district that took the lives of four soldiers and two civilians, the ministry said.',
      '2021-12-04',
    );
    expect(found).toEqual([expect.objectContaining({ date: '2021-12-03', place: 'place:makhmour-district', killed: 6 })]);
  });

  it('places an incident in the province, not the country of a government that reacted', () => {
    const found = events('A car bomb killed five people in Diyala province on Monday. Turkey condemned the bombing.');
    expect(found.map((e) => e.place)).toEqual(['place:diyala-governorate']);
  });

  it('dates "the same night" from the incident before', () => {
    const found = events('Militants attacked a police post in Daquq district on Saturday night. In a separate incident on the same night, gunmen wounded two fighters in Muqdadiya district.');
    expect(found.map((e) => e.date)).toEqual(['2023-01-14', '2023-01-14']);
  });
});

describe('round-ups', () => {
  it('opens one incident for "In a separate incident", whatever the number of trigger words in it', () => {
    const found = events(
      'A roadside bomb killed two soldiers in Daquq district on Sunday. In a separate incident, three soldiers were killed and another wounded on Monday when gunmen attacked an army checkpoint in Tuz Khurmatu district.',
    );
    expect(found.map((e) => `${e.date} ${e.place} ${e.killed}`)).toEqual(['2023-01-15 place:daquq-district 2', '2023-01-16 place:tuz-khurmatu-district 3']);
  });
});

describe('the day of an incident whose words give none', () => {
  it('is the day of the incident told just before it (the narrative\'s day)', () => {
    const found = events(
      'Militants killed two soldiers in Daquq district on Sunday night. Meanwhile, gunmen abducted three shepherds in Tuz Khurmatu district.',
    );
    expect(found.map((e) => `${e.date} ${e.place}`)).toEqual(['2023-01-15 place:daquq-district', '2023-01-15 place:tuz-khurmatu-district']);
  });

  it('is, with no day anywhere, the week before publication (WEEK runs seven days from its date)', () => {
    const found = extract('Gunmen killed two soldiers in Daquq district, a police source said.', '2023-01-17').events;
    expect(found.map((e) => `${e.date}/${e.datePrecision}`)).toEqual(['2023-01-11/WEEK']);
  });
});

describe('an attack told with the one before it', () => {
  it('keeps "a day after ISIS struck the Peshmerga" and a bomb on the reinforcements apart from the attack told first', () => {
    const found = events(
      'Peshmerga forces late on Tuesday repelled an ISIS attack on a position near the village of Mamlaha in Kalar district, killing one of the attackers. The attack came a day after ISIS struck the Peshmerga twice in one night in the same district. Three Peshmerga were killed when militants attacked a position near the village of Merwani on Monday night, and a fourth died when a bomb hit the reinforcements sent to help them.',
      '2026-08-26',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place} ${e.killed}`)).toEqual([
      'ARMED_CLASH 2026-08-25 place:mamlaha 1',
      'ARMED_CLASH 2026-08-24 place:merwani 3',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2026-08-24 place:merwani 1',
    ]);
  });
});

describe('a wave of strikes', () => {
  it('reads "A third drone hit a position near the village of X" as another strike where it fell, and a second blast at the same spot as the same incident', () => {
    const found = events(
      'Five people were killed on Wednesday morning when Iranian drones struck a compound on the outskirts of Kalar. A third drone hit a position near the village of Banaw in Kalar district, wounding two party members.',
      '2025-11-12',
    );
    expect(found.map((e) => `${e.type} ${e.place}`)).toEqual(['AIR_DRONE_STRIKE place:kalar', 'AIR_DRONE_STRIKE place:banaw']);
    expect(events('A roadside bomb killed two soldiers in Kalar district on Monday. Another bomb went off as troops arrived, wounding three.', '2025-11-12')).toHaveLength(1);
  });
});

describe('hostages taken and freed', () => {
  it('keeps an abduction whose hostages were found dead an abduction, and a rescue its own event where the story stands', () => {
    const found = events(
      'Gunmen abducted nine men who had gone to hunt in the desert of Daquq district, and four of them were later found shot dead, officials said on Tuesday. The hunters were taken on Monday afternoon some 40 kilometres west of Daquq. Soldiers freed three of the captives later that night after a firefight in which one of the gunmen was killed.',
      '2026-10-13',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place} ${e.killed}`)).toEqual([
      'ABDUCTION_FORCED_DISAPPEARANCE 2026-10-12 place:daquq-district 4',
      'OTHER 2026-10-12 place:daquq-district 1',
    ]);
  });
});

describe('the thing hit told again', () => {
  it('places the incident where a later sentence says its target was hit ("the vehicle was hit on the road leading to the village of X")', () => {
    const found = events(
      'The group announced on Thursday that one of its fighters was killed when a Turkish drone targeted their vehicle on Wednesday afternoon. In a statement, the group said the vehicle was hit on the road leading to the village of Borek, in Makhmour district.',
      '2025-11-20',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['AIR_DRONE_STRIKE 2025-11-19 place:borek']);
  });
});

describe('a reference with a day and a village of its own', () => {
  it('is an earlier incident of the same kind ("The first shells struck on Sunday evening ... above the village of X")', () => {
    const found = events(
      'Iranian artillery shells landed around the village of Sherana in Makhmour district on Monday afternoon, officials said. The first shells struck on Sunday evening, when rounds hit the slopes above the village of Rezan, wounding a shepherd.',
      '2025-08-26',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place} ${e.injured}`)).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2025-08-25 place:sherana 0',
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2025-08-24 place:rezan 1',
    ]);
  });

  it('is the incident told again when it names the incident\'s own place', () => {
    const found = events('Iranian artillery shells landed around the village of Sherana in Makhmour district on Monday afternoon. The shelling of Sherana continued on Tuesday morning.', '2025-08-26');
    expect(found.map((e) => `${e.type} ${e.place}`)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK place:sherana']);
  });
});

describe('whose figures', () => {
  const casualties = (text: string) => extract(text).events.flatMap((e) => e.casualties.map((c) => `${c.actor ?? c.group} ${c.killed ?? 0}/${c.injured ?? 0}`));

  it('takes the force of "members of the Federal Police", and gives the generic police figures to the police force the incident names', () => {
    expect(casualties('Militants killed 13 members of the Federal Police in an attack in Daquq district on Monday. Three policemen were killed in the first exchange of fire. Three other policemen were wounded.')).toEqual([
      'force:federal-police 13/3',
    ]);
  });

  it('gives "two others" the force of the member counted before them', () => {
    expect(casualties('A member of the Federal Police was killed and two others were wounded on Monday when a bomb went off in Daquq district.')).toEqual([
      'force:federal-police 1/2',
    ]);
  });

  it('gives a toll of people to the group a later sentence says the victims belonged to', () => {
    const told = 'Two people were killed on Sunday when a drone struck a pickup truck in Amedi district.';
    expect(casualties(`${told} The directorate said both men inside it were members of the Kurdistan Workers' Party (PKK).`)).toEqual(['org:pkk 2/0']);
    expect(casualties(`${told} A drone had hit the vehicle, killing its two occupants, whom it described as members of the PKK.`)).toEqual(['org:pkk 2/0']);
    // A description that does not fit the toll by count changes nothing.
    expect(casualties(`${told} The directorate said one person was killed, a member of the PKK.`)).toEqual(['CIVILIANS 2/0']);
    // Members of a family are no force.
    expect(casualties(`${told} Both men were members of the same family.`)).toEqual(['CIVILIANS 2/0']);
  });

  it('gives "the death of two of its fighters" to the group that announced it', () => {
    expect(casualties("The Kurdistan Workers' Party announced on Tuesday the death of two of its fighters in a Turkish drone strike in Amedi district on Monday.")).toEqual([
      'org:pkk 2/0',
    ]);
  });

  it('breaks a total down into the forces of its parts', () => {
    expect(casualties('Ten people were killed in an air strike on a convoy in Daquq district on Monday: five members of the Federal Police and five members of ISIS.')).toEqual([
      'force:federal-police 5/0',
      'org:isis 5/0',
    ]);
  });
});

describe('places measured from a town', () => {
  const placed = (text: string) => extract(text).events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : '-'}${e.geoPrecision ? ` gp${e.geoPrecision}` : ''}`);

  it('places an incident "some 30 km southwest of" a town near it (geo precision 2)', () => {
    expect(placed('Two soldiers were killed on Monday when militants attacked an army post some 30 km southwest of Kirkuk, a source said.')).toEqual(['ARMED_CLASH place:kirkuk gp2']);
  });

  it('gives the place measured from way to the village a later sentence names for the incident', () => {
    expect(
      placed('Militants killed two soldiers in an attack on a village southwest of Muqdadiya on Monday night. The gunmen ambushed the soldiers outside their post in the village of Tal Haroun.'),
    ).toEqual(['ARMED_CLASH place:tal-haroun']);
  });
});

describe('places measured from a city in another province', () => {
  const placed = (text: string) => extract(text).events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : '-'}${e.geoPrecision ? ` gp${e.geoPrecision}` : ''}`);

  it('gives "north of Baghdad" way to the villages a later sentence says the attack took place in, across the province line', () => {
    expect(
      placed(
        'Militants stormed an army barracks in a rural area north of Baghdad early Friday and shot dead 11 soldiers. The attack took place at a small base between the villages of al-Tala and Umm al-Karami in al-Azim district, in Diyala province.',
      ),
    ).toEqual(['ARMED_CLASH place:al-tala']);
  });

  it('keeps "north of Baghdad" when the village of the later sentence is too far for the bearing (another incident)', () => {
    const found = placed('Militants stormed an army barracks north of Baghdad on Friday and killed two soldiers. Gunmen attacked a police post in the village of Tal Haroun in Daquq district on Friday, killing one policeman.');
    expect(found[0]).toBe('ARMED_CLASH place:baghdad gp2');
    expect(found).toHaveLength(2);
  });

  it('does not let a reference without a locating verb move a place told as near a village', () => {
    expect(
      placed('Two soldiers were killed on Monday when a bomb went off near the village of Tel Zawiya in Daquq district. The bomb had been buried in a dirt road linking Tel Zawiya with the village of Albu Mohammed.'),
    ).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED place:tel-zawiya gp2']);
  });
});

describe('two reports in one sentence and their details after it', () => {
  const text =
    'Security forces in the Garmiyan administration detained three suspected ISIS members on Saturday, and a day later Peshmerga fighters repelled an attack on one of their posts in the same area. ' +
    'The Garmiyan Asayish said in a statement that its forces raided a house in the village of Gomashin in Kalar district on Saturday and arrested three men. ' +
    'On Sunday night, ISIS militants opened fire on a Peshmerga post near the hamlet of Tapa Spi, about 20 km south of Kalar, wounding one Peshmerga. The attackers fled towards the Diyala border.';

  it('keeps each clause\'s actors and day ("a day later"), nests the hamlet by the town it is measured from, and lets the details place the two incidents', () => {
    const found = extract(text).events.map((e) => `${e.subEventType} ${e.date} ${ref(e.place!)} by ${e.perpetrators.map(ref).join(',')} against ${e.targets.map(ref).join(',')}`);
    expect(found).toEqual([
      'ARRESTS 2023-01-14 place:gomashin by force:asayish against org:isis',
      'ARMED_CLASH 2023-01-15 place:tapa-spi by org:isis against force:peshmerga',
    ]);
  });
});

describe('protests', () => {
  it('makes a protest broken up with tear gas and arrests one protest with intervention, and a march the day before through "the city centre" a peaceful protest in that city', () => {
    const found = events(
      'Security forces fired tear gas and detained dozens of people on Sunday to break up a protest by teachers in the city of Kirkuk. The day before, on Saturday, a few hundred teachers had marched peacefully through the city centre and dispersed without incident.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['PROTEST_WITH_INTERVENTION 2023-01-15 place:kirkuk', 'PEACEFUL_PROTEST 2023-01-14 place:kirkuk']);
  });
});

describe('a second incident told "about an hour later"', () => {
  it('is its own incident, on the day and at the place where the story stands', () => {
    const found = events(
      'At around 10:30 pm on Monday, ISIS militants attacked a Peshmerga post near the village of Kani Khurma in Daquq district, killing two Peshmerga. About an hour later, as a Peshmerga force was heading to the post as reinforcement, an explosive device planted on the road went off beside one of its vehicles, wounding three others.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['ARMED_CLASH 2023-01-16 place:kani-khurma', 'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:kani-khurma']);
  });
});

describe('tribal fighting', () => {
  it('is one armed clash where the fighting "broke out", whoever died, and a habit told after it is no incident', () => {
    const found = events(
      'Three people were killed in a clash between two tribes in Diyala province, a police spokesman said on Sunday. The fighting with medium and light weapons broke out on Saturday afternoon in Muqdadiya district over a dispute on farmland. Two of the dead were members of one of the tribes, while the third was a passer-by. Tribal disputes frequently erupt into deadly clashes in southern Iraq.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['ARMED_CLASH 2023-01-14 place:muqdadiya-district']);
  });
});

describe('crop fires and arson', () => {
  it('makes crop fires an incident of property destruction of their own, apart from a bomb in the same area', () => {
    const found = events('Fires set by ISIS militants burned hundreds of dunams of ripe wheat in villages of Daquq district on Monday evening, while a roadside bomb killed two soldiers in the same area.');
    expect(found.map((e) => e.type).sort()).toEqual(['LOOTING_PROPERTY_DESTRUCTION', 'REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('leaves houses burned in an attack, and cars set ablaze in a riot, to the attack and the riot', () => {
    expect(events('ISIS militants shot dead a shepherd and burned his house in a village of Daquq district on Monday.').map((e) => e.type)).toEqual(['ATTACK']);
    expect(events('Protesters stormed the council building in Kirkuk on Monday and set part of it on fire.').map((e) => e.type)).not.toContain('LOOTING_PROPERTY_DESTRUCTION');
  });
});

describe('weapons seized', () => {
  it('makes one seizure of a truck loaded with rockets and mortar rounds, not a shelling', () => {
    const found = events('Security forces seized a truck loaded with rockets, mortar rounds and ammunition on Thursday at a checkpoint in Diyala province.');
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['DISRUPTED_WEAPONS_USE 2023-01-12 place:diyala-governorate']);
  });
});

describe('a bare attack the report goes on to tell', () => {
  it('is one incident, of the kind and at the village the next sentence gives ("killed in an ISIS attack in Diyala", then mortar shells at a village)', () => {
    const found = events(
      'A woman was killed and two other people were wounded in an ISIS attack in Diyala late on Monday, a source said. The source said ISIS militants fired mortar shells at the village of Qulat Hasan in Muqdadiya district, and one of the shells fell on a house.',
    );
    expect(found.map((e) => `${e.type} ${e.place} ${e.killed}/${e.injured}`)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK place:qulat-hasan 1/2']);
  });
});

describe('an earlier incident a statement recalls', () => {
  it('makes "the rocket strike on Sunday that hit a compound near the airport" an incident of its own, and places "the rocket attack this morning on X" at X', () => {
    const found = events(
      'The United States condemns the rocket attack this morning on Erbil, which wounded two soldiers and a contractor working on Iraq\'s F-16 fleet. This attack comes two days after the rocket strike on Sunday that hit a logistics compound near Kirkuk.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-17 place:erbil', 'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-15 place:kirkuk']);
  });
});

describe('an earlier incident with its own day, told to date another', () => {
  it('keeps "came a day after militants opened fire on army positions near X on Saturday" apart from the attack it dates', () => {
    const found = events('ISIS militants attacked a Peshmerga post in Daquq district on Sunday night, wounding two Peshmerga. The attack came a day after militants opened fire on two army positions near Tal Haroun village, about ten kilometres to the south, on Saturday evening.');
    expect(found.map((e) => `${e.type} ${e.date}`)).toEqual(['ARMED_CLASH 2023-01-15', 'ARMED_CLASH 2023-01-14']);
  });
});

describe('events told only to date another', () => {
  it('makes no incident of "two officers were killed in an airstrike" that the strike "came a week after"', () => {
    const found = events('Ballistic missiles struck Erbil on Sunday, damaging a television studio. The strike came less than a week after two ISIS commanders were killed in an Israeli airstrike near Damascus.');
    expect(found.map((e) => `${e.type} ${e.place} killed ${e.killed}`)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK place:erbil killed 0']);
  });
});

describe('a day\'s shelling told again with its village', () => {
  it('takes the village of "Sunday\'s shells began falling near the village of X" for the incident told at the town', () => {
    const found = events('Iranian artillery shelled the area of Muqdadiya on Sunday. Sunday\'s shells began falling at around 6 am on farmland near the village of Bermiza, in Muqdadiya district, and continued for three hours.');
    expect(found.map((e) => `${e.type} ${e.place}`)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK place:bermiza']);
  });
});

describe('a detail that places the victim', () => {
  it('gives the incident told "in a village southwest of Kirkuk" the village where "the victim was shot"', () => {
    const found = events('Unknown gunmen shot dead a civilian late on Monday in a village southwest of Kirkuk, a police source said. The victim was shot in front of his house in the village of Khirbat Hamad in Daquq district.');
    expect(found.map((e) => `${e.type} ${e.place}`)).toEqual(['ATTACK place:khirbat-hamad']);
  });
});

describe('incidents in a valley', () => {
  const placed = (text: string) => extract(text, '2022-11-24').events.map((e) => `${e.subEventType} ${e.date} ${e.place ? ref(e.place) : '-'}`);

  it('gives the incident the village near the valley that a detail names, and "the same area" the valley, not the city people moved to', () => {
    expect(
      placed(
        'ISIS militants abducted four shepherds in the Wadi al-Shay area on Wednesday night. Gunmen raided a sheep pen on the edge of the village of Umm Khanjar, in the Rashad subdistrict, and seized the shepherds. Earlier this month, ISIS militants shot dead a shepherd in a village in the same area, prompting families to move to Kirkuk city.',
      ),
    ).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE 2022-11-23 place:umm-khanjar', 'ATTACK 2022-11-01 place:wadi-al-shay']);
  });
});

describe('round-ups, headlines and incidents told apart', () => {
  it('keeps the items under two headings of a round-up apart, while the lead above the first heading may sum them', () => {
    const found = events(
      'KIRKUK | Daquq\nTwo farmers were found dead yesterday morning in a field near Daquq. Gunmen opened fire on them, a relative said.\n\nDIYALA | Muqdadiya\nAn ISIS group attacked an army post near Muqdadiya late on Sunday night, killing one soldier.',
      '2023-01-17',
    );
    expect(found.map((e) => `${e.date} ${e.place}`)).toEqual(['2023-01-16 place:daquq-district', '2023-01-15 place:muqdadiya']);
  });

  it('reads the rest of a dateline line before a blank line as the headline, not as an incident of its own', () => {
    const text = 'date 2023-01-16 Shafaq News/ Toll of air strikes rises to seven; bomb wounds two PMF fighters in Daquq\n\nShafaq News/ A roadside bomb wounded two PMF fighters in Daquq district on Sunday.';
    const batch = extractArticle(text, gazetteer(), { fileName: 'x.txt' });
    expect(batch.article.title).toBe('Toll of air strikes rises to seven; bomb wounds two PMF fighters in Daquq');
    expect(batch.article.body.startsWith('A roadside bomb')).toBe(true);
    expect(batch.batch.events.map((e) => `${e.subEventType} ${e.date}`)).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15']);
  });

  it('takes a wire dateline after a "date" line and its headline for no part of the first sentence', () => {
    const text = 'date 2023-01-16 Shafaq News/ Bomb wounds two policemen\n\nKIRKUK (Shafaq News) - A roadside bomb exploded on Sunday as a police patrol drove through the village of Zaghitun in Daquq district, wounding two officers.';
    const batch = extractArticle(text, gazetteer(), { fileName: 'x.txt' });
    expect(batch.article.body.startsWith('A roadside bomb')).toBe(true);
    expect(batch.batch.events.map((e) => `${e.date} ${typeof e.place === 'string' ? e.place : e.place?.ref}`)).toEqual(['2023-01-15 place:zaghitun']);
  });

  it('reads a wounded victim who died later in a hospital as the toll of the first incident, not a new one ("died of his injuries in an Erbil hospital on Sunday")', () => {
    const found = events('ISIS militants attacked a Peshmerga position in Daquq district on Friday night, killing four fighters. A Peshmerga fighter wounded in the attack died of his injuries in a Kirkuk hospital on Sunday, raising the death toll to five.');
    expect(found.map((e) => `${e.date} ${e.place} ${e.killed} ${e.injured}`)).toEqual(['2023-01-13 place:daquq-district 5 0']);
  });

  it('gives a round-up\'s opening summary ("security forces faced a string of attacks") to no incident of its own', () => {
    const found = extract('Iraqi security forces faced a string of attacks in two provinces over the weekend. A roadside bomb wounded two farmers near Daquq on Saturday.').events;
    expect(found.map((e) => `${e.subEventType} ${e.targets.map(ref).join(',')}`)).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED ']);
  });

  it('refuses front matter whose title holds an unquoted second colon, saying to quote it', () => {
    expect(() => extractArticle('---\ntitle: Round-up: attacks in Diyala\npublished: 2023-01-17\n---\nGunmen killed two farmers in Daquq district on Monday.', gazetteer(), { fileName: 'x.md' })).toThrow(/not valid YAML \(quote a value that holds ": "/);
    expect(extractArticle('---\ntitle: "Round-up: attacks in Diyala"\npublished: 2023-01-17\n---\nGunmen killed two farmers in Daquq district on Monday.', gazetteer(), { fileName: 'x.md' }).article.title).toBe('Round-up: attacks in Diyala');
  });

  it('strips a dateline of two cities ("WASHINGTON/BAGHDAD (Reuters) - ")', () => {
    const batch = extractArticle('---\npublished: 2023-01-17\n---\nWASHINGTON/BAGHDAD (Reuters) - Gunmen killed two farmers in Daquq district on Monday.', gazetteer(), { fileName: 'x.md' });
    expect(batch.article.body.startsWith('Gunmen killed')).toBe(true);
  });

  it('drops a wire dateline with its own date after the dateline line ("BAGHDAD, Jan. 17 (Reuters) -"): neither a day nor a toll', () => {
    const text = 'date 2023-01-17 Test/ Soldiers killed\n\nBAGHDAD, Jan. 17 (Reuters) - Gunmen killed two soldiers at a checkpoint in Daquq district on Sunday, police said.';
    const batch = extractArticle(text, gazetteer(), { fileName: 'x.txt' });
    expect(batch.article.body.startsWith('Gunmen killed')).toBe(true);
    expect(batch.batch.events.map((e) => `${e.date} ${e.casualties.map((c) => c.killed).join(',')}`)).toEqual(['2023-01-15 2']);
  });

  it('drops a city dateline with a date and no agency ("BAGHDAD, Jan 17 – "): not the incident\'s day, and its own day when earlier', () => {
    const text = '---\npublished: 2023-01-17\n---\nBAGHDAD, Jan 17 – Gunmen killed two soldiers at a checkpoint in Daquq district late on Sunday, police said on Monday.';
    const batch = extractArticle(text, gazetteer(), { fileName: 'x.md' });
    expect(batch.article.body.startsWith('Gunmen killed')).toBe(true);
    expect(batch.batch.events.map((e) => e.date)).toEqual(['2023-01-15']);
    const earlier = extractArticle(text.replace('Jan 17', 'Jan. 16').replace(' on Monday', ''), gazetteer(), { fileName: 'x.md' });
    expect(earlier.article.dateline).toBe('2023-01-16');
    expect(earlier.batch.events.map((e) => e.date)).toEqual(['2023-01-15']);
    expect(extractArticle(text.replace('BAGHDAD, Jan 17', 'KIRKUK, Iraq, Jan. 17'), gazetteer(), { fileName: 'x.md' }).article.body.startsWith('Gunmen killed')).toBe(true);
  });

  it('counts weekdays from a wire dateline\'s own day when the outlet dated the story later ("BAGHDAD, Jan. 14 (Reuters) -")', () => {
    const text = '---\npublished: 2023-01-17\n---\nBAGHDAD, Jan. 14 (Reuters) - Gunmen killed two soldiers at a checkpoint in Daquq district on Monday, police said.';
    const batch = extractArticle(text, gazetteer(), { fileName: 'x.md' });
    expect(batch.article.dateline).toBe('2023-01-14');
    expect(batch.batch.events.map((e) => e.date)).toEqual(['2023-01-09']);
  });

  it('dates an undated incident by the next sentence that only tells when ("It happened late on Saturday", "The incident occurred on Sunday")', () => {
    expect(events('Gunmen killed two soldiers in Daquq district, police said. It happened late on Saturday near a checkpoint.').map((e) => e.date)).toEqual(['2023-01-14']);
    expect(events('Gunmen killed two soldiers in Daquq district, police said. The incident occurred on Sunday evening.').map((e) => e.date)).toEqual(['2023-01-15']);
    expect(events('A roadside bomb killed two soldiers in Daquq district. "It happened on Sunday night," an officer said.').map((e) => e.date)).toEqual(['2023-01-15']);
    expect(events('A Turkish drone strike hit a vehicle in Daquq district, killing two fighters. The strike took place on Sunday afternoon, an official said.').map((e) => e.date)).toEqual(['2023-01-15']);
  });

  it('tells apart two reports joined by "and on Saturday" in one sentence, each with its own day and place', () => {
    const found = events('On Friday gunmen killed a shepherd near Muqdadiya and on Saturday a bomb wounded two soldiers in Daquq district.');
    expect(found.map((e) => `${e.date} ${e.place}`)).toEqual(['2023-01-13 place:muqdadiya', '2023-01-14 place:daquq-district']);
  });

  it('keeps an undated attack apart from the bomb it "came two days after" in the same area', () => {
    const found = events('Two soldiers were killed when militants attacked their post in Daquq district, the army said on Tuesday. The attack came two days after a roadside bomb wounded three policemen in the same area.');
    expect(found.map((e) => `${e.type} ${e.killed}/${e.injured}`)).toEqual(['ARMED_CLASH 2/0', 'REMOTE_EXPLOSIVE_LANDMINE_IED 0/3']);
  });

  it('keeps arrests "over Sunday\'s rocket attack" apart from the attack, each on its own day', () => {
    const found = events("Police arrested three suspects in Kirkuk on Monday in connection with Sunday's bombing of a market in the city.");
    expect(found.map((e) => `${e.type} ${e.date}`)).toEqual(['ARRESTS 2023-01-16', 'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15']);
  });

  it('gives the arrests of "After gunmen killed two soldiers, police arrested three suspects" their own toll', () => {
    const found = events('After gunmen killed two soldiers in Daquq district, police arrested three suspects on Monday.');
    expect(found.map((e) => `${e.type} ${e.killed}`)).toEqual(['ARMED_CLASH 2', 'ARRESTS 0']);
    expect(extract('After gunmen killed two soldiers in Daquq district, police arrested three suspects on Monday.').events[1]!.casualties).toMatchObject([{ arrested: 3 }]);
  });

  it('dates "Two days later, ..." and "Two days earlier, ..." from the incident told before, not from publication', () => {
    expect(events('On Monday, a roadside bomb wounded three soldiers in Daquq district. Two days later, gunmen killed a farmer near Muqdadiya.', '2023-01-21').map((e) => e.date)).toEqual(['2023-01-16', '2023-01-18']);
    expect(events('On Monday, a roadside bomb wounded three soldiers in Daquq district. Two days earlier, gunmen killed a farmer near Muqdadiya.', '2023-01-21').map((e) => e.date)).toEqual(['2023-01-16', '2023-01-14']);
  });

  it('tells apart "Gunmen killed a shepherd on Friday and a bomb wounded two soldiers on Saturday"', () => {
    const found = events('Gunmen killed a shepherd near Muqdadiya on Friday and a bomb wounded two soldiers in Daquq district on Saturday.');
    expect(found.map((e) => `${e.date} ${e.place} ${e.killed}/${e.injured}`)).toEqual(['2023-01-13 place:muqdadiya 1/0', '2023-01-14 place:daquq-district 0/2']);
  });

  it('keeps a repeat told on another day apart ("gunmen killed another soldier", "attacked the same post again on Monday"), not a bare toll', () => {
    expect(events('Gunmen killed a soldier at a checkpoint in Daquq district on Sunday. On Monday, gunmen killed another soldier at a checkpoint in Daquq district.').map((e) => e.date)).toEqual(['2023-01-15', '2023-01-16']);
    expect(events('Militants attacked an army post in Daquq district on Sunday, killing two soldiers. Militants attacked the same post again on Monday, wounding one soldier.').map((e) => e.date)).toEqual(['2023-01-15', '2023-01-16']);
    expect(events('Militants attacked an army post in Daquq district on Sunday, killing two soldiers. Another soldier died on Monday, raising the toll to three.').map((e) => `${e.date} ${e.killed}`)).toEqual(['2023-01-15 3']);
  });

  it('keeps "Five soldiers were killed in X, where ISIS massacred dozens in 2014" a current event: the past is the place\'s', () => {
    expect(events('Five soldiers were killed in Daquq district, where ISIS massacred dozens of people in 2014.').map((e) => e.killed)).toEqual([5]);
  });

  it('keeps "ISIS, which seized the town in 2014, killed five soldiers there" a current event', () => {
    expect(events('ISIS, which seized Muqdadiya in 2014, killed five soldiers there.').map((e) => e.killed)).toEqual([5]);
    expect(events('The 2019 protests, during which 600 people were killed, toppled the government.')).toEqual([]);
  });

  it('keeps "The attack on Monday, the deadliest since last year\'s bombing in X, killed five soldiers in Y" in Y, with its toll', () => {
    const found = events("The attack on Monday, the deadliest since last year's bombing of a market in Muqdadiya, killed five soldiers in Daquq district.");
    expect(found.map((e) => `${e.date} ${e.place} ${e.killed}`)).toEqual(['2023-01-16 place:daquq-district 5']);
  });

  it('keeps an incident told "Hours earlier" apart from the one in focus, even of a compatible kind', () => {
    const found = events(
      'Militants attacked an army post in Muqdadiya district on Sunday night, killing two soldiers. Hours earlier, gunmen opened fire on a police patrol in Muqdadiya district, wounding one policeman.',
    );
    expect(found.length).toBe(2);
  });

  it('gives an operation the toll of the next sentence whose subject it is, and types it a battle', () => {
    const found = events('Iraqi forces carried out a security operation in Daquq district on Sunday. The operation resulted in the killing of (14) terrorists.', '2023-01-16');
    expect(found).toEqual([expect.objectContaining({ type: 'ARMED_CLASH', killed: 14 })]);
  });
});


describe('a second incident told a set time before or after the first', () => {
  it('keeps gunfire "roughly two hours before the shooting" on another post apart, and drones that "slammed into" an office', () => {
    const found = events(
      'A soldier was killed late on Monday when a sniper opened fire on his checkpoint in Udhaim subdistrict. Roughly two hours before the shooting, gunmen had fired on a police post nearby, wounding one policeman.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.killed}/${e.injured}`)).toEqual(['ARMED_CLASH 2023-01-16 1/0', 'ARMED_CLASH 2023-01-16 0/1']);
    const drones = events(
      'Turkish drones struck a camp near Kalar on Monday, killing two people. About half an hour later, two more drones slammed into an empty office in Rashad subdistrict.',
    );
    expect(drones.map((e) => `${e.type} ${e.place}`)).toEqual(['AIR_DRONE_STRIKE place:kalar', 'AIR_DRONE_STRIKE place:rashad-subdistrict']);
  });
});

describe('a toll of people shared out by group', () => {
  it('splits "five people ... the other three dead were soldiers" into soldiers and the rest, and keeps shares of civilians in the whole', () => {
    const found = extract(
      'Five people, among them two civil defence men, were killed and nine others wounded on Monday evening by a bomb in Daquq district. The other three dead were soldiers, and seven soldiers and two farmers were among the wounded.',
    ).events;
    expect(found.map((e) => e.casualties.map((c) => `${c.group} ${c.killed ?? 0}/${c.injured ?? 0}`).sort())).toEqual([['CIVILIANS 2/2', 'SECURITY_FORCES 3/7']]);
    const including = extract('Gunmen killed at least 12 people, including three women, in Daquq district on Monday.').events;
    expect(including.map((e) => e.casualties.map((c) => `${c.group} ${c.killed}`))).toEqual([['CIVILIANS 12']]);
  });

  it('opens another incident with "Earlier on Tuesday," and joins a village placed only in its district to an incident in a sub-district of it', () => {
    const found = events(
      'Gunmen killed seven villagers in an attack late on Monday in Rashad subdistrict. Gunmen stormed the village of Umm Kharaza, near Daquq district, and opened fire on men outside a house. Earlier on Monday, two farmers were abducted by armed men as they irrigated their fields.',
    );
    expect(found.map((e) => e.type)).toEqual(['ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE']);
  });
});

describe('a toll revised later in the story', () => {
  it('raises the one group\'s toll when "the death toll rose to four"', () => {
    const found = events('A roadside bomb killed two soldiers in Daquq district on Monday. The death toll rose to four on Tuesday after two of the wounded died in hospital.');
    expect(found.map((e) => e.killed)).toEqual([4]);
  });
});

describe('a report of another kind in a "while" clause', () => {
  it('keeps "a drone hit a car on the road between X and Y, while artillery pounded the villages of Z" as two incidents, each in its place', () => {
    const found = events(
      'A Turkish drone hit a car carrying two PKK members on the road between Kalar and Khanaqin on Monday, wounding both men, while Turkish artillery pounded the mountainsides above the villages of Amedi district.',
    );
    expect(found.map((e) => `${e.type} ${e.place}`)).toEqual(['AIR_DRONE_STRIKE place:kalar', 'SHELLING_ARTILLERY_MISSILE_ATTACK place:amedi-district']);
  });
});

describe('an earlier attack on the site told before, by "its"', () => {
  it('places "seventeen rockets had landed around its perimeter on January 2" at the site of the attack told before, as an incident of its own', () => {
    const found = events(
      'Rockets struck the Wadi al-Shay area on Sunday, wounding two soldiers. This is the second attack in two weeks, after the seventeen rockets that fell around its perimeter on the evening of January 2.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-15 place:wadi-al-shay',
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-02 place:wadi-al-shay',
    ]);
  });
});

describe('the site hit, located in the next sentence', () => {
  it('places a strike on "a camp" where "The camp of the party lies outside the village of X"', () => {
    const found = events('Iranian missiles and drones struck a camp belonging to an opposition party in Sulaymaniyah province on Monday. The camp of the party lies outside the village of Kani Sard in Kalar district.');
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('place:kani-sard');
  });
});

describe('mountains', () => {
  const placed = (text: string) => extract(text).events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : '-'}${e.geoPrecision ? ` gp${e.geoPrecision}` : ''}`);

  it('reads "Mount X" as a mountain the reference does not know, and places the strike on it', () => {
    expect(placed('A Turkish drone hit a PKK position on the slopes of Mount Bekhair in Amedi district on Tuesday evening.')).toEqual(['AIR_DRONE_STRIKE place:mount-bekhair']);
  });

  it('takes a place "above" which the target lies for a point of reference, not where it happened ("Mount X, the ridge that rises above Kalar")', () => {
    expect(placed('Turkish jets pounded PKK positions on Mount Bekhair, the ridge that rises above Kalar, on Tuesday evening.')).toEqual(['AIR_DRONE_STRIKE place:mount-bekhair']);
    // Named alone, the place above which it happened is where it is measured from.
    expect(placed('Turkish jets pounded PKK positions in the hills above Kalar on Tuesday evening.')).toEqual(['AIR_DRONE_STRIKE place:kalar gp2']);
  });
});

describe('a referring subject with a relative clause (dev14)', () => {
  it('reads "The fighting, which started over X, broke out in ..." as placing the fight told in the lead', () => {
    const found = events(
      'Three people were killed on Sunday in an armed clash between two rival tribes in Diyala province, police said. The fighting, which started over the ownership of an irrigation channel, broke out in a farming village about 10 km south of Muqdadiya.',
    );
    expect(found.map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual(['ARMED_CLASH 2023-01-15 place:muqdadiya']);
  });
});

describe('a neighbourhood that bears the name of a province elsewhere (dev14)', () => {
  it('reads "the Diyala neighbourhood of Kirkuk" as a place of Kirkuk, not the province of Diyala', () => {
    const batch = extract('Police arrested four suspects on Sunday in a raid on a house in the Diyala neighbourhood of Kirkuk, the police said.');
    expect(batch.events.map((e) => `${e.subEventType} ${e.place ? ref(e.place) : null}`)).toEqual(['ARRESTS place:diyala']);
    expect(batch.entities.find((e) => e.id === 'place:diyala')).toMatchObject({ kind: 'Place', locatedIn: 'place:kirkuk' });
  });
});

describe('a month a period starts from (dev14)', () => {
  it('reads "have spread since the second week of January, when a demonstrator was shot dead" as background, not a current event', () => {
    const found = events(
      'Riot police fired tear gas on Sunday to scatter hundreds of young men who had gathered outside the provincial government building in Baqubah. The previous day, Saturday, more than a thousand people had marched peacefully along the river. Protests over unemployment have spread across the province since the second week of January, when a demonstrator was shot dead in Muqdadiya.',
    );
    expect(found.map((e) => `${e.date} ${e.place}`)).toEqual(['2023-01-15 place:baqubah', '2023-01-14 place:baqubah']);
  });
});

describe('detentions told right after a clan fight (dev14)', () => {
  it('gives "Four men were detained" in the next sentence to the fight, and keeps a later dated arrest apart', () => {
    const batch = extract(
      'On Sunday a dispute over farmland in Khalis district turned into a gunfight between two clans, in which one man was killed and three were wounded. Four men were detained and a machine gun seized, a police source said. And on Monday, troops arrested three ISIS suspects in a raid near Muqdadiya.',
    );
    expect(batch.events.map((e) => `${e.subEventType} ${e.date} ${e.casualties.reduce((n, c) => n + (c.arrested ?? 0), 0)}`)).toEqual(['ARMED_CLASH 2023-01-15 4', 'ARRESTS 2023-01-16 3']);
  });
});

describe('a wounded boy who died, the same barrage, fresh shelling the next day (dev14)', () => {
  const text =
    "A boy wounded when Iranian artillery fire hit his village in northern Iraq died overnight, officials said Sunday, raising the toll from Saturday's shelling to one dead. The boy's mother, who was hurt in the same barrage near Kalar, was still in hospital. Residents reported fresh shelling on Sunday morning on the slopes near Kalar. There was no word on casualties.";

  it('keeps the fresh shelling of the next day apart, and places the first by the barrage', () => {
    expect(events(text, '2023-01-16').map((e) => `${e.type} ${e.date} ${e.place}`)).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-14 place:kalar',
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-15 place:kalar',
    ]);
  });
});

describe('a village told by a locative apposition, and a reprisal the next night nearby (dev14)', () => {
  const text =
    'Three people died in the ISIS raid late on Sunday on Albu Hamad, in the Abu Saida subdistrict east of Baqubah, a doctor said. On Monday night, masked gunmen stopped a car on the road outside Tal Sabah, a village about three kilometres north of Albu Hamad, and shot dead the two brothers inside.';

  it('places the raid in the new village, inside the sub-district the apposition names', () => {
    const batch = extract(text);
    expect(batch.entities.find((e) => e.id === 'place:albu-hamad')).toMatchObject({ kind: 'Place', locatedIn: 'place:abu-saida-subdistrict' });
    expect(batch.events.map((e) => (e.place ? ref(e.place) : null))[0]).toBe('place:albu-hamad');
  });

  it('keeps the gunmen of the next night, in another village, apart from the raid', () => {
    expect(events(text).map((e) => `${e.date} ${e.place}`)).toEqual(['2023-01-15 place:albu-hamad', '2023-01-16 place:tal-sabah']);
  });
});

describe('an unknown village told by a spelled-out distance from a known town (dev14)', () => {
  it('reads "the hills above Tal Sabah, some four kilometres north of Kalar" as a village near Kalar where the shells fell', () => {
    const batch = extract('On Monday afternoon, about twenty shells struck the hills above Tal Sabah, some four kilometres north of Kalar, setting fire to pasture land.');
    expect(batch.entities.find((e) => e.id === 'place:tal-sabah')).toMatchObject({ kind: 'Place', locatedIn: 'place:kalar-district' });
    expect(batch.events.map((e) => (e.place ? ref(e.place) : null))).toEqual(['place:tal-sabah']);
  });
});

describe('tribesmen among the dead of a clan fight (dev14)', () => {
  it('splits "Three people were killed ... Two of the dead were tribesmen" into two fighters and one civilian', () => {
    const batch = extract(
      'Three people were killed on Sunday in an armed clash between two rival tribes in Khalis district, police said. Two of the dead were tribesmen from the two sides. The third was a woman hit by a stray bullet.',
    );
    expect(batch.events[0]!.casualties.map((c) => `${c.group} ${c.killed ?? 0}`).sort()).toEqual(['CIVILIANS 1', 'MILITANTS 2']);
  });
});

describe('a civilian victim told as the subject before "when" (dev14)', () => {
  it('counts a toll raised after "A 9-year-old boy wounded when artillery fire hit his village died" as civilians', () => {
    const batch = extract(
      "A 9-year-old boy wounded when Turkish artillery fire hit his village near Kalar died overnight, health officials said Tuesday, raising the toll from Monday's shelling to one dead and four wounded.",
    );
    expect(batch.events[0]!.casualties.map((c) => `${c.group} ${c.killed ?? 0} ${c.injured ?? 0}`)).toEqual(['CIVILIANS 1 4']);
  });
});

describe('the toll of a crackdown on a protest', () => {
  it('gives a bare "wounding at least 12" after "Security forces fired tear gas at protesters" to the protesters', () => {
    const [e] = extract('Security forces fired tear gas at protesters in Kirkuk on Sunday, wounding at least 12.', '2023-01-17').events;
    expect(e!.subEventType).toBe('PROTEST_WITH_INTERVENTION');
    expect(e!.casualties.map((c) => [c.group, c.injured])).toEqual([['CIVILIANS', 12]]);
  });
});

describe('one event per place named together', () => {
  it('splits "protests in Basra and Kirkuk" into two events, as ACLED codes them', () => {
    expect(events('Protests were held in Basra and Kirkuk on Sunday.').map((e) => `${e.type} ${e.place}`)).toEqual(['PEACEFUL_PROTEST place:basra', 'PEACEFUL_PROTEST place:kirkuk']);
  });

  it('keeps one event for a stretch "between" two places, for a place inside the other, and for a toll told for all', () => {
    expect(events('Peshmerga forces began a sweep of the villages between Kalar and Kirkuk on Sunday.').length).toBeLessThanOrEqual(1);
    expect(events('Protests were held in Kirkuk and Daquq district on Sunday.').length).toBe(1);
    expect(events('Gunmen attacked checkpoints in Basra and Kirkuk on Sunday, killing three policemen.').length).toBe(1);
  });
});

describe('a toll told before the first count', () => {
  it('revises "killing eight people at first count" with the lead\'s "The death toll ... has risen to 11"', () => {
    const [e] = extract(
      'The death toll from an attack on a village in Muqdadiya district on Monday night has risen to 11, an official said. Gunmen attacked the village late on Monday, killing eight people at first count and wounding 15.',
      '2023-01-18',
    ).events;
    expect(e!.casualties.map((c) => [c.group, c.killed ?? 0, c.injured ?? 0])).toEqual([['CIVILIANS', 11, 15]]);
  });
});

describe('the actor of a figure told after its group', () => {
  it('gives "and wounded six" after "killed four soldiers" at an army post the same force', () => {
    const [e] = extract('An attack on an army post in Makhmour district on Sunday killed four soldiers, among them a lieutenant colonel, and wounded six.', '2023-01-17').events;
    expect(e!.casualties.map((c) => [c.group, ref(c.actor ?? ''), c.killed ?? 0, c.injured ?? 0])).toEqual([['SECURITY_FORCES', 'force:iraqi-army', 4, 6]]);
  });
});

describe('an elliptic second figure', () => {
  it('gives "and five wounded" the group of "three members of the security forces were killed", not the attackers named after it', () => {
    const [e] = extract('At least three members of the Federal Police were killed and five wounded on Sunday when Islamic State militants ambushed their patrol in Daquq district.', '2023-01-17').events;
    expect(e!.casualties.map((c) => [c.group, ref(c.actor ?? ''), c.killed ?? 0, c.injured ?? 0])).toEqual([['SECURITY_FORCES', 'force:federal-police', 3, 5]]);
  });
});

describe('a figure told again with its actor', () => {
  it('counts "killing five terrorists" and the statement\'s "the killing of (5) ISIS terrorists" once', () => {
    const [e] = extract(
      'Iraqi F-16 jets struck hideouts in Daquq district on Sunday, killing five terrorists. The statement said the strikes resulted in the killing of (5) ISIS terrorists.',
      '2023-01-16',
    ).events;
    expect(e!.casualties.map((c) => [c.group, ref(c.actor ?? ''), c.killed ?? 0])).toEqual([['MILITANTS', 'org:isis', 5]]);
  });
});

describe('the headline places a lead the body does not', () => {
  const withTitle = (title: string, body: string) =>
    extractArticle(`---\ntitle: ${title}\npublished: 2023-01-17\nsource: Test Agency\n---\n${body}`, gazetteer(), { fileName: 'x.md' }).batch.events.map((e) => (e.place ? ref(e.place) : null));

  it('takes "in Daquq" from "Two soldiers killed in ISIS attack in Daquq" when no sentence names a place', () => {
    expect(withTitle('Two soldiers killed in ISIS attack in Daquq', 'Two soldiers were killed late on Sunday when ISIS militants attacked their post, officials said.')).toEqual(['place:daquq-district']);
  });

  it('leaves the body\'s own place, a bearing and a headline of another kind alone', () => {
    expect(withTitle('Two soldiers killed in ISIS attack in Daquq', 'Two soldiers were killed late on Sunday when ISIS militants attacked their post in Kalar, officials said.')).toEqual(['place:kalar']);
    expect(withTitle('Two soldiers killed in ISIS attack southwest of Kirkuk', 'Two soldiers were killed late on Sunday when ISIS militants attacked their post, officials said.')).toEqual([null]);
    expect(withTitle('Protest in Daquq over power cuts', 'Two soldiers were killed late on Sunday when ISIS militants attacked their post, officials said.')).toEqual([null]);
  });
});

describe('an incident told as unrelated', () => {
  it('does not take the place of the one before when opened by "Separately," or "Elsewhere,"', () => {
    const found = events('Gunmen killed a farmer in Daquq district on Sunday. Separately, a roadside bomb wounded two soldiers on Monday, the army said.');
    expect(found.map((e) => e.place)).toEqual(['place:daquq-district', null]);
    const next = events('Gunmen killed a farmer in Daquq district on Sunday. On Monday, a roadside bomb wounded two soldiers, the army said.');
    expect(next.map((e) => e.place)).toEqual(['place:daquq-district', 'place:daquq-district']);
  });
});

describe('the toll of a protest (probe)', () => {
  it('gives "opened fire on protesters, killing two" to the protesters, not to the force that fired', () => {
    const found = extract('Security forces opened fire on protesters in Nasiriyah on Sunday, killing two.').events;
    expect(found.map((e) => [e.subEventType, e.casualties.map((c) => `${c.actor ?? c.group} ${c.killed ?? 0}`)])).toEqual([['EXCESSIVE_FORCE_AGAINST_PROTESTERS', ['CIVILIANS 2']]]);
  });
});

describe('civilians told in two coordinated parts (probe)', () => {
  it('adds "a farmer and three shepherds" and "a woman and her two children"; soldiers and policemen stay apart', () => {
    expect(events('Gunmen killed a farmer and three shepherds in Khanaqin on Sunday.').map((e) => e.killed)).toEqual([4]);
    expect(events('A mortar shell killed a woman and her two children in Tuz Khurmatu on Sunday.').map((e) => e.killed)).toEqual([3]);
    expect(extract('The strike killed two soldiers and three policemen in Kirkuk on Sunday.').events.flatMap((e) => e.casualties.map((c) => c.killed))).toEqual([2, 3]);
  });
});

describe('two subjects of one verb (probe)', () => {
  it('adds "a woman and two children were killed" and "a mother and her three children"', () => {
    expect(events('A woman and two children were killed when a mortar shell hit their house in Tuz Khurmatu on Sunday.').map((e) => e.killed)).toEqual([3]);
    expect(events('A mother and her three children were killed when a mortar shell hit their home in Tuz Khurmatu on Sunday.').map((e) => e.killed)).toEqual([4]);
    expect(events('Two farmers and three shepherds were wounded by a landmine in Anbar on Sunday.').map((e) => e.injured)).toEqual([5]);
  });
});

describe('an arrest raid with militants killed (probe)', () => {
  it('types "arrested two terrorists and killed a third" as an armed clash', () => {
    expect(events('Security forces arrested two terrorists and killed a third in Kirkuk on Sunday.').map((e) => e.type)).toEqual(['ARMED_CLASH']);
    expect(events('Security forces arrested two terrorists in Kirkuk on Sunday.').map((e) => e.type)).toEqual(['ARRESTS']);
  });
});

describe('"the injury of four others" (probe)', () => {
  it('gives the others the force of the figure before them', () => {
    const found = extract('The Interior Ministry said a terrorist attack targeted a police station in Kirkuk on Sunday, resulting in the martyrdom of two policemen and the injury of four others.').events;
    expect(found.flatMap((e) => e.casualties.map((c) => `${c.actor ?? c.group} ${c.killed ?? 0}/${c.injured ?? 0}`))).toEqual(['force:isf 2/4']);
  });
});
