// The worker's wiring: at start it listens for messages through the router and for alarms, and it
// re-creates the template alarms. Messages are delivered the way the fake browser's runtime does.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { runScheduledHere, templateSettingsItem } from '../../../lib/settings/settings';
import { defineTemplate } from '../../../lib/sync/define-template';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { provideSyncServices } from '../../../lib/sync/services';
import { recentEntries } from '../../../lib/log/activity-reads';
import { z } from 'zod';
import { senders } from '../../lib/messaging/senders';
import { freshDb } from '../../lib/db/fresh-db';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';

const runs: string[] = [];
const hourly = defineTemplate({
  id: 'hourly-check',
  name: 'Hourly check',
  operation: 'order-check',
  settingsSchema: z.object({ enabled: z.boolean() }),
  defaultSettings: { enabled: false },
  schedule: () => ({ periodInMinutes: 60 }),
  run: async (ctx) => {
    runs.push(ctx.trigger);
    return { result: 'success' as const };
  },
});

beforeEach(async () => {
  await freshDb();
  runs.length = 0;
  registerTemplate(hourly);
  return () => unregisterTemplate(hourly.id);
});

const start = async () => {
  await background.main();
};
// Production templates and maintenance alarms exist too; these tests look at their own template's.
const ownAlarms = async () => (await fakeBrowser.alarms.getAll()).filter((a) => a.name.endsWith(hourly.id));
const alarmNames = async () => (await ownAlarms()).map((a) => [a.name, a.periodInMinutes]);

describe('the background service worker', () => {
  it('answers an options page through the router', async () => {
    await start();
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { name: 'connection.status', payload: {} },
      senders.optionsPage,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: {
        autotask: { connected: false },
        distributors: Object.fromEntries(DISTRIBUTORS.map((info) => [info.id, { connected: false }])),
      },
    });
  });

  it('refuses a content script that asks it to act, and a sender it cannot identify', async () => {
    await start();
    const connect = {
      name: 'autotask.connect',
      payload: { userName: 'api@contoso-msp.example', secret: 'x', integrationCode: 'y' },
    };
    const [fromContent] = await fakeBrowser.runtime.onMessage.trigger(connect, senders.contentScript);
    expect(fromContent).toMatchObject({ ok: false, error: { code: 'sender-not-allowed' } });
    expect(await fakeBrowser.runtime.sendMessage({ name: 'connection.status', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'sender-not-allowed' },
    });
  });

  it('re-creates the alarm of an enabled template at start when this browser runs schedules, and runs it when it fires', async () => {
    await runScheduledHere.setValue(true);
    await templateSettingsItem(hourly.id).setValue({ enabled: true });

    await start();
    await expect.poll(alarmNames).toEqual([['template:hourly-check', 60]]);
    // The worker's own services need stored credentials; a budget gate that lets work start stands in.
    const notHere = () => Promise.reject(new Error('not used by this template'));
    provideSyncServices({
      autotask: notHere,
      distributor: notHere,
      distributorVendors: async () => [],
      beginWork: async () => {},
    });

    const [alarm] = await ownAlarms();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await expect.poll(() => runs).toEqual(['schedule']);
  });

  it('does not run a scheduled template while Autotask is not connected, and logs why', async () => {
    await runScheduledHere.setValue(true);
    await templateSettingsItem(hourly.id).setValue({ enabled: true });
    await start();
    await expect.poll(alarmNames).toEqual([['template:hourly-check', 60]]);

    const [alarm] = await ownAlarms();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await expect
      .poll(async () => (await recentEntries(5)).map((e) => [e.result, e.error?.code]))
      .toEqual([['failed', 'not-connected']]);
    expect(runs).toEqual([]);
  });

  it('creates no alarm in a browser that does not run schedules', async () => {
    await templateSettingsItem(hourly.id).setValue({ enabled: true });
    // A stale alarm from an earlier configuration is removed by the start-up sync.
    await fakeBrowser.alarms.create('template:hourly-check', { periodInMinutes: 60 });
    await start();
    await expect.poll(alarmNames).toEqual([]);
  });
});
