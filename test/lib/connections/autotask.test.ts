import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  NO_COSTS_WARNING,
  connectAutotask,
  disconnect,
  reconnectAutotask,
} from '../../../lib/connections/autotask';
import { connectDistributor } from '../../../lib/connections/distributor';
import { persistedZoneCache } from '../../../lib/connections/zone-cache';
import { recentEntries } from '../../../lib/log/activity-reads';
import { autotaskConnection, runScheduledHere, templateSettingsItem } from '../../../lib/settings/settings';
import { loadSecret } from '../../../lib/settings/vault';
import { defineTemplate } from '../../../lib/sync/define-template';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { syncAlarms } from '../../../lib/sync/scheduler';
import { z } from 'zod';
import {
  DEMO_AUTOTASK,
  DEMO_TDSYNNEX,
  DEMO_TENANT,
  addApiUser,
  allText,
  demoWorld,
  dumpDatabase,
} from './world';

type World = Awaited<ReturnType<typeof demoWorld>>;
let world: World;

beforeEach(async () => {
  world = await demoWorld();
});

async function lastEntry() {
  const [entry] = await recentEntries(1);
  if (!entry) throw new Error('no activity entry was written');
  return entry;
}

async function storageSnapshot() {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('Connect to Autotask', () => {
  it('shows the tenant id and zone of the demo API user, with nothing missing', async () => {
    const view = await connectAutotask(DEMO_AUTOTASK, world.deps);

    expect(view).toMatchObject({
      connected: true,
      userName: DEMO_AUTOTASK.userName,
      tenantId: DEMO_TENANT,
      zoneName: 'America East 3',
      webUrl: 'https://ww22.autotask.net/',
      missing: [],
      warnings: [],
    });
    expect(await autotaskConnection.getValue()).toEqual(view);
    expect(await loadSecret('autotask')).toEqual(DEMO_AUTOTASK);
    expect(await lastEntry()).toMatchObject({ operation: 'connection', result: 'success' });
    expect((await lastEntry()).summary).toContain('tenant 684213 (America East 3)');
  });

  it('turns a wrong secret into an auth error with the 401 hint, and saves nothing', async () => {
    const attempt = connectAutotask({ ...DEMO_AUTOTASK, secret: 'not-the-secret' }, world.deps);

    await expect(attempt).rejects.toMatchObject({ kind: 'auth', status: 401 });
    expect(await loadSecret('autotask')).toBeUndefined();
    expect((await autotaskConnection.getValue()).connected).toBe(false);
    expect(await lastEntry()).toMatchObject({ result: 'failed', hintId: 'autotask-unauthorized' });
    expect(allText(await lastEntry())).not.toContain('not-the-secret');
  });

  it('names an entity the security level forbids (403) and gives the permission hint', async () => {
    const creds = addApiUser(world, 'no-receiving@contoso-msp.example', {
      forbidden: new Set(['PurchaseOrderItemReceiving']),
    });

    const view = await connectAutotask(creds, world.deps);

    expect(view.connected).toBe(true);
    expect(view.missing).toEqual(['PurchaseOrderItemReceiving: query', 'PurchaseOrderItemReceiving: create']);
    expect(await lastEntry()).toMatchObject({ result: 'partial', hintId: 'autotask-forbidden' });
  });

  it('names an access the level lacks (userAccessForUpdate None) and one that silently returns no rows', async () => {
    const creds = addApiUser(world, 'restricted@contoso-msp.example', {
      access: { PurchaseOrders: { update: 'None' } },
      emptyRows: new Set(['Companies']),
    });

    const view = await connectAutotask(creds, world.deps);

    expect(view.missing).toEqual(['PurchaseOrders: update', 'Companies: query']);
    expect(await lastEntry()).toMatchObject({ result: 'partial', hintId: 'autotask-forbidden' });
  });

  it('warns about an API user that cannot read costs, with its own hint', async () => {
    const creds = addApiUser(world, 'no-costs@contoso-msp.example', { noCosts: true });

    const view = await connectAutotask(creds, world.deps);

    expect(view).toMatchObject({ connected: true, missing: [], warnings: [NO_COSTS_WARNING] });
    expect(await lastEntry()).toMatchObject({ result: 'partial', hintId: 'autotask-cannot-read-costs' });
  });

  it('does not warn about costs when the same tenant is read by a user that sees them', async () => {
    const view = await connectAutotask(DEMO_AUTOTASK, world.deps);
    expect(view.warnings).toEqual([]);
  });
});

describe('Reconnect to Autotask', () => {
  it('takes a new secret for the same tenant and keeps every setting', async () => {
    await connectAutotask(DEMO_AUTOTASK, world.deps);
    await runScheduledHere.setValue(true);
    await templateSettingsItem('product-sync').setValue({ enabled: true, markup: 12 });
    world.autotask.db.users.get(DEMO_AUTOTASK.userName)!.secret = 'rotated-secret-2';

    const view = await reconnectAutotask({ ...DEMO_AUTOTASK, secret: 'rotated-secret-2' }, world.deps);

    expect(view).toMatchObject({ connected: true, tenantId: DEMO_TENANT });
    expect(await loadSecret('autotask')).toEqual({ ...DEMO_AUTOTASK, secret: 'rotated-secret-2' });
    expect(await runScheduledHere.getValue()).toBe(true);
    expect(await templateSettingsItem('product-sync').getValue()).toEqual({ enabled: true, markup: 12 });
  });

  it('refuses an API user of another tenant and changes nothing', async () => {
    await connectAutotask(DEMO_AUTOTASK, world.deps);
    world.autotask.db.addTenant({ ci: 500100, zone: 5 });
    const other = addApiUser(world, 'api@other-msp.example', {}, 500100);
    const before = { storage: await storageSnapshot(), vault: await loadSecret('autotask') };

    const attempt = reconnectAutotask(other, world.deps);

    await expect(attempt).rejects.toMatchObject({ kind: 'conflict', code: 'tenant-mismatch' });
    await expect(attempt).rejects.toThrow(/tenant 500100.*connected to tenant 684213/);
    expect(await storageSnapshot()).toBe(before.storage);
    expect(await loadSecret('autotask')).toEqual(before.vault);
    expect(await lastEntry()).toMatchObject({ result: 'failed', hintId: 'autotask-tenant-mismatch' });
  });

  it('refuses another tenant on Connect too while one is connected', async () => {
    await connectAutotask(DEMO_AUTOTASK, world.deps);
    world.autotask.db.addTenant({ ci: 500100, zone: 5 });
    const other = addApiUser(world, 'api@other-msp.example', {}, 500100);

    await expect(connectAutotask(other, world.deps)).rejects.toMatchObject({ code: 'tenant-mismatch' });
    expect((await autotaskConnection.getValue()).tenantId).toBe(DEMO_TENANT);
  });
});

describe('Disconnect', () => {
  const CANARY_SECRET = 'canary-secret-5d1f0b';
  const CANARY_PASSWORD = 'canary-password-90ae42';
  const sampleTemplate = defineTemplate({
    id: 'sample-sync',
    name: 'Sample sync',
    operation: 'product-sync',
    settingsSchema: z.object({ enabled: z.boolean() }),
    defaultSettings: { enabled: false },
    schedule: () => ({ periodInMinutes: 15 }),
    run: async () => ({ result: 'success' as const }),
  });

  beforeEach(() => {
    registerTemplate(sampleTemplate);
    return () => unregisterTemplate(sampleTemplate.id);
  });

  async function connectCanaries() {
    const creds = {
      userName: 'canary@contoso-msp.example',
      secret: CANARY_SECRET,
      integrationCode: 'CANARYCODE',
    };
    world.autotask.db.addUser({ ...creds, ci: DEMO_TENANT });
    world.tdsynnex.accounts.add({
      customerNo: '700700',
      userId: 'canary-user',
      password: CANARY_PASSWORD,
      region: 'US',
    });
    await connectAutotask(creds, world.deps);
    await connectDistributor(
      'tdsynnex',
      { ...DEMO_TDSYNNEX, customerNo: '700700', userId: 'canary-user', password: CANARY_PASSWORD },
      world.deps,
    );
    await templateSettingsItem(sampleTemplate.id).setValue({ enabled: true });
    await runScheduledHere.setValue(true);
    await syncAlarms();
  }

  async function everywhere(): Promise<string> {
    const storage = [
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.sync.get(null),
      await fakeBrowser.storage.session.get(null),
    ];
    return allText(storage) + allText(await dumpDatabase());
  }

  it('disables every template, clears their alarms and leaves no Autotask credential anywhere', async () => {
    await connectCanaries();
    expect((await loadSecret('autotask'))?.secret).toBe(CANARY_SECRET);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    await disconnect('autotask', world.deps);

    expect(await loadSecret('autotask')).toBeUndefined();
    expect(await templateSettingsItem(sampleTemplate.id).getValue()).toMatchObject({ enabled: false });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await autotaskConnection.getValue()).toMatchObject({
      connected: false,
      missing: [],
      warnings: [],
    });
    const text = await everywhere();
    expect(text).not.toContain(CANARY_SECRET);
    expect(text).not.toContain('CANARYCODE');
    expect(await persistedZoneCache.get('canary@contoso-msp.example')).toBeUndefined();
    // TD SYNNEX is still connected until it is disconnected in turn.
    expect((await loadSecret('tdsynnex'))?.password).toBe(CANARY_PASSWORD);
  });

  it('leaves no TD SYNNEX password, and once both are gone no vault key either', async () => {
    await connectCanaries();

    await disconnect('tdsynnex', world.deps);
    await disconnect('autotask', world.deps);

    expect(await loadSecret('tdsynnex')).toBeUndefined();
    const dump = await dumpDatabase();
    expect(dump.secrets).toEqual([]);
    expect(dump.meta?.some((row) => (row as { key: string }).key === 'vault.key')).toBe(false);
    const text = await everywhere();
    expect(text).not.toContain(CANARY_PASSWORD);
    expect(text).not.toContain(CANARY_SECRET);
  });
});
