// The sidebar's `Refresh status` and the options' mapping, as the background answers them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../lib/errors/app-error';
import { hintFor } from '../../../lib/hints/hints';
import { orderStatusHandlers } from '../../../lib/order-status/handlers';
import { DEMO, HOUR, PO, PO_NUMBER, orderStatusWorld, STATUS } from './world';
import { confirmWindow, notConfirmWindow } from '../confirm/confirm-sender';
import { updateTemplateSettings } from '../../../lib/sync/scheduler';
import { orderStatusTemplate } from '../../../lib/order-status/template';
import type { OrderStatusWorld } from './world';
import { activityForKey } from '../../../lib/log/key-activity';

let world: OrderStatusWorld;
let handlers: ReturnType<typeof orderStatusHandlers>;
const sender = { kind: 'sidebar' } as never;
// Issue 11 §1: the lookup writes back, so it runs only from its confirmation window.
const fromWindow = confirmWindow({ action: 'status-refresh', poId: PO });
beforeEach(async () => {
  world = await orderStatusWorld();
  handlers = orderStatusHandlers(world.services);
});
afterEach(() => world.dispose());

describe('Refresh status', () => {
  it('says there is nothing to look up for a PO that was never ordered', async () => {
    const view = await handlers['orderStatus.refresh']({ poId: PO }, fromWindow);
    expect(view).toEqual({
      poId: PO,
      distributor: 'tdsynnex',
      tracked: [],
      note: 'No TD SYNNEX order is known for this purchase order yet.',
    });
  });

  it('looks up an order another browser placed and shows its timeline and packages', async () => {
    const order = await world.orderElsewhere();
    world.tdsynnex.advance(4 * HOUR);
    const view = await handlers['orderStatus.refresh']({ poId: PO }, fromWindow);
    const [tracked] = view.tracked;
    expect(tracked?.poNumber).toBe(PO_NUMBER);
    expect(tracked?.distributor).toBe('tdsynnex');
    expect(tracked?.statusLabel).toBe('Partially shipped');
    expect(tracked?.orders.map((o) => o.orderNumber).sort()).toEqual([...order.orderNumbers].sort());
    const packages = tracked?.lines.flatMap((l) => l.packages) ?? [];
    expect(packages).toHaveLength(3);
    expect(packages.every((p) => p.trackingUrl?.startsWith('https://www.fedex.com/'))).toBe(true);
    expect(await handlers['orderStatus.get']({ poId: PO }, sender)).toEqual({
      poId: PO,
      distributor: 'tdsynnex',
      tracked: view.tracked,
    });
    expect((await handlers['orderStatus.inFlight']({}, sender)).map((o) => o.poNumber)).toEqual([PO_NUMBER]);
    // The sidebar's "Activity for PO-…" asks by the Autotask PO number: the refresh is listed there.
    const activity = await activityForKey(`PO-${PO}`, 10); // the demo tenant numbers POs PO-<id>
    expect(activity.map((a) => a.summary)).toContainEqual(
      expect.stringMatching(/^Refresh status: Checked 1 order.*\(TD SYNNEX\)$/),
    );
    // …and under its distributor's key, until the log has a distributor field of its own.
    expect((await activityForKey('distributor:tdsynnex', 10)).map((a) => a.summary)).toContainEqual(
      expect.stringMatching(/^Refresh status: Checked 1 order/),
    );
  });
});

describe('Refresh status asks the PO’s distributor: the one whose vendor company is the PO’s vendor', () => {
  const OTHER = DEMO.purchaseOrders.otherVendor; // PO-1046, vendor Ingram Micro in the demo tenant
  const fromOtherWindow = confirmWindow({ action: 'status-refresh', poId: OTHER });

  it('looks nothing up for a PO whose vendor is no distributor’s vendor company', async () => {
    const view = await handlers['orderStatus.refresh']({ poId: OTHER }, fromOtherWindow);
    expect(view).toEqual({
      poId: OTHER,
      tracked: [],
      note: 'The vendor of this purchase order is not the vendor company of any distributor: there is no distributor order to look up.',
    });
    expect(world.asked).toEqual([]);
    expect(world.tdsynnex.requests).toHaveLength(0);
  });

  it('says that distributor is not connected, and never asks another one', async () => {
    world.vendors[1] = { id: 'ingram', vendorId: DEMO.ingramVendorId, connected: false };
    const refused = handlers['orderStatus.refresh']({ poId: OTHER }, fromOtherWindow);
    await expect(refused).rejects.toMatchObject({
      kind: 'auth',
      service: 'distributor',
      distributor: 'ingram',
      code: 'not-connected',
    });
    expect(world.asked).toEqual(['ingram']);
    expect(world.tdsynnex.requests).toHaveLength(0);
  });
});

describe('Refresh status writes only from its confirmation window, and never while the template is off', () => {
  it.each(Object.entries(notConfirmWindow))('refuses the %s without asking anyone', async (_, from) => {
    await world.orderElsewhere();
    const [tdsynnex, autotask] = [world.tdsynnex.requests.length, world.autotask.requests.length];
    await expect(handlers['orderStatus.refresh']({ poId: PO }, from)).rejects.toMatchObject({
      code: 'sender-not-allowed',
    });
    await expect(
      handlers['orderStatus.refresh'](
        { poId: PO },
        confirmWindow({ action: 'status-refresh', poId: PO + 1 }),
      ),
    ).rejects.toMatchObject({ code: 'sender-not-allowed' });
    expect([world.tdsynnex.requests.length, world.autotask.requests.length]).toEqual([tdsynnex, autotask]);
  });

  it('with Get Order Status off, looks nothing up, writes nothing and offers the template settings', async () => {
    await world.orderElsewhere();
    await updateTemplateSettings(orderStatusTemplate, { enabled: false });
    const [tdsynnex, autotask] = [world.tdsynnex.requests.length, world.autotask.requests.length];
    const refused = handlers['orderStatus.refresh']({ poId: PO }, fromWindow);
    await expect(refused).rejects.toMatchObject({ code: 'order-status-off' });
    const hint = hintFor(await Promise.resolve(refused).catch((e: unknown) => e as AppErrorData));
    expect(hint).toMatchObject({ id: 'order-status-off', action: { template: 'order-status' } });
    expect([world.tdsynnex.requests.length, world.autotask.requests.length]).toEqual([tdsynnex, autotask]);
  });
});

describe('Refresh status clicked again at once', () => {
  it('answers from the lookup just made, without asking TD SYNNEX or Autotask again', async () => {
    await world.orderElsewhere();
    const first = await handlers['orderStatus.refresh']({ poId: PO }, fromWindow);
    const [tdsynnex, autotask] = [world.tdsynnex.requests.length, world.autotask.requests.length];
    expect(await handlers['orderStatus.refresh']({ poId: PO }, fromWindow)).toEqual(first);
    expect([world.tdsynnex.requests.length, world.autotask.requests.length]).toEqual([tdsynnex, autotask]);
  });
});

describe('the mapping settings', () => {
  it('offers the tenant’s active PO statuses, the received ones included (issue 10 §1)', async () => {
    const view = await handlers['orderStatus.settings']({}, sender);
    expect(view.statusOptions.map((o) => o.label)).toEqual([
      'New',
      'Submitted',
      'Received Partial',
      'Received Full',
      'Cancel',
    ]);
  });

  it('proposes a mapping from the status names while nothing is mapped, and no longer once saved', async () => {
    const view = await handlers['orderStatus.settings']({}, sender);
    expect(view.proposedMapping).toMatchObject({
      PARTIALLY_SHIPPED: { kind: 'status', statusId: STATUS.partial },
      SHIPPED: { kind: 'status', statusId: STATUS.full },
    });
    const saved = await handlers['orderStatus.saveSettings']({ mapping: view.proposedMapping }, sender);
    expect(saved.settings.mapping.PARTIALLY_SHIPPED).toEqual({ kind: 'status', statusId: STATUS.partial });
    expect(saved.proposedMapping).toBeUndefined();
  });

  it('refuses a status the tenant does not have as a mapping target', async () => {
    await expect(
      handlers['orderStatus.saveSettings'](
        { mapping: { SHIPPED: { kind: 'status', statusId: 987_654 } } },
        sender,
      ),
    ).rejects.toMatchObject({ kind: 'validation', field: 'mapping.SHIPPED' });
    const saved = await handlers['orderStatus.saveSettings'](
      { mapping: { SHIPPED: { kind: 'note' } }, receiving: 'when-shipped' },
      sender,
    );
    expect(saved.settings).toMatchObject({
      mapping: { SHIPPED: { kind: 'note' } },
      receiving: 'when-shipped',
    });
  });
});
