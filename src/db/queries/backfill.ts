/**
 * Cypher for data migrations: properties that later versions derive at write time, computed for
 * nodes written before (src/db/migrations.ts runs them in batches at every start, until none is
 * left). Pure builders; each picks only nodes still lacking what it adds, so a rerun is a no-op.
 */
import { periodEndCypher } from '../../domain/precision.js';
import type { CypherQuery } from '../graph.js';
import { int } from './identifiers.js';
import { EVENT_LOCATION, SEARCH_TEXT } from './write.js';

/**
 * Entities whose stored folded names (src/domain/fold.ts) are missing, from an older version of
 * the folding, or out of step with their aliases.
 */
export function staleSearchNames(version: number, limit: number): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
WHERE n.searchFoldVersion IS NULL OR n.searchFoldVersion <> $version OR n.searchName IS NULL
   OR size(coalesce(n.searchAliases, [])) <> size(coalesce(n.aliases, []))
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
LIMIT $limit`,
    params: { version, limit: int(limit) },
  };
}

/** Stores folded names computed in TypeScript, unless the names changed in the meantime. */
export function writeSearchNames(rows: { id: string; name: string; aliases: string[]; searchName: string; searchAliases: string[] }[], version: number): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE coalesce(n.name, '') = row.name AND coalesce(n.aliases, []) = row.aliases
SET n.searchName = row.searchName, n.searchAliases = row.searchAliases, n.searchFoldVersion = $version
SET ${SEARCH_TEXT('n')}
RETURN count(n) AS changed`,
    params: { rows, version },
  };
}

/** Events without the last day of their period (src/domain/precision.ts), a batch of them. */
export function eventDateEnds(limit: number): CypherQuery {
  return {
    cypher: `MATCH (e:Event)
WHERE e.dateEnd IS NULL AND e.date IS NOT NULL
WITH e LIMIT $limit
SET e.dateEnd = ${periodEndCypher('e')}
RETURN count(e) AS changed`,
    params: { limit: int(limit) },
  };
}

/** Events without a geoPrecision, a batch of them: set from their place as the writer does. */
export function eventGeoPrecisions(limit: number): CypherQuery {
  return {
    cypher: `MATCH (e:Event)
WHERE e.geoPrecision IS NULL
WITH e LIMIT $limit
${EVENT_LOCATION}
RETURN count(e) AS changed`,
    params: { limit: int(limit) },
  };
}
