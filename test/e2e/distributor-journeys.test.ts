// Issue 12 "Done when": the order, status and product-sync journeys run once per distributor. Each
// distributor gets a fresh session in which only Autotask and that distributor are connected (its
// vendor company chosen in Options, the other distributor left unconnected); then a user submits its
// PO through the sidebar and the review window (exactly one order at ITS simulator, none at the
// other, written back to Autotask), its simulator ships the order and Get Order Status writes the
// shipment and tracking into the PO under its name, and the product page shows its price card and
// syncs its price into its own ProductVendors row. Every expectation is read from that distributor's
// simulator, so a journey routed to the wrong distributor fails.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { PAGES } from './harness/demo-accounts';
import {
  autotaskPo,
  connectInOptionsPage,
  DISTRIBUTOR_CASES,
  money,
  otherCases,
  vendorRow,
} from './harness/distributors';
import { sendFromExtensionPage } from './harness/messages';
import { screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { distributorCard, sidebarFrame } from './harness/user';
import { eventually } from './harness/wait';

for (const d of DISTRIBUTOR_CASES) {
  describe(`${d.label} journeys`, () => {
    let session: Session;
    let options: Page;

    before(async () => {
      session = await startSession();
      try {
        options = await connectInOptionsPage(() => session.browser.openExtensionPage('options.html'), [d]);
      } catch (error) {
        await session.close();
        throw error;
      }
    });
    after(async () => {
      await session?.close();
    });

    const others = otherCases(d);

    async function openPo(): Promise<{ page: Page; sidebar: Frame }> {
      const page = await session.browser.context.newPage();
      await page.goto(PAGES.purchaseOrderById(d.poId));
      const sidebar = await sidebarFrame(page, session.browser.extensionId, 15_000);
      await sidebar
        .getByRole('heading', { name: `Purchase order ${d.poNumber}` })
        .waitFor({ timeout: 15_000 });
      return { page, sidebar };
    }

    async function setTemplate(id: 'order-status' | 'product-sync'): Promise<void> {
      // A template that is off writes nothing, Run now included (issue 11 §1).
      const on = await sendFromExtensionPage(options, 'templates.setEnabled', { id, enabled: true });
      assert.ok(on.ok, JSON.stringify(on));
    }

    async function templateView() {
      const reply = await sendFromExtensionPage(options, 'templates.list', {});
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value.find((t) => t.id === 'order-status');
    }

    /** `Run now` for Get Order Status, then wait until the run has ended successfully. */
    async function statusRun(): Promise<void> {
      await setTemplate('order-status');
      const before = await templateView();
      const started = await sendFromExtensionPage(options, 'templates.runNow', { id: 'order-status' });
      assert.deepEqual(started, { ok: true, value: { started: true } });
      await eventually(
        templateView,
        (v) => v !== undefined && !v.running && v.lastRunAt !== before?.lastRunAt,
        { timeoutMs: 30_000, what: 'the Get Order Status run to end' },
      );
      const view = await templateView();
      assert.equal(view?.lastResult, 'success', JSON.stringify(view));
    }

    test(`only ${d.label} is connected, with its vendor company`, async () => {
      const card = distributorCard(options, d.id);
      await card.getByText(`Saved: ${d.vendorName}.`).waitFor();
      for (const other of others) {
        const otherCard = distributorCard(options, other.id);
        assert.equal(
          await otherCard.getByRole('button', { name: 'Connect', exact: true }).count(),
          1,
          `${other.label} stays unconnected`,
        );
      }
    });

    test(`order: a user submits ${d.poNumber} → exactly one ${d.label} order, written back`, async () => {
      const { page, sidebar } = await openPo();
      // The sidebar offers d, and only d: the PO's vendor decides its distributor.
      const submit = sidebar.getByRole('button', { name: `Submit to ${d.label}` });
      await submit.waitFor({ timeout: 15_000 });
      for (const other of others) {
        assert.equal(await sidebar.getByRole('button', { name: `Submit to ${other.label}` }).count(), 0);
      }
      // The check asks d: each line card shows d's price.
      for (const sku of d.skus) {
        const figure = sidebar
          .getByRole('listitem', { name: `Line ${sku}` })
          .locator('dl.line-figures > div')
          .filter({ has: sidebar.getByText(`${d.label} price`, { exact: true }) })
          .locator('dd');
        await eventually(
          async () => (await figure.textContent())?.trim(),
          (text) => text === money(d.priceOf(session.sandbox, sku)),
          { what: `${d.label}'s price on line ${sku}`, timeoutMs: 20_000 },
        );
      }

      const opened = session.browser.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('/review.html'),
        timeout: 15_000,
      });
      await submit.click();
      const review = await opened;
      const confirm = review.getByRole('button', { name: 'Confirm order' });
      await confirm.waitFor({ timeout: 15_000 });
      // Usable once the window has been in front for a second (issue 11 §1).
      await eventually(
        () => confirm.isEnabled(),
        (enabled) => enabled,
        { timeoutMs: 15_000, what: 'Confirm order to be enabled' },
      );
      await confirm.click();
      await review
        .getByRole('status')
        .filter({ hasText: `${d.label} order` })
        .waitFor({ timeout: 30_000 });

      // Exactly one order, at d, with the PO's lines and the derived PO number; nothing elsewhere.
      const orders = d.ordersIn(session.sandbox);
      assert.equal(orders.length, 1, `exactly one ${d.label} order: ${JSON.stringify(orders)}`);
      const order = orders[0]!;
      assert.equal(order.poNumber, d.distributorPoNumber);
      const autotask = autotaskPo(session.sandbox, d);
      assert.deepEqual(
        order.lines.map((l) => [l.sku, l.quantity]).sort(),
        autotask.lines.map((l) => [l.sku, l.quantity]).sort(),
      );
      assert.deepEqual([...autotask.lines.map((l) => l.sku)].sort(), [...d.skus].sort());
      for (const other of others) {
        assert.deepEqual(other.ordersIn(session.sandbox), [], `no order at ${other.label}`);
      }
      assert.ok(order.orderNumbers.length >= 1);

      // The sidebar shows the order; Autotask holds d's order number(s) and the new status.
      await sidebar
        .getByRole('region', { name: 'Ordered' })
        .getByText(order.orderNumbers.join(', '), { exact: true })
        .waitFor({ timeout: 15_000 });
      const written = await eventually(
        async () => autotaskPo(session.sandbox, d),
        (po) => po.status === 'Submitted',
        { what: 'the PO written back', timeoutMs: 15_000 },
      );
      for (const n of order.orderNumbers) {
        assert.ok(written.externalPONumber.includes(n), `PO field "${written.externalPONumber}" holds ${n}`);
      }
      await screenshot(page, `distributor-${d.id}-po-submitted`);
      await review.close().catch(() => {});
      await page.close();
    });

    test(`status: ${d.label} ships the order → Get Order Status writes shipment and tracking`, async () => {
      // The user maps the statuses in Options (the mapping is shared by every distributor).
      await options.reload();
      await options.getByRole('table', { name: 'Status mapping' }).waitFor({ timeout: 15_000 });
      await options
        .getByRole('combobox', { name: 'Accepted', exact: true })
        .selectOption({ label: 'Submitted' });
      await options.getByRole('combobox', { name: 'Partially shipped' }).selectOption({ label: 'Note only' });
      await options
        .getByRole('combobox', { name: 'Shipped', exact: true })
        .selectOption({ label: 'Note only' });
      await options.getByRole('button', { name: 'Save order status settings' }).click();
      await options.getByRole('status').filter({ hasText: 'Order status settings saved.' }).waitFor();

      const marker = `--- ${d.label} (kept up to date by Autotask Bridge) ---`;
      // 1. Half of each line leaves d's warehouse.
      d.ship(session.sandbox, d.distributorPoNumber, 'half');
      await statusRun();
      const partial = await d.trackingNumbers(session.sandbox, d.distributorPoNumber);
      assert.ok(partial.length > 0, `${d.label} reports tracking numbers`);
      let po = autotaskPo(session.sandbox, d);
      assert.ok(po.memo.includes(marker), `the memo block is ${d.label}'s:\n${po.memo}`);
      assert.match(po.memo, new RegExp(`Distributor PO ${d.distributorPoNumber}: Partially shipped`));
      for (const number of partial) assert.ok(po.memo.includes(number), `tracking ${number} in the PO memo`);
      for (const other of others) {
        assert.ok(!po.memo.includes(`--- ${other.label} (`), `no ${other.label} block in the memo`);
      }

      // 2. The rest ships.
      d.ship(session.sandbox, d.distributorPoNumber, 'rest');
      await statusRun();
      const all = await d.trackingNumbers(session.sandbox, d.distributorPoNumber);
      assert.ok(all.length > partial.length, 'the second shipment adds tracking numbers');
      po = autotaskPo(session.sandbox, d);
      assert.match(po.memo, new RegExp(`Distributor PO ${d.distributorPoNumber}: Shipped`));
      for (const number of all) assert.ok(po.memo.includes(number), `tracking ${number} in the PO memo`);

      // The sidebar's timeline shows the shipment too.
      const { page, sidebar } = await openPo();
      await sidebar.getByRole('heading', { name: 'Order status' }).waitFor({ timeout: 15_000 });
      const timeline = sidebar.getByRole('list', { name: /^Timeline of order / });
      await timeline.first().waitFor({ timeout: 15_000 });
      const steps = (await timeline.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
      assert.ok(
        steps.some((t) => /Shipped/.test(t)),
        steps.join(' | '),
      );
      await screenshot(page, `distributor-${d.id}-po-shipped`);
      await page.close();
    });

    test(`product sync: the product page shows ${d.label}'s card and Sync now writes its price`, async () => {
      const price = d.priceOf(session.sandbox, d.productSku);
      const row = vendorRow(session.sandbox, d.productId, d.vendorId);
      assert.ok(row, `product ${d.productId} has a ${d.label} vendor row`);
      assert.equal(row.vendorPartNumber, d.productSku);
      assert.notEqual(row.vendorCost, price, 'the sync has something to write');
      const otherRows = others.map((o) => vendorRow(session.sandbox, d.productId, o.vendorId));
      const otherCosts = otherRows.map((r) => r?.vendorCost);

      const page = await session.browser.context.newPage();
      await page.goto(PAGES.product(d.productId));
      const sidebar = await sidebarFrame(page, session.browser.extensionId, 15_000);
      const cards = sidebar.getByRole('group', { name: 'Distributors' }).getByRole('region');
      const card = cards.filter({ has: sidebar.getByRole('heading', { name: d.label, exact: true }) });
      await card.waitFor({ timeout: 15_000 });
      assert.equal(await cards.count(), 1, 'one price card: only the connected distributor');
      await card.getByText(d.productSku, { exact: true }).waitFor({ timeout: 10_000 });
      await card.getByText(money(price), { exact: true }).waitFor({ timeout: 10_000 });

      await setTemplate('product-sync');
      const opened = session.browser.context.waitForEvent('page', {
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

      const after = vendorRow(session.sandbox, d.productId, d.vendorId);
      assert.equal(after?.vendorCost, price, `${d.label}'s price in its own vendor row`);
      assert.deepEqual(
        others.map((o) => vendorRow(session.sandbox, d.productId, o.vendorId)?.vendorCost),
        otherCosts,
        'the other distributors’ rows are untouched',
      );
      await screenshot(page, `distributor-${d.id}-product`);
      await page.close();
    });
  });
}
