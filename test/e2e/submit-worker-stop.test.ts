// Issue 3 "Must show": Chromium stops the service worker (CDP ServiceWorker.stopAllWorkers) while
// TD SYNNEX is still processing the order. The record is left in 'submitting'; the next worker
// settles it by an order-status lookup only — adopting the order — and finishes the write-back.
// Exactly one order, never a resend.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSession } from './harness/session';
import type { Session } from './harness/session';
import { eventually, sleep } from './harness/wait';
import {
  acceptedOrders,
  autotaskPo,
  connectWithCanary,
  DISTRIBUTOR_PO_NUMBER,
  openPoPage,
  openReview,
} from './submit-world';

let session: Session;
before(async () => {
  session = await startSession();
  await connectWithCanary(session);
});
after(async () => {
  await session?.close();
});

test('a worker stopped mid-submission leaves one order, adopted by lookup after the restart', async () => {
  const { page, sidebar } = await openPoPage(session);
  const review = await openReview(session, sidebar);

  // TD SYNNEX takes 4 s to answer; the worker is stopped while the order request is in flight.
  session.sandbox.tdsynnex.knobs.latencyMs = 4_000;
  const ordersBefore = session.sandbox.tdsynnex.requests.length;
  await review.getByRole('button', { name: 'Confirm order' }).click();
  await eventually(
    async () => session.sandbox.requests.filter((r) => /tdsynnex\.com\/SynnexXML\/PO/i.test(r.url)).length,
    (n) => n >= 2, // the pre-submit lookup, then the order itself
    { timeoutMs: 15_000, what: 'the order request to reach TD SYNNEX' },
  );
  await session.browser.stopServiceWorker();
  await sleep(5_000); // TD SYNNEX finishes creating the order; nobody hears the answer
  session.sandbox.tdsynnex.knobs.latencyMs = 0;
  assert.equal(acceptedOrders(session).length, 1, 'TD SYNNEX created the order');
  const orderRequests = () =>
    session.sandbox.tdsynnex.requests.slice(ordersBefore).filter((r) => r.operation === 'order').length;
  assert.equal(orderRequests(), 1);
  await review.close();

  // A new worker: the sidebar's first order message settles the interrupted record by lookup.
  const restarted = await openPoPage(session);
  const numbers = [
    ...new Set(acceptedOrders(session)[0]!.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : []))),
  ];
  // Issue 10 §3: an ordered PO reads "Ordered" with its order numbers.
  await restarted.sidebar
    .getByRole('region', { name: 'Ordered' })
    .getByText(numbers.join(', '), { exact: true })
    .waitFor({ timeout: 30_000 });
  await eventually(
    async () => autotaskPo(session),
    (po) => po.status === 'Submitted',
    {
      timeoutMs: 15_000,
      what: 'the resumed write-back',
    },
  );
  const po = autotaskPo(session);
  for (const n of numbers) assert.ok(po.externalPONumber.includes(n));
  assert.equal(acceptedOrders(session).length, 1, 'still exactly one order');
  assert.equal(orderRequests(), 1, 'the order was never resent');
  assert.ok(
    session.sandbox.tdsynnex.requests.slice(ordersBefore).some((r) => r.operation === 'status'),
    'settled by an order-status lookup',
  );
  assert.equal(acceptedOrders(session)[0]!.poNumber, DISTRIBUTOR_PO_NUMBER);
  await restarted.page.close();
  await page.close();
});
