/** The folding search applies to names and queries alike (src/domain/fold.ts). */
import { describe, expect, it } from 'vitest';
import { foldName, matchedName } from '../../src/domain/fold.js';
import { toLuceneQuery } from '../../src/db/queries/read.js';

describe('foldName', () => {
  it('makes the spellings of one Arabic name equal', () => {
    const mosul = foldName('الموصل');
    expect(mosul).toBe('موصل');
    for (const variant of ['المَوْصِل', 'الموصـــل', 'الـمـوصـل', 'موصل', '\u200fالموصل\u200f']) expect(foldName(variant), variant).toBe(mosul);
  });

  it('folds hamza forms, ta marbuta and alef maksura', () => {
    expect(foldName('أربيل')).toBe(foldName('اربيل'));
    expect(foldName('إربيل')).toBe(foldName('اربيل'));
    expect(foldName('آمرلي')).toBe(foldName('امرلي'));
    expect(foldName('مؤسسة')).toBe(foldName('موسسه'));
    expect(foldName('رئيس')).toBe(foldName('رييس'));
    expect(foldName('البصرة')).toBe(foldName('البصره'));
    expect(foldName('ديالى')).toBe(foldName('ديالي'));
    expect(foldName('القضاء')).toBe(foldName('القضا'));
  });

  it('folds Persian and Kurdish letters to the Arabic ones a keyboard writes them with', () => {
    expect(foldName('هەولێر')).toBe(foldName('ههولير'));
    expect(foldName('کەرکووک')).toBe(foldName('كهركووك'));
    expect(foldName('مووسڵ')).toBe('مووسل');
    expect(foldName('پێشمەرگە')).toBe(foldName('بيشمەركە'));
    expect(foldName('چەمچەماڵ')).toBe(foldName('جهمجهمال'));
    expect(foldName('ڕانیە')).toBe(foldName('رانيه'));
    expect(foldName('١٢٣ ۴۵۶')).toBe('123 456');
  });

  it('keeps Latin as the index analyzer sees it: lower case, no accents', () => {
    expect(foldName('Ḥashd al-Sha‘bī')).toBe('hashd al-sha‘bi');
    expect(foldName('  DAESH  ')).toBe('daesh');
    expect(foldName('Hewlêr')).toBe('hewler');
  });

  it('tells which name a query matched', () => {
    expect(matchedName('المَوْصِل', ['Mosul', 'الموصل'])).toBe('الموصل');
    expect(matchedName('hashd', ['Popular Mobilization Forces', 'Hashd al-Shaabi'])).toBe('Hashd al-Shaabi');
    expect(matchedName('xyz', ['Mosul'])).toBeNull();
  });
});

describe('toLuceneQuery folds', () => {
  it('folds Arabic-script words as the indexed names are', () => {
    expect(toLuceneQuery('المَوْصِل')).toBe('(موصل^3 OR موصل*)');
    expect(toLuceneQuery('هەولێر')).toBe('(ههولير^3 OR ههولير* OR ههولير~1)');
    expect(toLuceneQuery('Hewlêr')).toBe('(hewler^3 OR hewler* OR hewler~1)');
  });
});
