import { beforeEach, describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import {
  autoSelectVendor,
  connectTdSynnex,
  listVendors,
  reconnectTdSynnex,
  selectVendor,
  tdsynnexView,
} from '../../../lib/connections/tdsynnex';
import { recentEntries } from '../../../lib/log/activity';
import { tdsynnexConnection, tdsynnexVendor } from '../../../lib/settings/settings';
import { loadSecret } from '../../../lib/settings/vault';
import { DEMO_AUTOTASK, DEMO_TDSYNNEX, DEMO_TENANT, DEMO_VENDOR_ID, allText, demoWorld } from './world';

type World = Awaited<ReturnType<typeof demoWorld>>;
let world: World;

beforeEach(async () => {
  world = await demoWorld();
});

describe('Connect to TD SYNNEX', () => {
  it('verifies the login with a one-SKU price request and stores the password only in the vault', async () => {
    const view = await connectTdSynnex(DEMO_TDSYNNEX, world.deps);

    expect(view).toMatchObject({
      connected: true,
      customerNo: '123456',
      userId: DEMO_TDSYNNEX.userId,
      region: 'US',
      environment: 'production',
    });
    const priceRequests = world.tdsynnex.requests.filter((r) => r.operation === 'price');
    expect(priceRequests).toHaveLength(1);
    expect(priceRequests[0]!.body.match(/<skuList>/gi)).toHaveLength(1);
    expect(await loadSecret('tdsynnex')).toEqual({
      customerNo: '123456',
      userId: DEMO_TDSYNNEX.userId,
      password: DEMO_TDSYNNEX.password,
    });
    expect(JSON.stringify(await tdsynnexConnection.getValue())).not.toContain(DEMO_TDSYNNEX.password);
  });

  it('turns a refused login into an auth error with the TD SYNNEX login hint, and saves nothing', async () => {
    const attempt = connectTdSynnex({ ...DEMO_TDSYNNEX, password: 'wrong-password-1' }, world.deps);

    await expect(attempt).rejects.toMatchObject({ kind: 'auth', service: 'tdsynnex' });
    expect(await loadSecret('tdsynnex')).toBeUndefined();
    expect((await tdsynnexConnection.getValue()).connected).toBe(false);
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({ operation: 'connection', result: 'failed', hintId: 'tdsynnex-login' });
    expect(allText(entry)).not.toContain('wrong-password-1');
  });

  it('reconnects with a new password and keeps the account, region and vendor choice', async () => {
    await connectTdSynnex(DEMO_TDSYNNEX, world.deps);
    await tdsynnexVendor.setValue({ companyId: DEMO_VENDOR_ID, companyName: 'TD SYNNEX Corporation' });
    world.tdsynnex.accounts.add({ ...DEMO_TDSYNNEX, password: 'new-tds-password' });

    const view = await reconnectTdSynnex('new-tds-password', world.deps);

    expect(view).toMatchObject({
      connected: true,
      customerNo: '123456',
      region: 'US',
      vendorCompanyId: DEMO_VENDOR_ID,
    });
    expect((await loadSecret('tdsynnex'))?.password).toBe('new-tds-password');
  });

  it('refuses a reconnect before any account was set up', async () => {
    await expect(reconnectTdSynnex('whatever', world.deps)).rejects.toMatchObject({ code: 'not-configured' });
  });
});

describe('the TD SYNNEX vendor company', () => {
  const client = () => createAutotaskClient({ credentials: DEMO_AUTOTASK, fetch: world.fetch });

  it('lists the tenant’s vendors with the SYNNEX one suggested first', async () => {
    const vendors = await listVendors(client());

    expect(vendors[0]).toEqual({ id: DEMO_VENDOR_ID, name: 'TD SYNNEX Corporation', suggested: true });
    expect(vendors.filter((v) => v.suggested)).toHaveLength(1);
    const customers = world.autotask.db
      .rows(DEMO_TENANT, 'Companies')
      .filter(
        (c) =>
          c.companyType !== world.autotask.db.picklistValue(DEMO_TENANT, 'Companies.companyType', 'Vendor'),
      );
    expect(customers.length).toBeGreaterThan(0);
    for (const customer of customers) expect(vendors.map((v) => v.id)).not.toContain(customer.id);
  });

  it('reads the Vendor company type by its label, whatever its id in this tenant', async () => {
    const tenant = world.autotask.db.tenant(DEMO_TENANT);
    const vendorType = world.autotask.db.picklistValue(DEMO_TENANT, 'Companies.companyType', 'Vendor');
    // Move "Vendor" to another id, and every vendor company with it.
    const entry = tenant.picklists['Companies.companyType']!.find((v) => v.label === 'Vendor')!;
    entry.value = 70;
    for (const row of world.autotask.db.rows(DEMO_TENANT, 'Companies')) {
      if (row.companyType === vendorType) row.companyType = 70;
    }

    const vendors = await listVendors(client());

    expect(vendors.map((v) => v.id)).toContain(DEMO_VENDOR_ID);
  });

  it('stores the chosen vendor and shows it with the connection', async () => {
    await connectTdSynnex(DEMO_TDSYNNEX, world.deps);

    const view = await selectVendor(DEMO_VENDOR_ID, client(), world.deps);

    expect(view).toMatchObject({
      connected: true,
      vendorCompanyId: DEMO_VENDOR_ID,
      vendorCompanyName: 'TD SYNNEX Corporation',
    });
    expect(await tdsynnexView(world.deps)).toEqual(view);
  });

  it('refuses a company that is not a vendor', async () => {
    const customer = world.autotask.db
      .rows(DEMO_TENANT, 'Companies')
      .find(
        (c) =>
          c.companyType !== world.autotask.db.picklistValue(DEMO_TENANT, 'Companies.companyType', 'Vendor'),
      )!;

    await expect(selectVendor(customer.id, client(), world.deps)).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(await tdsynnexVendor.getValue()).toBeNull();
  });
});

describe('first run: the TD SYNNEX vendor is saved at Connect when only one matches (issue 10 §5)', () => {
  const client = async () => createAutotaskClient({ credentials: DEMO_AUTOTASK, fetch: world.fetch });
  const vendorType = () => world.autotask.db.picklistValue(DEMO_TENANT, 'Companies.companyType', 'Vendor');

  it('saves the one vendor company named like SYNNEX', async () => {
    await connectTdSynnex(DEMO_TDSYNNEX, world.deps);
    const view = await autoSelectVendor(client, world.deps);
    expect(view).toMatchObject({
      vendorCompanyId: DEMO_VENDOR_ID,
      vendorCompanyName: 'TD SYNNEX Corporation',
    });
    expect(await tdsynnexVendor.getValue()).toEqual({
      companyId: DEMO_VENDOR_ID,
      companyName: 'TD SYNNEX Corporation',
    });
  });

  it('saves nothing when two vendor companies match: the user chooses', async () => {
    world.autotask.db.insert(DEMO_TENANT, 'Companies', {
      companyName: 'SYNNEX Canada',
      companyType: vendorType(),
      isActive: true,
    });
    await connectTdSynnex(DEMO_TDSYNNEX, world.deps);
    const view = await autoSelectVendor(client, world.deps);
    expect(view.vendorCompanyId).toBeUndefined();
    expect(await tdsynnexVendor.getValue()).toBeNull();
  });

  it('never replaces a company the user chose', async () => {
    await tdsynnexVendor.setValue({ companyId: 5, companyName: 'Chosen by hand' });
    await autoSelectVendor(client, world.deps);
    expect(await tdsynnexVendor.getValue()).toEqual({ companyId: 5, companyName: 'Chosen by hand' });
  });

  it('without Autotask, connects and leaves the choice for later', async () => {
    const view = await autoSelectVendor(() => Promise.reject(new Error('not connected')), world.deps);
    expect(view.vendorCompanyId).toBeUndefined();
  });
});
