/**
 * The data layer of data exchange (src/exchange): the lookups the dataset importer makes before
 * it writes, and the streamed reads of the exports. Writes go through Store.importBatch (the
 * writer), never through here.
 */
import type { EventFilterInput } from './queries/lists.js';
import * as q from './queries/exchange.js';
import type { Graph, Row } from './graph.js';
import type { IncidentReport } from '../domain/incident-match.js';

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
  articles: { id: string; url: string | null; title: string | null; published: string | null; publisher: string | null; row: string | null }[];
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

  async incidentCandidates(events: q.CandidateInput[]): Promise<CandidateRow[]> {
    if (!events.length) return [];
    return (await this.graph.read(q.datasetIncidentCandidates(events), { tag: 'exchange:incident-candidates' })) as unknown as CandidateRow[];
  }

  exportEvents(filter: EventFilterInput, options: StreamOptions): AsyncGenerator<ExportEventRow> {
    return this.graph.stream(q.exportEvents(filter, options.limit ?? null), { tag: 'export:events', timeoutMs: options.timeoutMs }) as AsyncGenerator<Row> as AsyncGenerator<ExportEventRow>;
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
