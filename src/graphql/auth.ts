/**
 * Who is asking: a bearer token that is either a static API key (API_KEYS) or a signed JWT with a
 * role claim (JWT_SECRET for HS256, or JWT_PUBLIC_KEY for RS256/ES256/EdDSA). Keys are compared in
 * constant time; tokens never reach the logs.
 */
import { createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { errors as joseErrors, importSPKI, jwtVerify, type JWTVerifyOptions } from 'jose';
import { ROLES, type Role } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';

export interface Viewer {
  role: Role | null;
  /** Why a token that was sent was not accepted (expired, bad signature, unknown key, ...). */
  rejected: string | null;
  /** A stable, non-secret identifier of the caller, for rate limiting (`key:<n>`, `jwt:<sub>`). */
  subject: string | null;
}

export const ANONYMOUS: Viewer = { role: null, rejected: null, subject: null };
/**
 * One answer for every token that does not verify, whatever the reason (unknown key, bad
 * signature, wrong issuer, no signing key configured): the message never tells a caller which
 * keys or checks this server has.
 */
const INVALID: Viewer = { role: null, rejected: 'the bearer token is not valid', subject: null };

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface JwtSettings {
  secret?: string;
  publicKey?: string;
  /** For a public key: RS256 (default), ES256, EdDSA, ... */
  algorithm?: string;
  issuer?: string;
  audience?: string;
}

/** Verifies tokens; built once from the configuration. */
export class Authenticator {
  private key: KeyObject | Awaited<ReturnType<typeof importSPKI>> | null = null;
  private readonly keyReady: Promise<void>;

  constructor(
    private readonly apiKeys: Map<string, Role>,
    private readonly jwt: JwtSettings = {},
  ) {
    this.keyReady = this.loadKey();
  }

  private async loadKey(): Promise<void> {
    if (this.jwt.secret) this.key = createSecretKey(Buffer.from(this.jwt.secret));
    else if (this.jwt.publicKey) {
      this.key = await importSPKI(this.jwt.publicKey.replace(/\\n/g, '\n'), this.jwt.algorithm ?? 'RS256');
    }
  }

  async authenticate(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
    if (!match) return { role: null, rejected: 'the Authorization header must be "Bearer <token>"', subject: null };
    const token = match[1]!;
    let index = 0;
    for (const [key, role] of this.apiKeys) {
      index += 1;
      if (sameSecret(token, key)) return { role, rejected: null, subject: `key:${index}` };
    }
    if (token.split('.').length === 3) {
      await this.keyReady;
      if (!this.key) return INVALID;
      return this.verifyJwt(token);
    }
    return INVALID;
  }

  private async verifyJwt(token: string): Promise<Viewer> {
    const options: JWTVerifyOptions = {};
    if (this.jwt.issuer) options.issuer = this.jwt.issuer;
    if (this.jwt.audience) options.audience = this.jwt.audience;
    try {
      const { payload } = await jwtVerify(token, this.key!, options);
      const claimed = Array.isArray(payload.roles) ? payload.roles : [payload.role];
      const roles = claimed.filter((r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r));
      if (!roles.length) return { role: null, rejected: `the token has no role claim (use "role": one of ${ROLES.join(', ')})`, subject: null };
      const role = roles.sort((a, b) => RANK[b] - RANK[a])[0]!;
      return { role, rejected: null, subject: `jwt:${payload.sub ?? 'anonymous'}` };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { role: null, rejected: 'the token has expired', subject: null };
      return INVALID;
    }
  }
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when its role is too low. */
export function requireRole(viewer: Viewer, needed: Role): void {
  if (!viewer.role) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      viewer.rejected ? `Not authenticated: ${viewer.rejected}` : `This operation needs a bearer token with the ${needed} role`,
    );
  }
  if (RANK[viewer.role] < RANK[needed]) {
    throw new AppError(ErrorCode.FORBIDDEN, `This operation needs the ${needed} role; the token has the ${viewer.role} role`);
  }
}
