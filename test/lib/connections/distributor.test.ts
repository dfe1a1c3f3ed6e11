// Connect, Reconnect and the vendor company of a distributor (issue 2 §4, issue 12 §3), through the
// registry: TD SYNNEX against its simulator, over the real storage and vault. A second registry
// entry (Ingram Micro) shows that the vendor choice and the stored views are per distributor.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import {
  autoSelectVendor,
  connectDistributor,
  distributorView,
  listVendors,
  reconnectDistributor,
  selectVendor,
} from '../../../lib/connections/distributor';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { recentEntries } from '../../../lib/log/activity-reads';
import { distributorConnection, distributorVendor } from '../../../lib/settings/settings';
import { loadSecret } from '../../../lib/settings/vault';
import { DEMO_AUTOTASK, DEMO_TDSYNNEX, DEMO_TENANT, DEMO_VENDOR_ID, allText, demoWorld } from './world';

type World = Awaited<ReturnType<typeof demoWorld>>;
let world: World;

const TDS = 'tdsynnex';
const OTHER = DISTRIBUTORS.find((info) => info.id !== TDS)!.id;

beforeEach(async () => {
  world = await demoWorld();
});

describe('Connect a distributor', () => {
  it('verifies the login with a one-SKU price request and stores the password only in the vault', async () => {
    const view = await connectDistributor(TDS, DEMO_TDSYNNEX, world.deps);

    expect(view).toMatchObject({
      connected: true,
      account: {
        customerNo: '123456',
        userId: DEMO_TDSYNNEX.userId,
        region: 'US',
        environment: 'production',
      },
    });
    expect(view.account).not.toHaveProperty('password');
    const priceRequests = world.tdsynnex.requests.filter((r) => r.operation === 'price');
    expect(priceRequests).toHaveLength(1);
    expect(priceRequests[0]!.body.match(/<skuList>/gi)).toHaveLength(1);
    // The vault holds the whole account; chrome.storage only what may be shown.
    expect(await loadSecret(TDS)).toEqual(DEMO_TDSYNNEX);
    expect(JSON.stringify(await distributorConnection(TDS).getValue())).not.toContain(DEMO_TDSYNNEX.password);
    expect((await distributorConnection(OTHER).getValue()).connected).toBe(false);
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({ operation: 'connection', result: 'success', distributor: TDS });
    expect(entry?.summary).toBe('Connected to TD SYNNEX customer 123456 (US, production)');
  });

  it('refuses an account its registry schema rejects, naming the field, before any request', async () => {
    const attempt = connectDistributor(TDS, { ...DEMO_TDSYNNEX, region: 'FR' }, world.deps);

    await expect(attempt).rejects.toMatchObject({
      kind: 'validation',
      service: 'distributor',
      distributor: TDS,
      code: 'invalid-account',
    });
    await expect(attempt).rejects.toThrow(/region/);
    expect(world.tdsynnex.requests).toEqual([]);
    expect(await loadSecret(TDS)).toBeUndefined();
  });

  it('turns a refused login into an auth error with the distributor’s login hint, and saves nothing', async () => {
    const attempt = connectDistributor(TDS, { ...DEMO_TDSYNNEX, password: 'wrong-password-1' }, world.deps);

    await expect(attempt).rejects.toMatchObject({ kind: 'auth', service: 'distributor', distributor: TDS });
    expect(await loadSecret(TDS)).toBeUndefined();
    expect((await distributorConnection(TDS).getValue()).connected).toBe(false);
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({
      operation: 'connection',
      result: 'failed',
      hintId: 'tdsynnex-login',
      distributor: TDS,
    });
    expect(allText(entry)).not.toContain('wrong-password-1');
  });

  it('reconnects with a new password and keeps the account, region and vendor choice', async () => {
    await connectDistributor(TDS, DEMO_TDSYNNEX, world.deps);
    await distributorVendor(TDS).setValue({
      companyId: DEMO_VENDOR_ID,
      companyName: 'TD SYNNEX Corporation',
    });
    world.tdsynnex.accounts.add({ ...DEMO_TDSYNNEX, password: 'new-tds-password' });

    const view = await reconnectDistributor(TDS, { password: 'new-tds-password' }, world.deps);

    expect(view).toMatchObject({
      connected: true,
      account: { customerNo: '123456', region: 'US' },
      vendorCompanyId: DEMO_VENDOR_ID,
    });
    expect((await loadSecret(TDS))?.password).toBe('new-tds-password');
  });

  it('lets Reconnect change the secret fields only', async () => {
    await connectDistributor(TDS, DEMO_TDSYNNEX, world.deps);
    await expect(
      reconnectDistributor(TDS, { password: DEMO_TDSYNNEX.password, customerNo: '999' }, world.deps),
    ).rejects.toMatchObject({ code: 'invalid-account' });
    expect((await distributorConnection(TDS).getValue()).account?.customerNo).toBe('123456');
  });

  it('refuses a reconnect before any account was set up', async () => {
    await expect(reconnectDistributor(TDS, { password: 'whatever' }, world.deps)).rejects.toMatchObject({
      code: 'not-configured',
    });
  });
});

describe('the vendor company of a distributor', () => {
  const client = () => createAutotaskClient({ credentials: DEMO_AUTOTASK, fetch: world.fetch });

  it('lists the tenant’s vendors with the one named like the distributor suggested first', async () => {
    const vendors = await listVendors(TDS, client());

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
    // Another distributor's pattern does not suggest this company.
    expect((await listVendors(OTHER, client())).find((v) => v.id === DEMO_VENDOR_ID)?.suggested).toBe(false);
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

    const vendors = await listVendors(TDS, client());

    expect(vendors.map((v) => v.id)).toContain(DEMO_VENDOR_ID);
  });

  it('stores the chosen vendor and shows it with the connection', async () => {
    await connectDistributor(TDS, DEMO_TDSYNNEX, world.deps);

    const view = await selectVendor(TDS, DEMO_VENDOR_ID, client(), world.deps);

    expect(view).toMatchObject({
      connected: true,
      vendorCompanyId: DEMO_VENDOR_ID,
      vendorCompanyName: 'TD SYNNEX Corporation',
    });
    expect(await distributorView(TDS, world.deps)).toEqual(view);
    expect(await distributorVendor(OTHER).getValue()).toBeNull();
  });

  it('refuses a company already standing for another distributor (vendor-taken)', async () => {
    await selectVendor(TDS, DEMO_VENDOR_ID, client(), world.deps);

    await expect(selectVendor(OTHER, DEMO_VENDOR_ID, client(), world.deps)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'vendor-taken',
      message: expect.stringContaining('TD SYNNEX Corporation already stands for TD SYNNEX'),
    });
    expect(await distributorVendor(OTHER).getValue()).toBeNull();
    // Choosing it again for its own distributor is fine.
    await expect(selectVendor(TDS, DEMO_VENDOR_ID, client(), world.deps)).resolves.toMatchObject({
      vendorCompanyId: DEMO_VENDOR_ID,
    });
  });

  it('refuses a company that is not a vendor', async () => {
    const customer = world.autotask.db
      .rows(DEMO_TENANT, 'Companies')
      .find(
        (c) =>
          c.companyType !== world.autotask.db.picklistValue(DEMO_TENANT, 'Companies.companyType', 'Vendor'),
      )!;

    await expect(selectVendor(TDS, customer.id, client(), world.deps)).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(await distributorVendor(TDS).getValue()).toBeNull();
  });
});

describe('first run: the vendor is saved at Connect when only one matches (issue 10 §5)', () => {
  const client = async () => createAutotaskClient({ credentials: DEMO_AUTOTASK, fetch: world.fetch });
  const vendorType = () => world.autotask.db.picklistValue(DEMO_TENANT, 'Companies.companyType', 'Vendor');

  it('saves the one vendor company named like the distributor', async () => {
    await connectDistributor(TDS, DEMO_TDSYNNEX, world.deps);
    const view = await autoSelectVendor(TDS, client, world.deps);
    expect(view).toMatchObject({
      vendorCompanyId: DEMO_VENDOR_ID,
      vendorCompanyName: 'TD SYNNEX Corporation',
    });
    expect(await distributorVendor(TDS).getValue()).toEqual({
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
    await connectDistributor(TDS, DEMO_TDSYNNEX, world.deps);
    const view = await autoSelectVendor(TDS, client, world.deps);
    expect(view.vendorCompanyId).toBeUndefined();
    expect(await distributorVendor(TDS).getValue()).toBeNull();
  });

  it('saves nothing when the one match already stands for another distributor', async () => {
    await distributorVendor(OTHER).setValue({
      companyId: DEMO_VENDOR_ID,
      companyName: 'TD SYNNEX Corporation',
    });
    const view = await autoSelectVendor(TDS, client, world.deps);
    expect(view.vendorCompanyId).toBeUndefined();
    expect(await distributorVendor(TDS).getValue()).toBeNull();
  });

  it('never replaces a company the user chose', async () => {
    await distributorVendor(TDS).setValue({ companyId: 5, companyName: 'Chosen by hand' });
    await autoSelectVendor(TDS, client, world.deps);
    expect(await distributorVendor(TDS).getValue()).toEqual({ companyId: 5, companyName: 'Chosen by hand' });
  });

  it('without Autotask, connects and leaves the choice for later', async () => {
    const view = await autoSelectVendor(TDS, () => Promise.reject(new Error('not connected')), world.deps);
    expect(view.vendorCompanyId).toBeUndefined();
  });
});
