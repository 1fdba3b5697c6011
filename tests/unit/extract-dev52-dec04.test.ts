/**
 * Protests and their repression, the round of 2026-12-04 on dev52, each written in new words against the shipped reference.
 * The positive cases fail with the rule switched off (measured with a temporary switch, removed since).
 */
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/extract/parse.js';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

describe('a protest whose crowd threw fire is a riot', () => {
  const { events } = shippedReference();
  const types = (text: string, published?: string) => events(text, published).map((e) => e.type);

  it('reads "demonstrators hurled rocks and Molotov cocktails" after a protest as one violent demonstration, no bombing', () => {
    const found = types('Nine policemen were hurt on Sunday night when a rally over unpaid salaries in Kut turned violent outside the provincial council. Some demonstrators hurled rocks and Molotov cocktails at the riot police.', '2024-05-13');
    expect(found).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads "the crowd tossed firebombs" as a violent demonstration', () => {
    const found = types('Hundreds of young men protested outside the oil company offices in Basra on Thursday. As night fell the crowd tossed firebombs over the wall of the compound.', '2024-05-17');
    expect(found).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads a crowd "throwing petrol bombs" into a building as the riot, not an explosive attack', () => {
    const found = types('A crowd of party supporters stormed the offices of a rival newspaper in Baghdad on Friday evening. Dozens of men smashed the gate of the two-storey building in the Mansour district, throwing petrol bombs inside.', '2024-05-18');
    expect(found).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('keeps a protest met with tear gas when students only threw stones', () => {
    const found = types('Police fired tear gas at students protesting over grants in Erbil on Monday after some of them threw stones at the gate of the ministry.', '2024-05-14');
    expect(found).toEqual(['PROTEST_WITH_INTERVENTION']);
  });
});

describe('a running total told in the perfect from a starting point', () => {
  const { events, tolls } = shippedReference();

  it('reads "have been killed since the protest movement erupted on May 2" as no incident of that day and no figure', () => {
    const found = events('Riot police fired tear gas at a sit-in outside the council in Hilla on Sunday.\n\nNearly 60 people have been killed since the protest movement erupted on May 2, according to a count by local doctors.', '2024-05-28');
    expect(found.map((e) => e.date)).toEqual(['2024-05-26']);
    expect(found.flatMap((e) => e.casualties)).toEqual([]);
  });

  it('reads "had been detained since the rallies began" as no arrests of their own', () => {
    const found = tolls("Students marched peacefully through Duhok on Wednesday to demand their grants. More than 300 of them had been detained since the rallies began on May 4, a lawyers' group said.", '2024-05-28');
    expect(found.flat()).toEqual([]);
  });

  it('reads "have been arrested since the sit-ins started on May 5" as no arrests of that day', () => {
    const found = events('Dozens of graduates protested outside the oil ministry in Baghdad on Monday.\n\nAt least 25 activists have been arrested since the sit-ins started on May 5, a rights group said.', '2024-05-28');
    expect(found.map((e) => e.date)).toEqual(['2024-05-27']);
    expect(found.flatMap((e) => e.casualties)).toEqual([]);
  });

  it('keeps the toll of the day told with "since" later in another clause', () => {
    const found = tolls('Two protesters were killed in Nasiriyah on Monday when police opened fire on a march, the first deaths since the rallies resumed.', '2024-03-12');
    expect(found.flat()).toContain('CIVILIANS killed 2');
  });
});

describe("an ambiguous numeric date settled by the file's name", () => {
  const lead = 'Gunmen shot dead a shop owner in the market of Amarah on Sunday night, police said.';
  const refused = (text: string, fileName: string): unknown => {
    try {
      parseArticle(text, { fileName });
    } catch (e) {
      return e instanceof ArticleError ? e.problem : e;
    }
    return null;
  };

  it('reads a date line "04/07/2023 09:15" as 4 July when the file is named 2023-07-04-...', () => {
    expect(parseArticle(`Shop owner shot dead in Amarah market\n04/07/2023 09:15\n\n${lead}`, { fileName: '2023-07-04-amarah-shop-owner.txt' }).published).toBe('2023-07-04');
  });

  it('reads the same line as 7 April when the file is named 2023-04-07-...', () => {
    expect(parseArticle(`Shop owner shot dead in Amarah market\n04/07/2023 09:15\n\n${lead}`, { fileName: '2023-04-07-amarah-shop-owner.txt' }).published).toBe('2023-04-07');
  });

  it('reads "Published: 05-06-2022" as 5 June when the file is named 2022-06-05-...', () => {
    expect(parseArticle(`Shop owner shot dead in Amarah market\nPublished: 05-06-2022\n\n${lead}`, { fileName: '2022-06-05-amarah.txt' }).published).toBe('2022-06-05');
  });

  it("still refuses the date when the file's name gives neither reading", () => {
    expect(refused(`Shop owner shot dead in Amarah market\n04/07/2023 09:15\n\n${lead}`, '2023-07-09-amarah-shop-owner.txt')).toBe('bad-date');
  });
});

describe('a crowd forcing its way into a building riots', () => {
  const { events } = shippedReference();
  const types = (text: string, published?: string) => events(text, published).map((e) => e.type);

  it('reads "a mob ... forced their way into the offices of a radio station" as a riot', () => {
    expect(types('A mob of about fifty young men forced their way into the offices of a radio station in Basra on Sunday night, smashing the studio equipment.', '2024-04-15')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads "hundreds of protesters forced their way into the council building" as a riot', () => {
    expect(types('Hundreds of protesters forced their way into the provincial council building in Nasiriyah on Thursday.', '2024-04-19')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads "a crowd of angry residents forced its way into the municipal building" as a riot', () => {
    expect(types('A crowd of angry residents forced its way into the municipal building in Zubair on Friday and smashed its windows.', '2024-04-20')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('keeps police forcing their way into a house an arrest', () => {
    expect(types('Police forced their way into the house of a wanted man in Mosul on Sunday and arrested him.', '2024-04-15')).toEqual(['ARRESTS']);
  });
});

describe("a protest's wounded told after its dead", () => {
  const { tolls } = shippedReference();

  it('adds "Some 30 people were wounded" to the dead of the sit-in fired on', () => {
    const found = tolls('Four men were killed on Monday night when gunmen in black fired at the tents of a sit-in of unemployed engineers in Samawa.\n\nSome 30 people were wounded, according to a medical source.');
    expect(found).toEqual([['CIVILIANS killed 4 injured 30']]);
  });

  it('adds "More than 50 people were injured in the shooting" to the protesters killed', () => {
    const found = tolls('At least nine protesters died when masked men opened fire on a demonstration outside the oil ministry in Basra on Wednesday.\n\nMore than 50 people were injured in the shooting, a doctor said.');
    expect(found).toEqual([['CIVILIANS killed 9 injured 50']]);
  });

  it('adds "Twenty-five people were hurt" to the dead of the protest camp attacked', () => {
    const found = tolls('Three demonstrators died when unknown gunmen attacked a protest camp in Nasiriyah on Thursday night.\n\nTwenty-five people were hurt, a medic said.');
    expect(found).toEqual([['CIVILIANS killed 3 injured 25']]);
  });

  it('keeps a share of the wounded already told ("Among the wounded were four policemen") from counting them again', () => {
    const found = tolls('Five people were killed and 20 wounded at a rally of farmers in Kut on Friday when gunmen fired on the crowd.\n\nAmong the wounded were four policemen.');
    expect(found.flat()).toContain('CIVILIANS killed 5 injured 20');
  });
});

describe('a night told only as "overnight" after an evening incident', () => {
  const { events } = shippedReference();
  const days = (text: string, published: string) => events(text, published).map((e) => `${e.type} ${e.date}`);

  it('dates arrests "overnight" after an attack on Sunday evening by that Sunday', () => {
    const found = days('Gunmen attacked a police post in Baiji on Sunday evening, wounding two policemen.\n\nSecurity forces arrested four suspects overnight, police said.', '2024-03-11');
    expect(found).toContain('ARRESTS 2024-03-10');
  });

  it('dates detentions "overnight" after a riot late on Friday by that Friday', () => {
    const found = days('Rioters set fire to the council building in Kut late on Friday.\n\nPolice detained 12 people overnight, a security source said.', '2024-03-16');
    expect(found).toContain('ARRESTS 2024-03-15');
  });

  it('dates arrests "overnight" after a storming at 10 p.m. on Wednesday by that Wednesday', () => {
    const found = days('A crowd of young men stormed a television station in Basra at 10 p.m. on Wednesday.\n\nTwenty men were arrested overnight, the police said.', '2024-03-14');
    expect(found).toContain('ARRESTS 2024-03-13');
  });

  it('keeps the night ending on publication day after an incident of the morning before', () => {
    const found = days('Gunmen attacked a police post in Baiji on Sunday morning, wounding two policemen.\n\nSecurity forces arrested four suspects overnight, police said.', '2024-03-11');
    expect(found).toContain('ARRESTS 2024-03-11');
  });
});

describe('an act called "not acceptable" is condemned', () => {
  const { extract } = shippedReference();
  const statementsOf = (text: string) => extract(text, '2024-03-12').statements.map((x) => `${ref(x.speaker)} ${x.stance}`);
  const raid = 'Masked men beat two reporters and smashed their cameras outside a television office in Sulaimani on Monday.\n\n';

  it('reads "attacks on journalists were not acceptable" in a body\'s statement as a condemnation', () => {
    const found = statementsOf(`${raid}The Kurdistan Regional Government said in a statement that attacks on journalists were not acceptable.`);
    expect(found).toContain('gov:krg CONDEMNATION');
  });

  it('reads a quoted "... is not acceptable under any circumstances" as the speaker\'s condemnation', () => {
    const found = statementsOf(`${raid}"Beating reporters is not acceptable under any circumstances," said Hiwa Karim, a spokesman for the Change Movement.`);
    expect(found).toContain('person:hiwa-karim CONDEMNATION');
  });

  it('reads "was never acceptable" as a condemnation', () => {
    const found = statementsOf(`${raid}The Kurdistan Regional Government said that violence against the press was never acceptable.`);
    expect(found).toContain('gov:krg CONDEMNATION');
  });

  it('keeps no condemnation in "the plan was acceptable"', () => {
    const found = statementsOf(`${raid}The Kurdistan Regional Government said the new stipend plan was acceptable to the students.`);
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});

describe('fire thrown with no crowd word in the sentence', () => {
  const { events } = shippedReference();
  const types = (text: string, published?: string) => events(text, published).map((e) => e.type);

  it('reads "young men smashed the windows ..., throwing petrol bombs through them" as a riot', () => {
    expect(types('Young men smashed the windows of the party office in Kut on Sunday night, throwing petrol bombs through them.', '2024-05-20')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads "hurling Molotov cocktails into the lobby" as a riot', () => {
    expect(types('The office of a satellite channel in Basra was badly damaged on Sunday night after young men forced the gate, hurling Molotov cocktails into the lobby.', '2024-05-20')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('reads "lobbing firebombs inside" as a riot', () => {
    expect(types('Youths broke the windows of the municipal building in Samawa on Tuesday evening, lobbing firebombs inside.', '2024-05-22')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('keeps a grenade thrown at a house an explosion, not a riot', () => {
    expect(types('Unknown men threw a hand grenade at the house of a judge in Amarah on Sunday night, damaging the gate.', '2024-05-20')).not.toContain('VIOLENT_DEMONSTRATION');
  });
});

describe('a crowd taking part in a protest', () => {
  const { events } = shippedReference();
  const types = (text: string, published?: string) => events(text, published).map((e) => `${e.type} ${e.date}`);

  it('reads "Hundreds of people took part in a sit-in" as the protest', () => {
    expect(types('Hundreds of people took part in a sit-in outside the health directorate in Amarah on Thursday.', '2024-05-24')).toEqual(['PEACEFUL_PROTEST 2024-05-23']);
  });

  it('reads "thousands of teachers took part in the march" as the protest', () => {
    expect(types('On Sunday thousands of teachers took part in the march through central Sulaimani over unpaid salaries.', '2024-05-20')).toEqual(['PEACEFUL_PROTEST 2024-05-19']);
  });

  it('reads "Dozens of graduates took part in a demonstration" as the protest', () => {
    expect(types('Dozens of graduates took part in a demonstration in front of the oil ministry in Baghdad on Monday.', '2024-05-21')).toEqual(['PEACEFUL_PROTEST 2024-05-20']);
  });

  it('keeps "arrested for taking part in a sit-in" the arrest only', () => {
    expect(types('Police arrested two men in Kut on Wednesday for taking part in a sit-in.', '2024-05-24').map((s) => s.split(' ')[0])).toEqual(['ARRESTS']);
  });
});

describe('a body affirming the right to protest supports it', () => {
  const { extract } = shippedReference();
  const statementsOf = (text: string) => extract(text, '2024-05-20').statements.map((x) => `${ref(x.speaker)} ${x.stance}`);
  const rally = 'Hundreds of teachers marched through central Sulaimani on Sunday to demand unpaid salaries.\n\n';

  it('reads "affirms its commitment to the right of citizens to protest peacefully" as support', () => {
    const found = statementsOf(`${rally}The Kurdistan Regional Government affirms its commitment to the right of citizens to protest peacefully.`);
    expect(found).toContain('gov:krg SUPPORT');
  });

  it('reads "affirmed that the right to demonstrate peacefully is guaranteed" as support', () => {
    const found = statementsOf(`${rally}The Kurdistan Regional Government affirmed that the right to demonstrate peacefully is guaranteed by law.`);
    expect(found).toContain('gov:krg SUPPORT');
  });

  it('reads "respects the right of people to peaceful protest" as support', () => {
    const found = statementsOf(`${rally}The Kurdistan Regional Government said it respects the right of people to peaceful protest.`);
    expect(found).toContain('gov:krg SUPPORT');
  });

  it('keeps no support in "the right to a fair trial was guaranteed"', () => {
    const found = statementsOf(`${rally}The Kurdistan Regional Government affirmed that the right of the detained men to a fair trial was guaranteed.`);
    expect(found.filter((s) => s.endsWith('SUPPORT'))).toEqual([]);
  });
});

describe('a journalist beaten up is attacked', () => {
  const { events } = shippedReference();
  const found = (text: string, published?: string) => events(text, published).map((e) => `${e.type} ${e.date} ${e.casualties.map((c) => `${c.group} injured ${c.injured ?? 0}`).join(', ')}`.trim());

  it('reads "a reporter was beaten by the bodyguards of a local official" as an attack', () => {
    expect(found('A reporter for a local radio station was beaten by the bodyguards of a district official in Kalar on Monday while covering a queue for bread.', '2024-05-21').map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['ATTACK 2024-05-20']);
  });

  it('reads "security men beat a cameraman" as an attack', () => {
    expect(found('Plain-clothes security men beat a cameraman and broke his camera outside the courthouse in Erbil on Tuesday.', '2024-05-22').map((s) => s.split(' ')[0])).toEqual(['ATTACK']);
  });

  it('reads "beat up a photographer" as an attack', () => {
    expect(found('Guards of a provincial council member beat up a photographer in Kut on Wednesday after he took pictures of the convoy.', '2024-05-23').map((s) => s.split(' ')[0])).toEqual(['ATTACK']);
  });

  it('keeps "police beat back the protesters" a protest met by force, not an attack', () => {
    expect(found('Police beat back hundreds of protesters who tried to reach the governorate building in Kut on Wednesday.', '2024-05-23').map((s) => s.split(' ')[0])).not.toContain('ATTACK');
  });
});
