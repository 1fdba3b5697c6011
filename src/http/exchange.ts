/**
 * Data in and out over HTTP (docs/adr/0010-data-exchange.md):
 *
 *   GET  /export/events.csv        events in ACLED's column layout, then this product's columns
 *   GET  /export/events.geojson    the same events as a GeoJSON FeatureCollection of points
 *   GET  /export/graph.graphml     ?root=<id>&hops=1..3: a neighbourhood; or, with an events
 *                                  filter, the filtered events with their places and actors
 *   POST /import/acled, /import/ucdp   a dataset CSV as the body (editor role): the import summary
 *
 * The exports take the `events` query's filter as query parameters (placeId, from, to,
 * eventTypes, subEventTypes, actorId, perpetratorId, targetId, articleId, minFatalities, reviewed,
 * near + radiusKm or nearPlaceId + radiusKm) and run it through the same conversion and query builder,
 * so an export holds exactly the events the query lists. Rows are streamed from Neo4j into the
 * response with backpressure; the server never holds the result. Every route honours
 * READ_ACCESS and the per-client rate limit as /graphql does.
 */
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import express from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Config } from '../config.js';
import { ExchangeStore } from '../db/exchange.js';
import type { EventFilterInput } from '../db/queries/lists.js';
import { ExploreStore } from '../db/explore-store.js';
import type { Graph } from '../db/graph.js';
import { LookupStore } from '../db/lookup-store.js';
import { WriteStore } from '../db/write-store.js';
import { EVENT_TYPES, SUB_EVENT_TYPES, RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../domain/taxonomy.js';
import { AppError, ErrorCode, badInput } from '../errors.js';
import { EXPORT_COLUMNS } from '../exchange/acled.js';
import { exportCsvLine, exportRecord, geoJsonFeatureText } from '../exchange/export-rows.js';
import { edgeRow, graphmlEdge, graphmlHeader, graphmlNode, GRAPHML_FOOTER, nodeRow } from '../exchange/graphml.js';
import { importDataset } from '../exchange/importer.js';
import type { Dataset } from '../exchange/rows.js';
import { requireRole, type Authenticator, type Viewer } from '../graphql/auth.js';
import type { RequestContext } from '../graphql/context.js';
import { toEventFilter } from '../graphql/resolvers/shared.js';
import type { Logger } from '../logger.js';
import { cors, sendError, viewerGuard } from './guard.js';
import type { RateLimiter } from './rate-limit.js';

export interface ExchangeDeps {
  config: Config;
  graph: Graph;
  logger: Logger;
  authenticator: Authenticator;
  limiter: RateLimiter | null;
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.OVERLOADED]: 503,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

// ------------------------------------------------------------------------------ query parameters

/** Query parameters of the events filter, as documented in the README ("Data in and out"). */
export const FILTER_PARAMETERS = [
  'placeId',
  'from',
  'to',
  'eventTypes',
  'subEventTypes',
  'actorId',
  'perpetratorId',
  'targetId',
  'articleId',
  'minFatalities',
  'near',
  'nearPlaceId',
  'radiusKm',
  'reviewed',
] as const;

type Query = Record<string, unknown>;

function single(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) {
    if (v.length !== 1) throw badInput(`The query parameter ${name} is given ${v.length} times; give it once`, { parameter: name });
    return String(v[0]);
  }
  if (typeof v !== 'string') throw badInput(`The query parameter ${name} must be a plain value`, { parameter: name });
  return v;
}

/** A comma-separated list, or the parameter repeated. */
function list(query: Query, name: string): string[] | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',') : []));
  return parts.map((s) => s.trim()).filter(Boolean);
}

function id(query: Query, name: string): string | undefined {
  const v = single(query, name)?.trim();
  if (v === undefined || v === '') return undefined;
  if (v.length > 300) throw badInput(`The query parameter ${name} is longer than 300 characters`, { parameter: name });
  return v;
}

function day(query: Query, name: string): string | undefined {
  const v = single(query, name)?.trim();
  if (!v) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw badInput(`The query parameter ${name} must be a date as YYYY-MM-DD, not "${v.slice(0, 40)}"`, { parameter: name });
  }
  return v;
}

function number(query: Query, name: string, { min, max, integer }: { min: number; max: number; integer?: boolean }): number | undefined {
  const v = single(query, name)?.trim();
  if (!v) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw badInput(`The query parameter ${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${v.slice(0, 40)}"`, { parameter: name });
  }
  return n;
}

function flag(query: Query, name: string): boolean {
  const v = single(query, name)?.trim().toLowerCase();
  if (v === undefined || v === '' || v === 'false' || v === '0' || v === 'no') return false;
  if (v === 'true' || v === '1' || v === 'yes') return true;
  throw badInput(`The query parameter ${name} must be true or false, not "${v.slice(0, 40)}"`, { parameter: name });
}

function enums<T extends string>(query: Query, name: string, allowed: readonly T[]): T[] | undefined {
  const values = list(query, name);
  if (!values) return undefined;
  const bad = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length) throw badInput(`The query parameter ${name} has unknown value(s) ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}; use ${allowed.join(', ')}`, { parameter: name });
  return values as T[];
}

function refuseUnknown(query: Query, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((k) => !allowed.includes(k));
  if (unknown.length) throw badInput(`Unknown query parameter(s): ${unknown.map((u) => u.slice(0, 40)).join(', ')}; the export takes ${allowed.join(', ')}`, { unknown });
}

/**
 * The `events` query's EventFilter from query parameters, converted exactly as the query converts
 * it (toEventFilter: date range check, the circle around a place or point).
 */
export async function filterFromQuery(query: Query, lookups: LookupStore): Promise<EventFilterInput> {
  const radiusKm = number(query, 'radiusKm', { min: 0.001, max: 20_000 });
  const nearText = single(query, 'near')?.trim();
  const nearPlaceId = id(query, 'nearPlaceId');
  let near: { radiusKm: number; placeId?: string; point?: { latitude: number; longitude: number } } | null = null;
  if (nearText || nearPlaceId) {
    if (radiusKm === undefined) throw badInput('near and nearPlaceId need radiusKm (kilometres)', { parameter: 'radiusKm' });
    if (nearText && nearPlaceId) throw badInput('Give either near (a point) or nearPlaceId, not both', { parameter: 'near' });
    if (nearText) {
      const m = /^(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(nearText);
      const latitude = Number(m?.[1]);
      const longitude = Number(m?.[2]);
      if (!m || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw badInput(`The query parameter near must be "latitude,longitude", not "${nearText.slice(0, 40)}"`, { parameter: 'near' });
      near = { radiusKm, point: { latitude, longitude } };
    } else near = { radiusKm, placeId: nearPlaceId };
  } else if (radiusKm !== undefined) throw badInput('radiusKm goes with near or nearPlaceId', { parameter: 'radiusKm' });
  const from = day(query, 'from');
  const to = day(query, 'to');
  const input = {
    placeId: id(query, 'placeId'),
    near,
    dates: from || to ? { from, to } : undefined,
    eventTypes: enums(query, 'eventTypes', EVENT_TYPES),
    subEventTypes: enums(query, 'subEventTypes', SUB_EVENT_TYPES),
    actorId: id(query, 'actorId'),
    perpetratorId: id(query, 'perpetratorId'),
    targetId: id(query, 'targetId'),
    articleId: id(query, 'articleId'),
    minFatalities: number(query, 'minFatalities', { min: 0, max: 1_000_000, integer: true }),
    reviewed: single(query, 'reviewed') === undefined ? undefined : flag(query, 'reviewed'),
  };
  // toEventFilter needs only the lookups (for a circle around a place).
  return toEventFilter(input as never, { stores: { lookups } } as unknown as RequestContext);
}

// ------------------------------------------------------------------------------------ streaming

/**
 * The CSV and GeoJSON exports build their body in pieces of about this many characters: each goes
 * to the socket as it is (see chunked) and stays below the size V8 puts in its large-object space
 * (128 KB). Pieces of 256 rows (about 120 KB of CSV, 340 KB of GeoJSON) cost the server 8-10% more
 * CPU for 200,000 rows (docs/benchmarks.md, "Exports of 200,000 events").
 */
const PIECE = 65_536;

/** Joins small pieces into chunks of about 64 KB: fewer, larger writes to the socket. */
async function* chunked(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Starts a stream: its first item is awaited before the headers are sent, so a query that fails
 * at once still gets a proper error status. Later failures can only cut the response short.
 */
async function primed<T>(source: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await source.next();
  return (async function* () {
    try {
      if (first.done) return;
      yield first.value;
      yield* source;
    } finally {
      await source.return(undefined as never);
    }
  })();
}

export function exchangeRouter({ config, graph, logger, authenticator, limiter }: ExchangeDeps): express.Router {
  const router = express.Router();
  const exchange = new ExchangeStore(graph);
  const lookups = new LookupStore(graph);
  const explore = new ExploreStore(graph);
  const writes = new WriteStore(graph);
  const limits = config.exchange;
  let exporting = 0;
  let importing = false;

  const fail = (res: express.Response, error: unknown, what: string) => {
    if (res.headersSent) {
      // The body is under way: all that can be said is to cut it short (the client sees an incomplete transfer).
      logger.error({ err: error }, `${what} failed while streaming`);
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    if (error instanceof AppError) {
      sendError(res, STATUS[error.code] ?? 500, error.code, error.message, (error.extensions ?? {}) as Record<string, unknown>);
      return;
    }
    logger.error({ err: error }, `${what} failed`);
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };

  // CORS for the allowed origins (preflights answered here), then who is asking and whether they may (as /graphql).
  router.use(['/export', '/import'], cors(config, 'GET, POST, OPTIONS', 'content-type, content-encoding, authorization'));
  const guard = viewerGuard({ config, authenticator, limiter });

  /** Runs one export: the concurrency limit, headers once the first row is there, the streamed body. */
  const exportRoute =
    (what: string, contentType: string, filename: string, body: (req: express.Request) => Promise<AsyncGenerator<string>>): express.RequestHandler =>
    async (req, res) => {
      if (exporting >= limits.exportMaxConcurrent) {
        res.setHeader('Retry-After', '10');
        sendError(res, 503, ErrorCode.OVERLOADED, `The server is busy: ${limits.exportMaxConcurrent} exports are running (EXPORT_MAX_CONCURRENT); retry in 10 s`, { retryAfter: 10 });
        return;
      }
      exporting += 1;
      const started = performance.now();
      let pieces = 0;
      try {
        const source = await primed(await body(req));
        res.status(200);
        res.setHeader('Content-Type', contentType);
        res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.flushHeaders();
        const counting = async function* () {
          for await (const s of source) {
            pieces += 1;
            yield s;
          }
        };
        await pipeline(Readable.from(chunked(counting())), res);
        logger.info({ export: what, ms: Math.round(performance.now() - started), pieces }, 'export');
      } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
          logger.info({ export: what, ms: Math.round(performance.now() - started), pieces }, 'export abandoned by the client');
          return;
        }
        fail(res, error, `export ${what}`);
      } finally {
        exporting -= 1;
      }
    };

  const EVENT_PARAMS = [...FILTER_PARAMETERS, 'limit'];
  const streamOptions = (query: Query) => ({ timeoutMs: limits.exportTimeoutMs, limit: number(query, 'limit', { min: 1, max: 10_000_000, integer: true }) ?? null });

  router.get(
    '/export/events.csv',
    guard,
    exportRoute('events.csv', 'text/csv; charset=utf-8', 'events.csv', async (req) => {
      refuseUnknown(req.query, [...EVENT_PARAMS, 'bom']);
      const bom = flag(req.query, 'bom');
      const options = streamOptions(req.query);
      const filter = await filterFromQuery(req.query, lookups);
      const rows = exchange.exportEvents(filter, options);
      return (async function* () {
        const columns = [...EXPORT_COLUMNS];
        yield stringify([], { header: true, columns, bom });
        let lines = '';
        for await (const row of rows) {
          lines += exportCsvLine(exportRecord(row));
          if (lines.length >= PIECE) {
            yield lines;
            lines = '';
          }
        }
        if (lines) yield lines;
      })();
    }),
  );

  router.get(
    '/export/events.geojson',
    guard,
    exportRoute('events.geojson', 'application/geo+json; charset=utf-8', 'events.geojson', async (req) => {
      refuseUnknown(req.query, EVENT_PARAMS);
      const options = streamOptions(req.query);
      const filter = await filterFromQuery(req.query, lookups);
      const rows = exchange.exportEvents(filter, options);
      return (async function* () {
        yield '{"type":"FeatureCollection","features":[\n';
        let features = '';
        let first = true;
        for await (const row of rows) {
          features += `${first ? '' : ',\n'}${geoJsonFeatureText(row)}`;
          first = false;
          if (features.length >= PIECE) {
            yield features;
            features = '';
          }
        }
        if (features) yield features;
        yield '\n]}\n';
      })();
    }),
  );

  router.get(
    '/export/graph.graphml',
    guard,
    exportRoute('graph.graphml', 'application/graphml+xml; charset=utf-8', 'graph.graphml', async (req) => {
      refuseUnknown(req.query, [...EVENT_PARAMS, 'root', 'hops', 'withArticles', 'relationshipTypes']);
      const root = id(req.query, 'root');
      if (root) {
        const filterGiven = FILTER_PARAMETERS.some((p) => req.query[p] !== undefined) || req.query.withArticles !== undefined || req.query.limit !== undefined;
        if (filterGiven) throw badInput('Give either root (with hops and relationshipTypes) or an events filter, not both', { parameter: 'root' });
        const hops = number(req.query, 'hops', { min: 1, max: 3, integer: true }) ?? 1;
        const types = enums(req.query, 'relationshipTypes', RELATIONSHIP_TYPE_NAMES) ?? (RELATIONSHIP_TYPE_NAMES as RelationshipType[]);
        const found = await explore.neighbourhood(root, hops, { types: types as RelationshipType[], kinds: null, from: null, to: null }, limits.graphmlMaxNodes);
        if (!found) throw new AppError(ErrorCode.NOT_FOUND, `Node "${root}" does not exist`, { id: root });
        const description = `Neighbourhood of ${root}, ${hops} hop(s)${found.truncated ? `, cut at ${found.limit} nodes (GRAPHML_MAX_NODES)` : ''}`;
        // Bounded by GRAPHML_MAX_NODES: read whole, like the explorer's neighbourhood.
        return (async function* () {
          yield graphmlHeader(description);
          for (const n of found.nodes) yield graphmlNode(nodeRow(n.node));
          let i = 0;
          for (const e of found.edges) yield graphmlEdge(edgeRow(e.relationship), i++);
          yield GRAPHML_FOOTER;
        })();
      }
      if (req.query.hops !== undefined || req.query.relationshipTypes !== undefined) throw badInput('hops and relationshipTypes go with root', { parameter: 'hops' });
      const withArticles = flag(req.query, 'withArticles');
      const options = streamOptions(req.query);
      const filter = await filterFromQuery(req.query, lookups);
      const nodes = exchange.subgraphNodes(filter, withArticles, options);
      return (async function* () {
        yield graphmlHeader(`Events of the filter ${JSON.stringify(filter)}, with their places${withArticles ? ', actors and articles' : ' and actors'}`);
        for await (const node of nodes) yield graphmlNode(node);
        let i = 0;
        for await (const edge of exchange.subgraphEdges(filter, withArticles, options)) yield graphmlEdge(edge, i++);
        yield GRAPHML_FOOTER;
      })();
    }),
  );

  router.post('/import/:format', guard, async (req, res) => {
    try {
      requireRole(res.locals.viewer as Viewer, 'editor');
      const format = req.params.format;
      if (format !== 'acled' && format !== 'ucdp') throw new AppError(ErrorCode.NOT_FOUND, `No importer for "${String(format).slice(0, 40)}": use /import/acled or /import/ucdp`);
      refuseUnknown(req.query, ['batch']);
      const batchRows = number(req.query, 'batch', { min: 1, max: 20_000, integer: true });
      if (importing) throw new AppError(ErrorCode.CONFLICT, 'Another import is running on this server; try again when it has finished');
      const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (!['identity', 'gzip', 'deflate'].includes(encoding)) {
        sendError(res, 415, ErrorCode.BAD_USER_INPUT, `The Content-Encoding "${encoding.slice(0, 40)}" is not supported; send the file as is, gzip or deflate`);
        return;
      }
      importing = true;
      try {
        let bytes = 0;
        const limit = new Transform({
          transform(chunk: Buffer, _enc, done) {
            bytes += chunk.length;
            if (bytes > limits.importMaxBytes) done(new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than ${limits.importMaxBytes} bytes (IMPORT_MAX_BYTES)`, { limit: limits.importMaxBytes }));
            else done(null, chunk);
          },
        });
        const decoded = encoding === 'gzip' ? req.pipe(createGunzip()) : encoding === 'deflate' ? req.pipe(createInflate()) : req;
        decoded.on('error', (error) => limit.destroy(badInput(`The body could not be decompressed (${encoding}): ${error.message}`)));
        const body = decoded.pipe(limit);
        const summary = await importDataset(body, writes, exchange, { dataset: format as Dataset, batchRows });
        logger.info({ import: format, rows: summary.rowsRead, written: summary.written, refused: summary.refused.length, seconds: summary.seconds }, 'dataset import');
        res.json(summary);
      } finally {
        importing = false;
      }
    } catch (error) {
      // The rest of an upload that was refused is not read: close the connection after answering.
      if (!req.complete) res.setHeader('Connection', 'close');
      fail(res, error, 'import');
    }
  });

  return router;
}
