import { describe, expect, it } from 'vitest';
import { createAutotaskBudget } from '../../../lib/autotask/budget';
import { productSchema, purchaseOrderSchema } from '../../../lib/autotask/schemas';
import { clientFor, DEMO, demo, failure, recordingSleep, seen } from './harness';

const zoneLookups = (requests: string[]) => requests.filter((s) => s.includes('zoneInformation'));

describe('the Autotask client under limits and zone moves', () => {
  it('re-resolves the zone exactly once after a 401 from a moved tenant, then retries on the new zone', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    await client.get('PurchaseOrders', 1042, purchaseOrderSchema);
    sim.moveTenant(DEMO.ci, 28);
    const reads = await Promise.all([
      client.get('PurchaseOrders', 1042, purchaseOrderSchema),
      client.get('Products', DEMO.firstProductId, productSchema),
      client.get('Companies', DEMO.tdSynnexVendorId, purchaseOrderSchema.pick({ id: true })),
    ]);
    expect(reads.map((r) => r?.id)).toEqual([1042, DEMO.firstProductId, DEMO.tdSynnexVendorId]);
    const requests = seen(sim, true);
    expect(zoneLookups(requests)).toHaveLength(2); // the first resolution and exactly one re-resolution
    expect(
      requests.filter((s) => s.startsWith('GET webservices22') && !s.includes('zoneInformation')),
    ).toHaveLength(4);
    expect(requests.filter((s) => s.startsWith('GET webservices28'))).toHaveLength(3);
    expect((await client.zone()).zoneName).toBe('UK 3');
  });

  it('retries a write once after a zone move (a 401 was not processed), and only once', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    await client.zone();
    sim.moveTenant(DEMO.ci, 28);
    const itemId = await client.create(
      'PurchaseOrderItems',
      { productID: DEMO.firstProductId, quantity: 1, inventoryLocationID: DEMO.warehouseId },
      { entity: 'PurchaseOrders', id: DEMO.purchaseOrders.new, child: 'Items' },
    );
    expect(itemId).toBeGreaterThan(0);
    expect(seen(sim, true).filter((s) => s.startsWith('POST'))).toEqual([
      `POST webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrders/${DEMO.purchaseOrders.new}/Items`,
      `POST webservices28.autotask.net/atservicesrest/V1.0/PurchaseOrders/${DEMO.purchaseOrders.new}/Items`,
    ]);
  });

  it('gives up after one re-resolution when the credentials are simply wrong', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    await client.zone();
    sim.db.users.get(DEMO.userName)!.secret = 'rotated-secret';
    const error = await failure(client.get('Products', DEMO.firstProductId, productSchema));
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(zoneLookups(seen(sim))).toHaveLength(2);
    expect(seen(sim).filter((s) => s.includes('/Products/'))).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain(DEMO.secret);
  });

  it('reads past the hourly threshold wait out Retry-After (429), then succeed', async () => {
    const sim = demo();
    sim.knobs.threshold = 3;
    sim.knobs.latencyAt75Ms = 0;
    const hourAgo = sim.now() - 60 * 60_000;
    sim.db.tenant(DEMO.ci).hits.push(hourAgo + 10_000, hourAgo + 20_000, hourAgo + 30_000);
    const { delays, sleep } = recordingSleep((ms) => sim.advance(ms));
    const patient = clientFor(sim.fetch, { sleep });
    const po = await patient.get('PurchaseOrders', 1042, purchaseOrderSchema);
    expect(po?.id).toBe(1042);
    expect(delays).toEqual([10_000]);
    expect(sim.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('fails a read clearly when Autotask asks for a longer wait than the policy allows', async () => {
    const sim = demo();
    sim.knobs.threshold = 3;
    sim.db.tenant(DEMO.ci).hits.push(sim.now(), sim.now(), sim.now());
    const { delays, sleep } = recordingSleep();
    const error = await failure(
      clientFor(sim.fetch, { sleep }).get('PurchaseOrders', 1042, purchaseOrderSchema),
    );
    expect(error).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 300_000 });
    expect(error.message).toContain('hourly request threshold');
    expect(delays).toEqual([]);
  });

  it.each([429, 500] as const)(
    'retries reads refused with Itgenatr005 (status %i) with backoff',
    async (status) => {
      const sim = demo();
      sim.knobs.maxConcurrentPerEntity = 1; // an older integration being ratcheted down (API.md §3)
      sim.knobs.threadLimitStatus = status;
      sim.knobs.latencyMs = 30;
      const delays: number[] = [];
      const sleep = async (ms: number) => {
        delays.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 40));
      };
      const client = clientFor(sim.fetch, { sleep, random: () => 0.5 });
      await client.zone();
      const rows = await Promise.all(
        [0, 1, 2].map((i) => client.get('Products', DEMO.firstProductId + i, productSchema)),
      );
      expect(rows.map((r) => r?.id)).toEqual([71, 72, 73]);
      const refused = sim.requests.filter((r) => r.status === status);
      expect(refused.length).toBeGreaterThan(0);
      expect(delays.length).toBe(refused.length);
      expect(delays.every((ms) => [500, 1000, 2000].includes(ms))).toBe(true);
    },
  );

  it('never has more than 3 requests in flight per entity, so the thread limit is not hit', async () => {
    const sim = demo();
    sim.knobs.latencyMs = 20;
    const client = clientFor(sim.fetch);
    await client.zone();
    await Promise.all(
      Array.from({ length: 9 }, (_, i) => client.get('Products', DEMO.firstProductId + i, productSchema)),
    );
    expect(sim.requests.filter((r) => r.status !== 200)).toEqual([]);
  });

  it('fails fast once this extension has spent its allowance, without calling Autotask', async () => {
    const sim = demo();
    const budget = createAutotaskBudget({ allowance: 2 });
    const client = clientFor(sim.fetch, { budget });
    await client.get('Products', DEMO.firstProductId, productSchema);
    await client.get('Products', DEMO.firstProductId + 1, productSchema);
    const error = await failure(client.get('Products', DEMO.firstProductId + 2, productSchema));
    expect(error).toMatchObject({ kind: 'throttled', code: 'budget' });
    expect(sim.requestCount(DEMO.ci)).toBe(2);
  });

  it('starts no new work while the tenant is above 50 % of its threshold', async () => {
    const sim = demo();
    sim.knobs.latencyAt50Ms = 0;
    const budget = createAutotaskBudget({ now: sim.now });
    const gated = clientFor(sim.fetch, { budget });
    sim.db.tenant(DEMO.ci).hits.push(...Array.from({ length: 5_100 }, () => sim.now()));
    const error = await failure(budget.beginWork((signal) => gated.threshold(signal)));
    expect(error).toMatchObject({ kind: 'throttled', code: 'tenant-busy' });
    expect(error.message).toContain('51 %');
  });
});
