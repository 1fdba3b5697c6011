/** Runs operations through a real ApolloServer (executeOperation) over the test Neo4j. */
import { ApolloServer } from '@apollo/server';
import { loadConfig, type Role } from '../../src/config.js';
import type { Stores } from '../../src/db/stores.js';
import { Authenticator } from '../../src/graphql/auth.js';
import { createContext, type RequestContext } from '../../src/graphql/context.js';
import { resolvers } from '../../src/graphql/resolvers/index.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { ArticleIngestion } from '../../src/seed/ingestion.js';
import { formatError, queryLimits } from '../../src/server.js';

export const EDITOR_KEY = 'editor-key-for-tests-0123456789';
export const READER_KEY = 'reader-key-for-tests-0123456789';
const KEYS = new Map<string, Role>([
  [EDITOR_KEY, 'editor'],
  [READER_KEY, 'reader'],
]);

const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
const authenticator = new Authenticator(KEYS);
/** The limits `npm start` applies by default, with more time (the test Neo4j shares two cores). */
export const TEST_LIMITS = { ...loadConfig({}).limits, queryTimeoutMs: 30_000, ratePerMinute: 0 };
let server: ApolloServer<RequestContext> | undefined;
/** One per test file, over the file's store (its worker threads are unref'd and end with the process). */
let ingestion: ArticleIngestion | undefined;

export interface OperationResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  /** Neo4j round trips the operation cost. */
  queries: number;
}

export async function execute<T = Record<string, any>>(
  store: Stores,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; maxPageSize?: number } = {},
): Promise<OperationResult<T>> {
  server ??= new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    formatError: formatError(logger, true),
    plugins: [queryLimits(TEST_LIMITS)],
  });
  const viewer = await authenticator.authenticate(options.token ? `Bearer ${options.token}` : undefined);
  ingestion ??= new ArticleIngestion(store.writes, { articleMaxBytes: 1_000_000, workers: 1, perClient: 2, timeoutMs: 30_000, gazetteerTtlMs: 0 });
  const services = { ingestion };
  const contextValue = createContext(store, viewer, { ...TEST_LIMITS, maxPageSize: options.maxPageSize ?? 100 }, logger, services);
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data: data as T, errors: errors as OperationResult['errors'], queries: contextValue.stats.queries };
}

/** Executes and fails the test on any GraphQL error. */
export async function query<T = Record<string, any>>(store: Stores, text: string, variables: Record<string, unknown> = {}, options: { token?: string } = {}): Promise<T> {
  const result = await execute<T>(store, text, variables, options);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
