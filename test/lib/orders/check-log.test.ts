// Issue 10 §2: the log records what a person asked for, not page views. A check on opening a page
// writes nothing; a clicked check is logged only when it finds a problem; an ordered, cancelled or
// received PO is a state, never a failure.
import { beforeEach, describe, expect, it } from 'vitest';
import type { PriceAvailability } from '../../../lib/distributor/adapter';
import { itemsOf, recentEntries } from '../../../lib/log/activity-reads';
import type { PurchaseOrderView } from '../../../lib/messaging/results';
import { logCheck } from '../../../lib/orders/activity';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { evaluateCheck } from '../../../lib/orders/check';
import type { OrderCheckView } from '../../../lib/orders/views';
import { freshDb } from '../db/fresh-db';
import { checkedPo } from './fixtures';

const PO = checkedPo([
  { itemId: 1, productId: 71, sku: '5432101', description: 'Laptop', quantity: 4, unitCost: 100 },
  { itemId: 2, productId: 72, sku: '5432102', description: 'Dock', quantity: 1, unitCost: 50 },
]);

const ok = (sku: string): PriceAvailability => ({
  request: { distributorSku: sku },
  distributorSku: sku,
  status: 'active',
  unitCost: sku === '5432101' ? 100 : 50,
  totalAvailable: 10,
  warehouses: [{ id: '3', name: 'Fremont, CA', qty: 10 }],
});

function check(po: PurchaseOrderView, answers: PriceAvailability[]): OrderCheckView {
  const bySku = new Map(answers.map((a) => [a.distributorSku ?? '', a]));
  return evaluateCheck(po, bySku, { priceDriftPercent: 5, now: 0, distributor: DISTRIBUTORS[0]!.id });
}

const allOk = () => check(PO, [ok('5432101'), ok('5432102')]);
const unknownSku = () => check(PO, [ok('5432101')]);
const ordered = (view: OrderCheckView): OrderCheckView => ({
  ...view,
  blocking: [...view.blocking, { code: 'already-ordered', message: 'Already ordered as 40981234.' }],
});

describe('logging order checks', () => {
  beforeEach(freshDb);

  it('writes nothing for the automatic check when a page opens, even one that finds a problem', async () => {
    await logCheck('PO-1042', unknownSku());
    await logCheck('PO-1042', unknownSku(), { clicked: false });
    expect(await recentEntries(10)).toEqual([]);
  });

  it('writes nothing for a clicked check that finds no problem', async () => {
    await logCheck('PO-1042', allOk(), { clicked: true });
    expect(await recentEntries(10)).toEqual([]);
  });

  it.each([
    ['already ordered', (v: OrderCheckView) => ordered(v)],
    ['cancelled', () => check({ ...PO, statusLabel: 'Cancelled' }, [ok('5432101'), ok('5432102')])],
    ['received', () => check({ ...PO, statusLabel: 'Received Full' }, [ok('5432101'), ok('5432102')])],
  ])('treats an %s PO as a state: a clicked check writes no Failed entry', async (_state, make) => {
    await logCheck('PO-1042', make(allOk()), { clicked: true });
    expect(await recentEntries(10)).toEqual([]);
  });

  it('logs a clicked check that finds an unknown SKU as Failed, with the Invalid SKU hint and what each line says', async () => {
    await logCheck('PO-1042', unknownSku(), { clicked: true });
    const [entry] = await recentEntries(10);
    expect(entry).toMatchObject({ operation: 'order-check', result: 'failed', hintId: 'invalid-sku' });
    expect(entry?.summary).not.toMatch(/\bok\b/);
    const items = await itemsOf(entry!.id!);
    expect(items.map((i) => [i.label, i.outcome, i.message])).toEqual([
      ['5432101', 'ok', 'Price and stock confirmed.'],
      ['5432102', 'invalid-sku', 'TD SYNNEX does not know SKU 5432102.'],
    ]);
  });

  it('logs a clicked check with a low-stock line as a partial success', async () => {
    await logCheck('PO-1042', check(PO, [{ ...ok('5432101'), totalAvailable: 1 }, ok('5432102')]), {
      clicked: true,
    });
    const [entry] = await recentEntries(10);
    expect(entry).toMatchObject({ result: 'partial', hintId: 'out-of-stock' });
  });
});
