// Issue 3 §3: the outbox record is the idempotency anchor — one per PO number, never overwritten,
// and every state change a compare-and-set.
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../lib/orders/outbox';
import type { NewOrderRecord } from '../../../lib/orders/outbox';
import { freshDb } from '../db/fresh-db';

beforeEach(freshDb);

const intent: NewOrderRecord = {
  poNumber: 'AT684213-1042',
  poId: 1042,
  tenantId: 684213,
  attempt: 1,
  origin: 'manual',
  allowBackorder: true,
  shipTo: { name: 'A', address1: 'B', city: 'C', state: 'CT', postalCode: '06103', country: 'US' },
  lines: [{ itemId: 1, sku: '5432101', quantity: 2 }],
};

describe('the outbox', () => {
  it('commits an intent once; a second intent for the same PO number gets the first record back', async () => {
    const outbox = createOutbox();
    const first = await outbox.addIntent(intent, 1);
    const second = await outbox.addIntent({ ...intent, lines: [] }, 2);
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, record: { createdAt: 1, lines: intent.lines } });
  });

  it('moves a record only from the states it is expected to be in', async () => {
    const outbox = createOutbox();
    await outbox.addIntent(intent, 1);
    expect(await outbox.transition(intent.poNumber, ['intent'], { state: 'submitting' }, 2)).toMatchObject({
      state: 'submitting',
      updatedAt: 2,
    });
    // A second claim of the same intent (another tab) fails.
    expect(await outbox.transition(intent.poNumber, ['intent'], { state: 'submitting' }, 3)).toBeUndefined();
    expect((await outbox.inState('submitting')).map((r) => r.poNumber)).toEqual([intent.poNumber]);
  });

  it('lists a PO’s attempts in order and the accepted records still to write back', async () => {
    const outbox = createOutbox();
    await outbox.addIntent({ ...intent, poNumber: 'AT684213-1042-R2', attempt: 2 }, 1);
    await outbox.addIntent(intent, 1);
    expect((await outbox.forPurchaseOrder(1042)).map((r) => r.attempt)).toEqual([1, 2]);
    await outbox.transition(intent.poNumber, ['intent'], { state: 'accepted', writeBack: 'pending' }, 2);
    expect((await outbox.pendingWriteBacks()).map((r) => r.poNumber)).toEqual([intent.poNumber]);
  });
});
