// Issue 11 §1 as a user meets it, in real Chromium against the sandbox: the sidebar's `Sync this
// product now` and `Refresh status` write nothing themselves — each opens the confirmation window
// (confirm.html, its own popup window), which shows what Confirm writes; Confirm there writes it and
// the sidebar follows. A switched-off template offers no Confirm and writes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { DEMO, PAGES } from './harness/demo-accounts';
import { sendFromExtensionPage } from './harness/messages';
import { screenshotLightAndDark } from './harness/session';
import { connectedSessionAndOptionsForTests } from './harness/session-for-tests';
import { clickToClose, sidebarFrame } from './harness/user';
import {
  eventuallyVisible,
  expectNoGenericError,
  expectNoSidewaysScroll,
  expectVisibleToUser,
} from './harness/visible';
import { eventually } from './harness/wait';
import { PO, openPoPage, openReview } from './submit-world';

/** Demo product 72 is SKU 5432102, whose Autotask cost differs from TD SYNNEX's price. */
const PRODUCT_ID = 72;
const SKU = '5432102';
/** The confirmation window's size (lib/confirm/window.ts). */
const WINDOW = { width: 560, height: 640 };

const world = connectedSessionAndOptionsForTests();

function poMemo(): string {
  return String(
    world.session.sandbox.autotask.db.get(DEMO.autotask.tenantId, 'PurchaseOrders', PO.id)?.generalMemo ?? '',
  );
}

function vendorRow() {
  return world.session.sandbox.autotask.db
    .rows(DEMO.autotask.tenantId, 'ProductVendors')
    .find((v) => v.productID === PRODUCT_ID && v.vendorPartNumber === SKU)!;
}

/** Autotask writes (anything but reads) the simulator has seen. */
const autotaskWrites = () =>
  world.session.sandbox.autotask.requests.filter(
    (r) => r.method !== 'GET' && !/\/query(\/|$)|zoneInformation/i.test(new URL(r.url).pathname),
  ).length;

/** Clicks a sidebar button and returns the confirmation window it opens, sized as the real one. */
async function openConfirm(sidebar: Frame, button: string): Promise<Page> {
  const opened = world.session.browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/confirm.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: button }).click();
  const window = await opened;
  await window.setViewportSize(WINDOW);
  await window.bringToFront();
  return window;
}

async function openProductPage(): Promise<{ page: Page; sidebar: Frame }> {
  const page = await world.session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGES.product(PRODUCT_ID));
  const sidebar = await sidebarFrame(page, world.session.browser.extensionId, 15_000);
  await sidebar.getByText(SKU, { exact: true }).first().waitFor({ timeout: 15_000 });
  return { page, sidebar };
}

describe('writes need the confirmation window', () => {
  test('Sync this product now with Product Sync off: the window says so, offers no Confirm, nothing is written', async () => {
    const off = await sendFromExtensionPage(world.options, 'templates.setEnabled', {
      id: 'product-sync',
      enabled: false,
    });
    assert.ok(off.ok);
    const before = { cost: vendorRow().vendorCost, writes: autotaskWrites() };
    const { page, sidebar } = await openProductPage();
    const window = await openConfirm(sidebar, 'Sync this product now');
    await eventuallyVisible(
      window.getByRole('heading', { name: 'Product Sync is switched off' }),
      'the switched-off template',
      20_000,
    );
    await expectVisibleToUser(window.getByRole('button', { name: 'Open template settings' }), {
      allowVerticalScroll: true,
    });
    await window.waitForTimeout(1_500); // past the one-second arming: still no Confirm
    assert.equal(await window.getByRole('button', { name: /^Confirm/ }).isDisabled(), true);
    await expectNoGenericError(window);
    await screenshotLightAndDark(window, 'journey-writes-product-off');
    assert.deepEqual({ cost: vendorRow().vendorCost, writes: autotaskWrites() }, before, 'nothing written');
    await window.close();
    await page.close();
  });

  test('Sync this product now → the window lists the changes → Confirm writes them and the sidebar follows', async () => {
    const on = await sendFromExtensionPage(world.options, 'templates.setEnabled', {
      id: 'product-sync',
      enabled: true,
    });
    assert.ok(on.ok);
    const price = world.session.sandbox.tdsynnex.catalogue.get(SKU)!.price;
    assert.notEqual(vendorRow().vendorCost, price, 'the demo product differs from TD SYNNEX');
    const writesBefore = autotaskWrites();

    const { page, sidebar } = await openProductPage();
    await expectVisibleToUser(sidebar.getByRole('button', { name: 'Sync this product now' }));
    await screenshotLightAndDark(page, 'journey-writes-product-panel');
    const window = await openConfirm(sidebar, 'Sync this product now');
    await eventuallyVisible(
      sidebar.getByText(/confirm them in the window that opened/),
      'the sidebar’s pointer',
    );
    assert.equal(autotaskWrites(), writesBefore, 'opening the window wrote nothing');

    const changes = window.getByRole('table', { name: 'What Confirm writes to Autotask' });
    await eventuallyVisible(changes, 'the changes Confirm writes', 20_000);
    await expectVisibleToUser(changes.getByRole('row', { name: /Vendor cost/ }));
    const confirm = window.getByRole('button', { name: /^Confirm: write \d+ change/ });
    await expectVisibleToUser(confirm, { allowVerticalScroll: true });
    await expectNoSidewaysScroll(window);
    await expectNoGenericError(window);
    await screenshotLightAndDark(window, 'journey-writes-confirm-product');

    await eventually(
      () => confirm.isEnabled(),
      (enabled) => enabled,
      {
        what: 'Confirm, armed after a second in front',
        timeoutMs: 5_000,
      },
    );
    await confirm.click();
    await eventuallyVisible(
      window.getByRole('status').filter({ hasText: 'Written to Autotask' }),
      'the result',
      20_000,
    );
    assert.equal(vendorRow().vendorCost, price, 'TD SYNNEX’s price is now the vendor cost');
    await screenshotLightAndDark(window, 'journey-writes-confirm-product-done');
    await clickToClose(window, window.getByRole('button', { name: 'Close' }));

    // The sidebar notices the write (its activity gained an entry) and shows the product as synced.
    await eventuallyVisible(
      sidebar.locator('dl.facts').getByText('Synced', { exact: true }),
      'Synced',
      20_000,
    );
    await expectVisibleToUser(sidebar.getByText('Last synced'), { allowVerticalScroll: true });
    await expectNoGenericError(sidebar);
    await expectNoSidewaysScroll(sidebar);
    await screenshotLightAndDark(page, 'journey-writes-product-synced');
    await page.close();
  });

  test('Refresh status → the window says what it writes → Confirm looks the order up and writes it back', async () => {
    const { page, sidebar } = await openPoPage(world.session);
    const review = await openReview(world.session, sidebar);
    await review.getByRole('button', { name: 'Confirm order' }).click();
    await review.getByRole('status').filter({ hasText: 'TD SYNNEX order' }).waitFor({ timeout: 30_000 });
    await review.close().catch(() => {});
    const memoBefore = poMemo();

    await page.reload();
    const side = await sidebarFrame(page, world.session.browser.extensionId, 15_000);
    await side.getByRole('heading', { name: 'Order status' }).waitFor({ timeout: 15_000 });
    const window = await openConfirm(side, 'Refresh status');
    const what = window.getByRole('region', { name: 'What Confirm writes' });
    await eventuallyVisible(what, 'what Confirm writes', 20_000);
    assert.equal(poMemo(), memoBefore, 'opening the window wrote nothing');
    await expectNoSidewaysScroll(window);
    await expectNoGenericError(window);
    await screenshotLightAndDark(window, 'journey-writes-confirm-status');

    const confirm = window.getByRole('button', { name: 'Confirm: look up and write back' });
    await eventually(
      () => confirm.isEnabled(),
      (enabled) => enabled,
      {
        what: 'Confirm, armed after a second in front',
        timeoutMs: 5_000,
      },
    );
    await confirm.click();
    await eventuallyVisible(window.getByRole('button', { name: 'Close' }), 'Close after the lookup', 30_000);
    assert.match(poMemo(), /Accepted/, 'the status went into the PO memo');
    await window.close();

    // The sidebar follows the stored status and shows the timeline.
    await eventuallyVisible(
      side.getByRole('list', { name: /^Timeline of order / }).first(),
      'the timeline',
      20_000,
    );
    await expectNoGenericError(side);
    await page.close();
  });
});
