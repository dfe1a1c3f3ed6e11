// Issue 3 §1: the rules of the pre-submit check, one table row per rule.
import { describe, expect, it } from 'vitest';
import type { PriceAvailability } from '../../../lib/distributor/adapter';
import type { PurchaseOrderView } from '../../../lib/messaging/results';
import { evaluateCheck } from '../../../lib/orders/check';
import { checkedPo } from './fixtures';

const PO = checkedPo([
  { itemId: 1, productId: 71, sku: '5432101', description: 'Laptop', quantity: 4, unitCost: 100 },
]);

const answer = (over: Partial<PriceAvailability> = {}): PriceAvailability => ({
  request: { distributorSku: '5432101' },
  status: 'active',
  unitCost: 100,
  totalAvailable: 10,
  warehouses: [{ id: '3', name: 'Fremont, CA', qty: 10 }],
  ...over,
});

const check = (a: PriceAvailability | undefined, po: PurchaseOrderView = PO) =>
  evaluateCheck(po, new Map(a ? [['5432101', a]] : []), { priceDriftPercent: 5, now: 0 });

describe('the pre-submit check', () => {
  it.each([
    ['ok', answer(), undefined],
    ['price-changed', answer({ unitCost: 106 }), 'price-drift'],
    ['ok', answer({ unitCost: 104.9 }), undefined],
    ['low-stock', answer({ totalAvailable: 3 }), 'out-of-stock'],
    ['out-of-stock', answer({ totalAvailable: 0, warehouses: [] }), 'out-of-stock'],
    ['discontinued', answer({ status: 'discontinued' }), 'discontinued'],
    ['invalid-sku', answer({ status: 'notFound', unitCost: undefined }), 'invalid-sku'],
  ] as const)('gives the badge %s', (badge, a, hintId) => {
    const [line] = check(a).lines;
    expect(line?.badge).toBe(badge);
    expect(line?.hintId).toBe(hintId);
  });

  it('reports the price drift in percent and the quantity that would be backordered', () => {
    const [line] = check(answer({ unitCost: 110, totalAvailable: 1 })).lines;
    expect(line).toMatchObject({ driftPercent: 10, backorderQty: 3, distributorPrice: 110 });
  });

  it('gives a line TD SYNNEX did not answer for the "Invalid SKU" hint, and blocks the submission', () => {
    const result = check(undefined);
    expect(result.lines[0]).toMatchObject({ badge: 'invalid-sku', hintId: 'invalid-sku' });
    expect(result.blocking.map((p) => p.code)).toEqual(['invalid-sku']);
  });

  it.each<[string, PurchaseOrderView]>([
    ['not-distributor-vendor', { ...PO, isDistributorVendor: false }],
    ['po-closed', { ...PO, statusLabel: 'Cancel' }],
    ['po-closed', { ...PO, statusLabel: 'Received Partial' }],
    ['missing-ship-to', { ...PO, shipTo: { ...PO.shipTo, postalCode: ' ' } }],
    ['no-lines', { ...PO, lines: [] }],
  ])('lists the blocking problem %s', (code, po) => {
    expect(check(answer(), po).blocking.map((p) => p.code)).toContain(code);
  });

  it('totals the order at TD SYNNEX prices and offers the warehouses that stock it', () => {
    const result = check(answer({ unitCost: 99.99 }));
    expect(result.distributorTotal).toBe(399.96);
    expect(result.warehouses).toEqual([{ id: '3', name: 'Fremont, CA' }]);
  });
});
