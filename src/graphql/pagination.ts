/** Cursor pagination helpers. Cursors are opaque to clients: base64url of the item's offset. */
import type { ConnectionRecord } from '../db/records.js';
import { badInput } from '../errors.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw badInput(`"after" is not a cursor returned by this API: ${JSON.stringify(cursor.slice(0, 40))}`, { argument: 'after' });
  return Number(match[1]) + 1;
}

/** Validates a page size against the configured maximum. */
export function pageSize(first: number | null | undefined, max: number, argument = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw badInput(`"${argument}" must be an integer from 0 to ${max} (MAX_PAGE_SIZE); got ${n}`, { argument, max });
  }
  return n;
}

export function pageInfo<T>(c: ConnectionRecord<T>) {
  return {
    hasNextPage: c.hasNextPage,
    hasPreviousPage: c.offset > 0,
    startCursor: c.items.length ? encodeCursor(c.offset) : null,
    endCursor: c.items.length ? encodeCursor(c.offset + c.items.length - 1) : null,
  };
}

/** Resolvers of a `...Connection` type over a ConnectionRecord. */
export function connectionResolvers<T>() {
  return {
    totalCount: (c: ConnectionRecord<T>) => c.count(),
    nodes: (c: ConnectionRecord<T>) => c.items,
    edges: (c: ConnectionRecord<T>) => c.items.map((node, i) => ({ node, cursor: encodeCursor(c.offset + i) })),
    pageInfo,
  };
}
