/** Cypher for curator operations. Pure builders; kinds and types come from the taxonomy lists. */
import { ACTOR_KINDS, ENTITY_KINDS, type EntityKind, type RelationshipType } from '../../domain/taxonomy.js';
import { FOLD_VERSION, foldName } from '../../domain/fold.js';
import type { CypherQuery } from '../graph.js';
import { allAllowed, allowed, relationshipType } from './identifiers.js';
import { NODE, REL } from './read.js';
import { SEARCH_TEXT } from './write.js';

/** Updatable scalar properties of entities; a null value removes the property. */
export const UPDATABLE = ['name', 'wikidataId', 'description', 'placeType', 'organizationType', 'level', 'forceType'] as const;

export function updateEntity(id: string, set: Record<string, unknown>, location: { latitude: number; longitude: number } | null | undefined): CypherQuery {
  const assignments = Object.keys(set).map((key) => {
    const k = allowed('not an updatable property', key, UPDATABLE);
    return `n.${k} = $set.${k}`;
  });
  if (location !== undefined) assignments.push('n.location = CASE WHEN $location IS NULL THEN null ELSE point($location) END');
  const searchName = typeof set.name === 'string' ? foldName(set.name) : null;
  if (searchName !== null) assignments.push('n.searchName = $searchName');
  assignments.push('n.updatedAt = datetime()');
  return {
    cypher: `MATCH (n:Entity {id: $id})
SET ${assignments.join(', ')}
SET ${SEARCH_TEXT('n')}
RETURN ${NODE('n')} AS node`,
    params: { id, set, location: location ?? null, ...(searchName !== null ? { searchName } : {}) },
  };
}

/** Refreshes the stored location of every event in a place's subtree (after the place moved). */
export function refreshEventLocationsUnder(placeId: string): CypherQuery {
  return {
    cypher: `MATCH (root:Place {id: $placeId})
MATCH (pl:Place)-[:LOCATED_IN*0..12]->(root)
MATCH (e:Event)-[:OCCURRED_IN]->(pl)
RETURN collect(DISTINCT e.id) AS ids`,
    params: { placeId },
  };
}

/** Casualty claims about actor `from` now concern `to` (claim ids embed the actor); returns the events touched. */
export function moveClaims(from: string, to: string): CypherQuery {
  return {
    cypher: `MATCH (e:Event)-[:HAS_CLAIM]->(c:CasualtyClaim {actorId: $from})
WITH e, c, e.id + '|' + coalesce(c.articleId, 'curated') + '|' + $to AS newId
OPTIONAL MATCH (dup:CasualtyClaim {id: newId})
FOREACH (_ IN CASE WHEN dup IS NULL THEN [1] ELSE [] END | SET c.id = newId, c.actorId = $to)
FOREACH (_ IN CASE WHEN dup IS NULL THEN [] ELSE [1] END | DETACH DELETE c)
RETURN collect(DISTINCT e.id) AS eventIds`,
    params: { from, to },
  };
}

/** Where ids that were merged away or re-kinded now live: rows of {id, target}. */
export function redirectTargets(ids: string[]): CypherQuery {
  return { cypher: 'UNWIND $ids AS id MATCH (r:Redirect {id: id}) RETURN id, r.target AS target', params: { ids } };
}

/** The relationships of a node: type, direction and the kind at the other end, for checks before a change of kind. */
export function relationshipKinds(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Node {id: $id})-[r]-(o:Node)
RETURN DISTINCT type(r) AS type, startNode(r) = n AS outgoing, o.kind AS otherKind, o.id AS otherId
LIMIT 1000`,
    params: { id },
  };
}

/** Whether `id` is taken, by a node or by the redirect a merge left behind. */
export function idTaken(id: string): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (n:Node {id: $id})
OPTIONAL MATCH (r:Redirect {id: $id})
RETURN n IS NOT NULL AS node, r.target AS redirectTarget`,
    params: { id },
  };
}

/**
 * Gives an entity another kind. Its id changes with it (the prefix names the kind: force:x
 * becomes org:x); the old id redirects to the new one, as after a merge, so links and bookmarks
 * that use it keep working. Run `moveClaims(id, newId)` in the same transaction.
 */
export function changeKind(id: string, newId: string, from: EntityKind, to: EntityKind): CypherQuery {
  allAllowed('unknown entity kind', [from, to], ENTITY_KINDS);
  const actor = (k: EntityKind) => (ACTOR_KINDS as readonly string[]).includes(k);
  const remove = [from, ...(actor(from) && !actor(to) ? ['Actor'] : [])];
  const add = [to, ...(actor(to) ? ['Actor'] : [])];
  return {
    // A redirect left by an earlier change of kind of this same entity gives its id back.
    cypher: `OPTIONAL MATCH (back:Redirect {id: $newId, target: $id})
DELETE back
WITH count(*) AS _
MATCH (n:Entity {id: $id})
REMOVE n:${remove.join(':')}
SET n:${add.join(':')}, n.kind = $to, n.id = $newId, n.mergedIds = coalesce(n.mergedIds, []) + $id, n.updatedAt = datetime()
WITH n
OPTIONAL MATCH (old:Redirect {target: $id})
SET old.target = $newId
WITH DISTINCT n
MERGE (r:Redirect {id: $id}) SET r.target = $newId
RETURN ${NODE('n')} AS node`,
    params: { id, newId, to },
  };
}

/** Adds an alias (unless the entity already goes by it, in any case) and its folded form for search. */
export function addAlias(id: string, alias: string): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
WITH n, toLower($alias) IN [x IN coalesce(n.aliases, []) + [n.name] | toLower(x)] AS known
SET n.searchAliases = CASE WHEN known THEN n.searchAliases ELSE coalesce(n.searchAliases, []) + $searchAlias END,
    n.aliases = CASE WHEN known THEN n.aliases ELSE coalesce(n.aliases, []) + $alias END
SET ${SEARCH_TEXT('n')}, n.searchFoldVersion = $foldVersion, n.updatedAt = datetime()
RETURN ${NODE('n')} AS node`,
    params: { id, alias, searchAlias: foldName(alias), foldVersion: FOLD_VERSION },
  };
}

/** Removes an alias (in any case) and its folded form. */
export function removeAlias(id: string, alias: string): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
WITH n, [i IN range(0, size(coalesce(n.aliases, [])) - 1) WHERE toLower(n.aliases[i]) <> toLower($alias)] AS kept
SET n.searchAliases = [i IN kept | n.searchAliases[i]], n.aliases = [i IN kept | n.aliases[i]]
SET ${SEARCH_TEXT('n')}, n.updatedAt = datetime()
RETURN ${NODE('n')} AS node`,
    params: { id, alias },
  };
}

export function unlink(from: string, type: RelationshipType, to: string): CypherQuery {
  return {
    cypher: `MATCH (:Node {id: $from})-[r:${relationshipType(type)}]->(:Node {id: $to})
WITH collect(r) AS rels
FOREACH (r IN rels | DELETE r)
RETURN size(rels) AS removed`,
    params: { from, to },
  };
}

/**
 * Moves every relationship of `merge` onto `keep`, joining provenance lists where `keep` already
 * has the same relationship, then records a redirect and deletes `merge`. Self-loops that the
 * merge would create (keep LOCATED_IN merge, say) are dropped.
 */
export function mergeEntities(keep: string, merge: string): CypherQuery[] {
  const joinProvenance = `WITH r, r2, [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE NOT r.sources[i] IN coalesce(r2.sources, [])] AS fresh
SET r2.sources = coalesce(r2.sources, []) + [i IN fresh | r.sources[i]],
    r2.sentences = coalesce(r2.sentences, []) + [i IN fresh | r.sentences[i]],
    r2.confidences = coalesce(r2.confidences, []) + [i IN fresh | r.confidences[i]]
SET r2.confidence = CASE WHEN size(r2.confidences) = 0 THEN null
  ELSE reduce(m = 0.0, c IN r2.confidences | CASE WHEN c > m THEN c ELSE m END) END
DELETE r
RETURN count(*) AS moved`;
  const props = `ON CREATE SET r2 += properties(r), r2.sources = [], r2.sentences = [], r2.confidences = []`;
  return [
    {
      cypher: `MATCH (k:Node {id: $keep}), (m:Node {id: $merge})
MATCH (m)-[r]->(o) WHERE o <> k
MERGE (k)-[r2:$(type(r)) {key: coalesce(r.key, '')}]->(o)
${props}
${joinProvenance}`,
      params: { keep, merge },
    },
    {
      cypher: `MATCH (k:Node {id: $keep}), (m:Node {id: $merge})
MATCH (o)-[r]->(m) WHERE o <> k
MERGE (o)-[r2:$(type(r)) {key: coalesce(r.key, '')}]->(k)
${props}
${joinProvenance}`,
      params: { keep, merge },
    },
    moveClaims(merge, keep),
    {
      cypher: `MATCH (k:Node {id: $keep}), (m:Node {id: $merge})
WITH k, m, [m.name] + coalesce(m.aliases, []) AS names, [m.searchName] + coalesce(m.searchAliases, []) AS folded
WITH k, m, names, folded, [i IN range(0, size(names) - 1) WHERE NOT toLower(names[i]) IN [x IN coalesce(k.aliases, []) + [k.name] | toLower(x)]] AS fresh
SET k.searchAliases = coalesce(k.searchAliases, []) + [i IN fresh | folded[i]],
    k.aliases = coalesce(k.aliases, []) + [i IN fresh | names[i]],
    k.wikidataId = coalesce(k.wikidataId, m.wikidataId),
    k.description = coalesce(k.description, m.description),
    k.location = coalesce(k.location, m.location),
    k.mergedIds = coalesce(k.mergedIds, []) + $merge + coalesce(m.mergedIds, []),
    k.updatedAt = datetime()
SET ${SEARCH_TEXT('k')}
WITH k, m
OPTIONAL MATCH (old:Redirect {target: $merge})
SET old.target = $keep
WITH DISTINCT k, m
MERGE (r:Redirect {id: $merge}) SET r.target = $keep
DETACH DELETE m
RETURN ${NODE('k')} AS node`,
      params: { keep, merge },
    },
  ];
}

export function deleteNode(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Node {id: $id})
OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:CasualtyClaim)
DETACH DELETE c
WITH DISTINCT n
DETACH DELETE n
RETURN count(*) AS deleted`,
    params: { id },
  };
}

/**
 * The relationship of a type between two nodes (following merge redirects), as `link` wrote it:
 * the unkeyed one, else the first by key (an office `link` joined to the one already held).
 */
export function relationshipAfterLink(from: string, type: RelationshipType, to: string): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (rf:Redirect {id: $from})
OPTIONAL MATCH (rt:Redirect {id: $to})
MATCH (:Node {id: coalesce(rf.target, $from)})-[r:${relationshipType(type)}]->(:Node {id: coalesce(rt.target, $to)})
RETURN ${REL('r')} AS rel
ORDER BY r.key = '' DESC, r.key
LIMIT 1`,
    params: { from, to },
  };
}
