// Issue 10 §4 in real Chromium: the service worker is stopped (CDP ServiceWorker.stopAllWorkers) while
// it handles the review window's Confirm, so the message channel closes with no answer. The window
// shows "Resuming…", re-sends the same Confirm by itself (the background is idempotent per PO number)
// and ends with the result — never the generic "did not answer" — and TD SYNNEX holds one order.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Session } from './harness/session';
import { expectNoGenericError, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';
import { CONFIRM, openReviewWindow, orderRequests, shoot, start } from './review-world';
import { acceptedOrders } from './submit-world';

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
      await expectVisibleToUser(review.getByText(/^Resuming…/), {
        timeoutMs: 10_000,
        allowVerticalScroll: true,
      });
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
