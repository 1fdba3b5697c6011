/**
 * Starts one throwaway Neo4j for the integration tier (own free port, temporary data folder) and
 * stops it afterwards, also when tests fail. Set TEST_NEO4J_URI to use a running server instead.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDataDir: string;
  }
}

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jDataDir', '');
    return;
  }
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  local = await startLocalNeo4j({ dataDir, heap: '768m', pageCache: '128m', log: (m) => process.stderr.write(`[neo4j] ${m}\n`) });
  project.provide('neo4jUri', local.uri);
  project.provide('neo4jDataDir', dataDir);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
