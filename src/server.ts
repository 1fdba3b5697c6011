/**
 * The HTTP server: Apollo on /graphql, liveness on /health, readiness on /ready. Stateless, so
 * any number of replicas can run behind a load balancer.
 */
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import type { Store } from './db/store.js';
import { AppError, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';
import { authenticate } from './graphql/auth.js';
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
export function formatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof AppError || (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
      if (!production) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
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

export async function createApp({ config, store, logger, isInitialised = () => true }: AppDeps): Promise<App> {
  const app = express();
  const services = { gazetteers: new GazetteerCache(store), articleMaxBytes: config.seed.articleMaxBytes };
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), requestLogger(logger)],
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
    // Room for the largest article an ingestArticle mutation may carry, JSON-escaped.
    express.json({ limit: Math.max(2_000_000, config.seed.articleMaxBytes * 2) }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = authenticate(req.headers.authorization, config.auth.apiKeys);
        if (config.auth.readAccess === 'token' && !viewer.role) {
          throw new GraphQLError('This server needs a bearer token for every request', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        return createContext(store, viewer, config.limits, logger, services);
      },
    }),
  );

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
