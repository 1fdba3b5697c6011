/**
 * The playground (/playground/, GraphiQL 3 over /graphql) in Chromium against the real server and
 * the seeded test Neo4j: the example operations open as tabs and in the picker, an example and a
 * typed query run and show ISIS, a token in the Headers editor reaches the server but never
 * localStorage, and with introspection off the page still works and says why the schema is missing.
 */
import path from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/server.js';
import { EDITOR_KEY } from '../helpers/apollo.js';
import { SCREENSHOTS, launchBrowser, startSeededServer, type TestServer } from '../helpers/browser.js';
import { closeGraph, testGraph } from '../helpers/graph.js';

const TIMEOUT = 60_000;

interface Example {
  name: string;
  title: string;
  query: string;
  variables: string;
}

const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const VARIABLES_EDITOR = '.graphiql-editor-tool .CodeMirror';
const RESPONSE = '.graphiql-response';

let browser: Browser;
let server: TestServer;
let examples: Example[];
const extraApps: App[] = [];

/** A page that records console errors, page errors and any request that leaves the server. */
async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const u = request.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) foreign.push(u);
  });
  await page.goto(`${url}/playground/`, { waitUntil: 'load', timeout: TIMEOUT });
  // GraphiQL has mounted (it renders after /examples.json has answered).
  await page.locator('.graphiql-container').waitFor({ timeout: TIMEOUT });
  return { page, errors, foreign };
}

/** The text of a CodeMirror 5 editor (the DOM holds only the visible lines). */
function editorText(page: Page, selector: string): Promise<string> {
  return page.evaluate(`document.querySelector(${JSON.stringify(selector)}).CodeMirror.getValue()`) as Promise<string>;
}

/** Replaces the query editor's text by typing, as a user would (CodeMirror closes brackets itself). */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator(QUERY_EDITOR).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Escape'); // closes an autocompletion list, if one is open
  // Auto-closed brackets and quotes are typed over, so the text should be exactly what was typed;
  // if a hint or an auto-close got in the way, say so rather than run something else.
  expect((await editorText(page, QUERY_EDITOR)).trim()).toBe(text);
}

async function responseText(page: Page, contains: string): Promise<string> {
  const response = page.locator(RESPONSE);
  await expect.poll(async () => (await response.innerText()).includes(contains), { timeout: TIMEOUT }).toBe(true);
  return response.innerText();
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startSeededServer();
  examples = (await (await fetch(`${server.url}/examples.json`)).json()) as Example[];
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const app of extraApps) await app.stop();
  await closeGraph();
});

describe('playground', () => {
  it(
    'opens the examples as tabs and in the picker, and runs the search example',
    async () => {
      expect(examples.length).toBeGreaterThan(5);
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const schemaLoaded = context.waitForEvent('response', {
        predicate: (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('IntrospectionQuery'),
        timeout: TIMEOUT,
      });
      const { page, errors, foreign } = await openPage(context, server.url);
      expect((await schemaLoaded).status()).toBe(200);

      // One tab per example, titled by its operation name, the first one open with its variables.
      const tabs = page.locator('.graphiql-tab');
      await expect.poll(() => tabs.count(), { timeout: TIMEOUT }).toBe(examples.length);
      const operationNames = examples.map((e) => /^(?:query|mutation)\s+(\w+)/m.exec(e.query)?.[1]);
      expect(await page.locator('.graphiql-tab .graphiql-tab-button').allInnerTexts()).toEqual(operationNames);
      expect(await page.locator('.graphiql-tab-active').innerText()).toBe(operationNames[0]);
      expect(await editorText(page, QUERY_EDITOR)).toBe(examples[0]!.query);
      expect(JSON.parse(await editorText(page, VARIABLES_EDITOR))).toEqual(JSON.parse(examples[0]!.variables));

      // The picker lists every example by its title, the first one chosen.
      const picker = page.locator('#pg-examples');
      const options = picker.locator('option:not([disabled])');
      expect(await options.count()).toBe(examples.length);
      expect(await options.first().getAttribute('title')).toBe(examples[0]!.title);
      expect(await picker.inputValue()).toBe('0');
      // Schema loaded: no banner; the explorer is one click away.
      expect(await page.locator('#pg-banner').isHidden()).toBe(true);
      expect(await page.locator('a[href="/explorer/"]').innerText()).toMatch(/explorer/i);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-examples.png') });

      // The schema came through introspection: the docs list the root types.
      const docsButton = page.getByRole('button', { name: /documentation explorer/i });
      await docsButton.click();
      const docs = page.locator('.graphiql-doc-explorer');
      await expect.poll(async () => docs.innerText(), { timeout: TIMEOUT }).toMatch(/Root Types[\s\S]*query:\s*Query[\s\S]*mutation:\s*Mutation/);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-docs.png') });
      await docsButton.click();

      // Pick the search example: its tab opens with its own variables ("daesh"), and runs.
      const search = examples.findIndex((e) => /search\(/.test(e.query));
      expect(search).toBeGreaterThanOrEqual(0);
      await picker.selectOption(String(search));
      await expect.poll(() => page.locator('.graphiql-tab-active').innerText(), { timeout: TIMEOUT }).toBe(operationNames[search]);
      expect(await editorText(page, QUERY_EDITOR)).toBe(examples[search]!.query);
      expect(JSON.parse(await editorText(page, VARIABLES_EDITOR))).toEqual(JSON.parse(examples[search]!.variables));
      await page.locator('.graphiql-execute-button').click();
      const result = await responseText(page, 'org:isis');
      expect(result).toContain('ISIS');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-search-example.png') });

      // Switching tabs moves the picker too.
      await tabs.nth(1).locator('.graphiql-tab-button').click();
      await expect.poll(() => picker.inputValue()).toBe('1');

      // A query typed into a new tab, run with Ctrl-Enter.
      await page.locator('.graphiql-tab-add').click();
      await expect.poll(() => tabs.count()).toBe(examples.length + 1);
      await expect.poll(() => picker.inputValue()).toBe('');
      await typeQuery(page, '{ search(query: "daesh") { entity { id name } } }');
      await page.keyboard.press('Control+Enter');
      expect(await responseText(page, 'org:isis')).toContain('ISIS');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-typed-query.png') });

      // Closed examples come back from the picker.
      const firstTab = tabs.first();
      await firstTab.hover();
      await firstTab.locator('.graphiql-tab-close').click();
      await expect.poll(() => tabs.count()).toBe(examples.length);
      await picker.selectOption('0');
      await expect.poll(() => tabs.count()).toBe(examples.length + 1);
      await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toBe(operationNames[0]);
      expect(await editorText(page, QUERY_EDITOR)).toBe(examples[0]!.query);
      expect(JSON.parse(await editorText(page, VARIABLES_EDITOR))).toEqual(JSON.parse(examples[0]!.variables));

      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    },
    TIMEOUT * 3,
  );

  it(
    'sends the token from the Headers editor for mutations, and never stores it',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const { page, errors } = await openPage(context, server.url);
      await page.locator('.graphiql-tab-add').click();
      // The answer names only the entity: the reference data gives ISIS more aliases than the
      // response pane renders at once.
      const mutation = 'mutation { addAlias(id: "org:isis", alias: "Playground alias") { id } }';

      // Without a token the server refuses, and says why.
      await typeQuery(page, mutation);
      await page.locator('.graphiql-execute-button').click();
      await responseText(page, 'UNAUTHENTICATED');

      // With one in the Headers editor it goes through.
      await page.getByRole('button', { name: 'Headers' }).click();
      const headers = page.locator('.graphiql-editor-tool .CodeMirror').last();
      await headers.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(`{"Authorization": "Bearer ${EDITOR_KEY}"}`);
      const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('addAlias'), { timeout: TIMEOUT });
      await page.locator('.graphiql-execute-button').click();
      expect((await sent).headers().authorization).toBe(`Bearer ${EDITOR_KEY}`);
      expect(await responseText(page, '"org:isis"')).not.toContain('UNAUTHENTICATED');
      const stored = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "org:isis") { ... on Organization { aliases } } }' }),
      });
      expect(((await stored.json()) as { data: { node: { aliases: string[] } } }).data.node.aliases).toContain('Playground alias');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-mutation-with-token.png') });

      // Let GraphiQL's debounced writes happen, then look for the token in storage.
      await page.waitForTimeout(1_000);
      const storage = (await page.evaluate('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })')) as string;
      expect(storage).toContain('kg-playground:'); // the query history is kept...
      expect(storage).toContain('addAlias');
      expect(storage).not.toContain(EDITOR_KEY); // ...without its headers

      expect(errors).toEqual([]);
      await context.close();
    },
    TIMEOUT * 2,
  );

  it(
    'still works, and says why, when introspection is disabled',
    async () => {
      // A second app over the same seeded graph, with introspection off as in production.
      const { store } = await testGraph();
      const config = loadConfig({ HOST: '127.0.0.1', INTROSPECTION: 'false', PLAYGROUND: 'true' });
      const app = await createApp({ config, graph: store.graph, logger: createLogger('silent') });
      extraApps.push(app);
      const url = `http://127.0.0.1:${await app.listen(0)}`;

      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const { page, errors } = await openPage(context, url);
      const banner = page.locator('#pg-banner');
      await banner.waitFor({ state: 'visible', timeout: TIMEOUT });
      expect(await banner.innerText()).toMatch(/schema could not be loaded.*introspection/is);
      await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: TIMEOUT }).toBe(examples.length);

      // Operations still run without the schema.
      const search = examples.findIndex((e) => /search\(/.test(e.query));
      await page.locator('#pg-examples').selectOption(String(search));
      await page.locator('.graphiql-execute-button').click();
      expect(await responseText(page, 'org:isis')).toContain('ISIS');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-no-introspection.png') });

      // Harmless and expected here: Chromium logs the introspection request's HTTP 400 (the server
      // refusing introspection) as "Failed to load resource"; GraphiQL asks twice (with and
      // without subscriptions). Anything else is a real error.
      const unexpected = errors.filter((e) => !/Failed to load resource: the server responded with a status of 400.*\/graphql\)$/.test(e));
      expect(unexpected).toEqual([]);
      await context.close();

      // PLAYGROUND=false (and production, by default) takes the page away.
      const off = await createApp({ config: loadConfig({ HOST: '127.0.0.1', PLAYGROUND: 'false' }), graph: store.graph, logger: createLogger('silent') });
      extraApps.push(off);
      const offUrl = `http://127.0.0.1:${await off.listen(0)}`;
      expect((await fetch(`${offUrl}/playground/`)).status).toBe(404);
    },
    TIMEOUT * 2,
  );
});
