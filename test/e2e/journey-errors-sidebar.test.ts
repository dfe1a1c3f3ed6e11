// Issue 10 §4 "Errors say what actually happened" and §2 "The log records sync actions, not page
// views", as a user meets them in the sidebar of a real Chromium against the sandbox: TD SYNNEX down
// (503, maintenance page), records the API user cannot see, an unknown SKU found by a clicked check
// (the log's resolution), and PO pages opened without any log entry being written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BADGE_ATTR } from '../../entrypoints/autotask.content/inline-badges';
import { DEMO } from './harness/demo-accounts';
import { connectedSessionForTests } from './harness/session-for-tests';
import { expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';
import {
  expectHint,
  expectTruthfulScreen,
  logEntryCount,
  openPurchaseOrder,
  shootLightAndDark,
} from './journey-errors-world';

const world = connectedSessionForTests();

describe('the sidebar says what actually happened', () => {
  test('opening PO pages writes no log entry', async () => {
    const before = await logEntryCount(world.session);
    for (let i = 0; i < 2; i += 1) {
      const { page, sidebar } = await openPurchaseOrder(world.session);
      await expectVisibleToUser(sidebar.getByRole('button', { name: 'Check price and availability' }), {
        frame: sidebar,
        allowVerticalScroll: true,
        timeoutMs: 20_000,
      });
      // The check on opening answered: the page's lines carry its inline badges.
      await eventually(
        () => page.locator(`[${BADGE_ATTR}]`).count(),
        (n) => n === DEMO.purchaseOrder.skus.length,
        { what: 'an inline badge per line', timeoutMs: 15_000 },
      );
      await page.waitForTimeout(1_000);
      await page.close();
    }
    assert.equal(await logEntryCount(world.session), before, 'page views are not sync actions');
  });

  test('TD SYNNEX answering 503 reads "TD SYNNEX is unavailable, try again at …"', async () => {
    world.session.sandbox.tdsynnex.faults.failNext(50, 503, 'price');
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      const hint = await expectHint(sidebar, 'TD SYNNEX is unavailable');
      const text = await hint.innerText();
      assert.match(text, /try again at \d{1,2}[:.]\d{2}/i);
      assert.doesNotMatch(text, /internet connection/i);
      // No inline badge goes on saying "TD SYNNEX: OK" from the check before.
      await eventually(
        () => page.locator(`[${BADGE_ATTR}]`).allInnerTexts(),
        (badges) => badges.length === 0,
        { what: 'no stale inline badge', timeoutMs: 10_000 },
      );
      await shootLightAndDark(page, 'tdsynnex-503');
    } finally {
      world.session.sandbox.tdsynnex.faults.clear();
      await page.close();
    }
  });

  test('TD SYNNEX serving its maintenance page reads "TD SYNNEX is unavailable" too', async () => {
    world.session.sandbox.tdsynnex.faults.htmlNext(50, 'price');
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      const hint = await expectHint(sidebar, 'TD SYNNEX is unavailable');
      assert.doesNotMatch(await hint.innerText(), /internet connection/i);
    } finally {
      world.session.sandbox.tdsynnex.faults.clear();
      await page.close();
    }
  });

  test('a PO the API user cannot see reads as hidden records, with Reconnect Autotask', async () => {
    // A restricted level answers `{"item": null}` for a PO it hides (API.md §1.3).
    world.session.sandbox.autotask.knobs.emptyRows.add('PurchaseOrders');
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      await expectHint(sidebar, 'Autotask shows this API user no such record', 'Reconnect Autotask');
      await shootLightAndDark(page, 'hidden-records');
    } finally {
      world.session.sandbox.autotask.knobs.emptyRows.clear();
      await page.close();
    }
  });

  test('an unknown SKU found by a clicked check is logged with its resolution and Run Product Sync', async () => {
    const vendorRow = world.session.sandbox.autotask.db
      .rows(DEMO.autotask.tenantId, 'ProductVendors')
      .find((row) => row.vendorPartNumber === '5432103')!;
    vendorRow.vendorPartNumber = '5499999';
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      await sidebar.getByRole('button', { name: 'Check price and availability' }).click();
      const log = await world.session.browser.openExtensionPage('log.html');
      await log.setViewportSize({ width: 1100, height: 900 });
      const entry = log.getByRole('button', { name: /Checked PO-1042/ });
      await eventually(
        async () => {
          await log.reload();
          return entry.count();
        },
        (n) => n > 0,
        { what: 'the clicked check in the log', timeoutMs: 20_000 },
      );
      await entry.first().click();
      const details = log.getByRole('region', { name: 'Entry details' });
      const visible = { allowVerticalScroll: true };
      await expectVisibleToUser(details.getByText('Recommended resolution').first(), visible);
      await expectVisibleToUser(
        details.getByRole('heading', { name: 'Invalid SKU during order submission' }).first(),
        visible,
      );
      await expectVisibleToUser(details.getByRole('button', { name: 'Run Product Sync' }).first(), visible);
      const failed = details.getByRole('list', { name: 'Failed items' });
      assert.match(await failed.innerText(), /5499999\s+Unknown SKU/);
      await expectTruthfulScreen(log);
      await shootLightAndDark(log, 'log-invalid-sku');
      await log.close();
    } finally {
      vendorRow.vendorPartNumber = '5432103';
      await page.close();
    }
  });
});
