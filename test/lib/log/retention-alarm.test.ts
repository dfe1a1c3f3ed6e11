import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendEntry } from '../../../lib/log/activity';
import { db } from '../../../lib/db/db';
import {
  RETENTION_ALARM,
  ensureRetentionAlarm,
  handleRetentionAlarm,
  setRetentionDays,
} from '../../../lib/log/retention-alarm';
import { logRetentionDays } from '../../../lib/settings/settings';
import { freshDb } from '../db/fresh-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);
const base = { template: 'product-sync', operation: 'product-sync' as const, result: 'success' as const };

async function seedAround(days: number) {
  const cutoff = NOW - days * DAY;
  await appendEntry({ ...base, at: cutoff - DAY, summary: 'a day too old' }, [
    { key: 'OLD-1', outcome: 'updated' },
  ]);
  await appendEntry({ ...base, at: cutoff - 1, summary: '1 ms too old' }, [
    { key: 'OLD-2', outcome: 'failed' },
  ]);
  await appendEntry({ ...base, at: cutoff, summary: 'exactly at the limit' }, [
    { key: 'KEPT-1', outcome: 'updated' },
  ]);
  await appendEntry({ ...base, at: cutoff + 1, summary: 'just inside' });
  await appendEntry({ ...base, at: NOW, summary: 'now' }, [{ key: 'KEPT-2', outcome: 'updated' }]);
}

async function summaries() {
  return (await db.activity.orderBy('at').toArray()).map((e) => e.summary);
}

describe('the daily retention alarm', () => {
  beforeEach(freshDb);

  it('is created once, daily, and not re-created (which would restart its countdown)', async () => {
    await ensureRetentionAlarm();
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    await ensureRetentionAlarm();
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toEqual(first);
  });

  it('deletes exactly the entries older than the default 30 days, with their items, and nothing else', async () => {
    await seedAround(30);
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

    expect(await handleRetentionAlarm({ name: RETENTION_ALARM }, NOW)).toBe(2);

    expect(await summaries()).toEqual(['exactly at the limit', 'just inside', 'now']);
    expect((await db.activityItems.toArray()).map((i) => i.label).sort()).toEqual(['KEPT-1', 'KEPT-2']);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.skuState.count()).toBe(1);
  });

  it('follows the setting', async () => {
    await logRetentionDays.setValue(7);
    await seedAround(7);
    expect(await handleRetentionAlarm({ name: RETENTION_ALARM }, NOW)).toBe(2);
    expect(await summaries()).toEqual(['exactly at the limit', 'just inside', 'now']);
  });

  it('ignores other alarms', async () => {
    await seedAround(30);
    expect(await handleRetentionAlarm({ name: 'template:product-sync' }, NOW)).toBe(0);
    expect(await db.activity.count()).toBe(5);
  });

  it('prunes at once when the setting is shortened', async () => {
    await seedAround(3);
    expect(await setRetentionDays(3, NOW)).toBe(3);
    expect(await logRetentionDays.getValue()).toBe(3);
    expect(await summaries()).toEqual(['exactly at the limit', 'just inside', 'now']);
  });
});
