// Issue 3 §2–§3 through the order service, on both simulators: a check, a submission that writes
// back to Autotask, a refusal and its explicit re-submission, and the blocking problems.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import { DEMO, DEMO_SKUS, orderWorld, PO_ID, PO_NUMBER } from './world';

beforeEach(freshDb);

describe('the order service', () => {
  it('checks every line of PO-1042 in one price request and finds nothing blocking', async () => {
    const world = orderWorld();
    const service = world.browser().start();
    const check = await service.check(PO_ID);
    expect(check.lines.map((l) => l.sku)).toEqual(DEMO_SKUS);
    expect(check.blocking).toEqual([]);
    expect(world.tdsynnex.requests.filter((r) => r.operation === 'price')).toHaveLength(1);
    expect((await service.badges(PO_ID)).map((b) => b.sku)).toEqual(DEMO_SKUS);
  });

  it('submits PO-1042 once and writes the order numbers, the Submitted status and the ETAs back', async () => {
    const world = orderWorld();
    const view = await world.browser().start().submit({ poId: PO_ID, allowBackorder: true });
    expect(view.state).toBe('accepted');
    expect(view.writeBack).toBe('done');
    const orders = world.acceptedOrders();
    expect(orders).toHaveLength(1);
    expect(orders[0]!.poNumber).toBe(PO_NUMBER);
    expect(orders[0]!.lines.map((l) => [l.sku, l.quantity])).toEqual(
      view.lines.map((l) => [l.sku, l.quantity]),
    );
    expect(orders[0]!.shipTo).toMatchObject({ city: 'Hartford', state: 'CT', zip: '06103', country: 'US' });
    const po = await world.autotaskPo();
    expect(po.submitted).toBe(true);
    expect(po.externalPONumber?.split(', ').sort()).toEqual([...view.orderNumbers].sort());
    expect(view.message).toBe(`TD SYNNEX order ${view.orderNumbers.join(', ')}`);
    expect(po.items.every((item) => item.estimatedArrivalDate)).toBe(true);
  });

  it('a second Confirm of the same PO places no second order', async () => {
    const world = orderWorld();
    const service = world.browser().start();
    const first = await service.submit({ poId: PO_ID, allowBackorder: true });
    const second = await service.submit({ poId: PO_ID, allowBackorder: true });
    expect(second.orderNumbers).toEqual(first.orderNumbers);
    expect(world.acceptedOrders()).toHaveLength(1);
    expect((await service.check(PO_ID)).blocking.map((b) => b.code)).toEqual(['already-ordered']);
  });

  it('a refused order is re-submitted only explicitly, as -R2', async () => {
    const world = orderWorld();
    for (const sku of DEMO_SKUS) world.tdsynnex.catalogue.get(sku)!.stock = {};
    const service = world.browser().start();
    const refused = await service.submit({ poId: PO_ID, allowBackorder: false });
    expect(refused).toMatchObject({ state: 'rejected', canResubmit: true });
    expect((await world.autotaskPo()).submitted).toBe(false);

    const again = await service.submit({ poId: PO_ID, allowBackorder: false });
    expect(again.distributorPoNumber).toBe(PO_NUMBER);
    const resubmitted = await service.submit({ poId: PO_ID, allowBackorder: true, resubmit: true });
    expect(resubmitted).toMatchObject({ state: 'accepted', distributorPoNumber: `${PO_NUMBER}-R2` });
    expect(world.acceptedOrders().map((o) => o.poNumber)).toEqual([`${PO_NUMBER}-R2`]);
  });

  it.each([
    [DEMO.purchaseOrders.cancelled, 'po-closed'],
    [DEMO.purchaseOrders.receivedFull, 'po-closed'],
  ])('PO %i is blocked (%s) and nothing is sent', async (poId, code) => {
    const world = orderWorld();
    const service = world.browser().start();
    expect((await service.check(poId)).blocking.map((b) => b.code)).toContain(code);
    await expect(service.submit({ poId, allowBackorder: true })).rejects.toMatchObject({
      code: 'order-blocked',
    });
    expect(world.tdsynnex.requests.filter((r) => r.operation === 'order')).toEqual([]);
  });
});
