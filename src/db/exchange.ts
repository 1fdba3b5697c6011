/**
 * The data layer of data exchange (src/exchange): the lookups the dataset importer makes before
 * it writes, and the streamed reads of the exports. Writes go through WriteStore.importBatch (the
 * writer), never through here.
 */
import type { EventFilterInput } from './queries/lists.js';
import * as q from './queries/exchange.js';
import type { Graph, Row } from './graph.js';
import type { IncidentReport } from '../domain/incident-match.js';
import { addDays } from '../domain/dates.js';

export interface GazetteerPlace {
  id: string;
  name: string;
  aliases: string[];
  placeType: string | null;
  latitude: number | null;
  longitude: number | null;
  parent: string | null;
}

export interface GazetteerActor {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface ImportedRowState {
  /** Provenance article id -> the digest it was written from and the events it reports. */
  articles: Map<string, { hash: string | null; events: string[] }>;
  /** Event id a file gave -> the event it is now (after merges), for those that exist. */
  events: Map<string, string>;
}

export interface CandidateRow {
  id: string;
  anchorChain: string[];
  placeNames: string[];
  placeType: string | null;
  candidates: (IncidentReport & { datasets: string[] })[];
}

export interface ExportEventRow {
  event: {
    id: string;
    label: string | null;
    description: string | null;
    eventType: string;
    subEventType: string;
    date: string;
    dateEnd: string | null;
    datePrecision: string | null;
    geoPrecision: number | null;
    civilianTargeting: boolean | null;
    fatalities: number | null;
    fatalitiesLow: number | null;
    fatalitiesHigh: number | null;
    injured: number | null;
    groupNames: string[] | null;
    groupKilled: number[] | null;
    groupInjured: number[] | null;
    latitude: number | null;
    longitude: number | null;
  };
  places: { id: string; name: string; placeType: string | null }[];
  perpetrators: ExportActor[];
  targets: ExportActor[];
  articles: { id: string; url: string | null; title?: string | null; published: string | null; publisher: string | null; row: string | null }[];
}

export interface ExportActor {
  id: string;
  name: string;
  kind: string;
  forceType: string | null;
  organizationType: string | null;
  level: string | null;
}

export type GraphNodeRow = Record<string, string | number | boolean | null>;

export interface GraphEdgeRow {
  type: string;
  from: string;
  to: string;
  key: string | null;
  confidence: number | null;
  sources: number;
}

interface LookupPlace {
  id: string;
  name: string;
  placeType: string | null;
  parent: string | null;
}

interface StreamedEvent {
  event: ExportEventRow['event'];
  place: string | null;
  perpetrators: string[];
  targets: string[];
  articles: ExportEventRow['articles'];
}

type StreamedArticle = [string, string | null, string | null, string | null, string | null];

/**
 * An `exportEvents` row list (EXPORT_EVENT_FIELDS order) as named fields; its related nodes sorted
 * out by kind: 'O' + place id, 'P' + perpetrator id, 'T' + target id, or an article's list.
 */
function streamedEvent(v: unknown[]): StreamedEvent {
  const [id, label, description, eventType, subEventType, date, dateEnd, datePrecision, geoPrecision, civilianTargeting, fatalities, fatalitiesLow, fatalitiesHigh, injured, groupNames, groupKilled, groupInjured, latitude, longitude, related] =
    v as [string, string | null, string | null, string, string, string, string | null, string | null, number | null, boolean | null, number | null, number | null, number | null, number | null, string[] | null, number[] | null, number[] | null, number | null, number | null, (string | StreamedArticle)[]];
  let place: string | null = null;
  const perpetrators: string[] = [];
  const targets: string[] = [];
  const articles: ExportEventRow['articles'] = [];
  for (const r of related) {
    if (typeof r !== 'string') articles.push({ id: r[0], url: r[1], published: r[2], publisher: r[3], row: r[4] });
    else if (r[0] === 'O') place ??= r.slice(1);
    else if (r[0] === 'P') perpetrators.push(r.slice(1));
    else targets.push(r.slice(1));
  }
  return {
    event: { id, label, description, eventType, subEventType, date, dateEnd, datePrecision, geoPrecision, civilianTargeting, fatalities, fatalitiesLow, fatalitiesHigh, injured, groupNames, groupKilled, groupInjured, latitude, longitude },
    place,
    perpetrators,
    targets,
    articles,
  };
}

/** Events of other sources the importer's cheap check matches to rows' windows in memory, at most. */
export const OTHER_EVENTS_LIMIT = 50_000;

interface OtherEvent {
  id: string;
  eventType: string | null;
  date: string;
  dateEnd: string;
}

/**
 * For each incoming event, the stored events (of other sources) in its window and of a type it
 * may match, as incidentOpenings finds them in the graph: the events sorted by date once, then
 * each incoming event's window read from the first one on or after its earliest day.
 */
export function windowPairs(events: q.CandidateInput[], others: OtherEvent[]): { id: string; region: string | null; candidate: string }[] {
  const sorted = [...others].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const pairs: { id: string; region: string | null; candidate: string }[] = [];
  for (const ev of events) {
    const earliest = addDays(ev.date, -8);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.date < earliest) lo = mid + 1;
      else hi = mid;
    }
    const latest = addDays(ev.dateEnd || ev.date, 2);
    for (let i = lo; i < sorted.length && sorted[i]!.date <= latest; i++) {
      const c = sorted[i]!;
      if (c.id !== ev.id && c.eventType !== null && ev.eventTypes.includes(c.eventType) && q.inIncidentWindow(c, ev)) pairs.push({ id: ev.id, region: ev.region, candidate: c.id });
    }
  }
  return pairs;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const byPublished = (a: { published: string | null; id: string }, b: { published: string | null; id: string }) =>
  (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id);

/** Places (with their parents) and actors by id, for naming exported events. */
export class ExportLookup {
  private readonly places = new Map<string, LookupPlace>();
  private readonly actors = new Map<string, ExportActor>();
  private readonly chains = new Map<string, ExportEventRow['places']>();

  constructor(places: LookupPlace[], actors: ExportActor[]) {
    for (const p of places) this.places.set(p.id, p);
    for (const a of actors) this.actors.set(a.id, a);
  }

  /** The place and every place above it, innermost first. */
  chain(id: string | null): ExportEventRow['places'] {
    if (!id) return [];
    const known = this.chains.get(id);
    if (known) return known;
    const out: ExportEventRow['places'] = [];
    for (let p = this.places.get(id); p && out.length < 13 && !out.some((x) => x.id === p!.id); p = p.parent ? this.places.get(p.parent) : undefined) {
      out.push({ id: p.id, name: p.name, placeType: p.placeType });
    }
    this.chains.set(id, out);
    return out;
  }

  private actor(id: string): ExportActor | null {
    const a = this.actors.get(id);
    if (a) return a;
    const p = this.places.get(id);
    return p ? { id, name: p.name, kind: 'Place', forceType: null, organizationType: null, level: null } : null;
  }

  /** The actors (or places) of these ids that exist, by name. */
  private actorsOf(ids: string[]): ExportActor[] {
    const out: ExportActor[] = [];
    for (const id of ids) {
      const a = this.actor(id);
      if (a) out.push(a);
    }
    return out.length > 1 ? out.sort(byName) : out;
  }

  resolve(row: StreamedEvent): ExportEventRow {
    return {
      event: row.event,
      places: this.chain(row.place),
      perpetrators: this.actorsOf(row.perpetrators),
      targets: this.actorsOf(row.targets),
      articles: row.articles.length > 1 ? row.articles.sort(byPublished) : row.articles,
    };
  }
}

export interface StreamOptions {
  /** Neo4j transaction timeout of the whole read. */
  timeoutMs: number;
  /** Rows at most (none: all). */
  limit?: number | null;
}

export class ExchangeStore {
  constructor(readonly graph: Graph) {}

  async places(): Promise<GazetteerPlace[]> {
    return (await this.graph.read(q.placeGazetteer(), { tag: 'exchange:places' })) as unknown as GazetteerPlace[];
  }

  async actors(): Promise<GazetteerActor[]> {
    return (await this.graph.read(q.actorGazetteer(), { tag: 'exchange:actors' })) as unknown as GazetteerActor[];
  }

  async importedRows(articleIds: string[], eventIds: string[]): Promise<ImportedRowState> {
    const [row] = await this.graph.read(q.importedRows(articleIds, eventIds), { tag: 'exchange:imported-rows' });
    const articles = new Map<string, { hash: string | null; events: string[] }>();
    for (const a of (row?.articles as { id: string; hash: string | null; events: string[] }[] | undefined) ?? []) articles.set(a.id, { hash: a.hash, events: a.events });
    const events = new Map<string, string>();
    for (const e of (row?.events as { id: string; event: string }[] | undefined) ?? []) events.set(e.id, e.event);
    return { articles, events };
  }

  /**
   * Ids of the incoming events that have a candidate no row of `dataset` reports (see
   * incidentOpenings). The window's candidates not created by the dataset come from one read of
   * the range's events of other sources (otherSourcesEvents), matched to each incoming event's
   * window here; when the range holds more than OTHER_EVENTS_LIMIT of them, from a window read per
   * incoming event in the graph (incidentOpenings), as before.
   */
  async incidentOpenings(events: q.CandidateInput[], dataset: string): Promise<Set<string>> {
    if (!events.length) return new Set();
    let pairs: { id: string; region: string | null; candidate: string }[];
    const from = addDays(events.reduce((m, e) => (e.date < m ? e.date : m), events[0]!.date), -8);
    const to = addDays(events.reduce((m, e) => ((e.dateEnd || e.date) > m ? e.dateEnd || e.date : m), events[0]!.dateEnd || events[0]!.date), 2);
    const others = (await this.graph.read(q.otherSourcesEvents(from, to, dataset, OTHER_EVENTS_LIMIT + 1), { tag: 'exchange:other-sources-events' })) as unknown as OtherEvent[];
    if (others.length <= OTHER_EVENTS_LIMIT) {
      pairs = windowPairs(events, others);
    } else {
      const windows = await this.graph.read(q.incidentOpenings(events, dataset), { tag: 'exchange:incident-openings' });
      pairs = windows.flatMap((w) => (w.candidates as string[]).map((candidate) => ({ id: w.id as string, region: (w.region as string | null) ?? null, candidate })));
    }
    if (!pairs.length) return new Set();
    const rows = await this.graph.read(q.incidentOpeningsPlaced(pairs, dataset), { tag: 'exchange:incident-openings-placed' });
    return new Set(rows.map((r) => r.id as string));
  }

  async incidentCandidates(events: q.CandidateInput[]): Promise<CandidateRow[]> {
    if (!events.length) return [];
    return (await this.graph.read(q.datasetIncidentCandidates(events), { tag: 'exchange:incident-candidates' })) as unknown as CandidateRow[];
  }

  /**
   * The places and actors exported events are named from, read once per export: many events
   * share a place, so a place's hierarchy is walked once here rather than once per event in
   * Cypher. Its size follows the gazetteer (places and actors), never the number of events.
   */
  async exportLookup(): Promise<ExportLookup> {
    const [places, actors] = await Promise.all([
      this.graph.read(q.exportPlaces(), { tag: 'export:places' }),
      this.graph.read(q.exportActors(), { tag: 'export:actors' }),
    ]);
    return new ExportLookup(places as unknown as LookupPlace[], actors as unknown as ExportActor[]);
  }

  /** The filtered events, oldest first, as the server streams them from Neo4j. */
  async *exportEvents(filter: EventFilterInput, options: StreamOptions, lookup?: ExportLookup): AsyncGenerator<ExportEventRow> {
    const names = lookup ?? (await this.exportLookup());
    for await (const { row } of this.graph.stream(q.exportEvents(filter, options.limit ?? null), { tag: 'export:events', timeoutMs: options.timeoutMs, plain: true })) {
      yield names.resolve(streamedEvent(row as unknown[]));
    }
  }

  async *subgraphNodes(filter: EventFilterInput, withArticles: boolean, options: StreamOptions): AsyncGenerator<GraphNodeRow> {
    for await (const row of this.graph.stream(q.subgraphNodes(filter, withArticles, options.limit ?? null), { tag: 'export:graph-nodes', timeoutMs: options.timeoutMs })) {
      yield row.node as GraphNodeRow;
    }
  }

  subgraphEdges(filter: EventFilterInput, withArticles: boolean, options: StreamOptions): AsyncGenerator<GraphEdgeRow> {
    return this.graph.stream(q.subgraphEdges(filter, withArticles, options.limit ?? null), { tag: 'export:graph-edges', timeoutMs: options.timeoutMs }) as AsyncGenerator<Row> as AsyncGenerator<GraphEdgeRow>;
  }
}
