import { describe, expect, it } from 'vitest';
import { checkIngramRequest } from './ingram-contract';
import { expectContractProblem } from './recorder';
import { createIngramSim } from '../sandbox/ingram/index';
import { setup, demoOrder, pn } from '../lib/distributor/ingram/harness';
import { onAnyIngramRequest } from '../sandbox/ingram/index';
import type { IngramSimRequest } from '../sandbox/ingram/index';

const API = 'https://api.ingrammicro.com/sandbox/resellers';
const HEADERS = {
  Authorization: 'Bearer x',
  Accept: 'application/json',
  'IM-CustomerNumber': '20-222222',
  'IM-CountryCode': 'US',
  'IM-CorrelationID': '0123456789abcdef0123456789abcdef',
};
const JSON_HEADERS = { ...HEADERS, 'Content-Type': 'application/json' };
const PNA = `${API}/v6/catalog/priceandavailability?includeAvailability=true&includePricing=true`;
const ORDER = JSON.stringify({
  customerOrderNumber: 'PO-1',
  acceptBackOrder: true,
  shipToInfo: {
    companyName: 'Smith',
    addressLine1: '1 Main',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
    countryCode: 'US',
  },
  lines: [{ customerLineNumber: '1', ingramPartNumber: 'DF4128', quantity: 1, unitPrice: 9.5 }],
});

describe('the Ingram contract checker', () => {
  it.each([
    [
      'token (POST, form-encoded)',
      'POST',
      'https://api.ingrammicro.com/oauth/oauth20/token',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'grant_type=client_credentials&client_id=a&client_secret=b',
    ],
    [
      'price & availability',
      'POST',
      PNA,
      JSON_HEADERS,
      JSON.stringify({ products: [{ ingramPartNumber: 'DF4128' }, { vendorPartNumber: 'X-1' }] }),
    ],
    ['order create', 'POST', `${API}/v6/orders`, JSON_HEADERS, ORDER],
    [
      'order create (production, no sandbox prefix)',
      'POST',
      'https://api.ingrammicro.com/resellers/v6/orders',
      JSON_HEADERS,
      ORDER,
    ],
    [
      'order search',
      'GET',
      `${API}/v6/orders/search?customerOrderNumber=PO-1&pageSize=100`,
      HEADERS,
      undefined,
    ],
    ['order detail v6.1', 'GET', `${API}/v6.1/orders/20-RFKW4`, HEADERS, undefined],
  ])('accepts %s', (_name, method, url, headers, body) => {
    expect(checkIngramRequest(method, url, headers, body)).toEqual([]);
  });

  it.each([
    ['an unknown path', 'GET', `${API}/v6/nothing`, HEADERS, undefined, /no such path/],
    [
      'a verb the path does not declare',
      'PATCH',
      `${API}/v6/orders`,
      JSON_HEADERS,
      ORDER,
      /PATCH is not declared/,
    ],
    [
      'a missing IM-CorrelationID',
      'GET',
      `${API}/v6.1/orders/20-RFKW4`,
      { ...HEADERS, 'IM-CorrelationID': undefined },
      undefined,
      /IM-CorrelationID is missing/,
    ],
    [
      'a correlation id over 32 characters',
      'GET',
      `${API}/v6.1/orders/20-RFKW4`,
      { ...HEADERS, 'IM-CorrelationID': 'x'.repeat(33) },
      undefined,
      /longer than 32/,
    ],
    [
      'a 3-letter country code',
      'GET',
      `${API}/v6.1/orders/20-RFKW4`,
      { ...HEADERS, 'IM-CountryCode': 'USA' },
      undefined,
      /longer than 2/,
    ],
    [
      'a missing required query flag',
      'POST',
      `${API}/v6/catalog/priceandavailability?includeAvailability=true`,
      JSON_HEADERS,
      '{"products":[]}',
      /includePricing is missing/,
    ],
    [
      'an undeclared query parameter',
      'GET',
      `${API}/v6/orders/search?poNumber=1`,
      HEADERS,
      undefined,
      /poNumber is not in the spec/,
    ],
    [
      'an order number over 12 characters',
      'GET',
      `${API}/v6.1/orders/20-RFKW4-11-999`,
      HEADERS,
      undefined,
      /longer than 12/,
    ],
    [
      'a body field the schema lacks',
      'POST',
      `${API}/v6/orders`,
      JSON_HEADERS,
      ORDER.replace('"acceptBackOrder"', '"acceptBackorder"'),
      /acceptBackorder: not in the spec/,
    ],
    [
      'a city over 25 characters',
      'POST',
      `${API}/v6/orders`,
      JSON_HEADERS,
      ORDER.replace('Springfield', 'S'.repeat(26)),
      /shipToInfo\.city: longer than 25/,
    ],
    [
      'a quantity sent as a string',
      'POST',
      `${API}/v6/orders`,
      JSON_HEADERS,
      ORDER.replace('"quantity":1', '"quantity":"1"'),
      /quantity: expected a integer/,
    ],
    [
      'an order without customerOrderNumber',
      'POST',
      `${API}/v6/orders`,
      JSON_HEADERS,
      ORDER.replace('"customerOrderNumber":"PO-1",', ''),
      /customerOrderNumber: required/,
    ],
    [
      'a token GET with the secret in the URL is still the spec’s form, but a POST with a query is not',
      'POST',
      'https://api.ingrammicro.com/oauth/oauth20/token?client_secret=b',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'grant_type=client_credentials&client_id=a&client_secret=b',
      /not the URL/,
    ],
    [
      'a token POST without client_secret',
      'POST',
      'https://api.ingrammicro.com/oauth/oauth20/token',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'grant_type=client_credentials&client_id=a',
      /client_secret is required/,
    ],
    [
      'another host',
      'GET',
      'https://api.ingrammicro.example/resellers/v6/orders/search',
      HEADERS,
      undefined,
      /not Ingram's/,
    ],
  ])('refuses %s', (_name, method, url, headers, body, problem) => {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    const problems = checkIngramRequest(method, url, clean, body);
    expect(problems.join('\n')).toMatch(problem);
  });
});

describe('every request the Ingram adapter sends', () => {
  it('matches the spec, across token, PNA (3 batches), create, search and detail', async () => {
    const seen: IngramSimRequest[] = [];
    const stop = onAnyIngramRequest((event) => seen.push(event));
    try {
      const { sim, adapter } = setup();
      await adapter.priceAvailability([
        ...sim.catalogue
          .all()
          .slice(0, 110)
          .map((p) => ({ distributorSku: p.ingramPartNumber })),
        { mfgPartNumber: '20XW0055US' },
      ]);
      await adapter.submitOrder(demoOrder());
      sim.ship('AT684213-1042', 'half');
      await adapter.orderStatus('AT684213-1042');
      await adapter.orderStatus('NOT-THERE');
      expect(pn(5432101)).toMatch(/^[A-Z]{2}\d{4}$/);
    } finally {
      stop();
    }
    expect(new Set(seen.map((r) => r.operation))).toEqual(
      new Set(['token', 'price', 'order', 'search', 'detail']),
    );
    for (const r of seen)
      expect(checkIngramRequest(r.method, r.url, r.headers, r.body), `${r.method} ${r.url}`).toEqual([]);
  });
});

describe('the contract setup (test/contract/setup.ts)', () => {
  it('checks every request an Ingram simulator receives in a test: a broken one must be announced', async () => {
    expectContractProblem(/IM-CorrelationID is missing/);
    const sim = createIngramSim({ catalogueSize: 0 });
    const { 'IM-CorrelationID': _dropped, ...headers } = HEADERS;
    const res = await sim.fetch(new Request(`${API}/v6.1/orders/20-RFKW4`, { headers }));
    // The simulator refuses it too, with IM-SPEC's validation-failed body.
    expect(res.status).toBe(401); // the token is checked first: 'Bearer x' is no token
  });
});
