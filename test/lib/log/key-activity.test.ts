import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { activityForKey } from '../../../lib/log/key-activity';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
const NOT_FOUND = { kind: 'validation', service: 'tdsynnex', status: 200, message: 'SKU not found' };

describe('activityForKey (a SKU’s activity in the product sidebar, issue 10 §6)', () => {
  beforeEach(freshDb);

  it('returns only the entries about the SKU, each with that SKU’s own items and not the others’', async () => {
    // A run over two SKUs that failed for the other one: its summary, result and error are not ours.
    const run = await appendEntry(
      {
        at: T0,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'partial',
        summary: 'Product Sync: 1 updated, 1 failed',
        error: NOT_FOUND,
        hintId: 'invalid-sku',
      },
      [
        { key: '5432101', outcome: 'updated', message: 'Cost 1,099.00 → 1,128.40' },
        { key: '9999999', outcome: 'failed', message: 'SKU not found', error: NOT_FOUND },
      ],
    );
    await appendEntry(
      { at: T0 + 1, template: 'product-sync', operation: 'product-sync', result: 'failed', summary: 'Other' },
      [{ key: '9999999', outcome: 'failed' }],
    );
    const check = await appendEntry(
      {
        at: T0 + 2,
        template: 'manual',
        operation: 'order-check',
        result: 'partial',
        summary: 'Checked PO-1042',
        keys: ['PO-1042'],
      },
      [
        { key: '5432101', outcome: 'ok', message: 'Price and stock confirmed.' },
        { key: '5432101', outcome: 'low-stock', message: 'Only 2 available.' },
      ],
    );

    const found = await activityForKey(' 5432101 ', 10);

    expect(found.map((e) => e.id)).toEqual([check, run]);
    expect(found[1]?.about).toEqual([
      { id: expect.any(Number), label: '5432101', outcome: 'updated', message: 'Cost 1,099.00 → 1,128.40' },
    ]);
    expect(found[0]?.about?.map((i) => i.outcome)).toEqual(['ok', 'low-stock']);
  });

  it('keeps an entry found by its own key (a PO number) without items, and honours the limit', async () => {
    await appendEntry({
      at: T0,
      template: 'manual',
      operation: 'order-submission',
      result: 'success',
      summary: 'PO-1042 → AT1-1042: accepted',
      keys: ['PO-1042'],
    });
    await appendEntry({
      at: T0 + 1,
      template: 'manual',
      operation: 'order-check',
      result: 'failed',
      summary: 'Checked PO-1042',
      keys: ['PO-1042'],
    });
    const found = await activityForKey('po-1042', 1);
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toBe('Checked PO-1042');
    expect(found[0]?.about).toBeUndefined();
  });
});
