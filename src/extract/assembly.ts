/**
 * Discourse assembly: frames become incidents. A frame joins an incident when they agree in kind,
 * day, place and actors; otherwise a frame that reports something on its own starts a new one
 * (so a round-up gives several). Frames that only refer back ("the attack", a reaction, a bare
 * figure) join the incident they fit best and never start one when the article has one already.
 * Background frames (more than a month old, a year, habitual) never become incidents, and their
 * figures go nowhere. Operations that answer an incident ("a search for the attackers") join it
 * or nothing.
 */
import { eventTypeOf, type SubEventType } from '../domain/taxonomy.js';
import type { ArticleContext } from './context.js';
import { addDays, daysBetween, type ResolvedDate } from './dates.js';
import type { PlaceArgument } from './event-place.js';
import { periodEnd } from '../domain/precision.js';
import { frameDate, moreSpecific, type EventFrame, type FrameFigure } from './frames.js';
import type { Argument } from './roles.js';
import { COMMUNAL } from './lexicon.js';
import { bystandersOnly } from './victims.js';
import { placeRank } from './mentions.js';

export interface Incident {
  type: SubEventType;
  frames: EventFrame[];
  date: ResolvedDate | null;
  /** The date is the narrative's (the incident told before it), not one its own words give. */
  dateInherited?: boolean;
  /** The inherited date is the day the incident was reported ("announced on Tuesday the arrest of"): it happened by then. */
  dateReported?: boolean;
  place: PlaceArgument | null;
  perpetrators: Map<string, Argument>;
  targets: Map<string, Argument>;
  figures: FrameFigure[];
  /** Shares of a toll by group, told after it ("two of the dead were gunmen"): they say who the total was. */
  shares?: FrameFigure[];
  civilians: boolean;
  /** The sentence that first reported it. */
  firstSentence: number;
  /** Index of the last sentence that added to it (the incident in focus). */
  lastSentence: number;
}

/** Words that tell a toll without telling what caused it. */
const BARE_TOLL = /^(?:killed|killing|martyred|shot dead|gunned down|died|dead|came under (?:fire|attack)|fired (?:on|at|upon) )$/i;

const SAME_PLACE_TYPES: Record<string, string> = { area: 'AREA', village: 'VILLAGE', town: 'TOWN', city: 'CITY', district: 'DISTRICT', subdistrict: 'SUBDISTRICT', province: 'GOVERNORATE', governorate: 'GOVERNORATE' };

/** A riot's damage: a building stormed, property set on fire or ransacked. */
// (Fire thrown by the crowd is a riot's deed, as fire set is; stones alone leave a protest met with force.)
const RIOT_DAMAGE = /\b(?:stormed|torched|set fire|set ablaze|burned|ransacked|broke into|petrol bombs|Molotov cocktails|firebombs)\b/i;
const PROTESTS: SubEventType[] = ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS'];
const NON_VIOLENT: SubEventType[] = ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS', 'ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE', 'AGREEMENT', 'OTHER', 'LOOTING_PROPERTY_DESTRUCTION'];
const violent = (t: SubEventType) => !NON_VIOLENT.includes(t);

/** Nouns of reference and the kinds they name ("the bombing" is an explosion, "the strike" an air strike). */
const REFERENCE_KINDS: [RegExp, SubEventType[]][] = [
  [/\b(?:bombing|blast|explosion|bomb|ied|device)\b/i, ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB', 'GRENADE']],
  [/\b(?:strike|airstrike|air strike|raid by|drone)\b/i, ['AIR_DRONE_STRIKE']],
  [/\b(?:shelling|bombardment|rocket|mortar|missile)\b/i, ['SHELLING_ARTILLERY_MISSILE_ATTACK']],
  [/\b(?:abduction|kidnapping)\b/i, ['ABDUCTION_FORCED_DISAPPEARANCE']],
  [/\b(?:protest|demonstration|sit-in)\b/i, ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION']],
  [/\b(?:arrests?|detention)\b/i, ['ARRESTS']],
];

function familyCompatible(incident: SubEventType, frame: EventFrame): boolean {
  if (!frame.type) {
    // "The operation resulted in the killing of (14) terrorists": a toll whose subject is the operation told before.
    if (incident === 'CHANGE_TO_GROUP_ACTIVITY') return /^(?:The|This|That|Its|Their) (?:[\w-]+ ){0,2}(?:operation|raid|sweep|campaign)s? (?!of\b|on\b|against\b)/i.test(frame.sentence);
    return violent(incident) || incident === 'ARRESTS' || incident === 'ABDUCTION_FORCED_DISAPPEARANCE' || incident === 'PROTEST_WITH_INTERVENTION';
  }
  const a = eventTypeOf(incident);
  const b = eventTypeOf(frame.type);
  if (violent(incident) && violent(frame.type)) {
    if (a === b) return true;
    // A generic attack and an explosion, a strike or violence against civilians can be one incident.
    return incident === 'ARMED_CLASH' || frame.type === 'ARMED_CLASH' || incident === 'ATTACK' || frame.type === 'ATTACK' || frame.reference || frame.weak;
  }
  if (frame.type === incident) return true;
  if (a === 'PROTESTS' && b === 'PROTESTS') return true;
  // A raid or an operation that led to arrests is the arrests.
  const raid: SubEventType[] = ['ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE'];
  if (raid.includes(incident) && raid.includes(frame.type)) return true;
  // An operation that answers an incident joins it; an arrest does not join an attack.
  if (frame.response && violent(incident)) return true;
  // "an operation that killed 14 militants": the toll of the operation its sentence tells.
  if ((incident === 'CHANGE_TO_GROUP_ACTIVITY' || incident === 'ARRESTS') && frame.weak && violent(frame.type) && !frame.quoted) return frame.triggers.every((t) => BARE_TOLL.test(t.text));
  return false;
}

/**
 * "a gunfight between two clans ... before police intervened and detained nine people": the
 * detentions that end a communal fight are part of it (told in its sentence, or naming the sides).
 */
function communalArrest(incident: Incident, frame: EventFrame): boolean {
  if (incident.type !== 'ARMED_CLASH' || frame.type !== 'ARRESTS' || !incident.frames.some((f) => COMMUNAL.test(f.sentence))) return false;
  return (
    frame.sentenceIndex === incident.lastSentence ||
    /\b(?:both|the two|rival)\s+(?:tribes|clans|families|sides)\b/i.test(frame.sentence) ||
    // "Police arrested six of those involved", right after the fight is told.
    (frame.sentenceIndex === incident.lastSentence + 1 && /\b(?:those|people|men|members)\s+involved\b|\binvolved in the (?:fight(?:ing)?|gunfight|clash(?:es)?|quarrel|dispute|shooting)\b/i.test(frame.sentence)) ||
    // "Four men were detained", "... surrounded the area and arrested nine gunmen": told right after the
    // fight, with no day and no place of their own, the detentions end it.
    (frame.sentenceIndex === incident.lastSentence + 1 && !frameDate(frame) && !frame.place && frame.time.relative === undefined)
  );
}

/**
 * "opened fire on residents ..., then set fire to two houses": property burned after an attack, in the
 * sentence that tells it, is part of it. Fields set alight before a bomb hits those who came to put
 * the fire out are an incident of their own.
 */
function burnedInTheAttack(incident: Incident, frame: EventFrame): boolean {
  if (frame.type !== 'LOOTING_PROPERTY_DESTRUCTION' || !violent(incident.type)) return false;
  if (incident.frames.some((f) => f.sentenceIndex === frame.sentenceIndex && f.type && violent(f.type))) return true;
  // "... and several cars queuing at the checkpoint were set ablaze": vehicles that burned, by no one named, right after a blast is told, are its damage.
  return EXPLOSIONS_BURN.includes(incident.type) && frame.sentenceIndex <= incident.lastSentence + 1 && !frame.perpetrators.length && /\b(?:cars?|vehicles?|trucks?|buses|minibuses|shops?|stalls?)\b[^.;]{0,50}?\b(?:were|was|had been) (?:set ablaze|set on fire|set alight|burned|burnt|gutted)\b(?! by\b)/i.test(frame.sentence);
}
const EXPLOSIONS_BURN: SubEventType[] = ['REMOTE_EXPLOSIVE_LANDMINE_IED', 'SUICIDE_BOMB', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 'AIR_DRONE_STRIKE', 'GRENADE'];

/** Whether a frame's place and an incident's place can be the same. */
function placesAgree(ctx: ArticleContext, a: PlaceArgument | null, b: PlaceArgument | null, loose = false): boolean {
  if (!a || !b) return true;
  // An unplaced name stands where the broader place its sentence names is.
  const x = !ctx.located(a.place) && a.within ? a.within.id : a.place.id;
  const y = !ctx.located(b.place) && b.within ? b.within.id : b.place.id;
  if (a.place.id === b.place.id) return true;
  if (x === y || ctx.contains(x, y) || ctx.contains(y, x)) return true;
  // "north of Baghdad" then "in a village of al-Azim, Diyala": a place measured from may lie in the next province.
  if (measuredNear(ctx, a, y) || measuredNear(ctx, b, x)) return true;
  // A weak detail ("gunmen raided a sheep pen in the village of X") told of an incident in a valley near
  // X; or any report of a place in the area ("in the Garmiyan administration") the incident was told in.
  if (areaNear(ctx, a, y) || (loose && areaNear(ctx, b, x))) return true;
  const px = ctx.province(x);
  const py = ctx.province(y);
  if (px && py && px !== py) return false;
  // "in Kirkuk" often names the province by its city: a city agrees with places of its province.
  const city = (id: string) => ['CITY'].includes(ctx.entry(id)?.placeType ?? '');
  if (px && px === py && (city(x) || city(y))) return true;
  // An unplaced new name (no parent known) may lie anywhere.
  if (!ctx.located(a.place) || !ctx.located(b.place)) return true;
  // A place measured from ("southwest of Khanaqin"), or a village known only to lie in the
  // province, may be any place of that province.
  // A place measured from ("southwest of Khanaqin") stands for its district; a new village known
  // only to lie in the province or the district, for that province or district.
  const area = (p: PlaceArgument): string | null => {
    if (p.approximate) return ctx.chain(p.place.id).find((id) => ['DISTRICT', 'GOVERNORATE'].includes(ctx.entry(id)?.placeType ?? '')) ?? null;
    const parent = ctx.parentOf(p.place.id);
    return ctx.finder.discovered.has(p.place.id) && parent && ['GOVERNORATE', 'DISTRICT'].includes(ctx.entry(parent)?.placeType ?? '') ? parent : null;
  };
  const ax = area(a);
  const ay = area(b);
  return Boolean((ax && ctx.contains(ax, y)) || (ay && ctx.contains(ay, x)));
}

/** A sentence whose predicate places what it refers to ("The attack took place at a base between ..."). */
const LOCATES = /\b(?:took place|happened|occurred|unfolded|was carried out|were carried out)\b/i;

/** Words that tell an event only as the time of another: "came a week after", "happened days before". */
/** Where the sentence of a frame starts its own words: past a lead of the sentence that opens it ("Then,", "And"). */
function clauseStart(frame: EventFrame): number {
  return /^(?:(?:And|Then|But),?\s+)?/.exec(frame.sentence)?.[0].length ?? 0;
}

/** The text from an incident's first sentence to the sentence of a frame told after it. */
function toldSince(ctx: ArticleContext, incident: Incident, frame: EventFrame): string {
  const body = ctx.article.body;
  const from = body.indexOf(incident.frames[0]?.sentence ?? '');
  const to = body.indexOf(frame.sentence, Math.max(0, from));
  return from >= 0 && to > from ? body.slice(from, to) : incident.frames.map((f) => f.sentence).join(' ');
}

/** An incident begun at night ("at 11:30 p.m.", "late on Tuesday", "on Tuesday night"). */
const NIGHT_START = /\b(?:\d{1,2}(?::\d\d)?\s*p\.?\s?m\b|late (?:on|at|in)\b|(?:at|during the|on \w+|that|the) (?:night|evening)\b)/i;
/** ... that went on past midnight: "lasted until nearly two o'clock in the morning", "raged until dawn", "continued past midnight". */
const PAST_MIDNIGHT = /\b(?:lasted|continued|raged|went on|carried on|fought|persisted)\s+(?:for\s+[\w-]+\s+hours?\s+)?(?:until|till|into|past|beyond)\s+(?:nearly |about |around |almost |after |well after |shortly after |the )?(?:(?:one|two|three|four|five|six|\d{1,2})(?::\d\d)?\s*(?:o['’]clock\s+)?(?:in the morning|a\.?m\b)|dawn|daybreak|sunrise|(?:after )?midnight|(?:the )?early (?:morning|hours)|the (?:next|following) morning|morning)/i;
// ... or set off by a comma and the time between ("attacked a checkpoint on Monday night, a day after a bomb killed a soldier").
const ANCHORED = /(?:\b(?:came|comes|happened|occurred|followed|took place)\s+(?:[\w-]+\s+){0,5}?|,\s+(?:(?:just|only|barely|less than|more than|about|some|nearly)\s+)?(?:an?|one|two|three|four|five|six|seven|several|a few|\d+)\s+(?:hours?|days?|weeks?)\s+)(?:after|before)\s+(?:[\w'’-]+\s+){0,6}$|\b(?:follows|followed)\s+(?:[\w'’-]+\s+){0,4}$/i;

/** A clock time after midnight and before dawn: "at around 2 a.m.", "shortly after midnight", "at three in the morning". */
const SMALL_HOURS = /\b(?:(?:at\s+)?(?:around\s+|about\s+|nearly\s+|roughly\s+)?(?:[1-4](?::\d\d)?\s*a\.?\s?m\b|(?:one|two|three|four)(?:\s+o['’]clock)?\s+in the morning)|(?:shortly |just |soon )?after midnight)/i;

/** A report told at a small hour of the night ("around 2 a.m.") after an incident begun at night or late in the evening. */
function smallHoursAfterNight(last: Incident, frame: EventFrame | undefined): boolean {
  return !!frame && SMALL_HOURS.test(frame.sentence) && last.frames.some((f) => NIGHT_START.test(f.sentence));
}

/** Farthest a place told by its bearing from another ("north of Baghdad", "120 km north of the capital") is taken to lie. */
const MEASURED_RADIUS_KM = 150;

/** Farthest a village may lie from an area (a valley, a desert) it is told in. */
const AREA_RADIUS_KM = 40;

/** An area (a valley, a desert) and a place within reach of it. */
function areaNear(ctx: ArticleContext, area: PlaceArgument, other: string): boolean {
  if (area.place.placeType !== 'AREA') return false;
  const km = ctx.distanceKm(area.place.id, other);
  return km !== null && km <= AREA_RADIUS_KM;
}

/** A place measured from (approximate) within reach of another place. */
function measuredNear(ctx: ArticleContext, measured: PlaceArgument, other: string): boolean {
  if (!measured.measured) return false;
  const km = ctx.distanceKm(measured.place.id, other);
  return km !== null && km <= MEASURED_RADIUS_KM;
}

/** Days between the periods two dates stand for (0 when they overlap). */
function periodGap(a: ResolvedDate, b: ResolvedDate): number {
  const end = (d: ResolvedDate) => periodEnd(d.date, d.precision);
  if (end(a) < b.date) return daysBetween(end(a), b.date);
  if (end(b) < a.date) return daysBetween(end(b), a.date);
  return 0;
}

function datesAgree(incident: Incident, frame: EventFrame, loose: boolean): boolean {
  const d = frameDate(frame);
  // "announced on Tuesday the arrest of four men", then "arrested five gunmen the next morning" (Thursday): what was
  // reported on a day happened by that day, so a report of a later day is another incident.
  if (d && incident.date && incident.dateReported && d.precision === 'DAY' && d.date > periodEnd(incident.date.date, incident.date.precision)) return false;
  if (!d || !incident.date || incident.dateInherited) return true;
  if (d.precision !== 'DAY' || incident.date.precision !== 'DAY') {
    // Periods ("last week", "this month") agree with the days inside them.
    return periodGap(d, incident.date) === 0;
  }
  const gap = Math.abs(daysBetween(d.date, incident.date.date));
  if (nightBefore(incident, frame) || hoursAway(incident, frame)) return true;
  return loose ? gap <= 1 : gap === 0;
}

/** A night told only as such ("overnight", "after midnight", "in the early hours"): dated by the morning it ends on. */
const NIGHT_ONLY = /^(?:overnight|(?:shortly |just |soon )?after midnight|in the early hours)$/i;
/** A clock time or a part of the day that falls on the evening a night begins ("at around 11 p.m. Tuesday", "late on Tuesday", "on Tuesday night"). */
const NIGHT_TIME = /\b(?:\d{1,2}(?::\d\d)?\s*p\.?\s?m\b|late (?:on|at) |(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|evening)\b)/i;

/**
 * "stormed a village overnight", then "arrived at around 11 p.m. Tuesday": the night the lead dates by
 * the morning it ended on is the one a later detail gives the evening of; the incident takes that evening's day.
 */
function nightBefore(incident: Incident, frame: EventFrame): boolean {
  const d = frameDate(frame);
  if (!d || !incident.date || d.precision !== 'DAY' || incident.date.precision !== 'DAY') return false;
  return NIGHT_ONLY.test(incident.date.text.trim()) && daysBetween(d.date, incident.date.date) === 1 && NIGHT_TIME.test(frame.sentence);
}

/**
 * "urged a joint force on Monday, hours after militants fired on two army posts", then "The attack began at around 11 p.m. on
 * Sunday": a day counted only as hours from a report's day may be the day before (or after) it; the day a later sentence
 * names for the incident is its day.
 */
function hoursAway(incident: Incident, frame: EventFrame): boolean {
  const d = frameDate(frame);
  if (!d || !incident.date || d.precision !== 'DAY' || incident.date.precision !== 'DAY' || frame.time.relative !== undefined) return false;
  const shift = /\bhours\s+(after|before)\b/i.exec(incident.date.text);
  if (!shift || /\bhours\b/i.test(d.text)) return false;
  return daysBetween(d.date, incident.date.date) === (/after/i.test(shift[1]!) ? 1 : -1);
}

/** A perpetrator of the frame is one of the incident's, or a unit of one, or the force one of them belongs to. */
function sameSide(ctx: ArticleContext, incident: Incident, frame: EventFrame): boolean {
  return frame.perpetrators.some((p) => [...incident.perpetrators.keys()].some((q) => ctx.contains(q, p.id) || ctx.contains(p.id, q)));
}

function actorsAgree(ctx: ArticleContext, incident: Incident, frame: EventFrame): boolean {
  if (!frame.perpetrators.length || !incident.perpetrators.size) return true;
  // ("Iraqi security forces killed ...", then "troops of the Counter-Terrorism Service ...").
  if (sameSide(ctx, incident, frame)) return true;
  // The side one frame names as perpetrator the incident already holds as target: another incident.
  return !frame.perpetrators.some((p) => incident.targets.has(p.id)) && frame.weak;
}

function compatible(ctx: ArticleContext, incident: Incident, frame: EventFrame): boolean {
  // "freed three of the captives after a firefight in which one of the gunmen was killed": the fight is the rescue's.
  const rescueFight = incident.type === 'OTHER' && frame.weak && frame.type !== null && violent(frame.type) && frame.sentenceIndex === incident.lastSentence;
  // "fired tear gas ... to break up a protest, and detained dozens of people": the detentions are the intervention's.
  const protestArrest = (incident.type === 'PROTEST_WITH_INTERVENTION' || incident.type === 'EXCESSIVE_FORCE_AGAINST_PROTESTERS') && frame.type === 'ARRESTS';
  // "Iraqi forces killed a senior militant in an operation ...", then "troops of the CTS raided a hideout ... and killed
  // the three militants": the raid of the side that fought the incident is the incident told in detail.
  const sameSideRaid = frame.type === 'CHANGE_TO_GROUP_ACTIVITY' && violent(incident.type) && frame.perpetrators.length > 0 && sameSide(ctx, incident, frame);
  // "three suspects had been detained after that shooting", right after the shooting is told: its arrests.
  const arrestsAfterIt = frame.type === 'ARRESTS' && violent(incident.type) && frame.sentenceIndex === incident.lastSentence + 1 && !frame.place && !frameDate(frame) && /\bafter (?:that|the|this) (?:shooting|attack|killings?|ambush|assault|reprisal|incident)\b/i.test(frame.sentence);
  // "guards opened fire on a crowd of demonstrators", then "some of them threw stones and set fire to a car": one demonstration
  // that turned to a riot (ACLED codes it a violent demonstration), whichever is told first.
  const protestToll = tollOfProtest(incident, frame);
  // "Six men died when a camp of strikers was shot at", then "Some 40 others were hurt": a toll told
  // after a protest that already has dead or wounded of its own is more of that protest's casualties (its type is settled later),
  // when it counts what the protest's toll did not (a share of the hurt already counted, such as the police among them, is no new toll).
  const moreOfProtestToll = !frame.type && PROTESTS.includes(incident.type) && incident.figures.length > 0 && frame.figures.length > 0 && frame.figures.every((f) => !incident.figures.some((g) => g.measure === f.measure));
  // (Stones thrown at police who fire tear gas leave a protest met with force.)
  const protestTurnedRiot = (PROTESTS.includes(incident.type) && frame.type === 'VIOLENT_DEMONSTRATION' && frame.triggers.some((t) => RIOT_DAMAGE.test(t.text))) || (incident.type === 'VIOLENT_DEMONSTRATION' && frame.type !== null && PROTESTS.includes(frame.type) && incident.frames.some((f) => f.triggers.some((t) => RIOT_DAMAGE.test(t.text))));
  if (!familyCompatible(incident.type, frame) && !communalArrest(incident, frame) && !burnedInTheAttack(incident, frame) && !rescueFight && !protestArrest && !sameSideRaid && !arrestsAfterIt && !protestTurnedRiot && !protestToll && !moreOfProtestToll) return false;
  // Items under two headings of a round-up are two incidents (the lead above the first heading may sum them).
  const section = incident.frames[0]?.section ?? 0;
  if (section > 0 && (frame.section ?? 0) !== section && !frame.reference) return false;
  // A toll joins an operation only in the sentence that tells the operation.
  if (frame.type && violent(frame.type) && !violent(incident.type) && !frame.response && frame.sentenceIndex !== incident.lastSentence && !protestTurnedRiot) return false;
  const loose = frame.reference || frame.weak || frame.type === null || frame.quoted || (frame.sentenceIndex === incident.lastSentence && frame.time.relative === undefined);
  if (!datesAgree(incident, frame, loose)) return false;
  // "The week ended on Friday with the death of a shepherd", after arrests made on Thursday: a toll told on a day of its own is no toll of
  // arrests (or a protest) of another day.
  if (!frame.type && !violent(incident.type) && otherDay(incident, frame)) return false;
  if (repeatedOnAnotherDay(incident, frame)) return false;
  if (!placesAgree(ctx, incident.place, frame.place, frame.weak && !frame.reference)) return false;
  if (elsewhereOnAnotherDay(ctx, incident, frame)) return false;
  if (!actorsAgree(ctx, incident, frame)) return false;
  return true;
}

/** The frame tells a day of its own, other than the day the incident's own words give. */
function otherDay(incident: Incident, frame: EventFrame): boolean {
  const d = frameDate(frame);
  return !!d && d.precision === 'DAY' && frame.time.relative === undefined && !!incident.date && !incident.dateInherited && incident.date.precision === 'DAY' && d.date !== incident.date.date;
}

/**
 * "On Monday, gunmen killed another soldier at a checkpoint in X", "Militants attacked the same post again on
 * Monday": a report told as a repeat, on a day of its own other than the incident's, is another incident (a bare
 * toll, "Another soldier died on Monday", is still the incident's).
 */
function repeatedOnAnotherDay(incident: Incident, frame: EventFrame): boolean {
  const d = frameDate(frame);
  if (!d || d.precision !== 'DAY' || !incident.date || incident.dateInherited || incident.date.precision !== 'DAY' || d.date === incident.date.date) return false;
  if (!frame.type || frame.triggers.every((t) => BARE_TOLL.test(t.text))) return false;
  return /\bagain\b|\banother\b|\ba (?:second|third|fourth|fresh|new)\b/i.test(frame.sentence);
}

/**
 * "The first shells struck on Sunday evening, when rounds hit the slopes above the village of X":
 * a reference told with a day of its own and a village of its own, neither the incident's, is an
 * earlier (or later) incident of the same kind, not the incident told again.
 */
function elsewhereOnAnotherDay(ctx: ArticleContext, incident: Incident, frame: EventFrame): boolean {
  const d = frameDate(frame);
  if (!(frame.reference || frame.weak) || !d || d.precision !== 'DAY' || !incident.date || incident.dateInherited || incident.date.precision !== 'DAY' || d.date === incident.date.date) return false;
  if (!frame.place || !incident.place) return false;
  const a = frame.place.place.id;
  const b = incident.place.place.id;
  // ... and so is one in a city of another district ("On Thursday, militants attacked a checkpoint near Samarra" after a bomb near Tuz Khurmatu).
  const district = (id: string) => ctx.chain(id).find((p) => ctx.entry(p)?.placeType === 'DISTRICT');
  const otherDistrict = frame.type !== null && frame.place.place.placeType === 'CITY' && Boolean(district(a)) && Boolean(district(b)) && district(a) !== district(b);
  if (!['VILLAGE', 'TOWN', 'AREA', 'SITE'].includes(frame.place.place.placeType ?? '') && !otherDistrict) return false;
  return a !== b && !ctx.contains(a, b) && !ctx.contains(b, a);
}

/** How well a frame fits an incident (higher is better). */
function fit(incident: Incident, frame: EventFrame): number {
  let score = 0;
  // A bare toll ("A soldier was killed") says nothing of the kind: it belongs to the incident just told.
  const bare = frame.weak && frame.triggers.every((t) => BARE_TOLL.test(t.text));
  if (frame.type && frame.type === incident.type && !bare) score += 2;
  if (frame.sentenceIndex === incident.lastSentence) score += 3;
  else if (frame.sentenceIndex === incident.lastSentence + 1 && (bare || frame.type === null)) score += 2.5;
  if (frame.targets.some((t) => incident.targets.has(t.id))) score += 1;
  // "Police arrested six men from both sides once the shooting stopped": the detentions end the fight just told, not an arrest told before it.
  if (communalArrest(incident, frame)) score += 3;
  const d = frameDate(frame);
  if (d && incident.date && d.date === incident.date.date) score += 2;
  if (frame.place && incident.place && frame.place.place.id === incident.place.place.id) score += 2;
  const noun = frame.triggers.map((t) => t.text).join(' ');
  for (const [pattern, kinds] of REFERENCE_KINDS) if (pattern.test(noun) && kinds.includes(incident.type)) score += 2;
  // "Two of the chief's sons were among the dead": a share belongs to the incident whose toll it shares.
  if (frame.figures.length && frame.figures.every((f) => f.breakdown) && frame.figures.every((f) => incident.figures.some((g) => g.measure === f.measure && g.count >= f.count))) score += 4;
  return score;
}

/** The candidate that fits a frame best; on a tie, the one in focus (told last). Each fit is scored once. */
function bestFit(candidates: Incident[], frame: EventFrame): Incident | undefined {
  let best: Incident | undefined;
  let bestScore = -Infinity;
  for (const incident of candidates) {
    const score = fit(incident, frame);
    if (score > bestScore || (score === bestScore && incident.lastSentence > best!.lastSentence)) [best, bestScore] = [incident, score];
  }
  return best;
}

/** A frame that may start an incident: it reports one (not only refers to one) and says something of it. */
function eventful(frame: EventFrame, hasIncidents: boolean): boolean {
  if (!frame.type || frame.response) return false;
  if (frame.time.background) return false;
  // An operation with no day of its own, told beside incidents, is context ("a joint operation in the area").
  if (frame.type === 'CHANGE_TO_GROUP_ACTIVITY' && hasIncidents && !frameDate(frame)) return false;
  // "one other member of the group had been killed": a figure that adds to a toll told before reports nothing new.
  const own = frame.figures.filter((f) => !f.anaphoric);
  const specifics = (frameDate(frame) ? 1 : 0) + (frame.place && frame.place.place.placeType !== 'COUNTRY' ? 1 : 0) + (own.some((f) => !f.partial) ? 1 : 0) + (frame.perpetrators.length || frame.targets.length ? 1 : 0);
  if (frame.reference) return !hasIncidents && specifics >= 2;
  if (frame.weak) return specifics >= (hasIncidents ? 2 : 1) && (own.length > 0 || !hasIncidents || frame.separate || specifics >= 3);
  if (frame.quoted) return specifics >= 2;
  return specifics >= 1 || !hasIncidents;
}

function create(frame: EventFrame): Incident {
  return {
    type: frame.type!,
    frames: [],
    date: null,
    place: null,
    perpetrators: new Map(),
    targets: new Map(),
    figures: [],
    civilians: false,
    firstSentence: frame.sentenceIndex,
    lastSentence: frame.sentenceIndex,
  };
}

/**
 * "A boy was killed and 47 wounded when guards opened fire on a crowd of demonstrators": a bare toll told first, in the
 * sentence that tells the protest fired on, is the protest's toll, not an attack of its own.
 */
function tollOfProtest(incident: Incident, frame: EventFrame): boolean {
  return frame.type !== null && PROTESTS.includes(frame.type) && incident.frames.length > 0 && incident.frames.every((f) => f.sentenceIndex === frame.sentenceIndex && f.weak && f.triggers.every((t) => BARE_TOLL.test(t.text) || /^(?:was|were) shot$/i.test(t.text)));
}

/** A crowd told by its gathering ("gathered around the car chanting", "massed outside the council to demand"). */
const GATHERED = /^(?:gathered|assembled|massed|converged)\b/i;

/** A device made safe or arms seized, found or taken (not missiles or drones of the attack itself, intercepted or shot down). */
const MADE_SAFE = /\b(?:dismantl|defus|disarm|seiz|confiscat|found|discover|uncover|recover)/i;

/** A seizure of arms (not a device defused, an attack foiled, a drone downed): "seized two explosive belts", "confiscated (3) rifles". */
const SEIZED_ARMS = /^(?:seiz(?:e|ed|ing)|confiscat(?:e|ed|ing)|found|discovered|recovered|uncovered)\b/i;

function join(ctx: ArticleContext, incident: Incident, frame: EventFrame): void {
  if (tollOfProtest(incident, frame)) incident.type = frame.type!;
  incident.frames.push(frame);
  incident.lastSentence = frame.sentenceIndex;
  // The more specific kind wins over a generic attack; a state action never retypes violence.
  const generic = incident.type === 'ARMED_CLASH' || incident.type === 'ATTACK';
  // "killed in an ISIS attack in Diyala" settles no kind: a strong report of one inside that place
  // ("fired mortar shells at the village of X") retypes it.
  const inside = frame.place && incident.place && frame.place.place.id !== incident.place.place.id && ctx.contains(incident.place.place.id, frame.place.place.id);
  const bareAttack = generic && inside && !frame.weak && !frame.reference && !settledBy(incident, true).length;
  const settledElsewhere = !bareAttack && !frame.figures.length && settledBy(incident).some((at) => at !== frame.sentenceIndex);
  // "the cell was arrested on Tuesday ... the force seized two explosive belts": arms seized in an arrest leave it an arrest.
  const seizedInArrest = incident.type === 'ARRESTS' && frame.type === 'DISRUPTED_WEAPONS_USE' && frame.triggers.every((t) => t.type !== 'DISRUPTED_WEAPONS_USE' || SEIZED_ARMS.test(t.text));
  // "Dull explosions could be heard from the riverbank": a vague report of fighting leaves a town retaken a town retaken.
  const keepsRecapture = incident.type === 'GOVERNMENT_REGAINS_TERRITORY' && (frame.weak || frame.reference);
  if (incident.frames.length > 1 && frame.type && (!frame.reference || generic) && !frame.response && violent(incident.type) === violent(frame.type) && !settledElsewhere && !seizedInArrest && !keepsRecapture) {
    incident.type = moreSpecific(incident.type, frame.type);
  }
  if (frame.type === 'VIOLENT_DEMONSTRATION' && PROTESTS.includes(incident.type) && frame.triggers.some((t) => RIOT_DAMAGE.test(t.text))) incident.type = 'VIOLENT_DEMONSTRATION';
  const d = frameDate(frame);
  if (d && (!incident.date || incident.dateInherited || (incident.date.precision !== 'DAY' && d.precision === 'DAY') || nightBefore(incident, frame) || hoursAway(incident, frame))) {
    incident.date = d;
    incident.dateInherited = false;
    incident.dateReported = false;
  }
  if (frame.place) {
    const p = incident.place;
    // A reference ("the attack", "Sunday's shells") places the incident only in its own clause.
    const placesItself = !frame.reference || frame.place.sameClause;
    const refines =
      !p ||
      (ctx.contains(p.place.id, frame.place.place.id) && p.place.id !== frame.place.place.id) ||
      // A city standing for its province gives way to a smaller place of that province a report names.
      (p.place.placeType === 'CITY' && placesItself && ctx.rank(frame.place.place) < ctx.rank(p.place) && ctx.province(p.place.id) === ctx.province(frame.place.place.id) && !ctx.contains(frame.place.place.id, p.place.id));
    const unlocatedSmaller = p && !ctx.located(frame.place.place) && ctx.rank(frame.place.place) < ctx.rank(p.place) && frame.place.sameClause;
    // "southwest of Khanaqin" then "in the village of Bahari Taze": the place named replaces the one measured from.
    // A reference that places the incident in its own clause ("The attack took place in the village of X") does too.
    // ... and so does a retelling with the detail of its own day and place ("According to a source, the strike hit the car at
    // 8:30 pm on Wednesday at the entrance of the village of X"), after a lead that only measured where it was.
    const retold = frame.reference && frame.place.sameClause && frame.time.date?.precision === 'DAY' && !frame.quoted;
    // (A range or a valley measured from, "south of the X mountains", is no point: a sub-district or a settlement a report
    // names is the finer place, whatever the ranks say.)
    const finer = ctx.rank(frame.place.place) <= ctx.rank(p?.place) || (p?.measured === true && p.place.placeType === 'AREA' && ctx.rank(frame.place.place) <= placeRank('SUBDISTRICT'));
    const named = p && p.approximate && (!frame.reference || (placesItself && LOCATES.test(frame.sentence)) || retold) && !frame.place.approximate && frame.place.place.id !== p.place.id && finer && !ctx.contains(frame.place.place.id, p.place.id) && (!ctx.located(frame.place.place) || ctx.province(frame.place.place.id) === ctx.province(p.place.id) || measuredNear(ctx, p, frame.place.place.id));
    // A town stands for its district: a village of the district a report names gives its place.
    const district = p && p.place.placeType === 'TOWN' ? ctx.chain(p.place.id).find((id) => ctx.entry(id)?.placeType === 'DISTRICT') : undefined;
    const inTownsDistrict = p && district && placesItself && ctx.rank(frame.place.place) < ctx.rank(p.place) && ctx.contains(district, frame.place.place.id) && !ctx.contains(frame.place.place.id, p.place.id);
    // "in the Wadi al-Shay area" then "a sheep pen on the edge of the village of Umm Khanjar": a village
    // close to an area (a valley, a desert) gives the incident its place.
    // ... and so does a post "near the village of Kani X" (a village named as the spot, not a town measured from).
    const villageOfArea = p && !p.approximate && areaNear(ctx, p, frame.place.place.id) && !frame.reference && (!frame.place.approximate || (frame.place.place.placeType === 'VILLAGE' && !frame.place.measured)) && ctx.rank(frame.place.place) < ctx.rank(p.place);
    if (refines || unlocatedSmaller || named || inTownsDistrict || villageOfArea) incident.place = frame.place;
  }
  // "Police later detained three men involved": the side that ends a fight by arrests is no side of the fight.
  const arrestsEndingViolence = frame.type === 'ARRESTS' && violent(incident.type);
  for (const a of arrestsEndingViolence ? [] : frame.perpetrators) if (!incident.targets.has(a.id) && !incident.perpetrators.has(a.id)) incident.perpetrators.set(a.id, a);
  for (const a of frame.targets) if (!incident.perpetrators.has(a.id) && !incident.targets.has(a.id)) incident.targets.set(a.id, a);
  for (const f of frame.figures) addFigure(incident, f);
  incident.civilians ||= frame.civilians;
}

/**
 * Sentences that told who was hit and named the attack of the incident's kind ("killed 13
 * policemen when militants attacked their checkpoint"): the kind is what caused the casualties,
 * and details told elsewhere without figures ("roadside bombs planted on the road") do not retype it.
 */
function settledBy(incident: Incident, strong = false): number[] {
  const tolls = new Set(incident.frames.filter((f) => f.figures.some((x) => x.measure === 'killed' || x.measure === 'injured')).map((f) => f.sentenceIndex));
  return [...tolls].filter((at) => incident.frames.some((f) => f.sentenceIndex === at && f.triggers.some((t) => t.type === incident.type && !t.definite && !BARE_TOLL.test(t.text) && (!strong || !t.weak))));
}

function figureKey(f: FrameFigure): string {
  return `${f.measure}|${f.actorId ?? f.group}`;
}

/** Adds a figure: a part of a known whole adds nothing, a repeated figure keeps the larger (a revised toll). */
function addFigure(incident: Incident, f: FrameFigure): void {
  let figure = f;
  if (f.anaphoric) {
    const previous = [...incident.figures].reverse().find((x) => x.group !== 'UNSPECIFIED' && !x.attackers);
    if (previous) figure = { ...f, group: previous.group, actorId: previous.actorId, anaphoric: false };
  }
  const sameMeasure = incident.figures.filter((x) => x.measure === figure.measure);
  // "The wounded, three soldiers and a teacher, were ...", with no whole told before: each share is a figure of its own.
  const sharesOnly = figure.breakdown && sameMeasure.every((x) => x.breakdown && x.sentence === figure.sentence && figureKey(x) !== figureKey(figure));
  if (figure.partial && sameMeasure.length && !sharesOnly) {
    if (figure.breakdown) (incident.shares ??= []).push(figure);
    return;
  }
  const sameKey = incident.figures.findIndex((x) => figureKey(x) === figureKey(figure));
  if (sameKey >= 0) {
    const old = incident.figures[sameKey]!;
    // "killed a farmer and three shepherds": the two parts of one sentence's toll add up.
    if (figure.coordinated && !figure.partial && old.sentence === figure.sentence) {
      if (!old.parts?.includes(figure.index)) incident.figures[sameKey] = { ...old, count: old.count + figure.count, parts: [...(old.parts ?? []), figure.index] };
      return;
    }
    if (old.partial && !figure.partial) incident.figures[sameKey] = figure;
    else if (figure.count > old.count && !figure.partial) incident.figures[sameKey] = figure;
    return;
  }
  // A total without a group ("the toll rose to 13") repeats the group figures it sums.
  if (figure.group === 'UNSPECIFIED' && !figure.actorId) {
    // (A first count that a later one replaces is no part of the sum.)
    const counted = sameMeasure.filter((x) => !x.initial);
    const sum = counted.reduce((n, x) => n + x.count, 0);
    if (counted.length && figure.count <= sum) return;
    // "killing two Peshmerga ... The death toll rose to four": the one group's toll, revised.
    if (sameMeasure.length === 1 && (/\btoll\b/i.test(figure.text ?? '') || figure.revision) && !figure.partial) {
      sameMeasure[0]!.count = figure.count;
      return;
    }
  } else {
    const unspecified = incident.figures.findIndex((x) => x.measure === figure.measure && x.group === 'UNSPECIFIED' && !x.actorId && x.count <= figure.count);
    if (unspecified >= 0) incident.figures.splice(unspecified, 1);
  }
  // A part given first and the whole later: the whole replaces it.
  const partials = incident.figures.filter((x) => x.measure === figure.measure && x.partial);
  if (!figure.partial) for (const p of partials) incident.figures.splice(incident.figures.indexOf(p), 1);
  incident.figures.push(figure);
}

/** Frames in article order become incidents. */
export function assemble(frames: EventFrame[], ctx: ArticleContext): Incident[] {
  const incidents: Incident[] = [];
  // The day of a round-up's total ("six people were killed in separate incidents on Tuesday"): the day of its items.
  let roundUp: ResolvedDate | undefined;
  for (const frame of frames) {
    if (frame.time.background) continue;
    if (frame.total) {
      if (frameDate(frame)?.precision === 'DAY') roundUp = frameDate(frame)!;
      continue;
    }

    // "The strike came less than a week after two officers were killed in an Israeli airstrike": an
    // earlier event told only to date this one (not placed where the report it dates is).
    const anchor = frame.type !== null ? ANCHORED.exec(frame.sentence.slice(0, frame.triggers[0]?.start ?? 0)) : null;
    const anchored = Boolean(anchor);
    if (anchor && frame.place && !frame.place.sameClause && frame.sentence.indexOf(frame.place.evidence) < anchor.index) frame.place = null;
    // "in the same subdistrict": placed where the incident told last was (or the enclosing place so named).
    if (!frame.place) {
      // "through the city centre": the city the article has told of.
      const same = /\b(?:in|at|near|on|around) the same (village|town|city|area|district|sub-?district|province|governorate|region|neighbou?rhood)\b/i.exec(frame.sentence) ?? /\b(?:in|at|through|across|around) the (city)(?: centre| center)?\b(?! of\b)/i.exec(frame.sentence);
      const last = [...incidents].sort((a, b) => b.lastSentence - a.lastSentence).find((i) => i.place);
      if (same && last?.place) {
        const wanted = SAME_PLACE_TYPES[same[1]!.toLowerCase().replace('-', '')];
        // "the same area": the area the incident was first told in ("the Wadi al-Shay area"), else its place.
        const told = wanted === 'AREA' ? last.frames.map((f) => f.place?.place).find((p) => p?.placeType === 'AREA')?.id : undefined;
        const id = told ?? ctx.chain(last.place.place.id).find((p) => !wanted || ctx.entry(p)?.placeType === wanted) ?? (wanted === 'AREA' ? last.place.place.id : undefined);
        const place = id ? ctx.entry(id) : undefined;
        if (place) frame.place = { place, evidence: same[0], sameClause: true };
      }
      // "seventeen rockets had landed around its perimeter on November 8": the site told before, on another day.
      const its = !same && frameDate(frame)?.precision === 'DAY' ? /\b(?:around|near|at|on|outside|inside|by)\s+its\s+(?:perimeter|gates?|walls?|fence|runway|grounds|entrance|compound)\b/i.exec(frame.sentence) : null;
      if (its && last?.place) frame.place = { ...last.place, evidence: its[0], sameClause: true };
    }
    // "the same night", "the next day": dated from the incident told last.
    if (!frame.time.date && frame.time.relative !== undefined) {
      const last = [...incidents].sort((a, b) => b.lastSentence - a.lastSentence).find((i) => i.date);
      // "About two hours after the battle ended", the battle begun at night and fought "until two o'clock in the
      // morning": the hours are counted from its end, past midnight, on the next day.
      // ... and "The same night, at around 2 a.m.", after an incident begun late in the evening: the small hours of the next day.
      // ... and "A few hours later, at around 2 a.m.", after a night's incident.
      const smallHours = last && frame.time.relative === 0 && /\bsame night\b|\b(?:hours?|minutes?) later\b/i.test(frame.time.evidence ?? '') && smallHoursAfterNight(last, frame);
      const pastMidnight = last && ((/\bafter the\b/i.test(frame.time.evidence ?? '') && last.frames.some((f) => NIGHT_START.test(f.sentence)) && PAST_MIDNIGHT.test(toldSince(ctx, last, frame))) || smallHours) ? 1 : 0;
      if (last?.date) frame.time = { ...frame.time, date: { ...last.date, date: addDays(last.date.date, frame.time.relative + pastMidnight), text: frame.time.evidence ?? '', index: 0 } };
      // "About an hour later, as reinforcements headed to the post, a bomb went off": where the story stands.
      if (last?.place && !frame.place && frame.time.relative === 0 && /\b(?:hours?|minutes?) later\b/i.test(frame.time.evidence ?? '')) frame.place = { ...last.place, sameClause: false };
    }
    // An earlier event told only to date this one, with no day or place of its own, neither starts nor joins one.
    if (incidents.length && !frameDate(frame) && !frame.place && anchored) continue;
    // ... and one with a day of its own ("came a day after militants opened fire near X on Saturday") is another incident.
    // ... and so is one a set number of days away ("came two days after a bomb wounded three policemen in the same area"), even undated.
    if (anchored && (frameDate(frame) || (frame.time.relative !== undefined && frame.time.relative !== 0)) && !frame.reference) frame.separate = true;
    const candidates = incidents.filter((i) => compatible(ctx, i, frame));
    const best = bestFit(candidates, frame);
    // "In response, air operations carried out on the region neutralized five militants", "in the air operations
    // that followed": strikes from the air that answer a ground attack are an incident of their own, on its day.
    if ((best && answersAttack(best, frame)) || fireResponded(frame, incidents)) {
      const incident = create(frame);
      join(ctx, incident, frame);
      inheritDate(incident, incidents, roundUp);
      incidents.push(incident);
      continue;
    }
    // "A few hours later, gunmen attacked a police post in the X area of the same district": a report led by the hours since
    // the one before, at a place of its own that is not the place told before, is the next incident.
    const later = frame.time.relative === 0 && /^(?:(?:about|some|around|only|just|a few|several|an?|one|two|three|four|five|six|\d+)\s+)*(?:hours?|minutes?)\s+later\b/i.test(frame.sentence.slice(clauseStart(frame))) && frame.place?.sameClause && best?.place && frame.place.place.id !== best.place.place.id && !ctx.contains(best.place.place.id, frame.place.place.id) && !ctx.contains(frame.place.place.id, best.place.place.id);
    const startsNew = (frame.separate || Boolean(later)) && !frame.reference && eventful(frame, true);
    if (best && !startsNew) {
      // A strong report of another kind in another clause of reporting is its own incident.
      // ... unless the incident so far is only a bare "attack" the report goes on to tell ("killed in an ISIS attack in Diyala", then "fired mortar shells at the village of X").
      const told = best.frames.every((f) => f.weak) && frame.place && best.place && frame.place.place.id !== best.place.place.id && ctx.contains(best.place.place.id, frame.place.place.id);
      // ... and so are suicide bombs sent against the forces that retook a town ("The jihadists hit back with a wave of suicide car
      // bombs"): the counter-attack is told beside the recapture, not as it (air strikes that backed the advance, or bombs left behind, are the recapture's).
      const againstRecapture = best.type === 'GOVERNMENT_REGAINS_TERRITORY' && frame.type === 'SUICIDE_BOMB' && !frame.quoted;
      if (!told && !frame.reference && !frame.weak && frame.type && best.type !== frame.type && frame.sentenceIndex !== best.lastSentence && eventTypeOf(best.type) !== eventTypeOf(frame.type) && ((eventful(frame, true) && distinctFrom(best, frame)) || againstRecapture)) {
        const incident = create(frame);
        join(ctx, incident, frame);
        inheritDate(incident, incidents, roundUp);
        incidents.push(incident);
        continue;
      }
      join(ctx, best, frame);
      continue;
    }
    // "This attack comes two days after the rocket strike on Sunday that hit a compound near the airport":
    // a reference with a day and a place of its own, not any incident's, is an earlier incident ("This
    // attack came days after ..." is the incident told, dated by the other).
    const earlier = (frame.reference || frame.weak) && frame.type && !frame.time.background && frameDate(frame)?.precision === 'DAY' && frame.place && frame.place.place.placeType !== 'COUNTRY' && incidents.every((i) => !i.date || i.date.date !== frameDate(frame)!.date) && !/^\s*(?:came|comes|happened|occurred|followed)\b/i.test(frame.sentence.slice(frame.triggers.at(-1)!.end));
    // (Told as a second item of the reaction: "likewise", "also", "too", "on the same day".)
    // "The ministry likewise rejects the bombardment that the Iranian side directed on the same day at the village of X, which killed
    // a shepherd": a reaction that tells, with its own toll, an incident at a place none of those told before can be, is another incident.
    const toldInReaction = !best && (frame.reference || frame.weak) && frame.type && violent(frame.type) && !frame.time.background && frameDate(frame)?.precision === 'DAY' && frame.place && !['COUNTRY', 'GOVERNORATE'].includes(frame.place.place.placeType ?? '') && incidents.length > 0 && incidents.every((i) => i.place && !placesAgree(ctx, i.place, frame.place) && Boolean(ctx.province(i.place.place.id)) && Boolean(ctx.province(frame.place!.place.id)) && ctx.province(i.place.place.id) !== ctx.province(frame.place!.place.id)) && ANOTHER_TOLD.test(frame.sentence) && frames.some((f) => f.sentenceIndex === frame.sentenceIndex && f.figures.some((x) => !x.anaphoric && !x.partial && (x.measure === 'killed' || x.measure === 'injured')));
    // "... drove IS out of the town on Thursday. The jihadists hit back with a wave of suicide car bombs.": suicide bombs reported
    // right after a town retaken is told, with no day or place of its own, are the counter-attack on the forces that took it.
    const lastTold = [...incidents].sort((a, b) => b.lastSentence - a.lastSentence)[0];
    const afterRecapture = lastTold?.type === 'GOVERNMENT_REGAINS_TERRITORY' && !frame.reference && !frame.weak && !frame.quoted && frame.type === 'SUICIDE_BOMB' && !frame.time.background && frame.sentenceIndex <= lastTold.lastSentence + 2;
    // "Police later found a third car packed with explosives parked near the market and dismantled it", "a force found the launcher
    // used in the attack and seized it": a device made safe or a launcher seized, told after a bombing or a rocket attack, is an
    // incident of its own on that day and at that place, even with no day or place of its own.
    const madeSafeAfter = frame.type === 'DISRUPTED_WEAPONS_USE' && !frame.weak && !frame.quoted && !frame.time.background && !frame.response && frame.triggers.some((t) => t.type === 'DISRUPTED_WEAPONS_USE' && MADE_SAFE.test(t.text)) && incidents.some((i) => violent(i.type) && i.firstSentence < frame.sentenceIndex);
    // "Within an hour, several hundred of the group's supporters gathered around the burnt-out car chanting against America": a
    // crowd told gathering after a strike or an attack is a protest of its own, on that day and at that place.
    const gatheredAfter = frame.type === 'PEACEFUL_PROTEST' && !frame.weak && !frame.quoted && !frame.reference && !frame.time.background && frame.triggers.some((t) => t.type === 'PEACEFUL_PROTEST' && GATHERED.test(t.text)) && incidents.some((i) => violent(i.type) && i.firstSentence < frame.sentenceIndex);
    if (eventful(frame, incidents.length > 0) || earlier || toldInReaction || afterRecapture || madeSafeAfter || gatheredAfter) {
      const incident = create(frame);
      join(ctx, incident, frame);
      inheritDate(incident, incidents, roundUp);
      incidents.push(incident);
    }
  }
  leadTotalOfSeveral(incidents);
  for (const i of incidents) {
    splitByShares(i);
    groupTotals(i, ctx);
    if (i.civilians && bystandersOnly(i)) i.civilians = false;
  }
  nightAfterEvening(incidents);
  inheritPlaces(incidents);
  return incidents.filter((i) => !vague(i)).flatMap(splitByPlace);
}

/**
 * "Two soldiers killed in ISIS attack in Tarmiyah" over a body that names no incident's place: the
 * headline places the lead incident when it tells one incident of a compatible kind, in a place
 * (not only a bearing from one).
 */
export function placeFromHeadline(incidents: Incident[], headline: EventFrame[]): void {
  const lead = incidents[0];
  if (!lead || incidents.some((i) => i.place)) return;
  const placed = headline.filter((f) => f.type && f.place && f.place.place.placeType !== 'COUNTRY' && !f.place.measured);
  const frame = placed.find((f) => f.type === lead.type || eventTypeOf(f.type!) === eventTypeOf(lead.type) || (violent(f.type!) && violent(lead.type)));
  if (frame && placed.length === 1) lead.place = frame.place;
}

/**
 * "Protests were held in Basra and Amarah", "Turkish jets struck the Zap and Avashin areas": one
 * event per place, as ACLED codes them. Only an incident without figures is split (a toll told for
 * all the places together cannot be shared out).
 */
function splitByPlace(i: Incident): Incident[] {
  const others = i.place?.alsoAt;
  if (!others?.length || i.figures.length || i.frames.length > 1) return [i];
  const { alsoAt: _, ...place } = i.place!;
  return [{ ...i, place }, ...others.map((e) => ({ ...i, place: { ...place, place: e, within: undefined } }))];
}

/** The evening or night a day's incident was told at ("Monday evening", "late on Monday", "at 10 p.m."). */
const EVENING = /\b(?:evening|night|late (?:on|at|in)\b|\d{1,2}(?::\d\d)?\s*p\.?\s?m\b)/i;

/**
 * "A mob burned a shop on Friday evening", then "police held nine suspects overnight": a night told only as
 * such, after an incident of the evening before the morning it ends on, is the night of that evening; it takes that day.
 */
function nightAfterEvening(incidents: Incident[]): void {
  const told = [...incidents].sort((a, b) => a.firstSentence - b.firstSentence);
  for (const [k, incident] of told.entries()) {
    const d = incident.date;
    if (!d || d.precision !== 'DAY' || incident.dateInherited || !/^overnight$/i.test(d.text.trim())) continue;
    const before = told.slice(0, k).reverse().find((i) => i.date && !i.dateInherited && i.date.precision === 'DAY');
    if (before && daysBetween(before.date!.date, d.date) === 1 && before.frames.some((f) => EVENING.test(f.sentence))) incident.date = { ...d, date: before.date!.date };
  }
}

/** A count of two or more right before a plural trigger: "Two car bombs", "three blasts", "twin bombings". */
const SEVERAL_COUNTED = /\b(?:two|three|four|five|twin|double|triple|\d+)\s+(?:[\w-]+\s+)?$/i;

/**
 * "Two car bombs exploded in two markets on Monday, killing 23 people" then "The first car ... Fourteen people were killed" and
 * "a second car bomb ... killing nine": a lead's toll of several blasts counted in its trigger, when the report goes on to tell
 * another of them the same day, is their total; the incident of the first keeps the toll its own sentences give.
 */
function leadTotalOfSeveral(incidents: Incident[]): void {
  for (const i of incidents) {
    const lead = i.frames[0];
    if (!lead?.figures.length || !i.date) continue;
    if (!lead.triggers.some((t) => /s$/i.test(t.text) && SEVERAL_COUNTED.test(lead.sentence.slice(Math.max(0, t.start - 30), t.start)))) continue;
    if (!incidents.some((o) => o !== i && o.type === i.type && o.date?.date === i.date!.date)) continue;
    const own = i.frames.slice(1).filter((f) => f.sentenceIndex !== lead.sentenceIndex).flatMap((f) => f.figures);
    i.figures = i.figures.map((f) => {
      if (!lead.figures.includes(f)) return f;
      const mine = own.filter((o) => figureKey(o) === figureKey(f) && o.count < f.count).sort((a, b) => b.count - a.count)[0];
      return mine ?? f;
    });
  }
}

/**
 * An incident whose words name no place happened where the narrative stands: in the place of the
 * incident told before it ("freed four of the captives later that night after a chase across the
 * desert" after the abduction near Baaj), when that place is below the country.
 */
function inheritPlaces(incidents: Incident[]): void {
  const told = [...incidents].sort((a, b) => a.firstSentence - b.firstSentence);
  for (const [k, incident] of told.entries()) {
    if (incident.place) continue;
    // "Separately, a roadside bomb wounded two soldiers", "Elsewhere, ...": told as unrelated, it is not placed by the one before.
    if (incident.frames[0]?.separate && /^(?:Separately|Elsewhere|In (?:a|another) (?:separate|different|unrelated))\b/i.test(incident.frames[0].sentence)) continue;
    const before = told.slice(0, k).reverse().find((i) => i.place && i.place.place.placeType !== 'COUNTRY');
    if (before) incident.place = { ...before.place!, sameClause: false };
    // "Iraqi troops freed three herders before dawn on Monday" then "The seven men were seized ... west of the town
    // of X": a lead that names no place is placed by the incident the next paragraph tells, where the story is set.
    const next = told[k + 1];
    if (!before && k === 0 && next?.place && next.place.place.placeType !== 'COUNTRY' && next.frames[0]!.paragraph === incident.frames[0]!.paragraph + 1) incident.place = { ...next.place, sameClause: false };
  }
}

/**
 * An incident whose words give no day happened when the narrative stands: on the day of the
 * incident told just before it ("Two others were abducted in Safsaf" after "on Monday night ...").
 * A day of its own, told later, replaces it.
 */
function inheritDate(incident: Incident, before: Incident[], roundUp?: ResolvedDate): void {
  if (incident.date) return;
  // "announced on Friday the arrest of ...": the day of the report, until the text tells the event's own.
  const reported = incident.frames[0]?.time.reported;
  if (reported) {
    incident.date = reported;
    incident.dateInherited = true;
    incident.dateReported = true;
    return;
  }
  const last = [...before].sort((a, b) => b.lastSentence - a.lastSentence).find((i) => i.date && !i.dateInherited);
  let date = last?.date ?? roundUp;
  if (!date) return;
  // "ISIS attacked a post on Tuesday night", then "Around 2 a.m., a bomb went off under an army truck": the small hours after
  // a night are the next day's.
  if (last?.date && date === last.date && date.precision === 'DAY' && smallHoursAfterNight(last, incident.frames[0])) date = { ...date, date: addDays(date.date, 1) };
  incident.date = date;
  incident.dateInherited = true;
}

/**
 * "Five people were killed ... The other three dead were soldiers": a toll of people that the text
 * then shares out by group is that many of each armed group and the rest of the people. Only shares
 * of forces or armed groups split it; shares of civilians ("including three women") stay in it.
 */
function splitByShares(i: Incident): void {
  for (const measure of ['killed', 'injured'] as const) {
    const armed = (i.shares ?? []).filter((f) => f.measure === measure && (f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS' || f.actorId));
    if (!armed.length) continue;
    const wholes = i.figures.filter((f) => f.measure === measure && !f.actorId && (f.group === 'UNSPECIFIED' || (f.group === 'CIVILIANS' && /\b(?:people|persons|individuals|others|victims|other men)\b/i.test(f.text ?? ''))));
    if (wholes.length !== 1) continue;
    const whole = wholes[0]!;
    const told = armed.reduce((n, f) => n + f.count, 0);
    if (told > whole.count) continue;
    whole.count -= told;
    whole.rest = true;
    if (!whole.count) i.figures.splice(i.figures.indexOf(whole), 1);
    else if (whole.group === 'UNSPECIFIED') whole.group = 'CIVILIANS';
    for (const f of armed) addFigure(i, { ...f, partial: false, breakdown: false });
  }
}

/**
 * A toll without a group ("the toll rose to seven") is of the group every other figure of the
 * incident names, or of civilians when only civilians were hit.
 */
function groupTotals(i: Incident, ctx: ArticleContext): void {
  // "the policemen" told after "a Federal Police convoy": the named force, not a second generic one.
  for (const roles of [i.targets, i.perpetrators]) {
    const police = [...roles.keys()].filter((id) => /police/i.test(ctx.entry(id)?.name ?? ''));
    if (police.length > 1) for (const id of police) if (/^Iraqi Police\b/i.test(ctx.entry(id)?.name ?? '') && roles.get(id)!.confidence <= 0.7) roles.delete(id);
  }
  // "the IRGC fired missiles ... today's Iranian strikes": the country's forces read from an adjective beside a force of
  // that country named by its name are that force, not a second side.
  const generic = [...i.perpetrators.values()].filter((a) => a.confidence <= 0.75 && /\b(?:armed forces|army|military)\b/i.test(ctx.entry(a.id)?.name ?? ''));
  for (const a of generic) {
    const state = ctx.entry(a.id)?.parentId;
    const named = [...i.perpetrators.values()].some((b) => b.id !== a.id && b.confidence > 0.75 && ctx.entry(b.id)?.kind === 'Force' && state && ctx.entry(b.id)?.parentId === state);
    if (named) i.perpetrators.delete(a.id);
  }
  // "Three policemen were killed" in an attack on a Federal Police post: the named force's men, not the generic police.
  const namedPolice = [...new Set([...i.targets.keys(), ...i.figures.map((f) => f.actorId ?? '')])].filter((id) => /police/i.test(ctx.entry(id)?.name ?? '') && !/^Iraqi Police\b/i.test(ctx.entry(id)?.name ?? ''));
  if (namedPolice.length === 1) {
    for (const f of i.figures) {
      const name = f.actorId ? (ctx.entry(f.actorId)?.name ?? '') : '';
      if (/^Iraqi Police\b/i.test(name) || (/^Iraqi Security Forces$/i.test(name) && /\bpolice/i.test(f.text ?? ''))) f.actorId = namedPolice[0]!;
    }
    mergeSameKey(i);
  }
  // "arrested four suspects" in an operation against ISIS: the arrested are the group the incident targets.
  const groups = [...i.targets.keys()].filter((id) => {
    const e = ctx.entry(id);
    return e?.kind === 'Organization' && e.organizationType === 'ARMED_GROUP';
  });
  if (groups.length === 1) {
    for (const f of i.figures) {
      if (f.measure === 'arrested' && !f.actorId && f.group !== 'CIVILIANS') {
        f.actorId = groups[0]!;
        f.group = 'MILITANTS';
      }
    }
  }
  // "killing three people", then "Two firefighters and one fighter were killed": a toll of people a later sentence tells
  // again group by group, summing to it; its civilians are that sentence's civilians (the larger count kept them merged).
  for (const f of [...i.figures]) {
    if (!/\b(?:people|persons)\b/i.test(f.text ?? '') || f.rest || f.actorId || (f.group !== 'CIVILIANS' && f.group !== 'UNSPECIFIED')) continue;
    const retold = i.frames.find((fr) => {
      if (fr.sentence === f.sentence) return false;
      const own = fr.figures.filter((g) => g.measure === f.measure && !g.partial);
      return own.some((g) => g.group === 'SECURITY_FORCES' || g.group === 'MILITANTS') && own.some((g) => g.group === 'CIVILIANS') && own.reduce((n, g) => n + g.count, 0) === f.count;
    });
    if (!retold) continue;
    f.count = retold.figures.filter((g) => g.measure === f.measure && !g.partial && g.group === 'CIVILIANS').reduce((n, g) => n + g.count, 0);
    f.group = 'CIVILIANS';
    f.rest = true;
  }
  // "left five people dead" when the text then counts three fighters and two attackers: a total, not civilians.
  for (const f of [...i.figures]) {
    if (!/\b(?:people|persons)\b/i.test(f.text ?? '') || f.rest) continue;
    const others = i.figures.filter((g) => g !== f && g.measure === f.measure);
    if (others.some((g) => g.group !== 'CIVILIANS') && others.reduce((n, g) => n + g.count, 0) === f.count) {
      i.figures.splice(i.figures.indexOf(f), 1);
      i.civilians = i.figures.some((g) => g.group === 'CIVILIANS' && g.measure !== 'arrested') || i.frames.some((fr) => fr.civilianVictims);
    }
  }
  // (The attackers' own dead name no side whose toll a bare count is.)
  const named = new Set(i.figures.filter((f) => f.group !== 'UNSPECIFIED' && !f.attackers).map((f) => `${f.group}|${f.actorId ?? ''}`));
  const armed = [...i.targets.values()].length > 0 || i.figures.some((f) => (f.group === 'SECURITY_FORCES' || f.group === 'MILITANTS') && !f.attackers);
  const revised = new Set<FrameFigure>();
  for (const f of i.figures) {
    if (f.group !== 'UNSPECIFIED' || f.actorId || f.measure === 'arrested') continue;
    // "opened fire on protesters, killing two": the toll of a protest is the protesters', not the force's that fired.
    if (PROTESTS.includes(i.type) && !named.size) {
      f.group = 'CIVILIANS';
      continue;
    }
    // A toll of an attack on one force ("the toll from the attack on a Federal Police convoy rose to 12").
    const forces = [...i.targets.keys()].filter((id) => ctx.entry(id)?.kind === 'Force');
    if (!i.civilians && forces.length === 1 && !i.figures.some((g) => g !== f && g.measure === f.measure && g.actorId === forces[0])) {
      f.group = 'SECURITY_FORCES';
      f.actorId = forces[0]!;
      continue;
    }
    if (named.size === 1) {
      const [group, actor] = [...named][0]!.split('|') as [FrameFigure['group'], string];
      const same = i.figures.find((g) => g !== f && g.measure === f.measure && g.group === group && (g.actorId ?? '') === actor);
      if (!same) {
        f.group = group;
        f.actorId = actor || null;
      } else if ((/\btoll\b/i.test(f.text ?? '') || f.revision) && !f.partial && !same.partial) {
        // "The death toll ... has risen to 11", then "killing eight people at first count": the toll revises the count.
        same.count = Math.max(same.count, f.count);
        revised.add(f);
      }
    } else if (!named.size && i.civilians && !armed) f.group = 'CIVILIANS';
  }
  i.figures = i.figures.filter((f) => !revised.has(f));
  // "killed four soldiers ... and wounded six": a figure of a group whose one actor the incident names is that actor's;
  // "killing five terrorists" beside the statement's "the killing of (5) ISIS terrorists" is that actor's figure told again.
  const repeated = new Set<FrameFigure>();
  for (const f of i.figures) {
    if (f.actorId || f.group === 'UNSPECIFIED' || f.group === 'CIVILIANS') continue;
    const actors = new Set(i.figures.filter((g) => g.group === f.group && g.actorId).map((g) => g.actorId!));
    if (actors.size !== 1) continue;
    const [actor] = actors;
    const same = i.figures.find((g) => g !== f && g.measure === f.measure && g.actorId === actor);
    if (!same) f.actorId = actor!;
    else if (f.count <= same.count) repeated.add(f);
  }
  i.figures = i.figures.filter((f) => !repeated.has(f));
}

/** Figures that now name the same group and measure: the larger one stays (a toll and a part of it). */
function mergeSameKey(i: Incident): void {
  const kept = new Map<string, FrameFigure>();
  for (const f of i.figures) {
    const key = figureKey(f);
    const old = kept.get(key);
    if (!old || (f.count > old.count && !f.partial) || (old.partial && !f.partial)) kept.set(key, f);
  }
  i.figures = [...kept.values()];
}

/** Before an air strike's words: told as the answer to what came before ("In response,", "retaliatory", "sudden"). */
const ANSWER_BEFORE = /\b(?:in (?:response|retaliation|reprisal)(?!\s+(?:to|for)\b)|in turn|retaliatory|sudden|subsequent|ensuing)\b(?![^.;]*\b(?:in (?:response|retaliation|reprisal) (?:to|for))\b)[^.;]*$/i;
/** After them: "the air operations that followed". */
const ANSWER_AFTER = /^\s*(?:that|which) (?:followed|ensued)\b/i;

/** "had gone to put out a fire which unknown men had set in the fields": the fire a crew was sent to, told to explain why it was there. */
// ... or to the fields that were burning: "were heading for wheat fields that unknown persons had set alight".
const FIRE_RESPONDED = /\b(?:put(?:ting)? out|extinguish(?:ed|ing)?|fight(?:ing)?|tackl(?:e|ing)|douse|dousing|battl(?:e|ing)|(?:sent|called|rush(?:ed|ing)?|dispatched|headed|heading|went|gone|going) (?:out )?(?:to|for)|on (?:their|its|the) way to)\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+)?(?:fires?|blazes?|fields|crops|farmland|orchards)\s+(?:that|which)\b/i;

/**
 * Crops set alight before a bomb hits the crew sent to put the fire out, told in the relative clause that says why
 * the crew was there: an incident of its own, on the day and at the place of the incident told (burnedInTheAttack
 * keeps arson told in an attack's own sentence with the attack).
 */
function fireResponded(frame: EventFrame, incidents: Incident[]): boolean {
  if (frame.type !== 'LOOTING_PROPERTY_DESTRUCTION' || !incidents.some((i) => violent(i.type) && i.firstSentence < frame.sentenceIndex)) return false;
  return frame.triggers.some((t) => t.type === 'LOOTING_PROPERTY_DESTRUCTION' && (FIRE_RESPONDED.test(frame.sentence.slice(Math.max(0, t.start - 80), t.start + 12)) || EARLIER_ARSON.test(frame.sentence.slice(Math.max(0, t.start - 60), t.start))));
}

/**
 * "a patrol heading to the village of X, where gunmen had set fire to the school an hour before", "after unknown men had torched
 * the house": property burned before the incident told, in a clause that says why its victims were there, is an incident of its own.
 */
const EARLIER_ARSON = /\b(?:where|after)\s+(?:[\w'’-]+\s+){0,4}?had\s+(?:already\s+|earlier\s+)?$/i;

/** An air strike told as the answer to a ground attack (the incident it would otherwise join). */
function answersAttack(incident: Incident, frame: EventFrame): boolean {
  if (frame.type !== 'AIR_DRONE_STRIKE' || (incident.type !== 'ARMED_CLASH' && incident.type !== 'ATTACK')) return false;
  if (frame.sentenceIndex === incident.firstSentence) return false;
  return frame.triggers.some((t) => t.type === 'AIR_DRONE_STRIKE' && (ANSWER_BEFORE.test(frame.sentence.slice(0, t.start)) || ANSWER_AFTER.test(frame.sentence.slice(t.end))));
}

/** A frame of another kind, with its own date or place different from the incident's. */
function distinctFrom(incident: Incident, frame: EventFrame): boolean {
  // "About an hour later, a bomb went off beside the reinforcements": told after a gap, another incident.
  if (frame.time.relative !== undefined && /\b(?:later|afterwards|earlier)\b/i.test(frame.time.evidence ?? '')) return true;
  const d = frameDate(frame);
  if (d && incident.date && !incident.dateInherited && d.date !== incident.date.date) return true;
  if (frame.place && incident.place && frame.place.place.id !== incident.place.place.id) return true;
  // Another kind of violence against others than the incident hit, once its toll was told ("... but
  // one of the army's Humvees drove over a landmine"): another incident.
  if (frame.targets.length && incident.targets.size && !frame.targets.some((t) => incident.targets.has(t.id)) && settledBy(incident).length) return true;
  return false;
}

/** A reaction that adds a second item: "likewise rejects", "also denounces", "condemns too", "on the same day". */
const ANOTHER_TOLD = /\b(?:likewise|also|too|as well|similarly|(?:on )?the same day)\b/i;

/** No day, no place below the country, no figure: nothing a reader could check. */
function vague(i: Incident): boolean {
  return (!i.date || Boolean(i.dateInherited)) && (!i.place || i.place.place.placeType === 'COUNTRY') && i.figures.length === 0;
}
