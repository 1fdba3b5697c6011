/**
 * Graph sends statements without the stack trace the driver would capture for each (graph.ts
 * `untraced`): the global stack-trace limit must come back whatever happens, and a failing
 * statement must still give an error that names it, with a stack from our code for the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/graph.js';
import { closeGraph, testGraph } from '../helpers/graph.js';

let graph: Graph;
beforeAll(async () => {
  ({ graph } = await testGraph());
});
afterAll(closeGraph);

describe('statements sent without a driver stack trace', () => {
  it('keeps the stack-trace limit for everything else, after good and failing statements alike', async () => {
    const limit = Error.stackTraceLimit;
    expect(limit).toBeGreaterThan(0);
    expect(await graph.read({ cypher: 'RETURN $x + 1 AS y', params: { x: 41 } }, { tag: 'probe' })).toEqual([{ y: 42 }]);
    expect(Error.stackTraceLimit).toBe(limit);
    const failure = await graph.read({ cypher: 'RETURN 1 +', params: {} }, { tag: 'probe:broken' }).catch((e: unknown) => e as Error);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Neo4j error in probe:broken: Neo\.ClientError\.Statement\.SyntaxError/);
    expect((failure as Error).stack!.split('\n').length).toBeGreaterThan(2);
    const inTx = await graph.readTx(async (tx) => tx.run({ cypher: 'RETURN 2 AS z', params: {} }), { tag: 'probe:tx' });
    expect(inTx).toEqual([{ z: 2 }]);
    expect(Error.stackTraceLimit).toBe(limit);
    const streamed: unknown[] = [];
    for await (const row of graph.stream({ cypher: 'UNWIND range(1, 3) AS n RETURN n', params: {} }, { tag: 'probe:stream' })) streamed.push(row);
    expect(streamed).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
