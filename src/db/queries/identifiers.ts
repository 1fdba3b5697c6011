/**
 * The one check for what a builder splices into Cypher text instead of passing as a parameter
 * (Cypher takes no parameters for relationship types, labels, the unit of date.truncate or the
 * length of a variable-length pattern): every such value must be one of a fixed list, compared as
 * an own member of that list (so `constructor` or `__proto__` is no relationship type), or, for a
 * length, a whole number; else the builder throws, naming it. And the one typing of the counts a
 * builder passes as parameters (`int`).
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { ENTITY_KINDS, NODE_KINDS, RELATIONSHIP_TYPE_NAMES, type EntityKind, type NodeKind, type RelationshipType } from '../../domain/taxonomy.js';

export class UnsafeIdentifierError extends Error {
  constructor(
    /** What the value should have been, as the message says it: `unknown relationship type`. */
    readonly refusal: string,
    readonly value: unknown,
  ) {
    super(`${refusal} ${JSON.stringify(value) ?? String(value)} (refused: only listed values are spliced into Cypher)`);
    this.name = 'UnsafeIdentifierError';
  }
}

/**
 * `value` itself when it is one of `list`; otherwise throws an UnsafeIdentifierError whose
 * message is `refusal` followed by the value, e.g. `unknown relationship type "NOPE" (refused: ...)`.
 */
export function allowed<T extends string>(refusal: string, value: unknown, list: readonly T[]): T {
  if (typeof value !== 'string' || !list.includes(value as T)) throw new UnsafeIdentifierError(refusal, value);
  return value as T;
}

/** Every value checked with `allowed`; when `nonEmpty`, an empty list is refused too. */
export function allAllowed<T extends string>(refusal: string, values: readonly unknown[], list: readonly T[], nonEmpty = false): T[] {
  if (!Array.isArray(values) || (nonEmpty && values.length === 0)) throw new UnsafeIdentifierError(`${refusal} list`, values);
  return values.map((v) => allowed(refusal, v, list));
}

export const relationshipType = (t: unknown): RelationshipType => allowed('unknown relationship type', t, RELATIONSHIP_TYPE_NAMES);

/** `A|B|C` for a relationship pattern: at least one type, each a taxonomy relationship type. */
export const relationshipTypes = (types: readonly unknown[]): string => allAllowed('unknown relationship type', types, RELATIONSHIP_TYPE_NAMES, true).join('|');

export const nodeKinds = (kinds: readonly unknown[]): NodeKind[] => allAllowed('unknown node kind', kinds, NODE_KINDS);

export const entityKinds = (kinds: readonly unknown[]): EntityKind[] => allAllowed('unknown entity kind', kinds, ENTITY_KINDS);

/**
 * A count spliced into a pattern (the upper bound of a variable-length relationship, which Cypher
 * takes no parameter for): `value` itself when it is a whole number, else refused, naming it.
 */
export function wholeNumber(refusal: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new UnsafeIdentifierError(refusal, value);
  return value;
}

export type Interval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export const INTERVALS: readonly Interval[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
export const interval = (value: unknown): Interval => allowed('unknown interval', value, INTERVALS);

/**
 * A count passed as a parameter (to SKIP, LIMIT, a procedure's `limit`), typed where the builder
 * makes it: a JavaScript number travels as a float, which SKIP and LIMIT refuse.
 */
export function int(value: number): Integer {
  if (!Number.isInteger(value)) throw new RangeError(`not a whole number: ${value}`);
  return neo4j.int(value);
}
