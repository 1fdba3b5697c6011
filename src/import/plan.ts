/**
 * Compiles an ImportBatch into a flat write plan: node rows per kind, relationship rows per type
 * (each with its provenance) and casualty claims. Pure: no database, fully unit-tested.
 */
import { ACTOR_KINDS, eventTypeOf, type EntityKind, type NodeKind, type RelationshipType } from '../domain/taxonomy.js';
import { refId, type ImportBatch, type RefInput, type SourceInput } from './format.js';

export interface PlannedSource {
  article: string;
  sentence: string | null;
  confidence: number;
}

export interface NodeRow {
  id: string;
  kind: NodeKind;
  /** Scalar properties to write (dates as YYYY-MM-DD strings, location as {latitude, longitude}). */
  props: Record<string, unknown>;
  aliases: string[];
}

export interface RelationshipRow {
  from: string;
  type: RelationshipType;
  to: string;
  /** Distinguishes parallel relationships of one type (an office title); '' otherwise. */
  key: string;
  props: Record<string, string | number | boolean>;
  sources: PlannedSource[];
}

export interface ClaimRow {
  id: string;
  eventId: string;
  group: string;
  actorId: string | null;
  killed: number | null;
  injured: number | null;
  abducted: number | null;
  arrested: number | null;
  articleId: string | null;
  sentence: string | null;
  confidence: number;
}

export interface WritePlan {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
  claims: ClaimRow[];
  /** Events whose reconciled casualty figures must be recomputed. */
  eventIds: string[];
}

/** The id of a relationship as exposed by the API: `from|TYPE|to`, plus `|key` for keyed types. */
export function relationshipId(from: string, type: string, to: string, key = ''): string {
  return key ? `${from}|${type}|${to}|${key}` : `${from}|${type}|${to}`;
}

export function parseRelationshipId(id: string): { from: string; type: string; to: string; key: string } | null {
  const parts = id.split('|');
  if (parts.length < 3 || parts.length > 4) return null;
  const [from, type, to, key = ''] = parts as [string, string, string, string?];
  return { from, type, to, key };
}

function plannedSource(s: SourceInput): PlannedSource {
  return { article: s.article, sentence: s.sentence ?? null, confidence: s.confidence ?? 1 };
}

/** Provenance of a link: its own sentence if it has one, in each of the parent's articles. */
function linkSources(ref: RefInput, parent: SourceInput[]): PlannedSource[] {
  if (typeof ref === 'string' || !ref.sentence) return parent.map(plannedSource);
  return parent.map((s) => ({ article: s.article, sentence: ref.sentence ?? null, confidence: ref.confidence ?? s.confidence ?? 1 }));
}

function dedupeAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const a of aliases) {
    const k = a.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(a);
    }
  }
  return out;
}

function compact(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

export function isActorKind(kind: string): boolean {
  return (ACTOR_KINDS as readonly string[]).includes(kind);
}

export function planBatch(batch: ImportBatch): WritePlan {
  const nodes: NodeRow[] = [];
  const rels = new Map<string, RelationshipRow>();
  const claims: ClaimRow[] = [];

  const link = (from: string, type: RelationshipType, to: string, sources: PlannedSource[], props: RelationshipRow['props'] = {}, key = '') => {
    const id = relationshipId(from, type, to, key);
    const existing = rels.get(id);
    if (existing) {
      for (const s of sources) if (!existing.sources.some((e) => e.article === s.article)) existing.sources.push(s);
      Object.assign(existing.props, props);
      return;
    }
    rels.set(id, { from, type, to, key, props: { ...props }, sources: [...sources] });
  };

  for (const a of batch.articles) {
    nodes.push({
      id: a.id,
      kind: 'Article',
      props: compact({ title: a.title, url: a.url, published: a.published, language: a.language, text: a.text, contentHash: a.contentHash }),
      aliases: [],
    });
    if (a.publisher) link(refId(a.publisher), 'PUBLISHED', a.id, [{ article: a.id, sentence: null, confidence: 1 }]);
  }

  for (const e of batch.entities) {
    const base = { name: e.name, wikidataId: e.wikidataId, description: e.description };
    const sources = e.sources.map(plannedSource);
    const own = (ref: RefInput) => linkSources(ref, e.sources);
    let props: Record<string, unknown> = base;
    switch (e.kind) {
      case 'Place':
        props = { ...base, placeType: e.placeType, location: e.location };
        if (e.locatedIn) link(e.id, 'LOCATED_IN', refId(e.locatedIn), own(e.locatedIn));
        break;
      case 'Organization':
        props = { ...base, organizationType: e.organizationType };
        if (e.partOf) link(e.id, 'PART_OF', refId(e.partOf), own(e.partOf));
        if (e.basedIn) link(e.id, 'BASED_IN', refId(e.basedIn), own(e.basedIn));
        break;
      case 'Government':
        props = { ...base, level: e.level };
        if (e.governs) link(e.id, 'GOVERNS', refId(e.governs), own(e.governs));
        if (e.seatedIn) link(e.id, 'SEATED_IN', refId(e.seatedIn), own(e.seatedIn));
        if (e.partOf) link(e.id, 'PART_OF', refId(e.partOf), own(e.partOf));
        break;
      case 'Force':
        props = { ...base, forceType: e.forceType };
        for (const u of e.under) link(e.id, 'UNDER', refId(u), own(u));
        if (e.partOf) link(e.id, 'PART_OF', refId(e.partOf), own(e.partOf));
        if (e.basedIn) link(e.id, 'BASED_IN', refId(e.basedIn), own(e.basedIn));
        break;
      case 'Person':
        for (const o of e.offices) {
          const officeProps = compact({ title: o.title, since: o.since, until: o.until }) as RelationshipRow['props'];
          link(e.id, 'HOLDS_OFFICE', refId(o.of), own(o.of), officeProps, o.title.toLowerCase());
        }
        for (const m of e.memberOf) link(e.id, 'MEMBER_OF', refId(m), own(m));
        break;
    }
    nodes.push({ id: e.id, kind: e.kind as EntityKind, props: compact(props), aliases: dedupeAliases(e.name, e.aliases) });
    for (const s of sources) link(s.article, 'MENTIONS', e.id, [s]);
  }

  for (const ev of batch.events) {
    nodes.push({
      id: ev.id,
      kind: 'Event',
      props: compact({
        eventType: ev.eventType ?? eventTypeOf(ev.subEventType),
        subEventType: ev.subEventType,
        label: ev.label,
        description: ev.description,
        date: ev.date,
        datePrecision: ev.datePrecision,
        civilianTargeting: ev.civilianTargeting,
        // Stored apart from the derived geoPrecision, which the writer sets from it or from the place.
        geoPrecisionGiven: ev.geoPrecision,
      }),
      aliases: [],
    });
    const own = (ref: RefInput) => linkSources(ref, ev.sources);
    if (ev.place) link(ev.id, 'OCCURRED_IN', refId(ev.place), own(ev.place));
    for (const p of ev.perpetrators) link(refId(p), 'PERPETRATED', ev.id, own(p));
    for (const t of ev.targets) link(ev.id, 'TARGETED', refId(t), own(t));
    for (const s of ev.sources) link(s.article, 'REPORTS', ev.id, [plannedSource(s)]);
    for (const c of ev.casualties) {
      const source = c.source ?? ev.sources[0];
      const articleId = source?.article ?? null;
      claims.push({
        id: `${ev.id}|${articleId ?? 'curated'}|${c.actor ?? c.group}`,
        eventId: ev.id,
        group: c.group,
        actorId: c.actor ?? null,
        killed: c.killed ?? null,
        injured: c.injured ?? null,
        abducted: c.abducted ?? null,
        arrested: c.arrested ?? null,
        articleId,
        sentence: source?.sentence ?? null,
        confidence: source?.confidence ?? 1,
      });
    }
  }

  for (const st of batch.statements) {
    nodes.push({
      id: st.id,
      kind: 'Statement',
      props: compact({ stance: st.stance, quote: st.quote, summary: st.summary, date: st.date }),
      aliases: [],
    });
    const own = (ref: RefInput) => linkSources(ref, st.sources);
    link(refId(st.speaker), 'MADE', st.id, own(st.speaker));
    for (const a of st.about) link(st.id, 'ABOUT', refId(a), own(a));
    for (const t of st.toward) link(st.id, 'TOWARD', refId(t), own(t));
    for (const s of st.sources) link(s.article, 'REPORTS', st.id, [plannedSource(s)]);
  }

  for (const r of batch.relationships) {
    link(r.from, r.type as RelationshipType, r.to, r.source ? [plannedSource(r.source)] : [], r.properties);
  }

  const eventIds = [...new Set(claims.map((c) => c.eventId))];
  return { nodes, relationships: [...rels.values()], claims, eventIds };
}

/** Every id a batch defines, and every id it points at (`plan`: the batch's plan, when already made). */
export function idsOf(batch: ImportBatch, plan = planBatch(batch)): { defined: Set<string>; referenced: Set<string> } {
  const defined = new Set<string>();
  for (const list of [batch.articles, batch.entities, batch.events, batch.statements]) for (const n of list) defined.add(n.id);
  const referenced = new Set<string>();
  for (const r of plan.relationships) {
    referenced.add(r.from);
    referenced.add(r.to);
    for (const s of r.sources) referenced.add(s.article);
  }
  for (const c of plan.claims) {
    if (c.actorId) referenced.add(c.actorId);
    if (c.articleId) referenced.add(c.articleId);
  }
  return { defined, referenced };
}

/** Rewrites every id through a map (merged-away ids to their survivors, events to the events they join). */
export function rewriteIds(batch: ImportBatch, map: Map<string, string>): ImportBatch {
  if (map.size === 0) return batch;
  const r = (id: string) => map.get(id) ?? id;
  const ref = (x: RefInput): RefInput => (typeof x === 'string' ? r(x) : { ...x, ref: r(x.ref) });
  const src = (s: SourceInput): SourceInput => ({ ...s, article: r(s.article) });
  return {
    ...batch,
    articles: batch.articles.map((a) => ({ ...a, id: r(a.id), publisher: a.publisher && ref(a.publisher) })),
    entities: batch.entities.map((e) => {
      const base = { ...e, id: r(e.id), sources: e.sources.map(src) };
      switch (base.kind) {
        case 'Place':
          return { ...base, locatedIn: base.locatedIn && ref(base.locatedIn) };
        case 'Organization':
          return { ...base, partOf: base.partOf && ref(base.partOf), basedIn: base.basedIn && ref(base.basedIn) };
        case 'Government':
          return {
            ...base,
            governs: base.governs && ref(base.governs),
            seatedIn: base.seatedIn && ref(base.seatedIn),
            partOf: base.partOf && ref(base.partOf),
          };
        case 'Force':
          return { ...base, under: base.under.map(ref), partOf: base.partOf && ref(base.partOf), basedIn: base.basedIn && ref(base.basedIn) };
        case 'Person':
          return { ...base, offices: base.offices.map((o) => ({ ...o, of: ref(o.of) })), memberOf: base.memberOf.map(ref) };
      }
    }),
    events: batch.events.map((e) => ({
      ...e,
      id: r(e.id),
      place: e.place && ref(e.place),
      perpetrators: e.perpetrators.map(ref),
      targets: e.targets.map(ref),
      casualties: e.casualties.map((c) => ({ ...c, actor: c.actor && r(c.actor), source: c.source && src(c.source) })),
      sources: e.sources.map(src),
    })),
    statements: batch.statements.map((s) => ({
      ...s,
      id: r(s.id),
      speaker: ref(s.speaker),
      about: s.about.map(ref),
      toward: s.toward.map(ref),
      sources: s.sources.map(src),
    })),
    relationships: batch.relationships.map((x) => ({ ...x, from: r(x.from), to: r(x.to), source: x.source && src(x.source) })),
  };
}
