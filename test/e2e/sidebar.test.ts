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
    .filter((r) =>
      /^https:\/\/webservices\d+\.autotask\.net\/atservicesrest\/v1\.0\/PurchaseOrder/i.test(r.url),
    );
  assert.ok(
    apiCalls.some((r) => /PurchaseOrders/i.test(r.url)),
    `the background read the PO from the simulator; saw ${apiCalls.map((r) => r.url).join(', ') || 'nothing'}`,
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

async function expectPurchaseOrder(sidebar: Frame): Promise<void> {
  await sidebar.getByRole('heading', { name: `Purchase order ${DEMO.purchaseOrder.number}` }).waitFor({
    timeout: 15_000,
  });
  for (const header of ['SKU', 'Description', 'Qty', 'Unit cost']) {
    assert.equal(await sidebar.getByRole('columnheader', { name: header, exact: true }).count(), 1, header);
  }
  const rows = sidebar.getByRole('row').filter({ has: sidebar.getByRole('cell') });
  await rows.filter({ hasText: DEMO.purchaseOrder.skus[0] }).first().waitFor({ timeout: 10_000 });
  assert.equal(await rows.count(), DEMO.purchaseOrder.skus.length, 'one row per PO line');
  for (const sku of DEMO.purchaseOrder.skus) {
    assert.equal(await rows.filter({ hasText: sku }).count(), 1, `a line for SKU ${sku}`);
  }
}
