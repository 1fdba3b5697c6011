/**
 * Statements (speaker, stance) in the patterns the development sets opened on 2026-12-03 showed, each written in new words
 * against the shipped reference: "The Governor also instructed ...", a title with an adverb after it, points back at the
 * person holding it; "there can be no justification for ..." condemns; concerns someone is asked to resolve or address
 * are not the speaker's concern.
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const statementsOf = (text: string, published?: string, source?: string) => extract(text, published, source).statements.map((x) => `${ref(x.speaker)} ${x.stance}`);

describe('a title pointing back, with an adverb after it', () => {
  it('gives "The Governor also instructed the police to ..." to the governor named before', () => {
    const found = statementsOf(
      'A roadside bomb struck a police patrol on the road between Kirkuk and Hawija on Monday, killing two policemen.\n\nKirkuk Governor Rakan al-Jabouri visited the wounded in hospital on Tuesday and condemned the bombing.\n\nThe Governor also instructed the provincial police to step up patrols on the road.',
      '2024-03-12',
    );
    expect(found.filter((s) => s.endsWith('CALL_FOR_ACTION'))).toEqual(['person:rakan-al-jabouri CALL_FOR_ACTION']);
  });
});

describe('an act said to have no justification', () => {
  it('reads "there can be no possible justification for killing ..." as a condemnation', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nIraqi Foreign Minister Fuad Hussein said on Monday that there can be no possible justification for killing unarmed people in their own country.',
      '2024-03-12',
    );
    expect(found).toContain('person:fuad-hussein CONDEMNATION');
  });

  it('does not read a justification the speaker gives ("the justification for the operation was clear") as a condemnation', () => {
    const found = statementsOf(
      'Turkish jets struck PKK positions in the Qandil mountains on Sunday.\n\nThe Turkish defence ministry said the justification for the operation was the safety of its borders.',
      '2024-03-12',
    );
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});

describe('concerns someone is asked to settle', () => {
  it('reads no concern of the speaker in "urged Ankara to resolve its concerns through dialogue"', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nIraqi Foreign Minister Fuad Hussein urged Ankara on Monday to stop such strikes and to resolve its concerns through dialogue with Baghdad.',
      '2024-03-12',
    );
    expect(found).toContain('person:fuad-hussein CALL_FOR_ACTION');
    expect(found.filter((s) => s.endsWith('CONCERN'))).toEqual([]);
  });

  it('still reads a concern the speaker voices ("expressed its deep concern")', () => {
    const found = statementsOf(
      'A Turkish drone struck a car near the town of Sinjar on Sunday, killing three civilians.\n\nIraqi Foreign Minister Fuad Hussein expressed his deep concern over the strike on Monday.',
      '2024-03-12',
    );
    expect(found).toContain('person:fuad-hussein CONCERN');
  });
});

describe('cues the lexicon leaves out', () => {
  const bombing = 'Two car bombs exploded near a market in Tuz Khurmatu on Thursday, killing nine people.\n\n';

  it('reads "would stand side by side with the families" as solidarity', () => {
    const found = statementsOf(`${bombing}Kurdistan Region President Nechirvan Barzani condemned the bombings and said the Kurdistan Region would stand side by side with the families of Tuz.`, '2024-03-12');
    expect(found).toContain('person:nechirvan-barzani SOLIDARITY');
  });

  it('reads "ordered the formation of a committee of inquiry" as a call', () => {
    const found = statementsOf(`${bombing}Prime Minister Mohammed Shia al-Sudani ordered the formation of a high-level committee of inquiry.`, '2024-03-12');
    expect(found).toContain('person:mohammed-shia-al-sudani CALL_FOR_ACTION');
  });

  it('reads the situation described as "extremely worrying" as concern', () => {
    const found = statementsOf(`${bombing}The UN mission described the situation in the town as "extremely worrying" and urged restraint.`, '2024-03-12');
    expect(found).toContain('org:un CONCERN');
  });

  it('reads \'accused "the same old cells ..." of the bombings\' as whose the bombings were, in the speaker\'s words', () => {
    const found = statementsOf(`${bombing}Kirkuk Governor Rakan al-Jabouri accused "the same old terrorist cells hiding in the hills" of the bombings.`, '2024-03-12');
    expect(found).toContain('person:rakan-al-jabouri OTHER');
  });

  it('reads \'said that its "soldiers" had carried out the attack\' as a claim', () => {
    const found = statementsOf(`${bombing}ISIS said in a statement posted online that its "soldiers" had carried out the attack.`, '2024-03-12');
    expect(found).toContain('org:isis CLAIM_OF_RESPONSIBILITY');
  });

  it('reads no claim in what the attackers did ("said the bombers had fled")', () => {
    const found = statementsOf(`${bombing}Kirkuk Governor Rakan al-Jabouri said the bombers had fled before the police arrived.`, '2024-03-12');
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });
});

describe('measures and threats that are no stance', () => {
  const bombing = 'Two car bombs exploded near a market in Tuz Khurmatu on Thursday, killing nine people.\n\n';

  it('reads no condolence in "declared three days of mourning"', () => {
    const found = statementsOf(`${bombing}Kirkuk Governor Rakan al-Jabouri declared three days of mourning in the province.`, '2024-03-12');
    expect(found.filter((s) => s.endsWith('CONDOLENCE'))).toEqual([]);
  });

  it('still reads "mourned the victims" as condolence', () => {
    const found = statementsOf(`${bombing}Kirkuk Governor Rakan al-Jabouri mourned the victims of the bombings.`, '2024-03-12');
    expect(found).toContain('person:rakan-al-jabouri CONDOLENCE');
  });

  it('reads no concern in "warned that he would resign if ..."', () => {
    const found = statementsOf(`${bombing}Kirkuk Governor Rakan al-Jabouri warned that he would resign if security in the town did not improve.`, '2024-03-12');
    expect(found.filter((s) => s.endsWith('CONCERN'))).toEqual([]);
  });

  it('still reads "warned that the attacks could spread" as concern', () => {
    const found = statementsOf(`${bombing}Kirkuk Governor Rakan al-Jabouri warned that the attacks could spread to Kirkuk.`, '2024-03-12');
    expect(found).toContain('person:rakan-al-jabouri CONCERN');
  });
});

describe('an order told in a body\'s own statement', () => {
  it('does not give "The Commander-in-Chief has directed the formation of a committee" to the publishing body', () => {
    const found = statementsOf(
      'Two rockets struck near Baghdad airport at dawn on Tuesday, causing no casualties.\n\nThe Commander-in-Chief of the Armed Forces has directed the formation of a committee of inquiry into the attack.',
      '2024-03-12',
      'Security Media Cell',
    );
    expect(found.filter((s) => s.startsWith('org:security-media-cell'))).toEqual([]);
  });
});

describe('congratulations and rights denied', () => {
  it('reads "congratulated the people and the brave soldiers on the liberation" as support', () => {
    const found = statementsOf(
      'Iraqi forces drove ISIS out of the town of Rutba on Saturday after a three-day battle.\n\nPrime Minister Haider al-Abadi congratulated the people of Anbar and the brave soldiers of the army on the liberation of the town.',
      '2016-05-21',
    );
    expect(found).toContain('person:haider-al-abadi SUPPORT');
  });

  it('reads no support in congratulations to a people alone ("congratulated the people of Anbar on the holiday")', () => {
    const found = statementsOf(
      'Iraqi forces drove ISIS out of the town of Rutba on Saturday after a three-day battle.\n\nPrime Minister Haider al-Abadi congratulated the people of Anbar on the holiday.',
      '2016-05-21',
    );
    expect(found.filter((s) => s.endsWith('SUPPORT'))).toEqual([]);
  });

  it('reads \'"No one has the right to open fire on ..."\' in a speaker\'s words as a condemnation', () => {
    const found = statementsOf(
      'Guards fired on a crowd of protesters outside the provincial council in Nasiriyah on Friday, wounding six.\n\n"No one has the right to open fire on people asking for water," Dhi Qar Governor Yahya al-Nasiri told reporters.',
      '2018-07-14',
    );
    expect(found).toContain('person:yahya-al-nasiri CONDEMNATION');
  });
});

describe('a welcome', () => {
  it('reads "welcomed the ceasefire" as support', () => {
    const found = statementsOf(
      'Fighting between two armed factions in Tuz Khurmatu killed five people on Sunday before elders brokered a ceasefire.\n\nKirkuk Governor Rakan al-Jabouri welcomed the ceasefire and asked both factions to keep it.',
      '2024-03-12',
    );
    expect(found).toContain('person:rakan-al-jabouri SUPPORT');
  });

  it('reads \'said it "welcomes the British air support"\' as support, though "support" alone there would be none', () => {
    const found = statementsOf(
      'British jets struck ISIS positions near Makhmour on Friday.\n\nThe Kurdistan Region\'s Ministry of Peshmerga Affairs said on Saturday that it "welcomes the British air support".',
      '2015-02-14',
    );
    expect(found).toContain('org:krg-ministry-of-peshmerga SUPPORT');
  });
});

describe('an unnamed spokesperson of a named body', () => {
  it('gives "A PKK spokesperson, reached by phone in Qandil, denied ..." to the PKK', () => {
    const found = statementsOf(
      'A Turkish drone struck a vehicle near Makhmour camp on Sunday, killing two men.\n\nA PKK spokesperson, reached by phone in the Qandil mountains, denied that the two men were members of the group.',
      '2024-03-12',
    );
    expect(found).toContain('org:pkk DENIAL');
  });
});

describe('a body and the body of it named in apposition', () => {
  it('gives "The U.N. team in Baghdad, UNAMI, urged ..." to UNAMI alone, not to the UN as well', () => {
    const found = statementsOf(
      'Clashes between two armed groups in Sinjar killed four people on Monday.\n\nThe U.N. team in Baghdad, UNAMI, urged both sides on Tuesday to lay down their arms.',
      '2024-03-12',
    );
    expect(found).toContain('org:unami CALL_FOR_ACTION');
    expect(found.filter((s) => s.startsWith('org:un '))).toEqual([]);
  });
});
