/**
 * Several keyed reads as one statement. A keyed read ends in `RETURN id, <expression> AS items`
 * (one row per parent: the batched lookups behind the DataLoaders). Reads of one request issued
 * together (a wave of sibling fields) are sent as one `UNION ALL` statement instead of one each,
 * which saves Neo4j and the driver a statement's fixed cost per field (docs/adr/0007).
 */
import type { CypherQuery } from '../graph.js';

const KEYED_RETURN = /\nRETURN ((?:\w+ AS )?id), ([\s\S]+ AS items)\s*$/;

/** Whether a read has the keyed shape and can be combined with others. */
export function isKeyed(query: CypherQuery): boolean {
  return KEYED_RETURN.test(query.cypher);
}

/**
 * One statement for several keyed reads: each part's parameters are renamed `p<i>_<name>` and
 * each row carries `part`, the index of the read it answers.
 */
export function unionOfKeyed(queries: readonly CypherQuery[]): CypherQuery {
  const params: Record<string, unknown> = {};
  const parts = queries.map((query, i) => {
    const match = KEYED_RETURN.exec(query.cypher);
    if (!match) throw new Error(`not a keyed read: ${query.cypher.slice(-120)}`);
    for (const [name, value] of Object.entries(query.params)) params[`p${i}_${name}`] = value;
    const body = query.cypher.slice(0, match.index).replace(/\$([A-Za-z_]\w*)/g, (_, name: string) => `$p${i}_${name}`);
    const returned = `${match[1]}, ${match[2]}`.replace(/\$([A-Za-z_]\w*)/g, (_, name: string) => `$p${i}_${name}`);
    return `${body}\nRETURN ${i} AS part, ${returned}`;
  });
  return { cypher: parts.join('\nUNION ALL\n'), params };
}
