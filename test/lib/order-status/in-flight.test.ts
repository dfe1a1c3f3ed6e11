// The popup's "Orders in flight" must include an order placed a moment ago (issue 10 §3), before any
// status run has looked it up — and list it once when one has.
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../lib/orders/outbox';
import type { NewOrderRecord } from '../../../lib/orders/outbox';
import { saveTracked } from '../../../lib/order-status/tracked';
import { NOT_CHECKED_YET, ordersInFlight } from '../../../lib/order-status/views';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9);

const intent: NewOrderRecord = {
  poNumber: 'AT684213-1042',
  poId: 1042,
  tenantId: 684213,
  lines: [{ itemId: 1, sku: '5432101', quantity: 2 }],
  attempt: 1,
  shipTo: {
    name: 'Contoso',
    address1: '1 Main St',
    city: 'Seattle',
    state: 'WA',
    postalCode: '98101',
    country: 'US',
  },
  allowBackorder: false,
  origin: 'manual',
};

async function placeOrder(state: 'accepted' | 'submitting') {
  const outbox = createOutbox();
  await outbox.addIntent(intent, T0);
  await outbox.transition(intent.poNumber, ['intent'], { state: 'submitting' }, T0 + 1_000);
  if (state === 'accepted') {
    await outbox.transition(
      intent.poNumber,
      ['submitting'],
      { state: 'accepted', orderNumbers: ['40981234'] },
      T0 + 2_000,
    );
  }
}

describe('ordersInFlight', () => {
  beforeEach(freshDb);

  it('includes an order TD SYNNEX just accepted, before any status run', async () => {
    await placeOrder('accepted');
    const [order, ...rest] = await ordersInFlight();
    expect(rest).toEqual([]);
    expect(order).toMatchObject({
      poNumber: 'AT684213-1042',
      poId: 1042,
      statusLabel: NOT_CHECKED_YET,
      finished: false,
      orders: [{ orderNumber: '40981234' }],
    });
  });

  it('does not list an order still being sent', async () => {
    await placeOrder('submitting');
    expect(await ordersInFlight()).toEqual([]);
  });

  it('lists an order once, as the status run saw it, when it is tracked', async () => {
    await placeOrder('accepted');
    await saveTracked({
      poNumber: 'AT684213-1042',
      poId: 1042,
      tenantId: 684213,
      orderNumbers: ['40981234'],
      status: 'SHIPPED',
      finished: false,
      checkedAt: T0 + 60_000,
      orders: [],
      lines: [],
      issues: [],
    });
    const orders = await ordersInFlight();
    expect(orders.map((o) => [o.poNumber, o.statusLabel])).toEqual([['AT684213-1042', 'Shipped']]);
  });
});
