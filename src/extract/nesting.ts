/**
 * New places nest in the hierarchy: a village the text does not put inside another ("near the
 * village of X") goes inside the smallest sub-district, district or governorate its own sentence
 * names, else the district of the town its sentence measures it from ("20 km south of Kalar"), else
 * the one the sentences around it name, else the one the lead names. A direction ("towards the
 * Diyala border") names no enclosing place.
 */
import { pick, type ArticleContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { SentenceReading } from './reading.js';
import { localSpan } from './reading.js';

const DISTANCE = /\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\(\s*\d+\s*\w+\s*\)\s*)?(?:to the\s+)?(?:north|south|east|west)\w*(?:\s+of)?\s+(?:the\s+)?(?:city of\s+)?$|\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?$|\bfrom\s+(?:the\s+)?$/i;

function regional(ctx: ArticleContext, e: GazetteerEntry | null): e is GazetteerEntry {
  const rank = ctx.rank(e);
  return Boolean(e && e.kind === 'Place' && rank >= 4 && rank <= 6);
}

/** "fled towards the Diyala border": a direction, not where anything is. */
const DIRECTION = /\b(?:towards?|into|across)\s+(?:the\s+)?$/i;

function enclosingIn(r: SentenceReading | undefined, self: GazetteerEntry, ctx: ArticleContext): GazetteerEntry[] {
  if (!r) return [];
  return r.mentions
    .filter((m) => {
      const { start } = localSpan(r, m);
      const before = r.sentence.text.slice(Math.max(0, start - 40), start);
      return !DISTANCE.test(before) && !DIRECTION.test(before);
    })
    .map((m) => pick(m, 'place'))
    .filter((e): e is GazetteerEntry => regional(ctx, e) && e.id !== self.id && !ctx.contains(self.id, e.id))
    .sort((a, b) => ctx.rank(a) - ctx.rank(b));
}

/** "the hamlet of X, about 20 km south of Kalar": the sub-district or district of the town it is measured from, when close ("east of Sulaimani": a city's province). */
function measuredFrom(r: SentenceReading | undefined, self: GazetteerEntry, ctx: ArticleContext, kind: 'TOWN' | 'CITY'): GazetteerEntry | undefined {
  if (!r) return undefined;
  for (const m of r.mentions) {
    const e = pick(m, 'place');
    const { start } = localSpan(r, m);
    const before = r.sentence.text.slice(Math.max(0, start - 40), start);
    // A town, not a city (cities are measured from across provinces), and a short distance.
    const km = Number(/(\d+)\s*(?:km|kilomet)/i.exec(before)?.[1] ?? 0);
    if (!e || e.id === self.id || e.placeType !== kind || km > 40 || !DISTANCE.test(before)) continue;
    // A city is measured from across its province: only the province is sure.
    const wanted = e.placeType === 'CITY' ? ['GOVERNORATE'] : ['SUBDISTRICT', 'DISTRICT'];
    const unit = ctx.chain(e.id).find((id) => wanted.includes(ctx.entry(id)?.placeType ?? ''));
    if (unit) return ctx.entry(unit);
  }
  return undefined;
}

/** "X neighbourhood in the south of the city", "the X area on the eastern edge of the town": a quarter of a city the text names elsewhere ("the city of X" names it here). */
/** ... and "in the southwest of the capital", "in the south of the district centre": the same told of the capital, or of a district's seat. */
/** ... and "the X area, west of the city centre": a quarter told by its bearing from the centre of the city the report is in. */
const OF_THE_CITY = /^['’]?\s*(?:(?:neighbou?rhood|quarter|area|district|suburb)s?\s*)?,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?district\s+(?=(?:in|on|at)\s+the\s))?(?:(?:in|on|at)\s+the\s+(?:[\w-]+\s+){1,2}of\s+|of\s+|(?:just\s+)?(?:north|south|east|west)[\w-]*\s+of\s+)the\s+(?:(?:city|town)(?:\s+(?:centre|center))?|capital|(district|sub-?district)\s+(?:centre|center))\b(?!\s+of\b)/i;

const URBAN = new Set(['CITY', 'TOWN']);

/** The city "the city" after a new quarter's name means: the last city or town named before it, else the dateline's. */
function cityMeant(readings: SentenceReading[], at: number, self: GazetteerEntry, ctx: ArticleContext): GazetteerEntry | undefined {
  const r = readings[at];
  const pos = r ? r.sentence.text.indexOf(self.name) : -1;
  const told = r && pos >= 0 ? OF_THE_CITY.exec(r.sentence.text.slice(pos + self.name.length)) : null;
  if (!r || !told) return undefined;
  // "the district centre": the seat of the district named last, else the district.
  const unitType = told[1] ? (/^sub/i.test(told[1]) ? 'SUBDISTRICT' : 'DISTRICT') : undefined;
  for (let i = at; i >= 0; i--) {
    const named = readings[i]!.mentions
      .filter((m) => i < at || localSpan(readings[i]!, m).start < pos)
      .map((m) => pick(m, 'place'))
      .filter((e): e is GazetteerEntry => Boolean(e && e.id !== self.id && (unitType ? e.placeType === unitType : URBAN.has(e.placeType ?? ''))));
    const last = named[named.length - 1];
    if (last && unitType) return ctx.lookup(last.name.replace(/\s+(?:Sub-?district|District)$/i, '')).find((e) => e.kind === 'Place' && URBAN.has(e.placeType ?? '') && ctx.contains(last.id, e.id)) ?? last;
    if (last) return last;
  }
  // (A wire writes it in capitals: "NASIRIYAH", "AL-KUT".)
  const dateline = ctx.article.datelinePlace?.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return dateline ? ctx.lookup(dateline).find((e) => e.kind === 'Place' && URBAN.has(e.placeType ?? '')) : undefined;
}

export function nestNewPlaces(readings: SentenceReading[], ctx: ArticleContext): void {
  const lead = readings.filter((r) => r.sentence.paragraph === 0);
  for (const n of ctx.finder.discovered.values()) {
    const e = n.entry;
    if (e.kind !== 'Place' || e.parentId) continue;
    const at = readings.findIndex((r) => r.sentence.text === n.sentence);
    // "the X neighbourhood in the south of the city": the city the report means.
    const city = cityMeant(readings, at, e, ctx);
    if (city && ctx.rank(city) > ctx.rank(e)) {
      e.parentId = city.id;
      continue;
    }
    const own = enclosingIn(readings[at], e, ctx)[0] ?? measuredFrom(readings[at], e, ctx, 'TOWN');
    const around = own ?? [readings[at - 1], readings[at + 1]].flatMap((r) => (r && r.sentence.paragraph === readings[at]?.sentence.paragraph ? enclosingIn(r, e, ctx) : []))[0];
    const parent = around ?? measuredFrom(readings[at], e, ctx, 'CITY') ?? lead.flatMap((r) => enclosingIn(r, e, ctx))[0];
    if (parent && ctx.rank(parent) > ctx.rank(e)) e.parentId = parent.id;
  }
}
