/**
 * Offices from probe articles written in new styles (a provincial police statement, a ministry spokesman, a nahiya
 * director speaking, an MP for a province): each phenomenon in new words, with a near sentence that keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, ref, REFERENCE } from './extract-fixtures.js';

/** The test reference plus the bodies these offices belong to. */
const BODIES = importBatchSchema.parse({
  entities: [
    { id: 'force:iraqi-police', kind: 'Force', name: 'Iraqi Police', aliases: ['local police'], partOf: 'force:isf' },
    { id: 'org:iraq-ministry-of-interior', kind: 'Organization', name: 'Ministry of Interior of Iraq', aliases: ['Iraqi Ministry of Interior', 'Iraqi Interior Ministry'], organizationType: 'MINISTRY', partOf: 'gov:iraq' },
    { id: 'org:krg-ministry-of-peshmerga', kind: 'Organization', name: 'Ministry of Peshmerga Affairs', aliases: ['Peshmerga Ministry'], organizationType: 'MINISTRY', partOf: 'gov:krg' },
    { id: 'person:dara-aziz', kind: 'Person', name: 'Dara Aziz', offices: [{ title: 'Prime Minister of the Kurdistan Region', of: 'gov:krg' }] },
    { id: 'org:iraq-ministry-of-defense', kind: 'Organization', name: 'Ministry of Defense of Iraq', aliases: ['Iraqi Ministry of Defense', 'Iraqi Defense Ministry'], organizationType: 'MINISTRY', partOf: 'gov:iraq' },
  ],
}).entities;
const gazetteer = Gazetteer.fromEntities([...REFERENCE, ...BODIES]);

const offices = (text: string, published = '2026-10-20') =>
  extractArticle(article(text, published), gazetteer, { fileName: 'test.md' })
    .batch.relationships.filter((r) => r.type === 'HOLDS_OFFICE')
    .map((r) => `${ref(r.from)} ${String(r.properties.title)} ${ref(r.to)}`);

const EVENT = 'A roadside bomb killed two farmers near Muqdadiya on Monday. ';

describe('a province\'s police named before or after the title', () => {
  it('gives "<province> police spokesman Col. X" and "X, spokesman for the <province> police command," the Iraqi Police', () => {
    expect(offices(`${EVENT}Kirkuk police spokesman Lt. Col. Farhad Qadir Amin said the device was planted overnight.`)).toEqual(['person:farhad-qadir-amin Spokesman of the Kirkuk police force:iraqi-police']);
    expect(offices(`${EVENT}"We found a second device," said Major Qassim Jawad al-Tamimi, spokesman for the Diyala police command.`)).toEqual([
      'person:qassim-jawad-al-tamimi Spokesman of the Diyala police force:iraqi-police',
    ]);
  });
  it('gives another country\'s police not the Iraqi Police, and a governor still the governorate', () => {
    expect(offices(`${EVENT}Turkish police spokesman Mehmet Ali Kaya said the device was planted overnight.`).filter((o) => o.includes('iraqi-police'))).toEqual([]);
    expect(offices(`${EVENT}Diyala Governor Muthanna Ali al-Tamimi visited the wounded.`)).toEqual(['person:muthanna-ali-al-tamimi Governor gov:diyala-governorate-local-government']);
  });
});

describe('a ministry named by its kind before the title', () => {
  it('gives "Interior ministry spokesman Brig. Gen. X" Iraq\'s Ministry of Interior', () => {
    expect(offices(`${EVENT}Interior ministry spokesman Brig. Gen. Khalid Mahna Abbas said the attackers fled.`)).toEqual(['person:khalid-mahna-abbas Spokesman org:iraq-ministry-of-interior']);
  });
  it('gives a defense secretary (no ministry named) no Iraqi ministry', () => {
    expect(offices(`${EVENT}Defense Secretary Lloyd Austin said the attackers fled.`).filter((o) => o.includes('ministry'))).toEqual([]);
  });
});

describe('a province whose name holds a particle, before the title', () => {
  it('reads "Salah al-Din MP X" as a member of parliament for the province', () => {
    expect(offices(`${EVENT}Salah al-Din MP Raad Hamid al-Dahlaki said the area had no protection.`)).toEqual(['person:raad-hamid-al-dahlaki MP gov:iraq']);
    expect(offices(`${EVENT}Salahuddin MP Raad Hamid al-Dahlaki said the area had no protection.`)).toEqual(['person:raad-hamid-al-dahlaki MP gov:iraq']);
  });
});

describe('a unit title whose unit is told by its kind alone', () => {
  it('gives "X, the subdistrict\'s director," and "according to the director of the subdistrict, X." the sub-district named last', () => {
    expect(offices('Gunmen attacked a house in the village of Sheikh Baba in the Udhaim subdistrict on Monday. "They came at night," Ali Rahim Aziz, the subdistrict\'s director, told reporters.')).toEqual([
      'person:ali-rahim-aziz Director gov:udhaim-subdistrict-local-government',
    ]);
    expect(offices('Gunmen attacked a house in Abu Saida on Monday. No one was hurt. The attackers fled towards the orchards, according to the director of the subdistrict, Jassim Mohammed Khalaf.')).toEqual([
      'person:jassim-mohammed-khalaf Director gov:abu-saida-subdistrict-local-government',
    ]);
  });
  it('gives a director of something else, or a sub-district never named, no office', () => {
    expect(offices('Gunmen attacked a house in the Udhaim subdistrict on Monday, according to the director of the hospital, Ali Rahim Aziz.')).toEqual([]);
    expect(offices('Gunmen attacked a house near Baquba on Monday, according to the subdistrict director, Ali Rahim Aziz.')).toEqual([]);
  });
});

describe('a person the reference knows, titled in apposition', () => {
  it('gives "X, prime minister of the Kurdistan Regional Government," (a title in lower case) the office, and no person "Regional Government"', () => {
    const found = offices(`${EVENT}Dara Aziz, prime minister of the Kurdistan Regional Government, condemned the attack.`);
    expect(found).toEqual(['person:dara-aziz Prime minister gov:krg']);
  });
  it('gives a known person named with no title no office', () => {
    expect(offices(`${EVENT}Dara Aziz condemned the attack.`)).toEqual([]);
  });
});

describe('a minister named by the force his ministry runs', () => {
  it('gives "Peshmerga Minister X" the ministry, not the force', () => {
    expect(offices(`${EVENT}Peshmerga Minister Karwan Salih Jaff visited the wounded.`)).toEqual(['person:karwan-salih-jaff Minister org:krg-ministry-of-peshmerga']);
  });
  it('still gives "Peshmerga commander X" the force', () => {
    expect(offices(`${EVENT}Peshmerga commander Karwan Salih Jaff visited the wounded.`)).toEqual(['person:karwan-salih-jaff Commander force:peshmerga']);
  });
});

describe('spellings of the district mayor and the member of parliament', () => {
  it('reads "Daquq qaimmaqam X" (double m) as the district\'s, and "X, a member of parliament for Diyala," as an MP', () => {
    expect(offices(`${EVENT}Daquq qaimmaqam Sherzad Omar Karim said the road was closed.`)).toEqual(['person:sherzad-omar-karim Qaimmaqam gov:daquq-district-local-government']);
    expect(offices(`${EVENT}Hamid Ali al-Karkhi, a member of parliament for Diyala, said the road was closed.`)).toEqual(['person:hamid-ali-al-karkhi Member of parliament gov:iraq']);
  });
  it('still reads "Daquq qaimaqam X" (one m)', () => {
    expect(offices(`${EVENT}Daquq qaimaqam Sherzad Omar Karim said the road was closed.`)).toEqual(['person:sherzad-omar-karim Qaimaqam gov:daquq-district-local-government']);
  });
});

describe('a rank next to a post in another body', () => {
  it('gives "Kalar\'s civil defence chief, Captain X," no rank in the army the sentence names', () => {
    expect(offices('A bomb hit a fire engine and an Iraqi Army vehicle escorting it near Kalar on Monday, Kalar\'s civil defence chief, Captain Sardar Jalal Amin, told reporters.')).toEqual([]);
  });
  it('still gives "Major X, the commander of the post," the rank in the Peshmerga', () => {
    expect(offices('Two Peshmerga were killed when ISIS attacked a post near Kalar on Monday, among them Major Sardar Jalal Amin, the commander of the post.')).toEqual(['person:sardar-jalal-amin Major force:peshmerga']);
  });
});

describe('an envoy or counterpart named by the sender before the title', () => {
  it('gives "the Turkish ambassador to Iraq, X," and "his Turkish counterpart, Y." Turkey\'s offices', () => {
    const found = offices(`${EVENT}Iraqi Foreign Minister Salim Jabbar Nouri summoned the Turkish ambassador to Iraq, Mehmet Kemal Aydin, and said he would call his Turkish counterpart, Ahmet Yusuf Demir.`);
    expect(found).toContain('person:mehmet-kemal-aydin Ambassador gov:turkey');
    expect(found).toContain('person:ahmet-yusuf-demir Foreign Minister gov:turkey');
  });
  it('gives a counterpart with no office told before, and a posting with no sender, no office', () => {
    expect(offices(`${EVENT}He said he would call his Turkish counterpart, Ahmet Yusuf Demir.`)).toEqual([]);
    expect(offices(`${EVENT}The ambassador to Iraq, Mehmet Kemal Aydin, was summoned.`).filter((o) => o.includes('gov:iraq'))).toEqual([]);
  });
});

describe('"<title> of <place> <Name>"', () => {
  it('ends the place where a known name does and keeps "Deputy" in the title', () => {
    expect(offices(`${EVENT}Deputy Governor of Diyala Karim Abbas Hussein visited the wounded.`)).toEqual(['person:karim-abbas-hussein Deputy Governor gov:diyala-governorate-local-government']);
    expect(offices(`${EVENT}Governor of Diyala Karim Abbas Hussein visited the wounded.`)).toEqual(['person:karim-abbas-hussein Governor gov:diyala-governorate-local-government']);
  });
  it('still reads "Diyala Governor Karim Abbas Hussein"', () => {
    expect(offices(`${EVENT}Diyala Governor Karim Abbas Hussein visited the wounded.`)).toEqual(['person:karim-abbas-hussein Governor gov:diyala-governorate-local-government']);
  });
});
