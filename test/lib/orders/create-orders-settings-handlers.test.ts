// Issue 10 §1: the Create Orders template's settings, as the background answers the options page —
// the trigger status comes from the tenant's own PO status picklist (the demo tenant's ids are
// deliberately unusual), and the switch is not part of the form.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrdersHandlers } from '../../../lib/orders/create-orders-handlers';
import { protocol } from '../../../lib/messaging/protocol';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { loadTemplateSettings } from '../../../lib/sync/template-settings';
import { createOrdersTemplate } from '../../../lib/orders/create-orders-template';
import { orderStatusWorld } from '../order-status/world';
import type { OrderStatusWorld } from '../order-status/world';

let world: OrderStatusWorld;
let handlers: ReturnType<typeof createOrdersHandlers>;
const sender = { kind: 'extension' } as never;

beforeEach(async () => {
  world = await orderStatusWorld();
  registerTemplate(createOrdersTemplate);
  handlers = createOrdersHandlers(world.services);
});
afterEach(() => {
  unregisterTemplate(createOrdersTemplate.id);
  world.dispose();
});

describe('createOrders.settings', () => {
  it('offers the tenant’s open PO status labels as trigger statuses, with the defaults', async () => {
    const view = await handlers['createOrders.settings']({}, sender);
    // Received and cancelled POs are never ordered.
    expect(view.triggerStatuses).toEqual(['New', 'Submitted']);
    expect(view.settings).toMatchObject({
      enabled: false,
      triggerStatus: 'Submitted',
      automaticSubmission: false,
    });
  });
});

describe('createOrders.saveSettings', () => {
  it('saves the settings, storing the trigger status as the tenant spells it', async () => {
    const view = await handlers['createOrders.saveSettings'](
      { triggerStatus: 'new', automaticSubmission: true, shipMethod: 'UPS', backorderPolicy: 'reject' },
      sender,
    );
    expect(view.settings).toMatchObject({
      triggerStatus: 'New',
      automaticSubmission: true,
      shipMethod: 'UPS',
      backorderPolicy: 'reject',
      enabled: false,
    });
    expect((await loadTemplateSettings(createOrdersTemplate)).triggerStatus).toBe('New');
  });

  it('refuses a trigger status the tenant does not have, and changes nothing', async () => {
    await expect(
      handlers['createOrders.saveSettings']({ triggerStatus: 'Cancel' }, sender),
    ).rejects.toMatchObject({ kind: 'validation', field: 'triggerStatus' });
    expect((await loadTemplateSettings(createOrdersTemplate)).triggerStatus).toBe('Submitted');
  });

  it('does not accept the switch in the settings message (templates.setEnabled is the switch)', () => {
    const payload = protocol['createOrders.saveSettings'].payload;
    expect(payload.safeParse({ enabled: true }).success).toBe(false);
    expect(protocol['createOrders.saveSettings'].from).toEqual(['extension']);
    expect(protocol['templates.setEnabled'].from).toEqual(['extension']);
  });
});
