import { describe, expect, it } from 'vitest';
import { all, call, demoSim } from './test-helpers';

const CI = 684213;

describe('security-level switches', () => {
  it('answers 403 for a forbidden entity, and entityInformation reports no access', async () => {
    const sim = demoSim();
    sim.knobs.forbidden.add('PurchaseOrderItems');
    expect((await call(sim, 'POST', '/PurchaseOrderItems/query', { filter: all })).status).toBe(403);
    expect((await call(sim, 'GET', '/PurchaseOrders/1042/Items')).status).toBe(403);
    expect((await call(sim, 'GET', '/purchaseorderitems/3001')).status).toBe(403);
    const info = (await call(sim, 'GET', '/PurchaseOrderItems/entityInformation')).json.info;
    expect(info).toMatchObject({ userAccessForQuery: 'None', userAccessForCreate: 'None', canQuery: true });
    expect((await call(sim, 'POST', '/PurchaseOrders/query', { filter: all })).status).toBe(200);
  });

  it('silently returns no rows for an entity the level cannot see', async () => {
    const sim = demoSim();
    sim.knobs.emptyRows.add('purchaseorders');
    const page = await call(sim, 'POST', '/PurchaseOrders/query', { filter: all });
    expect(page).toMatchObject({
      status: 200,
      json: { items: [], pageDetails: { count: 0, nextPageUrl: null } },
    });
    expect((await call(sim, 'POST', '/PurchaseOrders/query/count', { filter: all })).json).toEqual({
      queryCount: 0,
    });
    expect((await call(sim, 'GET', '/PurchaseOrders/1042')).json).toEqual({ item: null });
  });

  it('still validates the query of an entity that returns no rows', async () => {
    const sim = demoSim();
    sim.knobs.emptyRows.add('Products');
    expect(
      (await call(sim, 'POST', '/Products/query', { filter: [{ op: 'eq', field: 'nope', value: 1 }] }))
        .status,
    ).toBe(500);
  });

  it('blanks cost fields for a user that cannot read costs', async () => {
    const sim = demoSim();
    sim.knobs.noCosts = true;
    expect((await call(sim, 'GET', '/Products/71')).json.item).toMatchObject({
      unitCost: null,
      unitPrice: 1303.96,
    });
    expect((await call(sim, 'GET', '/Products/71/Vendors')).json.items[0].vendorCost).toBeNull();
    expect(
      (await call(sim, 'GET', '/PurchaseOrders/1042/Items')).json.items.map(
        (i: { unitCost: unknown }) => i.unitCost,
      ),
    ).toEqual([null, null, null]);
    expect(sim.db.get(CI, 'Products', 71)?.unitCost).toBe(1043.17);
  });

  it('reports access overrides in entityInformation and refuses the operation set to None', async () => {
    const sim = demoSim();
    sim.knobs.access.PurchaseOrderItemReceiving = { create: 'None' };
    const info = (await call(sim, 'GET', '/PurchaseOrderItemReceiving/entityInformation')).json.info;
    expect(info).toMatchObject({ canCreate: true, userAccessForCreate: 'None', userAccessForQuery: 'All' });
    await call(sim, 'PATCH', '/PurchaseOrders', { id: 1043, status: 12 });
    const res = await call(sim, 'POST', '/PurchaseOrderItems/3004/Receiving', { quantityNowReceiving: 1 });
    expect(res.status).toBe(403);
  });

  it('applies a security level given to one user only to that user', async () => {
    const sim = demoSim();
    const limited = {
      userName: 'nocost@contoso-msp.example',
      secret: 'x',
      integrationCode: 'DEMOINTEGRATIONCODE0000000001',
    };
    sim.addUser({ ...limited, ci: CI, security: { noCosts: true, forbidden: new Set(['Companies']) } });
    expect(
      (await call(sim, 'GET', '/Products/71', undefined, { creds: limited })).json.item.unitCost,
    ).toBeNull();
    expect((await call(sim, 'GET', '/Companies/29683001', undefined, { creds: limited })).status).toBe(403);
    expect((await call(sim, 'GET', '/Products/71')).json.item.unitCost).toBe(1043.17);
  });
});
