// Issue 12: the PO's vendor decides its distributor. A PO of the second distributor's vendor is
// checked, submitted, labelled and recorded with THAT distributor's adapter; a PO of a vendor that
// stands for no distributor is never checked or sent. Side by side: the other connected
// distributor's offers, gathered in one batched request. A second TD SYNNEX simulator stands in for
// the second distributor (only a second adapter is needed, not a second protocol).
import { beforeEach, describe, expect, it } from 'vitest';
import { distributorLabel } from '../../../lib/distributor/registry';
import { freshDb } from '../db/fresh-db';
import { DEMO, FIRST, orderWorld, PO_ID, SECOND } from './world';

beforeEach(freshDb);

const OTHER_PO = DEMO.purchaseOrders.otherVendor; // vendor: the demo tenant's "Ingram Micro" company
const OTHER_PRODUCT = DEMO.firstProductId + 20;
/** A SKU both simulators know; PO 1046's product gets it as its second-distributor vendor row. */
const SECOND_SKU = '5432150';

function secondWorld() {
  const world = orderWorld({ second: true });
  const row = world.autotask.db
    .rows(DEMO.ci, 'ProductVendors')
    .find((r) => r.productID === OTHER_PRODUCT && r.vendorID === DEMO.ingramVendorId)!;
  world.autotask.db.update(DEMO.ci, 'ProductVendors', row.id as number, { vendorPartNumber: SECOND_SKU });
  return { ...world, second: world.second! };
}

const prices = (sim: { requests: { operation: string }[] }) =>
  sim.requests.filter((r) => r.operation === 'price').length;
const orders = (sim: { requests: { operation: string }[] }) =>
  sim.requests.filter((r) => r.operation === 'order').length;

describe('routing by the PO’s vendor', () => {
  it('checks and submits a PO of the second distributor’s vendor with that distributor, under its label', async () => {
    const world = secondWorld();
    const service = world.browser().start();

    const check = await service.check(OTHER_PO);
    expect(check.distributor).toEqual({ id: SECOND, label: distributorLabel(SECOND) });
    expect(check.lines.map((l) => l.sku)).toEqual([SECOND_SKU]);
    expect(check.lines[0]!.distributorPrice).toBe(world.second.catalogue.get(SECOND_SKU)!.price);
    expect(check.blocking).toEqual([]);
    expect(prices(world.second)).toBe(1);

    const view = await service.submit({ poId: OTHER_PO, allowBackorder: true });
    expect(view).toMatchObject({
      state: 'accepted',
      distributor: { id: SECOND, label: distributorLabel(SECOND) },
    });
    expect(view.message).toContain(`${distributorLabel(SECOND)} order`);
    expect(orders(world.second)).toBe(1);
    expect(orders(world.tdsynnex)).toBe(0);
    const [record] = await service.outbox.forPurchaseOrder(OTHER_PO);
    expect(record?.distributor).toBe(SECOND);
  });

  it('settles an interrupted record with the distributor it was sent to', async () => {
    const world = secondWorld();
    const browser = world.browser();
    // The worker stops right after the order went out: the record is left 'submitting'.
    const first = browser.start({
      step: (name) => {
        if (name === 'response-received') throw new Error('worker stopped');
      },
    });
    await expect(first.submit({ poId: OTHER_PO, allowBackorder: true })).rejects.toThrow('worker stopped');
    expect(orders(world.second)).toBe(1);

    const restarted = browser.start();
    await restarted.recover();
    const state = await restarted.state(OTHER_PO);
    expect(state).toMatchObject({ state: 'accepted', distributor: { id: SECOND } });
    // Adopted by a lookup at the second distributor; never sent again, never asked of the first.
    expect(orders(world.second)).toBe(1);
    expect(world.second.requests.filter((r) => r.operation === 'status').length).toBeGreaterThan(0);
    expect(world.tdsynnex.requests.filter((r) => r.operation === 'status')).toEqual([]);
  });

  it('offers nothing for a PO whose vendor stands for no distributor, and sends nothing', async () => {
    const world = orderWorld(); // the second distributor has no vendor company here
    const service = world.browser().start();

    await expect(service.check(OTHER_PO)).rejects.toMatchObject({ code: 'not-distributor-vendor' });
    await expect(service.submit({ poId: OTHER_PO, allowBackorder: true })).rejects.toMatchObject({
      code: 'not-distributor-vendor',
    });
    expect(world.tdsynnex.requests.filter((r) => r.operation === 'order' || r.operation === 'price')).toEqual(
      [],
    );
    expect(await service.state(OTHER_PO)).toBeNull();
  });
});

describe('side by side', () => {
  it('asks the other connected distributor once for all lines and marks the better offer', async () => {
    const world = secondWorld();
    // The second distributor sells 5432102 for less.
    const cheaper = world.second.catalogue.get('5432102')!;
    const ownPrice = world.tdsynnex.catalogue.get('5432102')!.price;
    cheaper.price = Math.round((ownPrice - 10) * 100) / 100;

    const check = await world.browser().start().check(PO_ID);

    expect(check.distributor?.id).toBe(FIRST);
    expect(prices(world.tdsynnex)).toBe(1);
    expect(prices(world.second)).toBe(1); // one batched request, not one per line
    const [line1, line2, line3] = check.lines;
    // 5432101's vendor row for the second distributor names a SKU it does not list: no offer.
    expect(line1!.offers).toBeUndefined();
    // The others are looked up by manufacturer part number.
    expect(line2!.offers).toEqual([
      expect.objectContaining({ distributor: SECOND, label: distributorLabel(SECOND), price: cheaper.price }),
    ]);
    expect(line2!.best).toBe(SECOND);
    expect(line2!.bestNote).toMatch(
      new RegExp(
        `^${distributorLabel(SECOND)} has \\d+ in stock at [\\d,.]+, 10\\.00 less per unit than ${distributorLabel(FIRST)}\\.$`,
      ),
    );
    // Same price and stock: the PO's distributor stays the choice, and nothing is said.
    expect(line3!.best).toBe(FIRST);
    expect(line3!.bestNote).toBeUndefined();
    // Side by side never blocks a submission.
    expect(check.blocking).toEqual([]);
  });

  it('changes nothing when only one distributor is connected', async () => {
    const world = orderWorld();
    const check = await world.browser().start().check(PO_ID);
    for (const line of check.lines) {
      expect(line.offers).toBeUndefined();
      expect(line.best).toBeUndefined();
    }
  });

  it('leaves the other distributor out when it fails, and the check still answers', async () => {
    const world = secondWorld();
    world.second.faults.failNext(50, 503, 'price');
    const check = await world.browser().start().check(PO_ID);
    expect(check.blocking).toEqual([]);
    expect(check.lines.every((l) => l.offers === undefined)).toBe(true);
  });
});
