// Issue 5 "Must show", in real Chromium against the sandbox: an order submitted through the sidebar
// and the review window (issue 3's flow) walks accepted → partially shipped → shipped while the test
// advances the TD SYNNEX simulator's clock. After each Get Order Status run the Autotask simulator's
// PO shows the mapped status, the ETA and the tracking numbers, and — receiving on — receipts with
// the simulator's serial numbers; the sidebar's timeline shows the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { createDistributorAdapter } from '../../lib/distributor';
import { labelForValue } from '../sandbox/autotask/picklists';
import { DEMO } from './harness/demo-accounts';
import { sendFromExtensionPage } from './harness/messages';
import { screenshot } from './harness/session';
import { connectedSessionAndOptionsForTests } from './harness/session-for-tests';
import { sidebarFrame } from './harness/user';
import { eventually } from './harness/wait';
import { DISTRIBUTOR_PO_NUMBER, openPoPage, openReview, PO } from './submit-world';

const HOUR = 3_600_000;
const world = connectedSessionAndOptionsForTests();

/** What TD SYNNEX itself says right now (the simulator over its own fetch, no browser involved). */
async function distributorStatus() {
  const adapter = createDistributorAdapter(
    'tdsynnex',
    {
      customerNo: DEMO.tdsynnex.customerNo,
      userId: DEMO.tdsynnex.userId,
      password: DEMO.tdsynnex.password,
      region: 'US',
      environment: 'production',
    },
    { fetch: (req) => world.session.sandbox.tdsynnex.fetch(req) },
  );
  const status = await adapter.orderStatus(DISTRIBUTOR_PO_NUMBER);
  return {
    tracking: status.lines.flatMap((l) => l.packages.map((p) => p.trackingNumber)),
    serials: status.lines.flatMap((l) => l.packages.flatMap((p) => p.serialNumbers)).sort(),
  };
}

function autotaskPo() {
  const db = world.session.sandbox.autotask.db;
  const ci = DEMO.autotask.tenantId;
  const po = db.get(ci, 'PurchaseOrders', PO.id)!;
  const items = db.rows(ci, 'PurchaseOrderItems').filter((i) => i.orderID === PO.id);
  const itemIds = new Set(items.map((i) => i.id));
  return {
    status: labelForValue(db.tenant(ci).picklists, 'PurchaseOrders.status', po.status),
    memo: String(po.generalMemo ?? ''),
    etas: items.map((i) => i.estimatedArrivalDate as string | null),
    receiptSerials: db
      .rows(ci, 'PurchaseOrderItemReceiving')
      .filter((r) => itemIds.has(r.purchaseOrderItemID as number))
      .map((r) => String(r.serialNumber))
      .sort(),
  };
}

/** `Run now` for Get Order Status, then wait until the run has ended. */
async function statusRun(): Promise<void> {
  // A template that is off writes nothing, Run now included (issue 11 §1): switch it on first.
  const on = await sendFromExtensionPage(world.options, 'templates.setEnabled', {
    id: 'order-status',
    enabled: true,
  });
  assert.ok(on.ok, JSON.stringify(on));
  const before = await templateView();
  const started = await sendFromExtensionPage(world.options, 'templates.runNow', { id: 'order-status' });
  assert.deepEqual(started, { ok: true, value: { started: true } });
  await eventually(templateView, (v) => v !== undefined && !v.running && v.lastRunAt !== before?.lastRunAt, {
    timeoutMs: 30_000,
    what: 'the Get Order Status run to end',
  });
  const view = await templateView();
  assert.equal(view?.lastResult, 'success', JSON.stringify(view));
}

async function templateView() {
  const reply = await sendFromExtensionPage(world.options, 'templates.list', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.find((t) => t.id === 'order-status');
}

async function sidebarAfterReload(page: Page): Promise<Frame> {
  await page.reload();
  const sidebar = await sidebarFrame(page, world.session.browser.extensionId, 15_000);
  await sidebar.getByRole('heading', { name: 'Order status' }).waitFor({ timeout: 15_000 });
  return sidebar;
}

async function timeline(sidebar: Frame): Promise<string[]> {
  const lists = sidebar.getByRole('list', { name: /^Timeline of order / });
  await lists.first().waitFor({ timeout: 15_000 });
  return (await lists.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
}

test('an order walks accepted → partially shipped → shipped, in Autotask and in the sidebar', async () => {
  // The user maps statuses and turns receiving on in the options page.
  await world.options.reload();
  const mapping = world.options.getByRole('table', { name: 'Status mapping' });
  await mapping.waitFor({ timeout: 15_000 });
  await world.options
    .getByRole('combobox', { name: 'Accepted', exact: true })
    .selectOption({ label: 'Submitted' });
  await world.options
    .getByRole('combobox', { name: 'Partially shipped' })
    .selectOption({ label: 'Note only' });
  await world.options
    .getByRole('combobox', { name: 'Shipped', exact: true })
    .selectOption({ label: 'Note only' });
  await world.options
    .getByRole('combobox', { name: 'Receive items in Autotask' })
    .selectOption({ label: 'When shipped' });
  await world.options.getByRole('button', { name: 'Save order status settings' }).click();
  await world.options.getByRole('status').filter({ hasText: 'Order status settings saved.' }).waitFor();

  // Submitted through issue 3's flow: sidebar → review window → Confirm order.
  const { page, sidebar } = await openPoPage(world.session);
  const review = await openReview(world.session, sidebar);
  await review.getByRole('button', { name: 'Confirm order' }).click();
  await review.getByRole('status').filter({ hasText: 'TD SYNNEX order' }).waitFor({ timeout: 30_000 });
  await review.close().catch(() => {});

  // 1. Accepted.
  await statusRun();
  let po = autotaskPo();
  assert.equal(po.status, 'Submitted', 'the mapped status for Accepted');
  assert.ok(
    po.etas.every((eta) => typeof eta === 'string' && /^\d{4}-\d{2}-\d{2}/.test(eta)),
    JSON.stringify(po.etas),
  );
  assert.match(po.memo, /Order \d+: Accepted/);
  assert.deepEqual(po.receiptSerials, []);
  let side = await sidebarAfterReload(page);
  assert.ok(
    (await timeline(side)).every((t) => t.startsWith('Accepted')),
    (await timeline(side)).join(' | '),
  );

  // 2. Partially shipped: half of each line left the warehouse.
  world.session.sandbox.tdsynnex.advance(4 * HOUR);
  await statusRun();
  let tds = await distributorStatus();
  po = autotaskPo();
  assert.equal(po.status, 'Received Partial', 'receiving moved the PO');
  assert.match(po.memo, new RegExp(`Distributor PO ${DISTRIBUTOR_PO_NUMBER}: Partially shipped`));
  assert.ok(tds.tracking.length > 0);
  for (const number of tds.tracking) assert.ok(po.memo.includes(number), `tracking ${number} in the PO memo`);
  assert.deepEqual(po.receiptSerials, tds.serials, 'one receipt per serial the simulator shipped');
  side = await sidebarAfterReload(page);
  assert.ok(
    (await timeline(side)).some((t) => /Accepted.*Shipped \d+ of \d+/.test(t)),
    (await timeline(side)).join(' | '),
  );
  for (const number of tds.tracking) {
    const link = side.getByRole('link', { name: number });
    assert.equal(await link.count(), 1, `a tracking link for ${number}`);
    assert.match(String(await link.getAttribute('href')), /^https:\/\/www\.fedex\.com\//);
  }
  await screenshot(page, 'order-status-partially-shipped');

  // 3. Shipped: everything left the warehouse.
  world.session.sandbox.tdsynnex.advance(20 * HOUR);
  await statusRun();
  tds = await distributorStatus();
  po = autotaskPo();
  assert.equal(po.status, 'Received Full');
  assert.match(po.memo, new RegExp(`Distributor PO ${DISTRIBUTOR_PO_NUMBER}: Shipped`));
  for (const number of tds.tracking) assert.ok(po.memo.includes(number), `tracking ${number} in the PO memo`);
  assert.equal(po.receiptSerials.length, 5);
  assert.deepEqual(po.receiptSerials, tds.serials);
  side = await sidebarAfterReload(page);
  const steps = await timeline(side);
  assert.ok(
    steps.every((t) => /Accepted.*Shipped/.test(t) && !/Shipped \d+ of \d+\S*$/.test(t)),
    steps.join(' | '),
  );
  for (const serial of tds.serials)
    assert.ok((await side.getByText(serial).count()) > 0, `serial ${serial} in the sidebar`);
  await screenshot(page, 'order-status-shipped');
  await page.close();
});
