// The background's Product Sync handlers on both simulators: settings with the tenant's categories,
// the import queue, Preview (which writes nothing), the product view and SKU status.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../lib/errors/app-error';
import { hintFor } from '../../../lib/hints/hints';
import { productHandlers } from '../../../lib/products/handlers';
import { forgetPrices } from '../../../lib/products/sku-status';
import { freshDb } from '../db/fresh-db';
import { confirmWindow, notConfirmWindow } from '../confirm/confirm-sender';
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
    expect(view).toMatchObject({
      sku: '5432102',
      status: 'stale',
      offers: [{ distributor: 'tdsynnex', label: 'TD SYNNEX', linked: true, answer: { price: item.price } }],
    });
    expect(view.offers).toHaveLength(1); // only the connected distributor
    expect(view.offers[0]!.answer?.warehouses.length).toBeGreaterThan(0);

    await handlers['productSync.saveSettings']({ enabled: true }, noSender);
    const productId = DEMO.firstProductId + 1;
    const synced = await handlers['product.syncNow'](
      { productId },
      confirmWindow({ action: 'product-sync', productId }),
    );
    expect(synced.outcomes).toMatchObject([{ distributor: 'tdsynnex', sku: '5432102', outcome: 'updated' }]);
    expect(synced.view.status).toBe('synced');
    expect(await handlers['sku.syncStatus']({ skus: ['5432102', '5432114', 'NOPE'] }, noSender)).toEqual({
      '5432102': 'synced',
      '5432114': 'stale',
      NOPE: 'not-linked',
    });
  });
});

// Issue 11 §1: `Sync this product now` writes only from its confirmation window, never while Product
// Sync is off; the window's plan reads and writes nothing.
describe('Sync this product now, through its confirmation window', () => {
  const productId = DEMO.firstProductId + 1; // SKU 5432102, priced differently at TD SYNNEX
  const writes = (world: ReturnType<typeof createWorld>) =>
    autotaskCalls(world).filter((c) => c.method !== 'GET' && !/\/query(\/count)?$/.test(c.path));

  it('shows what Confirm would write, and writes nothing to show it', async () => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    await handlers['productSync.saveSettings']({ enabled: true }, noSender);
    const plan = await handlers['product.syncPlan']({ productId }, noSender);
    expect(plan).toMatchObject({
      productId,
      rows: [{ distributor: 'tdsynnex', label: 'TD SYNNEX', sku: '5432102', outcome: 'updated' }],
      templateEnabled: true,
    });
    expect(Object.keys(plan.rows[0]!.changes).length).toBeGreaterThan(0);
    expect(writes(world)).toEqual([]);
  });

  it.each(Object.entries(notConfirmWindow))('refuses the %s and writes nothing', async (_, sender) => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    await handlers['productSync.saveSettings']({ enabled: true }, noSender);
    await expect(handlers['product.syncNow']({ productId }, sender)).rejects.toMatchObject({
      code: 'sender-not-allowed',
    });
    expect(writes(world)).toEqual([]);
  });

  it('refuses a window confirming another product', async () => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    await handlers['productSync.saveSettings']({ enabled: true }, noSender);
    await expect(
      handlers['product.syncNow']({ productId }, confirmWindow({ action: 'product-sync', productId: 999 })),
    ).rejects.toMatchObject({ code: 'sender-not-allowed' });
    expect(writes(world)).toEqual([]);
  });

  it('writes nothing while Product Sync is off, even from the window, and says how to fix it', async () => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    await handlers['productSync.saveSettings']({ enabled: false }, noSender);
    const refused = handlers['product.syncNow'](
      { productId },
      confirmWindow({ action: 'product-sync', productId }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'product-sync-off' });
    const error = await Promise.resolve(refused).catch((e: unknown) => e as AppErrorData);
    const hint = hintFor(error);
    expect(hint.id).toBe('product-sync-off');
    expect(hint.action).toMatchObject({ label: 'Open template settings', template: 'product-sync' });
    expect(writes(world)).toEqual([]);
    expect((await handlers['product.syncPlan']({ productId }, noSender)).templateEnabled).toBe(false);
  });

  it('writes the product when confirmed in its window with Product Sync on', async () => {
    const world = createWorld();
    const handlers = productHandlers(servicesFor(world));
    await handlers['productSync.saveSettings']({ enabled: true }, noSender);
    const result = await handlers['product.syncNow'](
      { productId },
      confirmWindow({ action: 'product-sync', productId }),
    );
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['updated']);
    expect(writes(world).length).toBeGreaterThan(0);
  });
});
