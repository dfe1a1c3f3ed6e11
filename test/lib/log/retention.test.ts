import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { db } from '../../../lib/db/db';
import { pruneOlderThan } from '../../../lib/log/retention';
import { freshDb } from '../db/fresh-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);

describe('pruneOlderThan', () => {
  beforeEach(freshDb);

  it('deletes exactly the entries older than the retention period, with their items', async () => {
    const base = { template: 'product-sync', operation: 'product-sync' as const, result: 'success' as const };
    await appendEntry({ ...base, at: NOW - 31 * DAY, summary: 'old' }, [{ key: 'A', outcome: 'updated' }]);
    await appendEntry({ ...base, at: NOW - 30 * DAY - 1, summary: 'just too old' });
    const kept = await appendEntry({ ...base, at: NOW - 30 * DAY, summary: 'exactly 30 days' }, [
      { key: 'B', outcome: 'updated' },
    ]);
    await appendEntry({ ...base, at: NOW, summary: 'today' });

    expect(await pruneOlderThan(30, NOW)).toBe(2);

    expect((await db.activity.toArray()).map((e) => e.summary)).toEqual(['exactly 30 days', 'today']);
    expect((await db.activityItems.toArray()).map((i) => i.entryId)).toEqual([kept]);
  });

  it('never touches outbox records or per-SKU state', async () => {
    await db.outbox.put({
      poNumber: 'AT684213-1042',
      poId: 1042,
      tenantId: 684213,
      state: 'accepted',
      createdAt: NOW - 400 * DAY,
      updatedAt: NOW - 400 * DAY,
      lines: [],
    });
    await db.skuState.put({ sku: '5432101', status: 'synced', lastSyncAt: NOW - 400 * DAY });

    await pruneOlderThan(1, NOW);

    expect(await db.outbox.count()).toBe(1);
    expect(await db.skuState.count()).toBe(1);
  });

  it('deletes in chunks when there are thousands of old entries', async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => ({
      at: NOW - 90 * DAY + i,
      template: 't',
      operation: 'product-sync' as const,
      result: 'success' as const,
      summary: String(i),
      keys: [],
      itemCount: 0,
    }));
    await db.activity.bulkAdd(rows);
    expect(await pruneOlderThan(30, NOW)).toBe(2_500);
    expect(await db.activity.count()).toBe(0);
  });
});
