/**
 * The HTTP server: Apollo on /graphql, liveness on /health, readiness on /ready. Stateless, so
 * any number of replicas can run behind a load balancer.
 */
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import type { Graph } from './db/graph.js';
import { Stores } from './db/stores.js';
import { AppError, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';
import { Authenticator, type Viewer } from './graphql/auth.js';
import { enforce, measure, type QueryLimits } from './graphql/limits.js';
import { Admission } from './http/admission.js';
import { cors, sendError, viewerGuard } from './http/guard.js';
import { RateLimiter } from './http/rate-limit.js';
import { createContext, type RequestContext } from './graphql/context.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';
import { ArticleIngestion } from './seed/ingestion.js';
import { PUBLIC_DIR, vendorRouter } from './http/assets.js';
import { exchangeRouter } from './http/exchange.js';
import { loadExamples } from './http/examples.js';
import path from 'node:path';

export interface AppDeps {
  config: Config;
  graph: Graph;
  logger: Logger;
  /** False until schema migrations have run; /ready reports unavailable meanwhile. */
  isInitialised?: () => boolean;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Listens on the configured host and port (or the given port, 0 for any free one). */
  listen(port?: number): Promise<number>;
  /** Stops taking requests, lets in-flight ones finish, then stops Apollo. */
  stop(): Promise<void>;
  /**
   * Runs every example operation (examples/, one per design question) `rounds` times, so Neo4j
   * has planned their statements and both JIT compilers have seen the hot paths before the first
   * client does. Resolves with how many answered without errors.
   */
  warmUp(rounds?: number): Promise<{ operations: number; ok: number; ms: number }>;
}

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Expected errors keep their message and code; anything else becomes INTERNAL_SERVER_ERROR
 * with a generic message (the original is logged, never sent).
 */
/** A GraphQL error raised by graphql-js or Apollo about the request itself, not by our code. */
function isRequestError(error: unknown): boolean {
  // Checked by name: Apollo's graphql copy and ours may differ in tests, defeating instanceof.
  const e = error as { constructor?: { name?: string }; originalError?: unknown } | null;
  return e?.constructor?.name === 'GraphQLError' && !e.originalError;
}

/** graphql-js's hints (`Did you mean "createEntity"?`) name fields: with introspection off they would leak the schema. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;
/** graphql-js's message when the parser stops at `maxTokens` ("more that" is its spelling). */
const TOKEN_LIMIT = /contains more tha[nt] (\d+) tokens/;

export function formatError(logger: Logger, production: boolean, suggestions = !production) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const strip = (f: GraphQLFormattedError) => {
      const message = suggestions ? f.message : f.message.replace(SUGGESTION, '');
      if (!production) return { ...f, message };
      const { stacktrace: _drop, ...extensions } = f.extensions ?? {};
      return { ...f, message, extensions };
    };
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      const limit = Number(tokens[1]);
      return strip({
        message: `The query has more than ${limit} tokens (names, punctuation, values); the limit is ${limit} (MAX_QUERY_TOKENS)`,
        locations: formatted.locations,
        extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX, limit },
      });
    }
    if (original instanceof AppError || (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)) return strip(formatted);
    // Variable coercion over graphql-js's error limit, an unsupported persisted query, a
    // subscription: the request is at fault, and the message says how.
    if (isRequestError(error)) return strip({ ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } });
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Refuses operations deeper, costlier or wider than the configured limits, before they run. */
export function queryLimits(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
          );
          enforce(measure(schema, operation, fragments, request.variables ?? {}), limits);
        },
      };
    },
  };
}

function requestLogger(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ errors }) {
          logger.info(
            {
              operation: request.operationName ?? null,
              ms: Math.round(performance.now() - started),
              neo4jQueries: contextValue.stats.queries,
              errors: errors?.length ?? 0,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

interface HttpError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
  charset?: string;
  encoding?: string;
}

interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** What the client did wrong, in words, for the errors Express and its body parser raise; null for server faults. */
export function httpRefusal(error: HttpError, bodyLimit: number): Refusal | 'gone' | null {
  switch (error?.type) {
    case 'request.aborted':
      return 'gone';
    case 'entity.too.large':
      return { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: `The request body is larger than ${bodyLimit} bytes (BODY_LIMIT_BYTES)`, details: { limit: bodyLimit } };
    case 'entity.verify.failed':
      return { status: 400, code: ErrorCode.BAD_USER_INPUT, message: 'The request body is not valid UTF-8 text; send it as UTF-8' };
    case 'entity.parse.failed':
      return { status: 400, code: ErrorCode.BAD_USER_INPUT, message: 'The request body is not valid JSON' };
    case 'charset.unsupported':
      return { status: 415, code: ErrorCode.BAD_USER_INPUT, message: `The body's charset "${String(error.charset ?? '').slice(0, 40)}" is not supported; send UTF-8` };
    case 'encoding.unsupported':
      return { status: 415, code: ErrorCode.BAD_USER_INPUT, message: `The Content-Encoding "${String(error.encoding ?? '').slice(0, 40)}" is not supported; send the body as is, gzip or deflate` };
    case 'request.size.invalid':
      return { status: 400, code: ErrorCode.BAD_USER_INPUT, message: 'The request body is shorter or longer than its Content-Length' };
  }
  const status = error?.status ?? error?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: ErrorCode.BAD_USER_INPUT, message: error.expose && error.message ? error.message : 'The request is not valid' };
  }
  return null;
}

/**
 * Where a JSON value holds a string with a lone UTF-16 surrogate (`variables.input.text`), or
 * null. Iterative, so a deeply nested body cannot exhaust the stack.
 */
/** In a `u` regular expression a surrogate category matches only a surrogate that is not part of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

export function loneSurrogateIn(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, 'body']];
  while (stack.length) {
    const [v, where] = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return where;
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push([x, `${where}[${i}]`]));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k)) return `${where} (a key)`;
        stack.push([x, where === 'body' ? k : `${where}.${k}`]);
      }
    }
  }
  return null;
}

export async function createApp({ config, graph, logger, isInitialised = () => true }: AppDeps): Promise<App> {
  const app = express();
  const stores = new Stores(graph);
  const ingestion = new ArticleIngestion(stores.writes, {
    articleMaxBytes: config.seed.articleMaxBytes,
    workers: config.limits.extractionWorkers,
    workerHeapMb: config.limits.extractionWorkerHeapMb,
    perClient: config.limits.ingestPerClient,
    timeoutMs: config.limits.queryTimeoutMs,
  });
  const services = { ingestion };
  const authenticator = new Authenticator(config.auth.apiKeys, config.auth.jwt);
  const limiter = config.limits.ratePerMinute > 0 ? new RateLimiter(config.limits.ratePerMinute) : null;
  const httpServer = http.createServer(app);
  const admission = new Admission({ maxConcurrent: config.limits.maxConcurrent, maxQueued: config.limits.maxQueued, maxWaitMs: config.limits.queryTimeoutMs });
  const production = config.env === 'production';

  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    csrfPrevention: true,
    // src/main.ts owns SIGINT / SIGTERM: it drains HTTP, then closes the driver and the local Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(logger, production, config.introspection),
    // The token cap runs inside the parser, before any document is built.
    parseOptions: { maxTokens: config.limits.maxTokens },
    // No cache hints are used, so the cache-control plugin (a hook on every resolved field) is off.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimits(config.limits),
      requestLogger(logger),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await graph.ping();
      if (!isInitialised()) {
        res.status(503).json({ status: 'starting', neo4j: 'up' });
        return;
      }
      res.json({ status: 'ready', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });

  // The explorer and the playground are static pages over this same API; their libraries come
  // from node_modules through /vendor, so nothing is fetched from the internet.
  app.use('/vendor', vendorRouter());
  app.use('/explorer', express.static(path.join(PUBLIC_DIR, 'explorer')));
  app.get('/examples.json', (_req, res) => {
    res.json(loadExamples());
  });
  if (config.playground) app.use('/playground', express.static(path.join(PUBLIC_DIR, 'playground')));
  app.get('/', (_req, res) => res.redirect('/explorer/'));
  // Data in and out: /export/events.csv|.geojson, /export/graph.graphml, POST /import/acled|ucdp.
  app.use(exchangeRouter({ config, graph, logger, authenticator, limiter }));

  app.use(
    '/graphql',
    cors(config, 'GET, POST, OPTIONS', 'content-type, authorization, apollo-require-preflight'),
    // Who is asking, then whether they may: read tokens, then the per-client rate limit.
    viewerGuard({ config, authenticator, limiter }),
    admission.middleware((res, refusal) => {
      res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
      sendError(
        res,
        503,
        ErrorCode.OVERLOADED,
        refusal.reason === 'queue-full'
          ? `The server is busy: ${config.limits.maxConcurrent} requests are running and ${config.limits.maxQueued} waiting (MAX_CONCURRENT_REQUESTS, MAX_QUEUED_REQUESTS); retry in ${refusal.retryAfterSeconds} s`
          : `The server is busy: the request waited ${config.limits.queryTimeoutMs} ms for its turn (QUERY_TIMEOUT_MS); retry in ${refusal.retryAfterSeconds} s`,
        { retryAfter: refusal.retryAfterSeconds },
      );
    }),
    express.json({
      limit: config.limits.bodyBytes,
      // Refuse bodies that are not UTF-8 rather than let the parser turn their bytes into U+FFFD.
      verify: (_req, _res, buf) => {
        new TextDecoder('utf-8', { fatal: true }).decode(buf);
      },
    }),
    (req, res, next) => {
      // JSON escapes can still carry half of a surrogate pair ("\ud800"), which no store can keep.
      const where = loneSurrogateIn(req.body);
      if (where !== null) {
        sendError(res, 400, ErrorCode.BAD_USER_INPUT, `The request body has an unpaired UTF-16 surrogate in ${where}; send well-formed Unicode text`);
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(stores, res.locals.viewer as Viewer, config.limits, logger, services, res.locals.arrivedAt as number | undefined),
    }),
  );

  // Anything no route answered: a JSON 404 like every other error, never Express's HTML page.
  app.use((req, res) => {
    sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing is served at ${req.method} ${req.path}`);
  });

  // Every failure outside GraphQL (the body parser's refusals, a client that went away, a bug)
  // gets the product's JSON error shape; only server faults are logged, and never to a client.
  app.use((error: HttpError, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const refusal = httpRefusal(error, config.limits.bodyBytes);
    if (refusal === 'gone') return; // the client closed the connection: nobody to answer
    if (refusal) {
      sendError(res, refusal.status, refusal.code, refusal.message, refusal.details);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error in the HTTP layer');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  });

  return {
    httpServer,
    apollo,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, config.host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await ingestion.close();
    },
    warmUp: async (rounds = 2) => {
      const started = performance.now();
      const viewer = await authenticator.authenticate(undefined);
      let operations = 0;
      let ok = 0;
      for (let round = 0; round < rounds; round++) {
        for (const example of loadExamples()) {
          operations += 1;
          const response = await apollo.executeOperation(
            { query: example.query, variables: JSON.parse(example.variables) as Record<string, unknown> },
            { contextValue: createContext(stores, viewer, config.limits, logger, services) },
          );
          if (response.body.kind === 'single' && !response.body.singleResult.errors?.length) ok += 1;
        }
      }
      return { operations, ok, ms: Math.round(performance.now() - started) };
    },
  };
}
