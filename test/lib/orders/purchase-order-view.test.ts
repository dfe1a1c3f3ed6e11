import { beforeEach, describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { findPurchaseOrder, getPurchaseOrderView } from '../../../lib/orders/purchase-order-view';
import { DEMO_AUTOTASK, DEMO_TENANT, DEMO_VENDOR_ID, addApiUser, demoWorld } from '../connections/world';

type World = Awaited<ReturnType<typeof demoWorld>>;
let world: World;
const client = (credentials = DEMO_AUTOTASK) => createAutotaskClient({ credentials, fetch: world.fetch });

beforeEach(async () => {
  world = await demoWorld();
});

describe('the purchase order view', () => {
  it('shows demo PO 1042 with its three TD SYNNEX lines, vendor, ship-to and status label', async () => {
    const view = await getPurchaseOrderView(1042, { client: client(), distributorVendorId: DEMO_VENDOR_ID });

    expect(view).toMatchObject({
      id: 1042,
      number: 'PO-1042',
      statusLabel: 'New',
      vendorId: DEMO_VENDOR_ID,
      vendorName: 'TD SYNNEX Corporation',
      isDistributorVendor: true,
    });
    expect(view.shipTo.name).toBe('Smith & Sons <HQ>');
    expect(view.lines.map((line) => line.sku)).toEqual(['5432101', '5432102', '5432103']);
    for (const line of view.lines) {
      expect(line.quantity).toBeGreaterThan(0);
      expect(line.description).not.toBe('');
      expect(line.unitCost).toBeTypeOf('number');
    }
    const sum = view.lines.reduce((total, line) => total + line.quantity * (line.unitCost ?? 0), 0);
    expect(view.total).toBeCloseTo(sum, 2);
  });

  it('reads the status label from the tenant’s picklist, not from a fixed id', async () => {
    const submitted = world.autotask.db.picklistValue(DEMO_TENANT, 'PurchaseOrders.status', 'Submitted');
    world.autotask.db.update(DEMO_TENANT, 'PurchaseOrders', 1042, { status: submitted });

    const view = await getPurchaseOrderView(1042, { client: client(), distributorVendorId: DEMO_VENDOR_ID });

    expect(view).toMatchObject({ statusId: submitted, statusLabel: 'Submitted' });
  });

  it('says the PO is not for the distributor when another vendor is chosen', async () => {
    const view = await getPurchaseOrderView(1042, { client: client(), distributorVendorId: 1 });
    expect(view.isDistributorVendor).toBe(false);
  });

  it('leaves costs and total blank for a user that cannot read costs, never zero', async () => {
    const creds = addApiUser(world, 'no-costs@contoso-msp.example', { noCosts: true });

    const view = await getPurchaseOrderView(1042, {
      client: client(creds),
      distributorVendorId: DEMO_VENDOR_ID,
    });

    expect(view.lines).toHaveLength(3);
    for (const line of view.lines) expect(line.unitCost).toBeUndefined();
    expect(view.total).toBeUndefined();
  });

  it('answers a missing or hidden PO with not-found', async () => {
    await expect(
      getPurchaseOrderView(999_999, { client: client(), distributorVendorId: DEMO_VENDOR_ID }),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('finding a purchase order', () => {
  it.each([
    ['its number', 'PO-1042', 1042],
    ['its number with spaces around', '  PO-1042 ', 1042],
    ['its id', '1042', 1042],
  ])('finds demo PO 1042 by %s', async (_how, query, poId) => {
    expect(await findPurchaseOrder(query, client())).toBe(poId);
  });

  it.each([
    ['an unknown number', 'PO-0000'],
    ['an unknown id', '987654'],
    ['text that cannot be a PO', '<script>'],
  ])('finds nothing for %s', async (_what, query) => {
    expect(await findPurchaseOrder(query, client())).toBeUndefined();
  });
});
