/**
 * Matching a dataset row's place (country, admin1..admin3, location, coordinates) to the graph's
 * places, creating what the graph lacks, nested where the row says. Pure: the index is built from
 * rows the importer reads once, and grows with the places it creates.
 *
 * Names are compared by their spelling-insensitive skeleton (src/domain/incident-match.ts: the
 * article al-, kind words such as "District" or "province", vowels and doubled letters dropped,
 * dh/z, q/k folded), so ACLED's "Makhmur" meets the reference's "Makhmour District", "Ninewa" the
 * alias of "Nineveh Governorate" and UCDP's "Arbil province" "Erbil Governorate".
 * - The country, then admin1 (a GOVERNORATE in it), admin2 (a DISTRICT in admin1) and admin3 (a
 *   SUBDISTRICT in admin2) are looked up in turn, down to the level the event is placed at; a
 *   level not found is created inside the one above ("Daquq District" for admin2 "Daquq").
 * - The location is looked up inside the deepest admin unit found, then inside each unit above
 *   it, then anywhere within 10 km of the row's coordinates; a candidate more than 30 km from the
 *   coordinates is another place of the same name. A place without coordinates and without a
 *   parent (one an article named) matches by name when it is the only one of that name; it then
 *   gets the row's coordinates and parent. Otherwise the location is created inside the deepest
 *   admin unit, with the row's coordinates.
 */
import { haversineKm } from '../domain/geo.js';
import { nameSkeleton } from '../domain/incident-match.js';
import type { EntityInput } from '../import/format.js';
import { slugify } from '../import/slug.js';
import type { PlaceSpec } from './rows.js';

export interface PlaceEntry {
  id: string;
  name: string;
  aliases: string[];
  placeType: string | null;
  latitude: number | null;
  longitude: number | null;
  parent: string | null;
}

const ADMIN_TYPES = ['COUNTRY', 'GOVERNORATE', 'DISTRICT', 'SUBDISTRICT'] as const;
type AdminType = (typeof ADMIN_TYPES)[number];
const ADMIN_LEVELS = ['country', 'admin1', 'admin2', 'admin3'] as const;
const TYPE_OF_LEVEL: Record<(typeof ADMIN_LEVELS)[number], AdminType> = { country: 'COUNTRY', admin1: 'GOVERNORATE', admin2: 'DISTRICT', admin3: 'SUBDISTRICT' };
const SUFFIX: Record<AdminType, string> = { COUNTRY: '', GOVERNORATE: ' Governorate', DISTRICT: ' District', SUBDISTRICT: ' Subdistrict' };
const ID_SUFFIX: Record<AdminType, string> = { COUNTRY: '', GOVERNORATE: '-governorate', DISTRICT: '-district', SUBDISTRICT: '-subdistrict' };

/** Within this distance a place of the row's location name is taken for it wherever it is filed. */
const NEAR_KM = 10;
/** Beyond this distance a place of the same name is another place. */
const FAR_KM = 30;

/** A place's name as ACLED writes an admin unit: without the kind word ("Erbil Governorate" -> "Erbil"). */
export function acledPlaceName(name: string): string {
  return name.replace(/\s+(?:Governorate|Province|District|Sub-?district|Subdistrict|Nahiya)$/i, '').trim() || name;
}

const skeletons = (e: Pick<PlaceEntry, 'name' | 'aliases'>) => [...new Set([e.name, ...e.aliases].map(nameSkeleton).filter(Boolean))];

export class PlaceIndex {
  private readonly byId = new Map<string, PlaceEntry>();
  private readonly byKey = new Map<string, PlaceEntry[]>();

  constructor(entries: PlaceEntry[] = []) {
    for (const e of entries) this.add(e);
  }

  add(entry: PlaceEntry): void {
    const old = this.byId.get(entry.id);
    if (old) for (const key of skeletons(old)) this.byKey.set(key, (this.byKey.get(key) ?? []).filter((e) => e.id !== entry.id));
    this.byId.set(entry.id, entry);
    for (const key of skeletons(entry)) {
      const list = this.byKey.get(key) ?? [];
      list.push(entry);
      this.byKey.set(key, list);
    }
  }

  get(id: string): PlaceEntry | undefined {
    return this.byId.get(id);
  }

  named(name: string): PlaceEntry[] {
    const key = nameSkeleton(name);
    return key ? (this.byKey.get(key) ?? []) : [];
  }

  /** Whether `id` is `ancestor` or lies inside it. */
  within(id: string, ancestor: string): boolean {
    let current: string | null = id;
    for (let i = 0; current && i < 20; i++) {
      if (current === ancestor) return true;
      current = this.byId.get(current)?.parent ?? null;
    }
    return false;
  }

  /** The chain from `id` up: the place, its parent, ... */
  chain(id: string): PlaceEntry[] {
    const out: PlaceEntry[] = [];
    let current: string | null = id;
    while (current && out.length < 20) {
      const e = this.byId.get(current);
      if (!e || out.includes(e)) break;
      out.push(e);
      current = e.parent;
    }
    return out;
  }
}

export interface PlaceResolution {
  /** The event's place. */
  placeId: string;
  /** Places the row made the graph create, parents first. */
  created: EntityInput[];
  /** Places the graph has that the row completes (coordinates, parent), as fill-only entities. */
  completed: EntityInput[];
  /** Places of the graph the row matched, from the country down to the event's place. */
  matched: string[];
}

const distanceKm = (e: PlaceEntry, spec: PlaceSpec) =>
  e.latitude === null || e.longitude === null ? null : haversineKm({ latitude: e.latitude, longitude: e.longitude }, { latitude: spec.latitude, longitude: spec.longitude });

function nearestFirst(list: PlaceEntry[], spec: PlaceSpec): PlaceEntry[] {
  return [...list].sort((a, b) => (distanceKm(a, spec) ?? 1e6) - (distanceKm(b, spec) ?? 1e6) || a.id.localeCompare(b.id));
}

/**
 * The row's place in the graph (see the module header). `origin` names the row for the
 * descriptions of created places. The index is updated with what is created or completed.
 */
export function resolvePlace(spec: PlaceSpec, index: PlaceIndex, origin: string): PlaceResolution {
  const created: EntityInput[] = [];
  const completed: EntityInput[] = [];
  const matched: string[] = [];
  const lastLevel = spec.at === 'location' ? 'admin3' : spec.at;
  const levels = ADMIN_LEVELS.slice(0, ADMIN_LEVELS.indexOf(lastLevel) + 1);
  const admins: PlaceEntry[] = [];

  for (const level of levels) {
    const name = spec[level];
    if (!name) continue;
    const type = TYPE_OF_LEVEL[level];
    const parent = admins.at(-1) ?? null;
    // A sub-district named like its district is the district's central one ("Markaz Erbil" in COD-AB).
    const names = level === 'admin3' ? [name, `Markaz ${name}`] : [name];
    const found = names
      .map((n) => nearestFirst(index.named(n).filter((e) => e.placeType === type && (!parent || index.within(e.id, parent.id))), spec)[0])
      .find(Boolean);
    if (found) {
      admins.push(found);
      matched.push(found.id);
      continue;
    }
    const isEventPlace = level === spec.at;
    const entity = newPlace(index, `${name}${SUFFIX[type]}`, type, parent?.id ?? null, isEventPlace ? spec : null, origin, ID_SUFFIX[type]);
    created.push(entity.input);
    admins.push(entity.entry);
  }

  const deepest = admins.at(-1) ?? null;
  if (spec.at !== 'location' || !spec.location) {
    if (deepest) {
      // The admin unit itself is the event's place; it may lack coordinates (the row then gives them).
      if (deepest.latitude === null && !created.some((c) => c.id === deepest.id)) completed.push(complete(index, deepest, deepest.parent, spec));
      return { placeId: deepest.id, created, completed, matched };
    }
  }

  const location = spec.location || spec[lastLevel as 'admin3'] || spec.country || 'Unnamed place';
  const within = (e: PlaceEntry, root: PlaceEntry) => e.id !== root.id && index.within(e.id, root.id);
  const candidates = index.named(location).filter((e) => !(ADMIN_TYPES as readonly string[]).includes(e.placeType ?? '') || e.placeType === 'SUBDISTRICT');
  const plausible = candidates.filter((e) => (distanceKm(e, spec) ?? 0) <= FAR_KM);
  let hit: PlaceEntry | undefined;
  for (const root of [...admins].reverse()) {
    hit = nearestFirst(plausible.filter((e) => within(e, root)), spec)[0];
    if (hit) break;
  }
  hit ??= nearestFirst(plausible.filter((e) => (distanceKm(e, spec) ?? Infinity) <= NEAR_KM), spec)[0];
  if (!hit) {
    // A place an article named, with no parent and no coordinates: the same place if it is the only one of the name.
    const loose = candidates.filter((e) => e.parent === null && e.latitude === null);
    if (loose.length === 1 && candidates.length === 1) hit = loose[0];
  }
  if (hit) {
    matched.push(hit.id);
    if (hit.latitude === null || hit.parent === null) completed.push(complete(index, hit, hit.parent ?? deepest?.id ?? null, spec));
    return { placeId: hit.id, created, completed, matched };
  }
  const entity = newPlace(index, location, null, deepest?.id ?? null, spec, origin, '');
  created.push(entity.input);
  return { placeId: entity.entry.id, created, completed, matched };
}

/** A fill-only entity giving a stored place the row's coordinates and a parent where it has none. */
function complete(index: PlaceIndex, e: PlaceEntry, parent: string | null, spec: PlaceSpec): EntityInput {
  const entry = { ...e, latitude: e.latitude ?? spec.latitude, longitude: e.longitude ?? spec.longitude, parent: e.parent ?? parent };
  index.add(entry);
  return {
    kind: 'Place',
    id: e.id,
    name: e.name,
    aliases: [],
    sources: [],
    ...(e.latitude === null ? { location: { latitude: spec.latitude, longitude: spec.longitude } } : {}),
    ...(e.parent === null && parent ? { locatedIn: parent } : {}),
  };
}

function newPlace(index: PlaceIndex, name: string, type: AdminType | null, parent: string | null, at: PlaceSpec | null, origin: string, idSuffix: string): { input: EntityInput; entry: PlaceEntry } {
  const base = slugify(acledPlaceName(name), 100) || 'place';
  const parentSlug = parent ? slugify(acledPlaceName(index.get(parent)?.name ?? ''), 60) : '';
  let id = `place:${base}${idSuffix}`;
  if (index.get(id) && parentSlug) id = `place:${base}${idSuffix}-${parentSlug}`;
  for (let n = 2; index.get(id); n++) id = `place:${base}${idSuffix}-${n}`;
  const entry: PlaceEntry = { id, name: name.slice(0, 300), aliases: [], placeType: type, latitude: at?.latitude ?? null, longitude: at?.longitude ?? null, parent };
  index.add(entry);
  const input: EntityInput = {
    kind: 'Place',
    id,
    name: entry.name,
    aliases: [],
    sources: [],
    description: `Place first named by ${origin}.`,
    ...(type ? { placeType: type } : {}),
    ...(at ? { location: { latitude: at.latitude, longitude: at.longitude } } : {}),
    ...(parent ? { locatedIn: parent } : {}),
  };
  return { input, entry };
}
