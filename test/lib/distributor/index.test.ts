import { describe, expect, it } from 'vitest';
import { createDistributorAdapter } from '../../../lib/distributor/index';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/index';

describe('createDistributorAdapter', () => {
  it.each([
    ['US', 'production', 'https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability'],
    ['US', 'test', 'https://testec.us.tdsynnex.com/SynnexXML/PriceAvailability'],
    ['CA', 'production', 'https://ec.ca.tdsynnex.com/SynnexXML/PriceAvailability'],
    ['CA', 'test', 'https://testec.ca.tdsynnex.com/SynnexXML/PriceAvailability'],
  ] as const)('sends a %s %s account to its own host', async (region, environment, url) => {
    const sim = createTdSynnexSim({ catalogueSize: 10 });
    sim.accounts.add({ ...DEMO_TDSYNNEX_ACCOUNT, region });
    const adapter = createDistributorAdapter(
      'tdsynnex',
      { ...DEMO_TDSYNNEX_ACCOUNT, region, environment },
      { fetch: sim.fetch },
    );
    const [item] = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    expect(item?.status).toBe('active');
    expect(sim.requests.map((r) => r.url)).toEqual([url]);
    expect(sim.requests[0]?.body).toContain(`<customerNo>${DEMO_TDSYNNEX_ACCOUNT.customerNo}</customerNo>`);
  });

  it('shows CA warehouses to a CA account', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 10 });
    sim.accounts.add({ ...DEMO_TDSYNNEX_ACCOUNT, region: 'CA' });
    const adapter = createDistributorAdapter(
      'tdsynnex',
      { ...DEMO_TDSYNNEX_ACCOUNT, region: 'CA', environment: 'production' },
      { fetch: sim.fetch },
    );
    const [item] = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    expect(item?.warehouses.map((w) => w.id)).toEqual(['26', '29', '31', '81', '98']);
  });

  it('refuses a US login on the CA host (the accounts are separate)', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 10 });
    const adapter = createDistributorAdapter(
      'tdsynnex',
      { ...DEMO_TDSYNNEX_ACCOUNT, region: 'CA', environment: 'production' },
      { fetch: sim.fetch },
    );
    await expect(adapter.priceAvailability([{ distributorSku: '5432101' }])).rejects.toMatchObject({
      kind: 'auth',
    });
  });

  it('declares the TD SYNNEX batch size and concurrency', () => {
    const adapter = createDistributorAdapter('tdsynnex', {
      ...DEMO_TDSYNNEX_ACCOUNT,
      environment: 'production',
    });
    expect(adapter.capabilities).toEqual({
      id: 'tdsynnex',
      displayName: 'TD SYNNEX',
      maxPriceBatch: 50,
      concurrency: 3,
    });
  });

  it('refuses an account its registry schema rejects, naming the field', () => {
    expect(() =>
      createDistributorAdapter('tdsynnex', { ...DEMO_TDSYNNEX_ACCOUNT, environment: 'staging' }),
    ).toThrow(/environment/);
  });

  it('knows no distributor outside the registry', () => {
    expect(() => createDistributorAdapter('acme', {})).toThrow(RangeError);
  });
});
