/**
 * What every API route (/graphql, /export/*, /import/*) checks before it runs, in one place:
 * the JSON error shape, CORS, who is asking (READ_ACCESS) and the per-client rate limit.
 */
import type express from 'express';
import type { Config } from '../config.js';
import { ErrorCode } from '../errors.js';
import type { Authenticator } from '../graphql/auth.js';
import type { RateLimiter } from './rate-limit.js';

/** An error in the product's JSON shape (as GraphQL errors are). */
export function sendError(res: express.Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

/** Sets Access-Control-Allow-Origin for an allowed origin (CORS_ORIGINS); returns whether it did. */
function allowOrigin(config: Pick<Config, 'corsOrigins'>, req: express.Request, res: express.Response): boolean {
  const origin = req.headers.origin;
  const allowed = config.corsOrigins === '*' ? '*' : origin && config.corsOrigins.includes(origin) ? origin : undefined;
  if (!allowed) return false;
  res.setHeader('Access-Control-Allow-Origin', allowed);
  if (allowed !== '*') res.setHeader('Vary', 'Origin');
  return true;
}

/**
 * CORS for a group of routes: the allowed origin on every answer, and a preflight (OPTIONS) answered
 * 204 with the methods and headers a browser may send (Authorization among them).
 */
export function cors(config: Pick<Config, 'corsOrigins'>, methods: string, headers: string): express.RequestHandler {
  return (req, res, next) => {
    if (allowOrigin(config, req, res)) {
      res.setHeader('Access-Control-Allow-Headers', headers);
      res.setHeader('Access-Control-Allow-Methods', methods);
    }
    if (req.method === 'OPTIONS') {
      res.sendStatus(204);
      return;
    }
    next();
  };
}

/**
 * Who is asking (stored as `res.locals.viewer`), then whether they may: a token when READ_ACCESS is
 * `token`, then the per-client rate limit. Mutations check their role later, in the resolver.
 */
export function viewerGuard(deps: { config: Config; authenticator: Authenticator; limiter: RateLimiter | null }): express.RequestHandler {
  const { config, authenticator, limiter } = deps;
  return async (req, res, next) => {
    try {
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
    } catch (error) {
      next(error);
    }
  };
}
