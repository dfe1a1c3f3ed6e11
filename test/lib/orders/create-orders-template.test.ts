// Issue 3 §4: the Create Orders template on both simulators, through the real engine. Automatic
// submission is off by default (POs are listed as ready); "already ordered" comes from the outbox
// or the order number on the PO, never from the status; zero eligible POs while the vendor's POs
// sit in other statuses logs the "No orders created" hint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { createDistributorAdapter } from '../../../lib/distributor';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { itemsOf, recentEntries } from '../../../lib/log/activity-reads';
import { orderHandlers } from '../../../lib/orders/handlers';
import { startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { provideSyncServices } from '../../../lib/sync/services';
import type { SyncServices } from '../../../lib/sync/services';
import { saveTemplateSettings } from '../../../lib/sync/template-settings';
import { createOrdersTemplate } from '../../../lib/orders/create-orders-template';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/index';
import { freshDb } from '../db/fresh-db';

const SUBMITTED_PO = DEMO.purchaseOrders.submitted;

let autotask: ReturnType<typeof createAutotaskSim>;
let tdsynnex: ReturnType<typeof createTdSynnexSim>;
let services: SyncServices;

beforeEach(async () => {
  await freshDb();
  autotask = createAutotaskSim({ seed: 'demo' });
  tdsynnex = createTdSynnexSim({ seed: 'demo', catalogueSize: 0 });
  const client = createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch: autotask.fetch as typeof fetch,
  });
  const distributor = createDistributorAdapter(
    DISTRIBUTORS[0]!.id,
    { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
    { fetch: tdsynnex.fetch, sleep: async () => {} },
  );
  // A new object per test: the order service is one per services object (one per worker).
  services = {
    autotask: async () => client,
    distributor: async () => distributor,
    distributorVendors: async () =>
      DISTRIBUTORS.map(({ id }, i) =>
        i === 0
          ? { id, vendorId: DEMO.tdSynnexVendorId, connected: true }
          : { id, vendorId: undefined, connected: false },
      ),
    beginWork: async () => {},
  };
  provideSyncServices(services);
  registerTemplate(createOrdersTemplate);
});
afterEach(() => {
  unregisterTemplate(createOrdersTemplate.id);
  provideSyncServices(undefined);
});

async function run() {
  return (await startRun(createOrdersTemplate.id, 'manual')).finished;
}
const orderRequests = () => tdsynnex.requests.filter((r) => r.operation === 'order');
const setOnPo = (values: Record<string, unknown>) =>
  Object.assign(autotask.db.get(DEMO.ci, 'PurchaseOrders', SUBMITTED_PO)!, values);

describe('Create Orders from Autotask', () => {
  it('is off and manual by default, with Submitted as the trigger status', () => {
    expect(createOrdersTemplate.defaultSettings).toMatchObject({
      enabled: false,
      automaticSubmission: false,
      triggerStatus: 'Submitted',
    });
  });

  it('in manual mode lists the PO in the trigger status as ready and sends no order', async () => {
    expect(await run()).toMatchObject({ result: 'success' });
    expect(orderRequests()).toEqual([]);
    const [entry] = await recentEntries(1);
    expect(entry?.summary).toMatch(/1 purchase order\(s\) ready/);
    expect(entry?.keys).toContain('po-1043');
  });

  it('shows the waiting PO to the popup, saying why it waits', async () => {
    const waiting = await orderHandlers(services)['orders.waiting']({}, { kind: 'extension', url: 'x' });
    expect(waiting).toEqual([expect.objectContaining({ poId: SUBMITTED_PO, number: 'PO-1043' })]);
    expect(waiting[0]?.reason).toMatch(/off/);
  });

  it('with automatic submission places one order, and a second run places none', async () => {
    await saveTemplateSettings(createOrdersTemplate, { automaticSubmission: true });
    expect(await run()).toMatchObject({ result: 'success' });
    expect(tdsynnex.orders.map((o) => o.poNumber)).toEqual([`AT${DEMO.ci}-${SUBMITTED_PO}`]);
    const po = autotask.db.get(DEMO.ci, 'PurchaseOrders', SUBMITTED_PO)!;
    expect(String(po.externalPONumber)).toMatch(/\d/);

    // The status is still Submitted (the trigger), yet the outbox knows it is ordered.
    await run();
    expect(orderRequests()).toHaveLength(1);
  });

  it('treats an order number already on the PO as ordered, whatever the status', async () => {
    await saveTemplateSettings(createOrdersTemplate, { automaticSubmission: true });
    setOnPo({ externalPONumber: '40999999' });
    await run();
    expect(orderRequests()).toEqual([]);
  });

  it('logs the "No orders created" hint when nothing is eligible but POs sit in other statuses', async () => {
    setOnPo({ externalPONumber: '40999999' });
    expect(await run()).toMatchObject({ result: 'success' });
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({ hintId: 'no-orders-created' });
    expect(entry?.summary).toMatch(/^No orders created/);
  });

  it('says per PO why no order was created: already ordered, other vendor, other status', async () => {
    setOnPo({ externalPONumber: '40999999' });
    // Another vendor's PO waiting in the trigger status.
    Object.assign(autotask.db.get(DEMO.ci, 'PurchaseOrders', DEMO.purchaseOrders.otherVendor)!, {
      status: autotask.db.get(DEMO.ci, 'PurchaseOrders', SUBMITTED_PO)!.status,
    });
    await run();
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({ hintId: 'no-orders-created', result: 'success' });
    const items = await itemsOf(entry!.id!);
    const reasons = Object.fromEntries(items.map((i) => [i.label, [i.outcome, i.message]]));
    expect(reasons['PO-1043']).toEqual(['already-ordered', expect.stringMatching(/40999999/)]);
    expect(reasons['PO-1046']).toEqual(['wrong-vendor', expect.stringMatching(/not the company chosen/)]);
    // PO-1042 is New: a status other than the trigger. Cancelled and received POs are not listed.
    expect(reasons['PO-1042']).toEqual(['wrong-status', expect.stringMatching(/"New", not "Submitted"/)]);
    expect(reasons['PO-1045']).toBeUndefined();
    expect(reasons['PO-1044']).toBeUndefined();
  });

  it('in manual mode logs the ready PO as not ordered because automatic submission is off', async () => {
    await run();
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({ hintId: 'no-orders-created' });
    const [item] = await itemsOf(entry!.id!);
    expect(item).toMatchObject({ label: 'PO-1043', outcome: 'not-ordered' });
    expect(item?.message).toMatch(/Automatic submission is off/);
  });
});
