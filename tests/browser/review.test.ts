/**
 * Curator review in Chromium against the real server and the seeded test Neo4j: the review page
 * walks three casualty figures of the queue with the keyboard (j/k to move, c to confirm, r to
 * reject, e to edit), with the editor token asked once and kept out of every storage, and the
 * graph is checked through the API after each decision; then the explorer draws an unreviewed
 * event apart and confirms it from its evidence panel. No console errors.
 */
import path from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY } from '../helpers/apollo.js';
import { SCREENSHOTS, launchBrowser, startSeededServer, type TestServer } from '../helpers/browser.js';
import { closeGraph } from '../helpers/graph.js';

const TIMEOUT = 60_000;
/* eslint-disable @typescript-eslint/no-explicit-any */

let browser: Browser;
let server: TestServer;
let page: Page;
const errors: string[] = [];

async function api(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The claim as the graph has it now, with its event's figures and the claims that count in them. */
async function claimInGraph(id: string): Promise<any> {
  const { reviewFact } = await api(`query ($id: ID!) { reviewFact(id: $id) { id review { state by overruled } claim { killed injured } event { id } } }`, { id });
  const { node } = await api(
    `query ($id: ID!) { node(id: $id) { ... on Event { fatalities { best sources } casualties { claims { id } } claims { id killed review { state } } } } }`,
    { id: reviewFact.event.id },
  );
  const counting = node.casualties.flatMap((c: any) => c.claims.map((x: any) => x.id));
  return { ...reviewFact, event: node, counts: counting.includes(id) };
}

/** Waits until the review page shows a fact other than `previous`, read and drawn. */
async function waitForItem(previous: string | null): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const r = (globalThis as any).review;
      const item = (globalThis as any).document.querySelector('#item');
      return r?.current && r.current.id !== prev && item?.dataset.ready === 'true' && !r.busy;
    },
    previous,
    { timeout: TIMEOUT },
  );
  return page.evaluate(() => (globalThis as any).review.current.id);
}

const index = () => page.evaluate(() => (globalThis as any).review.index);
const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `review-${name}.png`) });

beforeAll(async () => {
  server = await startSeededServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await closeGraph();
});

describe('the review page', () => {
  it('walks three casualty figures with the keyboard: confirm, reject, edit; the graph follows each decision', async () => {
    await page.goto(`${server.url}/explorer/review.html?kind=CASUALTY_CLAIM`);
    const first = await waitForItem(null);
    expect(first).toMatch(/^claim:/);
    const queue = await page.evaluate(() => (globalThis as any).review.items.map((f: any) => f.id));
    expect(queue.length).toBeGreaterThanOrEqual(3);
    // The evidence sentence is marked in the article's text.
    const mark = await page.locator('#evidence-mark').textContent();
    const sentence = await page.evaluate(() => (globalThis as any).review.current.sentence);
    expect(mark).toBe(sentence);
    await shot('1-first');

    // j and k move through the queue.
    await page.keyboard.press('j');
    const second = await waitForItem(first);
    expect(await index()).toBe(1);
    await page.keyboard.press('k');
    expect(await waitForItem(second)).toBe(first);

    // c: confirm. The first decision asks for the token, once.
    const before1 = await claimInGraph(first);
    expect(before1.review.state).toBe('UNREVIEWED');
    await page.keyboard.press('c');
    await page.locator('dialog.token-dialog input[name="token"]').fill(EDITOR_KEY);
    await page.keyboard.press('Enter');
    const afterFirst = await waitForItem(first);
    expect(afterFirst).toBe(queue[1]);
    const after1 = await claimInGraph(first);
    expect(after1.review).toMatchObject({ state: 'CONFIRMED', by: expect.stringMatching(/^key:/) });
    expect(after1.counts).toBe(true);
    // The token is in the page's memory only.
    expect(await page.evaluate(() => [(globalThis as any).localStorage.length, (globalThis as any).sessionStorage.length, (globalThis as any).document.cookie])).toEqual([0, 0, '']);
    expect(await page.locator('dialog.token-dialog input[name="token"]').inputValue()).toBe('');
    expect(await page.locator(`.queue-item[data-fact-id="${first}"] .review-badge`).textContent()).toBe('confirmed');

    // r: reject. It stops counting in the event's figures, and stays listed as rejected.
    const before2 = await claimInGraph(afterFirst);
    expect(before2.counts).toBe(true);
    await page.keyboard.press('r');
    const afterSecond = await waitForItem(afterFirst);
    const after2 = await claimInGraph(afterFirst);
    expect(after2.review.state).toBe('REJECTED');
    expect(after2.counts).toBe(false);
    expect(after2.event.claims.find((c: any) => c.id === afterFirst).review.state).toBe('REJECTED');
    expect(after2.event.fatalities.sources).toBeLessThanOrEqual(before2.event.fatalities.sources);
    await shot('2-rejected');

    // e: edit. The form opens on the figures; Enter saves the correction.
    const before3 = await claimInGraph(afterSecond);
    const killed = (before3.claim.killed ?? 0) + 7;
    await page.keyboard.press('e');
    const field = page.locator('#item form.correct-form input[name="killed"]');
    await field.waitFor({ timeout: TIMEOUT });
    await field.fill(String(killed));
    await shot('3-editing');
    await field.press('Enter');
    await waitForItem(afterSecond);
    const after3 = await claimInGraph(afterSecond);
    expect(after3.review).toMatchObject({ state: 'CORRECTED', overruled: { killed: before3.claim.killed } });
    expect(after3.claim.killed).toBe(killed);
    expect(after3.counts).toBe(true);
    expect(after3.event.claims.find((c: any) => c.id === afterSecond).killed).toBe(killed);
    // The three leave the queue.
    const { reviewQueue } = await api(`{ reviewQueue(first: 100, filter: { kinds: [CASUALTY_CLAIM] }) { nodes { id } } }`);
    const left = reviewQueue.nodes.map((f: any) => f.id);
    for (const id of [first, afterFirst, afterSecond]) expect(left).not.toContain(id);
    await shot('4-after');
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('the explorer', () => {
  it('draws an unreviewed event apart and confirms it from its evidence panel', async () => {
    const { events } = await api(`{ events(first: 1, filter: { placeId: "place:iraq", reviewed: false }) { nodes { id place { id } } } }`);
    const event = events.nodes[0];
    await page.goto(`${server.url}/explorer/?id=${event.id}`);
    await page.waitForFunction((id) => (globalThis as any).explorer?.cy?.getElementById(id).nonempty() && (globalThis as any).explorer.busy === 0, event.id, { timeout: TIMEOUT });
    const drawn = await page.evaluate((id) => (globalThis as any).explorer.cy.getElementById(id).data('review'), event.id);
    expect(drawn).toBe('UNREVIEWED');
    const panelReview = page.locator('#panel .review-section');
    await panelReview.waitFor({ timeout: TIMEOUT });
    expect(await panelReview.locator('.review-badge').first().textContent()).toBe('unreviewed');
    await panelReview.locator('button[data-action="confirm"]').click();
    // Another page: its memory has no token yet.
    await page.locator('dialog.token-dialog input[name="token"]').fill(EDITOR_KEY);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (globalThis as any).explorer.cy.getElementById(id).data('review') === 'CONFIRMED', event.id, { timeout: TIMEOUT });
    await page.waitForFunction(() => (globalThis as any).document.querySelector('#panel .review-section .review-badge')?.textContent === 'confirmed', null, { timeout: TIMEOUT });
    const { reviewFact } = await api(`query ($id: ID!) { reviewFact(id: $id) { review { state } } }`, { id: event.id });
    expect(reviewFact.review.state).toBe('CONFIRMED');
    await shot('5-explorer-confirmed');
    expect(errors).toEqual([]);
  }, 120_000);
});
