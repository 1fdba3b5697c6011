import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntry } from '../../src/extract/gazetteer.js';
import { tokenize } from '../../src/extract/text.js';

const place = (id: string, name: string, aliases: string[] = []): GazetteerEntry => ({ id, kind: 'Place', name, aliases, placeType: 'VILLAGE', parentId: null, governs: null });

describe('the gazetteer', () => {
  it('matches the longest name, case and accents folded, short capitals only in capitals', () => {
    const g = new Gazetteer([place('place:tal-afar', 'Tal Afar'), place('place:tal', 'Tal'), { ...place('org:is', 'IS'), kind: 'Organization' }]);
    const text = 'It is near Tal Afar, where IS attacked.';
    const found = g.find(tokenize(text), text, 0).map((m) => m.entries[0]!.id);
    expect(found).toEqual(['place:tal-afar', 'org:is']);
  });

  it('stays fast with many thousands of names', () => {
    const entries: GazetteerEntry[] = [];
    for (let i = 0; i < 20_000; i++) entries.push(place(`place:v${i}`, `Village Number ${i} Qaryat`, [`Qaryat ${i}`]));
    const g = new Gazetteer(entries);
    const text = 'Gunmen attacked Qaryat 17123 and then Village Number 9 Qaryat before dawn on Monday, officials in the district said. '.repeat(20);
    const tokens = tokenize(text);
    const started = performance.now();
    for (let i = 0; i < 50; i++) g.find(tokens, text, 0);
    const perSentence = (performance.now() - started) / 50 / 20;
    expect(g.find(tokens, text, 0).slice(0, 2).map((m) => m.entries[0]!.id)).toEqual(['place:v17123', 'place:v9']);
    expect(perSentence).toBeLessThan(5); // milliseconds per sentence: a guard against a linear scan (~1000× slower), not a speed target
  });

  it('finds a place with or without the Arabic article', () => {
    const g = new Gazetteer([place('place:tarmiyah', 'Tarmiyah'), place('place:al-qaim', 'al-Qaim')]);
    const text = 'Militants attacked al-Tarmiyah, then Qaim.';
    expect(g.find(tokenize(text), text, 0).map((m) => m.entries[0]!.id)).toEqual(['place:tarmiyah', 'place:al-qaim']);
  });
});

describe('spellings of a place', () => {
  const g = new Gazetteer([
    place('place:tarmiyah', 'Tarmiyah'),
    place('place:tuz-khurmatu', 'Tuz Khurmatu'),
    place('place:qaraqosh', 'Qaraqosh'),
    place('place:tal-afar', 'Tal Afar'),
    place('place:khanaqin', 'Khanaqin'),
    place('place:sikeniye', 'Sikeniye'),
    place('place:hawija', 'Hawija'),
    { ...place('place:tarmiyah-district', 'Tarmiyah District'), placeType: 'DISTRICT' },
    { ...place('force:police', 'Police'), kind: 'Force' },
  ]);
  const ids = (text: string) => g.find(tokenize(text), text, 0).map((m) => `${m.text}=${m.entries[0]!.id}`);

  it('folds the transliteration pairs: article, doubled letters, -iya/-iyah/-ia, kh/k, q/k/g, ou/u, w/v, e/a', () => {
    expect(ids('Gunmen attacked el-Tarmiya and Tarmiyya, then Tooz Khormato and Karakosh.')).toEqual([
      'el-Tarmiya=place:tarmiyah',
      'Tarmiyya=place:tarmiyah',
      'Tooz Khormato=place:tuz-khurmatu',
      'Karakosh=place:qaraqosh',
    ]);
    expect(ids('Talafar, Xaneqin, Sikeniya and Havija.')).toEqual(['Talafar=place:tal-afar', 'Xaneqin=place:khanaqin', 'Sikeniya=place:sikeniye', 'Havija=place:hawija']);
  });

  it('takes a lower-case kind word into the name, and prefers the longer spelling run', () => {
    expect(ids('A bomb went off in the Tarmiya district on Monday.')).toEqual(['Tarmiya district=place:tarmiyah-district']);
  });

  it('leaves lower-case words, common words, short names and parts of longer names alone', () => {
    expect(ids('the tarmiya road; Police said; Hawi, Tal.')).toEqual(['Police=force:police']);
    expect(ids('Ahmed Havija and Havija Mohammed said it at Havija, as Havija, at-Havija.')).toEqual(['Havija=place:hawija', 'Havija=place:hawija', 'at-Havija=place:hawija']);
  });

  it('looks names up by spelling too, places only', () => {
    expect(g.lookup('al-Tarmiya').map((e) => e.id)).toEqual(['place:tarmiyah']);
    expect(g.lookup('Polise')).toEqual([]);
    expect(g.lookup('tarmiya')).toEqual([]);
  });
});

describe('districts called sub-districts and the reverse', () => {
  it('reads "al-Azim district" as the known Al-Azim Subdistrict, and nests villages named in it there', async () => {
    const { read } = await import('./extract-fixtures.js');
    const { ctx } = read('Militants attacked a base between the villages of al-Tala and Umm al-Karami in al-Azim district on Friday.');
    const found = [...ctx.finder.discovered.values()].map((n) => `${n.entry.name} in ${n.entry.parentId}`);
    expect(found).toEqual(['al-Tala in place:udhaim-subdistrict', 'Umm al-Karami in place:udhaim-subdistrict']);
  });

  it('leaves "the city\'s al-Azim district" (a quarter) alone, and never borrows a unit by spelling alone', async () => {
    const { read } = await import('./extract-fixtures.js');
    const quarter = read("An activist was shot dead on Tuesday in the city's al-Azim district in Basra.");
    expect([...quarter.ctx.finder.discovered.values()].map((n) => n.entry.name)).toEqual(['al-Azim']);
    const spelling = read('Gunmen attacked a post in Al-Adheim district on Friday.');
    expect([...spelling.ctx.finder.discovered.values()].map((n) => n.entry.name)).toEqual(['Al-Adheim']);
  });
});

describe('new places told by their kind or their bearing', () => {
  const discovered = async (text: string) => {
    const { read } = await import('./extract-fixtures.js');
    return [...read(text).ctx.finder.discovered.values()].filter((n) => n.entry.kind === 'Place').map((n) => `${n.entry.name} ${n.entry.placeType} in ${n.entry.parentId}`);
  };

  it('reads "near Tulul al-Baj, west of Muqdadiya" as a village in the town\'s district', async () => {
    expect(await discovered('A soldier was killed by sniper fire at a checkpoint near Tulul al-Baj, west of Muqdadiya, on Monday.')).toEqual(['Tulul al-Baj VILLAGE in place:muqdadiya-district']);
  });

  it('nests a camp measured from a city ("east of Kirkuk") in the city\'s province when nothing closer is named', async () => {
    expect(await discovered('Iranian drones struck Barika camp, east of Kirkuk, on Wednesday morning.')).toEqual(['Barika AREA in place:kirkuk-governorate']);
  });

  it('nests "the village of X in Y subdistrict" in the sub-district, not in a province of the same name', async () => {
    expect(await discovered('A bomb exploded in the village of Kani Sard in Salah al-Din subdistrict on Monday.')).toEqual(['Kani Sard VILLAGE in place:salah-al-din-subdistrict']);
  });

  it('takes "a camp of the PKK" and "the PKK camp" for a body\'s site, not a place named after it', async () => {
    expect(await discovered("Drones struck a camp of the Kurdistan Workers' Party (PKK) on the outskirts of Kalar on Monday. The PKK camp was hit again.")).toEqual([]);
  });

  it('reads "Albu Zaid, a village in the Udhaim subdistrict" and "Tal Zahra, a village about six kilometres east of ..." as villages', async () => {
    expect(await discovered('A soldier was killed on the edge of Albu Zaid, a village in the Udhaim subdistrict, on Monday.')).toEqual(['Albu Zaid VILLAGE in place:udhaim-subdistrict']);
    expect(await discovered('Crops were burned in Tal Zahra, a village about six kilometres east of Muqdadiya, on Monday.')).toEqual(['Tal Zahra VILLAGE in place:muqdadiya-district']);
  });

  it('takes "a mostly Sunni Arab village" for who lives in the village, not its name', async () => {
    expect(await discovered('Gunmen attacked Albu Ubaid, a mostly Sunni Arab village about three kilometres from Muqdadiya, on Monday.')).toEqual(['Albu Ubaid VILLAGE in place:muqdadiya-district']);
  });

  it('reads "X nahiya" as the sub-district', async () => {
    const { read } = await import('./extract-fixtures.js');
    const { readings } = read('A bomb exploded in Abu Saida nahiya on Monday.');
    expect(readings[0]!.mentions.flatMap((m) => m.entries.map((e) => e.id))).toContain('place:abu-saida-subdistrict');
  });

  it('reads "the Muqdadiya camp" beside the town of Muqdadiya as a camp of its own in the town\'s district', async () => {
    expect(await discovered('A drone struck a car near the Muqdadiya refugee camp on Monday.')).toEqual(['Muqdadiya Camp SITE in place:muqdadiya-district']);
  });

  it('reads "the Makhmour refugee camp", "the Karsi complex" and "the Badoush hills" as places', async () => {
    const found = await discovered('A drone hit a car near the Zummar refugee camp, then the Karsi complex, and later the Badoush hills.');
    expect(found.map((x) => x.split(' ')[0])).toEqual(['Zummar', 'Karsi', 'Badoush']);
  });
});

describe('new places named with their possessor', () => {
  it('reads "Kirkuk\'s Tal Ward neighbourhood" as Tal Ward, inside Kirkuk', async () => {
    const { read } = await import('./extract-fixtures.js');
    const { ctx } = read("On Monday gunmen attacked a shop in Kirkuk's Tal Ward neighbourhood.");
    const found = [...ctx.finder.discovered.values()].map((n) => `${n.entry.name} in ${n.entry.parentId}`);
    expect(found).toContain('Tal Ward in place:kirkuk');
  });

  it('knows the shipped reference\'s IRGC by the spelling Iranian agencies use ("Islamic Revolution Guards Corps", "Ground Force of ..."), and Turkey\'s defence ministry', async () => {
    const { readdir } = await import('node:fs/promises');
    const path = await import('node:path');
    const { readStructuredFile, combineBatches } = await import('../../src/seed/structured.js');
    const dir = path.resolve(import.meta.dirname, '../../seed/reference');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
    const reference = combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
    const g = Gazetteer.fromEntities(reference);
    const ids = (text: string) => g.find(tokenize(text), text, 0).flatMap((m) => m.entries.map((e) => e.id));
    expect(ids('The Ground Force of the Islamic Revolution Guards Corps said it hit positions.')).toEqual(['force:irgc-ground-forces']);
    expect(ids('The Islamic Revolution Guards Corps said it fired missiles.')).toEqual(['force:irgc']);
    // Turkey's defence ministry, which issues the releases and weekly briefings, in British and American spelling.
    expect(ids("Turkey's Ministry of National Defence said its aircraft struck.")).toEqual(['org:turkey-defence-ministry']);
    expect(ids('The Republic of Türkiye Ministry of National Defence announced it.')).toEqual(['org:turkey-defence-ministry']);
    // The UN Secretary-General's representative speaks for the mission, not for the country named in the title.
    expect(ids('The Special Representative of the Secretary-General for Iraq condemned the attack.')).toEqual(['org:unami']);
    // The tribal militias of 2006-2010 by the names the press gave them.
    for (const name of ['Sahwa', 'the Sons of Iraq', 'an Awakening Council', 'Awakening councils']) expect(ids(`A bomb hit ${name} fighters on the road.`), name).toEqual(['force:sahwa']);
  });
});

