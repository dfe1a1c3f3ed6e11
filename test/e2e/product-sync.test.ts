// Issue 4 in Chromium: after a Product Sync run, the product page's sidebar shows TD SYNNEX's
// current price and stock (from the simulator), and the PO page's lines and inline badges show
// each SKU's sync status.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sendFromExtensionPage } from './harness/messages';
import { DEMO, PAGES } from './harness/demo-accounts';
import { screenshot } from './harness/session';
import { connectedSessionAndOptionsForTests } from './harness/session-for-tests';
import { sidebarFrame } from './harness/user';
import { expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';

// Demo product 72 is bought from TD SYNNEX as SKU 5432102, whose Autotask cost differs from TD
// SYNNEX's price (test/sandbox/autotask/seed-catalogue.ts), so the sync has something to write.
const PRODUCT_ID = 72;
const SKU = '5432102';

const world = connectedSessionAndOptionsForTests();

async function runProductSync(): Promise<void> {
  // A template that is off writes nothing, Run now included (issue 11 §1): switch it on first.
  const on = await sendFromExtensionPage(world.options, 'templates.setEnabled', {
    id: 'product-sync',
    enabled: true,
  });
  assert.ok(on.ok, JSON.stringify(on));
  const started = await sendFromExtensionPage(world.options, 'templates.runNow', { id: 'product-sync' });
  assert.deepEqual(started, { ok: true, value: { started: true } });
  await eventually(
    async () => {
      const reply = await sendFromExtensionPage(world.options, 'templates.list', {});
      return reply.ok ? reply.value.find((t) => t.id === 'product-sync') : undefined;
    },
    (view) => view !== undefined && !view.running && view.lastResult !== undefined,
    { what: 'Product Sync to finish', timeoutMs: 60_000 },
  );
}

const money = (n: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

test('after a sync, the product sidebar shows TD SYNNEX’s current price and stock by warehouse', async () => {
  const item = world.session.sandbox.tdsynnex.catalogue.get(SKU)!;
  await runProductSync();
  const vendorRow = world.session.sandbox.autotask.db
    .rows(DEMO.autotask.tenantId, 'ProductVendors')
    .find((v) => v.productID === PRODUCT_ID && v.vendorPartNumber === SKU);
  assert.equal(vendorRow?.vendorCost, item.price, 'the run wrote TD SYNNEX’s cost to the vendor row');

  // TD SYNNEX moves on after the run: the sidebar must show what it says now, not a copy.
  item.price = 1234.56;
  item.stock = { ...item.stock, '3': 41, '6': 0, '7': 17 };
  const page = await world.session.browser.context.newPage();
  await page.goto(PAGES.product(PRODUCT_ID));
  const sidebar = await sidebarFrame(page, world.session.browser.extensionId);

  await sidebar.getByText(SKU, { exact: true }).waitFor({ timeout: 15_000 });
  const facts = sidebar.locator('dl.facts');
  await facts.getByText(money(1234.56)).waitFor({ timeout: 10_000 });
  assert.equal(await facts.getByText('Synced', { exact: true }).count(), 1, 'the sync status');
  const stock = sidebar.getByRole('table', { name: 'Stock by warehouse' });
  const row = (city: string) => stock.getByRole('row').filter({ hasText: city });
  assert.equal(await row('Tracy, CA').getByRole('cell').nth(1).textContent(), '41');
  assert.equal(await row('Southaven, MS').getByRole('cell').nth(1).textContent(), '17');
  const total = ['3', '6', '7', '12', '16', '98'].reduce((sum, id) => sum + (item.stock[id] ?? 0), 0);
  await facts.getByText(`${total} available`).waitFor({ timeout: 5_000 });
  await screenshot(page, 'product-sidebar');

  // `Sync this product now` opens its confirmation window (issue 11 §1); Confirm there writes the
  // new cost (Product Sync switched on: an off template writes nothing).
  const on = await sendFromExtensionPage(world.options, 'templates.setEnabled', {
    id: 'product-sync',
    enabled: true,
  });
  assert.ok(on.ok);
  const opened = world.session.browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/confirm.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: 'Sync this product now' }).click();
  const confirmWindow = await opened;
  await confirmWindow.bringToFront();
  const confirm = confirmWindow.getByRole('button', { name: /^Confirm: write/ });
  await confirm.waitFor({ timeout: 20_000 });
  await eventually(
    () => confirm.isEnabled(),
    (enabled) => enabled,
    { what: 'Confirm armed', timeoutMs: 5_000 },
  );
  await confirm.click();
  await confirmWindow
    .getByRole('status')
    .filter({ hasText: 'Written to Autotask' })
    .waitFor({ timeout: 15_000 });
  await confirmWindow.close();
  const after = world.session.sandbox.autotask.db.get(
    DEMO.autotask.tenantId,
    'ProductVendors',
    Number(vendorRow!.id),
  );
  assert.equal(after?.vendorCost, 1234.56);
  await page.close();
});

test('after a sync, the PO page’s sidebar lines and inline badges show each SKU’s sync status', async () => {
  const page = await world.session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);
  const sidebar = await sidebarFrame(page, world.session.browser.extensionId);
  // One card per line (issue 10 §3), each reading "Product Sync: Synced" where the user sees it.
  const lines = sidebar.getByRole('list', { name: 'Purchase order lines' });
  for (const sku of DEMO.purchaseOrder.skus) {
    const card = lines.getByRole('listitem', { name: `Line ${sku}` });
    await expectVisibleToUser(card.getByText('Synced', { exact: true }), {
      frame: sidebar,
      allowVerticalScroll: true,
      timeoutMs: 15_000,
    });
  }

  // The inline badges come with a check (issue 3); each also carries the SKU's sync status.
  await sidebar.getByRole('button', { name: 'Check price and availability' }).click();
  const badges = page.locator('[data-autotask-bridge-badge]');
  await eventually(
    () =>
      badges.evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-autotask-bridge-sync'), el.textContent]),
      ),
    (seen) => seen.length === DEMO.purchaseOrder.skus.length && seen.every(([sync]) => sync === 'synced'),
    { what: 'one inline badge per SKU, each with its sync status', timeoutMs: 15_000 },
  );
  const texts = await badges.allTextContents();
  assert.ok(
    texts.every((t) => t.endsWith('· Synced')),
    texts.join(' | '),
  );
  await screenshot(page, 'po-page-sync-status');
  await page.close();
});
