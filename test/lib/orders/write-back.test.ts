// Issue 3 §2–§3: the write-back is resumable (it stays pending in the outbox until every write has
// landed, and repeats none that did) and flags lines changed in Autotask since the snapshot.
import { beforeEach, describe, expect, it } from 'vitest';
import { changedSinceSnapshot, mergeOrderNumbers } from '../../../lib/orders/write-back';
import { freshDb } from '../db/fresh-db';
import { orderWorld, PO_ID, PO_NUMBER } from './world';

beforeEach(freshDb);

describe('the write-back to Autotask', () => {
  it('stays pending when Autotask fails, and the next recovery finishes it without a second order', async () => {
    const world = orderWorld();
    const browser = world.browser();
    // Autotask refuses every write for a while (a PATCH answered 500).
    let refuse = true;
    const original = world.autotask.fetch.bind(world.autotask);
    world.autotask.fetch = async (req: Request) =>
      refuse && req.method === 'PATCH' ? new Response('{"errors":["down"]}', { status: 500 }) : original(req);

    const first = await browser.start().submit({ poId: PO_ID, allowBackorder: true });
    expect(first).toMatchObject({ state: 'accepted', writeBack: 'failed' });
    expect((await world.autotaskPo()).submitted).toBe(false);

    refuse = false;
    const patchesBefore = world.autotask.requests.filter((r) => r.method === 'PATCH').length;
    await browser.start().recover();
    const after = await browser.start().state(PO_ID);
    expect(after).toMatchObject({ state: 'accepted', writeBack: 'done', linesChanged: false });
    const po = await world.autotaskPo();
    expect(po.submitted).toBe(true);
    expect(po.externalPONumber).toBe(first.orderNumbers.join(', '));
    expect(world.acceptedOrders()).toHaveLength(1);
    // One PO PATCH and one per item ETA: nothing written twice.
    const patches = world.autotask.requests.filter((r) => r.method === 'PATCH').length - patchesBefore;
    expect(patches).toBe(1 + po.items.length);
    await browser.start().recover();
    expect(world.autotask.requests.filter((r) => r.method === 'PATCH').length - patchesBefore).toBe(patches);
  });

  it('flags lines changed in Autotask since the snapshot instead of hiding them', async () => {
    const world = orderWorld();
    const browser = world.browser();
    const service = browser.start();
    const record = await service.submit({ poId: PO_ID, allowBackorder: true });
    expect(record.linesChanged).toBe(false);
    // Someone changes a quantity in Autotask; the write-back (resumed) notices.
    const item = world.autotask.db.rows(684213, 'PurchaseOrderItems').find((i) => i.orderID === PO_ID)!;
    item.quantity = Number(item.quantity) + 1;
    await browser.outbox.transition(PO_NUMBER, ['accepted'], { writeBack: 'pending' }, Date.now());
    await browser.start().recover();
    expect(await browser.start().state(PO_ID)).toMatchObject({ linesChanged: true, writeBack: 'done' });
  });

  it.each([
    [null, ['1'], '1'],
    ['', ['1', '2'], '1, 2'],
    ['1', ['1', '2'], '1, 2'],
    ['note; 7', ['8'], 'note, 7, 8'],
  ])('merges %j with the order numbers %j into %j', (current, numbers, merged) => {
    expect(mergeOrderNumbers(current, numbers)).toBe(merged);
  });

  it('sees added, removed and re-quantified lines', () => {
    const lines = [{ itemId: 1, sku: 'a', quantity: 2 }];
    expect(changedSinceSnapshot({ lines }, [{ id: 1, quantity: 2 }])).toBe(false);
    expect(changedSinceSnapshot({ lines }, [{ id: 1, quantity: 3 }])).toBe(true);
    expect(changedSinceSnapshot({ lines }, [])).toBe(true);
    expect(
      changedSinceSnapshot({ lines }, [
        { id: 1, quantity: 2 },
        { id: 2, quantity: 1 },
      ]),
    ).toBe(true);
  });
});
