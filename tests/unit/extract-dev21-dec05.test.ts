/**
 * Reporting patterns the round of 2026-12-05 on dev21 (opened as a development set) showed, each written in new words
 * against the shipped reference. The positive cases fail with the rule switched off (measured with a temporary switch,
 * removed since).
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

describe('helicopters that pound, shell or raid, and "helicopter strikes", are strikes from the air', () => {
  const { events } = shippedReference();
  const types = (text: string) => events(text, '2024-03-12').map((e) => e.type);

  it('reads "army helicopters pounded hideouts" as an air strike', () => {
    expect(types('Army helicopters pounded militant hideouts near Rutba at dawn on Monday, a military source said.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('reads "helicopters shelled a convoy" as an air strike', () => {
    expect(types('Iraqi helicopters shelled a convoy of militant vehicles in the desert west of Baiji on Sunday, killing six fighters.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('reads a toll "in Sunday\'s helicopter strikes on a camp" as an air strike', () => {
    expect(types('Nine militants were killed in Sunday\'s helicopter strikes on a camp in the desert south of Rutba, the army said.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('reads "a helicopter raid on a hideout" as an air strike', () => {
    expect(types('Four gunmen were killed on Monday in a helicopter raid on a hideout near Rutba, police said.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('takes no air strike from a helicopter that only landed', () => {
    expect(types('An army helicopter landed at the base near Rutba on Monday carrying two wounded soldiers.')).not.toContain('AIR_DRONE_STRIKE');
  });
});

describe('a night form right after the day it names ("on Tuesday, before dawn") is that day\'s, not the night before publication', () => {
  const { events } = shippedReference();
  // Published on Thursday 14 March 2024.
  const dates = (text: string) => events(text, '2024-03-14').map((e) => `${e.type} ${e.date}`);

  it('reads "Also on Tuesday, before dawn, police arrested" as Tuesday', () => {
    expect(dates('Also on Tuesday, before dawn, police in Kirkuk arrested three men in a raid on a farm near Hawija.')).toEqual(['ARRESTS 2024-03-12']);
  });

  it('reads "Then on Monday, shortly after midnight, gunmen attacked a post" as Monday', () => {
    expect(dates('Then on Monday, shortly after midnight, gunmen attacked a police post near Tuz Khurmatu, killing a policeman.')).toEqual(['ARMED_CLASH 2024-03-11']);
  });

  it('reads "said that on Tuesday, just before dawn, a roadside bomb struck" as Tuesday', () => {
    expect(dates('Police said that on Tuesday, just before dawn, a roadside bomb struck an army truck near Tarmiyah, wounding three soldiers.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED 2024-03-12']);
  });

  it('keeps "before dawn" with no day named as the night before publication', () => {
    expect(dates('Police in Kirkuk arrested three men before dawn in a raid on a farm near Hawija, an officer said.')).toEqual(['ARRESTS 2024-03-14']);
  });
});

describe('praise told in a participle set off by a comma ("X said, praising the troops") is support', () => {
  const { extract } = shippedReference();
  const statementsOf = (text: string) => extract(text, '2024-03-12').statements.map((x) => `${ref(x.speaker)} ${x.stance}`);
  const blast = 'A roadside bomb killed two soldiers near Baiji on Monday.\n\n';

  it('reads a quotation closed by "X said, praising the troops" as X\'s support', () => {
    const found = statementsOf(`${blast}"Our men did not leave the road until it was clear," Colonel Hadi Shakir said, praising the troops.`);
    expect(found).toContain('person:hadi-shakir SUPPORT');
  });

  it('reads "visited the wounded on Tuesday, commending the police" as support', () => {
    const found = statementsOf(`${blast}Governor Ismail Kareem visited the wounded in hospital on Tuesday, commending the police for their quick response.`);
    expect(found).toContain('person:ismail-kareem SUPPORT');
  });

  it('reads "condemned the attack, also thanking the medics" as a condemnation and support', () => {
    const found = statementsOf(`${blast}Defence Minister Thabet al-Abbasi condemned the bombing, also thanking the medics who treated the wounded.`);
    expect(found).toEqual(expect.arrayContaining(['person:thabet-al-abbasi CONDEMNATION', 'person:thabet-al-abbasi SUPPORT']));
  });

  it('takes no support from a video "praising" the bombing that someone posted', () => {
    const found = statementsOf(`${blast}Police arrested a man in Tikrit who had posted a video praising the bombing.`);
    expect(found.filter((s) => s.endsWith('SUPPORT'))).toEqual([]);
  });
});

describe('a place or a people said to be "on the brink of" war or collapse is concern', () => {
  const { extract } = shippedReference();
  const statementsOf = (text: string) => extract(text, '2024-03-12').statements.map((x) => `${ref(x.speaker)} ${x.stance}`);
  const blast = 'Gunmen killed three farmers near Muqdadiya on Monday.\n\n';

  it('reads "said the town was \\"on the edge of a sectarian war\\"" as concern', () => {
    expect(statementsOf(`${blast}Mayor Qasim Fadhil said the town was "on the edge of a sectarian war" and asked for more troops.`)).toContain('person:qasim-fadhil CONCERN');
  });

  it('reads "warned that the province was on the brink of collapse" as concern', () => {
    expect(statementsOf(`${blast}Sheikh Ahmed Rashid warned on Tuesday that the province was on the brink of collapse.`)).toContain('person:ahmed-rashid CONCERN');
  });

  it('reads "the killings had pushed the villages to the verge of open conflict" as concern', () => {
    expect(statementsOf(`${blast}Governor Ismail Kareem said the killings had pushed the villages to the verge of open conflict.`)).toContain('person:ismail-kareem CONCERN');
  });

  it('takes no concern from a speaker who says a war is over', () => {
    expect(statementsOf(`${blast}Governor Ismail Kareem said the war against the militants was over.`).filter((s) => s.endsWith('CONCERN'))).toEqual([]);
  });
});
