import { describe, expect, it } from 'vitest';
import { createIngramSim, DEMO_INGRAM_ACCOUNT, DropConnection, ingramPartNumberFor } from './index';
import type { IngramSim } from './index';

const ORIGIN = 'https://api.ingrammicro.com';
const API = `${ORIGIN}/sandbox/resellers`;

async function token(sim: IngramSim, secret = DEMO_INGRAM_ACCOUNT.clientSecret): Promise<Response> {
  return sim.fetch(
    new Request(`${ORIGIN}/oauth/oauth20/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEMO_INGRAM_ACCOUNT.clientId,
        client_secret: secret,
      }),
    }),
  );
}

async function headers(sim: IngramSim, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const { access_token } = (await (await token(sim)).json()) as { access_token: string };
  return {
    authorization: `Bearer ${access_token}`,
    'content-type': 'application/json',
    'IM-CustomerNumber': DEMO_INGRAM_ACCOUNT.customerNumber,
    'IM-CountryCode': 'US',
    'IM-CorrelationID': 'c0ffee',
    ...extra,
  };
}

const pna = (sim: IngramSim, h: Record<string, string>, products: unknown[]) =>
  sim.fetch(
    new Request(`${API}/v6/catalog/priceandavailability?includeAvailability=true&includePricing=true`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ products }),
    }),
  );

describe('the Ingram simulator', () => {
  it('issues a bearer token for the right client credentials, refuses others', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const ok = await token(sim);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ token_type: 'Bearer', expires_in: '86399' });
    expect((await token(sim, 'nope')).status).toBe(401);
  });

  it('refuses a call without the IM- headers with IM-SPEC’s validation-failed body', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const h = await headers(sim);
    delete h['IM-CorrelationID'];
    const res = await pna(sim, h, [{ ingramPartNumber: 'X' }]);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errors: [
        {
          type: '/errors/validation-failed',
          fields: [{ field: 'IM-CorrelationID', message: 'IM-CorrelationID cannot be blank' }],
        },
      ],
    });
  });

  it('answers a customer number that is not the token’s with "Invalid CustomerNumber"', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const res = await pna(sim, await headers(sim, { 'IM-CustomerNumber': '20-000001' }), [
      { ingramPartNumber: 'X' },
    ]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('Invalid CustomerNumber');
  });

  it('answers 207 with a per-item E for unknown parts, echoing the correlation id', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const res = await pna(sim, await headers(sim), [
      { ingramPartNumber: ingramPartNumberFor('5432101') },
      { ingramPartNumber: 'NOPE' },
    ]);
    expect(res.status).toBe(207);
    expect(res.headers.get('IM-CorrelationID')).toBe('c0ffee');
    const body = (await res.json()) as { productStatusCode?: string; productStatusMessage?: string }[];
    expect(body[1]).toMatchObject({
      productStatusCode: 'E',
      productStatusMessage: 'Product not found for IngramPartNumber:  NOPE',
    });
  });

  it('refuses more than 50 products in one call', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const res = await pna(
      sim,
      await headers(sim),
      Array.from({ length: 51 }, () => ({ ingramPartNumber: 'X' })),
    );
    expect(res.status).toBe(400);
  });

  it('an expired token is refused with 401', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const h = await headers(sim);
    sim.expireTokens();
    expect((await pna(sim, h, [{ ingramPartNumber: 'X' }])).status).toBe(401);
  });

  it('429 carries Retry-After and X-RateLimit-* (IM-RATE)', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const h = await headers(sim);
    sim.faults.throttleNext(1, 5, 'price');
    const res = await pna(sim, h, [{ ingramPartNumber: 'X' }]);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('"order created, response lost": the order is stored and the connection drops', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const h = await headers(sim);
    sim.faults.dropNext(1, 'order');
    const send = sim.fetch(
      new Request(`${API}/v6/orders`, {
        method: 'POST',
        headers: h,
        body: JSON.stringify({
          customerOrderNumber: 'PO-9',
          lines: [{ customerLineNumber: '1', ingramPartNumber: ingramPartNumberFor('5432101'), quantity: 1 }],
        }),
      }),
    );
    await expect(send).rejects.toBeInstanceOf(DropConnection);
    expect(sim.order('PO-9')).toBeDefined();
    expect(sim.requests.at(-1)?.outcome).toBe('dropped');
  });

  it('serves the production root and the /sandbox prefix with separate order books', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    const h = await headers(sim);
    const search = (base: string) =>
      sim.fetch(new Request(`${base}/resellers/v6/orders/search?customerOrderNumber=PO-9`, { headers: h }));
    await sim.fetch(
      new Request(`${ORIGIN}/resellers/v6/orders`, {
        method: 'POST',
        headers: h,
        body: JSON.stringify({
          customerOrderNumber: 'PO-9',
          lines: [{ customerLineNumber: '1', ingramPartNumber: ingramPartNumberFor('5432102'), quantity: 1 }],
        }),
      }),
    );
    expect((await search(ORIGIN)).status).toBe(200);
    expect((await search(`${ORIGIN}/sandbox`)).status).toBe(204);
  });

  it('logs requests without the client secret or the bearer token', async () => {
    const sim = createIngramSim({ catalogueSize: 0 });
    await pna(sim, await headers(sim), [{ ingramPartNumber: 'X' }]);
    const text = JSON.stringify(sim.requests);
    expect(text).not.toContain(DEMO_INGRAM_ACCOUNT.clientSecret);
    expect(text).not.toMatch(/Bearer sim-/);
  });
});
