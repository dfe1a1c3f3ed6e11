import { describe, expect, it } from 'vitest';
import { createAutotaskSim, DEMO } from './index';
import { all, call, demoSim } from './test-helpers';

const CI = DEMO.ci;

describe('demo seed', () => {
  it('has the tenant, zone and API user of the team brief', async () => {
    const sim = demoSim();
    expect(sim.db.tenant(CI).zone).toBe(22);
    expect((await call(sim, 'GET', '/ThresholdInformation')).status).toBe(200);
  });

  it('has TD SYNNEX Corporation as vendor company 29683001 and two other vendors', () => {
    const vendors = demoSim()
      .db.rows(CI, 'Companies')
      .filter((c) => c.companyType === 7);
    expect(vendors.map((v) => [v.id, v.companyName])).toEqual([
      [29683001, 'TD SYNNEX Corporation'],
      [29683002, 'Ingram Micro'],
      [29683003, 'D&H Distributing'],
    ]);
  });

  it('has PO 1042 New for TD SYNNEX, ship-to "Smith & Sons <HQ>", with SKUs 5432101–5432103', () => {
    const sim = demoSim();
    const po = sim.db.get(CI, 'PurchaseOrders', 1042)!;
    expect(po).toMatchObject({
      purchaseOrderNumber: 'PO-1042',
      status: 11,
      vendorID: 29683001,
      shipToName: 'Smith & Sons <HQ>',
    });
    const lines = sim.db.rows(CI, 'PurchaseOrderItems').filter((i) => i.orderID === 1042);
    const skus = lines.map(
      (l) =>
        sim.db.rows(CI, 'ProductVendors').find((v) => v.productID === l.productID && v.vendorID === 29683001)
          ?.vendorPartNumber,
    );
    expect(skus).toEqual(['5432101', '5432102', '5432103']);
  });

  it('has a PO in every status and one for another vendor', () => {
    const sim = demoSim();
    const pos = sim.db.rows(CI, 'PurchaseOrders');
    expect(new Set(pos.map((p) => p.status))).toEqual(new Set([11, 12, 13, 14, 15]));
    expect(pos.some((p) => p.vendorID === 29683002)).toBe(true);
    for (const po of pos)
      expect(sim.db.rows(CI, 'PurchaseOrderItems').some((i) => i.orderID === po.id)).toBe(true);
  });

  it('has 25 products, 20 of them with TD SYNNEX SKUs 5432101–5432120', async () => {
    const sim = demoSim();
    expect(sim.db.rows(CI, 'Products')).toHaveLength(25);
    const res = await call(sim, 'POST', '/ProductVendors/query', {
      filter: [{ op: 'eq', field: 'vendorID', value: 29683001 }],
    });
    expect(res.json.items.map((v: { vendorPartNumber: string }) => v.vendorPartNumber)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(5432101 + i)),
    );
  });

  it('has a default warehouse and shipping types', () => {
    const sim = demoSim();
    expect(sim.db.rows(CI, 'InventoryLocations').filter((l) => l.isDefault)).toHaveLength(1);
    expect(sim.db.rows(CI, 'ShippingTypes').length).toBeGreaterThan(2);
  });

  it('keeps stock consistent with the seeded receipts and open POs', () => {
    const sim = demoSim();
    const onOrder = (productID: number) =>
      sim.db.rows(CI, 'InventoryItems').find((s) => s.productID === productID)?.quantityOnOrder;
    expect(onOrder(81)).toBe(4); // PO 1043, submitted
    expect(onOrder(86)).toBe(10); // PO 1043; its PO 1044 line is fully received
    expect(onOrder(87)).toBe(6); // PO 1047: 10 ordered, 4 received
    expect(onOrder(71)).toBe(0); // PO 1042 is still New
  });
});

describe('seedLinkedProducts', () => {
  it('adds N products, each with a TD SYNNEX vendor row, for benchmarks', async () => {
    const sim = demoSim();
    const linked = sim.seedLinkedProducts(1200, { skuStart: 7000001 });
    expect(linked).toHaveLength(1200);
    expect(linked[0]).toEqual({ productId: 96, vendorPartNumber: '7000001' });
    const count = await call(sim, 'POST', '/ProductVendors/query/count', {
      filter: [{ op: 'beginsWith', field: 'vendorPartNumber', value: '7' }],
    });
    expect(count.json.queryCount).toBe(1200);
    const byUdf = await call(sim, 'POST', '/Products/query', {
      filter: [{ op: 'eq', field: 'Distributor SKU', udf: true, value: '7001200' }],
    });
    expect(byUdf.json.items[0].id).toBe(1295);
  });
});

describe('empty seed', () => {
  it('starts with no tenant and no user', async () => {
    const sim = createAutotaskSim({ seed: 'empty' });
    expect(sim.db.tenants.size).toBe(0);
    expect((await call(sim, 'POST', '/Products/query', { filter: all })).status).toBe(401);
  });
});
