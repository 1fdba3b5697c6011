/**
 * Configuration, read once from the environment and validated. Every problem is reported
 * together; the process exits non-zero on bad configuration (see src/main.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** `API_KEYS`: comma-separated `role:key` entries (a bare key is an editor key). */
const apiKeys = z
  .string()
  .transform((raw, ctx) => {
    const keys = new Map<string, Role>();
    for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
      const colon = entry.indexOf(':');
      const role = colon > 0 ? entry.slice(0, colon) : 'editor';
      const key = colon > 0 ? entry.slice(colon + 1) : entry;
      if (!(ROLES as readonly string[]).includes(role)) {
        ctx.addIssue({ code: 'custom', message: `unknown role "${role}" (use ${ROLES.join(', ')})` });
        continue;
      }
      if (key.length < 16) {
        ctx.addIssue({ code: 'custom', message: 'every key must be at least 16 characters long' });
        continue;
      }
      keys.set(key, role as Role);
    }
    return keys;
  });

const neo4jUri = z
  .string()
  .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/, 'must be a bolt://, neo4j://, neo4j+s:// (or +ssc) URI');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USERNAME: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_MAX_POOL_SIZE: positiveInt.default(50),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_LOCAL_HEAP: z.string().regex(/^[0-9]+[mg]$/, 'must look like 512m or 2g').default('1g'),

  SEED_ON_START: bool.optional(),
  SEED_PATHS: z.string().min(1).default('seed'),
  ARTICLE_MAX_BYTES: positiveInt.max(50_000_000).default(1_000_000),

  API_KEYS: apiKeys.default(new Map()),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)' }).optional(),
  JWT_ALGORITHM: z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA']).default('RS256'),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  READ_ACCESS: z.enum(['open', 'token']).default('open'),

  QUERY_TIMEOUT_MS: positiveInt.default(15_000),
  MAX_PAGE_SIZE: positiveInt.max(10_000).default(100),
  MAX_QUERY_DEPTH: positiveInt.max(100).default(12),
  MAX_QUERY_COST: positiveInt.default(200_000),
  MAX_QUERY_TOKENS: positiveInt.default(2_000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_ROOT_FIELDS: positiveInt.default(20),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  MAX_CONCURRENT_REQUESTS: positiveInt.default(32),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(256),
  EXTRACTION_WORKERS: positiveInt.max(64).optional(),
  EXTRACTION_WORKER_HEAP_MB: z.coerce.number().int().min(16).max(16_384).default(80),
  INGEST_PER_CLIENT: positiveInt.default(2),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).optional(),
  BODY_LIMIT_BYTES: positiveInt.optional(),
  INTROSPECTION: bool.optional(),
  PLAYGROUND: bool.optional(),
  CORS_ORIGINS: z.string().default('*'),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(1_000),

  EXPORT_TIMEOUT_MS: positiveInt.default(600_000),
  EXPORT_MAX_CONCURRENT: positiveInt.max(64).default(2),
  GRAPHML_MAX_NODES: positiveInt.max(100_000).default(5_000),
  IMPORT_MAX_BYTES: positiveInt.default(200_000_000),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  neo4j: {
    /** Absent: a local Neo4j is provisioned (see src/neo4j-local). */
    uri: string | undefined;
    username: string | undefined;
    password: string | undefined;
    database: string | undefined;
    maxPoolSize: number;
    local: { port: number; dataDir: string; heap: string };
  };
  seed: { onStart: boolean; paths: string[]; articleMaxBytes: number };
  auth: {
    apiKeys: Map<string, Role>;
    readAccess: 'open' | 'token';
    jwt: { secret?: string; publicKey?: string; algorithm?: string; issuer?: string; audience?: string };
  };
  limits: {
    queryTimeoutMs: number;
    maxPageSize: number;
    maxDepth: number;
    maxCost: number;
    maxTokens: number;
    maxAliases: number;
    maxRootFields: number;
    maxDirectives: number;
    ratePerMinute: number;
    bodyBytes: number;
    /** GraphQL requests executing at once; more wait in a queue of `maxQueued`, beyond it 503. */
    maxConcurrent: number;
    maxQueued: number;
    /** Worker threads that run article extraction for ingestArticle. */
    extractionWorkers: number;
    /** Old-generation heap of each extraction worker, MB. */
    extractionWorkerHeapMb: number;
    /** ingestArticle calls one client may have in flight. */
    ingestPerClient: number;
  };
  introspection: boolean;
  /** The GraphQL IDE at /playground. */
  playground: boolean;
  corsOrigins: string[] | '*';
  shutdownTimeoutMs: number;
  /** After SIGTERM: readiness turns false, connections are still accepted for this long, then the drain begins. */
  shutdownGraceMs: number;
  /** Exports (/export/*) and dataset uploads (/import/*), src/http/exchange.ts. */
  exchange: {
    /** How long one export may stream (its Neo4j transaction timeout). */
    exportTimeoutMs: number;
    /** Exports streaming at once per process; beyond it 503. */
    exportMaxConcurrent: number;
    /** Largest neighbourhood a GraphML export of `root` may hold. */
    graphmlMaxNodes: number;
    /** Largest dataset file POST /import/* accepts (after decompression). */
    importMaxBytes: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // Empty strings count as unset, so `FOO= npm start` behaves like leaving FOO out.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD && e.NEO4J_USERNAME) {
    problems.push('NEO4J_PASSWORD: required when NEO4J_USERNAME is set');
  }
  if (e.JWT_SECRET && e.JWT_PUBLIC_KEY) problems.push('JWT_SECRET, JWT_PUBLIC_KEY: set one of them, not both');
  if (!e.NEO4J_URI && (e.NEO4J_USERNAME || e.NEO4J_PASSWORD)) {
    problems.push('NEO4J_URI: required when NEO4J_USERNAME or NEO4J_PASSWORD is set');
  }
  if (problems.length) throw new ConfigError(problems);

  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      local: { port: e.NEO4J_LOCAL_PORT, dataDir: path.resolve(cwd, e.NEO4J_LOCAL_DATA_DIR), heap: e.NEO4J_LOCAL_HEAP },
    },
    seed: {
      onStart: e.SEED_ON_START ?? !e.NEO4J_URI,
      paths: e.SEED_PATHS.split(',').map((p) => path.resolve(cwd, p.trim())),
      articleMaxBytes: e.ARTICLE_MAX_BYTES,
    },
    auth: {
      apiKeys: e.API_KEYS,
      readAccess: e.READ_ACCESS,
      jwt: { secret: e.JWT_SECRET, publicKey: e.JWT_PUBLIC_KEY, algorithm: e.JWT_ALGORITHM, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    },
    limits: {
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxCost: e.MAX_QUERY_COST,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxRootFields: e.MAX_ROOT_FIELDS,
      maxDirectives: e.MAX_QUERY_DIRECTIVES,
      maxConcurrent: e.MAX_CONCURRENT_REQUESTS,
      maxQueued: e.MAX_QUEUED_REQUESTS,
      extractionWorkers: e.EXTRACTION_WORKERS ?? Math.max(1, Math.min(2, os.availableParallelism() - 1)),
      extractionWorkerHeapMb: e.EXTRACTION_WORKER_HEAP_MB,
      ingestPerClient: e.INGEST_PER_CLIENT,
      ratePerMinute: e.RATE_LIMIT_PER_MINUTE ?? (production ? 600 : 0),
      // Room for the largest article an ingestArticle mutation may carry, JSON-escaped.
      bodyBytes: e.BODY_LIMIT_BYTES ?? Math.max(2_000_000, e.ARTICLE_MAX_BYTES * 2),
    },
    introspection: e.INTROSPECTION ?? !production,
    playground: e.PLAYGROUND ?? !production,
    corsOrigins: e.CORS_ORIGINS.trim() === '*' ? '*' : e.CORS_ORIGINS.split(',').map((s) => s.trim()),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    exchange: {
      exportTimeoutMs: e.EXPORT_TIMEOUT_MS,
      exportMaxConcurrent: e.EXPORT_MAX_CONCURRENT,
      graphmlMaxNodes: e.GRAPHML_MAX_NODES,
      importMaxBytes: e.IMPORT_MAX_BYTES,
    },
  };
}
