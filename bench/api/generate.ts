/**
 * Deterministic data generator for the API benchmark (`npm run bench:api` calls it; it also runs
 * on its own: `npx tsx bench/api/generate.ts --scale 0.05 [--uri bolt://...] [--data-dir DIR]`).
 *
 * The data is stored exactly as the product stores it, because it goes through the product's
 * own code: the reference data of seed/reference through the writer (`seedStructured`), and the
 * generated world as ImportBatch objects compiled by `planBatch` and written with the writer's
 * Cypher builders (`upsertNodes`, `upsertRelationships`, `upsertClaims`, `writeReconciled` with
 * figures from the writer's `reconciledRow`, `setEventLocations`): same labels (:Node:<Kind>, :Entity, :Actor),
 * properties and types (dates as Neo4j `date`, locations as points, claims as :CasualtyClaim nodes
 * under HAS_CLAIM, relationships with `key` and the provenance lists). Only the per-batch checks
 * of `writeBatch` (digest, merge redirects, incident matching) are skipped: the generator knows
 * its batches are new and consistent. Everything is written in batched UNWIND transactions.
 *
 * Sizes at --scale 1: 200,000 events (2014-2023, ACLED taxonomy), 20,000 places (Iraq, its
 * governorates, ~100 districts, subdistricts, towns and villages), 2,000 actors, 50,000
 * statements and 100,000 articles. The same --seed and --scale always give the same graph.
 */
import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { count, memorySize, parseCommand, positive, run } from '../../src/cli/args.js';
import { Graph } from '../../src/db/graph.js';
import { migrate } from '../../src/db/migrations.js';
import { WriteStore } from '../../src/db/write-store.js';
import { setEventLocations, upsertClaims, upsertNodes, upsertRelationships, writeReconciled, type ReconciledRow } from '../../src/db/queries/write.js';
import { reconciledRow } from '../../src/db/writer.js';
import { ACLED_LABELS, eventTypeOf, STANCES, type CasualtyGroup, type Stance, type SubEventType } from '../../src/domain/taxonomy.js';
import { refId, type ArticleInput, type EntityInput, type EventInput, type ImportBatch, type RelationshipInput, type StatementInput } from '../../src/import/format.js';
import { planBatch, type ClaimRow, type NodeRow, type RelationshipRow } from '../../src/import/plan.js';
import { slugify } from '../../src/import/slug.js';
import { startLocalNeo4j } from '../../src/neo4j-local/index.js';
import { seedStructured } from '../../src/seed/seed.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';
import * as N from './names.js';
import { Rng, Sampler, zipfWeights } from './prng.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface GenerateOptions {
  /** 1 = 200,000 events, 20,000 places, 2,000 actors, 50,000 statements, 100,000 articles. */
  scale: number;
  seed: number;
  /** Rows per write transaction. */
  batchSize: number;
  log: (msg: string) => void;
}

export const DEFAULT_GENERATE: GenerateOptions = { scale: 1, seed: 20241125, batchSize: 5000, log: () => {} };

export interface LoadReport {
  scale: number;
  seed: number;
  batchSize: number;
  generated: { places: number; actors: number; events: number; statements: number; articles: number; claims: number; relationships: number };
  seconds: { generate: number; migrate: number; reference: number; nodes: number; relationships: number; claims: number; locations: number; total: number };
  counts: { labels: Record<string, number>; relationships: Record<string, number> };
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2014, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2023, 11, 31) / DAY_MS;
const fmtDay = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
/** Share of events per year, 2014..2023: the war against ISIS, then a long insurgency. */
const YEAR_WEIGHTS = [17, 17, 16, 14, 9, 8, 6, 5, 4, 4];

// ---------------------------------------------------------------------------------------------
// Geography

/** Iraq's bounding box; generated coordinates are clamped into it. */
export const IRAQ_BOX = { minLat: 29.1, maxLat: 37.35, minLon: 38.8, maxLon: 48.55 };

/** How much violence each governorate sees (share of events), and how many districts it has. */
const GOVERNORATES: Record<string, { conflict: number; protest: number; districts: number }> = {
  'place:nineveh-governorate': { conflict: 18, protest: 3, districts: 9 },
  'place:anbar-governorate': { conflict: 13, protest: 2, districts: 8 },
  'place:salah-al-din-governorate': { conflict: 13, protest: 2, districts: 8 },
  'place:diyala-governorate': { conflict: 11, protest: 2, districts: 6 },
  'place:baghdad-governorate': { conflict: 11, protest: 22, districts: 10 },
  'place:kirkuk-governorate': { conflict: 8, protest: 4, districts: 4 },
  'place:erbil-governorate': { conflict: 4, protest: 3, districts: 7 },
  'place:duhok-governorate': { conflict: 5, protest: 2, districts: 5 },
  'place:sulaymaniyah-governorate': { conflict: 3, protest: 5, districts: 9 },
  'place:halabja-governorate': { conflict: 0.5, protest: 1, districts: 3 },
  'place:babil-governorate': { conflict: 3, protest: 5, districts: 4 },
  'place:karbala-governorate': { conflict: 1, protest: 4, districts: 3 },
  'place:najaf-governorate': { conflict: 1, protest: 6, districts: 3 },
  'place:qadisiyyah-governorate': { conflict: 1, protest: 5, districts: 4 },
  'place:wasit-governorate': { conflict: 1.5, protest: 4, districts: 6 },
  'place:maysan-governorate': { conflict: 1.5, protest: 5, districts: 6 },
  'place:dhi-qar-governorate': { conflict: 1.5, protest: 12, districts: 5 },
  'place:muthanna-governorate': { conflict: 0.5, protest: 3, districts: 4 },
  'place:basra-governorate': { conflict: 2, protest: 10, districts: 7 },
};
const KR_GOVERNORATES = new Set(['place:erbil-governorate', 'place:duhok-governorate', 'place:sulaymaniyah-governorate', 'place:halabja-governorate']);

type Level = 'governorate' | 'district' | 'subdistrict' | 'local';
const LEVELS: Level[] = ['governorate', 'district', 'subdistrict', 'local'];
/** Where in the hierarchy an event is placed: mostly a town or village. */
const LEVEL_WEIGHTS = [5, 15, 12, 68];

interface PlaceInfo {
  id: string;
  name: string;
  placeType: string;
  lat: number;
  lon: number;
  parent: string | null;
  governorate: string | null;
  district: string | null;
}

// ---------------------------------------------------------------------------------------------
// Events: the ACLED taxonomy with Iraq-like frequencies

const SUB_TYPE_WEIGHTS: [SubEventType, number][] = [
  ['REMOTE_EXPLOSIVE_LANDMINE_IED', 20], ['ARMED_CLASH', 17], ['AIR_DRONE_STRIKE', 11], ['SHELLING_ARTILLERY_MISSILE_ATTACK', 10],
  ['ATTACK', 10], ['PEACEFUL_PROTEST', 8], ['ARRESTS', 5], ['SUICIDE_BOMB', 3], ['ABDUCTION_FORCED_DISAPPEARANCE', 3],
  ['DISRUPTED_WEAPONS_USE', 3], ['PROTEST_WITH_INTERVENTION', 1.5], ['GOVERNMENT_REGAINS_TERRITORY', 1.2], ['GRENADE', 1],
  ['VIOLENT_DEMONSTRATION', 1], ['LOOTING_PROPERTY_DESTRUCTION', 1], ['CHANGE_TO_GROUP_ACTIVITY', 1], ['EXCESSIVE_FORCE_AGAINST_PROTESTERS', 0.5],
  ['NON_STATE_ACTOR_OVERTAKES_TERRITORY', 0.5], ['OTHER', 0.5], ['MOB_VIOLENCE', 0.3], ['HEADQUARTERS_OR_BASE_ESTABLISHED', 0.3],
  ['AGREEMENT', 0.2], ['NON_VIOLENT_TRANSFER_OF_TERRITORY', 0.1], ['CHEMICAL_WEAPON', 0.05], ['SEXUAL_VIOLENCE', 0.05],
];

/** Chance of deaths and mean deaths when there are some, per sub-event type. */
const LETHALITY: Partial<Record<SubEventType, [number, number]>> = {
  REMOTE_EXPLOSIVE_LANDMINE_IED: [0.55, 2.5], SUICIDE_BOMB: [0.9, 9], ARMED_CLASH: [0.6, 4], AIR_DRONE_STRIKE: [0.65, 5],
  SHELLING_ARTILLERY_MISSILE_ATTACK: [0.3, 1.5], ATTACK: [0.7, 2], GRENADE: [0.3, 1], GOVERNMENT_REGAINS_TERRITORY: [0.5, 8],
  NON_STATE_ACTOR_OVERTAKES_TERRITORY: [0.6, 10], EXCESSIVE_FORCE_AGAINST_PROTESTERS: [0.4, 3], VIOLENT_DEMONSTRATION: [0.1, 1],
  PROTEST_WITH_INTERVENTION: [0.05, 1], CHEMICAL_WEAPON: [0.3, 2], MOB_VIOLENCE: [0.2, 1],
};

const VERBS: Partial<Record<SubEventType, string>> = {
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'detonated a roadside bomb targeting', SUICIDE_BOMB: 'sent a suicide bomber against',
  ARMED_CLASH: 'clashed with', AIR_DRONE_STRIKE: 'carried out an air strike on', SHELLING_ARTILLERY_MISSILE_ATTACK: 'shelled positions of',
  ATTACK: 'attacked', GRENADE: 'threw a grenade at', ABDUCTION_FORCED_DISAPPEARANCE: 'abducted', ARRESTS: 'arrested members of',
  GOVERNMENT_REGAINS_TERRITORY: 'retook ground from', NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'overran positions of',
  DISRUPTED_WEAPONS_USE: 'defused explosives planted by', PEACEFUL_PROTEST: 'protested against', PROTEST_WITH_INTERVENTION: 'dispersed protesters near',
  EXCESSIVE_FORCE_AGAINST_PROTESTERS: 'fired on protesters near', VIOLENT_DEMONSTRATION: 'stormed the offices of', MOB_VIOLENCE: 'attacked',
  LOOTING_PROPERTY_DESTRUCTION: 'burned the property of',
};

const STANCE_TEXT: Record<Stance, string> = {
  CONDEMNATION: 'condemned in the strongest terms',
  CONDOLENCE: 'offered its condolences to the families of the victims of',
  SOLIDARITY: 'expressed its solidarity after',
  SUPPORT: 'reaffirmed its support following',
  CONCERN: 'expressed deep concern over',
  CALL_FOR_ACTION: 'called for an investigation into',
  CLAIM_OF_RESPONSIBILITY: 'claimed responsibility for',
  DENIAL: 'denied any involvement in',
  OTHER: 'commented on',
};

// ---------------------------------------------------------------------------------------------
// The world in memory

interface GeneratedEvent {
  input: EventInput;
  day: number;
  /** Best-known deaths, for statement targeting. */
  killed: number;
  sentence: (articleIndex: number) => string;
}

export interface World {
  entities: EntityInput[];
  /** Relationships given outright (actor-to-actor links, MENTIONS). */
  relationships: RelationshipInput[];
  articles: ArticleInput[];
  /** Article id -> the sentences its text is made of (joined at write time). */
  articleSentences: Map<string, string[]>;
  events: EventInput[];
  statements: StatementInput[];
  published: Map<string, string>;
  places: PlaceInfo[];
  counts: { places: number; actors: number };
}

class Ids {
  private readonly used = new Set<string>();
  constructor(existing: Iterable<string>) {
    for (const id of existing) this.used.add(id);
  }
  make(prefix: string, name: string): string {
    const base = `${prefix}:${slugify(name) || 'x'}`.slice(0, 190);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

function clampLat(v: number) {
  return Math.round(Math.min(IRAQ_BOX.maxLat, Math.max(IRAQ_BOX.minLat, v)) * 1e5) / 1e5;
}
function clampLon(v: number) {
  return Math.round(Math.min(IRAQ_BOX.maxLon, Math.max(IRAQ_BOX.minLon, v)) * 1e5) / 1e5;
}

export async function readReference(): Promise<ImportBatch> {
  const dir = path.join(ROOT, 'seed/reference');
  const files = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(dir, f));
  return combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference');
}

/** Builds the whole generated world in memory, deterministically from the seed. */
export function generateWorld(reference: ImportBatch, options: Pick<GenerateOptions, 'scale' | 'seed'>): World {
  const rng = new Rng(options.seed);
  const scale = options.scale;
  const nPlaces = Math.max(400, Math.round(20_000 * scale));
  const nActors = Math.max(200, Math.round(2_000 * scale));
  const nEvents = Math.max(1000, Math.round(200_000 * scale));
  const nStatements = Math.max(250, Math.round(50_000 * scale));
  const nArticles = Math.max(500, Math.round(100_000 * scale));

  const ids = new Ids(reference.entities.map((e) => e.id));
  const entities: EntityInput[] = [];
  const relationships: RelationshipInput[] = [];

  // ------------------------------------------------------------------ places
  const places = new Map<string, PlaceInfo>();
  for (const e of reference.entities) {
    if (e.kind !== 'Place') continue;
    places.set(e.id, {
      id: e.id,
      name: e.name,
      placeType: e.placeType ?? 'AREA',
      lat: e.location?.latitude ?? NaN,
      lon: e.location?.longitude ?? NaN,
      parent: e.locatedIn ? (typeof e.locatedIn === 'string' ? e.locatedIn : e.locatedIn.ref) : null,
      governorate: null,
      district: null,
    });
  }
  for (const p of places.values()) {
    // Walk up to the governorate and district, for the event-place samplers.
    for (let cur: PlaceInfo | undefined = p, hops = 0; cur && hops < 10; cur = cur.parent ? places.get(cur.parent) : undefined, hops++) {
      if (cur.placeType === 'GOVERNORATE' && !p.governorate) p.governorate = cur.id;
      if (cur.placeType === 'DISTRICT' && !p.district) p.district = cur.id;
    }
  }
  const governorates = Object.keys(GOVERNORATES).filter((id) => places.has(id));
  const referencePlaces = places.size;
  const addPlace = (name: string, placeType: string, parent: PlaceInfo, spread: number, aliases: string[] = []): PlaceInfo => {
    const id = ids.make('place', placeType === 'DISTRICT' || placeType === 'SUBDISTRICT' ? name : `${name} ${parent.name.replace(/ (District|Subdistrict|Governorate)$/, '')}`);
    const info: PlaceInfo = {
      id,
      name,
      placeType,
      lat: clampLat(parent.lat + rng.normal() * spread),
      lon: clampLon(parent.lon + rng.normal() * spread * 1.2),
      parent: parent.id,
      governorate: parent.governorate ?? (parent.placeType === 'GOVERNORATE' ? parent.id : null),
      district: placeType === 'DISTRICT' ? id : parent.district,
    };
    places.set(id, info);
    entities.push({
      id,
      kind: 'Place',
      name,
      aliases,
      placeType: placeType as never,
      location: { latitude: info.lat, longitude: info.lon },
      locatedIn: parent.id,
      sources: [],
    });
    return info;
  };
  const altSpelling = (name: string): string[] => {
    if (!rng.chance(0.3)) return [];
    const alt = name.replace(/^Al-/, 'Al ').replace(/q/g, 'g').replace(/ou/g, 'u').replace(/iya\b/, 'iyah');
    return alt !== name ? [alt] : [];
  };

  // Districts: about 100 in all, the reference ones included.
  const districtsOf = new Map<string, PlaceInfo[]>();
  for (const g of governorates) districtsOf.set(g, []);
  for (const p of places.values()) if (p.placeType === 'DISTRICT' && p.governorate) districtsOf.get(p.governorate)?.push(p);
  for (const g of governorates) {
    const want = GOVERNORATES[g]!.districts;
    const gov = places.get(g)!;
    const list = districtsOf.get(g)!;
    while (list.length < want) list.push(addPlace(`${rng.pick(N.PLACE_ROOTS)} District`, 'DISTRICT', gov, 0.35, []));
  }
  const allDistricts = governorates.flatMap((g) => districtsOf.get(g)!);

  // Subdistricts: ~2.5% of the places (at least one per district).
  const nSub = Math.max(allDistricts.length, Math.round(nPlaces * 0.025));
  const subdistricts: PlaceInfo[] = [];
  for (let i = 0; i < nSub; i++) {
    const district = i < allDistricts.length ? allDistricts[i]! : rng.pick(allDistricts);
    const root = rng.pick(N.PLACE_ROOTS);
    subdistricts.push(addPlace(`${root} Subdistrict`, 'SUBDISTRICT', district, 0.12, altSpelling(root).map((a) => `${a} Subdistrict`)));
  }

  // Towns and villages fill up to nPlaces, unevenly over subdistricts.
  const subWeights = subdistricts.map(() => Math.exp(rng.normal() * 0.6));
  const subSampler = new Sampler(subdistricts, subWeights);
  const nLocal = Math.max(0, nPlaces - places.size);
  for (let i = 0; i < nLocal; i++) {
    const sub = subSampler.sample(rng);
    const r = rng.next();
    const placeType = r < 0.02 ? 'CITY' : r < 0.2 ? 'TOWN' : 'VILLAGE';
    let name: string;
    if (placeType === 'VILLAGE') {
      name = `${rng.pick(N.VILLAGE_PREFIXES)} ${rng.pick(N.PLACE_ROOTS)}`;
      if (rng.chance(0.2)) name += ` ${rng.pick(N.VILLAGE_SUFFIXES)}`;
    } else name = rng.pick(N.PLACE_ROOTS);
    addPlace(name, placeType, sub, placeType === 'VILLAGE' ? 0.05 : 0.03, altSpelling(name));
  }

  // Samplers per governorate and level, with Zipf weights over a shuffled order (a few hot spots).
  const byGovLevel = new Map<string, Sampler<PlaceInfo>>();
  for (const g of governorates) {
    const buckets: Record<Level, PlaceInfo[]> = { governorate: [places.get(g)!], district: [], subdistrict: [], local: [] };
    for (const p of places.values()) {
      if (p.governorate !== g || p.id === g) continue;
      if (p.placeType === 'DISTRICT') buckets.district.push(p);
      else if (p.placeType === 'SUBDISTRICT') buckets.subdistrict.push(p);
      else buckets.local.push(p);
    }
    for (const level of LEVELS) {
      const list = rng.shuffle([...buckets[level]]);
      if (list.length) byGovLevel.set(`${g}|${level}`, new Sampler(list, zipfWeights(list.length, 0.8)));
    }
  }
  const conflictGov = new Sampler(governorates, governorates.map((g) => GOVERNORATES[g]!.conflict));
  const protestGov = new Sampler(governorates, governorates.map((g) => GOVERNORATES[g]!.protest));
  const placeFor = (protest: boolean): PlaceInfo => {
    const g = (protest ? protestGov : conflictGov).sample(rng);
    for (;;) {
      const level = rng.weighted(LEVELS, LEVEL_WEIGHTS);
      const s = byGovLevel.get(`${g}|${level}`);
      if (s) return s.sample(rng);
    }
  };

  // ------------------------------------------------------------------ actors
  const refActors = reference.entities.filter((e) => e.kind !== 'Place');
  const actorNames = new Map<string, string>(refActors.map((e) => [e.id, e.name]));
  const kindOf = new Map<string, string>(reference.entities.map((e) => [e.id, e.kind]));
  const add = (e: EntityInput) => {
    entities.push(e);
    actorNames.set(e.id, e.name);
    kindOf.set(e.id, e.kind);
  };
  const nGenerated = Math.max(0, nActors - refActors.length);
  const share = (p: number) => Math.max(1, Math.round(nGenerated * p));

  // Armed groups.
  const armedGroups: string[] = ['org:isis', 'org:pkk', 'org:kataib-hezbollah', 'org:asaib-ahl-al-haq'];
  for (let i = 0; i < share(0.12); i++) {
    const name = `${rng.pick(N.ARMED_GROUP_HEADS)} ${rng.pick(N.ARMED_GROUP_TAILS)}`;
    const id = ids.make('org', name);
    const acronym = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    add({
      id, kind: 'Organization', name, organizationType: 'ARMED_GROUP', sources: [],
      aliases: [...(acronym.length >= 2 ? [acronym] : []), ...(rng.chance(0.3) ? [`${name} militia`] : [])],
      description: rng.chance(0.3) ? `Armed group active in ${places.get(rng.pick(governorates))!.name}.` : undefined,
      partOf: rng.chance(0.35) ? 'force:pmf' : undefined,
    });
    armedGroups.push(id);
  }
  // Media (the publishers of articles).
  const media: string[] = ['org:shafaq-news', 'org:rudaw', 'org:kurdistan24', 'org:ina', 'org:reuters', 'org:afp', 'org:ap'];
  for (let i = 0; i < share(0.08); i++) {
    const name = `${rng.pick(N.MEDIA_HEADS)} ${rng.pick(N.MEDIA_TAILS)}`;
    const id = ids.make('org', name);
    add({ id, kind: 'Organization', name, organizationType: 'MEDIA', aliases: [], sources: [] });
    media.push(id);
  }
  // Governments: foreign national ones, and local ones for governorates and districts.
  const governments: string[] = reference.entities.filter((e) => e.kind === 'Government').map((e) => e.id);
  const localGovs: string[] = [];
  for (const country of N.FOREIGN_GOVERNMENTS.slice(0, Math.max(5, Math.round(share(0.03))))) {
    const id = ids.make('gov', country);
    add({ id, kind: 'Government', name: country, level: 'NATIONAL', aliases: [`Government of ${country}`, `${country} government`], sources: [] });
    governments.push(id);
  }
  const localTargets = rng.shuffle([...governorates.map((g) => places.get(g)!), ...allDistricts]).slice(0, share(0.05));
  for (const place of localTargets) {
    const base = place.name.replace(/ (District|Governorate)$/, '');
    const name = place.placeType === 'GOVERNORATE' ? `${base} Provincial Council` : `${base} District Administration`;
    const id = ids.make('gov', name);
    add({
      id, kind: 'Government', name, level: 'LOCAL', sources: [],
      aliases: place.placeType === 'GOVERNORATE' ? [`${base} Governorate Council`, `${base} local government`] : [],
      governs: place.id, seatedIn: place.id,
      partOf: place.governorate && KR_GOVERNORATES.has(place.governorate) ? 'gov:krg' : 'gov:iraq',
    });
    governments.push(id);
    localGovs.push(id);
  }
  // Ministries and agencies.
  const ministries: string[] = ['org:iraq-ministry-of-defense', 'org:iraq-ministry-of-interior', 'org:krg-ministry-of-peshmerga'];
  for (let i = 0; i < share(0.06); i++) {
    const gov = rng.chance(0.6) ? 'gov:iraq' : rng.chance(0.5) ? 'gov:krg' : rng.pick(governments);
    const govName = actorNames.get(gov)!;
    const name = `${govName === 'Iraq' ? 'Iraqi' : govName} Ministry of ${rng.pick(N.MINISTRIES)}`;
    const id = ids.make('org', name);
    add({ id, kind: 'Organization', name, organizationType: 'MINISTRY', partOf: gov, aliases: [], sources: [] });
    ministries.push(id);
  }
  const agencies: string[] = ['org:iraq-joint-operations-command', 'org:security-media-cell'];
  for (let i = 0; i < share(0.05); i++) {
    const place = places.get(rng.pick(governorates))!;
    const name = `${place.name.replace(/ Governorate$/, '')} ${rng.pick(N.AGENCY_KINDS)}`;
    const id = ids.make('org', name);
    add({ id, kind: 'Organization', name, organizationType: 'AGENCY', partOf: rng.pick(ministries), basedIn: place.id, aliases: [], sources: [] });
    agencies.push(id);
  }
  const parties: string[] = ['org:kdp', 'org:puk'];
  for (let i = 0; i < share(0.05); i++) {
    const name = `${rng.pick(N.PARTY_HEADS)} ${rng.pick(N.PARTY_HEADS)} ${rng.pick(N.PARTY_TAILS)}`;
    const id = ids.make('org', name);
    add({ id, kind: 'Organization', name, organizationType: 'POLITICAL_PARTY', aliases: [], sources: [] });
    parties.push(id);
  }
  const others: string[] = ['org:un', 'org:unami'];
  for (const name of N.INTERNATIONAL.slice(0, share(0.02))) {
    const id = ids.make('org', name);
    add({ id, kind: 'Organization', name, organizationType: 'INTERNATIONAL', aliases: [], sources: [] });
    others.push(id);
  }
  for (let i = 0; i < share(0.07); i++) {
    const place = places.get(rng.pick(governorates))!;
    const name = `${place.name.replace(/ Governorate$/, '')} ${rng.pick(N.NGO_KINDS)}`;
    const id = ids.make('org', name);
    add({ id, kind: 'Organization', name, organizationType: rng.chance(0.8) ? 'NGO' : 'OTHER', basedIn: place.id, aliases: [], sources: [] });
    others.push(id);
  }
  // Forces: units of the reference forces.
  const stateForces: string[] = ['force:isf', 'force:iraqi-army', 'force:federal-police', 'force:cts', 'force:iraqi-border-guards', 'force:pmf', 'force:peshmerga', 'force:asayish', 'force:zeravani'];
  const parents: [string, string, string][] = [
    ['force:iraqi-army', 'Iraqi Army', 'org:iraq-ministry-of-defense'],
    ['force:federal-police', 'Federal Police', 'org:iraq-ministry-of-interior'],
    ['force:pmf', 'PMF', 'gov:iraq'],
    ['force:peshmerga', 'Peshmerga', 'org:krg-ministry-of-peshmerga'],
    ['force:cts', 'CTS', 'gov:iraq'],
    ['force:iraqi-border-guards', 'Border Guards', 'org:iraq-ministry-of-interior'],
    ['force:zeravani', 'Zeravani', 'gov:krg'],
  ];
  for (let i = 0; i < share(0.17); i++) {
    const [parent, label, under] = rng.weighted(parents, [30, 15, 25, 15, 5, 5, 5]);
    const name = parent === 'force:pmf' ? `PMF Brigade ${rng.int(1, 70)}` : `${label} ${rng.pick(N.ORDINALS)} ${rng.pick(N.UNIT_KINDS)}`;
    const id = ids.make('force', name);
    const base = places.get(rng.pick(governorates))!;
    add({
      id, kind: 'Force', name, sources: [],
      forceType: parent === 'force:federal-police' || parent === 'force:iraqi-border-guards' ? 'POLICE' : parent === 'force:pmf' || parent === 'force:zeravani' ? 'PARAMILITARY' : parent === 'force:cts' ? 'COUNTER_TERRORISM' : 'MILITARY',
      aliases: parent === 'force:pmf' ? [`Hashd Brigade ${name.split(' ').pop()}`] : [],
      under: [under], partOf: parent, basedIn: base.id,
    });
    stateForces.push(id);
  }
  // People: office holders, commanders, spokespeople.
  const people: string[] = reference.entities.filter((e) => e.kind === 'Person').map((e) => e.id);
  const bodies: { id: string; kind: 'government' | 'organization' | 'force' }[] = [
    ...governments.map((id) => ({ id, kind: 'government' as const })),
    ...[...ministries, ...agencies, ...parties, ...armedGroups, ...others].map((id) => ({ id, kind: 'organization' as const })),
    ...stateForces.map((id) => ({ id, kind: 'force' as const })),
  ];
  const nPeople = Math.max(0, nActors - refActors.length - (entities.length - (places.size - referencePlaces)));
  for (let i = 0; i < nPeople; i++) {
    const first = rng.pick(N.FIRST_NAMES);
    const last = rng.pick(N.LAST_NAMES);
    const name = `${first} ${last}`;
    const id = ids.make('person', name);
    const body = rng.pick(bodies);
    const since = fmtDay(rng.int(FIRST_DAY - 1500, LAST_DAY - 200));
    const until = rng.chance(0.4) ? fmtDay(Math.min(LAST_DAY, Date.parse(since) / DAY_MS + rng.int(200, 2000))) : undefined;
    const title = `${rng.pick(N.OFFICE_TITLES[body.kind])} of ${actorNames.get(body.id)}`;
    add({
      id, kind: 'Person', name, sources: [],
      aliases: rng.chance(0.3) ? [`${first.replace('Mohammed', 'Muhammad').replace('Yousif', 'Yusuf')} ${last.replace(/^al-/, 'Al-')}`] : [],
      offices: [{ title, of: body.id, since, until }],
      memberOf: rng.chance(0.4) ? [rng.pick(parties)] : [],
    });
    people.push(id);
  }
  // Alliances and enmities among actors (curated facts, no article).
  const orgsGovsForces = [...armedGroups, ...stateForces, ...governments, ...ministries];
  for (let i = 0; i < Math.round(nActors * 0.8); i++) {
    const type = rng.weighted(['SUPPORTS', 'OPPOSES', 'COOPERATES_WITH'] as const, [3, 3, 2]);
    const from = rng.pick(orgsGovsForces);
    const to = rng.pick(orgsGovsForces);
    if (from !== to) relationships.push({ from, type, to, properties: {}, source: undefined });
  }

  // ------------------------------------------------------------------ events
  const insurgents = new Sampler(armedGroups, armedGroups.map((id, i) => (id === 'org:isis' ? armedGroups.length * 0.9 : 1 / Math.pow(i + 1, 0.7))));
  const forces = new Sampler(stateForces, stateForces.map((_, i) => 1 / Math.pow(i + 1, 0.6)));
  const targetsPeople = people.slice();
  const yearSampler = new Sampler(YEAR_WEIGHTS.map((_, i) => 2014 + i), YEAR_WEIGHTS);
  const subSampler2 = new Sampler(SUB_TYPE_WEIGHTS.map(([t]) => t), SUB_TYPE_WEIGHTS.map(([, w]) => w));
  const name = (id: string) => actorNames.get(id) ?? places.get(id)?.name ?? id;

  interface Draft {
    sub: SubEventType;
    day: number;
    place: PlaceInfo;
    perpetrators: string[];
    targets: string[];
    civilian: boolean;
    killed: number;
    injured: number;
    abducted: number;
    arrested: number;
    groups: { group: CasualtyGroup; actor: string | null }[];
  }
  const drafts: Draft[] = [];
  for (let i = 0; i < nEvents; i++) {
    const year = yearSampler.sample(rng);
    const start = Date.UTC(year, 0, 1) / DAY_MS;
    const day = Math.min(LAST_DAY, start + rng.int(0, 364));
    let sub = subSampler2.sample(rng);
    if (sub === 'NON_STATE_ACTOR_OVERTAKES_TERRITORY' && year > 2016) sub = 'ARMED_CLASH';
    const type = eventTypeOf(sub);
    const protest = type === 'PROTESTS' || type === 'RIOTS';
    const place = placeFor(protest);
    const kr = place.governorate !== null && KR_GOVERNORATES.has(place.governorate);
    const perpetrators: string[] = [];
    const targets: string[] = [];
    let civilian = false;
    const insurgent = () => (kr && rng.chance(0.4) ? 'org:pkk' : insurgents.sample(rng));
    switch (sub) {
      case 'ARMED_CLASH':
      case 'GOVERNMENT_REGAINS_TERRITORY':
      case 'DISRUPTED_WEAPONS_USE':
        perpetrators.push(forces.sample(rng));
        if (rng.chance(0.25)) perpetrators.push(forces.sample(rng));
        targets.push(insurgent());
        break;
      case 'NON_STATE_ACTOR_OVERTAKES_TERRITORY':
        perpetrators.push('org:isis');
        targets.push(forces.sample(rng));
        break;
      case 'AIR_DRONE_STRIKE':
        perpetrators.push(kr ? rng.pick(['force:turkish-armed-forces', 'force:turkish-armed-forces', 'force:irgc']) : rng.pick(['force:iraqi-air-force', 'force:iraqi-air-force', 'force:coalition', 'force:us-armed-forces']));
        targets.push(kr ? 'org:pkk' : insurgent());
        break;
      case 'SHELLING_ARTILLERY_MISSILE_ATTACK':
        perpetrators.push(kr && rng.chance(0.6) ? rng.pick(['force:turkish-armed-forces', 'force:irgc']) : insurgent());
        if (rng.chance(0.5)) targets.push(forces.sample(rng));
        else civilian = true;
        break;
      case 'REMOTE_EXPLOSIVE_LANDMINE_IED':
      case 'SUICIDE_BOMB':
      case 'GRENADE':
        if (rng.chance(0.7)) perpetrators.push(insurgent());
        if (rng.chance(0.6)) targets.push(forces.sample(rng));
        else civilian = true;
        break;
      case 'ATTACK':
      case 'ABDUCTION_FORCED_DISAPPEARANCE':
      case 'SEXUAL_VIOLENCE':
      case 'CHEMICAL_WEAPON':
        if (rng.chance(0.65)) perpetrators.push(insurgent());
        civilian = true;
        if (rng.chance(0.1)) targets.push(rng.pick(targetsPeople));
        break;
      case 'ARRESTS':
        perpetrators.push(forces.sample(rng));
        targets.push(rng.chance(0.7) ? insurgent() : rng.pick(targetsPeople));
        break;
      case 'PEACEFUL_PROTEST':
      case 'PROTEST_WITH_INTERVENTION':
      case 'VIOLENT_DEMONSTRATION':
      case 'MOB_VIOLENCE':
        if (rng.chance(0.5)) targets.push(rng.chance(0.5) ? 'gov:iraq' : rng.pick(localGovs.length ? localGovs : governments));
        if (sub === 'PROTEST_WITH_INTERVENTION') perpetrators.push(forces.sample(rng));
        break;
      case 'EXCESSIVE_FORCE_AGAINST_PROTESTERS':
        perpetrators.push(forces.sample(rng));
        civilian = true;
        break;
      default:
        perpetrators.push(rng.chance(0.5) ? insurgent() : forces.sample(rng));
        if (rng.chance(0.3)) targets.push(place.id);
    }
    const [pDeath, mean] = LETHALITY[sub] ?? [0, 0];
    const killed = rng.chance(pDeath) ? 1 + rng.geometric(mean - 1) : 0;
    const injured = killed > 0 || rng.chance(pDeath / 2) ? rng.geometric(killed * 1.5 + 0.5) : 0;
    const abducted = sub === 'ABDUCTION_FORCED_DISAPPEARANCE' ? 1 + rng.geometric(2) : 0;
    const arrested = sub === 'ARRESTS' ? 1 + rng.geometric(3) : 0;
    const groups: Draft['groups'] = [];
    const actorTarget = targets.find((t) => kindOf.get(t) === 'Force' || kindOf.get(t) === 'Organization');
    if (civilian) groups.push({ group: 'CIVILIANS', actor: null });
    if (actorTarget) {
      const isForce = kindOf.get(actorTarget) === 'Force';
      groups.push(rng.chance(0.35) ? { group: isForce ? 'SECURITY_FORCES' : 'MILITANTS', actor: actorTarget } : { group: isForce ? 'SECURITY_FORCES' : 'MILITANTS', actor: null });
    }
    if (!groups.length) groups.push({ group: 'UNSPECIFIED', actor: null });
    drafts.push({ sub, day, place, perpetrators: [...new Set(perpetrators)], targets: [...new Set(targets)], civilian, killed, injured, abducted, arrested, groups });
  }
  drafts.sort((a, b) => a.day - b.day);

  // ------------------------------------------------------------------ articles
  const publisher = new Sampler(media, media.map((_, i) => 1 / Math.pow(i + 1, 0.9)));
  const articles: ArticleInput[] = [];
  const articleDay: number[] = [];
  const byDay = new Map<number, number[]>();
  for (let i = 0; i < nArticles; i++) {
    const d = Math.min(LAST_DAY, drafts[Math.floor(rng.next() * drafts.length)]!.day + rng.weighted([0, 1, 2], [60, 35, 5]));
    articleDay.push(d);
  }
  articleDay.sort((a, b) => a - b);
  const pubCount = new Map<string, number>();
  for (let i = 0; i < nArticles; i++) {
    const d = articleDay[i]!;
    const pub = publisher.sample(rng);
    const n = (pubCount.get(pub) ?? 0) + 1;
    pubCount.set(pub, n);
    const date = fmtDay(d);
    const id = `article:${date}-${pub.slice(4)}-${n}`;
    articles.push({
      id, publisher: pub, published: date, language: 'en',
      url: `https://${pub.slice(4).replace(/[^a-z0-9]+/g, '')}.example/news/${date.replaceAll('-', '/')}/${n}`,
      contentHash: rng.hex64(), title: undefined, text: undefined,
    });
    const list = byDay.get(d) ?? [];
    list.push(i);
    byDay.set(d, list);
  }
  const articleSentences = new Map<string, string[]>();
  const sentenceOf = (articleId: string) => {
    let list = articleSentences.get(articleId);
    if (!list) articleSentences.set(articleId, (list = []));
    return list;
  };
  const articlesFrom = (day: number, span: number): number[] => {
    const out: number[] = [];
    for (let d = day; d <= day + span; d++) out.push(...(byDay.get(d) ?? []));
    if (out.length) return out;
    for (let d = day + span + 1; d <= day + 60; d++) if (byDay.has(d)) return byDay.get(d)!;
    for (let d = day - 1; d >= day - 60; d--) if (byDay.has(d)) return byDay.get(d)!;
    return [0];
  };

  const events: EventInput[] = [];
  const eventKilled: number[] = [];
  const eventArticles: number[][] = [];
  const mentions = new Map<number, Set<string>>();
  const mention = (article: number, id: string) => {
    let set = mentions.get(article);
    if (!set) mentions.set(article, (set = new Set()));
    if (set.size < 12) set.add(id);
  };
  const perDayCount = new Map<string, number>();
  for (const d of drafts) {
    const date = fmtDay(d.day);
    const k = rng.weighted([1, 2, 3, 4], [62, 27, 8, 3]);
    const chosen = rng.sample(articlesFrom(d.day, 2), k);
    const subLabel = ACLED_LABELS[d.sub];
    const who = d.perpetrators[0] ? name(d.perpetrators[0]) : 'Unidentified gunmen';
    const whom = d.targets[0] ? name(d.targets[0]) : d.civilian ? 'civilians' : 'security positions';
    const label = `${subLabel}${d.perpetrators[0] ? ` by ${name(d.perpetrators[0])}` : ''} in ${d.place.name}`.slice(0, 200);
    const slugKey = `${date}|${d.sub}`;
    const n = (perDayCount.get(slugKey) ?? 0) + 1;
    perDayCount.set(slugKey, n);
    const id = `event:${date}-${d.sub.toLowerCase().replaceAll('_', '-')}-${n}`;
    const sources = chosen.map((a) => {
      const killed = d.killed > 0 && rng.chance(0.35) ? Math.max(1, d.killed + rng.int(-1, 2)) : d.killed;
      const verb = VERBS[d.sub] ?? 'was involved in an incident with';
      const sentence = `${who} ${verb} ${whom} in ${d.place.name} on ${date}${killed ? `, killing ${killed}` : ''}${d.injured ? ` and wounding ${d.injured}` : ''}.`;
      sentenceOf(articles[a]!.id).push(sentence);
      return { article: articles[a]!.id, sentence, confidence: Math.round((0.55 + rng.next() * 0.4) * 100) / 100, killed };
    });
    const casualties: EventInput['casualties'] = [];
    if (d.killed || d.injured || d.abducted || d.arrested) {
      for (const s of sources) {
        const split = d.groups.length;
        d.groups.forEach((g, gi) => {
          const part = (n: number) => (split === 1 ? n : gi === 0 ? Math.ceil(n / 2) : Math.floor(n / 2));
          const killed = part(s.killed);
          const injured = part(d.injured);
          const abducted = part(d.abducted);
          const arrested = part(d.arrested);
          if (!(killed || injured || abducted || arrested)) return;
          casualties.push({
            group: g.group,
            actor: g.actor ?? undefined,
            killed: killed || undefined,
            injured: injured || undefined,
            abducted: abducted || undefined,
            arrested: arrested || undefined,
            source: { article: s.article, sentence: s.sentence, confidence: s.confidence },
          });
        });
      }
    }
    events.push({
      id,
      eventType: eventTypeOf(d.sub),
      subEventType: d.sub,
      label,
      description: rng.chance(0.15) ? `${subLabel} reported by ${sources.length} source(s) in ${d.place.name}.` : undefined,
      date,
      datePrecision: rng.weighted(['DAY', 'WEEK', 'MONTH'] as const, [92, 6, 2]),
      place: d.place.id,
      perpetrators: d.perpetrators,
      targets: d.targets,
      civilianTargeting: d.civilian,
      casualties,
      sources: sources.map(({ article, sentence, confidence }) => ({ article, sentence, confidence })),
      mergeWithExisting: false,
    });
    eventKilled.push(d.killed);
    eventArticles.push(chosen);
    for (const a of chosen) {
      mention(a, d.place.id);
      for (const p of d.perpetrators) mention(a, p);
      for (const t of d.targets) mention(a, t);
      if (!articles[a]!.title) articles[a]!.title = `${label}${d.killed ? `: ${d.killed} killed` : ''}`;
    }
  }

  // ------------------------------------------------------------------ statements
  const statements: StatementInput[] = [];
  const aboutSampler = new Sampler(events.map((_, i) => i), eventKilled.map((k) => 0.2 + Math.pow(k, 1.3)));
  const speakerPools: [string[], number][] = [
    [governments, 35],
    [people, 30],
    [[...ministries, ...agencies, ...others], 20],
    [armedGroups, 7],
    [stateForces, 8],
  ];
  const stmtCount = new Map<string, number>();
  for (let i = 0; i < nStatements; i++) {
    const pool = rng.weighted(speakerPools.map(([p]) => p), speakerPools.map(([, w]) => w));
    const speaker = pool === governments ? rng.pick(governments.slice(0, Math.max(3, Math.ceil(governments.length * (rng.chance(0.6) ? 0.2 : 1))))) : rng.pick(pool);
    const armed = kindOf.get(speaker) === 'Organization' && armedGroups.includes(speaker);
    const stance: Stance = armed
      ? rng.weighted(['CLAIM_OF_RESPONSIBILITY', 'DENIAL', 'OTHER'] as const, [6, 3, 1])
      : rng.weighted(['CONDEMNATION', 'CONDOLENCE', 'SOLIDARITY', 'SUPPORT', 'CONCERN', 'CALL_FOR_ACTION', 'OTHER'] as const, [30, 18, 12, 10, 14, 12, 4]);
    const aboutEvent = rng.chance(0.85);
    const ev = aboutEvent ? aboutSampler.sample(rng) : -1;
    const about = aboutEvent ? events[ev]! : null;
    const aboutEntity = aboutEvent ? null : rng.pick([...armedGroups, ...stateForces, 'gov:iraq', 'gov:krg']);
    const day = about ? Date.parse(about.date) / DAY_MS + rng.weighted([0, 1, 2, 3], [45, 35, 12, 8]) : rng.int(FIRST_DAY, LAST_DAY);
    const date = fmtDay(Math.min(LAST_DAY, day));
    const toward: string[] = [];
    if (stance === 'SOLIDARITY' || stance === 'SUPPORT' || rng.chance(0.2)) {
      const target = about?.targets[0] ? refId(about.targets[0]) : null;
      const friendly = target && (kindOf.get(target) === 'Force' || kindOf.get(target) === 'Government');
      toward.push(rng.chance(0.6) || !friendly ? (rng.chance(0.8) ? 'gov:iraq' : 'gov:krg') : target);
    }
    const candidates = about && rng.chance(0.6) ? eventArticles[ev]!.filter((a) => articleDay[a]! >= day) : [];
    const chosen = candidates.length ? [rng.pick(candidates)] : rng.sample(articlesFrom(Math.min(LAST_DAY, day), 1), rng.chance(0.25) ? 2 : 1);
    const n = (stmtCount.get(date) ?? 0) + 1;
    stmtCount.set(date, n);
    const id = `statement:${date}-${slugify(name(speaker)).slice(0, 40)}-${stance.toLowerCase().replaceAll('_', '-')}-${n}`;
    const subject = about ? about.label ?? 'the attack' : name(aboutEntity!);
    const quote = `${name(speaker)} ${STANCE_TEXT[stance]} ${subject}.`;
    const sources = chosen.map((a) => {
      const sentence = `In a statement, ${quote}`;
      sentenceOf(articles[a]!.id).push(sentence);
      mention(a, speaker);
      for (const t of toward) mention(a, t);
      if (!articles[a]!.title) articles[a]!.title = `${name(speaker)}: ${stance.toLowerCase().replaceAll('_', ' ')}`;
      return { article: articles[a]!.id, sentence, confidence: Math.round((0.6 + rng.next() * 0.35) * 100) / 100 };
    });
    statements.push({
      id, speaker, stance, quote,
      summary: rng.chance(0.3) ? `${STANCES[stance]}: ${stance.toLowerCase()} by ${name(speaker)}` : undefined,
      date, about: about ? [about.id] : [aboutEntity!], toward, sources,
    } as StatementInput);
  }

  // ------------------------------------------------------------------ mentions and titles
  const published = new Map<string, string>();
  articles.forEach((a, i) => {
    published.set(a.id, a.published);
    if (!a.title) a.title = `Security roundup, ${a.published}`;
    const sentences = articleSentences.get(a.id) ?? [];
    const set = mentions.get(i);
    if (!set) return;
    for (const to of set) {
      const sentence = sentences.find((s) => s.includes(name(to))) ?? sentences[0];
      relationships.push({ from: a.id, type: 'MENTIONS', to, properties: {}, source: { article: a.id, sentence, confidence: 0.9 } });
    }
  });

  const actorCount = entities.filter((e) => e.kind !== 'Place').length + refActors.length;
  return {
    entities, relationships, articles, articleSentences, events, statements, published,
    places: [...places.values()],
    counts: { places: places.size, actors: actorCount },
  };
}

/** An article's text: a lead, the sentences of what it reports, and some background. */
function articleText(article: ArticleInput, sentences: string[]): string {
  const dateline = `${article.published} - `;
  const background =
    'Security sources said the situation in the area remained tense. Iraqi forces and the Peshmerga have stepped up ' +
    'joint operations against remnants of the Islamic State group in the disputed territories, where gaps between their ' +
    'lines have allowed militants to move between the Hamrin mountains, the Makhmour area and the Wadi al-Shay valley. ' +
    'Local officials called on the federal government and the Kurdistan Regional Government to coordinate more closely.';
  return `${dateline}${sentences.join(' ')}\n\n${background}\n\n${sentences.slice(0, 2).join(' ')}`;
}

// ---------------------------------------------------------------------------------------------
// Loading

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const EMPTY: ImportBatch = { origin: 'bench:api', articles: [], entities: [], events: [], statements: [], relationships: [] };

/** The world as import batches of about `size` items each, in write order. */
function* batchesOf(world: World, size: number, withText: boolean): Generator<ImportBatch> {
  for (const c of chunks(world.entities, size)) yield { ...EMPTY, entities: c };
  for (const c of chunks(world.articles, size)) {
    yield { ...EMPTY, articles: withText ? c.map((a) => ({ ...a, text: articleText(a, world.articleSentences.get(a.id) ?? []) })) : c };
  }
  for (const c of chunks(world.events, size)) yield { ...EMPTY, events: c };
  for (const c of chunks(world.statements, size)) yield { ...EMPTY, statements: c };
  for (const c of chunks(world.relationships, size * 2)) yield { ...EMPTY, relationships: c };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, (performance.now() - t) / 1000];
}

/** Reconciled figures per event, exactly as the writer computes them (src/db/writer.ts). */
function reconciledRows(claims: ClaimRow[], published: Map<string, string>): ReconciledRow[] {
  const byEvent = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const list = byEvent.get(c.eventId) ?? [];
    list.push(c);
    byEvent.set(c.eventId, list);
  }
  return [...byEvent.entries()].map(([id, rows]) =>
    reconciledRow(
      id,
      rows.map((c) => ({
        group: c.group as CasualtyGroup,
        actorId: c.actorId,
        killed: c.killed,
        injured: c.injured,
        abducted: c.abducted,
        arrested: c.arrested,
        sourceId: c.articleId,
        confidence: c.confidence,
        published: c.articleId ? (published.get(c.articleId) ?? null) : null,
      })),
    ),
  );
}

export async function countGraph(graph: Graph): Promise<LoadReport['counts']> {
  const labels: Record<string, number> = {};
  for (const label of ['Node', 'Entity', 'Actor', 'Place', 'Organization', 'Government', 'Force', 'Person', 'Event', 'Statement', 'Article', 'CasualtyClaim']) {
    const [row] = await graph.read({ cypher: `MATCH (n:${label}) RETURN count(n) AS n`, params: {} }, { tag: 'bench:count' });
    labels[label] = row?.n as number;
  }
  const rows = await graph.read(
    { cypher: 'CALL db.relationshipTypes() YIELD relationshipType AS type CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS n } RETURN type, n ORDER BY type', params: {} },
    { tag: 'bench:count', timeoutMs: 600_000 },
  );
  const relationships = Object.fromEntries(rows.map((r) => [r.type as string, r.n as number]));
  return { labels, relationships };
}

/**
 * Applies the migrations, seeds the reference data through the writer, generates the world and
 * writes it in batched transactions. The database should be empty.
 */
export async function generateAndLoad(graph: Graph, opts: Partial<GenerateOptions> = {}): Promise<LoadReport> {
  const o: GenerateOptions = { ...DEFAULT_GENERATE, ...opts };
  const log = o.log;
  const started = performance.now();
  const [, migrateS] = await timed(() => migrate(graph));
  log(`migrations applied in ${migrateS.toFixed(1)} s`);
  const [, referenceS] = await timed(async () => {
    const report = await seedStructured(new WriteStore(graph), [path.join(ROOT, 'seed/reference')]);
    if (report.failures.length) throw new Error(`reference seed failed: ${JSON.stringify(report.failures)}`);
  });
  log(`reference data seeded through the writer in ${referenceS.toFixed(1)} s`);

  const [world, generateS] = await timed(async () => generateWorld(await readReference(), o));
  log(
    `generated in ${generateS.toFixed(1)} s: ${world.counts.places} places, ${world.counts.actors} actors, ${world.events.length} events, ` +
      `${world.statements.length} statements, ${world.articles.length} articles`,
  );

  const write = async (tag: string, query: { cypher: string; params: Record<string, unknown> }) =>
    graph.writeTx((tx) => tx.runForCounters(query), { tag, timeoutMs: 900_000 });

  // 1. Nodes.
  let nodes = 0;
  const [, nodesS] = await timed(async () => {
    for (const batch of batchesOf(world, o.batchSize, true)) {
      const plan = planBatch(batch);
      for (const c of chunks(plan.nodes, o.batchSize)) {
        await write('bench:nodes', upsertNodes(c as NodeRow[], true));
        nodes += c.length;
      }
      if (nodes % (o.batchSize * 10) < o.batchSize) log(`  nodes: ${nodes}`);
    }
  });
  log(`${nodes} nodes written in ${nodesS.toFixed(1)} s (${Math.round(nodes / nodesS)}/s)`);

  // 2. Relationships (every node exists by now), sorted as the writer sorts them.
  let rels = 0;
  const claims: ClaimRow[] = [];
  const [, relsS] = await timed(async () => {
    let pending: RelationshipRow[] = [];
    const flush = async () => {
      pending.sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
      await write('bench:relationships', upsertRelationships(pending, true));
      rels += pending.length;
      if (rels % (o.batchSize * 20) < o.batchSize * 2) log(`  relationships: ${rels}`);
      pending = [];
    };
    for (const batch of batchesOf(world, o.batchSize, false)) {
      const plan = planBatch(batch);
      claims.push(...plan.claims);
      for (const r of plan.relationships) {
        pending.push(r);
        if (pending.length >= o.batchSize * 2) await flush();
      }
    }
    if (pending.length) await flush();
  });
  log(`${rels} relationships written in ${relsS.toFixed(1)} s (${Math.round(rels / relsS)}/s)`);

  // 3. Casualty claims, then the reconciled figures on their events.
  const [, claimsS] = await timed(async () => {
    for (const c of chunks(claims, o.batchSize)) await write('bench:claims', upsertClaims(c));
    for (const c of chunks(reconciledRows(claims, world.published), o.batchSize)) await write('bench:reconciled', writeReconciled(c));
  });
  log(`${claims.length} casualty claims written and reconciled in ${claimsS.toFixed(1)} s`);

  // 4. Event locations: the coordinates of the event's place (the writer's own statement).
  const [, locationsS] = await timed(async () => {
    for (const c of chunks(world.events.map((e) => e.id), o.batchSize)) await write('bench:locations', setEventLocations(c));
  });
  log(`event locations set in ${locationsS.toFixed(1)} s`);

  // 5. As after any bulk load: fresh index statistics, and no query plan left over from the
  // graph as it was before (a plan made for an empty graph may scan what an index should seek).
  await graph.readTx(async (tx) => {
    await tx.run({ cypher: 'CALL db.resampleOutdatedIndexes()', params: {} });
    await tx.run({ cypher: 'CALL db.clearQueryCaches()', params: {} });
  }, { tag: 'bench:statistics' });

  const counts = await countGraph(graph);
  const total = (performance.now() - started) / 1000;
  return {
    scale: o.scale,
    seed: o.seed,
    batchSize: o.batchSize,
    generated: {
      places: world.counts.places,
      actors: world.counts.actors,
      events: world.events.length,
      statements: world.statements.length,
      articles: world.articles.length,
      claims: claims.length,
      relationships: rels,
    },
    seconds: {
      generate: round1(generateS), migrate: round1(migrateS), reference: round1(referenceS), nodes: round1(nodesS),
      relationships: round1(relsS), claims: round1(claimsS), locations: round1(locationsS), total: round1(total),
    },
    counts,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------
// CLI

async function main(): Promise<void> {
  const { values } = parseCommand({
    name: 'bench:generate',
    usage: 'npx tsx bench/api/generate.ts [options]',
    description: `Generates the API benchmark's deterministic graph (at --scale 1: 200,000 events, 20,000 places,
2,000 actors, 50,000 statements, 100,000 articles) and loads it through the product's own writer
code into a Neo4j: --uri (or BENCH_NEO4J_URI), else a local Neo4j in --data-dir.`,
    options: {
      scale: { type: 'string', value: 'X', default: '0.05', parse: positive, description: 'graph size (1 = 200,000 events)' },
      seed: { type: 'string', value: 'N', default: String(DEFAULT_GENERATE.seed), parse: count(0), description: 'the same seed and scale always give the same graph' },
      'batch-size': { type: 'string', value: 'N', default: String(DEFAULT_GENERATE.batchSize), parse: count(1), description: 'rows per write transaction' },
      uri: { type: 'string', value: 'BOLT_URI', description: 'load into this running Neo4j (default: BENCH_NEO4J_URI, else a local one)' },
      'data-dir': { type: 'string', value: 'DIR', description: 'home of the local Neo4j (default: a folder under the system temp dir)' },
      heap: { type: 'string', value: 'SIZE', default: '3g', parse: memorySize, description: 'local Neo4j JVM heap' },
      'page-cache': { type: 'string', value: 'SIZE', default: '2g', parse: memorySize, description: 'local Neo4j page cache' },
    },
    examples: ['npx tsx bench/api/generate.ts --scale 0.05', 'npx tsx bench/api/generate.ts --scale 1 --data-dir .data/bench'],
  });
  const log = (m: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
  let uri = values.uri ?? process.env.BENCH_NEO4J_URI;
  let local: Awaited<ReturnType<typeof startLocalNeo4j>> | null = null;
  let dataDir: string | null = null;
  if (!uri) {
    dataDir = values['data-dir'] ?? path.join(os.tmpdir(), `bench-api-neo4j-${values.scale}`);
    local = await startLocalNeo4j({ dataDir, heap: values.heap, pageCache: values['page-cache'], log, startTimeoutMs: 600_000 });
    uri = local.uri;
  }
  const graph = new Graph({ uri, username: process.env.BENCH_NEO4J_USERNAME, password: process.env.BENCH_NEO4J_PASSWORD, defaultTimeoutMs: 900_000 });
  try {
    const report = await generateAndLoad(graph, { scale: Number(values.scale), seed: Number(values.seed), batchSize: Number(values['batch-size']), log });
    // run.ts --reuse DIR reads this back to report how the data was made.
    if (dataDir) await writeFile(path.join(dataDir, 'bench-load.json'), JSON.stringify(report, null, 2));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await graph.close();
    await local?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run('bench:generate', main);
}
