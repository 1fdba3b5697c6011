import { describe, expect, it } from 'vitest';
import { bearing, compassPoint, haversineKm } from '../../src/domain/geo.js';
import { SignJWT } from 'jose';
import { Authenticator, requireRole } from '../../src/graphql/auth.js';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { decodeCursor, encodeCursor, pageSize } from '../../src/graphql/pagination.js';
import { slugify } from '../../src/import/slug.js';

describe('geo', () => {
  const mosul = { latitude: 36.34, longitude: 43.13 };
  const makhmour = { latitude: 35.776, longitude: 43.579 };
  it('measures great-circle distance and bearing', () => {
    expect(haversineKm(mosul, makhmour)).toBeCloseTo(74.2, 0);
    expect(compassPoint(bearing(mosul, makhmour))).toBe('SSE');
    expect(compassPoint(359)).toBe('N');
  });
});

describe('pagination', () => {
  it('round-trips cursors and rejects foreign ones', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(null)).toBe(0);
    expect(() => decodeCursor('bm9wZQ')).toThrow(/not a cursor/);
  });
  it('bounds page sizes, naming the limit', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(() => pageSize(101, 100)).toThrow(/0 to 100/);
    expect(() => pageSize(-1, 100)).toThrow(/MAX_PAGE_SIZE/);
  });
});

describe('auth', () => {
  const keys = new Map([['editor-secret-0123456789', 'editor' as const]]);
  const secret = 'a-jwt-secret-of-at-least-32-characters!';
  const auth = new Authenticator(keys, { secret, issuer: 'kg-tests' });
  const sign = (claims: Record<string, unknown>, expires = '5m') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('kg-tests').setSubject('analyst-7').setExpirationTime(expires).sign(new TextEncoder().encode(secret));

  it('maps a bearer key to its role', async () => {
    expect(await auth.authenticate('Bearer editor-secret-0123456789')).toMatchObject({ role: 'editor', rejected: null, subject: 'key:1' });
    expect(await auth.authenticate('Bearer wrong')).toMatchObject({ role: null, rejected: 'the bearer token is not valid' });
    expect((await auth.authenticate('Basic xyz')).rejected).toMatch(/Bearer/);
    expect(await auth.authenticate(undefined)).toEqual({ role: null, rejected: null, subject: null });
  });

  it('accepts a signed token with a role claim; refuses others with one message that reveals no keys or checks', async () => {
    expect(await auth.authenticate(`Bearer ${await sign({ role: 'admin' })}`)).toMatchObject({ role: 'admin', subject: 'jwt:analyst-7' });
    expect(await auth.authenticate(`Bearer ${await sign({ roles: ['reader', 'editor'] })}`)).toMatchObject({ role: 'editor' });
    expect((await auth.authenticate(`Bearer ${await sign({ role: 'editor' }, '-1m')}`)).rejected).toBe('the token has expired');
    expect((await auth.authenticate(`Bearer ${await sign({})}`)).rejected).toMatch(/no role claim/);
    const forged = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('kg-tests').sign(new TextEncoder().encode('another-secret-of-32-characters-or-more'));
    expect((await auth.authenticate(`Bearer ${forged}`)).rejected).toBe('the bearer token is not valid');
    const otherIssuer = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('someone-else').sign(new TextEncoder().encode(secret));
    expect((await auth.authenticate(`Bearer ${otherIssuer}`)).rejected).toBe('the bearer token is not valid');
    // A server without JWT keys answers a JWT exactly as it answers any unknown key.
    const keysOnly = new Authenticator(new Map([['editor-secret-0123456789', 'editor']]));
    expect((await keysOnly.authenticate(`Bearer ${await sign({ role: 'admin' })}`)).rejected).toBe('the bearer token is not valid');
  });

  it('refuses missing and insufficient roles with distinct codes', () => {
    expect(() => requireRole({ role: null, rejected: null, subject: null }, 'editor')).toThrow(/needs a bearer token/);
    expect(() => requireRole({ role: null, rejected: 'the token has expired', subject: null }, 'editor')).toThrow(/expired/);
    expect(() => requireRole({ role: 'reader', rejected: null, subject: 'k' }, 'editor')).toThrow(/needs the editor role/);
    expect(() => requireRole({ role: 'admin', rejected: null, subject: 'k' }, 'editor')).not.toThrow();
  });
});

describe('rate limiter', () => {
  it('lets a burst through, then refuses with the wait, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfter: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 1000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('slugify', () => {
  it('makes ids from names', () => {
    expect(slugify("Tel Zawiya")).toBe('tel-zawiya');
    expect(slugify('Ḥashd al-Sha‘bī')).toBe('hashd-al-sha-bi');
    expect(slugify("Qa'im")).toBe('qaim');
    expect(slugify('!!!')).toMatch(/^[0-9a-f]{8}$/);
  });
});
