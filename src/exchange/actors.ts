/**
 * Matching the actors a dataset names to the graph's actors, through their names and aliases.
 * Pure: the index is built from rows the importer reads once.
 *
 * ACLED writes actors with conventions of its own; each name is tried as written, then in the
 * forms a reference name or alias would take:
 * - a period of government in brackets goes: "Military Forces of Iraq (2022-)";
 * - a country in brackets goes: "Islamic State (Iraq)";
 * - "ABBR: Long Name" gives both: "PMF: Popular Mobilization Forces";
 * - "Military Forces of X" and "Police Forces of X" give the demonym forms the press and the
 *   reference use ("Iraqi military", "Turkish armed forces", "Iraqi Police"), after the unit a
 *   name may add ("Military Forces of Iraq (2022-) Counter Terrorism Service");
 * - "Government of X" gives X;
 * - "Militia" / "Militias" go: "Peshmerga Militia" is the Peshmerga.
 * Names that stand for no one in particular (civilians, protesters, rioters, "Unidentified Armed
 * Group") match nothing and create nothing. Any other unmatched name becomes a new actor, of a
 * kind read from ACLED's inter code or the name itself, listed in the import summary for curators.
 */
import { foldName } from '../domain/fold.js';
import type { EntityInput } from '../import/format.js';
import { slugify } from '../import/slug.js';
import type { ActorSpec } from './rows.js';

export interface ActorEntry {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

const DEMONYMS: Record<string, string[]> = {
  iraq: ['Iraqi'],
  turkey: ['Turkish'],
  iran: ['Iranian'],
  syria: ['Syrian'],
  'united states': ['US', 'American', 'United States'],
  'united kingdom': ['British', 'UK'],
  israel: ['Israeli'],
  kuwait: ['Kuwaiti'],
  'saudi arabia': ['Saudi'],
  jordan: ['Jordanian'],
  france: ['French'],
  russia: ['Russian'],
};

const PERIOD = /\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)/g;
const BRACKETS = /\s*\([^()]*\)/g;
/** Actors that are no one in particular (ACLED inter codes 5, 6 and 7 are always such). */
const GENERIC = /^(?:unidentified\b|unknown\b|civilians?\b|protesters?\b|protestors?\b|rioters?\b|prisoners?\b|refugees\b|refugees\/idps\b|idps?\b|labou?r group\b|students?\b|journalists?\b|teachers?\b|health workers?\b|lawyers?\b|farmers?\b|women\b|children\b|displaced\b|private security forces\b)/i;

/** The name without ACLED's period and bracketed country: how a new actor is named. */
export function displayName(name: string): string {
  return name.replace(PERIOD, '').replace(BRACKETS, '').replace(/\s+/g, ' ').trim() || name.trim();
}

export function isGenericActor(spec: ActorSpec): boolean {
  if (spec.code !== null && spec.code >= 5 && spec.code <= 7) return true;
  return GENERIC.test(displayName(spec.name));
}

const stripMilitia = (s: string) => s.replace(/\b(?:Communal\s+)?Militias?\b/gi, '').replace(/\s+/g, ' ').trim();

/** The forms of a dataset's actor name to look up, most literal first. */
export function nameCandidates(name: string): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    const t = s?.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  };
  add(name);
  const noPeriod = name.replace(PERIOD, ' ');
  add(noPeriod);
  const bare = displayName(name);
  add(bare);
  for (const part of bare.includes(':') ? bare.split(':') : []) add(part);
  const forces = /^(Military|Police|Navy|Air) Forces? of (?:the )?(.+?)(?:\s*\(.*?\))?$/i.exec(noPeriod.trim());
  if (forces) {
    const kind = forces[1]!.toLowerCase();
    const [country, unit] = splitUnit(forces[2]!.trim());
    if (unit) {
      add(unit);
      add(stripMilitia(unit));
    }
    const demonyms = DEMONYMS[country.toLowerCase()] ?? [];
    for (const d of demonyms) {
      if (kind === 'police') add(`${d} Police`);
      else if (kind === 'air') add(`${d} Air Force`);
      else if (kind === 'navy') add(`${d} Navy`);
      else for (const form of ['military', 'armed forces', 'Security Forces', 'forces']) add(`${d} ${form}`);
    }
    add(`${forces[1]} Forces of ${country}`);
    add(`Armed Forces of ${country}`);
  }
  const government = /^Government of (?:the )?(.+)$/i.exec(bare);
  if (government) add(government[1]);
  add(stripMilitia(bare));
  for (const part of bare.includes(':') ? bare.split(':') : []) add(stripMilitia(part));
  return out;
}

/** "Iraq Counter Terrorism Service" -> ["Iraq", "Counter Terrorism Service"], for the countries known. */
function splitUnit(rest: string): [string, string] {
  const lower = rest.toLowerCase();
  for (const country of Object.keys(DEMONYMS).sort((a, b) => b.length - a.length)) {
    if (lower === country) return [rest, ''];
    if (lower.startsWith(`${country} `)) return [rest.slice(0, country.length), rest.slice(country.length + 1).trim()];
  }
  const [first, ...others] = rest.split(' ');
  return [first ?? rest, others.join(' ')];
}

/** The country an ACLED "Military/Police Forces of X" name belongs to, if any. */
function forcesCountry(name: string): { kind: 'military' | 'police'; country: string } | null {
  const m = /^(Military|Police|Navy|Air) Forces? of (?:the )?(.+?)(?:\s*\(.*?\))?$/i.exec(name.replace(PERIOD, ' ').trim());
  if (!m) return null;
  return { kind: m[1]!.toLowerCase() === 'police' ? 'police' : 'military', country: splitUnit(m[2]!.trim())[0] };
}

export class ActorIndex {
  private readonly byKey = new Map<string, ActorEntry[]>();
  private readonly ids = new Set<string>();
  /** find's answers by name: a file names a few hundred actors over and over. Cleared by add. */
  private readonly found = new Map<string, ActorEntry | null>();

  constructor(entries: ActorEntry[] = []) {
    for (const e of entries) this.add(e);
  }

  add(entry: ActorEntry): void {
    this.found.clear();
    this.ids.add(entry.id);
    for (const name of [entry.name, ...entry.aliases]) {
      const key = foldName(name);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.some((e) => e.id === entry.id)) list.push(entry);
      this.byKey.set(key, list);
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The one actor this exact name or alias (folded) belongs to; null when none or several do. */
  exact(name: string, kinds?: string[]): ActorEntry | null {
    const hits = (this.byKey.get(foldName(name)) ?? []).filter((e) => !kinds || kinds.includes(e.kind));
    return hits.length === 1 ? hits[0]! : null;
  }

  /** The first candidate form of a dataset's name that names exactly one actor. */
  find(name: string): ActorEntry | null {
    const known = this.found.get(name);
    if (known !== undefined) return known;
    let hit: ActorEntry | null = null;
    for (const candidate of nameCandidates(name)) if ((hit = this.exact(candidate))) break;
    this.found.set(name, hit);
    return hit;
  }
}

export type ActorResolution =
  | { kind: 'none' }
  | { kind: 'matched'; id: string }
  | { kind: 'new'; id: string; entity: EntityInput };

/**
 * What an actor of a row is in the graph: no one (a generic name), an actor the graph has, or a
 * new actor to create (added to the index, so later rows find it). `origin` names the row, for
 * the new actor's description.
 */
export function resolveActor(spec: ActorSpec, index: ActorIndex, origin: string): ActorResolution {
  if (isGenericActor(spec)) return { kind: 'none' };
  const hit = index.find(spec.name);
  if (hit) return { kind: 'matched', id: hit.id };
  const name = displayName(spec.name);
  const forces = forcesCountry(spec.name);
  const government = spec.hint === 'government' || /^Government of\b/i.test(name);
  const base = {
    name: name.slice(0, 300),
    aliases: [...new Set([spec.name.trim(), spec.name.replace(PERIOD, ' ').replace(/\s+/g, ' ').trim()])].filter((a) => a !== name).map((a) => a.slice(0, 300)),
    description: `Actor first named by ${origin}; not yet reviewed by a curator.`,
    sources: [],
  };
  let entity: EntityInput;
  if (government) {
    entity = { ...base, kind: 'Government', id: freeId('gov', name, index) };
  } else if (forces || spec.code === 1) {
    const gov = forces ? index.exact(forces.country, ['Government']) : null;
    entity = {
      ...base,
      kind: 'Force',
      id: freeId('force', name, index),
      forceType: forces?.kind === 'police' ? 'POLICE' : forces ? 'MILITARY' : 'OTHER',
      under: gov ? [gov.id] : [],
    };
  } else {
    const armed = spec.code === null ? spec.hint === 'armed-group' || /\b(?:militia|brigades?|battalions?|army|front|forces|group|movement|units?)\b/i.test(name) : spec.code >= 2 && spec.code <= 4;
    entity = { ...base, kind: 'Organization', id: freeId('org', name, index), organizationType: armed ? 'ARMED_GROUP' : 'OTHER' };
  }
  index.add({ id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases });
  return { kind: 'new', id: entity.id, entity };
}

/** `prefix:slug` of the name, with a number added while that id belongs to another actor. */
function freeId(prefix: string, name: string, index: ActorIndex): string {
  const slug = slugify(name, 120) || 'actor';
  let id = `${prefix}:${slug}`;
  for (let n = 2; index.has(id); n++) id = `${prefix}:${slug}-${n}`;
  return id;
}
