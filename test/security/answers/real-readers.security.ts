// Issue 11 §5: the malformed-answer battery on readers the extension really ships — the sidebar's
// PO view (lib/services/purchase-order-view.ts), which once accepted quantities −3 and 2.5 and showed
// a total, and the product page's view (lib/products/product-page.ts). Every malformed answer of each
// endpoint they read must fail with `malformed-response` naming the field; the control read of the
// untouched answers succeeds. (Product Sync's reader runs in product-sync.security.ts.)
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { productSyncView } from '../../../lib/products/product-page';
import { getPurchaseOrderView } from '../../../lib/orders/purchase-order-view';
import { DEMO } from '../../sandbox/autotask/index';
import { recordFigure } from '../figures';
import { bodyMutationsJson, fieldMutationsJson } from './mutations';
import type { Mutation } from './mutations';
import { createWorld } from './world';
import type { World } from './world';

let world: World;
beforeEach(() => {
  world = createWorld();
});

const read = () =>
  getPurchaseOrderView(1042, {
    client: world.autotask,
    vendors: [{ id: 'tdsynnex', vendorId: DEMO.tdSynnexVendorId, connected: true }],
  });
/** Demo product 72 is linked to TD SYNNEX SKU 5432102 (its ProductVendors row). */
const PRODUCT_ID = 72;
const readProduct = () =>
  productSyncView(PRODUCT_ID, {
    autotask: world.autotask,
    links: [{ id: 'tdsynnex', vendorId: DEMO.tdSynnexVendorId, adapter: world.distributor }],
    states: async () => new Map(),
    now: () => Date.now(),
  });

const path = (req: Request) => new URL(req.url).pathname;
const ENDPOINTS: { endpoint: string; match: (req: Request) => boolean; mutations: Mutation[] }[] = [
  {
    endpoint: 'GET PurchaseOrders/1042',
    match: (req) => req.method === 'GET' && /\/PurchaseOrders\/1042$/.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['item', 'id'], 'id'),
      ...fieldMutationsJson(['item', 'vendorID'], 'id'),
      ...fieldMutationsJson(['item', 'status'], 'id'),
      ...fieldMutationsJson(['item', 'shipToName'], 'text?'),
    ],
  },
  {
    endpoint: 'POST PurchaseOrderItems/query',
    match: (req) => /\/PurchaseOrderItems\/query$/.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'quantity'], 'quantity'),
      ...fieldMutationsJson(['items', 0, 'productID'], 'id'),
      ...fieldMutationsJson(['items', 0, 'unitCost'], 'money'),
      ...bodyMutationsJson(['items', 0], ['items']),
    ],
  },
  {
    endpoint: 'POST Products/query',
    match: (req) => /\/Products\/query$/.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'id'], 'id'),
      ...fieldMutationsJson(['items', 0, 'name'], 'text'),
    ],
  },
  {
    endpoint: 'POST ProductVendors/query',
    match: (req) => /\/ProductVendors\/query$/.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'vendorPartNumber'], 'text?'),
      ...fieldMutationsJson(['items', 0, 'productID'], 'id'),
    ],
  },
];

const PRODUCT_ENDPOINTS: typeof ENDPOINTS = [
  {
    endpoint: `GET Products/${PRODUCT_ID}`,
    match: (req) => req.method === 'GET' && new RegExp(`/Products/${PRODUCT_ID}$`).test(path(req)),
    mutations: [
      ...fieldMutationsJson(['item', 'id'], 'id'),
      ...fieldMutationsJson(['item', 'name'], 'text'),
      ...fieldMutationsJson(['item', 'unitCost'], 'money'),
      ...fieldMutationsJson(['item', 'unitPrice'], 'money'),
    ],
  },
  {
    endpoint: 'POST ProductVendors/query',
    match: (req) => /\/ProductVendors\/query$/.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'productID'], 'id'),
      ...fieldMutationsJson(['items', 0, 'vendorID'], 'id'),
      ...fieldMutationsJson(['items', 0, 'vendorCost'], 'money'),
      ...fieldMutationsJson(['items', 0, 'vendorPartNumber'], 'text?'),
      // One vendor row only, so no duplicate-id case here (the PO view's line query has it).
      ...bodyMutationsJson(['items', 0]),
    ],
  },
];

const tally = { tried: 0, rejected: 0 };
afterAll(() => {
  recordFigure('answers-real-readers', {
    label: 'Malformed answers → sidebar PO and product views (real readers)',
    counts: { tried: tally.tried, rejected: tally.rejected, 'got through': tally.tried - tally.rejected },
    mustBeZero: ['got through'],
    minimums: { tried: 100 },
  });
});

const READERS = [
  { reader: 'the sidebar PO view reader', read, endpoints: ENDPOINTS },
  { reader: 'the product page view reader', read: readProduct, endpoints: PRODUCT_ENDPOINTS },
];

describe.each(READERS)('$reader', ({ read: readView, endpoints }) => {
  it('reads the untouched answers (control)', async () => {
    const view = await readView();
    expect(view).toBeTruthy();
    if ('lines' in view) expect(view.lines.length).toBeGreaterThan(0);
    else expect(view.status).not.toBe('not-linked');
  });

  for (const { endpoint, match, mutations } of endpoints) {
    it.each(mutations.map((m) => [m.what, m] as const))(
      `${endpoint}: %s is rejected`,
      async (_what, mutation) => {
        tally.tried += 1;
        world.tamper = { match, answer: mutation.answer };
        const error = await readView().then(
          (view) => ({ succeeded: view }),
          (e: unknown) => e as { kind?: string; field?: string },
        );
        expect(world.tampered, 'the tampered answer was served').toBe(1);
        expect(error, JSON.stringify(error)).toMatchObject({ kind: 'malformed-response' });
        const field = (error as { field?: string }).field ?? '';
        if (mutation.field !== '(body)')
          expect(field.toLowerCase()).toContain(mutation.field.replace(/^.*[.\]]/, '').toLowerCase());
        tally.rejected += 1;
      },
    );
  }
});
