/**
 * The last stage: incidents, statements, new entities and facts as one ImportBatch, every fact
 * with its article and sentence.
 */
import { ACLED_LABELS, eventTypeOf, type CasualtyGroup, type SubEventType } from '../domain/taxonomy.js';
import type { CasualtyInput, EntityInput, EventInput, ImportBatch, RelationshipInput, StatementInput } from '../import/format.js';
import type { Incident } from './assembly.js';
import { addDays } from './dates.js';
import type { ArticleContext } from './context.js';
import type { DraftStatement, Claim } from './statements.js';
import { matchesOf } from './text.js';

export interface BatchParts {
  incidents: { incident: Incident; type: SubEventType }[];
  statements: DraftStatement[];
  claims: Claim[];
  relationships: RelationshipInput[];
  /** Entity id -> the first sentence mentioning it. */
  mentioned: Map<string, string>;
  publisher: string | undefined;
}

/** The publisher named by the source: "Iraqi News Agency (INA)", "Shafaq News Agency", "X - Kurdistan Regional Government". */
export function publisherOf(ctx: ArticleContext): string | undefined {
  const source = ctx.article.source;
  if (!source) return undefined;
  const variants = [source, ...source.split(/\s+[-–|]\s+/), source.replace(/\s*\([^)]*\)/g, ''), ...matchesOf(source, /\(([^)]+)\)/g).map((m) => m[1]!)];
  for (const v of [...variants, ...variants.map((x) => x.replace(/\s+(?:Agency|Network|News Agency)$/i, ''))]) {
    const known = ctx.lookup(v.trim()).find((e) => e.kind !== 'Place' && e.kind !== 'Person');
    if (known) return known.id;
  }
  // "Republic of Türkiye Ministry of Foreign Affairs", "Iraqi Ministry of Defence": a country's ministry, by the name the reference gives it.
  const ministry = /^(?:the\s+)?(?:Republic of\s+)?(.+?)\s+(Ministry of [A-Z][\p{L} ]+)$/u.exec(source.normalize('NFKD').replace(/\p{M}/gu, ''));
  const owner = ministry ? ctx.finder.governmentFor(ministry[1]!) : null;
  if (owner) {
    const known = ctx.lookup(`${ministry![2]} of ${owner.name}`).find((e) => e.kind === 'Organization');
    if (known) return known.id;
  }
  // "U.S. Embassy Baghdad", "U.S. Embassy in Iraq": a country's mission, the one the article names ("the U.S. Embassy in Baghdad").
  const mission = /^(?:the\s+)?(.+?)\s+(Embassy|Consulate)\b/i.exec(source);
  const gov = mission ? ctx.finder.governmentFor(mission[1]!) : null;
  if (gov) {
    const kind = new RegExp(String.raw`\b${mission![2]}\b`, 'i');
    const named = [...ctx.finder.discovered.values()].map((n) => n.entry).filter((e) => e.kind === 'Organization' && e.parentId === gov.id && kind.test(e.name));
    if (named.length === 1) return named[0]!.id;
  }
  return undefined;
}

function slugOfSource(source: string): string {
  return (
    source
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'unknown-publisher'
  );
}

function dedupeRelationships(list: RelationshipInput[]): RelationshipInput[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.from}|${r.type}|${r.to}|${r.properties.title ?? ''}`;
    if (seen.has(key) || r.from === r.to) return false;
    seen.add(key);
    return true;
  });
}

function newEntities(ctx: ArticleContext): EntityInput[] {
  const entities: EntityInput[] = [];
  const a = ctx.article;
  for (const [id, n] of ctx.finder.discovered) {
    const e = n.entry;
    const sources = [{ article: a.id, sentence: n.sentence, confidence: 0.7 }];
    // Surnames are for reading the article only; other aliases are names the text used.
    const current = ctx.finder.local.get(id) ?? e;
    const base = { id, name: e.name, aliases: e.kind === 'Person' ? [] : current.aliases.filter((a) => a !== e.name), sources };
    switch (e.kind) {
      case 'Place':
        entities.push({ ...base, kind: 'Place', placeType: (e.placeType ?? undefined) as never, locatedIn: e.parentId ?? undefined });
        break;
      case 'Organization':
        entities.push({ ...base, kind: 'Organization', organizationType: n.organizationType as never, partOf: e.parentId ?? undefined });
        break;
      case 'Force':
        entities.push({ ...base, kind: 'Force', forceType: n.forceType as never, under: [], partOf: e.parentId ?? undefined });
        break;
      case 'Government':
        // A place's local administration is defined by the place it governs; the government above it follows from the
        // place's own enclosure and is nothing the article says.
        entities.push({ ...base, kind: 'Government', level: n.level as never, governs: e.governs ?? undefined, partOf: n.level === 'LOCAL' && e.governs ? undefined : (e.parentId ?? undefined) });
        break;
      case 'Person':
        entities.push({ ...base, kind: 'Person', offices: [], memberOf: [] });
        break;
    }
  }
  return entities;
}

/** "attacked a village", "an assault on villagers": the words right after an attack's trigger name civilians as its object. */
const ATTACKED_CIVILIANS = /^\s+(?:on\s+)?(?:an?|the|two|three|several|\d+)?\s*(?:village|villagers|civilians|residents|shepherds|farmers|herders)\b/i;
const NEVER_CIVILIAN_TARGETING = new Set<SubEventType>(['ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE', 'PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION']);

/**
 * ACLED's civilian targeting: civilians were the main or only target, not people hit in a fight between armed sides
 * or a crowd the police dispersed. A battle counts only when it began as an attack on civilians.
 */
function civilianTargeting(incident: Incident, type: SubEventType): boolean {
  if (!incident.civilians || NEVER_CIVILIAN_TARGETING.has(type)) return false;
  if (eventTypeOf(type) !== 'BATTLES') return true;
  return incident.frames.some((f) => f.triggers.some((t) => ATTACKED_CIVILIANS.test(f.sentence.slice(t.end, t.end + 40))));
}

function eventOf(ctx: ArticleContext, incident: Incident, type: SubEventType, id: string, claims: Claim[], index: number): EventInput {
  const a = ctx.article;
  const first = incident.frames.find((f) => !f.reference && f.type)?.sentence ?? incident.frames[0]!.sentence;
  const known = (incident.date ? 1 : 0) + (incident.place ? 1 : 0) + (incident.perpetrators.size ? 1 : 0);
  const confidence = known >= 3 ? 0.9 : known === 2 ? 0.8 : 0.65;
  const byGroup = new Map<string, CasualtyInput>();
  for (const f of incident.figures) {
    const key = f.actorId ?? f.group;
    const row = byGroup.get(key) ?? { group: f.group as CasualtyGroup, actor: f.actorId ?? undefined };
    row[f.measure] = Math.max(row[f.measure] ?? 0, f.count);
    byGroup.set(key, row);
  }
  const perpetrators = new Map(incident.perpetrators);
  for (const c of claims.filter((x) => x.incident === index)) {
    // A spokesman defending a strike speaks for the side that carried it out; he did not carry it out.
    if (ctx.entry(c.actor)?.kind === 'Person') continue;
    if (!perpetrators.has(c.actor) && !incident.targets.has(c.actor)) perpetrators.set(c.actor, { id: c.actor, evidence: c.sentence, confidence: 0.6 });
  }
  const sentenceOf = (arg: { evidence: string }) => incident.frames.find((f) => f.sentence.includes(arg.evidence))?.sentence ?? first;
  const ref = (m: Map<string, { id: string; evidence: string; confidence: number }>) =>
    [...m.values()].map((v) => {
      const sentence = sentenceOf(v);
      return sentence === first ? v.id : { ref: v.id, sentence, confidence: v.confidence };
    });
  const perpetrator = [...perpetrators.keys()].map((x) => ctx.entry(x)?.name).find(Boolean);
  const label = `${ACLED_LABELS[type]}${perpetrator ? ` by ${perpetrator}` : ''}${incident.place ? ` in ${incident.place.place.name}` : ''}`;
  return {
    id,
    label,
    subEventType: type,
    // No day given: some day of the week the article was written in (WEEK runs seven days from its date).
    date: incident.date?.date ?? addDays(ctx.published, -6),
    datePrecision: incident.date?.precision ?? 'WEEK',
    place: incident.place?.place.id,
    // "30 km southwest of Kirkuk", "near Tuz Khurmatu": near the place, not in it.
    ...(incident.place?.approximate ? { geoPrecision: 2 } : {}),
    perpetrators: ref(perpetrators),
    targets: ref(incident.targets),
    civilianTargeting: civilianTargeting(incident, type),
    casualties: [...byGroup.values()],
    description: first.slice(0, 500),
    sources: [{ article: a.id, sentence: first, confidence }],
    mergeWithExisting: true,
  };
}

export function toBatch(ctx: ArticleContext, parts: BatchParts): ImportBatch {
  const a = ctx.article;
  const slug = a.id.replace(/^article:/, '');
  let publisher = parts.publisher;
  const entities: EntityInput[] = [];
  if (!publisher && a.source) {
    publisher = `org:${slugOfSource(a.source)}`;
    if (!ctx.entry(publisher)) entities.push({ id: publisher, kind: 'Organization', name: a.source, aliases: [], organizationType: 'MEDIA', sources: [] });
  }
  entities.push(...newEntities(ctx));
  const eventIds = parts.incidents.map((_, i) => `event:${slug}-${i + 1}`);
  const events = parts.incidents.map(({ incident, type }, i) => eventOf(ctx, incident, type, eventIds[i]!, parts.claims, i));
  const statements: StatementInput[] = parts.statements.map((s, i) => ({
    id: `statement:${slug}-${i + 1}`,
    speaker: s.speaker,
    stance: s.stance,
    about: s.about.flatMap((i) => (eventIds[i] ? [eventIds[i]!] : [])),
    toward: s.toward,
    quote: s.quote ?? undefined,
    date: s.date,
    sources: [{ article: a.id, sentence: s.sentence, confidence: s.confidence }],
  }));
  const mentions: RelationshipInput[] = [...parts.mentioned.entries()].map(([id, sentence]) => ({
    from: a.id,
    type: 'MENTIONS',
    to: id,
    properties: {},
    source: { article: a.id, sentence, confidence: 0.9 },
  }));
  return {
    origin: a.fileName ?? a.id,
    articles: [{ id: a.id, title: a.title ?? undefined, url: a.url ?? undefined, publisher, published: a.published, language: a.language, text: a.body }],
    entities,
    events,
    statements,
    relationships: dedupeRelationships([...parts.relationships, ...mentions]),
  };
}
