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
import type { Store } from './db/store.js';
import { AppError, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';
import { Authenticator, type Viewer } from './graphql/auth.js';
import { enforce, measure } from './graphql/limits.js';
import { RateLimiter } from './http/rate-limit.js';
import { createContext, type RequestContext } from './graphql/context.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';
import { GazetteerCache } from './seed/articles.js';
import { PUBLIC_DIR, vendorRouter } from './http/assets.js';
import { loadExamples } from './http/examples.js';
import path from 'node:path';

export interface AppDeps {
  config: Config;
  store: Store;
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

export function formatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const strip = (f: GraphQLFormattedError) => {
      if (!production) return f;
      const { stacktrace: _drop, ...extensions } = f.extensions ?? {};
      return { ...f, extensions };
    };
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

/** Refuses operations deeper or costlier than the configured limits, before they run. */
export function queryLimits(limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin<RequestContext> {
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

function sendError(res: express.Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

export async function createApp({ config, store, logger, isInitialised = () => true }: AppDeps): Promise<App> {
  const app = express();
  const services = { gazetteers: new GazetteerCache(store), articleMaxBytes: config.seed.articleMaxBytes };
  const authenticator = new Authenticator(config.auth.apiKeys, config.auth.jwt);
  const limiter = config.limits.ratePerMinute > 0 ? new RateLimiter(config.limits.ratePerMinute) : null;
  const httpServer = http.createServer(app);
  const production = config.env === 'production';

  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    csrfPrevention: true,
    // src/main.ts owns SIGINT / SIGTERM: it drains HTTP, then closes the driver and the local Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(logger, production),
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
      await store.graph.ping();
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

  app.use(
    '/graphql',
    (req, res, next) => {
      const origin = req.headers.origin;
      const allowed = config.corsOrigins === '*' ? '*' : origin && config.corsOrigins.includes(origin) ? origin : undefined;
      if (allowed) {
        res.setHeader('Access-Control-Allow-Origin', allowed);
        res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight');
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        if (allowed !== '*') res.setHeader('Vary', 'Origin');
      }
      if (req.method === 'OPTIONS') {
        res.sendStatus(204);
        return;
      }
      next();
    },
    // Who is asking, then whether they may: read tokens, then the per-client rate limit.
    async (req, res, next) => {
      const viewer = await authenticator.authenticate(req.headers.authorization);
      res.locals.viewer = viewer;
      if (config.auth.readAccess === 'token' && !viewer.role) {
        sendError(res, 401, ErrorCode.UNAUTHENTICATED, viewer.rejected ? `Not authenticated: ${viewer.rejected}` : 'This server needs a bearer token for every request');
        return;
      }
      if (limiter) {
        const decision = limiter.take(viewer.subject ?? req.ip ?? 'unknown');
        if (!decision.allowed) {
          res.setHeader('Retry-After', String(decision.retryAfter));
          sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: the limit is ${limiter.perMinute} per minute per client (RATE_LIMIT_PER_MINUTE); retry in ${decision.retryAfter} s`, {
            limit: limiter.perMinute,
            retryAfter: decision.retryAfter,
          });
          return;
        }
      }
      next();
    },
    express.json({
      limit: config.limits.bodyBytes,
      // Refuse bodies that are not UTF-8 rather than let the parser turn their bytes into U+FFFD.
      verify: (_req, _res, buf) => {
        new TextDecoder('utf-8', { fatal: true }).decode(buf);
      },
    }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(store, res.locals.viewer as Viewer, config.limits, logger, services),
    }),
  );
  // Bodies the JSON parser refuses (too large, not JSON) get a GraphQL-shaped error, not an HTML page.
  app.use((error: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error?.type === 'entity.too.large') {
      sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${config.limits.bodyBytes} bytes (BODY_LIMIT_BYTES)`, { limit: config.limits.bodyBytes });
      return;
    }
    if (error?.type === 'entity.verify.failed') {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid UTF-8 text; send it as UTF-8');
      return;
    }
    if (error?.type === 'entity.parse.failed') {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON');
      return;
    }
    next(error);
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
    stop: () => apollo.stop(),
  };
}
