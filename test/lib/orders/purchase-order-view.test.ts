import { beforeEach, describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { DISTRIBUTORS, distributorLabel } from '../../../lib/distributor/registry';
import {
  findPurchaseOrder,
  getPurchaseOrderView,
  readPurchaseOrder,
} from '../../../lib/orders/purchase-order-view';
import { DEMO_AUTOTASK, DEMO_TENANT, DEMO_VENDOR_ID, addApiUser, demoWorld } from '../connections/world';

type World = Awaited<ReturnType<typeof demoWorld>>;
let world: World;
const client = (credentials = DEMO_AUTOTASK) => createAutotaskClient({ credentials, fetch: world.fetch });

const FIRST = DISTRIBUTORS[0]!.id;
const SECOND = DISTRIBUTORS[1]!.id;
/** The second registry entry's vendor company in the demo tenant (Ingram Micro there). */
const SECOND_VENDOR_ID = 29683002;
/** The first distributor has the demo vendor; the second one `second` (or none). */
const vendors = (first: number | undefined = DEMO_VENDOR_ID, second?: number) => [
  { id: FIRST, vendorId: first, connected: true },
  { id: SECOND, vendorId: second, connected: second !== undefined },
];

beforeEach(async () => {
  world = await demoWorld();
});

describe('the purchase order view', () => {
  it('shows demo PO 1042 with its three TD SYNNEX lines, vendor, ship-to and status label', async () => {
    const view = await getPurchaseOrderView(1042, { client: client(), vendors: vendors() });

    expect(view).toMatchObject({
      id: 1042,
      number: 'PO-1042',
      statusLabel: 'New',
      vendorId: DEMO_VENDOR_ID,
      vendorName: 'TD SYNNEX Corporation',
      isDistributorVendor: true,
      distributor: { id: FIRST, label: distributorLabel(FIRST) },
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

    const view = await getPurchaseOrderView(1042, { client: client(), vendors: vendors() });

    expect(view).toMatchObject({ statusId: submitted, statusLabel: 'Submitted' });
  });

  it('says the PO is for no distributor when its vendor is no distributor’s company', async () => {
    const view = await getPurchaseOrderView(1042, { client: client(), vendors: vendors(1, 2) });
    expect(view.isDistributorVendor).toBe(false);
    expect(view.distributor).toBeUndefined();
    // The lines still show the PO vendor's own part numbers.
    expect(view.lines.map((line) => line.sku)).toEqual(['5432101', '5432102', '5432103']);
  });

  it('routes by the PO’s vendor: a PO of the second distributor’s vendor is that distributor’s', async () => {
    const view = await getPurchaseOrderView(1046, {
      client: client(),
      vendors: vendors(DEMO_VENDOR_ID, SECOND_VENDOR_ID),
    });
    expect(view.distributor).toEqual({ id: SECOND, label: distributorLabel(SECOND) });
    expect(view.isDistributorVendor).toBe(true);
  });

  it('reads the other distributors’ SKUs from their vendor rows in the same query', async () => {
    const read = await readPurchaseOrder(1042, {
      client: client(),
      vendors: vendors(DEMO_VENDOR_ID, SECOND_VENDOR_ID),
    });
    // Demo product 71 (SKU 5432101) also has a vendor row of the second distributor's company.
    const first = read.view.lines[0]!;
    expect(read.otherSkus.get(first.productId)?.get(SECOND)).toBe('IM-20XW0055US');
    expect(read.otherSkus.get(read.view.lines[1]!.productId)).toBeUndefined();
  });

  it('leaves costs and total blank for a user that cannot read costs, never zero', async () => {
    const creds = addApiUser(world, 'no-costs@contoso-msp.example', { noCosts: true });

    const view = await getPurchaseOrderView(1042, {
      client: client(creds),
      vendors: vendors(),
    });

    expect(view.lines).toHaveLength(3);
    for (const line of view.lines) expect(line.unitCost).toBeUndefined();
    expect(view.total).toBeUndefined();
  });

  it('answers a missing or hidden PO with not-found', async () => {
    await expect(
      getPurchaseOrderView(999_999, { client: client(), vendors: vendors() }),
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
