import { describe, expect, it } from 'vitest';
import { call, demoSim, emptyTenantSim } from './test-helpers';

interface Field {
  name: string;
  isPickList: boolean;
  picklistValues: { value: string; label: string; isActive: boolean }[] | null;
}

const fieldsOf = async (entity: string) => {
  const res = await call(demoSim(), 'GET', `/${entity}/entityInformation/fields`);
  expect(res.status).toBe(200);
  return res.json.fields as Field[];
};
const picklist = async (entity: string, field: string) =>
  (await fieldsOf(entity)).find((f) => f.name === field)?.picklistValues?.map((v) => [v.value, v.label]);

describe('entityInformation', () => {
  it('describes what the entity allows and what this user may do', async () => {
    const res = await call(demoSim(), 'GET', '/Products/entityInformation');
    expect(res.json.info).toEqual({
      name: 'Product',
      canCreate: true,
      canDelete: false,
      canQuery: true,
      canUpdate: true,
      userAccessForCreate: 'All',
      userAccessForDelete: 'None',
      userAccessForQuery: 'All',
      userAccessForUpdate: 'All',
      hasUserDefinedFields: true,
      supportsWebhookCallouts: false,
    });
  });

  it('is served for a child through its parent URL too', async () => {
    const res = await call(demoSim(), 'GET', '/PurchaseOrders/1042/Items/entityInformation');
    expect(res.json.info.name).toBe('PurchaseOrderItem');
  });

  it('says the receiving entity is create-only and ShippingTypes read-only', async () => {
    const sim = demoSim();
    expect((await call(sim, 'GET', '/PurchaseOrderItemReceiving/entityInformation')).json.info).toMatchObject(
      {
        canCreate: true,
        canUpdate: false,
      },
    );
    expect((await call(sim, 'GET', '/ShippingTypes/entityInformation')).json.info).toMatchObject({
      canCreate: false,
      canUpdate: false,
    });
  });
});

describe('entityInformation/fields picklists', () => {
  it('gives the demo tenant PO status ids as strings, deliberately not 1–5', async () => {
    expect(await picklist('PurchaseOrders', 'status')).toEqual([
      ['11', 'New'],
      ['12', 'Submitted'],
      ['13', 'Received Partial'],
      ['14', 'Received Full'],
      ['15', 'Cancel'],
    ]);
  });

  it('gives a fresh tenant the common ids', async () => {
    const { sim, creds, api } = emptyTenantSim();
    const res = await call(sim, 'GET', `${api}/PurchaseOrders/entityInformation/fields`, undefined, {
      creds,
    });
    const status = (res.json.fields as Field[]).find((f) => f.name === 'status');
    expect(status?.picklistValues?.map((v) => v.value)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('lists companyType with 7 = Vendor', async () => {
    expect(await picklist('Companies', 'companyType')).toContainEqual(['7', 'Vendor']);
  });

  it('lists product categories including an inactive one', async () => {
    const fields = await fieldsOf('Products');
    const categories = fields.find((f) => f.name === 'productCategory')?.picklistValues ?? [];
    expect(categories.find((c) => c.label === 'Legacy Hardware')).toMatchObject({
      value: '64',
      isActive: false,
    });
  });

  it.each([
    ['Products', 'billingType'],
    ['Products', 'periodType'],
    ['PurchaseOrders', 'paymentTerm'],
  ])('has a %s.%s picklist', async (entity, field) => {
    expect((await picklist(entity, field))?.length).toBeGreaterThan(1);
  });

  it('marks required, read-only and reference fields, with null picklists elsewhere', async () => {
    const res = await call(demoSim(), 'GET', '/PurchaseOrderItems/entityInformation/fields');
    const byName = Object.fromEntries((res.json.fields as { name: string }[]).map((f) => [f.name, f]));
    expect(byName.quantity).toMatchObject({
      dataType: 'integer',
      isRequired: true,
      isPickList: false,
      picklistValues: null,
    });
    expect(byName.productID).toMatchObject({ isReference: true, referenceEntityType: 'Product' });
    expect(byName.id).toMatchObject({ isReadOnly: true });
  });

  it('lists the tenant user-defined fields', async () => {
    const res = await call(demoSim(), 'GET', '/Products/entityInformation/userDefinedFields');
    expect(res.json.fields.map((f: { name: string }) => f.name)).toEqual([
      'Distributor SKU',
      'Distributor',
      'Last Price Sync',
    ]);
  });
});
