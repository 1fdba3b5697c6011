/** Converts neo4j-driver values (temporal types, points) into plain JSON-friendly values. */
import { isDate, isDateTime, isLocalDateTime, isPoint, isInt, Node, Relationship } from 'neo4j-driver';

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value)) return value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isPoint(value)) return { latitude: value.y, longitude: value.x };
  if (value instanceof Node || value instanceof Relationship) return toNative(value.properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toNative(v);
  return out;
}
