// Issue 11 §5: the malformed-answer battery on a reader the extension really ships — the sidebar's
// PO view (lib/services/purchase-order-view.ts), which once accepted quantities −3 and 2.5 and showed
// a total. Every malformed answer of each endpoint it reads must fail with `malformed-response`
// naming the field; the control read of the untouched answers succeeds.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getPurchaseOrderView } from '../../../lib/services/purchase-order-view';
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
  getPurchaseOrderView(1042, { client: world.autotask, distributorVendorId: DEMO.tdSynnexVendorId });

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

const tally = { tried: 0, rejected: 0 };
afterAll(() => {
  recordFigure('answers-real-readers', {
    label: 'Malformed answers → sidebar PO view (real reader)',
    counts: { tried: tally.tried, rejected: tally.rejected, 'got through': tally.tried - tally.rejected },
    mustBeZero: ['got through'],
    minimums: { tried: 60 },
  });
});

describe('the sidebar PO view reader', () => {
  it('reads the untouched answers (control)', async () => {
    const view = await read();
    expect(view.lines.length).toBeGreaterThan(0);
  });

  for (const { endpoint, match, mutations } of ENDPOINTS) {
    it.each(mutations.map((m) => [m.what, m] as const))(
      `${endpoint}: %s is rejected`,
      async (_what, mutation) => {
        tally.tried += 1;
        world.tamper = { match, answer: mutation.answer };
        const error = await read().then(
          (view) => ({ succeeded: view.lines.map((l) => l.quantity) }),
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
