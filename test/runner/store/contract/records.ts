// Run records with their checkpoints, per-SKU state and meta values: whole records by key, as the
// extension's Dexie tables keep them.
import { describe, expect, it } from 'vitest';
import type { RunRecord, SkuState } from '../../../../lib/db/records';
import type { StoreSession } from './session';
import { T0 } from './samples';

export function recordsContract(session: StoreSession) {
  describe('runs, SKU state, meta', () => {
    it('keeps a run with its checkpoint; put replaces the whole record', async () => {
      const store = await session.open();
      const running: RunRecord = {
        templateId: 'product-sync',
        state: 'running',
        checkpoint: { page: 3, cursor: 'abc', seen: [1, 2], nested: { done: false } },
        startedAt: T0,
        progress: { done: 300, total: 10_000 },
        lockOwner: 'runner-1',
        lockExpiresAt: T0 + 60_000,
      };
      await store.runs.put(running);
      await store.runs.put({
        templateId: 'create-orders',
        state: 'idle',
        lastResult: 'failed',
        lastRunAt: T0,
      });
      expect(await store.runs.get('product-sync')).toEqual(running);

      const finished: RunRecord = {
        templateId: 'product-sync',
        state: 'idle',
        finishedAt: T0 + 5,
        lastResult: 'success',
      };
      await store.runs.put(finished);

      expect(await store.runs.get('product-sync')).toEqual(finished);
      expect((await store.runs.all()).map((r) => r.templateId)).toEqual(['create-orders', 'product-sync']);
      expect(await store.runs.get('order-status')).toBeUndefined();
    });

    it('keeps SKU state per distributor, prices exact', async () => {
      const store = await session.open();
      const td: SkuState = {
        sku: 'ABC-1',
        distributor: 'tdsynnex',
        productId: 29_683_467,
        status: 'synced',
        lastSyncAt: T0,
        unitCost: 12.34,
        unitPrice: 0.1 + 0.2,
        lastOutcome: 'updated',
        hintId: 'price-changed',
      };
      const ingram: SkuState = { sku: 'ABC-1', distributor: 'ingram', status: 'never' };
      await store.skuState.put(td);
      await store.skuState.put(ingram);

      expect(store.skuState.key(td)).not.toBe(store.skuState.key(ingram));
      expect(await store.skuState.get(store.skuState.key(td))).toEqual(td);
      expect(await store.skuState.get(store.skuState.key(ingram))).toEqual(ingram);
      // A state from before distributors were told apart is the registry's first's (tdsynnex).
      expect(store.skuState.key({ sku: 'ABC-1', status: 'never' })).toBe(store.skuState.key(td));

      await store.skuState.put({ ...td, status: 'stale', unitCost: undefined });
      const { unitCost: _cost, ...rest } = td;
      expect(await store.skuState.get(store.skuState.key(td))).toEqual({ ...rest, status: 'stale' });
    });

    it('keeps meta values as JSON; undefined removes one', async () => {
      const store = await session.open();
      await store.meta.set('product-sync.import-queue', [{ sku: 'A', tries: 2 }]);
      await store.meta.set('flag', false);
      await store.meta.set('nothing', null);
      await store.meta.set('flag', true);

      expect(await store.meta.get('product-sync.import-queue')).toEqual([{ sku: 'A', tries: 2 }]);
      expect(await store.meta.get('flag')).toBe(true);
      expect(await store.meta.get('nothing')).toBeNull();
      expect(await store.meta.get('missing')).toBeUndefined();

      await store.meta.set('flag', undefined);
      expect(await store.meta.get('flag')).toBeUndefined();
    });
  });
}
