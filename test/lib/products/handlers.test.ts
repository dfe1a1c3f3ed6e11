// The background's Product Sync handlers on both simulators: settings with the tenant's categories,
// the import queue, Preview (which writes nothing), the product view and SKU status.
import { beforeEach, describe, expect, it } from 'vitest';
import { productHandlers } from '../../../lib/products/handlers';
import { forgetPrices } from '../../../lib/products/sku-status';
import { freshDb } from '../log/fresh-db';
import { DEMO, autotaskCalls, createWorld, servicesFor } from './world';

beforeEach(async () => {
  await freshDb();
  forgetPrices();
});

const noSender = undefined as never;

describe('Product Sync handlers', () => {
  it('offer the tenant’s product categories and refuse settings the schema refuses', async () => {
    const handlers = productHandlers(servicesFor(createWorld()));
    const view = await handlers['productSync.settings']({}, noSender);
    expect(view.categories).toEqual(expect.arrayContaining(['Hardware', 'Software', 'Networking']));
    await expect(
      handlers['productSync.saveSettings'](
        { defaultPricing: { method: 'margin', percent: 120, rounding: 'cents' } },
        noSender,
      ),
    ).rejects.toMatchObject({ kind: 'validation', code: 'invalid-settings' });
  });

  it('queue imported entries, a later entry for a SKU replacing the queued one', async () => {
    const handlers = productHandlers(servicesFor(createWorld()));
    await handlers['productSync.import'](
      {
        entries: [
          { sku: '7000001', category: 'A' },
          { sku: '7000002', category: 'A' },
        ],
      },
      noSender,
    );
    expect(
      await handlers['productSync.import']({ entries: [{ sku: '7000001', category: 'B' }] }, noSender),
    ).toEqual({ added: 1, queued: 2 });
  });

  it('preview what a run would change and write nothing', async () => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    await handlers['productSync.saveSettings']({ categoryMapping: { Notebooks: 'Hardware' } }, noSender);
    await handlers['productSync.import']({ entries: [{ sku: '7000030', category: 'Notebooks' }] }, noSender);
    world.tdsynnexSim.catalogue.get('7000030')!.status = 'Active';

    const preview = await handlers['productSync.preview']({}, noSender);

    // Demo: 20 linked products; 5432102 and 5432114 cost differently at TD SYNNEX.
    expect(preview.linked).toBe(20);
    expect(preview.wouldCreate).toBe(1);
    expect(preview.firstChanges.map((c) => `${c.action} ${c.sku}`)).toEqual(
      expect.arrayContaining(['update 5432102', 'update 5432114', 'create 7000030']),
    );
    expect(
      autotaskCalls(world).filter((c) => c.method !== 'GET' && !/\/query(\/count)?$/.test(c.path)),
    ).toEqual([]);
  });

  it('show a product with TD SYNNEX’s price and stock, sync it now, and report SKU statuses', async () => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    const item = world.tdsynnexSim.catalogue.get('5432102')!;

    const view = await handlers['product.syncInfo']({ productId: DEMO.firstProductId + 1 }, noSender);
    expect(view).toMatchObject({ sku: '5432102', status: 'stale', tdsynnex: { price: item.price } });
    expect(view.tdsynnex?.warehouses.length).toBeGreaterThan(0);

    const synced = await handlers['product.syncNow']({ productId: DEMO.firstProductId + 1 }, noSender);
    expect(synced.outcome.outcome).toBe('updated');
    expect(synced.view.status).toBe('synced');
    expect(await handlers['sku.syncStatus']({ skus: ['5432102', '5432114', 'NOPE'] }, noSender)).toEqual({
      '5432102': 'synced',
      '5432114': 'stale',
      NOPE: 'not-linked',
    });
  });
});
