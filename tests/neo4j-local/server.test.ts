/**
 * Integration test of the local Neo4j: starts a real instance (downloading it on first use),
 * checks that it speaks Bolt, stops it. Uses no driver: src/db/ is the only importer of neo4j-driver.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, isPortOpen, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/index.js';

const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];
/** Proposals, each [0, range, minor, major]: 5.8 down to 5.0, 4.4, then two empty slots. */
const BOLT_PROPOSALS = [
  [0x00, 0x08, 0x08, 0x05],
  [0x00, 0x00, 0x04, 0x04],
  [0x00, 0x00, 0x00, 0x00],
  [0x00, 0x00, 0x00, 0x00],
];

/** Sends the Bolt preamble and version proposals; resolves with the 4 bytes the server chose. */
function boltHandshake(port: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let received = Buffer.alloc(0);
    socket.setTimeout(10_000, () => socket.destroy(new Error('Bolt handshake timed out')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write(Buffer.from([...BOLT_MAGIC, ...BOLT_PROPOSALS.flat()])));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      socket.destroy();
      resolve(received.subarray(0, 4));
    });
  });
}

describe('local Neo4j', { timeout: 120_000 }, () => {
  let dataDir: string;
  let neo4j: LocalNeo4j | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'neo4j-local-test-'));
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
  }, 300_000); // a cold cache downloads ~125 MB first

  afterAll(async () => {
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('listens on 127.0.0.1 at the port in its URI', async () => {
    expect(neo4j?.uri).toBe(`bolt://127.0.0.1:${neo4j?.port}`);
    expect(await isPortOpen(neo4j!.port)).toBe(true);
  });

  it('answers a Bolt handshake with a 5.x version', async () => {
    const chosen = await boltHandshake(neo4j!.port);
    expect([...chosen]).not.toEqual([0, 0, 0, 0]);
    expect(chosen[3]).toBe(5);
  });

  it('refuses a fixed port that is already taken, naming it', async () => {
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startLocalNeo4j({ dataDir: path.join(dataDir, 'unused'), port })).rejects.toThrow(
        new RegExp(`port ${port} .*already in use.*NEO4J_LOCAL_PORT.*NEO4J_URI`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('stops, closing its port, and stop() can be called again', async () => {
    const running = neo4j!;
    await running.stop();
    await running.stop();
    expect(await isPortOpen(running.port)).toBe(false);
  });
});
