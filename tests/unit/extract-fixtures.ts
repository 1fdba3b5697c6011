/**
 * A small reference for the extractor's unit tests (not the shipped seed/reference): a few
 * places in a hierarchy, governments, forces and groups, enough to write sentences against.
 */
import { ArticleContext } from '../../src/extract/context.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { parseArticle } from '../../src/extract/parse.js';
import { readSentences, type SentenceReading } from '../../src/extract/reading.js';
import { nestNewPlaces } from '../../src/extract/nesting.js';
import { importBatchSchema, type EntityInput, type ImportBatch } from '../../src/import/format.js';

export const REFERENCE: EntityInput[] = importBatchSchema.parse({
  entities: [
    { id: 'place:iraq', kind: 'Place', name: 'Iraq', placeType: 'COUNTRY' },
    { id: 'place:turkey', kind: 'Place', name: 'Turkey', aliases: ['Turkiye'], placeType: 'COUNTRY' },
    { id: 'place:diyala-governorate', kind: 'Place', name: 'Diyala Governorate', aliases: ['Diyala', 'Diyala province'], placeType: 'GOVERNORATE', locatedIn: 'place:iraq' },
    { id: 'place:muqdadiya-district', kind: 'Place', name: 'Muqdadiya District', aliases: ['Muqdadiya district'], placeType: 'DISTRICT', locatedIn: 'place:diyala-governorate' },
    { id: 'place:muqdadiya', kind: 'Place', name: 'Muqdadiya', aliases: ['Miqdadiya'], placeType: 'TOWN', locatedIn: 'place:muqdadiya-district' },
    { id: 'place:abu-saida-subdistrict', kind: 'Place', name: 'Abu Saida Subdistrict', aliases: ['Abu Saida'], placeType: 'SUBDISTRICT', locatedIn: 'place:muqdadiya-district' },
    { id: 'place:salah-al-din-subdistrict', kind: 'Place', name: 'Salah al-Din Subdistrict', placeType: 'SUBDISTRICT', locatedIn: 'place:khalis-district' },
    { id: 'place:baqubah', kind: 'Place', name: 'Baqubah', aliases: ['Baquba'], placeType: 'CITY', locatedIn: 'place:diyala-governorate', location: { latitude: 33.75, longitude: 44.64 } },
    { id: 'place:khalis-district', kind: 'Place', name: 'Khalis District', aliases: ['Khalis district'], placeType: 'DISTRICT', locatedIn: 'place:diyala-governorate', location: { latitude: 33.81, longitude: 44.53 } },
    { id: 'place:udhaim-subdistrict', kind: 'Place', name: 'Udhaim Subdistrict', aliases: ['Al-Azim Subdistrict', 'Udhaim'], placeType: 'SUBDISTRICT', locatedIn: 'place:khalis-district', location: { latitude: 34.29, longitude: 44.52 } },
    { id: 'place:basra', kind: 'Place', name: 'Basra', placeType: 'CITY', locatedIn: 'place:iraq', location: { latitude: 30.51, longitude: 47.81 } },
    { id: 'place:kirkuk-governorate', kind: 'Place', name: 'Kirkuk Governorate', aliases: ['Kirkuk province'], placeType: 'GOVERNORATE', locatedIn: 'place:iraq', location: { latitude: 35.47, longitude: 44.39 } },
    { id: 'place:kirkuk', kind: 'Place', name: 'Kirkuk', placeType: 'CITY', locatedIn: 'place:kirkuk-governorate' },
    { id: 'place:wadi-al-shay', kind: 'Place', name: 'Wadi al-Shay', placeType: 'AREA', locatedIn: 'place:kirkuk-governorate', location: { latitude: 35.17, longitude: 44.15 } },
    { id: 'place:rashad-subdistrict', kind: 'Place', name: 'Rashad Subdistrict', aliases: ['Rashad subdistrict'], placeType: 'SUBDISTRICT', locatedIn: 'place:daquq-district', location: { latitude: 35.03, longitude: 44.04 } },
    { id: 'place:daquq-district', kind: 'Place', name: 'Daquq District', aliases: ['Daquq district', 'Daquq'], placeType: 'DISTRICT', locatedIn: 'place:kirkuk-governorate' },
    { id: 'place:salahuddin-governorate', kind: 'Place', name: 'Salahuddin Governorate', aliases: ['Salahuddin', 'Salah al-Din', 'Salahuddin province'], placeType: 'GOVERNORATE', locatedIn: 'place:iraq' },
    { id: 'place:tuz-khurmatu-district', kind: 'Place', name: 'Tuz Khurmatu District', aliases: ['Tuz Khurmatu district'], placeType: 'DISTRICT', locatedIn: 'place:salahuddin-governorate' },
    { id: 'place:sulaymaniyah-governorate', kind: 'Place', name: 'Sulaymaniyah Governorate', aliases: ['Sulaymaniyah province'], placeType: 'GOVERNORATE', locatedIn: 'place:iraq', location: { latitude: 35.56, longitude: 45.43 } },
    { id: 'place:garmiyan-administration', kind: 'Place', name: 'Garmiyan Administration', aliases: ['Garmiyan', 'Garmiyan administration'], placeType: 'AREA', locatedIn: 'place:sulaymaniyah-governorate', location: { latitude: 34.7, longitude: 45.2 } },
    { id: 'place:kalar-district', kind: 'Place', name: 'Kalar District', aliases: ['Kalar district'], placeType: 'DISTRICT', locatedIn: 'place:sulaymaniyah-governorate', location: { latitude: 34.63, longitude: 45.32 } },
    { id: 'place:kalar', kind: 'Place', name: 'Kalar', placeType: 'TOWN', locatedIn: 'place:kalar-district', location: { latitude: 34.63, longitude: 45.32 } },
    { id: 'place:erbil-governorate', kind: 'Place', name: 'Erbil Governorate', aliases: ['Erbil province'], placeType: 'GOVERNORATE', locatedIn: 'place:iraq' },
    { id: 'place:erbil', kind: 'Place', name: 'Erbil', aliases: ['Irbil', 'Hawler'], placeType: 'CITY', locatedIn: 'place:erbil-governorate' },
    { id: 'place:makhmour-district', kind: 'Place', name: 'Makhmour District', aliases: ['Makhmour district', 'Makhmur district'], placeType: 'DISTRICT', locatedIn: 'place:erbil-governorate' },
    { id: 'place:duhok-governorate', kind: 'Place', name: 'Duhok Governorate', aliases: ['Duhok province', 'Dohuk Governorate'], placeType: 'GOVERNORATE', locatedIn: 'place:iraq' },
    { id: 'place:duhok', kind: 'Place', name: 'Duhok', aliases: ['Dohuk'], placeType: 'CITY', locatedIn: 'place:duhok-governorate' },
    { id: 'place:amedi-district', kind: 'Place', name: 'Amedi District', aliases: ['Amedi district', 'Amedi'], placeType: 'DISTRICT', locatedIn: 'place:duhok-governorate' },
    { id: 'place:baghdad', kind: 'Place', name: 'Baghdad', placeType: 'CITY', locatedIn: 'place:iraq', location: { latitude: 33.31, longitude: 44.37 } },
    { id: 'place:kurdistan-region', kind: 'Place', name: 'Kurdistan Region', aliases: ['Kurdistan Region of Iraq'], placeType: 'REGION', locatedIn: 'place:iraq' },
    { id: 'gov:iraq', kind: 'Government', name: 'Iraq', aliases: ['Iraqi government', 'Baghdad government'], governs: 'place:iraq', seatedIn: 'place:baghdad', level: 'NATIONAL' },
    { id: 'gov:turkey', kind: 'Government', name: 'Turkey', governs: 'place:turkey', level: 'NATIONAL' },
    { id: 'gov:us', kind: 'Government', name: 'United States', aliases: ['US', 'U.S.'], level: 'NATIONAL' },
    { id: 'gov:krg', kind: 'Government', name: 'Kurdistan Regional Government', aliases: ['KRG'], level: 'REGIONAL', partOf: 'gov:iraq', governs: 'place:kurdistan-region', seatedIn: 'place:erbil' },
    { id: 'force:isf', kind: 'Force', name: 'Iraqi Security Forces', aliases: ['ISF', 'Iraqi forces'], under: ['gov:iraq'] },
    { id: 'force:iraqi-army', kind: 'Force', name: 'Iraqi Army', aliases: ['Iraqi troops'], partOf: 'force:isf' },
    { id: 'force:federal-police', kind: 'Force', name: 'Federal Police', partOf: 'force:isf' },
    { id: 'force:iraqi-air-force', kind: 'Force', name: 'Iraqi Air Force', aliases: ['Iraqi warplanes'], partOf: 'force:isf' },
    { id: 'force:cts', kind: 'Force', name: 'Counter-Terrorism Service', aliases: ['CTS'], under: ['gov:iraq'] },
    { id: 'force:peshmerga', kind: 'Force', name: 'Peshmerga', aliases: ['Peshmerga forces'], under: ['gov:krg'] },
    { id: 'force:asayish', kind: 'Force', name: 'Asayish', aliases: ['Kurdistan Region Security Council Asayish', 'Garmiyan Asayish'], under: ['gov:krg'] },
    { id: 'force:pmf', kind: 'Force', name: 'Popular Mobilization Forces', aliases: ['PMF', 'Hashd al-Shaabi'], under: ['gov:iraq'] },
    { id: 'force:turkish-armed-forces', kind: 'Force', name: 'Turkish Armed Forces', aliases: ['Turkish military', 'Turkish artillery'], under: ['gov:turkey'] },
    { id: 'org:isis', kind: 'Organization', name: 'ISIS', aliases: ['Islamic State', 'Daesh', 'IS', 'ISIL'], organizationType: 'ARMED_GROUP' },
    { id: 'org:pkk', kind: 'Organization', name: "Kurdistan Workers' Party", aliases: ['PKK'], organizationType: 'ARMED_GROUP' },
    { id: 'org:turkey-foreign-ministry', kind: 'Organization', name: 'Ministry of Foreign Affairs of Turkey', aliases: ['Turkish Foreign Ministry'], organizationType: 'MINISTRY', partOf: 'gov:turkey' },
    { id: 'org:security-media-cell', kind: 'Organization', name: 'Security Media Cell', organizationType: 'AGENCY' },
  ],
}).entities;

export const gazetteer = (): Gazetteer => Gazetteer.fromEntities(REFERENCE);

/** An article with front matter around the text. */
export function article(text: string, published = '2023-01-17', source = 'Test Agency'): string {
  return `---\npublished: ${published}\nsource: ${source}\n---\n${text}`;
}

/** Runs the whole extractor on a text. */
export function extract(text: string, published = '2023-01-17', source?: string): ImportBatch {
  return extractArticle(article(text, published, source), gazetteer(), { fileName: 'test.md' }).batch;
}

/** The first stage on a text: a context and its sentence readings, for testing later stages alone. */
export function read(text: string, published = '2023-01-17'): { ctx: ArticleContext; readings: SentenceReading[] } {
  const ctx = new ArticleContext(parseArticle(article(text, published)), gazetteer());
  const readings = readSentences(ctx);
  nestNewPlaces(readings, ctx);
  return { ctx, readings };
}

export const ref = (r: string | { ref: string }): string => (typeof r === 'string' ? r : r.ref);

/** The events a text yields, as "TYPE date place" (the place's id, or - for none). */
export const eventLines = (text: string, published = '2023-01-17'): string[] =>
  extract(text, published).events.map((e) => `${e.subEventType} ${e.date} ${e.place ? ref(e.place) : '-'}`);

/** The offices a batch states, as "holder title -> body". */
export const officeLines = (batch: ImportBatch): string[] =>
  batch.relationships.filter((r) => r.type === 'HOLDS_OFFICE').map((r) => `${ref(r.from)} ${r.properties?.title} -> ${ref(r.to)}`);
