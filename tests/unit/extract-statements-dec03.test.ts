/**
 * Statements (speaker, stance, about, toward) in the patterns the development sets showed, each written in new words
 * against the shipped reference: an embassy or a ministry that has spoken in its own name speaks for its government
 * named later in its statement ("The United States will continue to stand with ..."); "the Ministry" points back at a
 * ministry named before, not at a force that only an alias calls a ministry's; an attack characterised in quoted words
 * ('called the assault "a shameful attack"') is condemned; what a named actor "must" do in a quotation is a call on it;
 * "its jets have struck ..." told by the writer is no claim; a cue in a subject pointing back at the incidents ("These
 * heinous attacks prove that ISIS ...") is the previous speaker's; "... and support the government's efforts" is support.
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const statementsOf = (text: string, published?: string, source?: string) => extract(text, published, source).statements.map((x) => `${ref(x.speaker)} ${x.stance}`);

describe('the publisher speaking for its government', () => {
  it('gives "The United States will continue to stand with ..." in the embassy\'s own statement to the embassy', () => {
    const found = statementsOf(
      'The Embassy of the United States in Baghdad strongly condemns the rocket attack that struck a crowded market in Basra on Monday, killing four civilians.\n\nWe offer our condolences to the families of the victims.\n\nThe United States will continue to stand with the Government of Iraq as it works to hold the attackers to account.',
      '2024-03-12',
      'U.S. Embassy in Baghdad',
    );
    expect(found).toContain('org:us-embassy-baghdad CONDEMNATION');
    expect(found.filter((s) => s.startsWith('gov:us '))).toEqual([]);
    expect(found.filter((s) => /SOLIDARITY|SUPPORT/.test(s))).not.toEqual([]);
  });

  it('leaves a statement told in the government\'s name throughout to the government', () => {
    const found = statementsOf(
      'France condemns the bombing that killed six soldiers at a checkpoint near Tarmiyah on Sunday.\n\nFrance extends its condolences to the families of the soldiers and will continue to stand by Iraq against terrorism.',
      '2024-03-12',
      'France Diplomatie – Ministry for Europe and Foreign Affairs',
    );
    expect(found).toContain('gov:france CONDEMNATION');
  });
});

describe('"the Ministry" pointing back', () => {
  it('reads "The Ministry" as the foreign ministry named before, not as the Peshmerga an alias calls a ministry\'s', () => {
    const found = statementsOf(
      "The Ministry of Foreign Affairs of Iraq condemns the Turkish shelling of a village near Zakho on Sunday, which wounded three Peshmerga fighters.\n\nThe Ministry stresses that Iraq rejects any such attack on its soil.\n\nThe Ministry extends its condolences to the families of the wounded.",
      '2024-03-12',
      'Ministry of Foreign Affairs of Iraq',
    );
    expect(found).toContain('org:iraq-foreign-ministry CONDOLENCE');
    expect(found.filter((s) => s.startsWith('force:peshmerga'))).toEqual([]);
  });
});

describe('an attack characterised in quoted words', () => {
  it('reads \'called the assault "a shameful attack on ..."\' as a condemnation by the one who called it so', () => {
    const found = statementsOf('Gunmen set fire to the offices of a Kurdish party in central Baghdad on Saturday. Prime Minister Mustafa al-Kadhimi called the assault "a shameful attack on all Iraqis" and ordered the police to find the culprits.', '2020-10-18');
    expect(found).toContain('person:mustafa-al-kadhimi CONDEMNATION');
  });

  it('does not read strikes described as "precise and successful" as condemned', () => {
    const found = statementsOf('Turkish jets struck PKK hideouts in the Qandil mountains on Monday. The Turkish defence ministry described the strikes as "precise and successful".', '2024-03-12');
    expect(found.filter((s) => s.endsWith('CONDEMNATION'))).toEqual([]);
  });
});

describe('a call in quoted words', () => {
  it('reads what a named government "must" do, in a speaker\'s quotation, as a call', () => {
    const found = statementsOf('Clashes between the army and a local militia killed four people in Sinuni on Tuesday. "Families are packing their cars again," said Khalil Murad, a member of the Sinuni subdistrict council. "Baghdad and Erbil must pull their fighters out of the town."', '2022-05-04');
    expect(found).toContain('person:khalil-murad CALL_FOR_ACTION');
  });

  it('does not read "should have" in a quotation as a call', () => {
    const found = statementsOf('Clashes between the army and a local militia killed four people in Sinuni on Tuesday. "The army should have stayed out of the town," said Khalil Murad, a member of the Sinuni subdistrict council.', '2022-05-04');
    expect(found.filter((s) => s.endsWith('CALL_FOR_ACTION'))).toEqual([]);
  });
});

describe('a side\'s deeds told by the writer', () => {
  it('reads no claim in "its jets have struck ... repeatedly" when nobody is said to say it', () => {
    const found = statementsOf('A Turkish drone struck a car near Sinjar on Sunday, killing two fighters of a local militia, a local official said.\n\nTurkey regards the militia as a branch of the PKK, and its jets have struck the district repeatedly since 2020.', '2024-03-12');
    expect(found.filter((s) => s.endsWith('CLAIM_OF_RESPONSIBILITY'))).toEqual([]);
  });

  it('still reads the claim when the side says it', () => {
    const found = statementsOf('A Turkish drone struck a car near Sinjar on Sunday, killing two fighters of a local militia.\n\nThe Turkish defence ministry said its jets had struck a PKK vehicle near Sinjar.', '2024-03-12');
    expect(found).toContain('org:turkey-defence-ministry CLAIM_OF_RESPONSIBILITY');
  });
});

describe('a subject pointing back at the incidents', () => {
  it('gives the cue of "These heinous attacks prove that ISIS, which ..." to the speaker before, not to ISIS', () => {
    const found = statementsOf(
      'The Embassy of the United States in Baghdad condemns the two car bombs that killed eleven people in a Kirkuk market on Monday.\n\nThese heinous attacks prove once more that ISIS, which has claimed responsibility, offers Iraqis nothing but death.',
      '2024-03-12',
      'U.S. Embassy in Baghdad',
    );
    expect(found).toContain('org:us-embassy-baghdad CONDEMNATION');
    expect(found).not.toContain('org:isis CONDEMNATION');
  });
});

describe('support as a second verb', () => {
  it('reads "... and support the Government of Iraq\'s efforts" as support toward Iraq', () => {
    const batch = extract(
      'The Embassy of the United States in Baghdad condemns the killing of a journalist in Basra on Monday.\n\nWe welcome the decision to open an inquiry and support the Government of Iraq\'s efforts to protect reporters.',
      '2024-03-12',
      'U.S. Embassy in Baghdad',
    );
    const support = batch.statements.filter((s) => s.stance === 'SUPPORT');
    expect(support.map((s) => ref(s.speaker))).toEqual(['org:us-embassy-baghdad']);
    expect((support[0]?.toward ?? []).map(ref)).toContain('gov:iraq');
  });
});
