/** The `npm start` entry point as a process: bad configuration, seeding, readiness, graceful stop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ROOT, closeGraph, testGraph } from '../helpers/graph.js';

const TSX = ['--import', 'tsx', 'src/main.ts'];

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, TSX, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(closeGraph);

describe('npm start', () => {
  it('exits non-zero on bad configuration, listing every problem', async () => {
    const run = startMain({ PORT: 'x', NEO4J_URI: 'http://nope', READ_ACCESS: 'sometimes' });
    expect(await run.exited).toBe(1);
    for (const name of ['PORT', 'NEO4J_URI', 'READ_ACCESS']) expect(run.output()).toContain(name);
  });

  it('migrates, seeds, becomes ready, serves, and drains on SIGTERM', async () => {
    const { graph } = await testGraph();
    await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-reset' });
    // NODE_ENV as a user runs it (vitest sets it to "test", which changes Apollo's signal handling).
    const run = startMain({ NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'true' });
    try {
      await waitFor(() => run.output().includes('"msg":"ready"'), 60_000);
      const url = /"url":"(http:\/\/localhost:\d+)\/graphql","msg":"ready"/.exec(run.output())?.[1];
      expect(url).toBeDefined();
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "daesh") { entity { id } } }' }),
      });
      expect(((await res.json()) as { data: { search: { entity: { id: string } }[] } }).data.search[0]!.entity.id).toBe('org:isis');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain('"msg":"stopped"');
    } finally {
      run.child.kill('SIGKILL');
    }
  });
});
