/**
 * Known entities and the names they go by. Text is matched against every name and alias, longest
 * match first; short all-capital aliases (IS, US, PMF) only match in capitals, so "is" and "us"
 * stay words.
 */
import type { EntityKind } from '../domain/taxonomy.js';
import type { EntityInput } from '../import/format.js';
import { refId } from '../import/format.js';
import { nameKey, type Token } from './text.js';

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

export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  private readonly exactCase = new Map<string, string>();
  readonly byId = new Map<string, GazetteerEntry>();
  /** For each first word of a name, the most words a name starting with it has: text is probed only where a name may start. */
  private readonly firstWords = new Map<string, number>();

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
      })),
    );
  }

  add(entry: GazetteerEntry): void {
    if (this.byId.has(entry.id)) return;
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

  lookup(name: string): GazetteerEntry[] {
    return this.byKey.get(nameKey(name)) ?? [];
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
      i += matched || 1;
    }
    return mentions;
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
