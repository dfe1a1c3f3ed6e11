import { describe, expect, it } from 'vitest';
import { patchFor } from '../../../lib/autotask/patch';
import { purchaseOrderItemSchema, purchaseOrderSchema } from '../../../lib/autotask/schemas';
import { expectContractProblem } from '../../contract/recorder';
import { clientFor, DEMO, demo, failure, seen } from './harness';

const newItem = (productID: number) => ({
  productID,
  quantity: 2,
  unitCost: 10.5,
  inventoryLocationID: DEMO.warehouseId,
});

describe('the Autotask client writing', () => {
  it('creates a child through its parent URL and returns the new id', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    const id = await client.create('PurchaseOrderItems', newItem(DEMO.firstProductId), {
      entity: 'PurchaseOrders',
      id: DEMO.purchaseOrders.new,
      child: 'Items',
    });
    expect(seen(sim).at(-1)).toBe(
      `POST /atservicesrest/V1.0/PurchaseOrders/${DEMO.purchaseOrders.new}/Items`,
    );
    const row = await client.get('PurchaseOrderItems', id, purchaseOrderItemSchema);
    expect(row).toMatchObject({ orderID: DEMO.purchaseOrders.new, quantity: 2, unitCost: 10.5 });
  });

  it("surfaces Autotask's errors[] verbatim when a child is created at the root URL (500)", async () => {
    expectContractProblem(/POST \/atservicesrest\/V1\.0\/PurchaseOrderItems: no such path/);
    const sim = demo();
    const client = clientFor(sim.fetch);
    const error = await failure(
      client.create('PurchaseOrderItems', {
        orderID: DEMO.purchaseOrders.new,
        ...newItem(DEMO.firstProductId),
      }),
    );
    expect(error).toMatchObject({ kind: 'validation', status: 500, service: 'autotask' });
    expect(error.apiErrors).toEqual([
      'PurchaseOrderItems cannot be created here: use /PurchaseOrders/{parentId}/Items.',
    ]);
    expect(error.outcomeUnknown).toBeUndefined(); // a rule violation: certainly not written
    expect(error.request).toEqual({
      method: 'POST',
      url: 'https://webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrderItems',
      operation: 'PurchaseOrderItems.create',
    });
    expect(seen(sim).filter((s) => s.startsWith('POST'))).toHaveLength(1);
  });

  it('updates with PATCH, the id in the body and only the changed fields', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    const po = await client.get('PurchaseOrders', DEMO.purchaseOrders.new, purchaseOrderSchema);
    if (!po) throw new Error('the demo PO is missing');
    const patch = patchFor(po, { externalPONumber: 'TDS-778899', shipToName: po.shipToName });
    expect(patch).toEqual({ id: DEMO.purchaseOrders.new, externalPONumber: 'TDS-778899' });
    await client.update('PurchaseOrders', patch!);
    const sent = sim.requests.at(-1);
    expect(`${sent?.method} ${new URL(sent!.url).pathname}`).toBe(
      'PATCH /atservicesrest/V1.0/PurchaseOrders',
    );
    expect(sent?.body).toEqual(patch);
    expect(sim.db.get(DEMO.ci, 'PurchaseOrders', DEMO.purchaseOrders.new)).toMatchObject({
      externalPONumber: 'TDS-778899',
      shipToName: po.shipToName,
    });
  });

  it('sends a write that times out exactly once and reports its outcome as unknown', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch, { timeoutMs: 60 });
    await client.zone();
    const itemsBefore = sim.db.rows(DEMO.ci, 'PurchaseOrderItems').length;
    sim.knobs.latencyMs = 200;
    const error = await failure(
      client.create('PurchaseOrderItems', newItem(DEMO.firstProductId + 1), {
        entity: 'PurchaseOrders',
        id: DEMO.purchaseOrders.new,
        child: 'Items',
      }),
    );
    expect(error).toMatchObject({ kind: 'network', code: 'timeout', status: 0, outcomeUnknown: true });
    // let the simulator finish the request we stopped waiting for
    for (let i = 0; i < 100 && sim.requests.at(-1)?.status === undefined; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen(sim).filter((s) => s.startsWith('POST'))).toHaveLength(1);
    // Why "unknown": the server went on and created the item after we stopped waiting.
    expect(sim.db.rows(DEMO.ci, 'PurchaseOrderItems')).toHaveLength(itemsBefore + 1);
  });

  it('does not resend a write whose connection dropped', async () => {
    const sim = demo();
    let posts = 0;
    const dropPosts = async (req: Request) => {
      if (req.method === 'POST') {
        posts += 1;
        await sim.fetch(req); // it reached the server…
        throw new TypeError('fetch failed'); // …but the answer was lost
      }
      return sim.fetch(req);
    };
    const error = await failure(
      clientFor(dropPosts).create('PurchaseOrderItems', newItem(DEMO.firstProductId + 2), {
        entity: 'PurchaseOrders',
        id: DEMO.purchaseOrders.new,
        child: 'Items',
      }),
    );
    expect(error).toMatchObject({ kind: 'network', outcomeUnknown: true });
    expect(posts).toBe(1);
  });
});
