import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ITEM_KEYS_ON_ENTRY, appendEntry, toLogEntryView } from '../../../lib/log/activity';
import { entriesFor, itemsOf, recentEntries } from '../../../lib/log/activity-reads';
import type { NewActivityEntry } from '../../../lib/log/activity';
import { db } from '../../../lib/db/db';
import { AppError } from '../../../lib/errors/app-error';
import { fillDisk, freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

function entry(over: Partial<NewActivityEntry> = {}): NewActivityEntry {
  return {
    at: T0,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: 'Product Sync: 2 updated',
    ...over,
  };
}

describe('appendEntry', () => {
  beforeEach(freshDb);

  it('writes the entry with lower-cased search keys from the entry and its items, and counts outcomes', async () => {
    const id = await appendEntry(entry({ keys: ['PO-1042', 'po-1042 '] }), [
      { key: 'ABC-1', outcome: 'updated' },
      { key: '5432102', outcome: 'failed', message: 'Not found' },
      { key: '5432103', outcome: 'updated' },
    ]);
    const stored = await db.activity.get(id);
    expect(stored?.keys).toEqual(['po-1042', 'abc-1', '5432102', '5432103']);
    expect(stored?.itemCount).toBe(3);
    expect(stored?.counts).toEqual({ updated: 2, failed: 1 });
    const items = await itemsOf(id);
    expect(items.map((i) => [i.key, i.label, i.outcome])).toEqual([
      ['abc-1', 'ABC-1', 'updated'],
      ['5432102', '5432102', 'failed'],
      ['5432103', '5432103', 'updated'],
    ]);
  });

  it('stores an AppError as plain data, without its stack or cause', async () => {
    const error = new AppError(
      { kind: 'auth', service: 'autotask', status: 401, message: 'Autotask rejected the credentials.' },
      { cause: new Error('raw body with Secret: hunter2') },
    );
    const id = await appendEntry(entry({ result: 'failed', error, hintId: 'autotask-unauthorized' }), [
      { key: 'X', outcome: 'failed', error },
    ]);
    const stored = await db.activity.get(id);
    expect(stored?.error).toEqual({
      kind: 'auth',
      service: 'autotask',
      status: 401,
      message: 'Autotask rejected the credentials.',
    });
    expect(JSON.stringify(await itemsOf(id))).not.toContain('hunter2');
  });

  it('keeps the distributor an entry and its error were for (registry id) up to the view', async () => {
    const error = new AppError({
      kind: 'server',
      service: 'distributor',
      distributor: 'tdsynnex',
      status: 503,
      message: 'TD SYNNEX is unavailable.',
    });
    const id = await appendEntry(
      entry({ result: 'failed', distributor: 'tdsynnex', error, hintId: 'distributor-unavailable' }),
    );
    const stored = await db.activity.get(id);
    expect(stored?.distributor).toBe('tdsynnex');
    expect(stored?.error).toEqual({
      kind: 'server',
      service: 'distributor',
      distributor: 'tdsynnex',
      status: 503,
      message: 'TD SYNNEX is unavailable.',
    });
    expect(toLogEntryView(stored!)).toMatchObject({
      distributor: 'tdsynnex',
      hintId: 'distributor-unavailable',
    });
  });

  it('leaves item keys off a large entry but still finds it through its items', async () => {
    const items = Array.from({ length: MAX_ITEM_KEYS_ON_ENTRY + 1 }, (_, i) => ({
      key: `SKU${i}`,
      outcome: 'unchanged',
    }));
    const id = await appendEntry(entry({ keys: ['run-7'] }), items);
    expect((await db.activity.get(id))?.keys).toEqual(['run-7']);
    expect((await entriesFor('sku50')).map((e) => e.id)).toEqual([id]);
  });

  it('writes nothing at all when the disk fills up half way, and reports the storage-full error', async () => {
    const fullDisk = fillDisk('activityItems');
    db.close();
    db.use(fullDisk);
    await db.open();
    try {
      await expect(appendEntry(entry(), [{ key: 'A', outcome: 'updated' }])).rejects.toMatchObject({
        kind: 'storage',
        code: 'quota-exceeded',
      });
      expect(await db.activity.count()).toBe(0);
    } finally {
      db.unuse(fullDisk);
    }
  });
});

describe('recentEntries and entriesFor', () => {
  beforeEach(async () => {
    await freshDb();
    await appendEntry(entry({ at: T0, summary: 'a' }));
    await appendEntry(entry({ at: T0 + 1000, summary: 'b', result: 'failed' }));
    await appendEntry(
      entry({
        at: T0 + 2000,
        summary: 'c',
        template: 'create-orders',
        operation: 'order-submission',
        keys: ['PO-1042', '40981234'],
      }),
    );
    await appendEntry(entry({ at: T0 + 3000, summary: 'd', result: 'partial' }), [
      { key: '5432101', outcome: 'failed' },
    ]);
  });

  it('lists the newest first, up to the limit', async () => {
    expect((await recentEntries(3)).map((e) => e.summary)).toEqual(['d', 'c', 'b']);
  });

  it('filters by template, result, operation and a from/to window', async () => {
    expect((await recentEntries(10, { template: 'product-sync' })).map((e) => e.summary)).toEqual([
      'd',
      'b',
      'a',
    ]);
    expect((await recentEntries(10, { result: 'failed' })).map((e) => e.summary)).toEqual(['b']);
    expect((await recentEntries(10, { operation: 'order-submission' })).map((e) => e.summary)).toEqual(['c']);
    expect(
      (await recentEntries(10, { template: 'product-sync', from: T0 + 1000, to: T0 + 3000 })).map(
        (e) => e.summary,
      ),
    ).toEqual(['b']);
    expect(
      (await recentEntries(10, { result: 'partial', template: 'product-sync' })).map((e) => e.summary),
    ).toEqual(['d']);
  });

  it('finds entries by a PO number, an order number or a SKU, whatever the case', async () => {
    expect((await entriesFor('po-1042')).map((e) => e.summary)).toEqual(['c']);
    expect((await recentEntries(10, { key: '40981234' })).map((e) => e.summary)).toEqual(['c']);
    expect((await entriesFor('5432101')).map((e) => e.summary)).toEqual(['d']);
    expect(await entriesFor('nothing-like-this')).toEqual([]);
  });

  it('turns an entry into the view sent to extension pages, with an ISO date', async () => {
    const [latest] = await recentEntries(1);
    expect(toLogEntryView(latest!)).toEqual({
      id: latest!.id,
      at: '2026-11-25T10:00:03.000Z',
      template: 'product-sync',
      operation: 'product-sync',
      result: 'partial',
      summary: 'd',
      itemCount: 1,
      counts: { failed: 1 },
    });
  });
});
