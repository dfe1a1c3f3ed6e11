import { describe, expect, it } from 'vitest';
import { apiCalls, caught, pn, setup } from './harness';

const ONE = [{ distributorSku: pn(5432101) }];

describe('Ingram OAuth token', () => {
  it('is fetched once, POSTed form-encoded, and reused by later calls', async () => {
    const { sim, adapter } = setup();
    await adapter.priceAvailability(ONE);
    await adapter.priceAvailability(ONE);
    const tokenCalls = apiCalls(sim, 'token');
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]).toMatchObject({
      method: 'POST',
      url: 'https://api.ingrammicro.com/oauth/oauth20/token',
    });
    expect(tokenCalls[0]!.headers['content-type']).toMatch(/x-www-form-urlencoded/);
    expect(tokenCalls[0]!.body).toMatch(/grant_type=client_credentials/);
    expect(tokenCalls[0]!.url).not.toMatch(/secret/);
  });

  it('is shared by concurrent callers (one token request in flight)', async () => {
    const { sim, adapter } = setup();
    await Promise.all([
      adapter.priceAvailability(ONE),
      adapter.priceAvailability(ONE),
      adapter.orderStatus('NOPE-1'),
    ]);
    expect(apiCalls(sim, 'token')).toHaveLength(1);
  });

  it('is refreshed shortly before it expires', async () => {
    const { sim, adapter } = setup();
    await adapter.priceAvailability(ONE);
    sim.advance(86_399_000 - 59_000); // 59 s before expiry: inside the 60 s margin
    await adapter.priceAvailability(ONE);
    expect(apiCalls(sim, 'token')).toHaveLength(2);
    expect(apiCalls(sim, 'price').every((r) => r.outcome === 200)).toBe(true);
  });

  it('is refreshed once on a 401 and the read is sent again with the new token', async () => {
    const { sim, adapter } = setup();
    await adapter.priceAvailability(ONE);
    sim.expireTokens();
    const [result] = await adapter.priceAvailability(ONE);
    expect(result?.status).toBe('active');
    expect(apiCalls(sim, 'token')).toHaveLength(2);
    expect(apiCalls(sim, 'price').map((r) => r.outcome)).toEqual([200, 401, 200]);
  });

  it('gives up after one refresh: a second 401 is an auth error', async () => {
    const { sim, adapter } = setup();
    sim.faults.unauthorizedNext(2, 'price');
    const error = await caught(() => adapter.priceAvailability(ONE));
    expect(error).toMatchObject({
      kind: 'auth',
      code: 'unauthorized',
      service: 'distributor',
      distributor: 'ingram',
    });
    expect(apiCalls(sim, 'token')).toHaveLength(2);
  });

  it('refused client credentials → auth / token-refused, never an API call', async () => {
    const { sim, adapter } = setup({ adapter: { clientSecret: 'wrong-secret-value' } });
    const error = await caught(() => adapter.priceAvailability(ONE));
    expect(error).toMatchObject({ kind: 'auth', code: 'token-refused', distributor: 'ingram' });
    expect(apiCalls(sim, 'price')).toHaveLength(0);
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
  });
});
