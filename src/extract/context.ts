/**
 * What every stage of the pipeline may ask about one article: its metadata, the entities known
 * (the reference gazetteer plus the ones this article introduces), and the place hierarchy.
 */
import { MentionFinder, placeRank } from './mentions.js';
import { Gazetteer, type GazetteerEntry, type Mention } from './gazetteer.js';
import { DEMONYMS } from './lexicon.js';
import { haversineKm } from '../domain/geo.js';
import type { ParsedArticle } from './types.js';

export class ArticleContext {
  readonly finder: MentionFinder;
  readonly warnings: string[] = [];

  constructor(
    readonly article: ParsedArticle,
    readonly gazetteer: Gazetteer,
  ) {
    this.finder = new MentionFinder(gazetteer, new Gazetteer([]));
  }

  /** The day relative dates count from: the wire dateline's when it is earlier, else publication. */
  get published(): string {
    return this.article.dateline ?? this.article.published;
  }

  entry(id: string): GazetteerEntry | undefined {
    return this.finder.get(id);
  }

  lookup(name: string): GazetteerEntry[] {
    return this.finder.lookup(name);
  }

  /** The first entity of a kind among names tried in order ("Iraqi Army", "Iraqi army troops"). */
  firstOf(kind: GazetteerEntry['kind'], ...names: string[]): GazetteerEntry | null {
    for (const n of names) {
      const e = this.lookup(n).find((x) => x.kind === kind);
      if (e) return e;
    }
    return null;
  }

  /** The parent of a place, as the article or the reference knows it. */
  parentOf(id: string): string | null {
    return this.entry(id)?.parentId ?? null;
  }

  /** The place and its ancestors, innermost first. */
  chain(id: string): string[] {
    const out: string[] = [];
    let current: string | null = id;
    while (current && !out.includes(current) && out.length < 14) {
      out.push(current);
      current = this.parentOf(current);
    }
    return out;
  }

  /** True when `inner` is `outer` or lies inside it. */
  contains(outer: string, inner: string): boolean {
    return this.chain(inner).includes(outer);
  }

  /** True when a place's position in the hierarchy is known (it has a parent, or is a country). */
  located(p: GazetteerEntry): boolean {
    return p.placeType === 'COUNTRY' || Boolean(this.parentOf(p.id));
  }

  /** The governorate (or region, or country) a place lies in, for telling provinces apart. */
  province(id: string): string | null {
    for (const p of this.chain(id)) {
      const t = this.entry(p)?.placeType;
      if (t === 'GOVERNORATE') return p;
    }
    return null;
  }

  /** Where a place lies: its own coordinates, else its nearest located ancestor's (a new village stands at its district's seat). */
  position(id: string): { latitude: number; longitude: number } | null {
    for (const p of this.chain(id)) {
      const e = this.entry(p);
      if (e?.placeType === 'COUNTRY' || e?.placeType === 'REGION') return null;
      if (e?.location) return e.location;
    }
    return null;
  }

  /** Kilometres between two places' positions, or null when either has none. */
  distanceKm(a: string, b: string): number | null {
    const x = this.position(a);
    const y = this.position(b);
    return x && y ? haversineKm(x, y) : null;
  }

  /** The capital of a country or region: the seat of the government that governs it. */
  capitalOf(placeId: string): GazetteerEntry | null {
    const gov = this.entries(placeId);
    return gov?.seat ? (this.entry(gov.seat) ?? null) : null;
  }

  private entries(placeId: string): GazetteerEntry | undefined {
    const govId = this.entry(placeId)?.governs ?? this.gazetteer.governmentOfPlace(placeId);
    return govId ? this.entry(govId) : undefined;
  }

  rank(e: GazetteerEntry | null | undefined): number {
    return placeRank(e?.placeType);
  }

  /** The government a place name stands for: a country, or a seat of government ("Baghdad", "Erbil"). */
  governmentOfMention(m: Mention): GazetteerEntry | null {
    const seat = DEMONYMS[m.text.toLowerCase().replace(/[’']s$/, '')];
    if (seat && m.entries.some((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY')) {
      const gov = this.lookup(seat).find((e) => e.kind === 'Government');
      if (gov) return gov;
    }
    const gov = m.entries.find((e) => e.kind === 'Government');
    if (gov) return gov;
    const place = m.entries.find((e) => e.kind === 'Place' && (e.placeType === 'COUNTRY' || e.placeType === 'REGION'));
    if (!place) return null;
    const id = this.gazetteer.governmentOfPlace(place.id) ?? this.finder.local.governmentOfPlace(place.id);
    return id ? (this.entry(id) ?? null) : null;
  }
}

/** The entry of a mention best fitting a role: an actor (person, body, force, then government) or a place. */
export function pick(m: Mention, role: 'actor' | 'place'): GazetteerEntry | null {
  if (role === 'place') return m.entries.find((e) => e.kind === 'Place') ?? null;
  return (
    m.entries.find((e) => e.kind === 'Person') ??
    m.entries.find((e) => e.kind === 'Organization' || e.kind === 'Force') ??
    m.entries.find((e) => e.kind === 'Government') ??
    null
  );
}
