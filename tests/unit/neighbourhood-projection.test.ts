/**
 * Which projection a neighbourhood request reads (src/graphql/resolvers/explore.ts
 * neighbourhoodProjection): summaries when the request asks only for fields a summary answers,
 * through fragments, inline fragments, aliases and `__typename`; whole nodes or relationships
 * as soon as anything else is asked. Each query is validated and run against the real schema,
 * with a root resolver that records the projection chosen.
 */
import { buildASTSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { NeighbourhoodProjection } from '../../src/db/queries/explore.js';
import type { GraphEdgeRecord, GraphNodeRecord, NodeRecord, RelationshipRecord } from '../../src/db/records.js';
import { exploreResolvers, neighbourhoodProjection } from '../../src/graphql/resolvers/explore.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema = buildASTSchema(loadTypeDefs());

async function chosen(source: string): Promise<NeighbourhoodProjection[]> {
  const seen: NeighbourhoodProjection[] = [];
  const result = await graphql({
    schema,
    source,
    rootValue: {
      neighbourhood: (_args: unknown, _ctx: unknown, info: Parameters<typeof neighbourhoodProjection>[0]) => {
        seen.push(neighbourhoodProjection(info));
        return { nodes: [], edges: [], truncated: false, limit: 1 };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

const S = 'summary';
const R = 'summary+review';
const F = 'full';

describe('neighbourhood projection', () => {
  it('the benchmark request reads summaries; the explorer request summaries with the review state', async () => {
    expect(await chosen('{ neighbourhood(id: "a", hops: 2, limit: 200) { truncated nodes { id kind label depth } edges { id type source target } } }')).toEqual([
      { nodes: S, links: S },
    ]);
    expect(
      await chosen('{ neighbourhood(id: "a") { truncated limit nodes { id kind label depth reviewState } edges { id type source target reviewState } } }'),
    ).toEqual([{ nodes: R, links: R }]);
  });

  it('reads nodes or relationships whole when `node` or `relationship` is asked, each side on its own', async () => {
    expect(await chosen('{ neighbourhood(id: "a") { nodes { id node { id } } edges { id } } }')).toEqual([{ nodes: F, links: S }]);
    expect(await chosen('{ neighbourhood(id: "a") { nodes { id } edges { relationship { confidence } } } }')).toEqual([{ nodes: S, links: F }]);
    expect(await chosen('{ neighbourhood(id: "a") { nodes { reviewState node { ... on Event { date } } } edges { reviewState } } }')).toEqual([{ nodes: F, links: R }]);
  });

  it('looks through named fragments, inline fragments and nested fragments', async () => {
    const q = `query { neighbourhood(id: "a") { ...Hood } }
      fragment Hood on Neighbourhood { nodes { ...Drawn } edges { ... on GraphEdge { id source target } } }
      fragment Drawn on GraphNode { id ... { label } ...Deep }
      fragment Deep on GraphNode { ... on GraphNode { node { id } } }`;
    expect(await chosen(q)).toEqual([{ nodes: F, links: S }]);
    const summary = `query { neighbourhood(id: "a") { ...Hood } }
      fragment Hood on Neighbourhood { nodes { ...Drawn } edges { ... on GraphEdge { id reviewState } } }
      fragment Drawn on GraphNode { id ... on GraphNode { label kind } }`;
    expect(await chosen(summary)).toEqual([{ nodes: S, links: R }]);
  });

  it('goes by field names, not aliases; a list selected twice counts both selections', async () => {
    expect(await chosen('{ neighbourhood(id: "a") { ns: nodes { node: id label: kind } es: edges { relationship: id } } }')).toEqual([{ nodes: S, links: S }]);
    expect(await chosen('{ neighbourhood(id: "a") { a: nodes { id } b: nodes { whole: node { id } } } }')).toEqual([{ nodes: F, links: S }]);
    // Two selections of the same field merge into one call, which sees both.
    expect(await chosen('{ neighbourhood(id: "a") { nodes { id } } neighbourhood(id: "a") { edges { relationship { id } } } }')).toEqual([{ nodes: S, links: F }]);
    // Aliased neighbourhoods are separate calls, each with its own projection.
    expect(await chosen('{ x: neighbourhood(id: "a") { nodes { id } } y: neighbourhood(id: "b") { nodes { node { id } } } }')).toEqual([
      { nodes: S, links: S },
      { nodes: F, links: S },
    ]);
  });

  it('__typename needs no more than a summary; a field that may be skipped counts as asked', async () => {
    expect(await chosen('{ neighbourhood(id: "a") { __typename nodes { __typename id } edges { __typename id } } }')).toEqual([{ nodes: S, links: S }]);
    expect(await chosen('query ($x: Boolean = false) { neighbourhood(id: "a") { nodes { id node @include(if: $x) { id } } } }')).toEqual([{ nodes: F, links: S }]);
  });

  it('a summary still answers `node`, `relationship` and `reviewState`: through the node loader, or the fact by id', async () => {
    const event = { kind: 'Event', id: 'event:x', reviewState: 'CONFIRMED', label: 'x' } as unknown as NodeRecord;
    const rel = { id: 'org:isis|PERPETRATED|event:x', sources: [{ articleId: 'article:a' }], review: { state: 'CORRECTED' } } as unknown as RelationshipRecord;
    const asked: string[] = [];
    const ctx = {
      loaders: {
        node: { load: async (id: string) => (asked.push(`node ${id}`), event) },
        keyed: (_name: string, batch: (ids: string[]) => Promise<Map<string, unknown>>) => ({ load: async (id: string) => (await batch([id])).get(id) }),
      },
      stores: { lookups: { fact: async (id: string) => (asked.push(`fact ${id}`), rel) } },
    };
    const node: GraphNodeRecord = { id: 'event:x', kind: 'Event', label: 'x', depth: 1, node: null };
    const edge: GraphEdgeRecord = { id: rel.id, type: 'PERPETRATED', fromId: 'org:isis', toId: 'event:x', relationship: null };
    const resolvers = exploreResolvers as any;
    expect(await resolvers.GraphNode.node(node, {}, ctx)).toBe(event);
    expect(await resolvers.GraphNode.reviewState(node, {}, ctx)).toBe('CONFIRMED');
    expect(await resolvers.GraphNode.reviewState({ ...node, reviewState: null }, {}, ctx)).toBeNull();
    expect(await resolvers.GraphEdge.relationship(edge, {}, ctx)).toBe(rel);
    expect(await resolvers.GraphEdge.reviewState(edge, {}, ctx)).toBe('CORRECTED');
    expect(asked).toEqual(['node event:x', 'node event:x', `fact ${rel.id}`, `fact ${rel.id}`]);
    // Read whole: nothing more is asked.
    expect(await resolvers.GraphNode.node({ ...node, node: event }, {}, ctx)).toBe(event);
    expect(await resolvers.GraphEdge.relationship({ ...edge, relationship: rel }, {}, ctx)).toBe(rel);
    expect(asked).toHaveLength(4);
  });
});
