/**
 * Statements (speaker, stance) of the round of 2026-12-05 on battle and operations reporting, each written in new words
 * against the shipped reference. The positive cases fail with the rule switched off (measured with a temporary switch,
 * removed since).
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const statementsOf = (text: string, published?: string, source?: string) => extract(text, published, source).statements.map((x) => `${ref(x.speaker)} ${x.stance}`);

describe("a body telling that its own men took ground, freed it or drove an attack back: a claim", () => {
  it('reads "said its units had entered the town" as the claim of the body', () => {
    const found = statementsOf('Fighting went on around the town of Tal Abta on Monday.\n\nThe Popular Mobilization Forces said on Monday that its units had entered the town from the south after a night of clashes.');
    expect(found).toContain('force:pmf CLAIM_OF_RESPONSIBILITY');
  });

  it('reads "announced that its forces had freed the neighbourhood" as the claim of the service', () => {
    const found = statementsOf('The Counter-Terrorism Service announced on Sunday that its forces had freed the al-Tahrir neighbourhood of eastern Mosul after three days of street fighting.');
    expect(found).toContain('force:cts CLAIM_OF_RESPONSIBILITY');
  });

  it('reads "said its fighters had repelled an attack" as a claim', () => {
    const found = statementsOf('The Peshmerga said in a statement that their fighters had repelled an attack on a hilltop post near Makhmour overnight, killing four militants.');
    expect(found).toContain('force:peshmerga CLAIM_OF_RESPONSIBILITY');
  });

  it('reads no claim in an arrest the body reports', () => {
    const found = statementsOf('The National Security Service said on Monday that its agents had arrested two men accused of funding militant cells in Fallujah.');
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });

  it('reads no claim when its men are the ones arrested', () => {
    const found = statementsOf('The Popular Mobilization Forces said on Monday that two of its members had been arrested at a checkpoint in Baghdad.');
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });
});

describe('a crime said to be bound for punishment: a condemnation', () => {
  const market = 'A car bomb tore through a vegetable market in Baquba on Thursday, killing nine shoppers.\n\n';

  it('reads a quoted "will not go unpunished" with the speaker named after it as a condemnation', () => {
    const found = statementsOf(`${market}"Whoever sent this car into the market will not go unpunished," Diyala Governor Muthanna al-Tamimi said, urging residents to report suspicious cars.`);
    expect(found).toContain('person:muthanna-al-tamimi CONDEMNATION');
  });

  it('reads "said the killers would not escape justice" (reported speech, no quotation) as a condemnation', () => {
    const found = statementsOf(`${market}Prime Minister Mustafa al-Kadhimi sent his condolences to the families and said that those behind the bombing shall not escape justice.`);
    expect(found).toContain('person:mustafa-al-kadhimi CONDEMNATION');
  });

  it('reads "must not go unpunished" in a statement\'s quoted words as a condemnation', () => {
    const found = statementsOf(`${market}Speaker of Parliament Mohammed al-Halbousi said in a statement: "Those who planted the bomb must not go unpunished."`);
    expect(found).toContain('person:al-halbousi CONDEMNATION');
  });

  it('reads no condemnation when the security force that hunts the bombers vows they will not escape punishment', () => {
    const found = statementsOf(`${market}The Diyala Operations Command said its units had sealed off the roads out of the city and that "the bombers will not escape punishment".`);
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });

  it('reads no condemnation in "will not go unpunished" told by the writer, with nobody saying it', () => {
    const found = statementsOf(`${market}Such attacks rarely go unpunished in the province, where the army keeps several brigades.`);
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});

describe("ground the speaker's side holds now, in the speaker's quoted words: a claim", () => {
  const push = 'Iraqi troops pushed into the town of Qaraqosh on Wednesday after a week of fighting with Islamic State militants.\n\n';

  it('reads a quoted "Qaraqosh is liberated" with the commander named after it as his claim', () => {
    const found = statementsOf(`${push}"Qaraqosh is liberated, and the flag is up over the church," Brigadier General Haidar al-Fadhil, a commander of the 9th Division, told reporters at the town's gate.`);
    expect(found).toContain('person:haidar-al-fadhil CLAIM_OF_RESPONSIBILITY');
  });

  it('reads a quoted "The bridge is in our hands" as a claim', () => {
    const found = statementsOf(`${push}"The bridge is in our hands and our engineers are clearing the road," Colonel Karim Hamad told reporters.`);
    expect(found).toContain('person:karim-hamad CLAIM_OF_RESPONSIBILITY');
  });

  it('reads "has now been completely freed" in a quotation that opens with the speaker as a claim', () => {
    const found = statementsOf(`${push}Lieutenant General Qassem al-Mohammadi said: "The whole eastern bank has now been completely freed."`);
    expect(found).toContain('person:qassem-al-mohammadi CLAIM_OF_RESPONSIBILITY');
  });

  it('reads no claim in a recapture of years ago told by the writer', () => {
    const found = statementsOf(`${push}The town was retaken from the militants in 2016, but many families have not returned.`);
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });

  it('reads no claim in "the situation is under our control" (a reassurance, not ground taken)', () => {
    const found = statementsOf(`${push}"The situation is under our control," Colonel Karim Hamad told reporters.`);
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });
});

describe('doers charged with shielding themselves behind civilians: a condemnation', () => {
  const strike = 'An air strike destroyed a house in the al-Zahraa neighbourhood of Mosul on Friday, killing eleven people.\n\n';

  it('reads a quoted "using the families as human shields" with the ministry named after it as a condemnation', () => {
    const found = statementsOf(`${strike}"The militants packed the families into the basement, using them as human shields against our advance," the Ministry of Defence said in a statement.`);
    expect(found).toContain('org:iraq-ministry-of-defense CONDEMNATION');
  });

  it('reads "said ISIS was holding the residents as a shield" (reported speech) as a condemnation', () => {
    const found = statementsOf(`${strike}Prime Minister Haider al-Abadi said on Saturday that ISIS was holding the residents as a shield in the Old City.`);
    expect(found).toContain('person:haider-al-abadi CONDEMNATION');
  });

  it('reads "turned the villagers into human shields" in a quotation as a condemnation', () => {
    const found = statementsOf(`${strike}Nineveh Governor Nawfal al-Akoub said: "They turned the villagers into human shields."`);
    expect(found).toContain('person:nawfal-al-akoub CONDEMNATION');
  });

  it('reads no condemnation in a shield the writer tells of, with nobody saying it', () => {
    const found = statementsOf(`${strike}Riot police used metal shields as they advanced on the bridge.`);
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});
