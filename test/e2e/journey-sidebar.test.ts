// Issue 10 §3 and §5 as a technician meets them in the sidebar (380 px, the real extension in
// Chromium against the sandbox): an invalid-SKU line's reason and fix in its own card with nothing
// to scroll sideways; progress while TD SYNNEX answers, with the buttons disabled; after Confirm the
// sidebar reads "Ordered" with the order numbers and the page's badges follow, without a reload; a
// PO of another vendor and a cancelled PO say so plainly; Disconnect TD SYNNEX takes the badges away.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO } from './harness/demo-accounts';
import { connectedSessionForTests } from './harness/session-for-tests';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { BELOW, openPo, shoot, tdsynnexStatusDone } from './journey-sidebar-world';
import { PO } from './submit-world';

const CANCELLED_PO = 1045;
const OTHER_VENDOR_PO = 1046;

describe('the sidebar shows the problem where the line is', () => {
  const world = connectedSessionForTests();

  test('an invalid-SKU line shows its reason and fix in its card, nothing scrolls sideways', async () => {
    const db = world.session.sandbox.autotask.db;
    const ci = DEMO.autotask.tenantId;
    const row = db.rows(ci, 'ProductVendors').find((v) => v.vendorPartNumber === PO.skus[2])!;
    const bad = 'NOSUCH-77001';
    db.update(ci, 'ProductVendors', row.id, { vendorPartNumber: bad });
    const { page, sidebar } = await openPo(world.session, PO.id);
    try {
      await tdsynnexStatusDone(sidebar);
      const card = sidebar.getByRole('listitem', { name: `Line ${bad}` });
      const frame = { frame: sidebar, ...BELOW };
      await expectVisibleToUser(card.getByText('Invalid SKU', { exact: true }), frame);
      await expectVisibleToUser(card.getByText(`TD SYNNEX does not know SKU ${bad}.`), frame);
      await expectVisibleToUser(card.getByText(/^Run Product Sync so the product carries/), frame);
      await expectVisibleToUser(card.getByRole('button', { name: 'Run Product Sync' }), frame);
      // The fix sits right under the line, not a screen away: the card is not a tall blank block.
      const box = (await card.boundingBox())!;
      assert.ok(box.height < 400, `the invalid line's card is ${Math.round(box.height)} px tall`);
      for (const sku of PO.skus.slice(0, 2)) {
        const other = sidebar.getByRole('listitem', { name: `Line ${sku}` });
        await expectVisibleToUser(other.getByText('TD SYNNEX price'), frame);
        await expectVisibleToUser(other.getByText('Stock'), frame);
      }
      await expectNoSidewaysScroll(sidebar);
      await expectNoGenericError(sidebar, ['invalid-sku']);
      await shoot(page, 'invalid-sku');
    } finally {
      db.update(ci, 'ProductVendors', row.id, { vendorPartNumber: PO.skus[2] });
      await page.close();
    }
  });

  test('while TD SYNNEX answers the sidebar says what it asks, and the buttons wait', async () => {
    const knobs = world.session.sandbox.tdsynnex.knobs;
    knobs.latencyMs = 4_000;
    const { page, sidebar } = await openPo(world.session, PO.id);
    try {
      const waiting = sidebar.getByText(
        `Asking TD SYNNEX for price and availability of ${PO.skus.length} lines…`,
      );
      await expectVisibleToUser(waiting, { frame: sidebar });
      for (const name of ['Check price and availability', 'Submit to TD SYNNEX']) {
        assert.equal(await sidebar.getByRole('button', { name }).isDisabled(), true, `${name} disabled`);
      }
      await shoot(page, 'waiting');
      knobs.latencyMs = 0;
      await tdsynnexStatusDone(sidebar);
      assert.equal(await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).isEnabled(), true);
      await expectNoSidewaysScroll(sidebar);
    } finally {
      knobs.latencyMs = 0;
      await page.close();
    }
  });

  test('a PO of another vendor and a cancelled PO say so plainly, with no Submit', async () => {
    const other = await openPo(world.session, OTHER_VENDOR_PO);
    try {
      await expectVisibleToUser(
        other.sidebar.getByText(/^This purchase order is for .+, which stands for no distributor/),
        { frame: other.sidebar },
      );
      assert.equal(await other.sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).count(), 0);
      assert.equal(await other.sidebar.getByText(/not the TD SYNNEX vendor/).count(), 0);
      await expectNoSidewaysScroll(other.sidebar);
      await shoot(other.page, 'other-vendor');
    } finally {
      await other.page.close();
    }
    const cancelled = await openPo(world.session, CANCELLED_PO);
    try {
      await expectVisibleToUser(cancelled.sidebar.getByText('This purchase order is cancelled.'), {
        frame: cancelled.sidebar,
      });
      assert.equal(await cancelled.sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).count(), 0);
      assert.equal(await cancelled.sidebar.getByText('Cannot submit yet').count(), 0);
      await expectNoGenericError(cancelled.sidebar);
      await shoot(cancelled.page, 'cancelled');
    } finally {
      await cancelled.page.close();
    }
  });
});
