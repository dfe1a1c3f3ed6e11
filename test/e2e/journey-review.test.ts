// Issue 10 §5 and issue 11 §1 as a user meets them in the review window, in real Chromium against
// the sandbox: the price difference per line and in total with the drift warning; an out-of-stock
// line that needs an acknowledgement (and blocks without backorders); a click in the window's first
// second places nothing; Confirm → the orders (and why PO-1042 became two) and Close.
// The worker stopped mid-Confirm is journey-review-resume.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Session } from './harness/session';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { clickToClose } from './harness/user';
import { eventually } from './harness/wait';
import { autotaskUnitCost, CONFIRM, openReviewWindow, orderRequests, shoot, start } from './review-world';
import { acceptedOrders, PO } from './submit-world';

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
      await expectVisibleToUser(line.getByText(/\(\+20\.0\s%\)/), { allowVerticalScroll: true });
      await expectVisibleToUser(review.getByRole('row', { name: /Total/ }), { allowVerticalScroll: true });

      const ack = review.getByRole('checkbox', { name: /^Backorder \d+ of 5432102$/ });
      await expectVisibleToUser(ack, { allowVerticalScroll: true });
      await expectVisibleToUser(review.getByText(/SKU 5432102: out of stock/), { allowVerticalScroll: true });
      await review.waitForTimeout(1_500); // well past the one-second arming
      assert.equal(
        await review.getByRole('button', CONFIRM).isDisabled(),
        true,
        'unacknowledged: no Confirm',
      );
      await expectVisibleToUser(review.getByText('Tick the acknowledgement of the marked line first.'), {
        allowVerticalScroll: true,
      });
      await expectNoSidewaysScroll(review);
      await shoot(review, 'journey-review-drift');

      // Without backorders the line cannot be ordered at all: it says so, and there is no checkbox.
      await review.getByRole('checkbox', { name: 'Allow backorders' }).uncheck();
      await expectVisibleToUser(
        review.getByText(/Backorders are not allowed, so this line cannot be ordered/),
        {
          allowVerticalScroll: true,
        },
      );
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
      const clickConfirmSpot = async () => {
        const box = (await confirm.boundingBox())!;
        await review.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      };
      // The second click of a double-click that opened the window lands right away.
      const justShown = await confirm.isDisabled();
      await clickConfirmSpot();
      assert.equal(justShown, true, 'Confirm order is not clickable as the window appears');

      // The window loses focus (the user looks at another window): not clickable, and it says why.
      await eventually(
        () => confirm.isEnabled(),
        (enabled) => enabled,
        { what: 'arming', timeoutMs: 5_000 },
      );
      await review.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
      assert.equal(await confirm.isDisabled(), true, 'not in front: not clickable');
      await expectVisibleToUser(
        review.getByText(/Available once this window has been in front for a second/),
        {
          allowVerticalScroll: true,
        },
      );
      await clickConfirmSpot();
      // Back in front: a click right away places nothing either; the second starts again.
      await review.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
      await clickConfirmSpot();
      await review.waitForTimeout(500);
      assert.equal(orderRequests(session), 0, 'the early clicks placed nothing');
      assert.equal(acceptedOrders(session).length, 0);
      assert.equal(await review.getByRole('heading', { name: `Review order ${PO.number}` }).count(), 1);

      await confirm.click(); // Playwright waits until it is enabled, as a user would
      const result = review.getByRole('region', { name: 'Order placed' });
      await result.waitFor({ timeout: 30_000 });
      const numbers = [
        ...new Set(acceptedOrders(session)[0]!.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : []))),
      ];
      assert.equal(numbers.length, 2, 'the demo PO splits over two warehouses');
      await expectVisibleToUser(result.getByText(`TD SYNNEX order ${numbers.join(', ')}`));
      await expectVisibleToUser(
        result.getByText(
          /TD SYNNEX made 2 orders of this purchase order because its lines ship from different/,
        ),
      );
      for (const n of numbers) await expectVisibleToUser(result.getByText(`Order ${n}:`, { exact: false }));
      assert.equal(await review.getByRole('button', CONFIRM).count(), 0, 'no greyed Confirm order');
      await expectNoSidewaysScroll(review);
      await expectNoGenericError(review);
      await shoot(review, 'journey-review-result');
      assert.equal(acceptedOrders(session).length, 1);
      assert.equal(orderRequests(session), 1);

      await clickToClose(review, review.getByRole('button', { name: 'Close' }));
    } finally {
      await close();
    }
  });
});
