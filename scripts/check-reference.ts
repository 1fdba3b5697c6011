/**
 * Checks the reference entities in seed/reference/*.yaml.
 *
 *   npx tsx scripts/check-reference.ts [--strict] [dir]
 *
 * Errors (exit 1):
 *  - a file that is not YAML or does not match importBatchSchema (every issue: file, path, message);
 *  - duplicate ids across all files; an id whose prefix does not match its kind;
 *  - a reference (locatedIn, partOf, under, governs, seatedIn, basedIn, offices.of, memberOf,
 *    relationships from/to, and any event/statement/article reference) to an id no file defines,
 *    or from/to a node of a kind the relationship does not allow (taxonomy RELATIONSHIP_TYPES, which
 *    the writer enforces too);
 *  - a Place other than a COUNTRY without locatedIn; a cycle in LOCATED_IN or PART_OF.
 * Warnings (exit 0, or 1 with --strict):
 *  - a name or alias shared by two entities, unless they are a government and the country it governs;
 *  - an alias repeated within one entity, or equal to its own name, up to case and spacing;
 *  - a place whose parent has the same or a finer place type, a place without coordinates
 *    (except AREA), a place far from its parent, a place in Iraq outside Iraq's bounding box.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describeIssues, importBatchSchema, refId, type EntityInput, type ImportBatch, type RefInput } from '../src/import/format.js';
import { RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../src/domain/taxonomy.js';
import { parseCommand } from '../src/cli/args.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseCommand({
  name: 'check-reference',
  usage: 'npx tsx scripts/check-reference.ts [--strict] [DIR]',
  description: `Checks the reference files (*.yaml) of a folder: the import format, unique ids, references
that resolve to a node of an allowed kind, places with a parent and no cycles in the hierarchy
(errors, exit 1); shared names or aliases and doubtful places or coordinates (warnings).`,
  args: { DIR: 'folder of reference files (default: seed/reference)' },
  options: { strict: { type: 'boolean', description: 'exit 1 on warnings too' } },
  examples: ['npx tsx scripts/check-reference.ts', 'npx tsx scripts/check-reference.ts --strict seed/reference'],
});
const strict = values.strict;
const dir = path.resolve(positionals[0] ?? path.join(here, '..', 'seed', 'reference'));

const errors: string[] = [];
const warnings: string[] = [];
const error = (msg: string): void => void errors.push(msg);
const warn = (msg: string): void => void warnings.push(msg);

const PREFIX_KIND: Record<string, NodeKind> = {
  place: 'Place',
  gov: 'Government',
  force: 'Force',
  org: 'Organization',
  person: 'Person',
};

/** Coarse-to-fine rank of place types; AREA and SITE may sit anywhere. */
const PLACE_RANK: Record<string, number> = {
  COUNTRY: 0,
  REGION: 1,
  GOVERNORATE: 2,
  DISTRICT: 3,
  SUBDISTRICT: 4,
  CITY: 5,
  TOWN: 5,
  VILLAGE: 6,
};
/**
 * How far (km) a place may lie from the coordinates of a parent of this type before we warn. A district's
 * coordinates are its seat, and Iraq's desert districts (Rutba, Najaf, Salman, Samawah) reach 200+ km from
 * their seats, so the district limit only catches gross errors (swapped or mistyped coordinates).
 */
const MAX_KM_FROM_PARENT: Record<string, number> = { REGION: 250, GOVERNORATE: 200, DISTRICT: 250, SUBDISTRICT: 30 };
const IRAQ_BOX = { minLat: 29.0, maxLat: 37.4, minLon: 38.7, maxLon: 48.8 };

// ---------------------------------------------------------------- load and validate
interface Loaded {
  file: string;
  batch: ImportBatch;
}
const loaded: Loaded[] = [];
let files: string[] = [];
try {
  files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
} catch (e) {
  console.error(`cannot read ${dir}: ${(e as Error).message}`);
  process.exit(1);
}
if (files.length === 0) error(`${dir}: no .yaml files`);

for (const file of files) {
  const full = path.join(dir, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(full, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    error(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    continue;
  }
  const result = importBatchSchema.safeParse(raw ?? {});
  if (!result.success) {
    for (const line of describeIssues(result.error)) error(`${file}: ${describeLocation(raw, line)}`);
    continue;
  }
  loaded.push({ file, batch: result.data });
}

/** Adds the id of the entity an issue path points into, e.g. `entities.12 (place:x).location: ...`. */
function describeLocation(raw: unknown, line: string): string {
  const m = /^(entities|events|statements|articles)\.(\d+)(.*)$/s.exec(line);
  if (!m || typeof raw !== 'object' || raw === null) return line;
  const list = (raw as Record<string, unknown>)[m[1]!];
  const item = Array.isArray(list) ? (list[Number(m[2])] as Record<string, unknown> | undefined) : undefined;
  const id = item && typeof item.id === 'string' ? ` (${item.id})` : '';
  return `${m[1]}.${m[2]}${id}${m[3]}`;
}

// ---------------------------------------------------------------- index every node
interface NodeInfo {
  id: string;
  kind: NodeKind;
  file: string;
  entity?: EntityInput;
}
const nodes = new Map<string, NodeInfo>();
function define(id: string, kind: NodeKind, file: string, entity?: EntityInput): void {
  const prev = nodes.get(id);
  if (prev) {
    error(`${file}: duplicate id ${id} (first defined in ${prev.file})`);
    return;
  }
  nodes.set(id, { id, kind, file, ...(entity ? { entity } : {}) });
  const prefix = id.slice(0, id.indexOf(':'));
  const expected = PREFIX_KIND[prefix];
  if (entity && expected && expected !== kind) error(`${file}: ${id} is a ${kind} but its prefix "${prefix}:" is for ${expected}`);
  if (entity && !expected) warn(`${file}: ${id} has an unknown prefix "${prefix}:" (expected one of ${Object.keys(PREFIX_KIND).join(', ')})`);
}
for (const { file, batch } of loaded) {
  for (const e of batch.entities) define(e.id, e.kind, file, e);
  for (const a of batch.articles) define(a.id, 'Article', file);
  for (const ev of batch.events) define(ev.id, 'Event', file);
  for (const s of batch.statements) define(s.id, 'Statement', file);
}

// ---------------------------------------------------------------- references
function checkRef(file: string, fromId: string, fromKind: NodeKind, field: string, type: RelationshipType, ref: RefInput | string | undefined): void {
  if (ref === undefined) return;
  const target = typeof ref === 'string' ? ref : refId(ref);
  const node = nodes.get(target);
  if (!node) {
    error(`${file}: ${fromId}.${field} -> ${target}: no such id in ${path.relative(process.cwd(), dir) || dir}`);
    return;
  }
  const rule = RELATIONSHIP_TYPES[type];
  if (!(rule.from as readonly NodeKind[]).includes(fromKind)) {
    // The writer (src/db/writer.ts) rejects the whole batch for this, even when the import schema
    // offers the field (Government.partOf while RELATIONSHIP_TYPES.PART_OF.from lacks Government).
    error(`${file}: ${fromId}.${field}: ${type} does not allow a ${fromKind} as its source (taxonomy RELATIONSHIP_TYPES.${type}.from); the writer would reject the batch`);
  }
  if (!(rule.to as readonly NodeKind[]).includes(node.kind)) {
    error(`${file}: ${fromId}.${field} -> ${target}: ${type} cannot point to a ${node.kind} (allowed: ${rule.to.join(', ')})`);
  }
}

for (const { file, batch } of loaded) {
  for (const e of batch.entities) {
    const r = (field: string, type: RelationshipType, ref: RefInput | undefined): void => checkRef(file, e.id, e.kind, field, type, ref);
    switch (e.kind) {
      case 'Place':
        r('locatedIn', 'LOCATED_IN', e.locatedIn);
        if (!e.locatedIn && e.placeType !== 'COUNTRY') error(`${file}: ${e.id} is a ${e.placeType ?? 'Place without placeType'} but has no locatedIn`);
        if (!e.placeType) warn(`${file}: ${e.id} has no placeType`);
        if (!e.location && e.placeType !== 'AREA') warn(`${file}: ${e.id} has no location`);
        break;
      case 'Organization':
        r('partOf', 'PART_OF', e.partOf);
        r('basedIn', 'BASED_IN', e.basedIn);
        break;
      case 'Government':
        r('governs', 'GOVERNS', e.governs);
        r('seatedIn', 'SEATED_IN', e.seatedIn);
        r('partOf', 'PART_OF', e.partOf);
        break;
      case 'Force':
        e.under.forEach((u, i) => r(`under.${i}`, 'UNDER', u));
        r('partOf', 'PART_OF', e.partOf);
        r('basedIn', 'BASED_IN', e.basedIn);
        break;
      case 'Person':
        e.offices.forEach((o, i) => {
          r(`offices.${i}.of`, 'HOLDS_OFFICE', o.of);
          if (o.since && o.until && o.until < o.since) error(`${file}: ${e.id}.offices.${i}: until ${o.until} is before since ${o.since}`);
        });
        e.memberOf.forEach((m, i) => r(`memberOf.${i}`, 'MEMBER_OF', m));
        break;
    }
    e.sources.forEach((s, i) => checkArticle(file, `${e.id}.sources.${i}`, s.article));
  }
  for (const a of batch.articles) checkRef(file, a.id, 'Organization', 'publisher', 'PUBLISHED', a.publisher);
  for (const ev of batch.events) {
    checkRef(file, ev.id, 'Event', 'place', 'OCCURRED_IN', ev.place);
    ev.targets.forEach((t, i) => checkRef(file, ev.id, 'Event', `targets.${i}`, 'TARGETED', t));
    ev.perpetrators.forEach((p, i) => {
      const id = refId(p);
      const node = nodes.get(id);
      if (!node) error(`${file}: ${ev.id}.perpetrators.${i} -> ${id}: no such id`);
      else if (!(RELATIONSHIP_TYPES.PERPETRATED.from as readonly NodeKind[]).includes(node.kind)) error(`${file}: ${ev.id}.perpetrators.${i} -> ${id}: a ${node.kind} cannot perpetrate`);
    });
    ev.casualties.forEach((c, i) => {
      if (c.actor && !nodes.has(c.actor)) error(`${file}: ${ev.id}.casualties.${i}.actor -> ${c.actor}: no such id`);
      if (c.source) checkArticle(file, `${ev.id}.casualties.${i}.source`, c.source.article);
    });
    ev.sources.forEach((s, i) => checkArticle(file, `${ev.id}.sources.${i}`, s.article));
  }
  for (const s of batch.statements) {
    const speaker = nodes.get(refId(s.speaker));
    if (!speaker) error(`${file}: ${s.id}.speaker -> ${refId(s.speaker)}: no such id`);
    else if (!(RELATIONSHIP_TYPES.MADE.from as readonly NodeKind[]).includes(speaker.kind)) error(`${file}: ${s.id}.speaker: a ${speaker.kind} cannot make a statement`);
    s.about.forEach((a, i) => checkRef(file, s.id, 'Statement', `about.${i}`, 'ABOUT', a));
    s.toward.forEach((t, i) => checkRef(file, s.id, 'Statement', `toward.${i}`, 'TOWARD', t));
    s.sources.forEach((src, i) => checkArticle(file, `${s.id}.sources.${i}`, src.article));
  }
  batch.relationships.forEach((rel, i) => {
    const from = nodes.get(rel.from);
    const label = `relationships.${i} (${rel.from} ${rel.type} ${rel.to})`;
    if (!from) {
      error(`${file}: ${label}: no such id ${rel.from}`);
      if (!nodes.has(rel.to)) error(`${file}: ${label}: no such id ${rel.to}`);
      return;
    }
    checkRef(file, label, from.kind, 'to', rel.type as RelationshipType, rel.to);
    if (rel.source) checkArticle(file, `${label}.source`, rel.source.article);
  });
}

function checkArticle(file: string, where: string, id: string): void {
  const node = nodes.get(id);
  if (!node) error(`${file}: ${where}: article ${id} is not defined`);
  else if (node.kind !== 'Article') error(`${file}: ${where}: ${id} is a ${node.kind}, not an Article`);
}

// ---------------------------------------------------------------- cycles (LOCATED_IN, PART_OF)
function checkCycles(label: string, parentOf: (e: EntityInput) => string | undefined): void {
  const reported = new Set<string>();
  for (const node of nodes.values()) {
    if (!node.entity) continue;
    const seen: string[] = [];
    let cur: NodeInfo | undefined = node;
    while (cur?.entity) {
      const at = seen.indexOf(cur.id);
      if (at >= 0) {
        const cycle = seen.slice(at);
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          error(`${label} cycle: ${[...cycle, cur.id].join(' -> ')}`);
        }
        break;
      }
      seen.push(cur.id);
      const parent = parentOf(cur.entity);
      cur = parent ? nodes.get(parent) : undefined;
    }
  }
}
checkCycles('LOCATED_IN', (e) => (e.kind === 'Place' && e.locatedIn ? refId(e.locatedIn) : undefined));
checkCycles('PART_OF', (e) => ('partOf' in e && e.partOf ? refId(e.partOf) : undefined));

// ---------------------------------------------------------------- place hierarchy and geography
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
function placeOf(id: string | undefined): Extract<EntityInput, { kind: 'Place' }> | undefined {
  const e = id ? nodes.get(id)?.entity : undefined;
  return e?.kind === 'Place' ? e : undefined;
}
function ancestors(place: Extract<EntityInput, { kind: 'Place' }>): string[] {
  const out: string[] = [];
  let cur = place.locatedIn ? refId(place.locatedIn) : undefined;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    const p = placeOf(cur);
    cur = p?.locatedIn ? refId(p.locatedIn) : undefined;
  }
  return out;
}
for (const node of nodes.values()) {
  const place = node.entity?.kind === 'Place' ? node.entity : undefined;
  if (!place) continue;
  const parent = placeOf(place.locatedIn ? refId(place.locatedIn) : undefined);
  if (parent) {
    const childRank = place.placeType ? PLACE_RANK[place.placeType] : undefined;
    const parentRank = parent.placeType ? PLACE_RANK[parent.placeType] : undefined;
    if (childRank !== undefined && parentRank !== undefined && parentRank >= childRank) {
      warn(`${node.file}: ${place.id} (${place.placeType}) is located in ${parent.id} (${parent.placeType}), which is not a coarser place type`);
    }
    const limit = parent.placeType ? MAX_KM_FROM_PARENT[parent.placeType] : undefined;
    if (limit && place.location && parent.location) {
      const d = km(place.location, parent.location);
      if (d > limit) warn(`${node.file}: ${place.id} is ${d.toFixed(0)} km from its parent ${parent.id} (more than ${limit} km for a ${parent.placeType})`);
    }
  }
  if (place.location && place.id !== 'place:iraq' && ancestors(place).includes('place:iraq')) {
    const { latitude: lat, longitude: lon } = place.location;
    if (lat < IRAQ_BOX.minLat || lat > IRAQ_BOX.maxLat || lon < IRAQ_BOX.minLon || lon > IRAQ_BOX.maxLon) {
      warn(`${node.file}: ${place.id} is in Iraq but its coordinates (${lat}, ${lon}) lie outside Iraq's bounding box`);
    }
  }
}

// ---------------------------------------------------------------- names and aliases
/** Folds case and spacing only: two labels equal under it are redundant within one entity. */
function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
/** Folds case, diacritics, apostrophes, hyphens and spacing, as a lenient matcher would. */
function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`ʼ']/g, '')
    .replace(/[-–—_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const owners = new Map<string, Map<string, string>>(); // normalized -> entity id -> surface form
for (const node of nodes.values()) {
  const e = node.entity;
  if (!e) continue;
  const own = new Map<string, string>();
  for (const label of [e.name, ...e.aliases]) {
    const folded = fold(label);
    const prev = own.get(folded);
    if (prev !== undefined) {
      warn(`${node.file}: ${e.id}: alias "${label}" repeats "${prev}" (differs only in case or spacing)`);
      continue;
    }
    own.set(folded, label);
    // Spelling variants of one entity ("Daesh", "Da'esh") are kept: the matcher may be exact.
    const key = normalize(label);
    if (!key) continue;
    const byEntity = owners.get(key) ?? new Map<string, string>();
    if (!byEntity.has(e.id)) byEntity.set(e.id, label);
    owners.set(key, byEntity);
  }
}
/** A government and the country it governs may share names ("Bahrain"). */
function isCountryPair(a: string, b: string): boolean {
  const [ea, eb] = [nodes.get(a)?.entity, nodes.get(b)?.entity];
  const pair = (g: EntityInput | undefined, p: EntityInput | undefined): boolean =>
    g?.kind === 'Government' && p?.kind === 'Place' && p.placeType === 'COUNTRY' && g.governs !== undefined && refId(g.governs) === p.id;
  return pair(ea, eb) || pair(eb, ea);
}
for (const byEntity of owners.values()) {
  if (byEntity.size < 2) continue;
  const ids = [...byEntity.keys()];
  const allowed = ids.length === 2 && isCountryPair(ids[0]!, ids[1]!);
  if (allowed) continue;
  warn(`alias collision: ${ids.map((id) => `${id} "${byEntity.get(id)}" (${nodes.get(id)?.file})`).join(' / ')}`);
}

// ---------------------------------------------------------------- report
const counts = new Map<string, number>();
for (const node of nodes.values()) {
  const key = node.entity?.kind === 'Place' ? `Place/${node.entity.placeType ?? '?'}` : node.kind;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const kinds = new Map<string, number>();
for (const node of nodes.values()) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
const relationshipCount = loaded.reduce((n, l) => n + l.batch.relationships.length, 0);

for (const w of warnings) console.warn(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
console.log(
  `${files.length} file(s), ${nodes.size} node(s): ` +
    [...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', ') +
    `; places by type: ` +
    [...counts.entries()]
      .filter(([k]) => k.startsWith('Place/'))
      .map(([k, n]) => `${k.slice(6)} ${n}`)
      .join(', ') +
    `; ${relationshipCount} explicit relationship(s)`,
);
console.log(`${errors.length} error(s), ${warnings.length} warning(s)`);
process.exit(errors.length > 0 || (strict && warnings.length > 0) ? 1 : 0);
