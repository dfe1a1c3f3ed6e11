// Issue 10 §4–§5 and issue 11 §1 as a user meets them in the review window, in real Chromium against
// the sandbox: the price difference per line and in total with the drift warning; an out-of-stock
// line that needs an acknowledgement (and blocks without backorders); a click in the window's first
// second places nothing; Confirm → the orders (and why PO-1042 became two) and Close; and a Confirm
// whose service worker is stopped mid-handling → "Resuming…" → the result, with exactly one order.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO } from './harness/demo-accounts';
import { connectBothInOptions, screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';
import { acceptedOrders, openPoPage, PO } from './submit-world';

/** The review window's size (lib/orders/review-window.ts). */
const WINDOW = { width: 620, height: 780 };
const CONFIRM = { name: 'Confirm order' } as const;

async function start(): Promise<Session> {
  const session = await startSession();
  await (await connectBothInOptions(session.browser)).close();
  return session;
}

/** Submit to TD SYNNEX in the sidebar → the review window, as soon as its Confirm is on screen. */
async function openReviewWindow(session: Session): Promise<{ review: Page; close(): Promise<void> }> {
  const { page, sidebar } = await openPoPage(session);
  const opened = session.browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/review.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).click();
  const review = await opened;
  await review.setViewportSize(WINDOW);
  await review.getByRole('button', CONFIRM).waitFor({ timeout: 20_000 });
  return {
    review,
    async close() {
      if (!review.isClosed()) await review.close();
      await page.close();
    },
  };
}

const orderRequests = (session: Session) =>
  session.sandbox.tdsynnex.requests.filter((r) => r.operation === 'order').length;

/** PO-1042's Autotask unit cost for a SKU, read from the Autotask simulator. */
function autotaskUnitCost(session: Session, sku: string): number {
  const db = session.sandbox.autotask.db;
  const ci = DEMO.autotask.tenantId;
  const vendorRow = db.rows(ci, 'ProductVendors').find((v) => v.vendorPartNumber === sku);
  const item = db
    .rows(ci, 'PurchaseOrderItems')
    .find((i) => i.orderID === PO.id && i.productID === vendorRow?.productID);
  return Number(item?.unitCost);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, name);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the review window protects the order', () => {
  let session: Session;
  before(async () => {
    session = await start();
  });
  after(async () => {
    await session?.close();
  });

  test('a price above the drift threshold is flagged; an out-of-stock line needs an acknowledgement', async () => {
    const catalogue = session.sandbox.tdsynnex.catalogue;
    const thinkpad = catalogue.get('5432101')!;
    const elitebook = catalogue.get('5432102')!;
    const saved = { price: thinkpad.price, stock: elitebook.stock };
    const cost = autotaskUnitCost(session, '5432101');
    assert.ok(cost > 0, 'PO-1042 has a unit cost for 5432101');
    thinkpad.price = Math.round(cost * 1.2 * 100) / 100; // +20 %: above the 5 % default
    elitebook.stock = Object.fromEntries(Object.keys(elitebook.stock).map((id) => [id, 0]));
    const { review, close } = await openReviewWindow(session);
    try {
      await expectVisibleToUser(review.getByRole('heading', { name: /prices differ from Autotask.s costs/ }));
      const line = review.getByRole('row', { name: /5432101/ });
      await expectVisibleToUser(line.getByText('(+20.0 %)'), { allowVerticalScroll: true });
      await expectVisibleToUser(review.getByRole('row', { name: /Total/ }), { allowVerticalScroll: true });

      const ack = review.getByRole('checkbox', { name: /^Backorder \d+ of 5432102$/ });
      await expectVisibleToUser(ack, { allowVerticalScroll: true });
      await expectVisibleToUser(review.getByText(/SKU 5432102: out of stock/), { allowVerticalScroll: true });
      await review.waitForTimeout(1_500); // well past the one-second arming
      assert.equal(await review.getByRole('button', CONFIRM).isDisabled(), true, 'unacknowledged: no Confirm');
      await expectVisibleToUser(review.getByText('Tick the acknowledgement of the marked line first.'), {
        allowVerticalScroll: true,
      });
      await expectNoSidewaysScroll(review);
      await shoot(review, 'journey-review-drift');

      // Without backorders the line cannot be ordered at all: it says so, and there is no checkbox.
      await review.getByRole('checkbox', { name: 'Allow backorders' }).uncheck();
      await expectVisibleToUser(review.getByText(/Backorders are not allowed, so this line cannot be ordered/), {
        allowVerticalScroll: true,
      });
      assert.equal(await ack.count(), 0);
      assert.equal(await review.getByRole('button', CONFIRM).isDisabled(), true);

      await review.getByRole('checkbox', { name: 'Allow backorders' }).check();
      await ack.check();
      await eventually(
        () => review.getByRole('button', CONFIRM).isEnabled(),
        (enabled) => enabled,
        { what: 'Confirm order after the acknowledgement', timeoutMs: 5_000 },
      );
      await expectNoGenericError(review);
      assert.equal(orderRequests(session), 0, 'nothing ordered by reviewing');
    } finally {
      thinkpad.price = saved.price;
      elitebook.stock = saved.stock;
      await close();
    }
  });

  test('a click in the first second places nothing; Confirm → the orders, why two, and Close', async () => {
    const { review, close } = await openReviewWindow(session);
    try {
      const confirm = review.getByRole('button', CONFIRM);
      // The second click of a double-click that opened the window lands right away.
      const justShown = await confirm.isDisabled();
      const box = (await confirm.boundingBox())!;
      await review.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      assert.equal(justShown, true, 'Confirm order is not clickable as the window appears');
      await expectVisibleToUser(review.getByText(/Available once this window has been in front for a second/), {
        allowVerticalScroll: true,
      });

      // Armed; then the window loses focus and gets it back (the user switched windows): a click
      // right after it is in front again places nothing either.
      await eventually(() => confirm.isEnabled(), (enabled) => enabled, { what: 'arming', timeoutMs: 5_000 });
      await review.evaluate(() => {
        window.dispatchEvent(new FocusEvent('blur'));
        window.dispatchEvent(new FocusEvent('focus'));
      });
      assert.equal(await confirm.isDisabled(), true, 'back in front: the second starts again');
      await review.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await review.waitForTimeout(500);
      assert.equal(orderRequests(session), 0, 'the early clicks placed nothing');
      assert.equal(acceptedOrders(session).length, 0);

      await confirm.click(); // Playwright waits until it is enabled, as a user would
      const result = review.getByRole('region', { name: 'Order placed' });
      await result.waitFor({ timeout: 30_000 });
      const numbers = [
        ...new Set(acceptedOrders(session)[0]!.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : []))),
      ];
      assert.equal(numbers.length, 2, 'the demo PO splits over two warehouses');
      await expectVisibleToUser(result.getByText(`TD SYNNEX order ${numbers.join(', ')}`));
      await expectVisibleToUser(
        result.getByText(/TD SYNNEX made 2 orders of this purchase order because its lines ship from different/),
      );
      for (const n of numbers) await expectVisibleToUser(result.getByText(`Order ${n}:`, { exact: false }));
      assert.equal(await review.getByRole('button', CONFIRM).count(), 0, 'no greyed Confirm order');
      await expectNoSidewaysScroll(review);
      await expectNoGenericError(review);
      await shoot(review, 'journey-review-result');
      assert.equal(acceptedOrders(session).length, 1);
      assert.equal(orderRequests(session), 1);

      const closed = review.waitForEvent('close', { timeout: 5_000 });
      await review.getByRole('button', { name: 'Close' }).click();
      await closed;
    } finally {
      await close();
    }
  });
});

describe('a Confirm whose service worker stops mid-handling', () => {
  let session: Session;
  before(async () => {
    session = await start();
  });
  after(async () => {
    await session?.close();
  });

  test('shows Resuming…, re-sends by itself and ends with the result and exactly one order', async () => {
    const { review, close } = await openReviewWindow(session);
    try {
      const tdsynnex = session.sandbox.tdsynnex;
      tdsynnex.knobs.latencyMs = 4_000; // TD SYNNEX is still creating the order when the worker stops
      await review.getByRole('button', CONFIRM).click();
      await eventually(
        async () => orderRequests(session),
        (n) => n >= 1,
        { timeoutMs: 20_000, what: 'the order request to reach TD SYNNEX' },
      );
      await session.browser.stopServiceWorker();
      await expectVisibleToUser(review.getByText(/^Resuming…/), { timeoutMs: 10_000, allowVerticalScroll: true });
      await shoot(review, 'journey-review-resuming');
      tdsynnex.knobs.latencyMs = 0;

      const result = review.getByRole('region', { name: 'Order placed' });
      await result.waitFor({ timeout: 90_000 });
      await expectVisibleToUser(result.getByText(/^TD SYNNEX order \d+/));
      await expectVisibleToUser(review.getByRole('button', { name: 'Close' }));
      await expectNoGenericError(review);
      assert.doesNotMatch(await review.locator('body').innerText(), /did not answer/);
      assert.equal(acceptedOrders(session).length, 1, 'exactly one order at TD SYNNEX');
      assert.equal(orderRequests(session), 1, 'the order was never sent twice');
      assert.ok(
        tdsynnex.requests.some((r) => r.operation === 'status'),
        'the re-sent Confirm settled it by an order-status lookup',
      );
    } finally {
      await close();
    }
  });
});
