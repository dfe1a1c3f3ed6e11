// The Ingram registry entry and factory as the rest of the extension uses them: the account form's
// schema, the adapter built by id over the policy, and the login probe against the simulator.
import { describe, expect, it } from 'vitest';
import { createDistributorAdapter, distributorFactory } from '../../../../lib/distributor/index';
import { distributorById } from '../../../../lib/distributor/registry';
import { accountSchemaOf } from '../../../../lib/distributor/accounts';
import { createIngramSim, DEMO_INGRAM_ACCOUNT } from '../../../sandbox/ingram/index';

const ACCOUNT = {
  clientId: DEMO_INGRAM_ACCOUNT.clientId,
  clientSecret: DEMO_INGRAM_ACCOUNT.clientSecret,
  customerNumber: DEMO_INGRAM_ACCOUNT.customerNumber,
  countryCode: 'us',
  environment: 'sandbox',
};

describe('Ingram Micro in the registry', () => {
  it('accepts the form as typed, upper-casing the country, and keeps the client secret out of view', () => {
    const info = distributorById('ingram');
    expect(accountSchemaOf(info.id).parse(ACCOUNT)).toMatchObject({ countryCode: 'US' });
    expect(info.secretFields).toEqual(['clientSecret']);
    expect(info.describe({ customerNumber: '20-222222', countryCode: 'US', environment: 'sandbox' })).toBe(
      'customer 20-222222 (US, sandbox)',
    );
  });

  it('refuses a customer number longer than IM-CustomerNumber allows, naming the field', () => {
    const parsed = accountSchemaOf('ingram').safeParse({
      ...ACCOUNT,
      customerNumber: '12345678901',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['customerNumber']);
  });

  it('proves a login with one token and one price call, a part nobody sells answered per item', async () => {
    const sim = createIngramSim({ catalogueSize: 10 });
    const factory = distributorFactory('ingram');
    const adapter = createDistributorAdapter('ingram', ACCOUNT, { fetch: sim.fetch });
    await expect(factory.probe(adapter)).resolves.toBeDefined();
    expect(sim.requests.map((r) => r.operation)).toEqual(['token', 'price']);
    expect(adapter.capabilities).toMatchObject({
      id: 'ingram',
      displayName: 'Ingram Micro',
      maxPriceBatch: 50,
    });
  });

  it('a wrong client secret fails the probe as an auth error of Ingram, with no secret in it', async () => {
    const sim = createIngramSim({ catalogueSize: 10 });
    const adapter = createDistributorAdapter(
      'ingram',
      { ...ACCOUNT, clientSecret: 'wrong-secret-0000' },
      { fetch: sim.fetch },
    );
    const error = await distributorFactory('ingram')
      .probe(adapter)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ kind: 'auth', service: 'distributor', distributor: 'ingram' });
    expect(JSON.stringify(error)).not.toContain('wrong-secret-0000');
  });
});
