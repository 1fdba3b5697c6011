/** Ids from names in every script: Latin, Arabic, Sorani and Badini Kurdish, Persian, others. */
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/import/format.js';
import { slugify, transliterateArabicScript } from '../../src/import/slug.js';

describe('slugify in every script', () => {
  it('gives the Latin, Arabic and Kurdish names of one place distinct, stable ids', () => {
    const names = {
      Mosul: 'mosul',
      'الموصل': 'al-musl',
      'مووسڵ': 'musl',
      Erbil: 'erbil',
      'أربيل': 'arbil',
      'هەولێر': 'hewler',
      Kirkuk: 'kirkuk',
      'كركوك': 'krkuk',
      'کەرکووک': 'kerkuk',
    };
    for (const [name, slug] of Object.entries(names)) {
      expect(slugify(name), name).toBe(slug);
      expect(slugify(name), 'the same name twice').toBe(slugify(name));
      expect(`place:${slugify(name)}`).toMatch(ID_PATTERN);
    }
    expect(new Set(Object.keys(names).map((n) => slugify(n))).size).toBe(Object.keys(names).length);
  });

  it('transliterates Arabic close to press romanisation', () => {
    expect(slugify('صلاح الدين')).toBe('slah-al-din');
    expect(slugify('الحشد الشعبي')).toBe('al-hshd-al-shabi');
    expect(slugify('مخمور')).toBe('mkhmur');
    expect(slugify('ديالى')).toBe('dyala');
    expect(slugify('نينوى')).toBe('ninwa');
    expect(slugify('الأنبار')).toBe('al-anbar');
    expect(slugify('علي')).toBe('ali');
    expect(slugify('١٢ آذار')).toBe('12-adhar');
  });

  it('transliterates Kurdish and Persian letters', () => {
    expect(slugify('پێشمەرگە')).toBe('peshmerge');
    expect(slugify('زاخۆ')).toBe('zakho');
    expect(slugify('ئامێدی')).toBe('amedi');
    expect(slugify('شنگال')).toBe('shngal');
    expect(slugify('ڕانیە')).toBe('ranye');
    expect(slugify('چەمچەماڵ')).toBe('chemchemal');
    expect(slugify('تهران')).toBe('thran');
  });

  it('ignores what does not change a name: harakat, tatweel, hamza forms, presentation forms', () => {
    expect(slugify('المَوْصِل')).toBe(slugify('الموصل'));
    expect(slugify('المـــوصل')).toBe(slugify('الموصل'));
    expect(slugify('اربيل')).toBe(slugify('أربيل'));
    expect(slugify('ﻻ')).toBe('la');
    expect(transliterateArabicScript('Mosul (الموصل)')).toBe('Mosul (al-musl)');
  });

  it('never falls back to one shared slug: names with nothing to transliterate get a hash', () => {
    const a = slugify('!!!');
    const b = slugify('???');
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(slugify('!!!')).toBe(a);
    expect(slugify('Москва')).toMatch(/^[0-9a-f]{8}$/);
    expect(slugify('Mosul Москва')).toMatch(/^mosul-[0-9a-f]{8}$/);
    expect(slugify('Mosul Москва')).not.toBe(slugify('Mosul Киев'));
    expect(slugify('Mosul Москва', 20).length).toBeLessThanOrEqual(20);
  });

  it('keeps Latin slugs as they were', () => {
    expect(slugify('Tel Zawiya')).toBe('tel-zawiya');
    expect(slugify('Ḥashd al-Sha‘bī')).toBe('hashd-al-sha-bi');
    expect(slugify("Qa'im")).toBe('qaim');
    expect(slugify('Makhmour District')).toBe('makhmour-district');
    expect(slugify('a'.repeat(100))).toHaveLength(80);
  });
});
