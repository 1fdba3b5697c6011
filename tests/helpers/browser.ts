/**
 * Browser tests: Chromium (scripts/chromium.ts says which one) driven by playwright-core, against
 * the real server over the test Neo4j seeded like `npm start` (reference data and sample
 * articles). Screenshots go to test-results/screenshots (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { seedAll } from '../../src/seed/seed.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY } from './apollo.js';
import { ROOT, resetGraph } from './graph.js';

export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

/** The flags this machine's closed network needs (no background connections, no sandbox as root). */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium, provisioning it on first use; without one it throws a one-line ChromiumNotFoundError. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = await ensureChromium({ log: (m) => process.stderr.write(`[chromium] ${m}\n`) });
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
}

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** The app on a free port over the test Neo4j, seeded with seed/ (reference data and articles). */
export async function startSeededServer(env: Record<string, string> = {}): Promise<TestServer> {
  const store = await resetGraph();
  await seedAll(store.writes, [path.join(ROOT, 'seed')]);
  const config = loadConfig({ HOST: '127.0.0.1', API_KEYS: `editor:${EDITOR_KEY}`, ...env });
  const app: App = await createApp({ config, graph: store.graph, logger: createLogger('silent') });
  const port = await app.listen(0);
  return { url: `http://127.0.0.1:${port}`, stop: () => app.stop() };
}
