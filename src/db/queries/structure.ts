/** Cypher that checks the graph's structure inside a write transaction. Pure builders. */
import type { CypherQuery } from '../graph.js';
import { PLANNED_ONCE } from './write.js';

/** Hierarchies deeper than this are not followed (Iraq's deepest chain is about six places). */
const MAX_HIERARCHY_DEPTH = 32;

/**
 * For each of `ids`, a LOCATED_IN, PART_OF or UNDER chain that leads from it back to itself,
 * with the ids along the way; no rows when there is none.
 */
export function hierarchyCycles(ids: string[]): CypherQuery {
  const loop = (type: string) =>
    `OPTIONAL MATCH p = (a)-[:${type}*1..${MAX_HIERARCHY_DEPTH}]->(a) RETURN '${type}' AS type, [n IN nodes(p) | n.id] AS path LIMIT 1`;
  return {
    cypher: `${PLANNED_ONCE}
UNWIND $ids AS id
MATCH (a:Node {id: id})
CALL (a) {
  ${loop('LOCATED_IN')}
  UNION ALL
  ${loop('PART_OF')}
  UNION ALL
  ${loop('UNDER')}
}
WITH id, type, path WHERE size(path) > 0
RETURN id, type, path
LIMIT 10`,
    params: { ids },
  };
}
