/**
 * Several keyed reads as one statement. A keyed read returns one row per parent, `id` and
 * `items` (the batched lookups behind the DataLoaders). Reads of one request issued together (a
 * wave of sibling fields) are sent as one `UNION ALL` statement instead of one each, which saves
 * Neo4j and the driver a statement's fixed cost per field (docs/adr/0007).
 *
 * A keyed read is built as parts, not as text: its builder takes a namespace `ns` and names each
 * of its parameters `<ns><name>` as it writes it, so the parts of a union, built under different
 * namespaces, are put together as they are (docs/adr/0014).
 */
import type { CypherQuery } from '../graph.js';

/** A keyed read as built: `<body>\nRETURN <id>, <items> AS items`, and its parameters. */
export interface KeyedParts {
  /** Everything before the RETURN. */
  body: string;
  /** The id column: `id`, or `parentId AS id`. */
  id: string;
  /** The expression of the `items` column. */
  items: string;
  /**
   * The expression of a further column `ahead` (a nested list's read-ahead). A read with it is
   * sent alone: the parts of a union return the same columns.
   */
  ahead?: string;
  params: Record<string, unknown>;
}

/** A keyed read whose arguments are given: builds it with its parameters named under `ns`. */
export type KeyedRead = (ns: string) => KeyedParts;

/** A keyed read as a statement of its own. */
export function keyedQuery(read: KeyedParts): CypherQuery {
  return { cypher: `${read.body}\nRETURN ${read.id}, ${read.items} AS items${read.ahead ? `, ${read.ahead} AS ahead` : ''}`, params: read.params };
}

/**
 * One statement for several keyed reads, each built under its own namespace: each row carries
 * `part`, the index of the read it answers. Two parts naming one parameter are refused.
 */
export function unionOfKeyed(reads: readonly KeyedParts[]): CypherQuery {
  const params: Record<string, unknown> = {};
  const parts = reads.map((read, i) => {
    if (read.ahead !== undefined) throw new Error('a keyed read with a read-ahead is sent alone');
    for (const [name, value] of Object.entries(read.params)) {
      if (name in params) throw new Error(`parameter $${name} of part ${i} is named by an earlier part too`);
      params[name] = value;
    }
    return `${read.body}\nRETURN ${i} AS part, ${read.id}, ${read.items} AS items`;
  });
  return { cypher: parts.join('\nUNION ALL\n'), params };
}
