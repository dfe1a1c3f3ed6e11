import { describe, expect, it } from 'vitest';
import { call, demoSim } from './test-helpers';

const newProduct = { name: 'Test Widget', isActive: true, sku: 'TW-1', unitCost: 10, productCategory: 17 };

describe('get by id', () => {
  it('returns the row in camelCase with every field', async () => {
    const res = await call(demoSim(), 'GET', '/Products/71');
    expect(res.status).toBe(200);
    expect(res.json.item).toMatchObject({
      id: 71,
      sku: 'HW-LEN-T14G4',
      manufacturerProductName: '20XW0055US',
      msrp: 1408.28,
    });
    expect(res.json.item).toHaveProperty('vendorProductNumber', null);
    expect(res.json.item.userDefinedFields).toEqual([
      { name: 'Distributor SKU', value: '5432101' },
      { name: 'Distributor', value: 'TD SYNNEX' },
      { name: 'Last Price Sync', value: null },
    ]);
  });

  it('answers a missing id with 200 {"item":null}, not 404', async () => {
    const res = await call(demoSim(), 'GET', '/PurchaseOrders/999999');
    expect(res).toMatchObject({ status: 200, json: { item: null } });
  });
});

describe('create and update', () => {
  it('creates with POST and answers {"itemId":N}', async () => {
    const sim = demoSim();
    const res = await call(sim, 'POST', '/Products', newProduct);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ itemId: 96 });
    const created = (await call(sim, 'GET', '/Products/96')).json.item;
    expect(created).toMatchObject({
      name: 'Test Widget',
      billingType: 1,
      isSerialized: false,
      createdByResourceID: 29682885,
    });
  });

  it('matches body field names case-insensitively', async () => {
    const sim = demoSim();
    const res = await call(sim, 'POST', '/Products', { Name: 'Upper', IsActive: true, SKU: 'UP-1' });
    expect(sim.db.get(684213, 'Products', res.json.itemId)).toMatchObject({ name: 'Upper', sku: 'UP-1' });
  });

  it('PATCHes only the fields sent, with the id in the body', async () => {
    const sim = demoSim();
    const res = await call(sim, 'PATCH', '/Products', { id: 72, unitPrice: 299.99 });
    expect(res.json).toEqual({ itemId: 72 });
    expect(sim.db.get(684213, 'Products', 72)).toMatchObject({ unitPrice: 299.99, sku: 'HW-HP-840G10' });
  });

  it('PUT replaces the record: fields left out are reset', async () => {
    const sim = demoSim();
    await call(sim, 'PUT', '/Products', { id: 72, name: 'Replaced', isActive: true });
    expect(sim.db.get(684213, 'Products', 72)).toMatchObject({ name: 'Replaced', sku: null, unitCost: null });
  });

  it('refuses an update without an id, or for an id that does not exist', async () => {
    const sim = demoSim();
    expect((await call(sim, 'PATCH', '/Products', { unitPrice: 1 })).status).toBe(500);
    expect((await call(sim, 'PATCH', '/Products', { id: 999999, unitPrice: 1 })).status).toBe(500);
  });

  it('stores date-times as UTC without an offset', async () => {
    const sim = demoSim();
    await call(sim, 'PATCH', '/PurchaseOrders', { id: 1042, shippingDate: '2025-12-01T10:00:00-05:00' });
    expect(sim.db.get(684213, 'PurchaseOrders', 1042)?.shippingDate).toBe('2025-12-01T15:00:00.000');
  });
});

describe('write refusals (500 + errors[])', () => {
  it.each([
    ['an unknown field', { ...newProduct, colour: 'red' }, 'Unable to find colour in the Products Entity.'],
    ['a missing required field', { isActive: true }, 'Product.name is required.'],
    ['a boolean sent as a string', { ...newProduct, isActive: 'true' }, 'expected true or false'],
    ['a string over its length', { ...newProduct, name: 'x'.repeat(101) }, 'maximum length of 100'],
    ['an unknown picklist id', { ...newProduct, productCategory: 1 }, 'not a valid value'],
    ['an inactive picklist id', { ...newProduct, productCategory: 64 }, 'not a valid value'],
    ['a reference to a missing company', { ...newProduct, defaultVendorID: 5 }, 'Company 5 does not exist'],
    ['a fractional integer', { ...newProduct, productBillingCodeID: 1.5 }, '32-bit integer'],
    ['an unknown UDF', { ...newProduct, userDefinedFields: [{ name: 'Colour', value: 'red' }] }, 'Colour'],
  ])('refuses %s', async (_case, body, message) => {
    const res = await call(demoSim(), 'POST', '/Products', body);
    expect(res.status).toBe(500);
    expect(res.json.errors[0]).toContain(message);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await call(demoSim(), 'POST', '/Products', '{not json');
    expect(res.status).toBe(500);
  });

  it('enforces the billing type pairing rules', async () => {
    const res = await call(demoSim(), 'POST', '/Products', { ...newProduct, billingType: 2, periodType: 1 });
    expect(res.json.errors[0]).toContain('Monthly');
  });
});

describe('child entities', () => {
  it.each([
    ['POST', '/PurchaseOrderItems', { orderID: 1042, productID: 74, quantity: 1, inventoryLocationID: 101 }],
    ['PATCH', '/PurchaseOrderItems', { id: 3001, quantity: 3 }],
    ['POST', '/ProductVendors', { productID: 93, vendorID: 29683001 }],
    ['POST', '/PurchaseOrderItemReceiving', { purchaseOrderItemID: 3004, quantityNowReceiving: 1 }],
  ])('answers %s %s at the root URL with 500 + errors[]', async (method, path, body) => {
    const sim = demoSim();
    const before = sim.db.rows(684213, 'PurchaseOrderItems').length;
    const res = await call(sim, method, path, body);
    expect(res.status).toBe(500);
    expect(res.json.errors[0]).toMatch(/use \/\w+\/\{parentId\}\/\w+/);
    expect(sim.db.rows(684213, 'PurchaseOrderItems')).toHaveLength(before);
  });

  it('creates, lists, gets and updates through the parent URL', async () => {
    const sim = demoSim();
    const created = await call(sim, 'POST', '/Products/93/Vendors', {
      vendorID: 29683001,
      vendorPartNumber: '5439999',
    });
    expect(created.status).toBe(200);
    const list = await call(sim, 'GET', '/Products/93/Vendors');
    expect(list.json.items.map((v: { vendorPartNumber: string }) => v.vendorPartNumber)).toEqual(['5439999']);
    expect(list.json.pageDetails).toMatchObject({ count: 1, nextPageUrl: null });
    expect((await call(sim, 'GET', `/Products/93/Vendors/${created.json.itemId}`)).json.item.productID).toBe(
      93,
    );
    expect((await call(sim, 'GET', `/Products/71/Vendors/${created.json.itemId}`)).json.item).toBeNull();
    await call(sim, 'PATCH', '/Products/93/Vendors', { id: created.json.itemId, vendorCost: 11.5 });
    expect(sim.db.get(684213, 'ProductVendors', created.json.itemId)?.vendorCost).toBe(11.5);
    expect((await call(sim, 'GET', `/ProductVendors/${created.json.itemId}`)).json.item.vendorCost).toBe(
      11.5,
    );
  });

  it('refuses a child whose body names another parent than the URL', async () => {
    const res = await call(demoSim(), 'POST', '/Products/93/Vendors', { productID: 71, vendorID: 29683001 });
    expect(res.status).toBe(500);
  });

  it('refuses a product vendor that is not a Vendor company', async () => {
    const res = await call(demoSim(), 'POST', '/Products/93/Vendors', { vendorID: 29683010 });
    expect(res.json.errors[0]).toContain('not a Vendor');
  });

  it('keeps one default vendor per product', async () => {
    const sim = demoSim();
    await call(sim, 'POST', '/Products/71/Vendors', { vendorID: 29683003, isDefault: true });
    const defaults = sim.db.rows(684213, 'ProductVendors').filter((v) => v.productID === 71 && v.isDefault);
    expect(defaults.map((v) => v.vendorID)).toEqual([29683003]);
  });
});

describe('routes and verbs', () => {
  it.each([
    ['DELETE', '/Products/71'],
    ['DELETE', '/PurchaseOrders/1042'],
    ['GET', '/Products'],
    ['POST', '/ShippingTypes'],
    ['PATCH', '/PurchaseOrderItems/3004/Receiving'],
    ['POST', '/Products/71'],
  ])('answers %s %s with 405', async (method, path) => {
    const res = await call(demoSim(), method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
    expect(res.status).toBe(405);
    expect(res.json.Message).toContain(method);
  });

  it.each(['/Tickets/1', '/Products/71/Notes', '/Products/query/other', '/Products/abc'])(
    'answers 404 for %s',
    async (path) => {
      expect((await call(demoSim(), 'GET', path)).status).toBe(404);
    },
  );

  it('reads the read-only ShippingTypes list', async () => {
    const res = await call(demoSim(), 'POST', '/ShippingTypes/query', {
      filter: [{ op: 'eq', field: 'isActive', value: true }],
    });
    expect(res.json.items.map((s: { name: string }) => s.name)).toContain('Ground');
  });
});
