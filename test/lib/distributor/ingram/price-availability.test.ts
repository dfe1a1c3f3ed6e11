import { describe, expect, it } from 'vitest';
import { apiCalls, caught, pn, setup } from './harness';

describe('Ingram price & availability', () => {
  it('maps price, MSRP, manufacturer and stock per warehouse', async () => {
    const { sim, adapter } = setup();
    const [result] = await adapter.priceAvailability([{ distributorSku: pn(5432101) }]);
    const product = sim.catalogue.get(pn(5432101))!;
    expect(result).toMatchObject({
      request: { distributorSku: pn(5432101) },
      status: 'active',
      distributorSku: pn(5432101),
      mfgPartNumber: '20XW0055US',
      manufacturer: 'LENOVO',
      unitCost: product.customerPrice,
      msrp: product.retailPrice,
      totalAvailable: 51,
    });
    expect(result?.warehouses).toContainEqual({ id: '10', name: 'Mira Loma, CA', qty: 35 });
    expect(result?.warehouses).toContainEqual({ id: '20', name: 'Fort Worth, TX', qty: 12 });
  });

  it('looks up by manufacturer part number (vendorPartNumber) too', async () => {
    const { adapter } = setup();
    const [result] = await adapter.priceAvailability([{ mfgPartNumber: 'C1000-24P-4G-L' }]);
    expect(result).toMatchObject({
      status: 'active',
      distributorSku: pn(5432103),
      mfgPartNumber: 'C1000-24P-4G-L',
    });
  });

  it('sends 120 SKUs as 3 calls of at most 50, results in request order', async () => {
    const { sim, adapter } = setup();
    const items = sim.catalogue
      .all()
      .slice(0, 120)
      .map((p) => ({ distributorSku: p.ingramPartNumber }));
    const results = await adapter.priceAvailability(items);
    const calls = apiCalls(sim, 'price');
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => (JSON.parse(c.body) as { products: unknown[] }).products.length)).toEqual([
      50, 50, 20,
    ]);
    expect(results.map((r) => r.request)).toEqual(items);
    expect(calls[0]!.url).toMatch(
      /\/sandbox\/resellers\/v6\/catalog\/priceandavailability\?includeAvailability=true&includePricing=true$/,
    );
  });

  it('a 207 with an unknown part is a per-item notFound, the rest answered', async () => {
    const { sim, adapter } = setup();
    const results = await adapter.priceAvailability([
      { distributorSku: pn(5432101) },
      { distributorSku: 'ZZ9999' },
      { mfgPartNumber: 'NO-SUCH-MPN' },
      { distributorSku: pn(5432102) },
    ]);
    expect(apiCalls(sim, 'price')[0]!.outcome).toBe(207);
    expect(results.map((r) => r.status)).toEqual(['active', 'notFound', 'notFound', 'active']);
    expect(results[1]).toEqual({
      request: { distributorSku: 'ZZ9999' },
      status: 'notFound',
      totalAvailable: 0,
      warehouses: [],
    });
  });

  it('an E element that names no part is matched by its index', async () => {
    const { adapter } = setup({
      rewrite: (url, body) =>
        url.includes('priceandavailability')
          ? body.replace(/"ingramPartNumber":"ZZ9999"/, '"ingramPartNumber":null')
          : body,
    });
    const results = await adapter.priceAvailability([
      { distributorSku: pn(5432101) },
      { distributorSku: 'ZZ9999' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['active', 'notFound']);
  });

  it('reports discontinued products', async () => {
    const { adapter } = setup();
    const [result] = await adapter.priceAvailability([{ distributorSku: pn(5432158) }]);
    expect(result).toMatchObject({ status: 'discontinued', totalAvailable: 0 });
  });

  it('an HTML page with status 200 is malformed-response, not retried', async () => {
    const { sim, adapter } = setup();
    sim.faults.htmlNext(1, 'price');
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: pn(5432101) }]));
    expect(error).toMatchObject({
      kind: 'malformed-response',
      status: 200,
      field: '(body)',
      distributor: 'ingram',
    });
    expect(error.message).toMatch(/Ingram Micro PriceAvailability .*HTML page/);
    expect(apiCalls(sim, 'price')).toHaveLength(1);
  });

  it('a truncated JSON body is malformed-response', async () => {
    const { sim, adapter } = setup();
    sim.faults.malformedNext(1, 'price');
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: pn(5432101) }]));
    expect(error).toMatchObject({ kind: 'malformed-response', field: '(body)' });
  });

  it('a wrong value names its field path', async () => {
    const { adapter } = setup({
      rewrite: (url, body) =>
        url.includes('priceandavailability')
          ? body.replace('"quantityAvailable":35', '"quantityAvailable":"lots"')
          : body,
    });
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: pn(5432101) }]));
    expect(error).toMatchObject({
      kind: 'malformed-response',
      field: 'products.0.availability.availabilityByWarehouse.0.quantityAvailable',
    });
  });

  it('an answer for a part that was not asked for is malformed-response', async () => {
    const { adapter } = setup({
      rewrite: (url, body) =>
        url.includes('priceandavailability') ? body.split(pn(5432101)).join('XX0000') : body,
    });
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: pn(5432101) }]));
    expect(error).toMatchObject({ kind: 'malformed-response', field: 'products[0]' });
  });

  it('a 429 read is retried after the Retry-After the simulator sent', async () => {
    const { sim, adapter, sleeps } = setup();
    sim.faults.throttleNext(1, 7, 'price');
    const [result] = await adapter.priceAvailability([{ distributorSku: pn(5432101) }]);
    expect(result?.status).toBe('active');
    expect(apiCalls(sim, 'price').map((r) => r.outcome)).toEqual([429, 200]);
    expect(sleeps).toEqual([7000]);
  });

  it('a 5xx read is retried with backoff', async () => {
    const { sim, adapter } = setup();
    sim.faults.failNext(2, 503, 'price');
    const [result] = await adapter.priceAvailability([{ distributorSku: pn(5432101) }]);
    expect(result?.status).toBe('active');
    expect(apiCalls(sim, 'price').map((r) => r.outcome)).toEqual([503, 503, 200]);
  });
});
