/**
 * Slugs for ids: lower case ASCII letters, digits and hyphens ("Tel Zawiya" -> "tel-zawiya").
 *
 * Latin names lose their accents ("Ḥashd" -> "hashd"). Names in Arabic script (Arabic, Sorani and
 * Badini Kurdish, Persian) are transliterated letter by letter, close to the way the press
 * romanises them, so "أربيل" -> "arbil", "هەولێر" -> "hewler", "الموصل" -> "al-musl",
 * "مووسڵ" -> "musl":
 *
 * - consonants: ب b, ت t, ث th, ج j, ح h, خ kh, د d, ذ dh, ر ڕ r, ز z, س s, ش sh, ص s, ض d, ط t,
 *   ظ z, ع a, غ gh, ف f, ڤ v, ق q, ك ک k, گ g, ل ڵ l, م m, ن n, ه ھ h, پ p, چ ch, ژ zh;
 * - vowels: ا آ أ ٱ ى ة a, إ i, ە ێ e, ۆ o, وو u; و and ي (ی) are w and y at the start of a word,
 *   after a vowel or before one, and u and i elsewhere;
 * - ء ئ ؤ, short-vowel marks (harakat), shadda and tatweel are dropped; the article ال at the start
 *   of a word is written "al-"; Arabic-Indic digits become 0-9.
 *
 * Short vowels are not written in Arabic script, so the result is a skeleton ("al-musl" for
 * al-Mawsil), and names that differ only in letters that romanise alike (ص and س) slug alike.
 * Letters of other scripts that accents cannot be stripped from to Latin (Cyrillic, Hebrew, ...)
 * are dropped, and the slug then ends in a short hash of the whole name, so names never fall
 * together for lack of letters: a name with nothing left at all ("!!!") slugs to its hash alone.
 */
import { createHash } from 'node:crypto';

const ARABIC_LETTERS: Record<string, string> = {
  'ء': '', 'آ': 'a', 'أ': 'a', 'ؤ': '', 'إ': 'i', 'ئ': '', 'ا': 'a', 'ب': 'b', 'ة': 'a', 'ت': 't',
  'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ى': 'a', 'ٱ': 'a',
  // Persian and Kurdish letters.
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'ڤ': 'v', 'ک': 'k', 'گ': 'g', 'ڕ': 'r', 'ڵ': 'l', 'ھ': 'h',
  'ە': 'e', 'ێ': 'e', 'ۆ': 'o', 'ۀ': 'e',
};
/** Letters that read as w/u or y/i depending on where they stand. */
const WAW = new Set(['و']);
const YEH = new Set(['ي', 'ی']);
/** Letters that stand for a vowel: a waw or yeh next to one is a consonant. */
const VOWEL_LETTERS = new Set(['ا', 'آ', 'أ', 'إ', 'ٱ', 'ى', 'ة', 'ە', 'ێ', 'ۆ', 'ۀ']);
/** Harakat, Quranic marks, shadda, sukun, superscript alef, tatweel, directional marks, joiners. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C]/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_EXTRAS: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h' };

function digit(c: string): string | null {
  const code = c.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return null;
}

const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);
const isVowel = (c: string | undefined) => c !== undefined && /[aeiou]/i.test(c);
const isArabicLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c) && ARABIC_SCRIPT.test(c);

/** Arabic-script letters in `text` written in ASCII as described above; other characters kept. */
export function transliterateArabicScript(text: string): string {
  // NFKC turns presentation forms (ﻻ, ﺍ, ...) into letters and keeps hamza forms composed.
  const chars = [...text.normalize('NFKC').replace(DROPPED, '')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = out[out.length - 1];
    const atWordStart = !isLetter(prev) && !/[0-9]/.test(prev ?? '');
    const next = chars[i + 1];
    // The article: ال at the start of a word of at least two more letters.
    if (atWordStart && c === 'ا' && next === 'ل' && isArabicLetter(chars[i + 2]) && isArabicLetter(chars[i + 3])) {
      out += 'al-';
      i++;
      continue;
    }
    const d = digit(c);
    if (d !== null) {
      out += d;
      continue;
    }
    if (WAW.has(c) || YEH.has(c)) {
      const consonant = atWordStart || isVowel(prev) || VOWEL_LETTERS.has(next ?? '');
      if (WAW.has(c) && next === 'و') {
        out += 'u';
        i++;
      } else if (WAW.has(c)) out += consonant ? 'w' : 'u';
      else out += consonant ? 'y' : 'i';
      continue;
    }
    const mapped = ARABIC_LETTERS[c];
    out += mapped ?? c;
  }
  return out;
}

/** A short, stable hash of a name (8 hex digits). */
function nameHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8);
}

export function slugify(text: string, maxLength = 80): string {
  const ascii = (ARABIC_SCRIPT.test(text) ? transliterateArabicScript(text) : text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => LATIN_EXTRAS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  // Letters no rule above could write in ASCII: the slug gets a hash so that it stays distinct.
  const dropped = /[^\x00-\x7f]/.test(ascii.replace(/[^\p{L}\p{N}]/gu, ''));
  const slug = ascii
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return nameHash(text);
  if (!dropped) return trim(slug, maxLength);
  return `${trim(slug, maxLength - 9)}-${nameHash(text)}`;
}

function trim(slug: string, maxLength: number): string {
  return slug.slice(0, Math.max(maxLength, 1)).replace(/-+$/g, '');
}
