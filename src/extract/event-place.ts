/**
 * Where an event happened: the place argument of a trigger. A place qualifies when the words
 * around it locate something ("in the village of X", "near X", "X's Y district"); it does not
 * when it only measures a distance ("80 km north of Baghdad"), names an origin ("fired from"),
 * a source's seat ("a police source in Kirkuk said") or a government that reacted ("Turkey
 * condemned"). The trigger's own clause is read first; the smallest place wins, and a country
 * only when nothing smaller is named. After assembly, place-model.ts takes a learned second look
 * at each incident's place among all the places its sentences name.
 */
import type { ArticleContext } from './context.js';
import type { GazetteerEntry, Mention } from './gazetteer.js';
import { inQuote } from './quotes.js';
import { localSpan, type SentenceReading } from './reading.js';
import { triggerClause } from './clauses.js';
import { NAME } from './mentions.js';
import { matchesOf } from './text.js';

export interface PlaceArgument {
  place: GazetteerEntry;
  evidence: string;
  /** Found in the trigger's own clause. */
  sameClause: boolean;
  /** A broader place the same sentence names, for a place whose own parent is not known ("Ain al-Asad ... in western Anbar province"). */
  within?: GazetteerEntry;
  /**
   * The event happened near the place, not in it ("30 km southwest of Kirkuk", "north of
   * Baquba", "near Tuz Khurmatu"): ACLED's geo_precision 2, and a place named later for the same
   * incident ("in the village of X") replaces it.
   */
  approximate?: boolean;
  /** Told only by a bearing or a distance from the place ("north of Baghdad", "30 km southwest of Kirkuk"): the event may lie well outside it. */
  measured?: boolean;
  /** Places of about the same rank coordinated with it ("protests in Basra and Amarah"): the same kind of event there too. */
  alsoAt?: GazetteerEntry[];
}

/** "the ridge that rises above Spindar", "in the hills above the camp", "overlooking X": a point of reference, not where it happened. */
const ABOVE = /\b(?:above|below|overlooking|beneath)\s+(?:the\s+)?(?:(?:village|town|city|camp)\s+of\s+)?(?:[\w'’-]+\s+){0,1}$/i;
const DISTANCE = /\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\(\s*\d+\s*\w+\s*\)\s*)?(?:to the\s+)?(?:north|south|east|west)\w*(?:\s+of)?\s+(?:the\s+)?(?:city of\s+|capital,?\s+)?$|\b(?:north|south|east|west)(?:ern|east|west)?\s+of\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|province|capital|district)(?:\s+(?:city|town))?(?:\s+of)?,?\s+)?$|\b(?:road|highway|route)\s+(?:between|linking|connecting|from)\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:and|to)\s+)?(?:the\s+)?$/i;
const ORIGIN = /\b(?:launched|fired)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:village of\s+|area of\s+|town of\s+)?$|\b(?:came|coming|arrived|arriving|fled|fleeing|returned|originat\w+|headed|heading|crossed|infiltrat\w+|brought|transferred|move|moves|moved|moving|relocat\w*|flee|flees|displaced|travell?ing|walk(?:ed|ing|s)?|withdr[ea]w\w*|retreat\w*|pulled back|escap\w+|went|taken|evacuated)\s+(?:\w+\s+){0,3}?(?:from|toward|towards|to|into)\s+(?:the\s+)?(?:direction of\s+(?:the\s+)?)?(?:village of\s+|area of\s+|town of\s+|(?:(?:holy|shrine)\s+)?cit(?:y|ies)\s+of\s+(?:[\w'’-]+\s+(?:and|or)\s+)?)?$|\bfrom\s+(?:neighbouring\s+|neighboring\s+)?$|\bfrom\s+(?:the\s+)?(?:outskirts|suburbs)\s+of\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$|\bfrom\s+(?:the\s+)?(?:outskirts|suburbs)\s+of\s+(?:(?:al-)?\p{Lu}[\p{L}'’-]*\s+){1,2}(?:and|or)\s+(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:(?:town|village|city)\s+of\s+)?$/iu;
const SOURCE_SEAT = /\b(?:sources?|spokes(?:man|woman|person)|correspondent|reporter|medics?|doctors?|residents?|witness(?:es)?|hospital|mourners|(?:buried|laid to rest|funerals?\s+(?:was|were)\s+held)(?:\s+[\w'’-]+){0,3}?)\s+(?:\w+\s+)?(?:in|at|from)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$/i;
/** "a police officer in Kirkuk said": an officer (or an official) is a source only when he speaks ("killed a police officer in Baquba" places the killing). */
const OFFICER_SEAT = /\b(?:officers?|officials?)\s+(?:\w+\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
// (... after the place's apposition too: "a health official in Hilla, the provincial capital, told AFP".)
const SPEAKS_AFTER = /^(?:,\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,)?\s*(?:[\w'’-]+\s+){0,3}?,?\s*(?:said|says|say|told|reported|added|confirmed|stated)\b/i;
/** "took them to an interrogation centre in Basra", "were transferred to a prison in Baghdad": where people were taken afterwards. */
const TAKEN_TO = /\b(?:took|taken|taking|transferred|moved|brought|sent|handed over)\s+(?:[\w-]+\s+){0,3}?to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:centre|center|prison|jail|detention|headquarters|facility|station|compound|directorate)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** "the federal government in Baghdad", "the embassy in Ankara": a body's seat. */
const GOVERNMENT_SEAT = /\b(?:government|governments|authorities|parliament|leadership|ministry|ministries|embassy|consulate|presidency)\s+in\s+(?:the\s+)?$/i;
/** "said in a statement from its headquarters in Basra", "spoke at his office in Erbil": where a report was made. */
const REPORTED_FROM = /\b(?:statement|said|says|told|announced|speaking|spoke|conference)\b[^.;,]{0,30}\b(?:from|at)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:headquarters|head office|offices?)\s+in\s+(?:the\s+)?$/i;
/** "told reporters in Kirkuk", "at a press conference in Erbil", "a statement issued in Duhok", "said in Baghdad": where words were spoken. */
const SPOKEN_AT = /\b(?:(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:reporters|journalists|the press|the media|(?:a|the)\s+(?:joint\s+)?(?:press|news)\s+(?:conference|briefing))|(?:at|during|in)\s+(?:a|the)\s+(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)(?:\s+(?:held|given))?|statement\s+(?:published|issued|released)|speaking|spoke|said)\s+in\s+$/i;
/** "the 7th Division, which is headquartered in Anbar", "a group based in Erbil": a body's seat. */
const BASED_IN = /\b(?:headquartered|based)\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west)(?:ern|east|west)?\s+)?$/i;
/** "police SWAT units in ", "army troops stationed in ": a force told by where it is based ... */
const BODY_IN = /\b(?:police|policemen|units?|forces|troops|soldiers|commandos|SWAT|brigades?|regiments?|battalions?|divisions?)\s+(?:(?:stationed|based|deployed)\s+)?in\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i;
/** ... and the deed it did next ("... in Kirkuk arrested", "... in Mosul raided"). */
const BODY_ACTS = /^\s+(?:(?:on|late on|early on)\s+\w+\s+|(?:also|then|later)\s+)?(?:arrested|detained|raided|stormed|killed|captured|seized|ambushed|intercepted|freed|rescued)\b/i;
/** "Police in Basra said": a body that reports from its seat. */
const REPORTING_BODY = /\b(?:police|authorities|command|officials)\s+(?:in|at)\s+(?:the\s+)?$/i;
const SPEAKER_AFTER = /^['’]?s?\s*(?:\(\w+\)\s*)?(?:(?:,\s*|\s+and\s+)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*\s*(?:,[^,]{2,60},\s*)?(?:has |have |had |also |strongly |on \w+ )?(?:condemn|denounc|deplor|express|offer|extend|call|urg|said|says|stated|announced|warned|welcom|reject|affirm|stress|reiterat|renew|voic|send|sent|praise)/i;
/** "militias aligned with Iran", "backed by Turkey": a patron, not a place. */
const PATRON = /\b(?:aligned|allied|linked|close|loyal|tied|affiliated|proxies)\s+(?:with|to|of)\s+(?:the\s+)?$|\b(?:backed|supported|funded|armed|sponsored|trained)\s+by\s+(?:the\s+)?$/i;
/** "the U.S. strikes", "the Turkish drone strike", "the Iranian embassy": a country named before a noun of its deeds, forces or envoys. */
const COUNTRY_ATTRIBUTE = /^\.?(?:-led)?\s+(?:[\p{Ll}-]+\s+)?(?:strikes?|airstrikes?|raids?|forces|troops|military|army|aircraft|warplanes?|jets?|drones?|embassy|consulate|officials?|soldiers?|servicem[ae]n|personnel|convoys?|bombing|bombardment|shelling|attacks?|operations?|side|government|coalition|contractors?|advis[eo]rs|nationals?)\b/u;
const COUNTRY_LOCATIVE = /\b(?:in|inside|into|across|throughout|within|over|of|at|near|from|to|against|on|targeting|targeted|struck|hit|attacked)\s+(?:the\s+)?(?:(?:far|mainland|northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?$/i;
/** "(some 30 km) southwest of (the provincial capital) Kirkuk", "north of the town of X". */
const DIRECTION_OF = /\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|capital|district)(?:\s+(?:city|town))?(?:\s+of)?,?\s+)?$|\b(?:road|highway|route)\s+(?:between|linking|connecting)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$|\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?from\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$/i;
/** "near X", "on the outskirts of X", "close to X": near the place, not in it. */
const NEAR = /\b(?:near|nearby|close to|outside|on the outskirts of|outskirts of|around|in the vicinity of)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?$/i;
/** "in Tell Hamdan on Monday", "near Albu Dor,": a name after a locative, then a pause, a time or another locative. */
const BARE_PLACE = new RegExp(String.raw`\b(?:in|at|near|outside|(?<=\b(?:raids?|attacks?|assaults?|strikes?|shelling|bombardment)\b[^.;,]{0,30}\s)on)\s+(?:the\s+(?:village\s+of\s+)?)?(${NAME})(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|near|late|early|last|this|yesterday|overnight|at|when|after|before|during|and|where|while|killing|wounding|leaving)\b)`, 'gu');
/** "the hills around Goshan", "farmland near Tapa", "a farm road outside Khanke": open land told by the settlement it lies by. */
const LANDSCAPE_PLACE = new RegExp(String.raw`\b(?:hills?|hillsides?|fields?|farmland|farms?|orchards?|slopes?|pastures?|grazing land|farm roads?|(?:the )?edge|outskirts)\s+(?:around|near|outside|by|above|below|of)\s+(?:the\s+village\s+of\s+)?(${NAME})(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|late|early|last|this|yesterday|overnight|at|when|after|before|during|and|while|killing|wounding|setting|leaving)\b)`, 'gu');
/** "near the Tuwaisa intersection", "at the Hayaniya roundabout": a crossing named for the quarter or village it lies in. */
const CROSSING_PLACE = new RegExp(String.raw`\b(?:in|at|near|outside|by)\s+the\s+(${NAME})\s+(?:[Ii]ntersection|[Rr]oundabout|[Jj]unction|[Cc]rossroads)\b`, 'gu');
const LOCATIVE = /\b(?:in|at|near|outside|inside|around|on the outskirts of|on the road to|west of|east of|north of|south of|village of|town of|city of|district of|area of|province of|governorate of|region of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** "in al-Amil, in southwest ", "at X, in the centre of ": the words between a quarter's name and the town or city it lies in. */
const QUARTER_BEFORE = new RegExp(String.raw`\b(?:in|at)\s+(?:the\s+)?(${NAME}),\s+in\s+(?:the\s+)?(?:(?:central|downtown|(?:north|south)?(?:east|west)?(?:ern)?)\s+|(?:centre|center|heart|middle)\s+of\s+(?:the\s+)?)?$`, 'u');

/** "In X, ...", ", while in X, ...", "Elsewhere in X, ...": the words before the province that heads an item of a round-up. */
const ROUNDUP_HEAD = /(?:^\s*(?:(?:Meanwhile|Elsewhere|Separately),?\s+)?In|,\s*(?:while|whereas|and|but)\s+in|^\s*Elsewhere\s+in)\s+$/;

/**
 * "called on the coalition to strike the militants' positions around X", "urged the army to send troops to X": a place
 * inside a call for action is where someone wants something done, not where the incident told outside the call happened.
 */
const CALL_FOR_ACTION = /\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to)\b[^.;:"“”]{0,90}?\bto\s+(?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]+)\b/giu;

/** Whether the place at [start, end) lies inside a call for action that the trigger is not part of (the trigger before the call, or after the place). */
function inCallForAction(text: string, trigger: { start: number; end: number }, start: number, end: number): boolean {
  let opened = -1;
  for (const m of matchesOf(text.slice(0, start), CALL_FOR_ACTION)) opened = m.index ?? -1;
  if (opened < 0) return false;
  return trigger.start < opened || trigger.start >= end;
}

/**
 * "launched new strikes on Monday, a week after a similar barrage killed two people near X": a place told after the
 * time that sets an earlier incident apart places that incident, not the one told before it.
 */
const ANCHOR_BETWEEN = /,\s+(?:(?:just|only|barely|less than|more than|about|some|nearly|almost)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s/i;

/** ", a village about three kilometres west of X": a name told as the village of the scene, whatever moved to or from it. */
const VILLAGE_APPOSED = /^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet)\b/i;

function admissible(r: SentenceReading, m: Mention, place: GazetteerEntry, triggerQuoted: boolean, measured = false): boolean {
  const { start, end } = localSpan(r, m);
  const text = r.sentence.text;
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  if (inQuote(r.quotes, start, end) && !triggerQuoted) return false;
  // "told Baghdad Today", "the Basra Times": an outlet's name.
  if (/^\s+(?:Today|Now|Post|Times|News|TV|Radio|Tribune|Observer|Herald|Gazette)\b/.test(after)) return false;
  if (REPORTING_BODY.test(before) && /^\s*(?:[\w'’-]+\s+){0,2}(?:said|say|says|told|reported|announced|stated|added)\b/i.test(after)) return false;
  // "called on the federal government in Baghdad to ...": the seat of a government or body, not where anything happened.
  // ("employees of the Oil Ministry in the Ghazaliya neighbourhood": a quarter named as such is where the people were, no seat.)
  if ((GOVERNMENT_SEAT.test(before) && !/^\s+(?:neighbou?rhood|quarter)\b/i.test(after)) || TAKEN_TO.test(before) || REPORTED_FROM.test(before) || SPOKEN_AT.test(before) || BASED_IN.test(before)) return false;
  // "drove them back toward the Hawija pocket", "pushed the attackers back into the hills near X": where the attackers were driven.
  if (/\b(?:drove|driven|pushed|forced|chased|beat|beaten)\s+(?:[\w'’-]+\s+){0,3}?back\s+(?:toward|towards|to|into|across)\s+(?:the\s+)?(?:(?:village|town|area|direction)\s+of\s+(?:the\s+)?)?$/i.test(before)) return false;
  // "in what Kurdish leaders called an attack on the Kurdistan Region", "what the ministry described as an assault on Iraq's
  // sovereignty": a region or a country in a side's label for the incident names whom it felt aimed at, not where it happened
  // (a city or a village so named, "what he called an attack on Erbil", is still where).
  if ((place.placeType === 'REGION' || place.placeType === 'COUNTRY') && /\bwhat\s+(?:[\w'’-]+\s+){0,4}?(?:called|calls|call|described as|describes as|termed|terms|branded|labell?ed)\s+(?:[\w'’-]+\s+){0,6}$/i.test(before)) return false;
  // "Kurdistan Region Prime Minister X said", "Dhi Qar MP X demanded": the seat of a politician's office, not a place of the event (a governor or a mayor, who answers for the place, is left to place it).
  if (/^(?:['’]s)?\s+(?:(?:provincial|deputy|former|acting)\s+)?(?:prime minister|president|minister|lawmaker|MP)\b/i.test(after)) return false;
  // "the Asayish of Duhok", "the police of Basra": a body named by its seat.
  if (/\b(?:Asayish|police|command|directorate|security|intelligence|operations)\s+of\s+(?:the\s+)?$/i.test(before)) return false;
  // "Colonel X of the Karbala police", "the Kirkuk provincial council": the same, the seat before the body.
  // ("the storming of the Diyala provincial council building": the building is where, see provincialSeat.)
  if (/\b(?:of|from|with)\s+the\s+$/i.test(before) && /^\s+(?:police|provincial council|operations command|health directorate|security committee)\b(?!\s+(?:building|headquarters|compound|premises|offices))/i.test(after)) return false;
  // "Najaf police spokesman Col. X urged": the seat of the body whose officer speaks.
  if (/^\s+(?:police|provincial council|operations command|health directorate|security committee)\s+(?:spokes\w+|chief|commander|director|source|official|officer|head)\b/i.test(after)) return false;
  if (((DISTANCE.test(before) || ABOVE.test(before)) && !measured) || (ORIGIN.test(before) && !(measured && DIRECTION_OF.test(before)) && !VILLAGE_APPOSED.test(after)) || SOURCE_SEAT.test(before) || (OFFICER_SEAT.test(before) && SPEAKS_AFTER.test(after)) || PATRON.test(before) || /^-(?:backed|aligned|linked|allied|based|headquartered)\b/i.test(after)) return false;
  // "near Bab Sinjar" (Arabic "the gate of Sinjar"): a gate, or the quarter around it, named for the town its road leads to,
  // not that town.
  if (/(?:^|[^\p{L}])Bab\s+(?:al-)?$/u.test(before)) return false;
  // "the Sayyid Ahmed al-Rifai checkpoint", "the Imam Ali hospital": the tail of a facility named after a person, not the town of that name.
  if (/(?:^|[^.;:]\s)(?:Sayyid|Sayed|Imam|Sheikh|Shaikh|Haji|Mullah|Martyr)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}$/u.test(before) && /^\s+(?:checkpoint|hospital|mosque|shrine|school|square|bridge|street|camp|base)\b/i.test(after)) return false;
  // A country (or a seat of government) that speaks is a government, not a place of the event.
  if ((place.placeType === 'COUNTRY' || place.placeType === 'REGION' || m.entries.some((e) => e.kind === 'Government')) && SPEAKER_AFTER.test(after)) return false;
  // A country is where an event happened only when the words say so ("in Iraq", "inside Iran",
  // "the Kurdistan region of northern Iraq"); "Iran launched", "US drones" name a side.
  if (place.placeType === 'COUNTRY' && !COUNTRY_LOCATIVE.test(before)) return false;
  // "wounded in the U.S. strikes", "killed in the Turkish drone strike": a country naming whose deed it was, not where.
  if (place.placeType === 'COUNTRY' && COUNTRY_ATTRIBUTE.test(after)) return false;
  // "Turkey's foreign ministry", "Iraq's prime minister": a possessor of a body, not a place.
  // ... nor "Egypt's mission", "Iran's charge d'affaires", "Pakistan's diplomats": whose envoys they were.
  if (/^['’]s\s+(?:\w+\s+)?(?:foreign|defen[cs]e|interior|prime|president|ministry|minister|government|embassy|consul|parliament|army|forces|military|security|armed|ambassador|envoy|spokes|mission|delegation|diplomat|charg[eé]|legation|chancery)/i.test(`${/['’]s$/.test(m.text) ? "'s" : ''}${after}`)) return false;
  return true;
}

/** The words before a name, or after it, that make it an administrative unit, and the unit's suffix and type. */
const UNIT_OF: [before: RegExp, after: RegExp, suffix: string, type: string][] = [
  [/\b(?:province|governorate)s?\s+of\s+(?:the\s+)?$|\b(?:provinces|governorates)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+and\s+(?:the\s+)?$/iu, /^(?:\s+and\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:provinces|governorates)\b/iu, 'Governorate', 'GOVERNORATE'],
  [/\b(?:sub-?district|nahiya)\s+of\s+(?:the\s+)?$/i, /^(?:\s+and\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+sub-?districts\b/iu, 'Subdistrict', 'SUBDISTRICT'],
  // "the qadha of X": the Arabic word for a district.
  [/\b(?:(?<!sub-?)district|qadh?aa?)\s+of\s+(?:the\s+)?$/i, /^(?:\s+and\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+districts\b/iu, 'District', 'DISTRICT'],
];

/**
 * "the Zawita sub-district of Duhok", "the Bradost area of Soran": the place after "of" only holds
 * the place named right before it.
 */
function holdsPlaceBefore(r: SentenceReading, m: Mention): boolean {
  const { start } = localSpan(r, m);
  return r.mentions.some((o) => {
    if (o === m || !o.entries.some((x) => x.kind === 'Place')) return false;
    const { end } = localSpan(r, o);
    // ", a sub-district of Kifri": the same told as an apposition.
    return end <= start && /^\s*(?:,\s*(?:a|the|one)\s+(?:small\s+|remote\s+)?(?:sub-?district|nahiya|district|village|town|area)\s+|(?:sub-?district|nahiya|district|area|region|countryside|outskirts|parts?|side|slopes)\s+)?of\s+(?:the\s+)?$/i.test(r.sentence.text.slice(end, start));
  });
}

/** "the province of Dohuk", "Kirkuk and Nineveh governorates": the unit of that name, not its seat town. */
export function unitNamed(r: SentenceReading, m: Mention, e: GazetteerEntry, ctx: ArticleContext): GazetteerEntry {
  if (holdsPlaceBefore(r, m)) return e;
  const { start, end } = localSpan(r, m);
  const before = r.sentence.text.slice(Math.max(0, start - 30), start);
  const after = r.sentence.text.slice(end, end + 40);
  for (const [pattern, following, suffix, type] of UNIT_OF) {
    if (!(pattern.test(before) || following.test(after)) || e.placeType === type) continue;
    return ctx.lookup(`${m.text} ${suffix}`).find((x) => x.kind === 'Place' && x.placeType === type) ?? e;
  }
  return e;
}

/** "the road between A and ...", "the highway linking A to ...": the words before a road's first end. */
const ROAD_FROM = /\b(?:road|highway|motorway|expressway|route)\s+(?:between|linking|connecting|from)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$/i;
/** "... and the village of B", "... to B": the words between a road's two ends. */
const ROAD_TO = /^\s+(?:and|to|with)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$/i;
const ROAD_AFTER = /^\s+(?:road|highway|motorway|expressway|route)\b/i;
/** "... and Riyadh": a second end the gazetteer may know only under a unit's name. */
const ROAD_TO_NAME = new RegExp(String.raw`^\s+(?:and|to)\s+(${NAME})`, 'u');

/**
 * How large a place a road's end is: a village or a site 0, the seat of a sub-district (or a
 * sub-district's own name) 1, of a district 2, a provincial capital or other city 3, an area (a range
 * of hills, a plain: no point on the road) 4, a province or broader 8.
 */
function endWeight(e: GazetteerEntry, ctx: ArticleContext): number {
  switch (e.placeType) {
    case 'SITE':
    case 'VILLAGE':
      return 0;
    case 'CITY':
      return 3;
    case 'DISTRICT':
      return 2;
    case 'TOWN':
      return ctx.lookup(`${e.name} District`).some((x) => x.kind === 'Place' && x.placeType === 'DISTRICT') ? 2 : 1;
    case 'AREA':
      return 4;
    case 'GOVERNORATE':
    case 'REGION':
    case 'COUNTRY':
      return 8;
    default:
      return 1;
  }
}

/**
 * The two ends of each road a sentence names ("the road between Baquba and Buhriz", "the highway
 * linking Hawija to Riyadh", "the Kirkuk-Daquq road"), and the end the incident is told by: reporters
 * name a road from the larger place out to the lesser one, and an incident on it is coded to the lesser
 * end (the more local anchor: a village before a town, a town before a city, any settlement before a
 * range of hills), the first end on a tie.
 * A second end the reference knows only as a unit ("Riyadh" for Riyadh Subdistrict) is that unit.
 */
function roadEnds(r: SentenceReading, ctx: ArticleContext): { keep: Map<Mention, Mention>; drop: Set<Mention> } {
  const known = ROADS.get(r);
  if (known) return known;
  const found = findRoadEnds(r, ctx);
  ROADS.set(r, found);
  return found;
}

/** The road ends of each sentence reading, found once (every trigger of the sentence asks). */
const ROADS = new WeakMap<SentenceReading, { keep: Map<Mention, Mention>; drop: Set<Mention> }>();

function findRoadEnds(r: SentenceReading, ctx: ArticleContext): { keep: Map<Mention, Mention>; drop: Set<Mention> } {
  const keep = new Map<Mention, Mention>();
  const drop = new Set<Mention>();
  const text = r.sentence.text;
  const places = r.mentions.filter((m) => m.entries.some((x) => x.kind === 'Place')).sort((a, b) => a.start - b.start);
  for (const [i, a] of places.entries()) {
    const sa = localSpan(r, a);
    const from = ROAD_FROM.test(text.slice(Math.max(0, sa.start - 60), sa.start));
    if (!from && text[sa.end] !== '-') continue;
    let b: Mention | undefined = places[i + 1];
    const between = b ? text.slice(sa.end, localSpan(r, b).start) : '';
    if (!(b && ((from && ROAD_TO.test(between)) || (between === '-' && ROAD_AFTER.test(text.slice(localSpan(r, b).end, localSpan(r, b).end + 15)))))) {
      b = undefined;
      // "between Hawija and Riyadh": a bare name the reference holds only as a unit's.
      const bare = from ? ROAD_TO_NAME.exec(text.slice(sa.end)) : null;
      if (bare && !ctx.lookup(bare[1]!).length) {
        const unit = ['Subdistrict', 'District'].flatMap((suffix) => ctx.lookup(`${bare[1]!} ${suffix}`)).find((x) => x.kind === 'Place' && (x.placeType === 'SUBDISTRICT' || x.placeType === 'DISTRICT'));
        const start = r.sentence.start + sa.end + bare[0].length - bare[1]!.length;
        if (unit) b = { entries: [unit], from: 0, to: 0, start, end: start + bare[1]!.length, text: bare[1]! };
      }
    }
    if (!b) continue;
    const ea = a.entries.find((x) => x.kind === 'Place')!;
    const eb = b.entries.find((x) => x.kind === 'Place')!;
    if (ea.id === eb.id) continue;
    const [kept, other] = endWeight(eb, ctx) < endWeight(ea, ctx) ? [b, a] : [a, b];
    keep.set(a, kept);
    keep.set(b, kept);
    drop.add(other);
  }
  return { keep, drop };
}

/** "on X mountain", "struck the slopes of Mount X", "in the X hills": the words that put a target on a mountain. */
const MOUNTAIN_ON = /\b(?:on|in|into|across|struck|hit|bombed|shelled|pounded|targeted|striking|hitting|bombing|shelling|pounding|targeting)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:slopes?|ridges?|peaks?|summits?|tops?|flanks?|foothills|sides?|heights)\s+of\s+(?:the\s+)?)?$/i;
/** ", near the town of", " above the villages of", " overlooking": a place that only tells where the mountain before it lies. */
const LANDMARK_AFTER = /^(?:\s+(?:mountains?|range|ridge|hills|heights))?\s*,?\s+(?:(?:just|right|directly)\s+)?(?:near|above|below|overlooking|close to|next to|outside|beside)\s+(?:the\s+)?(?:(?:villages?|towns?|city|camps?|hamlets?)\s+of\s+)?$/i;
/** "... Kani Rash and Gwezhe": further places of the same landmark. */
const LANDMARK_AND = /^\s*(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?:(?:village|town|camp|hamlet)\s+of\s+)?$/i;

/** A mountain, a range or a ridge ("Mount X", "the X mountains", "Asos mountain"), named as such. */
function mountain(r: SentenceReading, m: Mention, e: GazetteerEntry): boolean {
  if (e.placeType !== 'AREA') return false;
  const { end } = localSpan(r, m);
  return /\b(?:Mount|Mountains?|Range|Ridge|Jabal|Jebel|Hills)\b/i.test(m.text) || /^\s+(?:mountains?|range|ridge|hills)\b/i.test(r.sentence.text.slice(end, end + 12)) || /\b(?:Mount|Mountains?|Range|Ridge|Jabal|Jebel|Hills)\b/.test(e.name);
}

/** " provincial council building", "'s governorate headquarters": the words after a province that name its government's building. */
const PROVINCIAL_BUILDING = /^(?:['’]s)?\s+(?:provincial|governorate)\s+(?:(?:government|council|administration)\s+)?(?:building|headquarters|compound|premises|offices?)\b/i;

/** A crossing the reference lacks, named in full ("Tuwaisa Intersection") and answering to the name of the quarter it is named for. */
function crossingNamed(name: string, head: string, sentence: string, parent: GazetteerEntry | null, ctx: ArticleContext): GazetteerEntry | null {
  const full = `${name} ${head[0]!.toUpperCase()}${head.slice(1).toLowerCase()}`;
  const known = ctx.lookup(full).find((x) => x.kind === 'Place');
  if (known) return known;
  if (ctx.lookup(name).length) return null;
  const e = ctx.finder.placeNamed(full, sentence, parent);
  if (e && ctx.finder.discovered.has(e.id) && !e.aliases.includes(name)) e.aliases.push(name);
  return e;
}

/** The capital of each province, found once per reference. */
const SEATS = new WeakMap<object, Map<string, GazetteerEntry | null>>();

/**
 * The capital of a province: the city of the province that bears its name (Basra in Basra Governorate), else its only
 * city (Baqubah in Diyala Governorate); none where the reference holds several cities and none of its name.
 */
function provincialSeat(province: GazetteerEntry, ctx: ArticleContext): GazetteerEntry | null {
  let seats = SEATS.get(ctx.gazetteer);
  if (!seats) SEATS.set(ctx.gazetteer, (seats = new Map()));
  const known = seats.get(province.id);
  if (known !== undefined) return known;
  const cities = [...ctx.gazetteer.byId.values()].filter((x) => x.kind === 'Place' && x.placeType === 'CITY' && ctx.contains(province.id, x.id));
  const names = [province.name, ...province.aliases].map((n) => n.replace(/\s+(?:Governorate|Province)$/i, '').toLowerCase());
  const seat = cities.find((c) => [c.name, ...c.aliases].some((n) => names.includes(n.toLowerCase()))) ?? (cities.length === 1 ? cities[0]! : null);
  seats.set(province.id, seat);
  return seat;
}

/** The head words of a crossing (the cheap gate before CROSSING_PLACE is read). */
const CROSSING_WORDS = ['ntersection', 'oundabout', 'unction', 'rossroads'];
/** " in Baquba", ", in the centre of Basra", " in the city of Tikrit": the words between a crossing's head word and the town it lies in. */
const IN_TOWN = /^\s*,?\s*(?:in|inside|within)\s+(?:the\s+)?(?:(?:centre|center|heart|middle|north|south|east|west|(?:north|south|east|west)ern\s+(?:part|side|edge))\s+of\s+(?:the\s+)?)?(?:(?:city|town)\s+of\s+)?$/i;

/**
 * "blew himself up outside a party office here on Wednesday", "were killed here yesterday": in a report datelined in a
 * city, "here" is that city (the words before it locate, not "said here" or "from here").
 */
const HERE = /\b(?:[\p{L}\d'’-]+)\s+here(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|late|early|last|this|yesterday|today|overnight|when|after|before|during|and|while|killing|wounding|leaving)\b)/giu;
const NOT_HERE_LOCATIVE = /^(?:said|says|say|told|telling|spoke|speaking|from|arrived|arriving|came|coming|reporters|journalists|correspondent|sources?|officials?|diplomats?|residents?|analysts?|observers?|embassy|bureau|quoted|announced|stated)$/i;

function hereAtDateline(r: SentenceReading, trigger: { start: number; end: number }, ctx: ArticleContext, triggerQuoted: boolean): PlaceArgument | null {
  const name = ctx.article.datelinePlace?.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const text = r.sentence.text;
  if (!name || !/\bhere\b/i.test(text)) return null;
  for (const m of matchesOf(text, HERE)) {
    const word = /^[\p{L}\d'’-]+/u.exec(m[0])![0];
    if (NOT_HERE_LOCATIVE.test(word)) continue;
    const start = (m.index ?? 0) + m[0].length - 4;
    if (inQuote(r.quotes, start, start + 4) && !triggerQuoted) continue;
    const e = ctx.lookup(name).find((x) => x.kind === 'Place' && (x.placeType === 'CITY' || x.placeType === 'TOWN'));
    if (!e) return null;
    return { place: e, evidence: text.slice(Math.max(0, start - 25), Math.min(text.length, start + 14)).trim(), sameClause: Boolean(triggerClause(r.clauses, trigger.start)) };
  }
  return null;
}

/** The place of a trigger at [start, end) of the sentence. */
export function placeOf(
  r: SentenceReading,
  trigger: { start: number; end: number },
  ctx: ArticleContext,
  locativeOnly = false,
  segment?: { start: number; end: number },
): PlaceArgument | null {
  const triggerQuoted = inQuote(r.quotes, trigger.start, trigger.end);
  const clause = triggerClause(r.clauses, trigger.start);
  const candidates: { m: Mention; e: GazetteerEntry; sameClause: boolean; locative: boolean; distance: number; approximate?: boolean; measured?: boolean; mountain?: boolean; roadEnd?: boolean; seat?: boolean }[] = [];
  const road = roadEnds(r, ctx);
  for (const m of r.mentions) {
    if (road.drop.has(m)) continue;
    // "the U.S. Embassy in Baghdad": a body named by its seat places an attack on it.
    const seat = m.entries.find((x) => x.kind === 'Place') ? undefined : / in ((?:al-)?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)$/u.exec(m.text)?.[1];
    let e = m.entries.find((x) => x.kind === 'Place') ?? (seat ? ctx.lookup(seat).find((x) => x.kind === 'Place') : undefined);
    // "the Kurdistan Region's capital", "the capital of Iraq": the seat of its government.
    if (e && (e.placeType === 'REGION' || e.placeType === 'COUNTRY')) {
      const { start: s0, end: e0 } = localSpan(r, m);
      const possessive = /['’]s$/.test(m.text);
      const ownCapital = possessive && /^\s*capital\b/i.test(r.sentence.text.slice(e0, e0 + 10));
      const capitalOf = !possessive && !/^['’]s/.test(r.sentence.text.slice(e0, e0 + 2)) && /\b(?:in|at|on|into|targeting|targeted|hit|struck)\s+the\s+capital\s+of\s+(?:the\s+)?$/i.test(r.sentence.text.slice(Math.max(0, s0 - 40), s0));
      if (ownCapital || capitalOf) e = ctx.capitalOf(e.id) ?? e;
    }
    if (e) e = unitNamed(r, m, e, ctx);
    // "stormed the Diyala provincial council building", "outside the Dhi Qar provincial government headquarters": the
    // province's own building stands in its capital.
    if (e?.placeType === 'GOVERNORATE' && PROVINCIAL_BUILDING.test(`${/\s(?:governorate|province)$/i.test(m.text) ? ' provincial' : ''}${r.sentence.text.slice(localSpan(r, m).end, localSpan(r, m).end + 60)}`)) e = provincialSeat(e, ctx) ?? e;
    // "In Kirkuk, an IED went off ...", "..., while in Basra, a bomb ...", "Elsewhere in Diyala, ...": a round-up's province told at the head of its item.
    if (e && (e.placeType === 'CITY' || e.placeType === 'TOWN') && ROUNDUP_HEAD.test(r.sentence.text.slice(0, localSpan(r, m).start)) && /^\s*,/.test(r.sentence.text.slice(localSpan(r, m).end))) {
      e = ctx.lookup(`${m.text} Governorate`).find((x) => x.kind === 'Place' && x.placeType === 'GOVERNORATE' && ctx.contains(x.id, e!.id)) ?? e;
    }
    if (!e || !admissible(r, m, e, triggerQuoted)) continue;
    // "Kirkuk's Zab subdistrict": the possessor only holds the place it names.
    if (/['’]s$/.test(m.text) && r.mentions.some((o) => o !== m && o.start >= m.end && o.start - m.end <= 2 && o.entries.some((x) => x.kind === 'Place'))) continue;
    const { start, end } = localSpan(r, m);
    if (segment && (start < segment.start || end > segment.end)) continue;
    if (inCallForAction(r.sentence.text, trigger, start, end)) continue;
    if (start >= trigger.end && ANCHOR_BETWEEN.test(r.sentence.text.slice(trigger.end, start))) continue;
    const sameClause = Boolean(clause && start >= clause.start && end <= clause.end);
    const before = r.sentence.text.slice(Math.max(0, start - 40), start);
    // "the rocket attack this morning on Balad Air Base": what an attack was on is where it happened.
    // ... and so is what was shelled or bombed ("Monday's shelling of Bnawa").
    // ... and what a strike targeted or hit ("the air strikes that targeted the X mountains", "shells struck X").
    const attackOn = /\b(?:attacks?|strikes?|assaults?|raids?|shelling|bombing|bombardment)\s+(?:[\w-]+\s+){0,3}on\s+(?:the\s+)?$|\b(?:shelling|bombing|bombardment)\s+of\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$|\b(?:targeted|targeting|struck|striking|hit|hitting|pounded|pounding|shelled|bombed)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$/i.test(before);
    // "returned to Albu Mustafa, a village three kilometres west of X": a name its apposition calls a village is a place the
    // sentence locates, whatever the preposition before it.
    // "the Erbil-Kirkuk road": a road's end names no place of the event; a place named beside it does.
    const roadEnd = /^-(?:(?:al-)?\p{Lu}[\p{L}'’]*\s+)?(?:road|highway|motorway|expressway|route)\b/iu.test(r.sentence.text.slice(end, end + 30)) || (/-$/.test(r.sentence.text.slice(start - 1, start)) && /^\s+(?:road|highway|motorway|expressway|route)\b/i.test(r.sentence.text.slice(end, end + 15)));
    // "a position on Asos mountain", "bombed the slopes of Metina mountain": a mountain the target lay on.
    const onMountain = mountain(r, m, e) && MOUNTAIN_ON.test(before);
    // "at the southern entrance of Baquba", "near the main gate of X", "on the western edge of X": a point of the place itself.
    const entrance = /\b(?:entrances?|exits?|gates?|edges?)\s+(?:of|to)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i.test(before);
    const locative = !roadEnd && (LOCATIVE.test(before) || attackOn || onMountain || entrance || /^\s*(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?(?:village|town|city|district|sub-?district|province|governorate|area|region|camp)\b/i.test(r.sentence.text.slice(end, end + 40)));
    if (locativeOnly && !locative) continue;
    const approximate = NEAR.test(before) && e.placeType !== 'COUNTRY' && ctx.rank(e) < 6;
    // "police SWAT units in Kirkuk arrested four men in a raid on a village outside Hawija": the seat of the acting body, where
    // the words name another place for the deed.
    const bodySeat = BODY_IN.test(before) && BODY_ACTS.test(r.sentence.text.slice(end, end + 40));
    candidates.push({ m, e, sameClause, locative, distance: Math.min(Math.abs(start - trigger.end), Math.abs(trigger.start - end)), approximate, ...(onMountain ? { mountain: true } : {}), ...(roadEnd ? { roadEnd: true } : {}), ...(bodySeat ? { seat: true } : {}) });
  }
  // "the slopes of Metina mountain near the village of Sargele", "a position on Asos mountain, near the town of
  // Chwarta", "Hasarost mountain above the villages of X and Y": the places named after a mountain the target lay on
  // only tell where the mountain is.
  const landmarks: number[] = [];
  for (const c of candidates.filter((x) => x.mountain)) {
    let last = localSpan(r, c.m).end;
    let joiner = LANDMARK_AFTER;
    for (const o of [...candidates].sort((a, b) => localSpan(r, a.m).start - localSpan(r, b.m).start)) {
      const { start, end } = localSpan(r, o.m);
      if (start < last) continue;
      if (!joiner.test(r.sentence.text.slice(last, start))) break;
      candidates.splice(candidates.indexOf(o), 1);
      landmarks.push(start);
      last = end;
      joiner = LANDMARK_AND;
    }
  }
  // "killed in Tell Hamdan on Monday": where nothing smaller than a province is named, an unknown name
  // a locative puts in the trigger's clause is a village (of the province or district named, if any).
  // So is one before the district or sub-district it lies in ("a hideout in Wadi X, ... in Y district"): the unit holds it.
  // An area (a mountain range, a desert, a valley) is coarser than a village: a village named beside it ("near X, at the
  // foot of the Y mountain") is still read, and lies in the area's own unit.
  const inUnit = (e: GazetteerEntry | undefined | null): boolean => e?.placeType === 'GOVERNORATE' || e?.placeType === 'DISTRICT' || e?.placeType === 'SUBDISTRICT';
  if (!candidates.some((c) => ctx.rank(c.e) < 4 && c.e.placeType !== 'AREA') && clause) {
    const areaUnit = candidates.map((c) => (c.e.placeType === 'AREA' && c.e.parentId ? ctx.entry(c.e.parentId) : undefined)).find(inUnit);
    const unit = candidates.filter((c) => inUnit(c.e)).sort((a, b) => ctx.rank(a.e) - ctx.rank(b.e))[0] ?? (areaUnit ? { e: areaUnit } : undefined);
    const text = r.sentence.text;
    // Where the places found all lie outside the trigger's clause ("a bomb killed two fighters, as they drove to a
    // position near X, at the foot of the Y mountain"), the clause that names them is read too.
    const span = candidates.length && !candidates.some((c) => c.sameClause) ? { start: 0, end: text.length } : clause;
    for (const m of matchesOf(text.slice(span.start, span.end), BARE_PLACE)) {
      const start = span.start + (m.index ?? 0) + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if ((segment && (start < segment.start || end > segment.end)) || (inQuote(r.quotes, start, end) && !triggerQuoted) || /^['’]s\b/.test(text.slice(end)) || landmarks.includes(start)) continue;
      // "the minister said in Washington", "told reporters in Ankara": where words were spoken.
      if (/\b(?:said|says|say|told|telling|speaking|spoke|statement|announced|conference|meeting|met|visit(?:ing)?|talks|interview)\b[^,.;]{0,25}$/i.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "in Wadi X, within the Y mountains": the area the words put it in holds it.
      const heldBy = candidates.find((c) => c.e.placeType === 'AREA' && /^,?\s+(?:in|within|inside)\s+(?:the\s+)?$/i.test(text.slice(end, localSpan(r, c.m).start)));
      // "near al-Azim" for the unit the reference calls Al-Azim Subdistrict: that unit.
      const known = ctx.lookup(m[1]!).length ? undefined : ['Subdistrict', 'District'].flatMap((suffix) => ctx.lookup(`${m[1]!} ${suffix}`)).find((x) => x.kind === 'Place' && (x.placeType === 'SUBDISTRICT' || x.placeType === 'DISTRICT'));
      // A village another trigger of the sentence already found is the same village.
      const found = ctx.lookup(m[1]!).find((x) => x.kind === 'Place' && ctx.finder.discovered.has(x.id));
      const e = found ?? known ?? ctx.finder.placeNamed(m[1]!, text, heldBy?.e ?? unit?.e ?? null);
      if (!e) continue;
      const mention = { entries: [e], from: 0, to: 0, start: r.sentence.start + start, end: r.sentence.start + end, text: m[1]! };
      candidates.push({ m: mention, e, sameClause: start >= clause.start && end <= clause.end, locative: true, distance: Math.min(Math.abs(start - trigger.end), Math.abs(trigger.start - end)), approximate: /^(?:near|outside)\b/i.test(m[0]) });
      break;
    }
  }
  // "a shop in al-Amil, in southwest Baghdad", "at Hay X, in eastern Mosul": a name told in a town or a city that the words
  // right after it name is a quarter of it, the finer place, though the reference does not know it.
  if (clause && !candidates.some((c) => ctx.rank(c.e) < 3)) {
    const text = r.sentence.text;
    for (const town of candidates.filter((c) => (c.e.placeType === 'CITY' || c.e.placeType === 'TOWN') && c.sameClause)) {
      const { start: at } = localSpan(r, town.m);
      const m = QUARTER_BEFORE.exec(text.slice(Math.max(clause.start, at - 80), at));
      if (!m) continue;
      const start = at - m[0].length + m[0].indexOf(m[1]!, /^\S+\s+(?:the\s+)?/.exec(m[0])![0].length);
      const end = start + m[1]!.length;
      if ((segment && (start < segment.start || end > segment.end)) || (inQuote(r.quotes, start, end) && !triggerQuoted) || landmarks.includes(start)) continue;
      const e = ctx.finder.placeNamed(m[1]!, text, town.e, true);
      if (!e) continue;
      const mention = { entries: [e], from: 0, to: 0, start: r.sentence.start + start, end: r.sentence.start + end, text: m[1]! };
      candidates.push({ m: mention, e, sameClause: true, locative: true, distance: Math.min(Math.abs(start - trigger.end), Math.abs(trigger.start - end)) });
      break;
    }
  }
  if (!candidates.some((c) => ctx.rank(c.e) < 4) && clause) {
    const unit = candidates.filter((c) => c.e.placeType === 'GOVERNORATE' || c.e.placeType === 'DISTRICT' || c.e.placeType === 'SUBDISTRICT').sort((a, b) => ctx.rank(a.e) - ctx.rank(b.e))[0];
    const text = r.sentence.text;
    for (const m of [...matchesOf(text.slice(clause.start, clause.end), LANDSCAPE_PLACE), ...matchesOf(text.slice(clause.start, clause.end), CROSSING_PLACE)]) {
      const start = clause.start + (m.index ?? 0) + (m[0].endsWith(m[1]!) ? m[0].length - m[1]!.length : m[0].lastIndexOf(m[1]!));
      const end = start + m[1]!.length;
      if ((segment && (start < segment.start || end > segment.end)) || (inQuote(r.quotes, start, end) && !triggerQuoted) || /^['’]s\b/.test(text.slice(end))) continue;
      // (A crossing keeps its own name, "Tuwaisa Intersection", and answers to the quarter's, "Tuwaisa".)
      const head = /\s(intersection|roundabout|junction|crossroads)$/i.exec(m[0])?.[1];
      const e = head ? crossingNamed(m[1]!, head, text, unit?.e ?? null, ctx) : ctx.finder.placeNamed(m[1]!, text, unit?.e ?? null, true);
      if (!e) continue;
      const mention = { entries: [e], from: 0, to: 0, start: r.sentence.start + start, end: r.sentence.start + end, text: m[1]! };
      candidates.push({ m: mention, e, sameClause: true, locative: true, distance: Math.min(Math.abs(start - trigger.end), Math.abs(trigger.start - end)) });
      break;
    }
  }
  // "gathered at the Bazwaya junction, between the eastern edge of Mosul and the town of Bartella", "a motorcycle exploded near
  // the Zahraa intersection in the centre of Kut": a crossing named at the scene is finer than the town or city the sentence
  // names too.
  if (clause && CROSSING_WORDS.some((w) => r.sentence.text.includes(w)) && candidates.some((c) => ctx.rank(c.e) === 3) && !candidates.some((c) => ctx.rank(c.e) < 3)) {
    const text = r.sentence.text;
    for (const m of matchesOf(text.slice(clause.start, clause.end), CROSSING_PLACE)) {
      const start = clause.start + (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
      const end = start + m[1]!.length;
      if ((segment && (start < segment.start || end > segment.end)) || (inQuote(r.quotes, start, end) && !triggerQuoted) || /^['’]s\b/.test(text.slice(end))) continue;
      const head = /\s(intersection|roundabout|junction|crossroads)$/i.exec(m[0])![1]!;
      // ("near the Simood intersection in the centre of Basra": a crossing told in the town lies in it; one told only beside a
      // town, "between the edge of Mosul and Bartella", in no place the words give.)
      const town = candidates.find((c) => ctx.rank(c.e) === 3 && localSpan(r, c.m).start >= end && IN_TOWN.test(text.slice(end, localSpan(r, c.m).start).replace(/^\s+\S+/, '')));
      const parent = town?.e ?? null;
      const e = crossingNamed(m[1]!, head, text, parent, ctx);
      if (!e) continue;
      const mention = { entries: [e], from: 0, to: 0, start: r.sentence.start + start, end: r.sentence.start + end, text: m[1]! };
      candidates.push({ m: mention, e, sameClause: true, locative: true, distance: Math.min(Math.abs(start - trigger.end), Math.abs(trigger.start - end)) });
      break;
    }
  }
  // "in the desert south of Hatra", "some 30 km southwest of Kirkuk": where nothing smaller than a
  // province is named, the place an incident is measured from is its nearest named location (as
  // ACLED codes it, with geo_precision 2).
  // (A reaction's "positions east of Tuz Khormato" locates too.)
  // (A road named by its two ends, "on the Baghdad-Kut highway, some 15 km north of X, in Y province", names no place of the
  // event by them: the bearing places it.)
  if (!candidates.some((c) => ctx.rank(c.e) < 6 && !c.roadEnd)) {
    const besideRoad = candidates.some((c) => ctx.rank(c.e) < 6);
    const measured: typeof candidates = [];
    // A road's end the incident is told by stands in for the first end the words measure from.
    const ends = [...new Set(road.keep.values())].filter((m) => !r.mentions.includes(m));
    for (const m of [...r.mentions, ...ends]) {
      if (road.drop.has(m)) continue;
      const e = m.entries.find((x) => x.kind === 'Place');
      if (!e || ctx.rank(e) >= 6) continue;
      const { start, end } = localSpan(r, m);
      if (segment && (start < segment.start || end > segment.end)) continue;
      const before = r.sentence.text.slice(Math.max(0, start - 60), start);
      if (!DIRECTION_OF.test(before) && !ABOVE.test(before) && (road.keep.get(m) !== m || besideRoad)) continue;
      if (!admissible(r, m, e, triggerQuoted, true)) continue;
      measured.push({ m, e, sameClause: Boolean(clause && start >= clause.start && end <= clause.end), locative: true, distance: Math.min(Math.abs(start - trigger.end), Math.abs(trigger.start - end)), approximate: true, measured: true });
    }
    // "in the hills west of the Zab subdistrict, southwest of Kirkuk": the second bearing places the
    // first place, the event is measured from the first (the nearest to the trigger).
    measured.sort((a, b) => a.distance - b.distance);
    // "in Saladin province, north of Baghdad": the province named is where it happened; a place in
    // another province only measures the distance.
    const provinces = candidates.filter((c) => c.locative && c.e.placeType === 'GOVERNORATE');
    const nearest = measured.find((c) => !provinces.length || provinces.some((p) => ctx.contains(p.e.id, c.e.id)));
    if (nearest) {
      // (The road's ends then only name the road.)
      for (const c of candidates.filter((x) => x.roadEnd && !x.locative)) candidates.splice(candidates.indexOf(c), 1);
      candidates.push(nearest);
    }
  }
  if (!candidates.length) return hereAtDateline(r, trigger, ctx, triggerQuoted);
  // "the Bradost area of Soran", "the Zawita sub-district of Duhok": the place after "of" only holds the one before it.
  for (const c of [...candidates]) {
    const { start } = localSpan(r, c.m);
    // ("farms on the outskirts of Musayyib" after "the Babil police": a place named further back is held by nothing.)
    const heldBy = (o: (typeof candidates)[number]) => o !== c && localSpan(r, o.m).end <= start && /^\s*(?:[\w'’-]+\s+){0,2}?(?:area|region|countryside|outskirts|parts?|side|slopes) of (?:the )?$/i.test(r.sentence.text.slice(localSpan(r, o.m).end, start));
    const held = holdsPlaceBefore(r, c.m) || candidates.some(heldBy);
    if (candidates.length > 1 && held && candidates.some((o) => o !== c && localSpan(r, o.m).end <= start)) candidates.splice(candidates.indexOf(c), 1);
  }
  // The trigger's clause first when it names a place; then the smallest place, a located one
  // (with a known parent) before a bare name, the nearest on ties.
  const pool = candidates.some((c) => c.sameClause && c.e.placeType !== 'COUNTRY') ? candidates.filter((c) => c.sameClause) : candidates;
  const best = [...pool].sort(
    (a, b) =>
      Number(Boolean(a.seat)) - Number(Boolean(b.seat)) ||
      Number(b.locative && b.e.placeType !== 'COUNTRY') - Number(a.locative && a.e.placeType !== 'COUNTRY') ||
      ctx.rank(a.e) - ctx.rank(b.e) ||
      a.distance - b.distance,
  )[0]!;
  // A smaller place in the sentence that lies inside the chosen one refines it ("Diyala province ... the village of X").
  const inside = candidates
    .filter((c) => c.e.id !== best.e.id && ctx.contains(best.e.id, c.e.id))
    .sort((a, b) => ctx.rank(a.e) - ctx.rank(b.e))[0];
  // "the shopping street of Karrada in central Baghdad": a quarter told by the city it lies in is the finer place
  // (a city's sub-districts sit beside it in the hierarchy, not inside it).
  const text = r.sentence.text;
  const quarter =
    !inside && best.e.placeType === 'CITY'
      ? candidates.find(
          (c) =>
            c !== best &&
            ['SUBDISTRICT', 'AREA', 'VILLAGE', 'SITE'].includes(c.e.placeType ?? '') &&
            (!ctx.located(c.e) || ctx.province(c.e.id) === ctx.province(best.e.id)) &&
            localSpan(r, c.m).end <= localSpan(r, best.m).start &&
            // ("the Mansour district of western Baghdad", "the Jihad neighbourhood of the capital's south" is left alone.)
            /^\s*(?:,?\s*in|\s+(?:district|neighbou?rhood|quarter|area|suburb)\s+of)\s+(?:the\s+)?(?:(?:central|downtown|(?:north|south)?(?:east|west)?(?:ern)?|north|south)\s+)?$/i.test(
              `${/\s(?:district|neighbou?rhood|quarter|area|suburb)$/i.test(c.m.text) ? ' district' : ''}${text.slice(localSpan(r, c.m).end, localSpan(r, best.m).start)}`,
            ),
        )
      : undefined;
  const chosen = inside ?? quarter ?? best;
  const { start, end } = localSpan(r, chosen.m);
  const within = ctx.located(chosen.e)
    ? undefined
    : candidates.filter((c) => c.e.id !== chosen.e.id && ctx.rank(c.e) > ctx.rank(chosen.e) && ctx.rank(c.e) <= 6).sort((a, b) => ctx.rank(a.e) - ctx.rank(b.e))[0]?.e;
  // "in Basra and Amarah", "the Zap, Avashin and Metina areas": places of about one rank, neither inside the other, joined by "and" or commas.
  const alsoAt: GazetteerEntry[] = [];
  let last = chosen;
  // "the villages between Zinana and Palkana": one stretch, not two places.
  // ... nor "outside two neighbouring villages, X and Y": the land around a pair of villages is told by the pair.
  const between = /\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|\b(?:outside|near|around|close to)\s+(?:the\s+)?(?:two|both)\s+(?:[\w-]+\s+)?(?:villages|hamlets),?\s+$/i.test(r.sentence.text.slice(Math.max(0, localSpan(r, chosen.m).start - 40), localSpan(r, chosen.m).start));
  const after = between ? [] : candidates.filter((c) => c.e.id !== chosen.e.id && localSpan(r, c.m).start > localSpan(r, chosen.m).start);
  for (const c of after.sort((a, b) => localSpan(r, a.m).start - localSpan(r, b.m).start)) {
    if (Math.abs(ctx.rank(c.e) - ctx.rank(chosen.e)) > 1 || ctx.contains(c.e.id, chosen.e.id) || ctx.contains(chosen.e.id, c.e.id) || !/^(?:,\s*|,?\s+(?:and|as well as)\s+)(?:the\s+|in\s+)?$/.test(r.sentence.text.slice(localSpan(r, last.m).end, localSpan(r, c.m).start))) continue;
    alsoAt.push(c.e);
    last = c;
  }
  return {
    place: chosen.e,
    within,
    ...(alsoAt.length && !chosen.approximate ? { alsoAt } : {}),
    evidence: r.sentence.text.slice(Math.max(0, start - 25), Math.min(r.sentence.text.length, end + 10)).trim(),
    sameClause: chosen.sameClause,
    ...(chosen.approximate ? { approximate: true } : {}),
    ...(chosen.measured ? { measured: true } : {}),
  };
}
