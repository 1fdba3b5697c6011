/**
 * Whether two reports describe the same real incident: the decision the writer takes when an
 * article's event may join an event another article already reported (mergeWithExisting), and
 * the one the quality scorer replays to judge cross-outlet merges. Pure: the writer fetches the
 * candidates and their places' ancestry, this module decides.
 *
 * Outlets disagree on details, so no single field decides alone:
 * - place: the same place, one inside the other, or two spellings of one name under the same
 *   parent or in the same district ("Tal Dhahab" / "Tal al-Dhahab", "Makhmour" / "Makhmur") agree;
 *   so do the city a province is named after and a place of that province, for the same kind on the same day ("in
 *   Kirkuk" / a village of Hawija district), and a mountain or a valley of a district and a village of that district; two different places
 *   of which neither contains the other are two incidents;
 * - date: a day apart is one incident (late-night attacks and time zones), two days only when the
 *   rest agrees closely (one outlet counting from the report, the other from the attack); two kinds on two days
 *   only at the same place (a village's abduction on Monday, an attack inside its sub-district on Tuesday, are two);
 * - kind: the same ACLED event type, or two kinds of violence one outlet may call "an attack" and
 *   another "a bombing" (battles, explosions, violence against civilians), when the place agrees;
 * - actors: named perpetrators that do not overlap are two incidents, unless they serve one
 *   foreign government (the Turkish Air Force and Turkey's defence ministry, the IRGC and Iran's
 *   army: outlets name the branch, the army or the ministry that announced it for one strike), or
 *   all else agrees closely for two non-state groups (the one that claimed it, the one officials blame);
 * - figures: may differ (they are reconciled, not compared), unless they are of another order of
 *   magnitude on both sides and the rest does not agree closely (a toll that rose overnight, or one
 *   counting the attackers, at one place with the same side named or hit); a large toll nearly
 *   equal on both sides stands in for a place one report does not give.
 */
import { refId, type EventInput, type ImportBatch } from '../import/format.js';
import { eventTypeOf, type SubEventType } from './taxonomy.js';

export interface IncidentReport {
  id: string;
  subEventType: SubEventType;
  date: string;
  datePrecision?: string | null;
  /** The event's place first, then its ancestors innermost first (empty when no place). */
  placeChain: string[];
  /** Names and aliases of the event's own place, as written (spellings are compared). */
  placeNames?: string[];
  placeType?: string | null;
  perpetrators?: string[];
  /** The governments the armed perpetrators serve away from home (foreignSides). */
  perpetratorSides?: string[];
  targets?: string[];
  killed?: number | null;
  injured?: number | null;
}

export interface IncidentMatch {
  id: string;
  score: number;
}

const VIOLENT = new Set(['BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE', 'VIOLENCE_AGAINST_CIVILIANS']);
/** Violence done to persons by hand: no other outlet reports it as a bombing. */
const PERSONAL = new Set<string>(['ABDUCTION_FORCED_DISAPPEARANCE', 'SEXUAL_VIOLENCE']);

/** Place types too broad to tell two incidents apart by place alone. */
const BROAD = new Set(['COUNTRY', 'REGION', 'GOVERNORATE']);
/** Ids of places that broad (a province, the Kurdistan Region, the country): a place right under one is placed no closer. */
const REGION_ID = /^place:(?:.*-governorate|kurdistan-region|iraq)$/;

function day(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** The days a dated report may stand for: a week or month report covers its whole period. */
function period(date: string, precision: string | null | undefined): [number, number] {
  const d = day(date);
  switch ((precision ?? 'DAY').toUpperCase()) {
    case 'WEEK':
      return [d, d + 6];
    case 'MONTH': {
      const [y, m] = date.split('-').map(Number) as [number, number];
      return [d, Math.round(Date.UTC(y, m, 0) / 86_400_000)];
    }
    case 'YEAR':
      return [d, d + 364];
    default:
      return [d, d];
  }
}

/** Days between two reports' periods (0 when they overlap). */
export function dateGap(a: Pick<IncidentReport, 'date' | 'datePrecision'>, b: Pick<IncidentReport, 'date' | 'datePrecision'>): number {
  const p = period(a.date, a.datePrecision);
  const q = period(b.date, b.datePrecision);
  if (p[1] < q[0]) return q[0] - p[1];
  if (q[1] < p[0]) return p[0] - q[1];
  return 0;
}

/**
 * A spelling-insensitive key of a place name: accents, case, the Arabic article (al-, el-, ad-,
 * ...), hyphens, spaces, vowels after the first letter and doubled letters dropped, and the common
 * transliteration pairs folded (ou/u/o, ei/ai/ay, dh/z, q/k, g/k (the Kurdish g Arabic writes k), zh/j (the Kurdish zh Hawar writes j), p/b, v/w/f (Zorava/Zorawa), "mb"/"nb" as in
 * Zambur/Zanbur), and a final t of a longer word (Khirbat/Kharab, the Arabic feminine ending).
 */
export function nameSkeleton(name: string): string {
  let key = skeletons.get(name);
  if (key === undefined) {
    // Names repeat (an import looks up each row's country, governorate and district): computed once each.
    if (skeletons.size >= 50_000) skeletons.clear();
    skeletons.set(name, (key = skeletonOf(name)));
  }
  return key;
}
const skeletons = new Map<string, string>();

function skeletonOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/\b(?:al|el|ad|ar|as|ash|at|az|an|ul)[- ]/g, ' ')
    .replace(/\b(?:village|town|city|district|sub-?district|nahiya|qadha|province|governorate|area|region|camp)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) =>
      w
        .replace(/zh/g, 'j')
        .replace(/dh/g, 'z')
        .replace(/q/g, 'k')
        .replace(/kh/g, 'x')
        .replace(/g/g, 'k')
        .replace(/p/g, 'b')
        .replace(/[vw]/g, 'f')
        .replace(/(?!^)[aeiouy]/g, '')
        .replace(/mb/g, 'nb')
        .replace(/(.)\1+/g, '$1')
        .replace(/(?<=^[^aeiouy]{3,})t$/, '')
        .replace(/^[aeiouy]/, 'a'),
    )
    .join('');
}

type PlaceRelation = 'same' | 'nested' | 'variant' | 'unplaced' | 'districtTown' | 'provinceCity' | 'districtArea' | 'unknown' | 'different';

/** How two reports' places relate (see the module header). */
export function placeRelation(a: IncidentReport, b: IncidentReport): { relation: PlaceRelation; broad: boolean } {
  const pa = a.placeChain[0];
  const pb = b.placeChain[0];
  if (!pa || !pb) return { relation: 'unknown', broad: true };
  const broad = BROAD.has((a.placeType ?? '').toUpperCase()) || BROAD.has((b.placeType ?? '').toUpperCase());
  if (pa === pb) return { relation: 'same', broad };
  if (a.placeChain.includes(pb) || b.placeChain.includes(pa)) return { relation: 'nested', broad };
  // Two spellings of one name: the same skeleton, and parents that agree (or are not known).
  const sa = new Set((a.placeNames ?? []).map(nameSkeleton).filter(Boolean));
  const sameName = (b.placeNames ?? []).map(nameSkeleton).some((s) => sa.has(s));
  if (sameName) {
    const parentA = a.placeChain[1];
    const parentB = b.placeChain[1];
    // ... or the same district above both (a village told under a mountain range by one outlet, under its sub-district by the other).
    const district = a.placeChain.slice(1).find((p) => /-district$/.test(p) && !/-subdistrict$/.test(p));
    const sameDistrict = !!district && b.placeChain.slice(1).includes(district);
    const parentsAgree = !parentA || !parentB || parentA === parentB || a.placeChain.includes(parentB) || b.placeChain.includes(parentA) || sameDistrict;
    if (parentsAgree) return { relation: 'variant', broad };
    // ... or parents that disagree where the two reports do not agree on what kind of place the name is either ("al-Wasiti
    // neighborhood in southern Kirkuk" / "the Wasiti district in the south of the city": one outlet's quarter read as a district
    // and filed under the wrong parent), when the kind of incident, the day and the toll agree too. (Two villages of one name
    // in two districts stay two places.)
    if (a.subEventType === b.subEventType && dateGap(a, b) === 0 && sameCount(a, b) && (a.placeType ?? '').toUpperCase() !== (b.placeType ?? '').toUpperCase()) return { relation: 'variant', broad };
  }
  // A place whose position nobody knows (a new name without a parent) may lie inside the other; so may a village, town, site or
  // area known only to lie in a province (or the region, or the country) the other lies in too: "a village in Erbil province"
  // may be one of Koya's. A district or a city right under its province is placed completely: it lies in no other district.
  const minor = (type: string | null | undefined) => ['VILLAGE', 'TOWN', 'SITE', 'AREA'].includes((type ?? '').toUpperCase()) || !type;
  const unplaced = (chain: string[], type: string | null | undefined, other: string[]) =>
    !BROAD.has((type ?? '').toUpperCase()) && (chain.length === 1 || (minor(type) && chain.length > 1 && REGION_ID.test(chain[1]!) && other.includes(chain[1]!)));
  // Two villages (or sites) of other names are two places, wherever either lies; unless one is not
  // placed yet and both give the same toll of three or more (one outlet naming the area, the other the village).
  const point = (r: IncidentReport) => ['VILLAGE', 'SITE'].includes((r.placeType ?? '').toUpperCase());
  const sameToll = !!a.killed && a.killed >= 3 && a.killed === b.killed;
  if (point(a) && point(b) && !(sameToll && (unplaced(a.placeChain, a.placeType, b.placeChain) || unplaced(b.placeChain, b.placeType, a.placeChain)))) return { relation: 'different', broad };
  if (unplaced(a.placeChain, a.placeType, b.placeChain) || unplaced(b.placeChain, b.placeType, a.placeChain)) return { relation: 'unplaced', broad };
  // A sub-district and a village of the same district whose sub-district is not recorded: it may lie inside.
  const subdistrict = (r: IncidentReport) => (r.placeType ?? '').toUpperCase() === 'SUBDISTRICT';
  const [sub, other] = subdistrict(a) && minor(b.placeType) ? [a, b] : subdistrict(b) && minor(a.placeType) ? [b, a] : [null, null];
  if (sub && other && sub.placeChain[1] && other.placeChain.includes(sub.placeChain[1]) && !other.placeChain.some((p) => p !== sub.placeChain[0] && p.endsWith('-subdistrict'))) {
    return { relation: 'unplaced', broad };
  }
  // The city a province is named after and another place of that province ("Kirkuk" / a village of Hawija district): one
  // outlet names the province by its city. (Before the district's town: Kirkuk is also the town of Kirkuk district, and a
  // place of its own district is no further from "in Kirkuk" than one of Hawija's.)
  if (provinceCity(a, b) || provinceCity(b, a)) return { relation: 'provinceCity', broad };
  // The town a district is named after and another place of that district ("Amedi" / a village of Amedi district, "Sinjar" /
  // Mount Sinjar): one outlet names the district's town for a place of its district.
  if (districtTown(a, b) || districtTown(b, a)) return { relation: 'districtTown', broad };
  // A mountain, a valley or a desert of a district and a village of that district ("in Qarachogh" / a village on its slopes).
  if (districtArea(a, b) || districtArea(b, a)) return { relation: 'districtArea', broad };
  return { relation: 'different', broad };
}

/** The same toll on both sides: as many dead (one or more), or as many wounded where neither gives a dead. */
function sameCount(a: IncidentReport, b: IncidentReport): boolean {
  if (a.killed || b.killed) return !!a.killed && a.killed === b.killed;
  return !!a.injured && a.injured === b.injured;
}

/** `area` is an area (a mountain, a valley, a desert) right under a district, and `other` lies elsewhere in that district. */
function districtArea(area: IncidentReport, other: IncidentReport): boolean {
  const district = area.placeChain[1];
  if ((area.placeType ?? '').toUpperCase() !== 'AREA' || !district || !/-district$/.test(district) || /-subdistrict$/.test(district)) return false;
  return other.placeChain.indexOf(district) > 0;
}

/** `city` is a city of the name of its province, and `other` lies elsewhere in that province. */
function provinceCity(city: IncidentReport, other: IncidentReport): boolean {
  if ((city.placeType ?? '').toUpperCase() !== 'CITY') return false;
  const province = city.placeChain.slice(1).find((p) => /-governorate$/.test(p));
  if (!province || other.placeChain.indexOf(province) <= 0) return false;
  const name = nameSkeleton(province.replace(/^place:/, '').replace(/-governorate$/, ''));
  return (city.placeNames ?? []).some((n) => nameSkeleton(n) === name);
}

/**
 * `town` is a town or city right under a district (its seat), or right under the district's central sub-district (the markaz,
 * which holds the seat: Qaladiza in Markaz Pshdar), and `other` lies elsewhere in that district.
 */
function districtTown(town: IncidentReport, other: IncidentReport): boolean {
  const district = /-center-subdistrict$/.test(town.placeChain[1] ?? '') ? town.placeChain[2] : town.placeChain[1];
  if (!['TOWN', 'CITY'].includes((town.placeType ?? '').toUpperCase()) || !district || !/-district$/.test(district) || /-subdistrict$/.test(district)) return false;
  return other.placeChain.indexOf(district) > 0;
}

/** Armed actors (organizations, forces): the sides that tell two incidents apart; a government or person named as perpetrator is too loose a reading to. */
const ARMED_ID = /^(?:org|force):/;

function overlaps(a: string[] | undefined, b: string[] | undefined, armedOnly = false): 'both-empty' | 'one-empty' | 'overlap' | 'disjoint' {
  const x = (a ?? []).filter((id) => !armedOnly || ARMED_ID.test(id));
  const y = (b ?? []).filter((id) => !armedOnly || ARMED_ID.test(id));
  if (!x.length && !y.length) return 'both-empty';
  if (!x.length || !y.length) return 'one-empty';
  return x.some((id) => y.includes(id)) ? 'overlap' : 'disjoint';
}

/**
 * The side an actor fights for: the government it serves, the nearest along PART_OF / UNDER
 * ("Turkish Air Force" -> gov:turkey), and the places that government, or one it is part of,
 * governs (its home ground).
 */
export interface ActorSide {
  actor: string;
  side: string | null;
  home: string[];
}

/** An actor's side from the PART_OF / UNDER parents and the GOVERNS places of the bodies (the scorer's reading of the reference; the writer asks the graph). */
export function actorSide(actor: string, parents: (id: string) => readonly string[], governs: (gov: string) => readonly string[]): ActorSide {
  const seen = new Set([actor]);
  let frontier = [actor];
  let side: string | null = null;
  for (let depth = 0; depth < 6 && frontier.length && !side; depth++) {
    const next: string[] = [];
    for (const at of frontier) for (const p of parents(at)) if (!seen.has(p)) seen.add(p), next.push(p);
    side = next.find((id) => id.startsWith('gov:')) ?? null;
    frontier = next;
  }
  const home: string[] = [];
  for (let gov = side, n = 0; gov && n < 4; gov = parents(gov).find((id) => id.startsWith('gov:')) ?? null, n++) home.push(...governs(gov));
  return { actor, side, home };
}

/**
 * The governments a report's armed perpetrators serve away from their home ground (for
 * IncidentReport.perpetratorSides): abroad, a state's branches and its ministry are one side;
 * at home its agencies run operations of their own.
 */
export function foreignSides(sides: readonly ActorSide[], placeChain: readonly string[]): string[] {
  return [...new Set(sides.filter((s) => s.side && ARMED_ID.test(s.actor) && !s.home.some((h) => placeChain.includes(h))).map((s) => s.side!))];
}

/** As `overlaps` for armed perpetrators, where two that differ but serve one government are `sameSide`. */
function perpetratorRelation(a: IncidentReport, b: IncidentReport): ReturnType<typeof overlaps> | 'sameSide' {
  const relation = overlaps(a.perpetrators, b.perpetrators, true);
  if (relation !== 'disjoint') return relation;
  const sides = new Set(a.perpetratorSides ?? []);
  return (b.perpetratorSides ?? []).some((s) => sides.has(s)) ? 'sameSide' : 'disjoint';
}

/** As many dead on both sides, or as many wounded, one or more: a detail two reports of one incident share. */
function identicalCount(a: IncidentReport, b: IncidentReport): boolean {
  return (!!a.killed && a.killed === b.killed) || (!!a.injured && a.injured === b.injured);
}

/** Tolls of five or more dead that differ by a fifth at most (14 and 15): a count that tells an incident apart. */
function sameToll(a: IncidentReport, b: IncidentReport): boolean {
  const [x, y] = [a.killed ?? 0, b.killed ?? 0];
  return Math.min(x, y) >= 5 && Math.abs(x - y) <= Math.max(x, y) / 5;
}

/** Dead and wounded both given on both sides, five or more each, each within a quarter of the other (11 and 14 dead, 32 and 38 wounded). */
function bothTollsClose(a: IncidentReport, b: IncidentReport): boolean {
  const close = (x?: number | null, y?: number | null) => !!x && !!y && Math.min(x, y) >= 5 && Math.abs(x - y) <= Math.max(x, y) / 4;
  return close(a.killed, b.killed) && close(a.injured, b.injured);
}

/** Figures of another order of magnitude (3 killed against 40) on a count both sides give. */
function figuresConflict(a: IncidentReport, b: IncidentReport): boolean {
  const far = (x?: number | null, y?: number | null) => !!x && !!y && Math.max(x, y) >= 10 && Math.max(x, y) > 4 * Math.max(1, Math.min(x, y));
  return far(a.killed, b.killed);
}

/**
 * How strongly two reports look like one incident: 0 when they are two incidents, otherwise a
 * score (higher is closer) for choosing among several candidates.
 */
export function incidentScore(a: IncidentReport, b: IncidentReport): number {
  const familyA = eventTypeOf(a.subEventType);
  const familyB = eventTypeOf(b.subEventType);
  const sameFamily = familyA === familyB;
  if (!sameFamily && !(VIOLENT.has(familyA) && VIOLENT.has(familyB))) return 0;
  // An abduction or a rape is no outlet's word for a bombing or a strike: those two kinds of violence never tell one incident.
  if (!sameFamily && (PERSONAL.has(a.subEventType) || PERSONAL.has(b.subEventType)) && (familyA === 'EXPLOSIONS_REMOTE_VIOLENCE' || familyB === 'EXPLOSIONS_REMOTE_VIOLENCE')) return 0;
  const sameType = a.subEventType === b.subEventType;

  const gap = dateGap(a, b);
  if (gap > 2) return 0;
  // Protests are told day by day: a protest met with force one day and a march the next are two, even in one square.
  if (familyA === 'PROTESTS' && familyB === 'PROTESTS' && gap > 0 && a.subEventType !== b.subEventType) return 0;

  const { relation, broad } = placeRelation(a, b);
  if (relation === 'different') return 0;
  const perps = perpetratorRelation(a, b);
  // Outlets differ on which group did it (a front group's claim, the group officials blame): two non-state groups named part
  // two reports, unless all else agrees: the same kind on the same day at one place (or one inside the other, not a province)
  // with the same count of dead or wounded. (A state's force and a group are not confused: those stay apart.)
  const groupsOnly = (r: IncidentReport) => (r.perpetrators ?? []).filter((id) => ARMED_ID.test(id)).every((id) => id.startsWith('org:'));
  const attributionOnly =
    groupsOnly(a) && groupsOnly(b) && a.subEventType === b.subEventType && dateGap(a, b) === 0 && (relation === 'same' || relation === 'variant' || (relation === 'nested' && !broad)) && identicalCount(a, b);
  if (perps === 'disjoint' && !attributionOnly) return 0;
  const targets = overlaps(a.targets, b.targets);
  const exactPlace = relation === 'same' || relation === 'variant';

  // Another kind of violence, or two days apart: only where the place itself agrees.
  if (!sameFamily && !(exactPlace || (relation === 'nested' && !broad && gap === 0))) return 0;
  if (relation === 'unplaced' && !sameFamily) return 0;
  // Two kinds on two days ("abducted a farmer" on Monday, "attacked the village" on Tuesday) are one incident only where the place itself agrees.
  if (!sameType && gap > 0 && !exactPlace) return 0;
  if (gap === 2 && !(exactPlace && sameFamily && perps !== 'one-empty')) return 0;
  // No place on one side: the kind, the day and the actors must all agree (or, where one report names no actor, a toll
  // too large to be chance: five or more dead, within a fifth of each other).
  // (Or, where neither names one, both tolls, dead and wounded, of five or more each within a quarter: a toll revised the next day.)
  if (relation === 'unknown' && !(sameType && gap === 0 && (perps === 'overlap' || (perps === 'one-empty' && sameToll(a, b)) || bothTollsClose(a, b)))) return 0;
  // A place not yet placed in the hierarchy: the same kind, a day apart at most, no conflicting actor ...
  if (relation === 'unplaced' && !(sameType && gap <= 1)) return 0;
  // ... and a day apart, only with the same armed side named (a new quarter's bomb on Monday and a sub-district's on Tuesday are two).
  if (relation === 'unplaced' && gap === 1 && perps !== 'overlap' && perps !== 'sameSide') return 0;
  // A district's town for a place of its district: the same kind on the same day, and the same armed side or the same toll.
  if (relation === 'districtTown' && !(sameType && gap === 0 && (perps === 'overlap' || perps === 'sameSide' || (!!a.killed && a.killed === b.killed)))) return 0;
  // A province's city for a place of its province: the same kind on the same day, no actor conflict.
  if ((relation === 'provinceCity' || relation === 'districtArea') && !(sameType && gap === 0)) return 0;
  // A place as broad as a province says little: on the same day, the same kind, no actor conflict.
  if (relation === 'nested' && broad && !(sameFamily && gap <= 1 && (sameType || perps === 'overlap'))) return 0;
  // Figures of another order of magnitude are two incidents, unless the rest agrees closely: the same place, kind and day; the
  // same place and day with the same armed side named (one toll counting the attackers too, or revised through the day); or
  // one place inside the other, the same kind a day apart at most, with a side hit in common (a toll that rose overnight).
  if (
    figuresConflict(a, b) &&
    !(exactPlace && sameType && gap === 0) &&
    !(exactPlace && gap === 0 && perps === 'overlap') &&
    !(relation === 'nested' && !broad && sameType && gap <= 1 && targets === 'overlap')
  )
    return 0;

  let score = 1;
  score += exactPlace ? 4 : relation === 'nested' ? (broad ? 1 : 2.5) : relation === 'unplaced' || relation === 'districtTown' || relation === 'provinceCity' || relation === 'districtArea' ? 0.5 : 0;
  // The day weighs more than the sides hit (outlets name the victims each their own way: "US troops" / "Iraqi forces" at one
  // base), so of two incidents of one place a day apart, the one of the same day wins; an identical count of dead or wounded
  // counts too.
  score += gap === 0 ? 3 : gap === 1 ? 1 : 0;
  score += sameType ? 2 : sameFamily ? 1 : 0;
  score += perps === 'overlap' ? 2 : perps === 'sameSide' ? 1 : perps === 'both-empty' ? 0.5 : 0;
  score += targets === 'overlap' ? 0.5 : targets === 'disjoint' ? -0.5 : 0;
  score += identicalCount(a, b) ? 1 : 0;
  return Math.max(score, 0.1);
}

/** The candidate that reports the same incident as `incoming`, best first; null when none does. */
export function bestIncidentMatch(incoming: IncidentReport, candidates: IncidentReport[]): IncidentMatch | null {
  let best: IncidentMatch | null = null;
  for (const c of candidates) {
    if (c.id === incoming.id) continue;
    const score = incidentScore(incoming, c);
    if (score > 0 && (!best || score > best.score || (score === best.score && c.id < best.id))) best = { id: c.id, score };
  }
  return best;
}

/** An incoming event as a report, with its place chain as far as its own batch tells it. */
export interface IncomingReport {
  report: IncidentReport;
  /** The last place of the batch's chain: its stored ancestry completes the chain. */
  anchor: string | null;
}

/**
 * An event of a batch as an incident report: its place's chain follows the batch's own places
 * (a new village inside a known district) up to the first place the batch does not define.
 */
export function incidentReportOf(event: EventInput, batch: Pick<ImportBatch, 'entities'>): IncomingReport {
  const places = new Map(batch.entities.filter((e) => e.kind === 'Place').map((e) => [e.id, e]));
  const chain: string[] = [];
  let current = event.place ? refId(event.place) : null;
  while (current && !chain.includes(current) && chain.length < 12) {
    chain.push(current);
    const e = places.get(current);
    current = e && e.kind === 'Place' && e.locatedIn ? refId(e.locatedIn) : null;
  }
  const own = chain[0] ? places.get(chain[0]) : undefined;
  const killed = event.casualties.reduce((n, c) => n + (c.killed ?? 0), 0);
  const injured = event.casualties.reduce((n, c) => n + (c.injured ?? 0), 0);
  return {
    report: {
      id: event.id,
      subEventType: event.subEventType,
      date: event.date,
      datePrecision: event.datePrecision,
      placeChain: chain,
      placeNames: own ? [own.name, ...own.aliases] : [],
      placeType: own && own.kind === 'Place' ? (own.placeType ?? null) : null,
      perpetrators: event.perpetrators.map(refId),
      targets: event.targets.map(refId),
      killed: killed || null,
      injured: injured || null,
    },
    anchor: chain.at(-1) ?? null,
  };
}

/** Completes an incoming report with what the graph stores of its anchor place (ancestry) and own place (names, type). */
export function withStoredPlace(incoming: IncomingReport, anchorChain: string[], storedNames: string[], storedType: string | null): IncidentReport {
  const r = incoming.report;
  const chain = anchorChain.length ? [...r.placeChain.slice(0, -1), ...anchorChain] : r.placeChain;
  return {
    ...r,
    placeChain: [...new Set(chain)],
    placeNames: r.placeNames?.length ? r.placeNames : storedNames,
    placeType: r.placeType ?? storedType,
  };
}
