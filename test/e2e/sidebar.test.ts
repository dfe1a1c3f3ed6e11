// Issue 2 §6: on a stand-in PO page (and its iframe variant) exactly one sidebar shows the PO number
// and lines — fetched by the background from the Autotask simulator, not scraped from the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { contentWorld } from './harness/content-world';
import { DEMO, PAGES } from './harness/demo-accounts';
import { connectBothInOptions, screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { rootCounts, sidebarFrame } from './harness/user';
import { sleep } from './harness/wait';

// Longer than the content script's recheck debounce (250 ms) plus a report round trip: after this,
// an element that was going to be added would be there.
const SETTLE_MS = 1_500;

let session: Session;
before(async () => {
  session = await startSession();
  await (await connectBothInOptions(session.browser)).close();
});
after(async () => {
  await session?.close();
});

test('the PO page gets one sidebar showing PO-1042 and its 3 lines from the Autotask API', async () => {
  const firstRequest = session.sandbox.requests.length;
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);

  const sidebar = await sidebarFrame(page, session.browser.extensionId);
  await expectPurchaseOrder(sidebar);
  const apiCalls = session.sandbox.requests
    .slice(firstRequest)
    .filter((r) => /^https:\/\/webservices22\.autotask\.net\/atservicesrest\/v1\.0\//i.test(r.url))
    .map((r) => `${r.method} ${new URL(r.url).pathname.replace(/^\/atservicesrest\/v1\.0/i, '')}`);
  // The PO and its items came from the Autotask API (the zone's host), not from the page's markup.
  assert.ok(apiCalls.includes(`GET /PurchaseOrders/${DEMO.purchaseOrder.id}`), apiCalls.join(', '));
  assert.ok(
    apiCalls.some((call) => /^(GET|POST) \/PurchaseOrderItems\b|\/PurchaseOrders\/\d+\/Items/i.test(call)),
    apiCalls.join(', '),
  );
  await sleep(SETTLE_MS);
  assert.deepEqual(
    (await rootCounts(page)).map((f) => f.count),
    [1],
    'exactly one autotask-bridge-root, in the top frame',
  );
  await screenshot(page, 'po-page-sidebar');
  await page.close();
});

test('the iframe variant gets one sidebar, in the top frame only', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrderInFrame);

  const sidebar = await sidebarFrame(page, session.browser.extensionId);
  await expectPurchaseOrder(sidebar);
  await sleep(SETTLE_MS);
  const counts = await rootCounts(page);
  assert.ok(counts.length >= 2, `the stand-in nests the detail page in a frame: ${JSON.stringify(counts)}`);
  assert.deepEqual(
    counts.map((f) => f.count),
    [1, ...counts.slice(1).map(() => 0)],
    `one root in the top frame, none in child frames: ${JSON.stringify(counts)}`,
  );
  await screenshot(page, 'po-page-iframe-sidebar');
  await page.close();
});

test('a page that shows no purchase order or product gets no sidebar element', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.dashboard);
  // The content script did run here (its world exists) and chose to add nothing.
  const world = await contentWorld(page, session.browser.extensionId);
  await world.detach();
  await sleep(SETTLE_MS);
  assert.deepEqual(
    (await rootCounts(page)).map((f) => f.count).filter((n) => n > 0),
    [],
  );
  assert.equal(await page.locator('[data-autotask-bridge], autotask-bridge-root').count(), 0);
  await page.close();
});

test('after Chromium stops the idle service worker, a reopened PO page still gets its sidebar', async () => {
  const marked = await session.browser.serviceWorker();
  await marked.evaluate(() => ((globalThis as { e2eMarker?: boolean }).e2eMarker = true));
  await session.browser.stopServiceWorker();
  const firstRequest = session.sandbox.requests.length;
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);

  // The restarted worker has lost its globals: credentials come back from the encrypted store.
  await expectPurchaseOrder(await sidebarFrame(page, session.browser.extensionId));
  const reads = session.sandbox.requests
    .slice(firstRequest)
    .filter((r) => /\/PurchaseOrders\/1042$/i.test(r.url));
  assert.ok(reads.length > 0, 'the restarted worker read the PO from Autotask again');
  const worker = await session.browser.serviceWorker();
  const marker = await worker.evaluate(() => (globalThis as { e2eMarker?: boolean }).e2eMarker);
  assert.equal(marker, undefined, 'it really was a fresh worker');
  await page.close();
});

async function expectPurchaseOrder(sidebar: Frame): Promise<void> {
  await sidebar.getByRole('heading', { name: `Purchase order ${DEMO.purchaseOrder.number}` }).waitFor({
    timeout: 15_000,
  });
  // Issue 10 §3: one card per line, each labelled with its SKU and showing quantity and Autotask cost.
  const lines = sidebar
    .getByRole('list', { name: 'Purchase order lines' })
    .getByRole('listitem', { name: /^Line / });
  await lines.filter({ hasText: DEMO.purchaseOrder.skus[0] }).first().waitFor({ timeout: 10_000 });
  assert.equal(await lines.count(), DEMO.purchaseOrder.skus.length, 'one card per PO line');
  for (const sku of DEMO.purchaseOrder.skus) {
    const card = sidebar.getByRole('listitem', { name: `Line ${sku}` });
    assert.equal(await card.count(), 1, `a line for SKU ${sku}`);
    for (const label of ['Qty', 'Autotask cost']) {
      assert.equal(await card.getByText(label, { exact: true }).count(), 1, `${label} of ${sku}`);
    }
  }
}
