/** Bearer-token authentication against the API keys of the configuration. */
import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';

export interface Viewer {
  role: Role | null;
  /** True when a token was sent but matched no key. */
  rejected: boolean;
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authenticate(authorization: string | undefined, keys: Map<string, Role>): Viewer {
  if (!authorization) return { role: null, rejected: false };
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return { role: null, rejected: true };
  const token = match[1]!.trim();
  for (const [key, role] of keys) if (sameSecret(token, key)) return { role, rejected: false };
  return { role: null, rejected: true };
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when its role is too low. */
export function requireRole(viewer: Viewer, needed: Role): void {
  if (!viewer.role) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      viewer.rejected ? 'The bearer token is not valid' : `This operation needs a bearer token with the ${needed} role`,
    );
  }
  if (RANK[viewer.role] < RANK[needed]) {
    throw new AppError(ErrorCode.FORBIDDEN, `This operation needs the ${needed} role; the token has the ${viewer.role} role`);
  }
}
