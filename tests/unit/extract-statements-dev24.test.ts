/**
 * Statements as the dev24-dev27 articles word them: a ministry named with its state's formal name ("of the Republic of
 * Iraq"), a foreign mission named with its city, and the missions and parties the shipped reference knows.
 * Each phenomenon in new words.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { importBatchSchema, type EntityInput } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';
import { article, ref, REFERENCE } from './extract-fixtures.js';

const EXTRA: EntityInput[] = importBatchSchema.parse({
  entities: [
    { id: 'place:iran', kind: 'Place', name: 'Iran', placeType: 'COUNTRY' },
    { id: 'gov:iran', kind: 'Government', name: 'Iran', governs: 'place:iran', level: 'NATIONAL' },
    { id: 'org:iraq-foreign-ministry', kind: 'Organization', name: 'Ministry of Foreign Affairs of Iraq', aliases: ['Iraqi Foreign Ministry'], organizationType: 'MINISTRY', partOf: 'gov:iraq' },
    { id: 'org:iran-foreign-ministry', kind: 'Organization', name: 'Ministry of Foreign Affairs of Iran', aliases: ['Iranian Foreign Ministry'], organizationType: 'MINISTRY', partOf: 'gov:iran' },
    { id: 'org:us-consulate-erbil', kind: 'Organization', name: 'US Consulate General in Erbil', aliases: ['U.S. Consulate General in Erbil'], organizationType: 'AGENCY', partOf: 'gov:us' },
  ],
}).entities;

function run(text: string, entities: EntityInput[] = [...REFERENCE, ...EXTRA]) {
  return extractArticle(article(text), Gazetteer.fromEntities(entities), { fileName: 'test.md' }).batch;
}

function statements(text: string, entities?: EntityInput[]): string[] {
  return run(text, entities).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

const EVENT = 'Turkish artillery shelled a village in Amedi district on Tuesday, killing two farmers. ';

describe("a body named with its state's formal name", () => {
  it('reads "the Ministry of Foreign Affairs of the Republic of Iraq" as the ministry known as "... of Iraq", and "the Ministry" after it as the same body', () => {
    expect(statements(`${EVENT}The Ministry of Foreign Affairs of the Republic of Iraq denounced the shelling. The Ministry urged Ankara to halt such operations at once.`)).toEqual([
      'org:iraq-foreign-ministry CONDEMNATION',
      'org:iraq-foreign-ministry CALL_FOR_ACTION -> gov:turkey',
    ]);
  });

  it('does the same for "the Islamic Republic of", and leaves a body the reference does not know a new one', () => {
    expect(statements(`${EVENT}The Ministry of Foreign Affairs of the Islamic Republic of Iran condemned the shelling.`)).toEqual(['org:iran-foreign-ministry CONDEMNATION']);
    const batch = run(`${EVENT}The Ministry of Health of the Republic of Iraq condemned the shelling.`);
    expect(batch.entities.map((e) => e.id)).toContain('org:ministry-of-health-of-the-republic-of-iraq');
  });
});

describe('a foreign mission named with its city', () => {
  it('does not take "the US Consulate General in Mosul" for the consulate the reference knows in Erbil', () => {
    const batch = run(`${EVENT}The US Consulate General in Mosul condemned the shelling.`);
    expect(batch.statements.map((s) => ref(s.speaker))).not.toContain('org:us-consulate-erbil');
    expect(batch.statements.map((s) => ref(s.speaker))).toEqual(['org:us-consulate-general-in-mosul']);
  });

  it('still finds the known consulate under the wording the reference lists', () => {
    expect(statements(`${EVENT}The U.S. Consulate General in Erbil condemned the shelling.`)).toEqual(['org:us-consulate-erbil CONDEMNATION']);
  });
});

describe('the shipped reference: foreign missions and parties that speak in Iraqi news', () => {
  it('knows the US Embassy in Baghdad, the US Consulate General in Erbil, Gorran and the Pentagon by their usual wordings', async () => {
    const dir = path.resolve(import.meta.dirname, '../../seed/reference');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
    const reference = combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
    const speakers = (text: string) => extractArticle(article(text), Gazetteer.fromEntities(reference), { fileName: 'test.md' }).batch.statements.map((s) => ref(s.speaker));
    const lead = 'A roadside bomb killed three policemen in Kirkuk on Monday. ';
    expect(speakers(`${lead}The United States Embassy in Baghdad condemned the bombing.`)).toEqual(['org:us-embassy-baghdad']);
    expect(speakers(`${lead}The U.S. Consulate in Erbil condemned the bombing.`)).toEqual(['org:us-consulate-erbil']);
    expect(speakers(`${lead}The Change Movement condemned the bombing.`)).toEqual(['org:gorran']);
    expect(speakers(`${lead}The Pentagon condemned the bombing.`)).toEqual(['org:us-department-of-defense']);
  });
});

describe("a security ministry's own communiqué", () => {
  const MINISTRIES: EntityInput[] = importBatchSchema.parse({
    entities: [
      { id: 'org:iraq-ministry-of-defense', kind: 'Organization', name: 'Ministry of Defense of Iraq', aliases: ['Iraqi Ministry of Defence'], organizationType: 'MINISTRY', partOf: 'gov:iraq' },
      { id: 'org:iraq-ministry-of-interior', kind: 'Organization', name: 'Ministry of Interior of Iraq', aliases: ['Iraqi Ministry of Interior'], organizationType: 'MINISTRY', partOf: 'gov:iraq' },
    ],
  }).entities;
  const issued = (text: string, source: string) =>
    extractArticle(article(text, '2023-01-17', source), Gazetteer.fromEntities([...REFERENCE, ...MINISTRIES]), { fileName: 'test.md' }).batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`);

  it('reads "The Ministry of Defence announces that the Air Force struck ..." on its own site as its claim of the strike', () => {
    expect(issued('The Ministry of Defence announces that the Iraqi Air Force carried out airstrikes at dawn today on an ISIS hideout in Udhaim subdistrict, killing six terrorists.', 'Iraqi Ministry of Defence')).toEqual([
      'org:iraq-ministry-of-defense CLAIM_OF_RESPONSIBILITY',
    ]);
  });

  it('reads the interior ministry announcing arrests by a unit the article names no owner of as its claim', () => {
    expect(issued('The Ministry of Interior announces that a force of the Crime Combating Directorate raided a house in Baquba yesterday and arrested four wanted men.', 'Iraqi Ministry of Interior')).toEqual([
      'org:iraq-ministry-of-interior CLAIM_OF_RESPONSIBILITY',
    ]);
  });

  it('leaves the same words in a news outlet\'s report as they were (no claim)', () => {
    expect(issued('The Ministry of Interior announces that a force of the Crime Combating Directorate raided a house in Baquba yesterday and arrested four wanted men.', 'Test Agency')).toEqual([]);
  });
});

describe('what a named actor must or should do, in reported words', () => {
  const lead = 'A roadside bomb killed three soldiers near Baquba on Monday. ';
  it('reads "condemned ... and said the federal government should ..." as a call on Iraq, and "said that the PKK must ..." as a call on the PKK', () => {
    expect(statements(`${lead}The Kurdistan Regional Government condemned the bombing and said the federal government should pay the families of the dead.`)).toEqual([
      'gov:krg CONDEMNATION',
      'gov:krg CALL_FOR_ACTION -> gov:iraq',
    ]);
    expect(statements(`${lead}Turkey denounced the bombing and said that the PKK "must leave the border villages for good."`)).toEqual(['gov:turkey CONDEMNATION', 'gov:turkey CALL_FOR_ACTION -> org:pkk']);
  });

  it('takes no call from what must be true, a forecast, or an obligation of no actor', () => {
    expect(statements(`${lead}The Kurdistan Regional Government condemned the bombing and said the attackers must have crossed from Diyala.`)).toEqual(['gov:krg CONDEMNATION']);
    expect(statements(`${lead}The Kurdistan Regional Government condemned the bombing and said the toll should rise.`)).toEqual(['gov:krg CONDEMNATION']);
    expect(statements(`${lead}The Kurdistan Regional Government condemned the bombing and said the weather should improve soon.`)).toEqual(['gov:krg CONDEMNATION']);
  });
});

describe('a sentence that points back at the incidents', () => {
  it('gives "These cowardly acts, which come as ISIS ..." to the speaker before, not to the group in the relative clause', () => {
    expect(statements('A car bomb killed five people in Baquba on Monday. The Kurdistan Regional Government condemned the bombing. These cowardly acts, which come as ISIS loses ground in Diyala, will not break the resolve of the people.')).toEqual([
      'gov:krg CONDEMNATION',
    ]);
  });

  it('keeps a subject with an apposition a subject ("Turkey, a NATO member, condemned")', () => {
    expect(statements('A car bomb killed five people in Baquba on Monday. Turkey, a neighbour of Iraq, condemned the bombing.')).toEqual(['gov:turkey CONDEMNATION']);
  });
});

describe('blame on a group named in two words, by a speaker told as "He"', () => {
  it('reads "He blamed Islamic State militants ... and called on X" as the official\'s account and call, not the group\'s', () => {
    const text = 'Two mortar shells hit a school in Muqdadiya on Tuesday, killing a teacher, the town\'s mayor, Sami Hadi, said. He blamed Islamic State militants hiding in the orchards east of the town and called on the Iraqi Security Forces to clear them out.';
    expect(statements(text)).toEqual(['person:sami-hadi OTHER', 'person:sami-hadi CALL_FOR_ACTION -> force:isf']);
  });

  it('keeps a subject coordinated with a first predicate ("X toured the site and called on")', () => {
    const text = 'Two mortar shells hit a school in Muqdadiya on Tuesday, killing a teacher. The Kurdistan Regional Government toured the school on Wednesday and called on the Iraqi Security Forces to protect it.';
    expect(statements(text)).toEqual(['gov:krg CALL_FOR_ACTION -> force:isf']);
  });
});

describe("a statement opened on the publisher's own site with no speaker read", () => {
  it('gives "X provided the following statement:" and the strike it tells to the publishing defence ministry', () => {
    const dod: EntityInput[] = importBatchSchema.parse({
      entities: [
        { id: 'org:us-dod', kind: 'Organization', name: 'United States Department of Defense', aliases: ['US Department of Defense', 'Pentagon'], organizationType: 'MINISTRY', partOf: 'gov:us' },
        { id: 'force:us-armed-forces', kind: 'Force', name: 'United States Armed Forces', aliases: ['U.S. military', 'US military'], under: ['gov:us'] },
      ],
    }).entities;
    const text = 'Deputy Press Secretary Rear Adm. Ann Cole provided the following statement:\n\nU.S. military aircraft today struck an ISIS artillery position near Kalar, killing four militants.\n\nWe are also providing support to the Peshmerga as they defend their territory.';
    const batch = extractArticle(article(text, '2023-01-17', 'US Department of Defense'), Gazetteer.fromEntities([...REFERENCE, ...dod]), { fileName: 'test.md' }).batch;
    expect(batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`)).toEqual(['org:us-dod CLAIM_OF_RESPONSIBILITY', 'org:us-dod SUPPORT']);
  });
});

describe('a surname the reference shares among several people', () => {
  const PEOPLE: EntityInput[] = importBatchSchema.parse({
    entities: [
      { id: 'person:karim-salih', kind: 'Person', name: 'Karim Salih' },
      { id: 'person:dara-salih', kind: 'Person', name: 'Dara Salih' },
    ],
  }).entities;
  const lead = 'A car bomb killed five people in Kalar on Monday. ';

  it('names the one of them the article named in full before', () => {
    expect(statements(`${lead}The blast hit near an office of Karim Salih's party. Salih condemned the bombing in a statement.`, [...REFERENCE, ...EXTRA, ...PEOPLE])).toEqual(['person:karim-salih CONDEMNATION']);
  });

  it('names nobody when the article named none of them, or both', () => {
    expect(statements(`${lead}Salih condemned the bombing in a statement.`, [...REFERENCE, ...EXTRA, ...PEOPLE])).toEqual([]);
    expect(statements(`${lead}The blast hit near the offices of Karim Salih and Dara Salih. Salih condemned the bombing in a statement.`, [...REFERENCE, ...EXTRA, ...PEOPLE])).toEqual([]);
  });
});

describe('what a speaker has been asking for', () => {
  it('takes "the help we have been asking for" for no call, and "we ask for more help" for one', () => {
    const lead = 'US jets struck ISIS positions near Kalar on Monday, killing six militants. ';
    expect(statements(`${lead}"This is the help we have been asking for," said Colonel Dara Salih, a Peshmerga officer.`).filter((x) => x.includes('CALL_FOR_ACTION'))).toEqual([]);
    expect(statements(`${lead}"We ask for more of these strikes," said Colonel Dara Salih, a Peshmerga officer.`).filter((x) => x.includes('CALL_FOR_ACTION'))).toEqual(['person:dara-salih CALL_FOR_ACTION']);
  });
});
