import { describe, expect, it } from 'vitest';
import { call, demoSim } from './test-helpers';

const CI = 684213;
// Demo PO status ids (deliberately unusual): 11 New, 12 Submitted, 13 Received Partial, 14 Received Full, 15 Cancel.
const [NEW, SUBMITTED, PARTIAL, FULL, CANCEL] = [11, 12, 13, 14, 15];
const line = { productID: 74, quantity: 1, inventoryLocationID: 101 };
const stock = (sim: ReturnType<typeof demoSim>, productID: number) =>
  sim.db.rows(CI, 'InventoryItems').find((s) => s.productID === productID && s.inventoryLocationID === 101)!;

describe('purchase order items', () => {
  it('can be added while the PO is New', async () => {
    const res = await call(demoSim(), 'POST', '/PurchaseOrders/1042/Items', line);
    expect(res.status).toBe(200);
  });

  it.each([
    [1043, 'Submitted'],
    [1044, 'Received Full'],
    [1045, 'Cancel'],
  ])('cannot be added to PO %s (%s)', async (po, status) => {
    const res = await call(demoSim(), 'POST', `/PurchaseOrders/${po}/Items`, line);
    expect(res.status).toBe(500);
    expect(res.json.errors[0]).toContain(status);
  });

  it.each([
    [1042, 200],
    [1043, 200],
    [1047, 200],
    [1044, 500],
    [1045, 500],
  ])('can be updated on PO %s: %s', async (po, status) => {
    const sim = demoSim();
    const item = sim.db.rows(CI, 'PurchaseOrderItems').find((i) => i.orderID === po)!;
    const res = await call(sim, 'PATCH', `/PurchaseOrders/${po}/Items`, { id: item.id, memo: 'note' });
    expect(res.status).toBe(status);
  });

  it.each([0, -1, 1.5])('refuse a quantity of %s', async (quantity) => {
    const res = await call(demoSim(), 'POST', '/PurchaseOrders/1042/Items', { ...line, quantity });
    expect(res.status).toBe(500);
  });

  it('cannot drop below what was already received', async () => {
    const sim = demoSim();
    const res = await call(sim, 'PATCH', '/PurchaseOrders/1047/Items', { id: 3010, quantity: 3 });
    expect(res.json.errors[0]).toContain('4 already received');
  });

  it('are not items of another PO through its URL', async () => {
    const res = await call(demoSim(), 'PATCH', '/PurchaseOrders/1043/Items', { id: 3001, memo: 'x' });
    expect(res.status).toBe(500);
  });
});

describe('purchase order status', () => {
  it('needs a Vendor company', async () => {
    const res = await call(demoSim(), 'POST', '/PurchaseOrders', { vendorID: 29683010, status: NEW });
    expect(res.json.errors[0]).toContain('not a Vendor');
  });

  it('gets a number and timestamps on create', async () => {
    const sim = demoSim();
    const res = await call(sim, 'POST', '/PurchaseOrders', {
      vendorID: 29683001,
      status: NEW,
      shipToName: 'Branch',
    });
    const po = (await call(sim, 'GET', `/PurchaseOrders/${res.json.itemId}`)).json.item;
    expect(po).toMatchObject({ purchaseOrderNumber: `PO-${res.json.itemId}`, creatorResourceID: 29682885 });
    expect(po.createDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
  });

  it('refuses a status id the tenant does not have (clients must read the picklist)', async () => {
    const res = await call(demoSim(), 'PATCH', '/PurchaseOrders', { id: 1042, status: 2 });
    expect(res.status).toBe(500);
  });

  it('moves outstanding quantities on order when submitted, and off again when cancelled', async () => {
    const sim = demoSim();
    const before = Number(stock(sim, 71).quantityOnOrder);
    expect((await call(sim, 'PATCH', '/PurchaseOrders', { id: 1042, status: SUBMITTED })).status).toBe(200);
    expect(stock(sim, 71).quantityOnOrder).toBe(before + 2);
    expect(sim.db.get(CI, 'PurchaseOrders', 1042)?.submitDateTime).not.toBeNull();
    await call(sim, 'PATCH', '/PurchaseOrders', { id: 1042, status: CANCEL });
    expect(stock(sim, 71).quantityOnOrder).toBe(before);
  });

  it.each([
    ['set Received Full directly', 1043, FULL],
    ['set Received Partial directly', 1043, PARTIAL],
    ['reopen a cancelled PO', 1045, NEW],
    ['send a received PO back to Submitted', 1044, SUBMITTED],
  ])('refuses to %s', async (_case, id, status) => {
    expect((await call(demoSim(), 'PATCH', '/PurchaseOrders', { id, status })).status).toBe(500);
  });
});

describe('receiving', () => {
  const receive = (sim: ReturnType<typeof demoSim>, itemId: number, body: Record<string, unknown>) =>
    call(sim, 'POST', `/PurchaseOrderItems/${itemId}/Receiving`, body);

  it('is refused while the PO is New', async () => {
    const res = await receive(demoSim(), 3001, { quantityNowReceiving: 1 });
    expect(res.json.errors[0]).toContain('Submitted');
  });

  it('computes the read-only quantities and moves stock and PO status', async () => {
    const sim = demoSim();
    await call(sim, 'PATCH', '/PurchaseOrders', { id: 1042, status: SUBMITTED });
    const { quantityOnHand, quantityOnOrder } = stock(sim, 71);
    // Product 71 is serialized: one unit, one serial per record.
    const res = await receive(sim, 3001, {
      quantityNowReceiving: 1,
      serialNumber: 'SN-A',
      quantityBackOrdered: 99,
    });
    expect(res.status).toBe(200);
    const receipt = (await call(sim, 'GET', `/PurchaseOrderItems/3001/Receiving/${res.json.itemId}`)).json
      .item;
    expect(receipt).toMatchObject({
      quantityNowReceiving: 1,
      quantityPreviouslyReceived: 0,
      quantityBackOrdered: 1,
    });
    expect(stock(sim, 71)).toMatchObject({
      quantityOnHand: Number(quantityOnHand) + 1,
      quantityOnOrder: Number(quantityOnOrder) - 1,
    });
    expect(sim.db.get(CI, 'PurchaseOrders', 1042)?.status).toBe(PARTIAL);

    const second = await receive(sim, 3001, { quantityNowReceiving: 1, serialNumber: 'SN-B' });
    expect(sim.db.get(CI, 'PurchaseOrderItemReceiving', second.json.itemId)).toMatchObject({
      quantityPreviouslyReceived: 1,
      quantityBackOrdered: 0,
    });
    for (const serialNumber of ['SN-C', 'SN-D'])
      await receive(sim, 3002, { quantityNowReceiving: 1, serialNumber });
    expect(sim.db.get(CI, 'PurchaseOrders', 1042)?.status).toBe(PARTIAL);
    await receive(sim, 3003, { quantityNowReceiving: 1, serialNumber: 'SN-E' });
    expect(sim.db.get(CI, 'PurchaseOrders', 1042)?.status).toBe(FULL);
    expect(stock(sim, 71).quantityOnOrder).toBe(Number(quantityOnOrder) - 2);
  });

  it('receives a non-serialized quantity in one record', async () => {
    const sim = demoSim();
    const res = await receive(sim, 3005, { quantityNowReceiving: 6 });
    expect(sim.db.get(CI, 'PurchaseOrderItemReceiving', res.json.itemId)).toMatchObject({
      quantityBackOrdered: 4,
    });
    expect(stock(sim, 86).quantityOnOrder).toBe(4);
  });

  it('never receives more than ordered in total, and changes nothing when it refuses', async () => {
    const sim = demoSim();
    const onHand = stock(sim, 87).quantityOnHand;
    const res = await receive(sim, 3010, { quantityNowReceiving: 7 });
    expect(res.status).toBe(500);
    expect(res.json.errors[0]).toContain('ordered 10 and 4 have already been received');
    expect(stock(sim, 87).quantityOnHand).toBe(onHand);
    expect(sim.db.get(CI, 'PurchaseOrders', 1047)?.status).toBe(PARTIAL);
    expect((await receive(sim, 3010, { quantityNowReceiving: 6 })).status).toBe(200);
    expect(sim.db.get(CI, 'PurchaseOrders', 1047)?.status).toBe(FULL);
  });

  it('is refused on a cancelled PO', async () => {
    expect((await receive(demoSim(), 3008, { quantityNowReceiving: 1 })).status).toBe(500);
  });

  it('refuses a quantity of 0', async () => {
    expect((await receive(demoSim(), 3004, { quantityNowReceiving: 0 })).status).toBe(500);
  });

  it('takes one serial per record for a serialized product', async () => {
    const sim = demoSim();
    expect((await receive(sim, 3004, { quantityNowReceiving: 1 })).json.errors[0]).toContain('serialized');
    expect((await receive(sim, 3004, { quantityNowReceiving: 2, serialNumber: 'SN1' })).status).toBe(500);
    expect((await receive(sim, 3004, { quantityNowReceiving: 1, serialNumber: 'SN1' })).status).toBe(200);
  });

  it('is create-only', async () => {
    const res = await call(demoSim(), 'PUT', '/PurchaseOrderItems/3006/Receiving', {
      id: 4001,
      quantityNowReceiving: 1,
    });
    expect(res.status).toBe(405);
  });
});
