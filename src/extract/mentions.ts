/**
 * Entity mentions in a sentence: names the gazetteer knows, and names it does not (a village, an
 * official, a ministry, an armed group) found through the words around them, each with a kind.
 */
import type { EntityKind } from '../domain/taxonomy.js';
import { slugify } from '../import/slug.js';
import { bearing, haversineKm } from '../domain/geo.js';
import { Gazetteer, words, type GazetteerEntry, type Mention } from './gazetteer.js';
import { COUNTRIES, DEMONYMS, FORCE_HEADS, NOT_NAMES, ORG_HEADS, TITLES } from './lexicon.js';
import { matchesOf, nameKey, tokenize, type Sentence, type Token } from './text.js';

/** A new entity the article introduces, with the sentence that introduced it. */
export interface NewEntity {
  entry: GazetteerEntry;
  sentence: string;
  organizationType?: string;
  forceType?: string;
  level?: string;
  /** Office held, for people introduced with a title. */
  office?: { title: string; of: string };
}

/** A capitalised name: words starting with a capital, joined by spaces, hyphens and particles (al-, bin, Abu). */
export const NAME = String.raw`(?:(?:al|el|as|ad|ash|an|ar|at|az)-\p{Lu}[\p{L}'’]*|\p{Lu}[\p{L}'’]*\.?|\d{1,2}(?:st|nd|rd|th))(?:(?:[- ](?:al|el|bin|ibn|abu|Abu|Al|El|de|of the|of|bani|Bani|Umm|umm)[- ]|[- ])\p{Lu}[\p{L}'’]*){0,5}`;

/** Words naming a people or a faith: "a Sunni Arab village" is no village called "Sunni Arab". */
const PEOPLE_WORDS = /^(?:Sunni|Shiite|Shia|Shi['’]ite|Arab|Kurdish|Kurd|Turkmen|Yazidi|Ezidi|Christian|Assyrian|Chaldean|Shabak|Kakai|Kaka['’]i|Muslim|Mixed|Bedouin)$/;
/** People told as those of a place ("Villagers of the X valley"): a name joined to them by "of" is the place's. */
const PEOPLE_OF = /^(?:Residents|Villagers|Families|People|Inhabitants|Locals|Elders|Farmers|Shepherds|Tribesmen|Citizens|Youths|Women|Men|Children|Notables|Dignitaries)$/;
const PLACE_TYPE_OF: Record<string, string> = {
  village: 'VILLAGE', hamlet: 'VILLAGE', town: 'TOWN', city: 'CITY', district: 'DISTRICT', 'sub-district': 'SUBDISTRICT', subdistrict: 'SUBDISTRICT',
  nahiya: 'SUBDISTRICT', qadha: 'DISTRICT', qada: 'DISTRICT', qadaa: 'DISTRICT', province: 'GOVERNORATE', governorate: 'GOVERNORATE', area: 'AREA', region: 'AREA', valley: 'AREA', neighbourhood: 'AREA',
  neighborhood: 'AREA', quarter: 'AREA', suburb: 'AREA', camp: 'AREA', desert: 'AREA', mountains: 'AREA', mountain: 'AREA', range: 'AREA', 'mountain range': 'AREA', ridge: 'AREA', plain: 'AREA', plains: 'AREA', base: 'SITE', airport: 'SITE', field: 'SITE', 'oil field': 'SITE', 'gas field': 'SITE', checkpoint: 'SITE', resort: 'SITE', lake: 'AREA', site: 'SITE', shrine: 'SITE', tomb: 'SITE', mausoleum: 'SITE',
};

const PLACE_RANK: Record<string, number> = { SITE: 0, VILLAGE: 1, AREA: 2, TOWN: 3, CITY: 3, SUBDISTRICT: 4, DISTRICT: 5, GOVERNORATE: 6, REGION: 7, COUNTRY: 8 };

export function placeRank(placeType: string | null | undefined): number {
  return placeType ? (PLACE_RANK[placeType] ?? 4) : 4;
}

const ID_PREFIX: Record<EntityKind, string> = { Place: 'place', Organization: 'org', Government: 'gov', Force: 'force', Person: 'person' };

function cleanName(name: string): string {
  return name.replace(/^(?:the|The)\s+/, '').replace(/[’']s$/, '').replace(/[.,;:]+$/, '').trim();
}

const PEOPLES = /^(?:kurds?|arabs?|turkmens?|turkomans?|yazidis?|yezidis?|christians?|assyrians?|shabaks?|sunnis?|shiites?|shias?|muslims?|kakai|kakais)$/i;

function isPlausibleName(name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length === 1 && PEOPLES.test(words[0]!)) return false;
  if (!words.length || words.length > 6) return false;
  if (words.every((w) => NOT_NAMES.has(w.toLowerCase()))) return false;
  return !NOT_NAMES.has(words[0]!.toLowerCase()) || words.length > 1;
}

// Place phrases (MentionFinder.places).
const PLACE_OF = new RegExp(String.raw`\b(?:the |a )?(village|hamlet|town|city|district|sub-district|subdistrict|nahiya|[Qq]adh?aa?|area|region|valley|neighbou?rhood|camp|desert|mountains?|plains?|shrine|tomb|mausoleum|resort)s? of (${NAME})`, 'gu');
// ("the Dugure (Dguri) complex": a second spelling in brackets between the name and its head.)
const PLACE_HEAD = new RegExp(String.raw`\b(${NAME}) (?:\((?:al-)?\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:al-)?\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}\) )?(?:(?:refugee|displacement|IDP) )?(village|district|sub-district|subdistrict|nahiya|qadh?aa?|(?:oil |gas )?field(?! (?:commanders?|hospitals?|marshal|trips?|visits?|offices?|teams?|units?|work|guns?|artillery|surveys?|staff))|area|valley|camp|complex|neighbou?rhood|mountains?|(?:mountain )?range|ridge|hills?|desert|plains?|region|resort|lake|site)\b`, 'gu');
const PLACE_PAIR = new RegExp(String.raw`\b(village|town)s (?:of|between|around|near) (${NAME}),? (?:and|or) (${NAME})`, 'gu');
const PLACES_LISTED = new RegExp(String.raw`\b(?:two|three|four|several|\d+) (?:(?:neighbou?ring|nearby|adjacent|small|other|[\w-]+) )?(villages|hamlets), (${NAME}),? (?:and|or) (${NAME})`, 'gu');
const PLACE_BEARING = new RegExp(String.raw`\b(?:near|in|at|outside|around|above|below|overlooking) (?:the )?(${NAME}),? (?:(?:about|some|around|nearly|roughly) )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few) (?:km|kilomet(?:er|re)s|miles) )?(?:north|south|east|west)(?:ern|east|west)?(?:-(?:north|south|east|west))? of (?:the )?(?:(?:town|city|district) of )?(${NAME})`, 'gu');
/** "the road between Khanasor and Sinune, north of Mount Sinjar": both ends of a stretch placed by a bearing from a known place. */
const PLACES_BETWEEN_BEARING = new RegExp(String.raw`\bbetween (?:the )?(?:(?:villages|towns) of )?(${NAME}) and (?:the )?(${NAME}),? (?:(?:about|some|around|nearly|roughly) )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few) (?:km|kilomet(?:er|re)s|miles) )?(?:north|south|east|west)(?:ern|east|west)?(?:-(?:north|south|east|west))? of (?:the )?(?:(?:town|city|district) of )?(${NAME})`, 'gu');
/** ", about 15 kilometers east of Zakho": the bearing from a known place told right after a name. */
const BEARING_AFTER = new RegExp(String.raw`^,? (?:(?:about|some|around|nearly|roughly) )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few) (?:km|kilomet(?:er|re)s|miles) )?(?:\(\d+ (?:km|miles)\) )?(?:north|south|east|west)(?:ern|east|west)?(?:-(?:north|south|east|west))? of (?:the )?(?:(?:town|city|district) of )?(${NAME})`, 'u');
const PLACE_APPOSED = new RegExp(String.raw`\b(?:in|at|on|near|outside) (?:the )?(${NAME}), (?:in|inside|within) the (?:${NAME}) (?:area|sub-?district|district|nahiya|region|countryside)\b`, 'gu');
const PLACE_LOCATED = new RegExp(String.raw`\b(?:in|at|near|outside|around|on the outskirts of|(?:attacks?|assaults?|raids?|strikes?) on) (?:the )?(${NAME})(?=,? )`, 'gu');
const PLACE_APPOSITION = new RegExp(String.raw`\b(${NAME}), (?:a|the)(?: [\w-]+){0,3}? (village|hamlet|town|neighbou?rhood|quarter|suburb|district(?= (?:in|on) the (?:[\w-]+ ){1,2}of the (?:city|capital|town)\b))(?= (?:in|of|near|on|about|some|around|roughly|nearly|\d|one|two|three|four|five|six|seven|eight|nine|ten|(?:to the )?(?:north|south|east|west)\w*)\b)`, 'gu');
/** "a shop in al-Bayaa, in the southwest of the capital", "in Zayouna, on the eastern edge of the city": a quarter told by where it lies in a city. */
const PLACE_QUARTER = new RegExp(String.raw`\b(?:in|at|near|outside) (?:the )?(${NAME}), (?:in|on|at) the (?:[\w-]+ ){1,2}of the (?:capital|city|town|(?:district|sub-?district|city|town) (?:centre|center))\b(?! of\b)`, 'gu');
const MOUNT_NAMED = new RegExp(String.raw`\bMount (${NAME})`, 'gu');

/** Finds and registers the entities a sentence introduces; the local gazetteer learns them. */
export class MentionFinder {
  readonly discovered = new Map<string, NewEntity>();
  /** The titles of the offices the article gave, in order ("his Turkish counterpart" holds the same as the speaker). */
  private readonly titles: { sentence: string; title: string }[] = [];
  /** Offices the article gives people the reference knows. */
  readonly titled = new Map<string, { office: { title: string; of: string }; sentence: string }>();
  /** The people the article names, known or new. */
  readonly named = new Map<string, GazetteerEntry>();

  constructor(
    private readonly base: Gazetteer,
    readonly local: Gazetteer,
  ) {}

  /** The known entry for a name, in the base or the article's own gazetteer. */
  lookup(name: string): GazetteerEntry[] {
    const local = this.local.lookup(name);
    return local.length ? local : this.base.lookup(name);
  }

  get(id: string): GazetteerEntry | undefined {
    return this.local.get(id) ?? this.base.get(id);
  }

  /** The government a demonym or possessor names ("Bahraini", "Kurdistan's", "US"). */
  governmentFor(word: string): GazetteerEntry | null {
    const country = DEMONYMS[word.toLowerCase().replace(/[’']s$/, '').replace(/\./g, ' ').trim().replace(/\s+/g, ' ')];
    if (!country) return null;
    const known = this.lookup(country).find((e) => e.kind === 'Government');
    if (known) return known;
    // A country the reference does not hold ("Yemen's foreign ministry"): its government, created here.
    if (!COUNTRIES.has(country)) return null;
    return this.register('Government', country, '', { level: 'NATIONAL' });
  }

  private register(kind: EntityKind, name: string, sentence: string, extra: Partial<Omit<GazetteerEntry, 'organizationType'>> & Omit<Partial<NewEntity>, 'entry' | 'sentence'> = {}, homonym = false): GazetteerEntry {
    const known = homonym ? undefined : this.lookup(name).find((e) => e.kind === kind);
    if (known) {
      // "X, an MP for Salah al-Din,": a person another pattern found first keeps the office this one reads.
      const found = this.discovered.get(known.id);
      if (extra.office) this.titles.push({ sentence, title: extra.office.title });
      if (found && extra.office && !found.office) found.office = extra.office;
      // "Masrour Barzani, prime minister of the Kurdistan Regional Government,": a person the reference knows, titled here.
      if (!found && extra.office && kind === 'Person' && !this.titled.has(known.id)) this.titled.set(known.id, { office: extra.office, sentence });
      return known;
    }
    let id = `${ID_PREFIX[kind]}:${slugify(name)}`;
    for (let n = 2; this.base.get(id) && (this.base.get(id)!.kind !== kind || homonym); n++) id = `${ID_PREFIX[kind]}:${slugify(name)}-${n}`;
    const existing = this.local.get(id) ?? this.base.get(id);
    if (existing) return existing;
    const entry: GazetteerEntry = {
      id,
      kind,
      name,
      // ("Colonel Hemin Rashid ... Rashid said": a surname the reference gives a known person, here someone the article introduces.)
      aliases: kind === 'Person' ? surnames(name).filter((a) => this.lookup(a).every((e) => e.kind === 'Person' && this.base.get(e.id) && nameKey(e.name) !== nameKey(a))) : (extra.aliases ?? []),
      placeType: extra.placeType ?? null,
      parentId: extra.parentId ?? null,
      governs: null,
      organizationType: extra.organizationType ?? null,
    };
    this.local.add(entry);
    if (extra.office) this.titles.push({ sentence, title: extra.office.title });
    this.discovered.set(id, {
      entry,
      sentence,
      organizationType: extra.organizationType,
      forceType: extra.forceType,
      level: extra.level,
      office: extra.office,
    });
    return entry;
  }

  /** Places introduced as "the village of X (in Y)", "X district", "X village". */
  private places(s: Sentence): void {
    const text = s.text;
    const found: { name: string; type: string; end: number; quarter?: boolean; near?: GazetteerEntry; parent?: GazetteerEntry; homonym?: boolean }[] = [];
    // ("the shrine of Sharaf al-Din": a shrine by the short name it goes by; a saint's full lineage, "the shrine of Sayyid X
    // bin Y al-Z", is no name a report uses for the place.)
    for (const m of matchesOf(text, PLACE_OF)) {
      if (/^(?:shrine|tomb|mausoleum)$/i.test(m[1]!) && cleanName(m[2]!).split(/\s+/).length > 3) continue;
      const end = (m.index ?? 0) + m[0].length;
      // "the summer resort of Sharanish, about 15 kilometers east of Zakho": a resort told by its bearing from a town lies in the town's unit.
      const bearing = /^resorts?$/i.test(m[1]!) ? BEARING_AFTER.exec(text.slice(end, end + 80)) : null;
      const near = bearing ? this.lookup(cleanName(bearing[1]!)).find((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY' && e.placeType !== 'REGION') : undefined;
      found.push({ name: cleanName(m[2]!), type: m[1]!.toLowerCase(), end, ...(near ? { near } : {}) });
    }
    // "the villages of Barbzin and Shine", "the villages between Zinana and Palkana": the second name too.
    for (const m of matchesOf(text, PLACE_PAIR)) {
      const end = (m.index ?? 0) + m[0].length;
      found.push({ name: cleanName(m[2]!), type: m[1]!.toLowerCase(), end }, { name: cleanName(m[3]!), type: m[1]!.toLowerCase(), end });
    }
    // "outside two neighbouring villages, Tal Wardan and Umm Jirs": the names a counted plural sets out in apposition.
    for (const m of matchesOf(text, PLACES_LISTED)) {
      const end = (m.index ?? 0) + m[0].length;
      for (const n of [m[2]!, m[3]!]) if (!this.lookup(cleanName(n)).length) found.push({ name: cleanName(n), type: m[1]!.toLowerCase().replace(/s$/, ''), end });
    }
    // "a rocket attack on the Victory Base Complex", "struck the Kilo Air Base": a named base is a site of its own.
    // ... and so is one named the way armies name their bases, with or without "the" ("at Contingency Operating
    // Base Kilo", "rockets hit Camp Echo", "at Kilo Base Complex"): a base, not the town or the airport near it.
    for (const m of matchesOf(text, /\b(?:on|at|in|inside|near|outside|targeted|targeting|hit|hitting|struck|striking) (?:the ((?:[A-Z][\p{L}'’-]*\s){1,3}(?:Air ?[Bb]ase|Airbase|Base Complex|Military Base|Base))\b(?! of\b)|((?:(?:Contingency|Forward) )?Operating Base \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?|Camp \p{Lu}[\p{L}'’-]*|(?:\p{Lu}[\p{L}'’-]*\s){1,2}(?:Air Base|Airbase|Base Complex))\b(?! of\b))/gu)) {
      const name = (m[1] ?? m[2]!).trim();
      if (!this.lookup(name).length && isPlausibleName(name)) found.push({ name, type: 'base', end: (m.index ?? 0) + m[0].length });
    }
    // "on the edge of Albu Zaid, a village in the Abbara subdistrict": a name the apposition calls a village.
    for (const m of matchesOf(text, PLACE_APPOSITION)) {
      // ("Rahimawa, a mainly Kurdish district in the north of the city": a district of a city is a quarter, no unit.)
      if (!this.lookup(cleanName(m[1]!)).length) found.push({ name: cleanName(m[1]!), type: m[2] === 'district' ? 'quarter' : m[2]!, end: (m.index ?? 0) + m[0].length });
    }
    for (const m of matchesOf(text, PLACE_HEAD)) {
      // "Residents of the X area", "Families of the Y valley": the people of a place, not part of its name.
      const name = cleanName(m[1]!).replace(/^(\p{L}+) of (?:the )?(?=\p{Lu})/u, (all, w: string) => (NOT_NAMES.has(w.toLowerCase()) || PEOPLE_OF.test(w) ? '' : all));
      // "a mostly Sunni Arab village": who lives there, not its name.
      if (name.split(/\s+/).every((w) => PEOPLE_WORDS.test(w))) continue;
      // "the city's Abbasiya district": a quarter of a city, not the unit of that name elsewhere.
      // "Kirkuk's Zab subdistrict", "Nineveh's Sinjar district": a unit of the province so named.
      const possessor = /(\S+)['’]s\s+$/.exec(text.slice(0, m.index ?? 0));
      const ofProvince = possessor && (/^sub-?district$/i.test(m[2]!) || this.lookup(`${possessor[1]} Governorate`).some((e) => e.placeType === 'GOVERNORATE'));
      const possessed = Boolean(possessor) && !ofProvince;
      const farFrom = this.bearingDenies(name, text.slice((m.index ?? 0) + m[0].length));
      const fullKnown = !farFrom && (this.lookup(`${name} ${m[2]}`).length > 0 || (!possessed && this.adminUnder(name, m[2]!, `${m[1]} ${m[2]}`)));
      if (!fullKnown) found.push({ name, type: m[2]!.toLowerCase(), end: (m.index ?? 0) + m[0].length, quarter: possessed, homonym: farFrom || this.homonymIn(name, m[2]!, text.slice((m.index ?? 0) + m[0].length)) });
    }
    // "the West Qurna 2 field", "Majnoon 1 oil field": a field numbered after the name it shares with its neighbour.
    for (const m of matchesOf(text, /\b((?:\p{Lu}[\p{L}'’-]*\s){1,2}\d{1,2})\s+((?:oil |gas )?field)\b/gu)) {
      if (!this.lookup(`${m[1]} ${m[2]}`).length && isPlausibleName(m[1]!)) found.push({ name: m[1]!, type: m[2]!.toLowerCase(), end: (m.index ?? 0) + m[0].length });
    }
    for (const m of matchesOf(text, PLACE_QUARTER)) {
      const name = cleanName(m[1]!);
      if (!this.lookup(name).length && name.split(/\s+/).length <= 3) found.push({ name, type: 'quarter', end: (m.index ?? 0) + m[0].indexOf(',') });
    }
    // "on the slopes of Mount Bekhair": a mountain named before its name.
    for (const m of matchesOf(text, MOUNT_NAMED)) {
      const name = cleanName(m[1]!);
      if (!this.lookup(name).length && !this.lookup(`Mount ${name}`).length && !this.lookup(`${name} mountain`).length && !this.lookup(`${name} Mountains`).length) found.push({ name: `Mount ${name}`, type: 'mountain', end: (m.index ?? 0) + m[0].length });
    }
    // "near Tulul al-Baj, west of al-Shirqat": an unknown name placed by a bearing from a known place.
    for (const m of matchesOf(text, PLACE_BEARING)) {
      const name = cleanName(m[1]!);
      const from = this.lookup(cleanName(m[2]!)).find((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY' && e.placeType !== 'REGION');
      if (!from || this.lookup(name).length || !isPlausibleName(name) || name.split(/\s+/).length > 3) continue;
      found.push({ name, type: 'village', end: (m.index ?? 0) + m[0].length, near: from });
    }
    for (const m of matchesOf(text, PLACES_BETWEEN_BEARING)) {
      const from = this.lookup(cleanName(m[3]!)).find((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY' && e.placeType !== 'REGION');
      if (!from) continue;
      for (const n of [m[1]!, m[2]!].map(cleanName)) {
        if (this.lookup(n).length || !isPlausibleName(n) || n.split(/\s+/).length > 3) continue;
        found.push({ name: n, type: 'village', end: (m.index ?? 0) + m[0].length, near: from });
      }
    }
    // "the raid on Albu Khdeir, in the al-Ayth area east of Samarra": an unknown name a locative
    // apposition puts inside a named unit or area is a village of it.
    for (const m of matchesOf(text, PLACE_APPOSED)) {
      const name = cleanName(m[1]!);
      if (this.lookup(name).length || !isPlausibleName(name) || name.split(/\s+/).length > 3) continue;
      found.push({ name, type: 'village', end: (m.index ?? 0) + m[0].indexOf(',') });
    }
    // "in Tell Hamdan, in Kirkuk province", "in Kani Rash, Sidakan subdistrict", "near Tell Hamdan in
    // Kirkuk's Dibis district": an unknown name a locative puts inside a known unit is a village of it.
    for (const m of matchesOf(text, PLACE_LOCATED)) {
      const name = cleanName(m[1]!);
      if (this.lookup(name).length || !isPlausibleName(name) || name.split(/\s+/).length > 3) continue;
      const end = (m.index ?? 0) + m[0].length;
      const parent = this.unitAfter(text.slice(end, end + 80));
      if (parent) found.push({ name, type: 'village', end, parent });
    }
    // Register every new place first, so "the village of X in the Y area" can point at a new Y.
    const fresh: { entry: GazetteerEntry; end: number }[] = [];
    for (const f of found.sort((a, b) => a.end - b.end)) {
      // "Mosul's al-Yarmouk neighbourhood": the possessor is where the place lies, not part of its name.
      const possessed = /^(.+?)['’]s\s+(\S.*)$/u.exec(f.name);
      let within: GazetteerEntry | undefined;
      if (possessed) {
        within = this.lookup(possessed[1]!).find((e) => e.kind === 'Place');
        f.name = possessed[2]!;
      }
      if (!isPlausibleName(f.name)) continue;
      // "a camp of the Kurdistan Freedom Party", "the PAK camp": a body's site, not a place of the body's name.
      if (this.lookup(f.name).some((e) => e.kind !== 'Place')) continue;
      // "the nahiya of Al-Ahrar": a known unit; a bare name nothing else bears becomes its local name.
      if (!f.quarter && !f.homonym && this.adminUnder(f.name, f.type, this.lookup(f.name).length ? null : f.name)) continue;
      let placeType = PLACE_TYPE_OF[f.type.replace(/s$/, '')] ?? PLACE_TYPE_OF[f.type] ?? 'AREA';
      // "the Zummar camp" next to the town of Zummar: a camp of its own, in the town's district.
      const town = f.type === 'camp' ? this.lookup(f.name).find((e) => e.kind === 'Place' && ['TOWN', 'CITY', 'VILLAGE'].includes(e.placeType ?? '')) : undefined;
      if (town) {
        if (this.lookup(`${f.name} camp`).length) continue;
        f.name = `${f.name} Camp`;
        placeType = 'SITE';
        within = within ?? (town.parentId ? this.get(town.parentId) : undefined);
      }
      // "the Khurmala field", "the Tawke oil field": a field is a site named in full ("Khurmala oil field", a gas field
      // where the words say gas), still found by its bare name; one named for a known town or village lies by it.
      let aliases: string[] | undefined;
      if (/field$/.test(f.type) && !f.quarter) {
        const bare = f.name;
        const namesake = this.lookup(bare).find((e) => e.kind === 'Place');
        f.name = `${bare} ${/gas/.test(f.type) || (f.type === 'field' && /\bgas\b/i.test(text) && !/\boil\b/i.test(text)) ? 'gas' : 'oil'} field`;
        aliases = [`${bare} field`, ...(namesake ? [] : [bare])];
        if (namesake && ['TOWN', 'CITY', 'VILLAGE'].includes(namesake.placeType ?? '')) within = within ?? namesake;
      }
      if (this.lookup(f.name).some((e) => e.kind === 'Place') && !f.homonym) continue;
      // A place told by its bearing from a town lies in the town's own unit (sub-district or district).
      const unit = f.near ? ([f.near.id, f.near.parentId].map((id) => (id ? this.get(id) : undefined)).find((e) => e && ['SUBDISTRICT', 'DISTRICT'].includes(e.placeType ?? '')) ?? null) : null;
      const parent = within && placeRank(within.placeType) > placeRank(placeType) ? within : (f.parent ?? unit);
      fresh.push({ entry: this.register('Place', f.name, s.text, { placeType, parentId: parent?.id ?? null, ...(aliases ? { aliases } : {}) }, f.homonym), end: f.end });
    }
    // "... of X in Y district" / "... of X, in Y": Y encloses X.
    for (const { entry, end } of fresh) {
      if (entry.parentId) continue;
      const after = text.slice(end, end + 80);
      // ("the al-Zanjili neighbourhood of western Mosul": the part of the town named before it.)
      const inMatch = new RegExp(String.raw`^,?\s+(?:in|within|of|inside|on the outskirts of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|old)\s+)?(${NAME})(?:\s+(district|sub-?district|nahiya|province|governorate|region|area))?`, 'u').exec(after);
      if (!inMatch) continue;
      const parentName = cleanName(inMatch[1]!);
      const isPlace = (e: GazetteerEntry) => e.kind === 'Place' && e.id !== entry.id;
      // "in Salahaddin subdistrict": the unit the word names, not a larger place of the same name.
      const typed = inMatch[2] ? PLACE_TYPE_OF[inMatch[2].toLowerCase()] : undefined;
      const named = [...(inMatch[2] ? this.lookup(`${parentName} ${inMatch[2]}`) : []), ...this.lookup(parentName)].filter(isPlace);
      const units = named.filter((e) => e.placeType === typed);
      const candidates = units.length ? units : named;
      const parent = candidates.sort((a, b) => placeRank(b.placeType) - placeRank(a.placeType))[0];
      if (parent && placeRank(parent.placeType) > placeRank(entry.placeType)) entry.parentId = parent.id;
    }
  }

  /**
   * "killed in Tell Hamdan on Monday": a name nobody knows that a locative puts where an incident
   * happened is a village (inside `parent` when the sentence names a province or district around
   * it). Called by the place stage only when nothing smaller than a province is named.
   */
  placeNamed(name: string, sentence: string, parent: GazetteerEntry | null, landscape = false): GazetteerEntry | null {
    const clean = cleanName(name);
    if (this.lookup(clean).length || !isPlausibleName(clean) || clean.split(/\s+/).length > 3 || /^\d|['’]s\s|\.\s?/.test(clean)) return null;
    // "in al-Azim" for the unit the reference calls Al-Azim Subdistrict: a known unit's bare name, no village.
    if (['Subdistrict', 'District', 'Governorate'].some((suffix) => this.lookup(`${clean} ${suffix}`).some((e) => e.kind === 'Place'))) return null;
    // ("Sheikh Amir", "Imam Gharbi": a title that begins a village's name is part of it.)
    if (clean.split(/[\s-]+/).some((w, i) => (NOT_NAMES.has(w.toLowerCase()) && !(i === 0 && TOPONYM.test(clean))) || BODY_HEADS.test(w))) return null;
    // Only a name shaped like an Iraqi place ("Tell Hamdan", "Albu Bali", "Kani Rash", "al-Hamra") or a
    // crossing or square ("Tayaran Square"): a foreign capital or a person's name is no village.
    const site = SITE_NAME.test(clean);
    // ... or any name told as where the land lies ("the hills around Goshan", "a farm road near Khanke").
    if (!site && !TOPONYM.test(clean) && !landscape) return null;
    return this.register('Place', clean, sentence, { placeType: site ? 'SITE' : 'VILLAGE', parentId: parent?.id ?? null });
  }

  /**
   * The known administrative unit the words right after a place name put it in: ", in Kirkuk
   * province", " in Kirkuk's Dibis district", ", Sidakan subdistrict", " in Diyala". A town, a
   * region or a country is no such unit.
   */
  private unitAfter(after: string): GazetteerEntry | undefined {
    // "..., in the same subdistrict of Hawija district": the unit the "same" place lies in.
    const m = new RegExp(String.raw`^(?:,\s*|\s+)(?:(?:in|inside|within|of) )?(?:the )?(?:same (?:sub-?district|nahiya|area|region) of )?(?:(${NAME})['’]s )?(${NAME})(?: (district|sub-?district|nahiya|province|governorate))?`, 'u').exec(after);
    if (!m) return undefined;
    const name = cleanName(m[2]!);
    const type = m[3] ? PLACE_TYPE_OF[m[3].toLowerCase().replace('-', '')] : undefined;
    const named = [...(m[3] ? this.lookup(`${name} ${m[3]}`) : []), ...this.lookup(name)].filter((e) => e.kind === 'Place');
    const unit = named.find((e) => e.placeType === type) ?? (type ? undefined : named.sort((a, b) => placeRank(b.placeType) - placeRank(a.placeType))[0]);
    return unit && ['SUBDISTRICT', 'DISTRICT', 'GOVERNORATE'].includes(unit.placeType ?? '') ? unit : undefined;
  }

  /**
   * "the al-Qadisiya neighbourhood of Tal Afar": a neighbourhood or a village that bears the name of a
   * larger unit (a province, a district) lying elsewhere is a place of its own, when the place it is
   * said to lie in is neither inside that unit nor around it.
   */
  private homonymIn(name: string, type: string, after: string): boolean {
    if (!/^(?:neighbou?rhood|village)$/i.test(type)) return false;
    const known = this.lookup(name).filter((e) => e.kind === 'Place');
    if (!known.length || known.some((e) => placeRank(e.placeType) < placeRank('SUBDISTRICT'))) return false;
    const where = new RegExp(String.raw`^\s+(?:of|in)\s+(?:the\s+)?(?:(?:town|city|district) of\s+)?(${NAME})`, 'u').exec(after);
    const outer = where ? this.lookup(cleanName(where[1]!)).filter((e) => e.kind === 'Place') : [];
    if (!outer.length) return false;
    const chain = (id: string): string[] => {
      const out: string[] = [];
      for (let at: string | null = id; at && !out.includes(at) && out.length < 14; at = this.get(at)?.parentId ?? null) out.push(at);
      return out;
    };
    return outer.every((o) => known.every((k) => !chain(o.id).includes(k.id) && !chain(k.id).includes(o.id)));
  }

  /**
   * "the Husseiniya area, north of Baghdad" where the reference's Husseiniya lies south-west of Baghdad:
   * the bearing the words give contradicts every known place of the name (by more than 90 degrees, and
   * the place lies over 40 km away), so
   * the name is another place's.
   */
  private bearingDenies(name: string, after: string): boolean {
    const m = new RegExp(String.raw`^,\s+(?:(?:about|some|around|nearly|roughly)\s+)?(?:\S+\s+(?:km|kilomet(?:er|re)s|miles)\s+)?(north|south|east|west)(?:ern)?(?:-?(east|west))?\s+of\s+(?:the\s+)?(?:(?:town|city|capital|provincial capital)\s+(?:of\s+)?)?(${NAME})`, 'u').exec(after);
    if (!m) return false;
    const where = (e: GazetteerEntry | undefined) => e?.location ?? (e?.parentId ? this.get(e.parentId)?.location : undefined) ?? undefined;
    const from = where(this.lookup(cleanName(m[3]!)).find((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY' && e.placeType !== 'REGION'));
    // ... the known places of the name, and the units it stands for ("the Zab area").
    const known = [name, `${name} Subdistrict`, `${name} District`].flatMap((n) => this.lookup(n)).filter((e) => e.kind === 'Place').map(where);
    if (!from || !known.length || known.some((k) => !k)) return false;
    const AXIS: Record<string, number> = { north: 0, east: 90, south: 180, west: 270 };
    const said = m[2] ? (AXIS[m[1]!]! === 0 ? (m[2] === 'east' ? 45 : 315) : m[2] === 'east' ? 135 : 225) : AXIS[m[1]!]!;
    // Coordinates of seats are rough: only a place well away (over 40 km) on the other side is another.
    return known.every((k) => haversineKm(from, k!) > 40 && Math.abs(((bearing(from, k!) - said + 540) % 360) - 180) > 90);
  }

  /**
   * "al-Azim district" for the nahiya the reference calls Al-Azim Subdistrict, "Tuz district" for Tuz
   * Khurmatu District's own spelling: reporters call a district a sub-district and the reverse, so an
   * administrative unit is known by its name under the other suffix too. The words as written become a
   * local name of the known unit. `written` is the phrase to learn (null: only answer).
   */
  private adminUnder(name: string, type: string, written: string | null): boolean {
    let placeType = PLACE_TYPE_OF[type.toLowerCase()];
    // "the Zab area", "the Riyadh area": the sub-district (or district) of that name, unless a place is called so.
    if (placeType === 'AREA' && type.toLowerCase() === 'area' && !this.lookup(name).some((e) => e.kind === 'Place')) placeType = 'SUBDISTRICT';
    if (placeType !== 'DISTRICT' && placeType !== 'SUBDISTRICT' && placeType !== 'GOVERNORATE') return false;
    const suffixes = placeType === 'GOVERNORATE' ? ['Governorate', 'Province'] : ['Subdistrict', 'District'];
    const admin = new Set(placeType === 'GOVERNORATE' ? ['GOVERNORATE'] : ['SUBDISTRICT', 'DISTRICT']);
    const known = suffixes.flatMap((suffix) => [...this.local.lookupExact(`${name} ${suffix}`), ...this.base.lookupExact(`${name} ${suffix}`)]).filter((e) => e.kind === 'Place' && admin.has(e.placeType ?? ''));
    // Of the two units of one name, the one the words say (a district for "district") first.
    const entry = known.find((e) => e.placeType === placeType) ?? known[0];
    if (!entry) return false;
    if (written && !this.lookup(written).some((e) => e.id === entry.id)) {
      const own = this.local.get(entry.id) ?? entry;
      this.local.upsert({ ...own, aliases: [...own.aliases, written] });
    }
    return true;
  }

  /** People introduced with a title: "Nineveh Governor Najm al-Jubouri", "Ahmed Salih, the mayor of Daquq". */
  private people(s: Sentence): void {
    const text = s.text;
    if (!PEOPLE_HINT.test(text) && !/, (?:who |\p{Lu}[\p{L}-]*['’]s )/u.test(text) && !PEOPLE_PATTERNS.speaking.test(text) && !PEOPLE_PATTERNS.indefinite.test(text)) return;
    PEOPLE_PATTERNS.indefinite.lastIndex = 0;
    PEOPLE_PATTERNS.speaking.lastIndex = 0;
    const { before, apposition, forBody, described, possessed, speaking } = PEOPLE_PATTERNS;
    for (const m of [...matchesOf(text, described), ...matchesOf(text, speaking)]) {
      const name = stripRank(m[1]!);
      if (name.split(/\s+/).length < 2 || !isPlausibleName(name) || this.lookup(name).length) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w) || NOT_NAMES.has(w.toLowerCase()))) continue;
      // "Nizar al-Karkhi, who represents Diyala in parliament,": a member of parliament for that province.
      const represents = /, who represents ((?:\p{Lu}[\p{L}'’-]*)(?: (?:al-)?\p{Lu}[\p{L}'’-]*){0,2}) in (?:the )?(?:Iraqi |federal |national )?(?:parliament|Council of Representatives)\b/u.exec(m[0]);
      // "said Hawre Jamal, Mawat's subdistrict director.": a unit's head named by the place's possessive.
      const headed = represents ? null : /, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)['’]s ((?:sub-?district|district) )?(director|mayor|governor|qaimm?aqam)(?=[,.]|\s+(?:said|told|added)|$)/u.exec(m[0]);
      const office = represents ? this.officeOf('MP', represents[1]!) : headed ? this.officeOf(`${headed[2] ?? ''}${headed[3]}`, headed[1]!) : null;
      this.register('Person', name, s.text, office ? { office } : {});
    }
    for (const m of matchesOf(text, before)) {
      // "Deputy Governor of Kirkuk Hassan Tawfiq Obeidi": the body's name ends where a known name does; the rest is the person's.
      const words = m[3] && !this.lookup(m[3]).length ? m[3].split(' ') : [];
      const cut = words.findLastIndex((_, k) => k > 0 && this.lookup(words.slice(0, k).join(' ')).some((e) => e.kind !== 'Person'));
      if (cut > 0) [m[3], m[4]] = [words.slice(0, cut).join(' '), `${words.slice(cut).join(' ')} ${m[4]}`];
      const name = stripRank(m[4]!.replace(/\s+(?:said|told|says|added|called|condemned|expressed|urged|denied|warned|stressed)$/, ''));
      if (!isPlausibleName(name) || this.lookup(name).some((e) => e.kind !== 'Person')) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w))) continue;
      // "the Representative of the United Nations Secretary-General, X,": a title after the body is another title, no name.
      if (name.split(/[\s-]+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) continue;
      // "minister of the Kurdistan Regional Government": the words after the title end a body's name, not a person's.
      if (m[3] && this.lookup(`${m[3]} ${m[4]}`).length) continue;
      // A person the reference knows is given an office before the name by the offices stage (offices.ts).
      if (this.base.lookup(name).some((e) => e.kind === 'Person')) continue;
      // "Deputy Governor of Kirkuk X": a modifier read as the possessor belongs to the title.
      const modifier = m[1] && /^(?:Deputy|Acting|Vice|Interim)$/.test(m[1]) ? m[1] : null;
      // "Foreign Minister X told reporters in Ankara": a minister of no named country speaks for the one whose capital he speaks in.
      // ("Foreign Minister" reaches here as "Minister" of "Foreign".)
      const spokeIn = !m[3] && /minister$/i.test(m[2]!) && (!m[1] || /^(?:Foreign|Defen[cs]e|Interior)$/.test(m[1])) ? SPOKE_IN.exec(text.slice((m.index ?? 0) + m[0].length)) : null;
      // ... and "Defence Minister X" with no country, or speaking in no capital the reference knows: see officeOf.
      const kindOnly = !m[3] && /minister$/i.test(m[2]!) && (!m[1] || /^(?:Foreign|Defen[cs]e|Interior)$/.test(m[1])) ? () => this.officeOf(`${m[1] ?? ''} ${m[2]}`.trim(), null) : () => null;
      const office = modifier ? this.officeOf(`${modifier} ${m[2]}`, m[3] ?? null) : spokeIn ? (this.officeOf(`${m[1] ?? ''} ${m[2]}`.trim(), spokeIn[1]!) ?? kindOnly()) : m[1] && !m[3] ? (this.officeOf(m[2]!, m[1]) ?? kindOnly()) : this.officeOf(m[2]!, m[1] ?? m[3] ?? null);
      this.register('Person', name, s.text, office ? { office } : {});
    }
    for (const m of matchesOf(text, apposition)) {
      // "the Minister, Dr. Ibrahim al-Jaafari, the Ambassador of Turkey, Mr. Faruk Kaymakci,": the title heads the next name.
      if (/^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:al-)?\p{Lu}[\p{L}'’-]+){1,3},/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      const name = stripRank(m[1]!);
      if (!isPlausibleName(name) || this.lookup(name).some((e) => e.kind !== 'Person')) continue;
      const modifier = m[2]!.trim().replace(/^(?:senior|local|top|former|deputy)\s+/i, '');
      const office = this.officeOf(m[3]!.trim(), m[4] ?? (modifier && /^[A-Z]/.test(modifier) ? modifier : null));
      this.register('Person', name, s.text, office ? { office } : {});
    }
    for (const m of matchesOf(text, possessed)) {
      const name = stripRank(m[4]!);
      if (!isPlausibleName(name) || this.lookup(name).length) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w))) continue;
      const office = /^\p{Lu}/u.test(m[1]!) ? this.officeOf(`${m[2] ?? ''}${m[3]}`, m[1]!) : null;
      this.register('Person', name, s.text, office ? { office } : {});
    }
    // "A relative of the dead, Saman Aziz, said", "a local farmer, X, told AFP": a person the words before the name describe.
    for (const m of matchesOf(text, PEOPLE_PATTERNS.indefinite)) {
      const name = stripRank(m[1]!);
      // (Not a name shaped like a village's: "a resident of the village, Kani Spi,".)
      if (name.split(/\s+/).length < 2 || !isPlausibleName(name) || this.lookup(name).length || TOPONYM.test(name)) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w) || NOT_NAMES.has(w.toLowerCase()))) continue;
      this.register('Person', name, s.text);
    }
    for (const m of matchesOf(text, PEOPLE_PATTERNS.unitTitled)) {
      const name = stripRank(m.at(-1)!);
      if (isPlausibleName(name) && !this.lookup(name).length && !name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w))) this.register('Person', name, s.text);
    }
    // "..., the mayor, Ahmed Khalid, said.": a person a bare title introduces as the speaker (the office is read with the offices).
    for (const m of matchesOf(text, PEOPLE_PATTERNS.bareTitled)) {
      const name = stripRank(m[1] ?? m[2]!);
      if (isPlausibleName(name) && !this.lookup(name).length && !name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w))) this.register('Person', name, s.text);
    }
    // "The air force spokesman, Brigadier General Saad al-Ubaidi,": the body named before the title, without "'s".
    for (const m of matchesOf(text, PEOPLE_PATTERNS.attributive)) {
      const name = stripRank(m[3]!);
      if (!isPlausibleName(name) || this.lookup(name).some((e) => e.kind !== 'Person')) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w))) continue;
      // "the air force", "the army": in Iraqi news, Iraq's.
      const words = m[1]!.trim();
      const body = [...this.lookup(words), ...(/^\p{Ll}/u.test(words) ? this.lookup(`Iraqi ${words}`) : [])].find((e) => e.kind === 'Force' || e.kind === 'Organization');
      // "A Kirkuk police officer, Capt. X,": a body told by a place and its kind, as for a title before a name.
      const office = body ? { title: capitalise(m[2]!), of: body.id } : this.officeOf(m[2]!, words);
      if (!office) continue;
      this.register('Person', name, s.text, { office });
    }
    for (const m of matchesOf(text, PEOPLE_PATTERNS.sender)) {
      const name = stripRank(m[3]!);
      if (!isPlausibleName(name) || this.lookup(name).some((e) => e.kind !== 'Person')) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS.test(w) || FORCE_HEADS.test(w))) continue;
      // "his Turkish counterpart": the office of the sentence's first titled person (else the one given last), in the sender's government.
      const title = /^counterpart$/i.test(m[2]!) ? (this.titles.find((t) => t.sentence === s.text) ?? this.titles.at(-1))?.title : m[2]!;
      const office = title ? this.officeOf(title, m[1]!) : null;
      if (office) this.register('Person', name, s.text, { office });
    }
    // "A spokesperson for the United Nations Assistance Mission for Iraq (UNAMI), Jane Doe, said".
    for (const m of matchesOf(text, forBody)) {
      const name = stripRank(m[3]!);
      if (!isPlausibleName(name) || this.lookup(name).some((e) => e.kind !== 'Person')) continue;
      // "the Minister of Foreign Affairs, Mr. X" with no country: in Iraqi news, Iraq's minister.
      const home = /^minister$/i.test(m[1]!) && /^(?:foreign affairs|defen[cs]e|interior)$/i.test(m[2]!.trim()) ? this.lookup('Iraq').find((e) => e.kind === 'Government') : undefined;
      const office = home ? { title: `Minister of ${m[2]!.trim()}`, of: home.id } : this.officeOf(m[1]!, m[2]!);
      this.register('Person', name, s.text, office ? { office } : {});
    }
  }

  /** Resolves "Governor" + "Nineveh" to an office of a body: the government of a place, a country's government, or an organization. */
  officeOf(title: string, possessor: string | null): { title: string; of: string } | null {
    // "calling on Prime Minister X" reaches here as "Minister" of "Prime": the title is "Prime Minister".
    const prime = possessor && /^minister$/i.test(title.trim()) ? /^(?:(.*?)\s+)?Prime$/.exec(possessor.trim()) : null;
    if (prime) {
      if (prime[1] && /\b(?:Deputy|Vice|Acting|Former)$/i.test(prime[1])) return null;
      title = 'Prime Minister';
      possessor = prime[1] ?? null;
    }
    // "Prime Minister Haider al-Abadi" with no country: in Iraqi news, Iraq's prime minister.
    if (!possessor && /^prime minister$/i.test(title.trim())) {
      const home = this.lookup('Iraq').find((e) => e.kind === 'Government');
      return home ? { title: capitalise(title.trim()), of: home.id } : null;
    }
    // "Minister of Foreign Affairs X", "Defence Minister X" with no country: the minister of the government whose ministry
    // of that kind the article named last, else, for the formal title of Iraqi statements ("Minister of ..."), Iraq's
    // (a foreign outlet's "Defense Minister X" is its own country's).
    const ministerKind = !possessor && /minister/i.test(title) ? bodyKind(title) : null;
    if (ministerKind === 'foreign' || ministerKind === 'defense' || ministerKind === 'interior') {
      const owner = this.ministryOf.get(ministerKind) ?? (/^(?:deputy )?minister of\b/i.test(title.trim()) ? this.lookup('Iraq').find((e) => e.kind === 'Government')?.id : undefined);
      return owner ? { title: capitalise(title.trim()), of: owner } : null;
    }
    if (!possessor) return null;
    // "a member of the Diyala provincial council", "the head of the Udhaim subdistrict council": a seat on a province's council
    // (a body of its own), or on a district's or a sub-district's (its local government).
    const seat = /^(?:member|head|chairman|deputy head)$/i.test(title.trim()) ? /^(?!.*\bcommittee\b)(?:the )?(.+?) (provincial |sub-?district |district )?council$/i.exec(possessor.trim()) : null;
    if (seat) {
      const level = seat[2]?.trim().toLowerCase().replace('-', '');
      if (level && level !== 'provincial') {
        const unit = this.lookup(`${seat[1]} ${capitalise(level)}`).find((e) => e.kind === 'Place' && e.placeType === level.toUpperCase());
        return unit ? { title: `${capitalise(title.trim())} of the ${seat[1]} ${level} council`, of: this.localGovernment(unit).id } : null;
      }
      const member = this.officeOf(`${seat[2] ?? ''}council member`, seat[1]!);
      return member && !/^member$/i.test(title.trim()) ? { title: member.title.replace(/^Member/, capitalise(title.trim())), of: member.of } : member;
    }
    // "the Ambassador of the Republic of Turkey in Baghdad": the country.
    possessor = possessor.replace(/^(?:the )?(?:Republic|Kingdom|State) of (?:the )?/i, '').replace(/ in \p{Lu}[\p{L}'’-]*$/u, '');
    const p = cleanName(possessor).replace(/\s+(?:sub-?district|nahiya|district|province|governorate)$/i, '');
    // "Diyala lawmaker X", "X, an MP for Salah al-Din": a province's member of the national parliament.
    // ("an MP for Baghdad province": the capital names Iraq's government, and the MP still sits in Iraq's parliament.)
    if (/^(?:MP|lawmaker|member of parliament|parliamentarian)$/i.test(title.trim()) && this.lookup(p).some((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY')) {
      const home = this.lookup('Iraq').find((e) => e.kind === 'Government');
      const foreign = this.governmentFor(p);
      if (home && (!foreign || foreign.id === home.id)) return { title: capitalise(title.trim()), of: home.id };
    }
    // "Diyala police spokesman", "spokesman of the Wasit police command": a province's (or town's) police, the Iraqi
    // Police there; the title keeps the province.
    const police = /^(.+?) police(?: command)?$/i.exec(p);
    const policed = police && this.lookup(police[1]!).find((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY');
    if (policed) {
      const home = this.lookup('Iraq').find((e) => e.kind === 'Government');
      const force = this.lookup('Iraqi Police').find((e) => e.kind === 'Force');
      const gov = this.base.governmentOfPlace(policed.id) ?? this.local.governmentOfPlace(policed.id);
      if (force && home && (!gov || gov === home.id)) return { title: `${capitalise(title.trim())} of the ${police![1]} police`, of: force.id };
    }
    // "Diyala provincial council member X", "Kirkuk councillor X": a seat on the council of that province (or of the
    // district or town named), a body of its own.
    if (/^(?:provincial )?council(?: member|l?or)$/i.test(title.trim())) {
      const places = this.lookup(p).filter((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY');
      const unit = [...this.lookup(`${p} Governorate`), ...places].find((e) => e.kind === 'Place' && e.placeType === 'GOVERNORATE');
      if (!unit && !places.length) return null;
      const provincial = Boolean(unit) || /provincial/i.test(title);
      const council = this.register('Organization', `${p} ${provincial ? 'Provincial Council' : 'Council'}`, '', { organizationType: 'OTHER' });
      return { title: `Member of the ${p} ${provincial ? 'provincial ' : ''}council`, of: council.id };
    }
    // A governor heads a governorate, a mayor a district, a sub-district director a sub-district:
    // "Erbil Governor" is Erbil Governorate's, not the regional government seated in Erbil.
    const unitType = /governor/i.test(title) ? 'GOVERNORATE' : /mayor|qaimm?aqam|administrator|district commissioner/i.test(title) ? 'DISTRICT' : /director/i.test(title) && /sub-?district|nahiya/i.test(`${title} ${possessor}`) ? 'SUBDISTRICT' : null;
    if (unitType) {
      const suffix = { GOVERNORATE: 'Governorate', DISTRICT: 'District', SUBDISTRICT: 'Subdistrict' }[unitType];
      const unit = [...this.lookup(`${p} ${suffix}`), ...this.lookup(p)].find((e) => e.kind === 'Place' && e.placeType === unitType);
      if (unit) return { title: capitalise(title), of: this.localGovernment(unit).id };
    }
    // "head of the parliament's security and defence committee", "head of the security committee of Karbala's provincial
    // council": a post in a committee, held in the body that owns it (a council; the parliament, Iraq's as for an MP).
    const committee = /^(?:(.+?)['’]s )?((?:[\p{L}-]+ ){0,4}?committee)(?: (?:of|in) (?:the )?(.+))?$/iu.exec(possessor.trim());
    if (committee && (committee[1] ?? committee[3])) {
      const owner = (committee[1] ?? committee[3])!;
      const council = /^(.+?)(?:['’]s)? (provincial )?council$/i.exec(owner);
      const of = /^(?:the )?(?:Iraqi )?(?:parliament|Council of Representatives)$/i.test(owner) ? this.lookup('Iraq').find((e) => e.kind === 'Government')?.id : council ? this.officeOf(`${council[2] ?? ''}council member`, council[1]!)?.of : this.lookup(owner).find((e) => e.kind !== 'Place' && e.kind !== 'Person')?.id;
      return of ? { title: `${capitalise(title.trim())} of the ${committee[2]}`, of } : null;
    }
    // "director of Kirkuk's health directorate", "the director of Duhok health": the directorate of that service in the place.
    const directorate = /^(.+?)(?:['’]s)? (\p{L}+) directorate$/iu.exec(p) ?? SERVICE_OF.exec(p);
    const served = directorate && !/^(?:general|the)$/i.test(directorate[2]!) ? this.lookup(directorate[1]!).find((e) => e.kind === 'Place' && e.placeType !== 'COUNTRY') : undefined;
    // (Named by the place's own spelling: "Chemchemal health" is the Chamchamal Health Directorate.)
    const directorateName = `${served?.name.replace(/\s+(?:Governorate|Province|District|Subdistrict)$/, '')} ${capitalise((directorate?.[2] ?? '').toLowerCase())} Directorate`;
    if (served) return { title: capitalise(title), of: this.register('Organization', directorateName, '', { organizationType: 'AGENCY' }).id };
    // "commander of the PMF's 41st Brigade": the owner's unit the reference holds under either wording, else the one the article named.
    const owned = /^(.+?)['’]s (.+)$/u.exec(p);
    // ("the army's 17th Division": in Iraqi news, the Iraqi army's.)
    const unit = owned ? [`${owned[1]} ${owned[2]}`, `${owned[2]} of the ${owned[1]}`, ...(/^\p{Ll}/u.test(owned[1]!) ? [`Iraqi ${owned[1]} ${owned[2]}`] : []), owned[2]!].flatMap((n) => this.lookup(n)).find((e) => e.kind === 'Force' || e.kind === 'Organization') : undefined;
    if (unit) return { title: capitalise(title), of: unit.id };
    // "spokeswoman for the Erbil governorate": the unit the word names, not the government seated in its city.
    const typed = /\s(sub-?district|nahiya|district|province|governorate)$/i.exec(cleanName(possessor));
    const named = typed ? [...this.lookup(cleanName(possessor)), ...this.lookup(p)].find((e) => e.kind === 'Place' && e.placeType === PLACE_TYPE_OF[typed[1]!.toLowerCase()]) : undefined;
    if (named) return { title: capitalise(title), of: this.localGovernment(named).id };
    const gov = this.governmentFor(p);
    if (gov) return { title: capitalise(title), of: gov.id };
    const entries = this.lookup(p);
    // "Peshmerga Minister X": a minister heads a ministry ("Ministry of Peshmerga Affairs"), never a force.
    const ministryFor = /minister$/i.test(title.trim()) && entries.some((e) => e.kind === 'Force') ? [`Ministry of ${p} Affairs`, `Ministry of ${p}`, `${p} Ministry`].flatMap((n) => this.lookup(n)).find((e) => e.kind === 'Organization') : undefined;
    if (ministryFor) return { title: capitalise(title), of: ministryFor.id };
    const body = entries.find((e) => e.kind !== 'Place' && e.kind !== 'Person');
    if (body) return { title: capitalise(title), of: body.id };
    // "Interior ministry spokesman X" with no country: the ministry of that kind the article named last, else Iraq's.
    const kind = /\bministry\b/i.test(p) ? bodyKind(p) : null;
    const owner = kind && !entries.length ? (this.ministryOf.get(kind) ?? this.lookup('Iraq').find((e) => e.kind === 'Government')?.id) : undefined;
    const ministry = owner ? this.bodyOf(owner, p) : undefined;
    if (ministry) return { title: capitalise(title), of: ministry.id };
    const place = entries.sort((a, b) => placeRank(b.placeType) - placeRank(a.placeType)).find((e) => e.kind === 'Place');
    if (place) {
      // A governor or a mayor serves the place's own administration, part of the government above it.
      const local = this.localGovernment(place);
      return { title: capitalise(title), of: local.id };
    }
    return null;
  }

  /** An association of a trade in a place ("Kirkuk Farmers' Union"), created on first use. */
  association(name: string, sentence: string): GazetteerEntry {
    return this.lookup(name).find((e) => e.kind === 'Organization') ?? this.register('Organization', name, sentence, { organizationType: 'OTHER' });
  }

  /** The local administration of a place (a governorate's, a district's), created on first use. */
  localGovernment(place: GazetteerEntry): GazetteerEntry {
    const name = `${place.name} local government`;
    const known = this.lookup(name).find((e) => e.kind === 'Government');
    if (known) return known;
    const above = this.base.governmentOfPlace(place.id) ?? this.local.governmentOfPlace(place.id);
    const entry = this.register('Government', name, '', { parentId: above, level: 'LOCAL' });
    entry.governs = place.id;
    return entry;
  }

  /** Ministries and embassies named by country: "the Bahraini Ministry of Foreign Affairs", "France's foreign ministry". */
  private bodies(s: Sentence): void {
    const text = s.text;
    const pattern =
      /\b(?:the )?((?:United (?:States|Kingdom|Arab Emirates)|[A-Z][a-z]+|U\.?S\.?|UK|UAE|KRG)(?:[’']s)?) ((?:[Mm]inistry|[Ee]mbassy|[Cc]onsulate(?: [Gg]eneral)?|[Pp]residency|[Pp]arliament|[Ff]oreign [Mm]inistry|[Ff]oreign [Oo]ffice|[Dd]efen[cs]e [Mm]inistry|[Ii]nterior [Mm]inistry)(?: of (?:[A-Z][a-z]+)(?: (?:and|of) [A-Z][a-z]+| [A-Z][a-z]+){0,3})?(?: in [A-Z][a-z]+)?)/g;
    for (const m of matchesOf(text, pattern)) {
      const full = `${m[1]} ${m[2]}`.replace(/^the /, '');
      const kind = bodyKind(m[2]!);
      const named = this.lookup(full).find((e) => e.kind === 'Organization' && e.parentId);
      if (kind && named) this.ministryOf.set(kind, named.parentId!);
      if (this.lookup(full).length) continue;
      const gov = this.governmentFor(m[1]!);
      if (!gov) continue;
      if (kind) this.ministryOf.set(kind, gov.id);
      const body = m[2]!.replace(/\b([a-z])/g, (c) => c.toUpperCase());
      const known = this.lookup(`${gov.name} ${body}`)[0] ?? this.lookup(`${m[1]!.replace(/[’']s$/, '')} ${body}`)[0] ?? this.bodyOf(gov.id, body)
        // ("The United States Embassy condemns" after "the U.S. Embassy in Baghdad": a country's one mission the article named already.)
        ?? (/^(?:embassy|consulate)$/.test(kind ?? '') && !/ in /.test(body) ? [...this.local.entries()].find((e) => e.parentId === gov.id && e.kind === 'Organization' && bodyKind(e.name) === kind) : undefined);
      if (known) {
        // "Iraq's foreign ministry" names the Ministry of Foreign Affairs the reference knows: learn the wording.
        const surface = full.replace(/^the /i, '');
        if (!this.lookup(surface).length) this.local.upsert({ ...known, aliases: [...known.aliases, surface] });
        continue;
      }
      // A ministry gets the name it is listed under ("Yemeni Ministry of Foreign Affairs"); the wording stays an alias.
      const surface = `${m[1]!.replace(/[’']s$/, '')} ${body}`;
      const canonical = CANONICAL_BODIES[bodyKind(body) ?? ''];
      const name = canonical ? `${adjectiveOf(gov.name)} ${canonical}` : surface;
      const entry = this.register('Organization', name, s.text, { parentId: gov.id, organizationType: /embassy|consulate/i.test(body) ? 'AGENCY' : 'MINISTRY' });
      if (name !== surface && !entry.aliases.includes(surface)) this.local.upsert({ ...entry, aliases: [...entry.aliases, surface] });
    }
    // "The Turkish General Staff said", "Iran's General Staff": the command of a country's armed forces, a force of its government.
    for (const m of matchesOf(text, /\b((?:[A-Z][a-z]+)(?:['’]s)?) (?:Armed Forces )?General Staff\b/g)) {
      const full = m[0];
      if (this.lookup(full).length) continue;
      const gov = DEMONYMS[m[1]!.replace(/['’]s$/, '').toLowerCase()] ? this.governmentFor(m[1]!) : null;
      if (gov) this.register('Force', `${adjectiveOf(gov.name)} General Staff`, s.text, { forceType: 'MILITARY', parentId: gov.id });
    }
    // "The defence ministry said", "the Ministry of Interior": no country named is the one the article named last for
    // that ministry, else (in Iraqi news) Iraq's.
    // ("the federal Ministry of Defence": in Iraqi news, Baghdad's.)
    for (const m of matchesOf(text, /\b[Tt]he (federal |central )?((?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign) [Mm]inistry|Ministry of (?:Defen[cs]e|Interior|Foreign Affairs))\b(?! of\b)/g)) {
      const surface = m[2]!;
      if (this.lookup(surface).length) continue;
      const kind = bodyKind(surface)!;
      const iraq = this.lookup('Iraq').find((e) => e.kind === 'Government')?.id;
      const gov = m[1] ? iraq : this.ministryOf.get(kind) ?? iraq;
      const known = gov ? this.bodyOf(gov, surface) ?? [...this.local.entries()].find((e) => e.parentId === gov && e.kind === 'Organization' && bodyKind(e.name) === kind) : undefined;
      if (known) this.local.upsert({ ...known, aliases: [...known.aliases, surface] });
    }
  }

  /** The government whose ministry of each kind the article named last ("Turkey's defence ministry"). */
  private readonly ministryOf = new Map<string, string>();

  private children: Map<string, GazetteerEntry[]> | null = null;

  /** The body of a government that a common name describes ("foreign ministry" = its Ministry of Foreign Affairs). */
  private bodyOf(govId: string, words: string): GazetteerEntry | undefined {
    if (!this.children) {
      this.children = new Map();
      for (const e of this.base.entries()) if (e.parentId) this.children.set(e.parentId, [...(this.children.get(e.parentId) ?? []), e]);
    }
    const kind = bodyKind(words);
    if (!kind) return undefined;
    // ("the U.S. Consulate General in Basrah" is not the consulate the reference knows in Erbil: a mission named with its
    // city is the one in that city.)
    const city = / in (\p{Lu}[\p{L}'’-]*)/iu.exec(words)?.[1]?.toLowerCase();
    return (this.children.get(govId) ?? []).find((e) => e.kind === 'Organization' && [e.name, ...e.aliases].some((n) => bodyKind(n) === kind && (!city || n.toLowerCase().includes(` in ${city}`))));
  }

  /** Armed groups and units: "a group calling itself X", "X claimed responsibility", "the 8th Division". */
  private groups(s: Sentence): void {
    const text = s.text;
    const calling = new RegExp(String.raw`\b(?:group|faction|militia|outfit|cell|organi[sz]ation)(?: \w+){0,2} (?:calling itself|known as|named|called) (?:the )?(${NAME})`, 'gu');
    for (const m of matchesOf(text, calling)) {
      const name = cleanName(m[1]!);
      if (isPlausibleName(name) && !this.lookup(name).length) this.register('Organization', name, s.text, { organizationType: 'ARMED_GROUP' });
    }
    const claimed = new RegExp(String.raw`(?:^|[.;,] |\b(?:that|and) )(?:the )?(${NAME})(?:,[^,]{3,80},)? (?:claimed|has claimed|had claimed) (?:responsibility|the attack)`, 'gu');
    for (const m of matchesOf(text, claimed)) {
      const name = cleanName(m[1]!);
      if (name.split(/\s+/).length >= 2 && isPlausibleName(name) && !this.lookup(name).length && !/^(?:No|A|An)\b/.test(name)) {
        this.register('Organization', name, s.text, { organizationType: 'ARMED_GROUP' });
      }
    }
    const units = /\b(?:the )?((?:[A-Z][a-z]+ ){0,3}?(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+) (?:Brigade|Battalion|Regiment|Division|Corps|Operations Command)(?: of the [A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3})?)/gu;
    for (const m of matchesOf(text, units)) {
      const name = cleanName(m[1]!);
      if (!isPlausibleName(name) || this.lookup(name).length) continue;
      const ownerMatch = /\b(?:the )?([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,3})(?:[’']s|’s) $/u.exec(text.slice(0, m.index ?? 0));
      const owner = ownerMatch ? this.lookup(ownerMatch[1]!).find((e) => e.kind === 'Force') : undefined;
      const army = /\barmy[’']s $/i.test(text.slice(0, m.index ?? 0)) ? this.lookup('Iraqi Army')[0] : undefined;
      this.register('Force', name, s.text, { forceType: 'MILITARY', parentId: owner?.id ?? army?.id ?? null });
    }
  }

  /**
   * A country or a capital the reference does not hold, speaking ("Yemen condemned", "Ankara denied"):
   * its government, which learns the capital's name.
   */
  private countries(s: Sentence): void {
    const pattern = /(?:^|[.;,:] |\b(?:and|but|while|that|as) )([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:(?:has|had|have|also|strongly|swiftly|quickly|later|firmly|officially|on \w+day)\s+)*(?:condemn|denounc|deplor|den(?:ied|ies)|reject|dismiss|said|says|call|urg|demand|express|voic|warn|blam|accus|claim|welcom|summon|protest|offer|extend|insist|stress|affirm)/g;
    for (const m of matchesOf(s.text, pattern)) {
      const word = m[1]!;
      const key = word.toLowerCase();
      const country = DEMONYMS[key];
      // Only a noun that names the country or its capital ("Yemen", "Ankara"), not an adjective ("Turkish").
      if (!country || (key !== country.toLowerCase() && !/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(word)) || /(?:ish|ian|ese|ch|i)$/.test(key) || this.lookup(word).length) continue;
      const gov = this.governmentFor(word);
      if (gov && gov.name !== word) this.local.upsert({ ...gov, aliases: [...gov.aliases, word] });
    }
  }

  /** Learns the new entities of a sentence (call for every sentence before `mentions`). */
  discover(s: Sentence): void {
    this.countries(s);
    this.places(s);
    this.bodies(s);
    this.groups(s);
    this.namedBodies(s);
    this.people(s);
  }

  /**
   * Bodies named by capitalised words around a head noun: "Princeton University", "the Autonomous
   * Administration of Sinjar", "Iraq's High Commission for Human Rights", "the Joint Operations
   * Command". A unit or command is a Force; the rest Organizations.
   */
  private namedBodies(s: Sentence): void {
    // "the Iraqi Ministry of Defence and the International Coalition": two bodies, each read on its own.
    const runs = matchesOf(s.text, CAPITALISED_RUN).flatMap((m) => m[0].split(/\s+and\s+(?=the\s+\p{Lu})/u));
    for (const run of runs) {
      let words = run.split(/\s+/);
      // A possessor or a leading article is not part of the name ("Iraq's High Commission ...").
      const possessor = words.findIndex((w) => /['’]s$/.test(w));
      if (possessor >= 0 && possessor < words.length - 1) words = words.slice(possessor + 1);
      while (words.length && /^(?:The|A|An|In|On|At|For|And|But|Of|the|of|for|and|in|on)$/.test(words[0]!)) words = words.slice(1);
      // "Iraq's Ministry of Foreign Affairs on Monday condemned": the day or month after the name is not part of it.
      const dated = words.findIndex((w, i) => i > 0 && /^(?:on|in|late|early)$/.test(w) && DAY_OR_MONTH.test(words[i + 1] ?? ''));
      if (dated > 0) words = words.slice(0, dated);
      while (words.length && /^(?:of|for|and|in|on|the)$/.test(words.at(-1)!)) words = words.slice(0, -1);
      const headAt = words.findIndex((w) => BODY_HEADS.test(w));
      if (headAt < 0 || words.length < 2) continue;
      // "the 8th Brigade of the Federal Police in Tarmiyah": a unit's location is not part of its name.
      const inAt = words.indexOf('in');
      // "the Security and Defence Committee in the Council of Representatives": a committee or office sitting in another
      // body (a name with a head of its own) is named without it.
      // (Its words may be common ones, "Security", "Defence": the body it sits in makes it a name.)
      const sitsIn = inAt > headAt && /^(?:Committee|Commission|Office|Department|Bureau)$/.test(words[headAt]!) && words.slice(inAt + 1).some((w) => BODY_HEADS.test(w));
      if (inAt > headAt && FORCE_BODY_HEADS.test(words[headAt]!) || (inAt > headAt && words.slice(inAt + 1).some((w) => this.lookup(w).some((e) => e.kind === 'Place')) && !/^(?:Resistance|Mission|Embassy|Consulate)$/.test(words[headAt]!))) words = words.slice(0, inAt);
      else if (sitsIn) words = words.slice(0, inAt);
      const name = words.join(' ').replace(/['’]s$/, '');
      // "the Commander-in-Chief of the Armed Forces", "the Chairman of the Popular Mobilization Authority": an office, not a body.
      if (/^(?:Commander-in-Chief|Commander|Chairman|Chief|Head|Director|President|Secretary|Minister|Spokes(?:man|person|woman)|Deputy)\b/.test(name)) continue;
      const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
      if (capitals.length < 2 || (!sitsIn && capitals.every((w) => NOT_NAMES.has(w.toLowerCase()) || BODY_HEADS.test(w)))) continue;
      if (this.lookup(name).length) continue;
      // "Rebwar Taha of the Patriotic Union of Kurdistan said": a person named with the known body they belong to, not a body.
      const ofAt = words.indexOf('of');
      if (ofAt >= 2 && ofAt <= 4 && headAt > ofAt) {
        const person = words.slice(0, ofAt);
        const body = words.slice(ofAt + 1).join(' ').replace(/^the\s+/, '');
        const known = this.lookup(body).some((e) => e.kind === 'Organization' || e.kind === 'Force' || e.kind === 'Government');
        if (known && person.every((w) => /^(?:(?:al|el)-)?\p{Lu}/u.test(w) && !BODY_HEADS.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !NOT_NAMES.has(w.toLowerCase())) && isPlausibleName(person.join(' ')) && !this.lookup(person.join(' ')).length) {
          this.register('Person', person.join(' '), s.text);
          continue;
        }
      }
      // "the Ministry of Foreign Affairs of the Republic of Iraq": the state's formal name stands for the country, so the
      // body is the one known as "... of Iraq" (which learns the wording).
      const plain = name.replace(/ of the (?:(?:Islamic|Federal|Arab|Hashemite|Syrian Arab) )?(?:Republic|Kingdom|State) of (?:the )?/, ' of ');
      const known = plain !== name ? this.lookup(plain).find((e) => e.kind === 'Organization' || e.kind === 'Force') : undefined;
      if (known) {
        this.local.upsert({ ...known, aliases: [...known.aliases, name] });
        continue;
      }
      if (words.length > 8) continue;
      const head = words[headAt]!;
      if (FORCE_BODY_HEADS.test(head)) this.register('Force', name, s.text, { forceType: /police/i.test(name) ? 'POLICE' : 'MILITARY' });
      else {
        const armed = /\b(?:Resistance|Hezbollah|Hizbollah|Kata['’]?ib|Asa['’]?ib|Saraya|Brigades)\b/.test(name);
        this.register('Organization', name, s.text, { organizationType: armed ? 'ARMED_GROUP' : /Ministry/.test(name) ? 'MINISTRY' : undefined });
      }
    }
  }

  /** Every mention in a sentence: known names first, longest match wins. */
  mentions(s: Sentence): Mention[] {
    const tokens = tokenize(s.text, s.start);
    const local = this.local.find(tokens, s.text, s.start);
    const base = this.base.find(tokens, s.text, s.start);
    const all = [...local, ...base].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    for (const m of all) {
      const overlap = out.find((o) => m.start < o.end && o.start < m.end);
      if (!overlap) {
        out.push(m);
      } else if (m.start === overlap.start && m.end === overlap.end && overlap.entries.every((e) => this.base.get(e.id))) {
        // A reference entry the article taught another wording ("Iran", the government that learned "Tehran") keeps what else the words name (the country).
        const extra = m.entries.filter((e) => !overlap.entries.some((o) => o.id === e.id));
        if (extra.length) out.splice(out.indexOf(overlap), 1, { ...overlap, entries: [...overlap.entries, ...extra] });
      } else if (m.end - m.start > overlap.end - overlap.start) {
        out.splice(out.indexOf(overlap), 1, m);
      }
    }
    // "Massud Barzani ... Barzani condemned": a surname the reference shares among several people names the one of them the
    // article named in full before (when it named only one).
    for (const [k, t] of tokens.entries()) {
      if (!t.capitalized || out.some((m) => t.start < m.end && m.start < t.end)) continue;
      const holders = [...this.named.values()].filter((e) => this.base.get(e.id) && e.name.split(/\s+/).length >= 2 && nameKey(e.name.split(/\s+/).at(-1)!) === t.norm);
      const shared = holders.length === 1 && [...this.base.lookup(t.text)].every((e) => e.kind === 'Person');
      const next = tokens[k + 1];
      if (!shared || (next?.capitalized && joinedByASpace(s.text, t, next, s.start))) continue;
      const at = words(tokens).indexOf(t);
      if (at >= 0) out.push({ entries: holders, from: at, to: at + 1, start: t.start, end: t.end, text: t.text });
    }
    for (const m of out) for (const e of m.entries) if (e.kind === 'Person') this.named.set(e.id, e);
    return out.sort((a, b) => a.start - b.start);
  }
}

/** Two tokens written as one name: only a space between them. */
function joinedByASpace(text: string, a: Token, b: Token, offset: number): boolean {
  return /^ $/.test(text.slice(a.end - offset, b.start - offset));
}

const CANONICAL_BODIES: Record<string, string> = { foreign: 'Ministry of Foreign Affairs', defense: 'Ministry of Defense', interior: 'Ministry of Interior' };

/** The adjective of a country ("Yemen" -> "Yemeni"), from the demonyms the lexicon knows. */
function adjectiveOf(country: string): string {
  const adjective = Object.entries(DEMONYMS).find(([word, c]) => c === country && word !== country.toLowerCase() && /(?:i|ish|ian|ese|an|ch|ss)$/.test(word))?.[0];
  return adjective ? adjective.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : country;
}

/** What kind of government body a name describes. */
function bodyKind(name: string): string | null {
  const n = name.toLowerCase();
  if (/foreign (?:ministry|office|affairs)|ministry of foreign affairs|foreign minist/.test(n)) return 'foreign';
  if (/defen[cs]e/.test(n)) return 'defense';
  if (/interior/.test(n)) return 'interior';
  if (/consulate/.test(n)) return 'consulate';
  if (/embassy/.test(n)) return 'embassy';
  if (/presidency/.test(n)) return 'presidency';
  return null;
}

/** A day or a month name: a date, never a word of a body's name. */
const DAY_OR_MONTH = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A run of capitalised words, with "of", "for", "and", "in", "on", "the" between them. */
const CAPITALISED_RUN = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|in|on|the)\s+){0,2}\p{Lu}[\p{L}'’-]*)+/gu;
/** The first words Iraqi village and quarter names usually start with (Arabic, Kurdish, Turkmen). */
const TOPONYM = /^(?:(?:al|el|Al|El)-\p{Lu}|(?:Tal|Tell|Tel|Til|Albu|Al Bu|Abu|Umm|Um|Kani|Qaryat|Qarya|Khirbat|Khirbet|Kharab|Ain|Ayn|Bir|Jurf|Sheikh|Shaikh|Imam|Tapa|Tepe|Tapah|Gird|Girdi|Qala|Qalat|Dar|Dir|Deir|Hay|Hayy|Zawiyat|Mazraat|Mazra'at|Sayed|Sayyid|Beit|Bayt|Bani|Kafr|Hawi|Jazirat|Wadi|Jabal|Gali|Kuna|Darband|Sar|Ser|Bar|Shekh|Mam|Mala|Qush|Kol|Kul|Zanga)\s(?:(?:al|el|Al|El)-)?\p{Lu})/u;
const SITE_NAME = /\s(?:Square|Intersection|Junction|Roundabout|Bridge|Crossing|Market)$/;
const BODY_HEADS = /^(?:University|Commission|Observatory|Syndicate|Administration|Council|Committee|Ministry|Office|Agency|Cell|Directorate|Authority|Movement|Party|Front|Organi[sz]ation|Association|Foundation|Institute|Cent(?:er|re)|Court|Parliament|Assembly|Network|Union|League|Service|Mission|Presidency|Department|Bureau|Command|Brigades?|Division|Forces|Units|Corps|Regiment|Battalion|Resistance)$/;
const FORCE_BODY_HEADS = /^(?:Command|Brigades?|Division|Forces|Units|Corps|Regiment|Battalion)$/;
/** The words of the titles ("prime", "minister", "governor"): never part of a person's bare name. */
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(/[\s.-]+/)).filter((w) => w.length > 1 && !/^(?:of|the|and)$/.test(w)));

/** Titles in both cases ("Governor", "governor"; "Prime Minister", "prime minister"), longest first. */
const TITLE_ALTERNATION = [...new Set(TITLES.flatMap((t) => [t, t.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), t.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), t.toLowerCase()]))]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/\./g, '\\.'))
  .join('|');
/** Where a person speaks, right after the name: "told reporters in Ankara", "said in Tehran on Monday". */
const SPOKE_IN = /^,? (?:(?:told|said|says|tells|was speaking|speaking|spoke|added)(?: to)?(?: \w+){0,2}? in|, speaking in) (\p{Lu}\p{L}+)\b/u;
/** Abbreviated honorifics and ranks before a name ("Dr. ", "Col. ", "Maj. Gen. "): not part of it. */
export const HONORIFICS = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Lt|Maj|Brig|Gen|Col|Capt|Sgt)\.? )*`;
const PERSON = String.raw`((?:\p{Lu}[\p{L}'’]+|al|bin|Abu|Al|ibn)(?:[- ](?:al-|Al-|bin |Abu |ibn )?\p{Lu}[\p{L}'’]+){1,4})`;
/** Words without which a sentence introduces no person (a title, or a name set off by commas after a verb of saying). */
const PEOPLE_HINT = new RegExp(
  String.raw`\b(?:${[...new Set(TITLES.flatMap((t) => t.toLowerCase().split(/[\s.-]+/)))].filter((w) => w.length > 1 && !/^(?:of|the|and)$/.test(w)).join('|')})\b|, (?:a|an|the|one of)\b`,
  'i',
);
/** A public service of a place, run through a directorate ("the director of Kirkuk health"). */
const SERVICE_OF = /^(.+?)(?:['’]s)? (health|education|water|electricity|agriculture)$/iu;
/**
 * The body a title is held in, written before it: capitalised words ("Salah al-Din", "Kurdistan") and a common head noun
 * ("Diyala police spokesman", "Interior ministry spokesman", "Iraqi army commander").
 */
export const TITLE_POSSESSOR = String.raw`((?:[A-Z][\p{L}.'’]*(?:[ -](?:al-|el-)?[A-Z][\p{L}'’]*){0,3}?)(?: (?:police(?: command)?|ministry|army|government|command))?)`;
/**
 * A title whose unit is told by its kind alone, next to the name: "Saad Jassim, the subdistrict's director,", "according
 * to the subdistrict director, X", "X, the director of the subdistrict", "the district mayor, X".
 */
const UNIT_WORD = String.raw`(sub-?district|nahiya|district|provincial|province|governorate)`;
const UNIT_TITLE = String.raw`((?:deputy |acting )?(?:director|mayor|governor|qaimm?aqam|administrator|head))`;
export const UNIT_PHRASE = String.raw`\b[Tt]he (?:${UNIT_WORD}['’]s ${UNIT_TITLE}|${UNIT_WORD} ${UNIT_TITLE}|${UNIT_TITLE} of the ${UNIT_WORD})`;
const PEOPLE_PATTERNS = {
  before: new RegExp(String.raw`(?:\b${TITLE_POSSESSOR}(?:[’']s)? )?\b(${TITLE_ALTERNATION})(?: of (?:the )?(${NAME}))? (?:(?:Lt|Maj|Brig|Gen|Col|Capt|Dr)\. )*${PERSON}`, 'gu'),
  apposition: new RegExp(String.raw`${PERSON}, (?:(?:the|a|an) )?((?:[\p{L}-]+ ){0,3}?)(${TITLE_ALTERNATION})(?: (?:of|for) (?:the )?((?:\p{Ll}+['’]s )?${NAME}(?:(?<=['’]s) ${NAME})?(?: (?:sub-?district|district|province|governorate|nahiya|police(?: command)?))?))?(?: (?:in|from|at|of) [^,;]{1,40})?[,.]`, 'gu'),
  // "A spokesperson for the United Nations Assistance Mission for Iraq (UNAMI), Jane Doe, said".
  forBody: new RegExp(String.raw`\b(${TITLE_ALTERNATION}|[Mm]ember) (?:for|of|at) (?:the )?([^,;"“”]{2,80}?)(?: \([^)]{2,20}\))?, ${HONORIFICS}${PERSON}(?:,|\.(?=\s|$))`, 'gu'),
  // "The ministry's spokesperson, Hemin Mirani, called on" / "Nineveh's governor, Abdulqadir al-Dakhil,".
  possessed: new RegExp(String.raw`\b(?:[Tt]he )?((?:[A-Z][\p{L}-]*|ministry|embassy|army|police|government|command|directorate|cell|service|council|province|city|district|sub-?district|governorate|town|brigade|division|battalion|regiment|unit|militia|group|party|movement|tribe|clan|committee|mission|agency|organi[sz]ation|office|camp)(?: [A-Z][\p{L}-]*){0,3})['’]s ((?:acting|deputy|interim|former) )?(?:[\p{L}-]+ ){0,2}?(${TITLE_ALTERNATION}), ${HONORIFICS}${PERSON}(?:,|\.(?=\s|$))`, 'gu'),
  // "Hajj Jabbar al-Saadi, a PMF commander in the area," / "said Ahmed Rashid, one of the organizers".
  // "Nizar al-Karkhi, who represents Diyala in parliament, said" / "said Hawre Jamal, Mawat's subdistrict director."
  described: new RegExp(String.raw`(?:^|[.;:"“”] |,["”]? |\b(?:said|says|told|added|[Aa]ccording to|wrote) )${PERSON}, (?:a|an|the|one of the|who (?:is|heads|represents|leads|commands|runs|chairs|serves as|speaks for)|head of|[A-Z][\p{L}-]*['’]s) [^,;]{2,80}?(?:,|\.$|\s+(?:said|told|added|condemned|denied|urged|called|warned|rejected))`, 'gu'),
  // "The air force spokesman, Brigadier General Saad Shakir al-Ubaidi,", "A Kirkuk police officer, Capt. X,".
  attributive: new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?) ((?:[\p{L}-]+ ){1,3}?)(spokesman|spokesperson|spokeswoman|commander|officer|official), ${HONORIFICS}${PERSON},`, 'gu'),
  // "the Turkish ambassador, Ali Riza Guney,", "the UN Special Representative for Iraq, Jane Doe,", "his Iranian counterpart,
  // X.": the sender named before the title; a posting after it ("to Iraq") is not the body.
  sender: new RegExp(String.raw`\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) ((?:[A-Z][\p{L}.]*|U\.S\.)(?: [A-Z][\p{L}]*)??) (${TITLE_ALTERNATION})(?: (?:to|for|in) (?:the )?[A-Z][\p{L}-]*(?: [A-Z][\p{L}-]*)?)?, ${HONORIFICS}${PERSON}(?:,|\.(?=\s|$))`, 'gu'),
  // "A relative of the dead, Saman Aziz, said", "said a local official, X.": someone the words before the name describe.
  indefinite: new RegExp(String.raw`(?:^|[.;:"“”] |, |\b(?:said|told|according to) )[Aa]n? (?:[\p{L}-]+ ){0,3}?(?:relative|resident|witness|eyewitness|survivor|official|officer|farmer|shepherd|doctor|neighbou?r|villager|activist|journalist|cousin|brother|son|father|mother|sister|nurse|teacher|driver)(?: (?:of|from|in|at) [^,;"“”]{2,60})?, ${HONORIFICS}${PERSON}(?:,|\.(?=\s|$))`, 'gu'),
  // "according to the subdistrict director, Kamaran Hassan.": the unit is resolved with the offices (offices.ts).
  unitTitled: new RegExp(String.raw`${UNIT_PHRASE}, ${HONORIFICS}${PERSON}(?:,|\.(?=\s|$))`, 'gu'),
  // "..., the mayor, Ahmed Khalid, said.", "The governor, X, told reporters": a bare title, the name, a verb of saying.
  // ('... ," said the village mukhtar, Ahmed Khalid.': the same, the verb of saying before the title.)
  bareTitled: new RegExp(String.raw`\b[Tt]he (?:mayor|governor|qaimm?aqam|director|spokes(?:man|person|woman)|commander|chief|ambassador|minister|head|official), ${HONORIFICS}${PERSON}, (?:said|says|told|added|stated|explained|noted)\b|\b(?:said|says|added) the (?:(?:local|village|town|district|sub-?district|city|area)['’]?s? )?(?:mayor|mukhtar|governor|qaimm?aqam|director|spokes(?:man|person|woman)|commander|chief|head|official), ${HONORIFICS}${PERSON}(?:\.(?=\s|$)|$)`, 'gu'),
  // "Hamid Farhan al-Jarba told Kurdistan24": an Arabic or Kurdish name (with its particle) that speaks.
  speaking: new RegExp(String.raw`(?:^|[.;:"“”] |,["”]? )((?:[A-Z][\p{L}'’]+ ){1,3}(?:al-|Al-|bin |ibn |Abu )[A-Z][\p{L}'’]+) (?:told|said|says|added|stressed|warned|condemned|denounced|deplored|expressed|offered|extended|urged|called|denied|rejected|wrote|tweeted|posted)\b`, 'gu'),
};

/** The surname a person is referred to by later ("Baradosti said"): the last word, with and without "al-". */
function surnames(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const last = words.at(-1)!;
  const bare = last.replace(/^(?:al|el|Al|El)-/, '');
  // "al-Shammari" as well as "Shammari": a particle in lower case still heads a surname.
  return [...new Set([last, bare])].filter((w) => w.length >= 4 && /^(?:(?:al|el)-)?\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()));
}

const RANKS = /^(?:(?:Staff )?(?:Brigadier|Major|Lieutenant|Lt\.?|Maj\.?|Brig\.?)? ?(?:General|Gen\.?|Colonel|Col\.?)|Brigadier|Brig\.|Captain|Capt\.?|Major|Maj\.|Lieutenant|Lt\.|Sheikh|Sheik|Hajj|Haji|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|(?:Deputy )?Prime Minister|(?:Vice )?President|(?:Deputy )?Governor|Mayor)\s+(?=\p{Lu})/u;

/** "Brigadier General Dilshad Hama Rauf" -> "Dilshad Hama Rauf". */
function stripRank(name: string): string {
  let out = name.trim();
  for (let i = 0; i < 3 && RANKS.test(out); i++) out = out.replace(RANKS, '');
  return out;
}

function capitalise(title: string): string {
  return title.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
