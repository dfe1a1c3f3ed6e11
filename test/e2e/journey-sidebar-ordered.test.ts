// (Split from journey-sidebar.test.ts to stay under the e2e runner's per-file time limit.)
// Issue 10 §3 and §5 as a technician meets them in the sidebar (380 px, the real extension in
// Chromium against the sandbox): an invalid-SKU line's reason and fix in its own card with nothing
// to scroll sideways; progress while TD SYNNEX answers, with the buttons disabled; after Confirm the
// sidebar reads "Ordered" with the order numbers and the page's badges follow, without a reload; a
// PO of another vendor and a cancelled PO say so plainly; Disconnect TD SYNNEX takes the badges away.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { connectedSessionForTests } from './harness/session-for-tests';
import { section } from './harness/user';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';
import { BELOW, openPo, shoot, tdsynnexStatusDone } from './journey-sidebar-world';
import { acceptedOrders, inlineBadges, PO } from './submit-world';

describe('the sidebar and the badges follow an order and a disconnect', () => {
  const world = connectedSessionForTests();

  test('after Confirm the sidebar reads Ordered with the order numbers and the badges follow, no reload', async () => {
    const { page, sidebar } = await openPo(world.session, PO.id);
    try {
      await tdsynnexStatusDone(sidebar);
      await eventually(
        () => inlineBadges(page).count(),
        (n) => n === PO.skus.length,
        { what: 'one inline badge per SKU', timeoutMs: 15_000 },
      );
      await sidebar.getByText(`No activity for ${PO.number} yet.`).waitFor({ timeout: 10_000 });
      const opened = world.session.browser.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('/review.html'),
        timeout: 20_000,
      });
      await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).click();
      const review = await opened;
      await review.getByRole('button', { name: 'Confirm order' }).click({ timeout: 30_000 });
      await review.getByRole('region', { name: 'Order placed' }).waitFor({ timeout: 30_000 });

      const numbers = [
        ...new Set(
          acceptedOrders(world.session)[0]!.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : [])),
        ),
      ];
      const ordered = sidebar.getByRole('region', { name: 'Ordered' });
      await ordered.getByText(numbers.join(', '), { exact: true }).waitFor({ timeout: 10_000 });
      await expectVisibleToUser(ordered.getByText(numbers.join(', '), { exact: true }), {
        frame: sidebar,
        ...BELOW,
      });
      await sidebar
        .getByText(/Review the order in the window that opened/)
        .waitFor({ state: 'detached', timeout: 10_000 });
      await sidebar
        .getByText(`No activity for ${PO.number} yet.`)
        .waitFor({ state: 'detached', timeout: 10_000 });
      assert.equal(await sidebar.getByText(/Already ordered/).count(), 0, 'no red "Already ordered"');
      assert.equal(await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).count(), 0);
      // The page's own grid: every badge says ordered, with its order number.
      await eventually(
        () => inlineBadges(page).allTextContents(),
        (texts) => texts.length === PO.skus.length && texts.every((t) => /^TD SYNNEX: ordered \S+/.test(t)),
        { what: 'inline badges saying ordered', timeoutMs: 10_000 },
      );
      await expectNoSidewaysScroll(sidebar);
      await expectNoGenericError(sidebar);
      await shoot(page, 'ordered');
      if (!review.isClosed()) await review.close();
    } finally {
      await page.close();
    }
  });

  test('Disconnect TD SYNNEX takes the page badges away, without a reload', async () => {
    const { page, sidebar } = await openPo(world.session, PO.id);
    try {
      await sidebar.getByRole('region', { name: 'Ordered' }).waitFor({ timeout: 15_000 });
      await eventually(
        () => inlineBadges(page).count(),
        (n) => n === PO.skus.length,
        { what: 'the badges before Disconnect', timeoutMs: 15_000 },
      );
      const options = await world.session.browser.openExtensionPage('options.html');
      const tdsynnex = section(options, 'TD SYNNEX');
      await tdsynnex.getByRole('button', { name: 'Disconnect' }).click();
      await tdsynnex.getByRole('button', { name: /Yes, disconnect/ }).click();
      await tdsynnex.getByRole('button', { name: 'Connect', exact: true }).waitFor({ timeout: 15_000 });
      await options.close();
      await eventually(
        () => inlineBadges(page).count(),
        (n) => n === 0,
        { what: 'no TD SYNNEX badges once disconnected', timeoutMs: 10_000 },
      );
    } finally {
      await page.close();
    }
  });
});
