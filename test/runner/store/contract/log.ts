// The log's contract (types.ts LogStore): atomic append, the log page's filters, the CSV walk and
// retention — the same answers lib/log/query.ts gives over Dexie.
import { describe, expect, it } from 'vitest';
import type { RunnerStore } from '../../../../runner/store/types';
import type { StoreSession } from './session';
import { HOUR, T0, entry, item, richEntry, richItems } from './samples';

async function ids(store: RunnerStore, ...filters: Parameters<RunnerStore['log']['query']>[0][]) {
  return Promise.all(
    filters.map(async (f) =>
      (await store.log.query(f, { offset: 0, limit: 100 })).entries.map((e) => e.summary),
    ),
  );
}

export function logContract(session: StoreSession) {
  describe('log', () => {
    it('keeps an entry with its items, every field as written', async () => {
      const store = await session.open();
      const id = await store.log.appendEntry({ ...richEntry, ...{ runId: 'r-7' } }, richItems);

      const stored = await store.log.entry(id);
      expect(stored?.entry).toEqual({ ...richEntry, runId: 'r-7', id, itemCount: 2 });
      expect(stored?.items).toEqual(richItems.map((i) => ({ ...i, id: expect.any(Number), entryId: id })));
      expect(stored!.items[0]!.id).toBeLessThan(stored!.items[1]!.id!);
      expect(await store.log.entry(id + 1000)).toBeUndefined();
    });

    it('writes nothing when one item cannot be stored, even the last of 1,500', async () => {
      const store = await session.open();
      const good = Array.from({ length: 1500 }, (_, i) => item(`sku-${i}`));
      const broken = { ...item('sku-x'), label: null as unknown as string };

      await expect(store.log.appendEntry(entry(), [...good, broken])).rejects.toThrow();

      expect(await store.log.query({}, { offset: 0, limit: 10 })).toEqual({ entries: [], total: 0 });
      expect(await store.log.query({ search: 'sku-1' }, { offset: 0, limit: 10 })).toEqual({
        entries: [],
        total: 0,
      });
      const id = await store.log.appendEntry(entry(), [item('sku-1')]);
      expect((await store.log.entry(id))?.items).toHaveLength(1);
    });

    it('stores a large run entry (2,500 items) in one append', async () => {
      const store = await session.open();
      const many = Array.from({ length: 2500 }, (_, i) => item(`sku-${i}`));
      const id = await store.log.appendEntry(entry(), many);

      const stored = await store.log.entry(id);
      expect(stored?.entry.itemCount).toBe(2500);
      expect(stored?.items.map((i) => i.key)).toEqual(many.map((i) => i.key));
    });

    it('filters by template, result and time (from inclusive, to exclusive), newest first', async () => {
      const store = await session.open();
      await store.log.appendEntry(
        entry({ summary: 'a', at: T0, template: 'product-sync', result: 'success' }),
      );
      await store.log.appendEntry(
        entry({ summary: 'b', at: T0 + HOUR, template: 'create-orders', result: 'failed' }),
      );
      await store.log.appendEntry(
        entry({ summary: 'c', at: T0 + 2 * HOUR, template: 'product-sync', result: 'failed' }),
      );
      // Same instant as c: the later id comes first.
      await store.log.appendEntry(entry({ summary: 'd', at: T0 + 2 * HOUR, template: 'create-orders' }));

      expect(
        await ids(
          store,
          {},
          { template: 'product-sync' },
          { result: 'failed' },
          { template: 'product-sync', result: 'failed' },
          { from: T0 + HOUR },
          { to: T0 + 2 * HOUR },
          { from: T0 + HOUR, to: T0 + HOUR + 1 },
          { template: 'order-status' },
        ),
      ).toEqual([
        ['d', 'c', 'b', 'a'],
        ['c', 'a'],
        ['c', 'b'],
        ['c'],
        ['d', 'c', 'b'],
        ['b', 'a'],
        ['b'],
        [],
      ]);
    });

    it('pages through the matches and counts them all', async () => {
      const store = await session.open();
      for (let i = 0; i < 7; i++) {
        await store.log.appendEntry(
          entry({ summary: `e${i}`, at: T0 + i, result: i % 2 ? 'failed' : 'success' }),
        );
      }
      const page = (offset: number, limit: number) =>
        store.log.query({ result: 'success' }, { offset, limit });

      expect(await page(0, 3)).toMatchObject({
        total: 4,
        entries: [{ summary: 'e6' }, { summary: 'e4' }, { summary: 'e2' }],
      });
      expect(await page(3, 3)).toMatchObject({ total: 4, entries: [{ summary: 'e0' }] });
      expect(await page(9, 3)).toEqual({ total: 4, entries: [] });
    });

    it('searches the exact lower-cased key of an entry or of one of its items', async () => {
      const store = await session.open();
      await store.log.appendEntry(entry({ summary: 'order', keys: ['at12-1001', 'inv-77'] }));
      await store.log.appendEntry(entry({ summary: 'sync', at: T0 + 1 }), [item('abc-1'), item('abc-10')]);
      // Found through both its keys and an item: listed once.
      await store.log.appendEntry(entry({ summary: 'both', at: T0 + 2, keys: ['abc-1'] }), [item('abc-1')]);
      await store.log.appendEntry(entry({ summary: 'other', at: T0 + 3, template: 'x', keys: ['abc-1'] }));

      expect(
        await ids(
          store,
          { search: '  AT12-1001 ' },
          { search: 'abc-1' },
          { search: 'abc' },
          { search: 'abc-1', template: 'product-sync' },
          { search: '   ' },
        ),
      ).toEqual([
        ['order'],
        ['other', 'both', 'sync'],
        [],
        ['both', 'sync'],
        ['other', 'both', 'sync', 'order'],
      ]);
      expect((await store.log.query({ search: 'abc-1' }, { offset: 0, limit: 1 })).total).toBe(3);
    });

    it('walks every match once, newest first, a chunk at a time, items included', async () => {
      const store = await session.open();
      for (let i = 0; i < 7; i++) {
        await store.log.appendEntry(
          entry({ summary: `e${i}`, at: T0 + (i >> 1), template: i === 3 ? 'x' : 'product-sync' }),
          [item(`sku-${i}`)],
        );
      }

      const chunks = [];
      for await (const chunk of store.log.walk({ template: 'product-sync' }, 2)) {
        chunks.push(chunk.map(({ entry: e, items }) => `${e.summary}:${items.map((i) => i.key).join()}`));
      }
      expect(chunks).toEqual([
        ['e6:sku-6', 'e5:sku-5'],
        ['e4:sku-4', 'e2:sku-2'],
        ['e1:sku-1', 'e0:sku-0'],
      ]);

      const none = [];
      for await (const chunk of store.log.walk({ template: 'nothing' }, 2)) none.push(chunk);
      expect(none).toEqual([]);
    });

    it('counts every entry per day by result, a day from its start up to the next, the last open', async () => {
      const store = await session.open();
      // Days of 23 and 25 hours, as a browser's DST change draws them; the API passes them as sent.
      const starts = [T0, T0 + 23 * HOUR, T0 + 48 * HOUR];
      const add = (
        at: number,
        result: 'success' | 'partial' | 'failed',
        template = 'product-sync',
        operation: 'product-sync' | 'status-update' | 'connection' = 'product-sync',
      ) => store.log.appendEntry(entry({ at, result, template, operation }));
      await add(T0 - 1, 'failed'); // before the first day
      await add(T0, 'success');
      await add(T0 + 5 * HOUR, 'failed', 'order-status', 'status-update');
      await add(T0 + 23 * HOUR - 1, 'partial', 'manual', 'connection');
      await add(T0 + 23 * HOUR, 'success');
      await add(T0 + 30 * HOUR, 'success', 'create-orders');
      await add(T0 + 48 * HOUR, 'failed');
      await add(T0 + 400 * HOUR, 'partial'); // far on: still the last day

      expect(await store.log.countByDay(starts)).toEqual([
        { day: T0, success: 1, partial: 1, failed: 1 },
        { day: T0 + 23 * HOUR, success: 2, partial: 0, failed: 0 },
        { day: T0 + 48 * HOUR, success: 0, partial: 1, failed: 1 },
      ]);
      expect(await store.log.countByDay([T0 + 500 * HOUR])).toEqual([
        { day: T0 + 500 * HOUR, success: 0, partial: 0, failed: 0 },
      ]);
    });

    it('prunes entries older than the cut-off, and their items with them', async () => {
      const store = await session.open();
      const old = await store.log.appendEntry(entry({ at: T0 - 1 }), [item('sku-old'), item('sku-old-2')]);
      const kept = await store.log.appendEntry(entry({ at: T0 }), [item('sku-kept')]);

      expect(await store.log.pruneBefore(T0)).toBe(1);

      expect(await store.log.entry(old)).toBeUndefined();
      expect((await store.log.entry(kept))?.items).toHaveLength(1);
      await store.close();
      const driver = await session.driver();
      const { rows } = await driver.query<{ key: string }>('SELECT key FROM activity_items ORDER BY key');
      expect(rows).toEqual([{ key: 'sku-kept' }]);
    });
  });
}
