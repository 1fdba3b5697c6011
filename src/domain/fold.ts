/**
 * Folding of names for search. One pure function, applied both to what is indexed (the writer
 * stores the folded name and aliases of every entity: `searchName`, `searchAliases`,
 * `searchText`) and to what a user types, so the two meet whatever way a name was spelt:
 *
 * - Latin: lower case, accents dropped ("Ḥashd" -> "hashd").
 * - Arabic script: short-vowel marks (harakat), shadda, sukun, Quranic marks, tatweel, standalone
 *   hamza and invisible joiners dropped; hamza forms to their carrier (أ إ آ ٱ -> ا, ؤ -> و,
 *   ئ -> ي); ta marbuta ة -> ه; alef maksura ى -> ي; Persian and Kurdish letters to the Arabic
 *   letter an Arabic keyboard writes them with (ک گ -> ك, ی ێ -> ي, ە ھ ۀ -> ه, ۆ -> و, ڵ -> ل,
 *   ڕ -> ر, ڤ -> ف, پ -> ب, چ -> ج, ژ -> ز); Arabic-Indic digits -> 0-9; the article ال at
 *   the start of a word of four letters or more dropped ("الموصل" -> "موصل").
 *
 * Changing what it does changes what is stored: raise FOLD_VERSION, and the migrations fold every
 * entity again at the next start.
 */
export const FOLD_VERSION = 1;

const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0621\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;

const LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ة': 'ه',
  'ک': 'ك', 'گ': 'ك', 'ی': 'ي', 'ێ': 'ي', 'ە': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ۆ': 'و', 'ڵ': 'ل',
  'ڕ': 'ر', 'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}\\u0660-\\u0669\\u06F0-\\u06F9]`, 'gu');

function letter(c: string): string {
  const code = c.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTERS[c] ?? c;
}

/** The article ال before at least two more Arabic letters, at the start of a word. */
const ARTICLE = /(^|[^\p{L}\p{N}])ال(?=[\u0621-\u064A\u066E-\u06D3\u06D5]{2})/gu;

/** A name or a query as search compares it. */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DROPPED, '')
    .replace(LETTER, letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ARTICLE, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which of an entity's names a search hit matched: the one equal to the query once both are
 * folded, else one holding every word of it, else one holding any; null when none does.
 */
export function matchedName(query: string, names: string[]): string | null {
  const q = foldName(query);
  const words = q.split(' ').filter(Boolean);
  const folded = names.map(foldName);
  const pick = (test: (name: string) => boolean) => {
    const i = folded.findIndex(test);
    return i >= 0 ? names[i]! : null;
  };
  return pick((n) => n === q) ?? pick((n) => words.every((w) => n.includes(w))) ?? pick((n) => words.some((w) => n.includes(w)));
}
