// Issue 3 "Must show", in real Chromium against the sandbox: a page script cannot place an order;
// a user checks, submits and confirms → exactly one TD SYNNEX order with the right SKUs,
// quantities, ship-to and PO number, written back to Autotask; inline badges appear in the page's
// grid and vanish on teardown; and the canary secret is nowhere after the submission.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contentWorld } from './harness/content-world';
import { PAGES } from './harness/demo-accounts';
import type { ChromeApi } from './harness/messages';
import { envelope, sendFromExtensionPage } from './harness/messages';
import { screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { eventually, sleep } from './harness/wait';
import {
  acceptedOrders,
  autotaskPo,
  CANARY,
  connectWithCanary,
  DISTRIBUTOR_PO_NUMBER,
  inlineBadges,
  openPoPage,
  openReview,
  PO,
} from './submit-world';

/** The status words of a checked line (components/sidebar/line-badge.tsx). */
const LINE_STATUS = /^(OK|Price changed|Low stock|Out of stock|Invalid SKU|Discontinued)$/;

let session: Session;
/** Every reply the content script's world received in these tests (for the canary check). */
const contentReplies: unknown[] = [];

before(async () => {
  session = await startSession();
  await connectWithCanary(session);
});
after(async () => {
  await session?.close();
});

test('a page script that frames, clicks or forges messages cannot place an order', async () => {
  const { page, sidebar } = await openPoPage(session);
  const reviewUrl = session.browser.extensionUrl(`review.html?poId=${PO.id}`);
  const sidebarUrl = session.browser.extensionUrl(`sidebar.html?poId=${PO.id}`);

  // 1. The page frames the review window: Chromium refuses (review.html is not web-accessible).
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'attacker-review';
    frame.src = src;
    document.body.append(frame);
  }, reviewUrl);
  await sleep(1_500);
  const framedReview = page.frames().find((f) => f.url().startsWith(reviewUrl));
  const confirmInFrame = framedReview
    ? await framedReview
        .getByRole('button', { name: 'Confirm order' })
        .count()
        .catch(() => 0)
    : 0;
  assert.equal(confirmInFrame, 0, 'no Confirm order button can be framed by the page');

  // 2. The page frames our sidebar (it is web-accessible) and overlays it: a sidebar may only read.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'attacker-sidebar';
    frame.src = src;
    frame.style.cssText = 'position:fixed;inset:0;opacity:0.01;z-index:2147483647;width:100vw;height:100vh';
    document.body.append(frame);
  }, sidebarUrl);
  const framedSidebar = await eventually(
    async () => page.frames().find((f) => f.url() === sidebarUrl && f !== sidebar),
    (f) => f !== undefined,
    { what: 'the page-framed sidebar' },
  );
  const forged = (await framedSidebar!.evaluate(
    (message) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(message),
    envelope('order.submit', { poId: PO.id, allowBackorder: true }),
  )) as { ok: boolean; error?: { code?: string } };
  assert.equal(forged.ok, false);
  assert.equal(forged.error?.code, 'sender-not-allowed');

  // 3. A click the user is tricked into (on the overlaid sidebar) only opens the review window.
  const review = await openReview(session, framedSidebar!);
  await review.close();

  // 4. The content script's world (what a compromised content script could do).
  const world = await contentWorld(page, session.browser.extensionId);
  const fromContent = (await world.sendMessage(
    envelope('order.submit', { poId: PO.id, allowBackorder: true }),
  )) as { ok: boolean; error?: { code?: string } };
  contentReplies.push(fromContent);
  assert.equal(fromContent.ok, false);
  assert.equal(fromContent.error?.code, 'sender-not-allowed');
  // 5. Another extension page than the review window (e.g. the options page) may not submit either.
  const options = await session.browser.openExtensionPage('options.html');
  const fromOptions = await sendFromExtensionPage(options, 'order.submit', {
    poId: PO.id,
    allowBackorder: true,
  });
  assert.equal(fromOptions.ok, false);
  await options.close();
  await world.detach();

  assert.equal(acceptedOrders(session).length, 0, 'no order was placed');
  assert.equal(session.sandbox.tdsynnex.requests.filter((r) => r.operation === 'order').length, 0);
  await page.close();
});

test('a user checks, submits and confirms: one TD SYNNEX order, written back to Autotask', async () => {
  const { page, sidebar } = await openPoPage(session);

  // The check: TD SYNNEX price and stock per line, and a badge next to each SKU in the page's grid.
  await sidebar.getByRole('button', { name: 'Check price and availability' }).click();
  // Issue 10 §3: each line card shows its TD SYNNEX status once TD SYNNEX has answered.
  for (const sku of PO.skus) {
    await sidebar
      .getByRole('listitem', { name: `Line ${sku}` })
      .getByText(LINE_STATUS)
      .waitFor({ timeout: 15_000 });
  }
  await eventually(
    () => inlineBadges(page).count(),
    (n) => n === PO.skus.length,
    {
      timeoutMs: 15_000,
      what: 'one inline badge per SKU in the page grid',
    },
  );
  const badged = await page
    .locator('[data-autotask-bridge-sku]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-autotask-bridge-sku')));
  assert.deepEqual([...badged].sort(), [...PO.skus].sort());
  await screenshot(page, 'po-page-checked-with-badges');

  // Submit → review window → Confirm order.
  const review = await openReview(session, sidebar);
  await screenshot(review, 'review-window');
  await review.getByRole('button', { name: 'Confirm order' }).click();
  const done = review.getByRole('status').filter({ hasText: 'TD SYNNEX order' });
  await done.waitFor({ timeout: 30_000 });

  // Exactly one order, with the PO's SKUs, quantities, ship-to and the derived PO number.
  const orders = acceptedOrders(session);
  assert.equal(orders.length, 1, 'exactly one order');
  const order = orders[0]!;
  assert.equal(order.poNumber, DISTRIBUTOR_PO_NUMBER);
  assert.equal(order.code, 'accepted');
  const autotask = autotaskPo(session);
  assert.deepEqual(
    order.lines.map((l) => [l.sku, l.quantity]).sort(),
    autotask.lines.map((l) => [l.sku, l.quantity]).sort(),
  );
  assert.equal(order.shipTo.name, autotask.shipToName);
  const numbers = [...new Set(order.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : [])))];
  assert.ok(numbers.length >= 1);

  // The sidebar says so; Autotask shows the order number(s), the new status and the ETAs.
  await sidebar
    .getByRole('region', { name: 'Ordered' })
    .getByText(numbers.join(', '), { exact: true })
    .waitFor({ timeout: 15_000 });
  const after = autotaskPo(session);
  for (const n of numbers) assert.ok(after.externalPONumber.includes(n), `PO field holds ${n}`);
  assert.equal(after.status, 'Submitted');
  assert.ok(
    after.lines.every((l) => l.eta),
    'each item has its ETA',
  );
  await screenshot(page, 'po-page-submitted');
  await review.close();

  // Teardown: the page navigates away from the PO (same document) → sidebar and badges go.
  await page.evaluate((url) => history.pushState({}, '', url), PAGES.dashboard);
  await eventually(
    () => inlineBadges(page).count(),
    (n) => n === 0,
    { what: 'inline badges removed' },
  );
  assert.equal(await page.locator('[data-autotask-bridge-sku], autotask-bridge-root').count(), 0);
  await page.close();
});

test('after the submission the canary secret is nowhere: DOM, content messages, storage, log, errors', async () => {
  const { page } = await openPoPage(session);
  const world = await contentWorld(page, session.browser.extensionId);
  contentReplies.push(await world.sendMessage(envelope('order.badges', { poId: PO.id })));
  contentReplies.push(await world.sendMessage(envelope('page.report', { kind: 'purchaseOrder', id: PO.id })));
  // An error text the content script can provoke.
  contentReplies.push(await world.sendMessage(envelope('order.check', { poId: PO.id })));
  await world.detach();
  const texts: [string, string][] = [['content-script replies', JSON.stringify(contentReplies)]];
  for (const frame of page.frames()) texts.push([`DOM of ${frame.url()}`, await frame.content()]);

  const worker = await session.browser.serviceWorker();
  texts.push([
    'chrome.storage',
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return JSON.stringify({
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
      });
    }),
  ]);
  // The log and the outbox, read from IndexedDB as plain JSON (the vault's ciphertext is bytes).
  texts.push([
    'IndexedDB',
    await worker.evaluate(async () => {
      const open = indexedDB.open('autotask-bridge');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const dump: Record<string, unknown> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        if (name === 'secrets') continue;
        const request = db.transaction(name).objectStore(name).getAll();
        dump[name] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      }
      return JSON.stringify(dump);
    }),
  ]);
  const logPage = await session.browser.openExtensionPage('popup.html');
  const log = await sendFromExtensionPage(logPage, 'log.recent', { limit: 200 });
  texts.push(['log.recent', JSON.stringify(log)]);
  // An error reply from the background (a blocked re-submission of an ordered PO).
  texts.push([
    'error reply',
    JSON.stringify(await sendFromExtensionPage(logPage, 'order.check', { poId: 999999 })),
  ]);
  await logPage.close();

  assert.ok(
    texts.find(([what]) => what === 'IndexedDB')![1].includes(DISTRIBUTOR_PO_NUMBER),
    'the outbox is there',
  );
  for (const [what, text] of texts) assert.ok(!text.includes(CANARY), `${what} holds the canary`);
  await page.close();
});
