// Issue 5 §1: a status run finds the orders, maps their status, and writes ETA, ship dates,
// carriers, tracking numbers and serials into the PO's memo fields — readable, and never
// duplicated however often it runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { AppError } from '../../../lib/errors/app-error';
import { recentEntries } from '../../../lib/log/activity-reads';
import { memoMarkers } from '../../../lib/order-status/memo';
import { loadTracked } from '../../../lib/order-status/tracked';
import { startRun } from '../../../lib/sync/engine';
import { distributorPoNumber } from '../../../lib/orders/po-number';
import { DEMO, HOUR, PO, PO_NUMBER, orderStatusWorld, STATUS, TEMPLATE } from './world';
import type { OrderStatusWorld } from './world';

let world: OrderStatusWorld;
beforeEach(async () => {
  world = await orderStatusWorld();
});
afterEach(() => world.dispose());

async function run() {
  const started = await startRun(TEMPLATE, 'manual');
  return started.finished;
}

const hinted = async (hintId: string) => (await recentEntries(100)).filter((e) => e.hintId === hintId);
const writes = () =>
  world.autotask.requests.filter(
    (r) =>
      r.method === 'PATCH' ||
      r.method === 'PUT' ||
      (r.method === 'POST' && !/\/query$/i.test(new URL(r.url).pathname)),
  );

describe('finding the orders to look up', () => {
  it('picks up an order submitted by another browser from the order number on the PO', async () => {
    const order = await world.orderElsewhere();
    expect(await run()).toMatchObject({ result: 'success' });
    const tracked = await loadTracked(PO_NUMBER);
    expect(tracked?.orderNumbers.sort()).toEqual([...order.orderNumbers].sort());
    expect(tracked?.status).toBe('ACCEPTED');
    expect(String(world.purchaseOrder().generalMemo)).toContain(`Order ${order.orderNumbers[0]}: Accepted`);
  });

  it('finds another browser’s re-submission (-R2) by the order numbers on the PO', async () => {
    const order = await world.orderElsewhere(2);
    await run();
    const r2 = distributorPoNumber(DEMO.ci, PO, 2);
    expect((await loadTracked(r2))?.orderNumbers.sort()).toEqual([...order.orderNumbers].sort());
    expect(await loadTracked(PO_NUMBER)).toBeUndefined();
  });

  it('stops looking up an order once it is invoiced', async () => {
    await world.orderHere();
    world.tdsynnex.advance(3 * 24 * HOUR);
    await run();
    expect((await loadTracked(PO_NUMBER))?.finished).toBe(true);
    const lookups = world.tdsynnex.requests.length;
    await run();
    expect(world.tdsynnex.requests.length).toBe(lookups);
  });
});

describe('writing the status back', () => {
  it('sets the mapped Autotask status, the ETA per item and the tracking numbers in the memos', async () => {
    await world.settings({
      mapping: {
        ACCEPTED: { kind: 'status', statusId: STATUS.submitted },
        PARTIALLY_SHIPPED: { kind: 'note' },
      },
    });
    await world.orderHere(STATUS.new);
    await run();
    expect(world.purchaseOrder().status).toBe(STATUS.submitted);
    const etas = (await world.items()).map((i) => i.estimatedArrivalDate?.slice(0, 10));
    expect(etas.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? ''))).toBe(true);

    world.tdsynnex.advance(4 * HOUR);
    await run();
    const status = await world.distributor.orderStatus(PO_NUMBER);
    const tracking = status.lines.flatMap((l) => l.packages.map((p) => p.trackingNumber));
    expect(tracking).toHaveLength(3);
    const memo = String(world.purchaseOrder().generalMemo);
    expect(memo).toContain('Front desk refresh: laptops & a switch'); // the user's own text stays
    expect(memo).toContain(`Distributor PO ${PO_NUMBER}: Partially shipped`);
    for (const number of tracking) expect(memo).toContain(number);
    expect(memo).toMatch(/via FedEx \(FG\)/);
    const itemMemos = (await world.items()).map((i) => i.memo ?? '').join('\n');
    for (const serial of await world.shippedSerials()) expect(itemMemos).toContain(serial);
  });

  it('writes nothing the second time round when nothing changed, and never duplicates the memo text', async () => {
    await world.orderHere();
    world.tdsynnex.advance(4 * HOUR);
    await run();
    const memo = String(world.purchaseOrder().generalMemo);
    const before = writes().length;
    await run();
    expect(writes().length).toBe(before);
    world.tdsynnex.advance(20 * HOUR);
    await run();
    await run();
    const after = String(world.purchaseOrder().generalMemo);
    expect(after).not.toBe(memo);
    const MEMO_BEGIN = memoMarkers('tdsynnex').begin;
    expect(after.split(MEMO_BEGIN)).toHaveLength(2);
    for (const item of await world.items()) expect((item.memo ?? '').split(MEMO_BEGIN)).toHaveLength(2);
  });

  it('a partial shipment with no mapping row logs the "Partial shipments not updating" hint, once', async () => {
    await world.orderHere();
    world.tdsynnex.advance(4 * HOUR);
    await run();
    await run();
    const entries = await hinted('partial-shipments-not-updating');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.summary).toMatch(/no row for "Partially shipped"/);
    expect(world.purchaseOrder().status).toBe(STATUS.submitted);
    expect((await loadTracked(PO_NUMBER))?.issues.map((i) => i.hintId)).toContain(
      'partial-shipments-not-updating',
    );
  });

  it('logs no such hint when the partial-shipment row says "no change"', async () => {
    await world.settings({ mapping: { PARTIALLY_SHIPPED: { kind: 'none' } } });
    await world.orderHere();
    world.tdsynnex.advance(4 * HOUR);
    await run();
    expect(await hinted('partial-shipments-not-updating')).toHaveLength(0);
    expect(String(world.purchaseOrder().generalMemo)).not.toContain('Distributor PO');
  });

  it('changes nothing and logs it when TD SYNNEX answers UNKNOWN', async () => {
    await world.orderHere();
    await run();
    const memo = world.purchaseOrder().generalMemo;
    world.tdsynnex.advance(4 * HOUR);
    world.tdsynnex.faults.rewriteNext(
      1,
      (xml) => xml.replace(/<Code>SHIPPED<\/Code>/i, '<Code>UNKNOWN</Code>'),
      'status',
    );
    const before = writes().length;
    await run();
    expect(writes().length).toBe(before);
    expect(world.purchaseOrder().generalMemo).toBe(memo);
    expect((await recentEntries(20)).some((e) => /status UNKNOWN/.test(e.summary))).toBe(true);
    expect((await loadTracked(PO_NUMBER))?.status).toBe('ACCEPTED');
  });

  it('logs a hold with its hint', async () => {
    world.tdsynnex.knobs.holdNextOrders = 1;
    await world.orderHere();
    await run();
    expect((await loadTracked(PO_NUMBER))?.status).toBe('HOLD');
    expect(await hinted('order-on-hold')).toHaveLength(1);
  });

  it('logs a rejected line with its reason and hint', async () => {
    await world.orderElsewhere(1, STATUS.submitted, ['5432101', '9999999', '5432103']);
    await run();
    const [entry] = await hinted('order-rejected');
    expect(entry?.summary).toMatch(/rejected line 2 \(SKU 9999999\).*Invalid SKU/);
  });
});

describe('several distributors', () => {
  const OTHER = DEMO.purchaseOrders.otherVendor; // PO-1046, vendor Ingram Micro in the demo tenant
  const OTHER_NUMBER = distributorPoNumber(DEMO.ci, OTHER);

  /** An order of the second distributor this browser placed: an outbox record for PO-1046. */
  async function otherOrderPlacedHere() {
    const now = Date.now();
    await db.outbox.put({
      poNumber: OTHER_NUMBER,
      poId: OTHER,
      tenantId: DEMO.ci,
      state: 'accepted',
      createdAt: now,
      updatedAt: now,
      lines: [{ itemId: 1, sku: 'IM-CFQ7TTC0LCHC', quantity: 10 }],
      orderNumbers: ['20-VGRKS-11'],
    });
    await world.client.update('PurchaseOrders', { id: OTHER, externalPONumber: '20-VGRKS-11' });
  }

  it('updates the connected one’s orders and skips one that is not connected, without failing the run', async () => {
    world.vendors[1] = { id: 'ingram', vendorId: DEMO.ingramVendorId, connected: false };
    await otherOrderPlacedHere();
    const order = await world.orderHere();
    const outcome = await run();
    expect(outcome).toMatchObject({ result: 'success' });
    expect(outcome?.summary).toMatch(/^TD SYNNEX: Checked 1 order.*; Ingram Micro skipped: not connected$/);
    // TD SYNNEX's order was looked up and written back…
    const tracked = await loadTracked(PO_NUMBER);
    expect(tracked).toMatchObject({ distributor: 'tdsynnex', status: 'ACCEPTED' });
    expect(String(world.purchaseOrder().generalMemo)).toContain(`Order ${order.orderNumbers[0]}: Accepted`);
    // …the other's order was not: its adapter was never asked for, and TD SYNNEX was not asked either.
    expect(world.asked).toEqual(['tdsynnex']);
    expect(await loadTracked(OTHER_NUMBER)).toBeUndefined();
    const entries = await recentEntries(20, { template: TEMPLATE });
    expect(entries.map((e) => [e.result, e.summary])).toEqual([
      ['success', expect.stringMatching(/^TD SYNNEX: Checked 1 order/)],
    ]);
    expect(entries[0]?.keys).toContain('distributor:tdsynnex');
    const items = await db.activityItems.where('entryId').equals(entries[0]!.id!).toArray();
    expect(items.map((i) => [i.label, i.detail?.distributor])).toEqual([[PO_NUMBER, 'tdsynnex']]);
  });

  it('logs a distributor that fails with its id, goes on with the next one, and ends partial', async () => {
    // The failing one first, so its failure could not have come after the other's pass.
    world.vendors.splice(
      0,
      2,
      { id: 'ingram', vendorId: DEMO.ingramVendorId, connected: true },
      world.vendors[0]!,
    );
    world.failing.set(
      'ingram',
      new AppError({
        kind: 'auth',
        service: 'distributor',
        distributor: 'ingram',
        status: 401,
        message: 'The credentials were rejected.',
      }),
    );
    await otherOrderPlacedHere();
    const order = await world.orderHere();
    const outcome = await run();
    expect(outcome).toMatchObject({ result: 'partial' });
    expect(world.asked).toEqual(['ingram', 'tdsynnex']);
    expect((await loadTracked(PO_NUMBER))?.status).toBe('ACCEPTED');
    expect(String(world.purchaseOrder().generalMemo)).toContain(`Order ${order.orderNumbers[0]}: Accepted`);
    expect(await loadTracked(OTHER_NUMBER)).toBeUndefined();
    const entries = await recentEntries(20, { template: TEMPLATE });
    const failed = entries.filter((e) => e.result === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      summary: 'Ingram Micro: orders not checked: The credentials were rejected.',
      keys: ['distributor:ingram'],
      error: { service: 'distributor', distributor: 'ingram', status: 401 },
    });
    expect(entries.filter((e) => e.result === 'success').map((e) => e.keys)).toEqual([
      expect.arrayContaining(['distributor:tdsynnex']),
    ]);
  });

  it('writes its notices with the distributor’s name and id', async () => {
    world.tdsynnex.knobs.holdNextOrders = 1;
    await world.orderHere();
    await run();
    const [entry] = await hinted('order-on-hold');
    expect(entry?.summary).toMatch(/^TD SYNNEX put /);
    expect(entry?.keys).toContain('distributor:tdsynnex');
    expect(entry?.error).toMatchObject({ service: 'distributor', distributor: 'tdsynnex' });
  });
});
