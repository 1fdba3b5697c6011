/** Sentences and tokens with their character offsets. */

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, accents and inner apostrophes removed, possessive 's dropped: the matching key. */
  norm: string;
  start: number;
  end: number;
  possessive: boolean;
  capitalized: boolean;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'brig', 'cpl', 'pvt', 'adm', 'gov', 'sen', 'rep', 'st', 'sheikh',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'approx', 'km', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m',
  ],
);

const ATTRIBUTION = /^(?:(?:the|The) (?:statement|ministry|embassy|spokesperson|spokesman|source|official|office|army|command|mission) |(?:It|He|She|They|he|she|it|they) |[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3} )(?:said|added|stated|noted|stressed|continued|concluded|wrote|told \w+)\.$/u;

/** A short first line without a sentence's end, followed by more lines: a heading. */
const HEADING_LINE = /^([^\n]{1,80}?[^\s.!?:;,"”'’)\]])[ \t]*\n(?=\s*\S)/;

/** Title-case words only ("DIYALA | Baladruz", "Security in Brief"): a heading, not a hard-wrapped line of prose. */
export function isHeading(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|the|in|on|at|to|for|a|an)$/.test(w));
}

/** Splits a body into sentences; paragraphs are separated by blank lines. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = matchesOf(body, /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g);
  paragraphs.forEach((p, paragraph) => {
    let text = p[0];
    let base = p.index ?? 0;
    // A heading on its own line ("DIYALA | Baladruz", "Communique") is a sentence of its own, not the start of the next.
    for (let heading = HEADING_LINE.exec(text); heading && isHeading(heading[1]!); heading = HEADING_LINE.exec(text)) {
      push(heading[1]!, base, paragraph);
      base += heading[0].length;
      text = text.slice(heading[0].length);
    }
    let start = 0;
    // A sentence ends at . ! ? (and any closing quotes or brackets) followed by space and a capital, digit or quote.
    const boundary = /([.!?])(["'”’)\]]*)(\s+)(?=["“‘'(]?[A-Z0-9"“])/g;
    for (const m of matchesOf(text, boundary)) {
      const end = (m.index ?? 0) + m[1]!.length + m[2]!.length;
      if (m[1] === '.' && !m[2]) {
        const word = /([A-Za-z.]+)$/.exec(text.slice(start, m.index))?.[1]?.toLowerCase() ?? '';
        if (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^[a-z]$/i.test(word) || /^([a-z]\.)+[a-z]$/i.test(word)) continue;
      }
      push(text.slice(start, end), base + start, paragraph);
      start = end + m[3]!.length;
    }
    push(text.slice(start), base + start, paragraph);
  });
  function push(t: string, offset: number, paragraph: number) {
    const trimmed = t.trim();
    if (!trimmed) return;
    const lead = t.indexOf(trimmed);
    const previous = sentences.at(-1);
    // '..." The statement said.' / '..." It added.': the attribution belongs to the quote before it.
    if (previous && previous.paragraph === paragraph && ATTRIBUTION.test(trimmed) && /["”]$/.test(previous.text)) {
      previous.end = offset + lead + trimmed.length;
      previous.text = `${previous.text} ${trimmed}`;
      return;
    }
    sentences.push({ index: sentences.length, paragraph, start: offset + lead, end: offset + lead + trimmed.length, text: trimmed.replace(/\s*\n\s*/g, ' ') });
  }
  return sentences;
}

/**
 * A cache for a pure function of a string: the extractor asks for the same few thousand words and
 * names over and over (every gazetteer probe keys its name afresh). Emptied when it grows large, so
 * a long-running server does not keep every string it ever read.
 */
export function memoised(fn: (s: string) => string, limit = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(s, (out = fn(s)));
    }
    return out;
  };
}

/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them (from `re.lastIndex`,
 * which is left as it was), found with `re.exec` on the regex itself: matchAll copies the regex on
 * every call, which the rule pipeline's hundreds of patterns a sentence pay for dearly.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match: step over it, by a code point with the u flag (as matchAll does).
      if (!m[0]) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** Normalises a word for matching: lower case, no accents, no inner apostrophes. */
export const normWord = memoised((word: string): string =>
  word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, ''),
);

/** Words (letters, digits, inner apostrophes) and single punctuation marks; hyphenated words are split. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of matchesOf(text, /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/i.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const start = offset + (m.index ?? 0);
    tokens.push({
      text: word,
      norm: normWord(word),
      start,
      end: start + m[0].length,
      possessive,
      capitalized: /^\p{Lu}/u.test(word),
    });
  }
  return tokens;
}

/** The key used to match a name against text: its normalised words joined by spaces (punctuation dropped). */
export const nameKey = memoised((name: string): string =>
  tokenize(name)
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    .map((t) => t.norm)
    .join(' '),
);
