import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema } from '../../src/import/format.js';
import { article, extract, ref, REFERENCE } from './extract-fixtures.js';

const EVENT = 'ISIS militants killed three soldiers in Daquq district on Monday. ';

const offices = (batch: ReturnType<typeof extract>) =>
  batch.relationships.filter((r) => r.type === 'HOLDS_OFFICE').map((r) => `${ref(r.from)} ${String(r.properties.title)} ${ref(r.to)}`);

describe('offices told by a bare title', () => {
  it('gives "Prime Minister X" with no country Iraq, whatever word comes before the title', () => {
    expect(offices(extract(`${EVENT}The council called on Prime Minister Haider al-Abadi to send troops.`))).toContain('person:haider-al-abadi Prime Minister gov:iraq');
    expect(offices(extract(`${EVENT}Prime Minister Adil Abdul-Mahdi praised the pilots.`))).toContain('person:adil-abdul-mahdi Prime Minister gov:iraq');
  });

  it('leaves a deputy prime minister with no country, and a bare president, without an office', () => {
    expect(offices(extract(`${EVENT}Deputy Prime Minister Qasim Omar Salih visited the wounded.`))).toEqual([]);
    expect(offices(extract(`${EVENT}President Karim Nouri Aziz visited the wounded.`))).toEqual([]);
  });

  it('gives a known person named after a bare title the office the reference holds for them', () => {
    const people = importBatchSchema.parse({
      entities: [{ id: 'person:dara-aziz', kind: 'Person', name: 'Dara Aziz', offices: [{ title: 'President of the Kurdistan Region', of: 'gov:krg' }] }],
    }).entities;
    const gazetteer = Gazetteer.fromEntities([...REFERENCE, ...people]);
    const batch = extractArticle(article(`${EVENT}President Dara Aziz condemned the attack.`), gazetteer, { fileName: 'test.md' }).batch;
    expect(offices(batch)).toContain('person:dara-aziz President gov:krg');
  });
});

describe('members of parliament for a province', () => {
  it('gives "Diyala lawmaker X", "X, an MP for Salahuddin," and "X, who represents Diyala in parliament," the national government', () => {
    const found = offices(
      extract(
        `${EVENT}Diyala lawmaker Hamid Shukur al-Anbaki said the gaps had never been closed. Abdul Rahim al-Shammari, an MP for Salahuddin, said the cells were moving freely. Nizar al-Karkhi, who represents Diyala in parliament, said the army must return.`,
      ),
    );
    expect(found).toContain('person:hamid-shukur-al-anbaki Lawmaker gov:iraq');
    expect(found).toContain('person:abdul-rahim-al-shammari MP gov:iraq');
    expect(found).toContain('person:nizar-al-karkhi MP gov:iraq');
  });

  it('does not give the first name of "the Minister, Dr. X, the Ambassador of Turkey, Mr. Y," the next title', () => {
    const found = offices(extract(`${EVENT}Upon the instruction of the Minister of Foreign Affairs, Dr. Ibrahim al-Jaafari, the Ambassador of Turkey in Baghdad, Mr. Faruk Kaymakci, was summoned.`));
    expect(found.filter((o) => o.startsWith('person:ibrahim-al-jaafari Ambassador'))).toEqual([]);
  });
});

describe('offices in communiqué and apposition wording', () => {
  it('reads "X, the director of Udhaim subdistrict," with the unit word after the name', () => {
    expect(offices(extract(`${EVENT}According to Farhad Mohammed Salih, the director of Udhaim subdistrict, the attackers came on foot.`))).toContain(
      'person:farhad-mohammed-salih Director gov:udhaim-subdistrict-local-government',
    );
  });

  it('reads "the Minister of Foreign Affairs, Mr. X" as Iraq\'s and "the Ambassador of the Republic of Turkey in Baghdad, Mr. Y" as Turkey\'s', () => {
    const found = offices(
      extract(`${EVENT}Upon the instruction of the Minister of Foreign Affairs, Mr. Mohammed Ali al-Hakim, the Ministry summoned the Ambassador of the Republic of Turkey in Baghdad, Mr. Fatih Yildiz, and handed him a memorandum.`),
    );
    expect(found).toContain('person:mohammed-ali-al-hakim Minister of Foreign Affairs gov:iraq');
    expect(found).toContain('person:fatih-yildiz Ambassador gov:turkey');
  });

  it('reads "The air force spokesman, Brigadier General X," as the spokesman of the air force', () => {
    expect(offices(extract(`${EVENT}The air force spokesman, Brigadier General Saad Shakir al-Ubaidi, said the pilots had flown forty sorties.`))).toContain(
      'person:saad-shakir-al-ubaidi Spokesman force:iraqi-air-force',
    );
  });

  it('leaves "Defense Minister X" with no country without an office', () => {
    expect(offices(extract(`${EVENT}Defense Minister Yasar Guler offered his condolences.`))).toEqual([]);
  });
});

describe('a field rank in the one force the sentence names', () => {
  it('gives "Captain X" the rank in the Peshmerga a sentence names, and nothing where two forces or a general are named', () => {
    expect(offices(extract(`${EVENT}The officer, Captain Rebwar Hama Salih, was leading a Peshmerga patrol when the bomb went off.`))).toContain('person:rebwar-hama-salih Captain force:peshmerga');
    expect(offices(extract(`${EVENT}Captain Rebwar Hama Salih said Peshmerga and Iraqi Army units had searched the area.`)).filter((o) => o.includes('rebwar'))).toEqual([]);
    expect(offices(extract(`${EVENT}Major General Yehia Rasool said the Iraqi Air Force had struck the hideout.`)).filter((o) => o.includes('yehia'))).toEqual([]);
  });
});
