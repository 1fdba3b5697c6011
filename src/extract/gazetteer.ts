/**
 * Known entities and the names they go by. Text is matched against every name and alias, longest
 * match first; short all-capital aliases (IS, US, PMF) only match in capitals, so "is" and "us"
 * stay words.
 */
import type { EntityKind } from '../domain/taxonomy.js';
import type { EntityInput } from '../import/format.js';
import { refId } from '../import/format.js';
import { FORCE_HEADS, NOT_NAMES, ORG_HEADS } from './lexicon.js';
import { memoised, nameKey, type Token } from './text.js';

export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  placeType: string | null;
  /** LOCATED_IN parent for places; PART_OF / UNDER parent for bodies. */
  parentId: string | null;
  /** For governments: the place they govern. For places: the government that governs them, if known. */
  governs: string | null;
  /** For organizations: ARMED_GROUP, MINISTRY, MEDIA, ... when known. */
  organizationType?: string | null;
  /** For governments: the place they sit in (the capital). */
  seat?: string | null;
  /** For places: where the reference puts it (a seat town, a centroid). */
  location?: { latitude: number; longitude: number } | null;
  /** For people: the office the reference gives them (the current one first), as a body's id. */
  office?: { title: string; of: string } | null;
}

export interface Mention {
  entries: GazetteerEntry[];
  /** Index of the first and one past the last word token. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

/** Punctuation that may sit inside a name ("al-Hashd", "U.S.", "Da'esh"). */
const INNER = new Set(['-', '.', "'", '’', '‘', '–']);

/** Word tokens of a token list, with intra-name punctuation dropped; other punctuation becomes a break (null). */
export function words(tokens: Token[]): (Token | null)[] {
  const out: (Token | null)[] = [];
  for (const t of tokens) {
    if (/[\p{L}\p{N}]/u.test(t.text)) out.push(t);
    else if (!INNER.has(t.text)) out.push(null);
  }
  return out;
}

/**
 * The surname a known person is referred to by later in an article ("Sadr", "Khudeda"), for
 * people whose surname no other entity shares (never "Barzani": three Barzanis hold office).
 */
/** The office a reference person is known by: the one still held, else the first. */
function heldOffice(offices: Extract<EntityInput, { kind: 'Person' }>['offices']): { title: string; of: string } | null {
  const o = offices.find((x) => !x.until) ?? offices[0];
  return o ? { title: o.title, of: refId(o.of) } : null;
}

function uniqueSurnames(entities: EntityInput[]): Map<string, string> {
  const all = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => nameKey(n))));
  const counts = new Map<string, string[]>();
  for (const e of entities) {
    if (e.kind !== 'Person') continue;
    const last = e.name.split(/\s+/).at(-1)!.replace(/^(?:al|el|Al|El)-/, '');
    if (e.name.split(/\s+/).length < 2 || last.length < 4 || !/^\p{Lu}/u.test(last)) continue;
    counts.set(last, [...(counts.get(last) ?? []), e.id]);
  }
  const out = new Map<string, string>();
  for (const [last, ids] of counts) if (ids.length === 1 && !all.has(nameKey(last))) out.set(ids[0]!, last);
  return out;
}

/**
 * Names with and without the Arabic article, for places: "al-Tarmiyah" is also "Tarmiyah", and
 * "Qaim" also "al-Qaim" (the article is written or dropped at will in English reporting).
 */
function withoutArticle(names: string[], kind: string): string[] {
  if (kind !== 'Place') return names;
  const out = new Set(names);
  for (const n of names) {
    const bare = /^(?:al|el|Al|El|ad|as|ash|an|ar|at|az)[- ](\S.{3,})$/.exec(n)?.[1];
    if (bare) out.add(bare);
    else if (!/\s/.test(n) && n.length >= 4) out.add(`al-${n}`);
  }
  return [...out];
}

/** The Arabic article and its assimilated forms, written apart from the name ("al-Qaim", "el Tarmiya"). */
const ARTICLE_WORD = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|il)$/;
/** Kind words that may follow a place's name in lower case ("Tarmiya district"). */
const KIND_WORD = /^(?:district|subdistrict|sub|nahiya|qadh?aa?|province|governorate|village|town|city|area|mountains?|valley|camp|region)$/;

/**
 * A transliteration-insensitive key of one word (lower case, accents and apostrophes already
 * dropped): the pairs English renderings of Arabic and Kurdish names alternate between are folded
 * (kh/x/k, gh/g/q/k, dh/d, th/t, w/v, e/a, o/ou/u, y/i), doubled letters collapse, and a final h
 * after a vowel goes, so -iya, -iyah, -iyya, -ia and -iye end alike.
 */
export const spellingKeyOfWord = memoised((norm: string): string =>
  norm
    .replace(/[^a-z0-9]/g, '')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/[xqgc]/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/e/g, 'a')
    .replace(/o/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aiu])h$/, '$1'),
);

/** The spelling key of a name: its words without the Arabic article, folded and joined ("Tal Afar" = "Talafar" = "Tel Afar"). */
export function spellingKey(name: string): string {
  return spellingKeyOfNameKey(nameKey(name));
}

function spellingKeyOfNameKey(key: string): string {
  return key
    .split(' ')
    .filter((w) => w && !ARTICLE_WORD.test(w))
    .map(spellingKeyOfWord)
    .join('');
}

const WORD_KEYS = new WeakMap<Token, string>();
function wordKey(t: Token): string {
  let key = WORD_KEYS.get(t);
  if (key === undefined) WORD_KEYS.set(t, (key = ARTICLE_WORD.test(t.norm) ? '' : spellingKeyOfWord(t.norm)));
  return key;
}

/** Keys too short to tell names apart by spelling ("Hit", "Tal"): exact names only. */
const MIN_SPELLING_KEY = 5;

export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  private readonly exactCase = new Map<string, string>();
  readonly byId = new Map<string, GazetteerEntry>();
  private changes = 0;
  /** For each first word of a name, the most words a name starting with it has: text is probed only where a name may start. */
  private readonly firstWords = new Map<string, number>();
  /** Places by spelling key (see spellingKey): "Tarmiya", "el-Tarmiyah" and "Tarmiyya" find Tarmiyah. */
  private readonly bySpelling = new Map<string, GazetteerEntry[]>();

  constructor(entries: Iterable<GazetteerEntry>) {
    for (const e of entries) this.add(e);
  }

  static fromEntities(entities: EntityInput[]): Gazetteer {
    const surnames = uniqueSurnames(entities);
    const governs = new Map<string, string>();
    for (const e of entities) if (e.kind === 'Government' && e.governs) governs.set(refId(e.governs), e.id);
    return new Gazetteer(
      entities.map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.kind === 'Person' && surnames.has(e.id) ? [...e.aliases, surnames.get(e.id)!] : e.aliases,
        placeType: e.kind === 'Place' ? (e.placeType ?? null) : null,
        parentId:
          e.kind === 'Place'
            ? e.locatedIn
              ? refId(e.locatedIn)
              : null
            : e.kind === 'Force'
              ? e.partOf
                ? refId(e.partOf)
                : e.under[0]
                  ? refId(e.under[0])
                  : null
              : e.kind === 'Organization' || e.kind === 'Government'
                ? e.partOf
                  ? refId(e.partOf)
                  : null
                : null,
        governs: e.kind === 'Government' ? (e.governs ? refId(e.governs) : null) : e.kind === 'Place' ? (governs.get(e.id) ?? null) : null,
        organizationType: e.kind === 'Organization' ? (e.organizationType ?? null) : null,
        seat: e.kind === 'Government' && e.seatedIn ? refId(e.seatedIn) : null,
        location: e.kind === 'Place' ? (e.location ?? null) : null,
        office: e.kind === 'Person' ? heldOffice(e.offices) : null,
      })),
    );
  }

  /** Counts the changes made (add, upsert), so a copy held elsewhere (a worker's) knows when it is stale. */
  get revision(): number {
    return this.changes;
  }

  add(entry: GazetteerEntry): void {
    if (this.byId.has(entry.id)) return;
    this.changes += 1;
    this.byId.set(entry.id, entry);
    for (const name of withoutArticle([entry.name, ...entry.aliases], entry.kind)) {
      const key = nameKey(name);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.some((x) => x.id === entry.id)) list.push(entry);
      this.byKey.set(key, list);
      const parts = key.split(' ');
      this.firstWords.set(parts[0]!, Math.max(this.firstWords.get(parts[0]!) ?? 0, parts.length));
      const letters = name.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 4 && letters === letters.toUpperCase()) this.exactCase.set(key, letters);
      if (entry.kind === 'Place' && letters.length >= 4 && /^\P{Ll}/u.test(name.replace(/^(?:al|el)-/i, ''))) {
        const spelling = spellingKeyOfNameKey(key);
        if (spelling.length >= MIN_SPELLING_KEY) {
          const same = this.bySpelling.get(spelling) ?? [];
          if (!same.some((x) => x.id === entry.id)) same.push(entry);
          this.bySpelling.set(spelling, same);
        }
      }
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** Replaces what is known of an entity (its names, parent, ...) with a fresher description. */
  upsert(entry: GazetteerEntry): void {
    const old = this.byId.get(entry.id);
    if (old) {
      for (const name of [old.name, ...old.aliases]) {
        const key = nameKey(name);
        const list = this.byKey.get(key)?.filter((e) => e.id !== entry.id);
        if (list?.length) this.byKey.set(key, list);
        else this.byKey.delete(key);
      }
      this.byId.delete(entry.id);
    }
    this.add(entry);
  }

  /** The entities a name names: exactly, else (places only) by its spelling key. */
  lookup(name: string): GazetteerEntry[] {
    return this.byKey.get(nameKey(name)) ?? this.lookupSpelling(name);
  }

  /** The entities a name names exactly (no spelling variants). */
  lookupExact(name: string): GazetteerEntry[] {
    return this.byKey.get(nameKey(name)) ?? [];
  }

  /** Places whose name is another spelling of `name` ("Tel Ebta" for "Tal Abta"). */
  lookupSpelling(name: string): GazetteerEntry[] {
    if (!/^(?:(?:al|el)[- ])?\p{Lu}/u.test(name.trim())) return [];
    const key = spellingKey(name);
    return key.length >= MIN_SPELLING_KEY ? (this.bySpelling.get(key) ?? []) : [];
  }

  /** Every known name in a sentence's tokens, longest first, without overlaps. */
  find(tokens: Token[], sentenceText: string, sentenceStart: number): Mention[] {
    const ws = words(tokens);
    const mentions: Mention[] = [];
    for (let i = 0; i < ws.length; ) {
      let matched = 0;
      const first = ws[i];
      const longest = first ? (this.firstWords.get(first.norm) ?? 0) : 0;
      let available = 0;
      while (available < longest && i + available < ws.length && ws[i + available] !== null) available++;
      for (let n = available; n >= 1 && !matched; n--) {
        const toks = ws.slice(i, i + n) as Token[];
        let key = toks[0]!.norm;
        for (let k = 1; k < n; k++) key += ` ${toks[k]!.norm}`;
        const entries = this.byKey.get(key);
        if (!entries) continue;
        const exact = this.exactCase.get(key);
        if (exact && toks.map((t) => t.text).join('').replace(/[^\p{L}]/gu, '') !== exact) continue;
        // A lone lower-case common word never names an entity ("state", "coalition").
        if (n === 1 && !toks[0]!.capitalized && !exact) continue;
        const start = toks[0]!.start;
        const end = toks[n - 1]!.end;
        mentions.push({ entries, from: i, to: i + n, start, end, text: sentenceText.slice(start - sentenceStart, end - sentenceStart) });
        matched = n;
      }
      // Another spelling of a known place ("Tarmiya", "el-Tarmiyah", "Tooz Khormato"): a longer run than the exact match, if any.
      const variant = this.bySpelling.size ? this.spellingAt(ws, i, matched, (t) => sentenceText.charAt(t.end - sentenceStart) === '-') : null;
      if (variant) {
        if (matched) mentions.pop();
        const start = variant.tokens[0]!.start;
        const end = variant.tokens.at(-1)!.end;
        mentions.push({ entries: variant.entries, from: i, to: i + variant.tokens.length, start, end, text: sentenceText.slice(start - sentenceStart, end - sentenceStart) });
        matched = variant.tokens.length;
      }
      i += matched || 1;
    }
    return mentions;
  }

  /**
   * The longest run of capitalised words at `i` (an Arabic article and a lower-case kind word
   * allowed) whose spelling key names a place, longer than `exact` words.
   */
  private spellingAt(ws: (Token | null)[], i: number, exact: number, joined: (t: Token) => boolean): { tokens: Token[]; entries: GazetteerEntry[] } | null {
    // The name starts a run of capitalised words: "Hemin Khidir" is a person, not the town of Khidr.
    const before = ws[i - 1];
    if (before && before.capitalized && !NOT_NAMES.has(before.norm)) return null;
    const run: Token[] = [];
    for (let k = i; k < ws.length && run.length < 5; k++) {
      const t = ws[k];
      if (!t) break;
      // "al Qaim", "el-Tarmiya", "ad-Dawr"; the English "at", "as", "an" only when joined to the name.
      const articleWord = ARTICLE_WORD.test(t.norm);
      const article = articleWord && (/^(?:al|el)$/.test(t.norm) || joined(t)) && Boolean(ws[k + 1]?.capitalized);
      if (articleWord && !article) break;
      if (!t.capitalized && !article && !(run.length && KIND_WORD.test(t.norm))) break;
      run.push(t);
    }
    if (!run.length) return null;
    let key = '';
    const keys: string[] = [];
    for (const t of run) {
      key += wordKey(t);
      keys.push(key);
    }
    for (let n = run.length; n > exact; n--) {
      const k = keys[n - 1]!;
      if (k.length < MIN_SPELLING_KEY) continue;
      const entries = this.bySpelling.get(k);
      if (!entries) continue;
      const toks = run.slice(0, n);
      // A lone common word never names a place by spelling ("Police", "Daesh" stay what they are).
      if (toks.every((t) => NOT_NAMES.has(t.norm) || ARTICLE_WORD.test(t.norm) || KIND_WORD.test(t.norm))) continue;
      if (this.byKey.has(toks.map((t) => t.norm).join(' '))) continue;
      if (toks.at(-1) && ARTICLE_WORD.test(toks.at(-1)!.norm)) continue;
      // Part of a longer name ("Khidir Mohammed"), unless what follows is the head of a body ("Tarmiya Police").
      const next = run[n];
      if (next && next.capitalized && !KIND_WORD.test(next.norm) && !FORCE_HEADS.test(next.norm) && !ORG_HEADS.test(next.norm)) continue;
      return { tokens: toks, entries };
    }
    return null;
  }

  /** Ancestors of a place, innermost first. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    let current = this.byId.get(id)?.parentId ?? null;
    while (current && !out.includes(current) && out.length < 12) {
      out.push(current);
      current = this.byId.get(current)?.parentId ?? null;
    }
    return out;
  }

  /** The government a place falls under: the nearest enclosing place some government governs. */
  governmentOfPlace(id: string): string | null {
    for (const p of [id, ...this.ancestors(id)]) {
      const g = this.byId.get(p)?.governs;
      if (g) return g;
    }
    return null;
  }

  entries(): GazetteerEntry[] {
    return [...this.byId.values()];
  }
}
