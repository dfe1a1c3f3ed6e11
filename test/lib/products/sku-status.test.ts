// Per-SKU sync status (issue 4 §3): stored state where this browser has it, otherwise Autotask's
// vendor cost against TD SYNNEX's current price, in one read and one batch, cached a few minutes.
import { afterEach, describe, expect, it } from 'vitest';
import type { SkuState } from '../../../lib/db/records';
import { forgetPrices, skuSyncStatus } from '../../../lib/products/sku-status';
import type { StatusDeps } from '../../../lib/products/sku-status';
import { DEMO, createWorld } from './world';

afterEach(forgetPrices);

function deps(world: ReturnType<typeof createWorld>, stored: SkuState[] = [], now = Date.now()): StatusDeps {
  return {
    autotask: world.autotask,
    links: [{ id: 'tdsynnex', adapter: world.distributor, vendorId: DEMO.tdSynnexVendorId }],
    states: async (_distributor, skus) =>
      new Map(stored.filter((s) => skus.includes(s.sku)).map((s) => [s.sku, s])),
    now: () => now,
  };
}

describe('SKU sync status', () => {
  it('compares Autotask’s vendor cost with TD SYNNEX’s price when nothing is stored here', async () => {
    const world = createWorld();
    // Demo: 5432101's cost matches TD SYNNEX, 5432102's does not; 9999999 is nobody's; 5432103's row is blanked.
    const row = world.autotaskSim.db
      .rows(DEMO.ci, 'ProductVendors')
      .find((v) => v.vendorPartNumber === '5432103')!;
    world.autotaskSim.db.update(DEMO.ci, 'ProductVendors', row.id, { vendorCost: null });

    const status = await skuSyncStatus(['5432101', '5432102', '5432103', '9999999'], deps(world));

    expect(status).toEqual({
      '5432101': 'synced',
      '5432102': 'stale',
      '5432103': 'never',
      '9999999': 'not-linked',
    });
  });

  it('prefers the stored state, ageing an old sync to stale', async () => {
    const world = createWorld();
    const now = Date.parse('2026-03-01T12:00:00Z');
    const stored: SkuState[] = [
      { sku: '5432102', status: 'synced', lastSyncAt: now - 60_000, lastOutcome: 'updated' },
      { sku: '5432104', status: 'synced', lastSyncAt: now - 3 * 86_400_000, lastOutcome: 'unchanged' },
      { sku: '5432105', status: 'invalid', lastSyncAt: now - 60_000, lastOutcome: 'skipped' },
    ];
    const before = world.autotaskSim.requests.length;

    expect(await skuSyncStatus(['5432102', '5432104', '5432105'], deps(world, stored, now))).toEqual({
      '5432102': 'synced',
      '5432104': 'stale',
      '5432105': 'invalid',
    });
    expect(world.autotaskSim.requests.length).toBe(before); // nothing to ask
  });

  it('asks TD SYNNEX once per few minutes for the same SKUs', async () => {
    const world = createWorld();
    const skus = ['5432101', '5432102', '5432103'];
    await skuSyncStatus(skus, deps(world));
    await skuSyncStatus(skus, deps(world));
    expect(world.tdsynnexSim.requests.filter((r) => r.operation === 'price')).toHaveLength(1);
    await skuSyncStatus(skus, deps(world, [], Date.now() + 6 * 60_000));
    expect(world.tdsynnexSim.requests.filter((r) => r.operation === 'price')).toHaveLength(2);
  });
});
