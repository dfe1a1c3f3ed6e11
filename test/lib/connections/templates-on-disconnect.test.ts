// Issue 10 §1: Disconnect switches every template off but keeps every setting, so after Connect one
// click on the switch brings each back as it was. Real production templates, real storage, the demo
// simulators behind the connection services the background uses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectAutotask, disconnect } from '../../../lib/connections/autotask';
import { connectDistributor } from '../../../lib/connections/distributor';
import { runScheduledHere, templateSettingsItem } from '../../../lib/settings/settings';
import { listTemplates, registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { setEnabled, updateTemplateSettings } from '../../../lib/sync/scheduler';
import { loadTemplateSettings } from '../../../lib/sync/template-settings';
import { createOrdersTemplate } from '../../../lib/orders/create-orders-template';
import { orderStatusTemplate } from '../../../lib/order-status/template';
import { productSyncTemplate } from '../../../lib/products/template';
import { DEMO_AUTOTASK, DEMO_TDSYNNEX, demoWorld } from './world';

let world: Awaited<ReturnType<typeof demoWorld>>;

const allSettings = async (): Promise<{ enabled: boolean }[]> => [
  await loadTemplateSettings(productSyncTemplate),
  await loadTemplateSettings(createOrdersTemplate),
  await loadTemplateSettings(orderStatusTemplate),
];

async function connectBoth() {
  await connectAutotask(DEMO_AUTOTASK, world.deps);
  await connectDistributor('tdsynnex', DEMO_TDSYNNEX, world.deps);
}

const scheduleAlarms = async () =>
  (await fakeBrowser.alarms.getAll())
    .map((a) => a.name)
    .filter((n) => n.startsWith('template:'))
    .sort();

beforeEach(async () => {
  fakeBrowser.reset();
  [productSyncTemplate, createOrdersTemplate, orderStatusTemplate].forEach(registerTemplate);
  world = await demoWorld();
  await runScheduledHere.setValue(true);
  await connectBoth();
  // What a user set up: every template on, each with settings other than the defaults.
  await updateTemplateSettings(productSyncTemplate, {
    enabled: true,
    dailyAt: '03:30',
    categoryMapping: { Notebooks: 'Hardware' },
  });
  await updateTemplateSettings(createOrdersTemplate, {
    enabled: true,
    triggerStatus: 'Submitted',
    automaticSubmission: true,
    shipMethod: 'UPS',
    backorderPolicy: 'reject',
    schedule: { periodInMinutes: 30 },
  });
  await updateTemplateSettings(orderStatusTemplate, {
    enabled: true,
    frequency: { every: 'minutes', minutes: 15 },
    receiving: 'when-shipped',
    mapping: { PARTIALLY_SHIPPED: { kind: 'note' } },
  });
});

afterEach(() => {
  for (const t of listTemplates()) unregisterTemplate(t.id);
});

describe('Disconnect → Connect (issue 10 §1)', () => {
  it('switches every template off, clears its alarm, and keeps every other setting', async () => {
    const before = await allSettings();
    expect(await scheduleAlarms()).toHaveLength(3);

    await disconnect('autotask', world.deps);

    const after = await allSettings();
    expect(after.map((s) => s.enabled)).toEqual([false, false, false]);
    expect(after).toEqual(before.map((s) => ({ ...s, enabled: false })));
    expect(await scheduleAlarms()).toEqual([]);
  });

  it('after Connect, one switch click per template brings back the schedule exactly as it was', async () => {
    await disconnect('autotask', world.deps);
    await connectAutotask(DEMO_AUTOTASK, world.deps);

    for (const id of ['product-sync', 'create-orders', 'order-status']) await setEnabled(id, true);

    expect(await loadTemplateSettings(productSyncTemplate)).toMatchObject({
      enabled: true,
      dailyAt: '03:30',
      categoryMapping: { Notebooks: 'Hardware' },
    });
    expect(await loadTemplateSettings(createOrdersTemplate)).toMatchObject({
      enabled: true,
      automaticSubmission: true,
      shipMethod: 'UPS',
      schedule: { periodInMinutes: 30 },
    });
    expect((await loadTemplateSettings(orderStatusTemplate)).mapping).toEqual({
      PARTIALLY_SHIPPED: { kind: 'note' },
    });
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.find((a) => a.name === 'template:create-orders')?.periodInMinutes).toBe(30);
    expect(alarms.find((a) => a.name === 'template:order-status')?.periodInMinutes).toBe(15);
    const nightly = new Date(alarms.find((a) => a.name === 'template:product-sync')?.scheduledTime ?? 0);
    expect([nightly.getHours(), nightly.getMinutes()]).toEqual([3, 30]);
  });

  it('keeps a stored setting the current schema cannot read, instead of writing the defaults over it', async () => {
    const item = templateSettingsItem(productSyncTemplate.id);
    // E.g. written by a newer version of the extension, or a value since made stricter.
    await item.setValue({ ...(await item.getValue()), runCap: 999_999_999, futureOption: 'x' });

    await disconnect('tdsynnex', world.deps);

    expect(await item.getValue()).toMatchObject({
      enabled: false,
      dailyAt: '03:30',
      runCap: 999_999_999,
      futureOption: 'x',
    });
  });

  it('refuses to switch on a template that does not exist', async () => {
    await expect(setEnabled('no-such-template', true)).rejects.toMatchObject({
      kind: 'validation',
      code: 'invalid-settings',
    });
  });
});
