import { describe, expect, it } from 'vitest';
import { caught, setup } from './harness';

const skus = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ distributorSku: String(from + i) }));

describe('TD SYNNEX price and availability', () => {
  it('reads a demo SKU with its cost, total and stock per warehouse, drop-ship included', async () => {
    const { adapter } = setup();
    const [item] = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    expect(item).toMatchObject({
      status: 'active',
      distributorSku: '5432101',
      mfgPartNumber: '20XW0055US',
      manufacturer: 'LENOVO',
      unitCost: 1043.17,
      totalAvailable: 57,
    });
    expect(item?.warehouses).toContainEqual({ id: '3', name: 'Tracy, CA', qty: 40 });
    expect(item?.warehouses).toContainEqual({ id: '98', name: 'MFG Drop Shipped', qty: 17 });
  });

  it.each(['lower', 'upper', 'random'] as const)(
    'reads responses whose tags are %s-cased',
    async (tagCase) => {
      const { sim, adapter } = setup();
      const documented = await adapter.priceAvailability(skus(5432101, 10));
      sim.knobs.tagCase = tagCase;
      expect(await adapter.priceAvailability(skus(5432101, 10))).toEqual(documented);
    },
  );

  it('reads a single <PriceAvailabilityList> and a single <AvailabilityByWarehouse>', async () => {
    const { sim, adapter } = setup();
    // Keep only the Tracy warehouse block, so the one item has exactly one warehouse child.
    sim.faults.rewriteNext(1, (xml) =>
      xml.replace(
        /<AvailabilityByWarehouse><warehouseInfo><number>(?!3<)[\s\S]*?<\/AvailabilityByWarehouse>/g,
        '',
      ),
    );
    const result = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    expect(result).toHaveLength(1);
    expect(result[0]?.warehouses).toEqual([{ id: '3', name: 'Tracy, CA', qty: 40 }]);
  });

  it('answers an unknown part as a per-item notFound without failing the others', async () => {
    const { adapter } = setup();
    const result = await adapter.priceAvailability([
      { distributorSku: '5432102' },
      { distributorSku: '9999999' },
      { mfgPartNumber: 'NO-SUCH-PART' },
      { mfgPartNumber: 'C1000-24P-4G-L' },
    ]);
    expect(result.map((item) => item.status)).toEqual(['active', 'notFound', 'notFound', 'active']);
    expect(result[1]).toEqual({
      request: { distributorSku: '9999999' },
      status: 'notFound',
      totalAvailable: 0,
      warehouses: [],
    });
    expect(result[3]).toMatchObject({
      request: { mfgPartNumber: 'C1000-24P-4G-L' },
      distributorSku: '5432103',
    });
  });

  it('reports a discontinued item as discontinued', async () => {
    const { adapter } = setup();
    const [item] = await adapter.priceAvailability([{ distributorSku: '5432160' }]);
    expect(item).toMatchObject({ status: 'discontinued', totalAvailable: 0 });
  });

  it('turns a failed login (errorDetail) into an auth error', async () => {
    const { adapter } = setup({ adapter: { password: 'not-the-password' } });
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: '5432101' }]));
    expect(error).toMatchObject({
      kind: 'auth',
      service: 'distributor',
      distributor: 'tdsynnex',
      code: 'login-failed',
    });
    expect(error.message).toMatch(/PriceAvailability failed: Login failed/);
  });

  it('turns any other errorDetail into a failure of the whole request', async () => {
    // A batch larger than the simulator's 50 gets an errorDetail; the adapter would never send one.
    const { adapter } = setup({ adapter: { maxPriceBatch: 60 } });
    const error = await caught(() => adapter.priceAvailability(skus(5432101, 60)));
    expect(error).toMatchObject({ kind: 'validation', apiErrors: [expect.stringMatching(/at most 50/)] });
  });

  it('splits 120 SKUs into 3 requests of at most 50, all in flight together, results in request order', async () => {
    const { sim, adapter, traffic } = setup();
    sim.knobs.latencyMs = 20;
    const items = [...skus(5432101, 60), ...skus(7000001, 60)];
    const result = await adapter.priceAvailability(items);
    expect(sim.requests.map((r) => (r.body.match(/<skuList>/g) ?? []).length)).toEqual([50, 50, 20]);
    expect(traffic.peak).toBe(3);
    expect(result.map((item) => item.request)).toEqual(items);
    expect(result.map((item) => item.distributorSku)).toEqual(items.map((item) => item.distributorSku));
  });

  it('never has more than `concurrency` requests in flight', async () => {
    const { sim, adapter, traffic } = setup();
    sim.knobs.latencyMs = 10;
    await adapter.priceAvailability(skus(7000001, 400));
    expect(sim.requests).toHaveLength(8);
    expect(traffic.peak).toBe(3);

    const narrow = setup({ adapter: { concurrency: 2, maxPriceBatch: 10 } });
    narrow.sim.knobs.latencyMs = 10;
    await narrow.adapter.priceAvailability(skus(7000001, 55));
    expect(narrow.sim.requests).toHaveLength(6);
    expect(narrow.traffic.peak).toBe(2);
    expect(narrow.adapter.capabilities).toMatchObject({ maxPriceBatch: 10, concurrency: 2 });
  });

  it('sends nothing for an empty list and refuses an empty SKU before sending', async () => {
    const { sim, adapter } = setup();
    expect(await adapter.priceAvailability([])).toEqual([]);
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: ' ' }]));
    expect(error).toMatchObject({ kind: 'validation', field: 'items[0]' });
    expect(sim.requests).toHaveLength(0);
  });

  it('stops with a cancelled error when the caller aborts, sending nothing more', async () => {
    const { sim, adapter } = setup();
    const controller = new AbortController();
    controller.abort();
    const error = await caught(() => adapter.priceAvailability(skus(7000001, 120), controller.signal));
    expect(error).toMatchObject({ kind: 'cancelled', service: 'distributor', distributor: 'tdsynnex' });
    expect(sim.requests).toHaveLength(0);
  });

  it('follows a drifting price from one call to the next', async () => {
    const { sim, adapter } = setup();
    sim.knobs.priceDrift = 0.05;
    const first = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    const second = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    expect(second[0]?.unitCost).not.toBe(first[0]?.unitCost);
    expect(second[0]?.unitCost).toBe(sim.catalogue.get('5432101')?.price);
  });
});
