// Product Sync with two distributors (issue 12): external keys per distributor, the product page's
// side-by-side offers with the cheapest in stock marked, `Sync this product now` keeping each
// distributor's ProductVendors row true to it, per-distributor SKU states and import queue. The
// second distributor is the TD SYNNEX simulator again, behind the neutral adapter seam under the
// registry's second id — so nothing here depends on that distributor's own simulator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDistributorAdapter } from '../../../lib/distributor';
import type { DistributorAdapter } from '../../../lib/distributor/adapter';
import { DISTRIBUTORS, externalKey, parseExternalKey } from '../../../lib/distributor/registry';
import { db } from '../../../lib/db/db';
import { recentEntries } from '../../../lib/log/activity-reads';
import { productHandlers } from '../../../lib/products/handlers';
import { memoryQueue, queueFor } from '../../../lib/products/import-entry';
import { markCheapestInStock } from '../../../lib/products/product-page';
import { forgetPrices } from '../../../lib/products/sku-status';
import { enqueueImport, saveSkuStates, skuStates, stateKey } from '../../../lib/products/store';
import { PRODUCT_SYNC_TEMPLATE_ID, productSyncTemplate } from '../../../lib/products/template';
import { startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { provideSyncServices } from '../../../lib/sync/services';
import { saveTemplateSettings } from '../../../lib/sync/template-settings';
import type { DistributorOffer } from '../../../lib/products/views';
import type { SyncServices } from '../../../lib/sync/services';
import { DEMO_TDSYNNEX_ACCOUNT, createTdSynnexSim } from '../../sandbox/tdsynnex/index';
import type { TdSynnexSim } from '../../sandbox/tdsynnex/index';
import { confirmWindow } from '../confirm/confirm-sender';
import { freshDb } from '../db/fresh-db';
import { DEMO, autotaskCalls, createWorld } from './world';
import type { World } from './world';

const [FIRST, SECOND] = DISTRIBUTORS.map((d) => d.id) as [string, string];
const noSender = undefined as never;

beforeEach(async () => {
  await freshDb();
  forgetPrices();
});

/** A second distributor at the adapter seam: another simulator, reporting the registry's second id. */
function secondDistributor(): { sim: TdSynnexSim; adapter: DistributorAdapter } {
  const sim = createTdSynnexSim({ seed: 'demo', catalogueSize: 50 });
  sim.knobs.latencyMs = 0;
  const inner = createDistributorAdapter(
    'tdsynnex',
    {
      customerNo: DEMO_TDSYNNEX_ACCOUNT.customerNo,
      userId: DEMO_TDSYNNEX_ACCOUNT.userId,
      password: DEMO_TDSYNNEX_ACCOUNT.password,
      region: 'US',
      environment: 'production',
    },
    { fetch: sim.fetch },
  );
  const adapter: DistributorAdapter = {
    capabilities: { ...inner.capabilities, id: SECOND, displayName: 'second' },
    priceAvailability: (items, signal) => inner.priceAvailability(items, signal),
    submitOrder: (order, signal) => inner.submitOrder(order, signal),
    orderStatus: (po, signal) => inner.orderStatus(po, signal),
  };
  return { sim, adapter };
}

/** Both distributors connected: the first with the demo's vendor company, the second with another. */
function twoDistributors(world: World, second: DistributorAdapter): SyncServices {
  const adapters: Record<string, DistributorAdapter> = { [FIRST]: world.distributor, [SECOND]: second };
  return {
    autotask: async () => world.autotask,
    distributor: async (id) => adapters[id]!,
    distributorVendors: async () => [
      { id: FIRST, vendorId: DEMO.tdSynnexVendorId, connected: true },
      { id: SECOND, vendorId: DEMO.ingramVendorId, connected: true },
    ],
    beginWork: (signal) => world.budget.beginWork((s) => world.autotask.threshold(s), signal),
  };
}

const PRODUCT = DEMO.firstProductId; // SKU 5432101 at the first; the demo also has a second vendor's row
const SECOND_SKU = '8800001';

/** Points the product's second vendor row at a SKU the second simulator sells, at `price`, with `qty` in stock. */
function stockSecond(world: World, sim: TdSynnexSim, price: number, qty: number) {
  const row = world.autotaskSim.db
    .rows(DEMO.ci, 'ProductVendors')
    .find((v) => v.productID === PRODUCT && v.vendorID === DEMO.ingramVendorId)!;
  world.autotaskSim.db.update(DEMO.ci, 'ProductVendors', row.id, {
    vendorPartNumber: SECOND_SKU,
    vendorCost: 1.0,
    isActive: true,
  });
  const base = sim.catalogue.get('5432101')!;
  sim.catalogue.add({
    ...base,
    sku: SECOND_SKU,
    mfgPN: `${base.mfgPN}-2`,
    price,
    status: 'Active',
    stock: { '3': qty, '7': 0 },
  });
}

const prices = (sim: { requests: { operation?: string }[] }) =>
  sim.requests.filter((r) => r.operation === 'price').length;

describe('the external product key per distributor', () => {
  it('formats with each distributor’s prefix and parses back to the distributor and SKU', () => {
    const first = externalKey(FIRST, '5432101');
    const second = externalKey(SECOND, '5432101');
    expect(first).not.toBe(second);
    expect(parseExternalKey(first)).toEqual({ distributor: FIRST, sku: '5432101' });
    expect(parseExternalKey(second)).toEqual({ distributor: SECOND, sku: '5432101' });
    expect(parseExternalKey('SOMEONE-ELSE:1')).toBeUndefined();
  });
});

describe('SKU state and the import queue, per distributor', () => {
  it('keeps one state per distributor for the same SKU; an old record without a distributor is the first’s', async () => {
    // Written before distributors were told apart: plain SKU key, no distributor field.
    await db.skuState.put({ sku: '5432101', status: 'stale', lastOutcome: 'failed' });
    await saveSkuStates(SECOND, [{ sku: '5432101', outcome: 'updated', status: 'synced' }], 1_000);

    expect((await skuStates(FIRST, ['5432101'])).get('5432101')).toMatchObject({ status: 'stale' });
    expect((await skuStates(SECOND, ['5432101'])).get('5432101')).toMatchObject({
      sku: '5432101',
      status: 'synced',
      distributor: SECOND,
    });
    expect(stateKey(FIRST, '5432101')).toBe('5432101');
    expect(stateKey(SECOND, '5432101')).toBe(externalKey(SECOND, '5432101'));
  });

  it('gives each distributor’s run only its own queued entries (an entry without one is the first’s)', async () => {
    const queue = memoryQueue([
      { sku: '111' },
      { sku: '222', distributor: SECOND },
      { sku: '111', distributor: SECOND },
    ]);
    expect((await queueFor(queue, FIRST).peek(10)).map((e) => e.sku)).toEqual(['111']);
    expect((await queueFor(queue, SECOND).peek(10)).map((e) => e.sku)).toEqual(['222', '111']);
    await queueFor(queue, SECOND).remove(['111']);
    expect(queue.entries).toEqual([{ sku: '111' }, { sku: '222', distributor: SECOND }]);
  });
});

describe('the cheapest-in-stock mark', () => {
  const offer = (
    distributor: string,
    price: number | undefined,
    totalAvailable: number,
  ): DistributorOffer => ({
    distributor,
    label: distributor,
    linked: true,
    status: 'synced',
    answer: {
      status: 'active',
      ...(price !== undefined ? { price } : {}),
      totalAvailable,
      warehouses: [],
      checkedAt: '2026-03-01T12:00:00.000Z',
    },
  });
  const marked = (offers: DistributorOffer[]) =>
    markCheapestInStock(offers)
      .filter((o) => o.cheapestInStock)
      .map((o) => o.distributor);

  it('marks the lowest price among the offers with stock, never a cheaper one without', () => {
    expect(marked([offer('a', 10, 5), offer('b', 9, 2)])).toEqual(['b']);
    expect(marked([offer('a', 10, 5), offer('b', 9, 0)])).toEqual(['a']);
    expect(marked([offer('a', 10, 5), offer('b', 10, 3)])).toEqual(['a']); // a tie: registry order
  });

  it('marks nothing without a comparison or without stock', () => {
    expect(marked([offer('a', 10, 5)])).toEqual([]);
    expect(marked([offer('a', 10, 0), offer('b', 9, 0)])).toEqual([]);
    expect(marked([offer('a', 10, 5), offer('b', undefined, 5)])).toEqual([]);
  });
});

describe('the product page with two distributors', () => {
  it('shows both distributors’ price and stock side by side, one price call each, the cheapest in stock marked', async () => {
    const world = createWorld();
    const second = secondDistributor();
    const first = world.tdsynnexSim.catalogue.get('5432101')!;
    stockSecond(world, second.sim, Math.round((first.price - 5) * 100) / 100, 12);
    const handlers = productHandlers(twoDistributors(world, second.adapter));
    const before = [prices(world.tdsynnexSim), prices(second.sim)];

    const view = await handlers['product.syncInfo']({ productId: PRODUCT }, noSender);

    expect([prices(world.tdsynnexSim) - before[0]!, prices(second.sim) - before[1]!]).toEqual([1, 1]);
    expect(view.sku).toBe('5432101');
    expect(view.offers.map((o) => [o.distributor, o.label, o.sku, o.linked])).toEqual([
      [FIRST, DISTRIBUTORS[0]!.label, '5432101', true],
      [SECOND, DISTRIBUTORS[1]!.label, SECOND_SKU, true],
    ]);
    const [a, b] = view.offers as [DistributorOffer, DistributorOffer];
    expect(a.answer?.price).toBe(first.price);
    expect(b.answer).toMatchObject({ price: first.price - 5, totalAvailable: 12 });
    expect(b.answer?.warehouses).toContainEqual(expect.objectContaining({ id: '3', qty: 12 }));
    expect(b.cheapestInStock).toBe(true);
    expect(a.cheapestInStock).toBeUndefined();
  });

  it('marks the dearer one when the cheaper has no stock', async () => {
    const world = createWorld();
    const second = secondDistributor();
    const first = world.tdsynnexSim.catalogue.get('5432101')!;
    first.stock = { '3': 4 };
    stockSecond(world, second.sim, Math.round((first.price - 5) * 100) / 100, 0);
    const handlers = productHandlers(twoDistributors(world, second.adapter));

    const view = await handlers['product.syncInfo']({ productId: PRODUCT }, noSender);
    expect(view.offers.map((o) => o.answer?.totalAvailable)).toEqual([4, 0]);
    expect(view.offers.map((o) => o.cheapestInStock ?? false)).toEqual([true, false]);
  });

  it('looks a distributor without a vendor row up by the manufacturer part number', async () => {
    const world = createWorld();
    const second = secondDistributor();
    const product = world.autotaskSim.db.get(DEMO.ci, 'Products', PRODUCT + 1)!; // no second-vendor row
    const mpn = String(product.manufacturerProductName);
    const base = second.sim.catalogue.get('5432101')!;
    second.sim.catalogue.add({ ...base, sku: '8800002', mfgPN: mpn, price: 42.5, status: 'Active' });
    const handlers = productHandlers(twoDistributors(world, second.adapter));

    const view = await handlers['product.syncInfo']({ productId: PRODUCT + 1 }, noSender);

    const offer = view.offers.find((o) => o.distributor === SECOND)!;
    expect(offer.linked).toBe(false);
    expect(offer.status).toBe('not-linked');
    expect(offer).toMatchObject({ sku: '8800002', answer: { price: 42.5 } });
    expect(second.sim.requests.filter((r) => r.operation === 'price').map((r) => JSON.stringify(r))).toEqual([
      expect.stringContaining(mpn),
    ]);
  });

  it('syncs every linked distributor’s row now; the product’s own fields follow its default vendor’s distributor', async () => {
    const world = createWorld();
    const second = secondDistributor();
    stockSecond(world, second.sim, 77.7, 3);
    const handlers = productHandlers(twoDistributors(world, second.adapter));
    await handlers['productSync.saveSettings']({ enabled: true }, noSender);
    const price = world.tdsynnexSim.catalogue.get('5432101')!;
    price.price = Math.round((price.price + 1) * 100) / 100;

    const plan = await handlers['product.syncPlan']({ productId: PRODUCT }, noSender);
    expect(plan.rows.map((r) => [r.distributor, r.sku, r.outcome])).toEqual([
      [FIRST, '5432101', 'updated'],
      [SECOND, SECOND_SKU, 'updated'],
    ]);
    // The default vendor is the first distributor's: the second writes only its own row.
    expect(Object.keys(plan.rows[1]!.changes)).toEqual(['vendorCost']);
    expect(plan.rows[0]!.changes).toHaveProperty('unitPrice');

    const from = world.autotaskSim.requests.length;
    const result = await handlers['product.syncNow'](
      { productId: PRODUCT },
      confirmWindow({ action: 'product-sync', productId: PRODUCT }),
    );
    expect(result.outcomes.map((o) => [o.distributor, o.outcome])).toEqual([
      [FIRST, 'updated'],
      [SECOND, 'updated'],
    ]);
    const rows = world.autotaskSim.db.rows(DEMO.ci, 'ProductVendors').filter((v) => v.productID === PRODUCT);
    expect(rows.find((v) => v.vendorID === DEMO.tdSynnexVendorId)?.vendorCost).toBe(price.price);
    expect(rows.find((v) => v.vendorID === DEMO.ingramVendorId)?.vendorCost).toBe(77.7);
    expect(world.autotaskSim.db.get(DEMO.ci, 'Products', PRODUCT)?.unitCost).toBe(price.price);
    expect(autotaskCalls(world, from).filter((c) => c.method === 'PATCH')).toHaveLength(3);
    expect((await skuStates(SECOND, [SECOND_SKU])).get(SECOND_SKU)).toMatchObject({ status: 'synced' });
    expect(result.view.offers.map((o) => o.status)).toEqual(['synced', 'synced']);
  });
});

describe('a Product Sync run with two distributors', () => {
  afterEach(() => {
    unregisterTemplate(PRODUCT_SYNC_TEMPLATE_ID);
    provideSyncServices(undefined);
  });

  it('keeps each distributor’s vendor rows true to it, creates each one’s queued products under its key, and logs once', async () => {
    const world = createWorld();
    const second = secondDistributor();
    stockSecond(world, second.sim, 77.7, 3);
    registerTemplate(productSyncTemplate);
    provideSyncServices(twoDistributors(world, second.adapter));
    await saveTemplateSettings(productSyncTemplate, { categoryMapping: { Notebooks: 'Hardware' } });
    await enqueueImport([
      { sku: '8800003', category: 'Notebooks', description: 'Second’s notebook', distributor: SECOND },
    ]);
    const base = second.sim.catalogue.get('5432101')!;
    second.sim.catalogue.add({ ...base, sku: '8800003', mfgPN: 'NB-3', price: 300, status: 'Active' });

    expect(await (await startRun(PRODUCT_SYNC_TEMPLATE_ID, 'manual')).finished).toMatchObject({
      result: 'success',
    });

    const rows = world.autotaskSim.db.rows(DEMO.ci, 'ProductVendors');
    const secondRow = rows.find((v) => v.productID === PRODUCT && v.vendorID === DEMO.ingramVendorId)!;
    expect(secondRow.vendorCost).toBe(77.7);
    const firstRow = rows.find((v) => v.productID === PRODUCT && v.vendorID === DEMO.tdSynnexVendorId)!;
    expect(firstRow.vendorCost).toBe(world.tdsynnexSim.catalogue.get('5432101')!.price);
    // The product's own cost follows its default vendor's distributor, not the second's price.
    expect(world.autotaskSim.db.get(DEMO.ci, 'Products', PRODUCT)?.unitCost).toBe(firstRow.vendorCost);
    const created = world.autotaskSim.db
      .rows(DEMO.ci, 'Products')
      .filter((p) => p.externalProductID === externalKey(SECOND, '8800003'));
    expect(created).toHaveLength(1);
    // Created with the second distributor's vendor row (and as its default vendor).
    expect(
      rows.filter((v) => v.productID === created[0]!.id).map((v) => [v.vendorID, v.vendorPartNumber]),
    ).toEqual([[DEMO.ingramVendorId, '8800003']]);
    expect(created[0]!.defaultVendorID).toBe(DEMO.ingramVendorId);
    const entries = (await recentEntries(10)).filter((e) => e.template === PRODUCT_SYNC_TEMPLATE_ID);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.summary).toContain(`${DISTRIBUTORS[0]!.label}, ${DISTRIBUTORS[1]!.label}`);
    expect((await skuStates(SECOND, [SECOND_SKU])).get(SECOND_SKU)).toMatchObject({ lastOutcome: 'updated' });
  });
});
