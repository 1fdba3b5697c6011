import { describe, expect, it } from 'vitest';
import { bearing, compassPoint, haversineKm } from '../../src/domain/geo.js';
import { authenticate, requireRole } from '../../src/graphql/auth.js';
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
  it('maps a bearer key to its role', () => {
    expect(authenticate('Bearer editor-secret-0123456789', keys)).toEqual({ role: 'editor', rejected: false });
    expect(authenticate('Bearer wrong', keys)).toEqual({ role: null, rejected: true });
    expect(authenticate('Basic xyz', keys)).toEqual({ role: null, rejected: true });
    expect(authenticate(undefined, keys)).toEqual({ role: null, rejected: false });
  });
  it('refuses missing and insufficient roles with distinct codes', () => {
    expect(() => requireRole({ role: null, rejected: false }, 'editor')).toThrow(/needs a bearer token/);
    expect(() => requireRole({ role: 'reader', rejected: false }, 'editor')).toThrow(/needs the editor role/);
    expect(() => requireRole({ role: 'admin', rejected: false }, 'editor')).not.toThrow();
  });
});

describe('slugify', () => {
  it('makes ids from names', () => {
    expect(slugify("Tel Zawiya")).toBe('tel-zawiya');
    expect(slugify('Ḥashd al-Sha‘bī')).toBe('hashd-al-sha-bi');
    expect(slugify("Qa'im")).toBe('qaim');
    expect(slugify('!!!')).toBe('unnamed');
  });
});
