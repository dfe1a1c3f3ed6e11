// The template lock within one store (types.ts withTemplateLock): one run of a template at a time,
// a second caller skips at once instead of waiting. Across replicas: postgres.test.ts.
import { describe, expect, it } from 'vitest';
import { holdLock } from './gate';
import type { StoreSession } from './session';

export function lockContract(session: StoreSession) {
  describe('template lock', () => {
    it('runs one holder of a template at a time; other templates run alongside', async () => {
      const store = await session.open();
      const first = holdLock((fn) => store.withTemplateLock('product-sync', fn), 'synced');
      await first.inside;

      expect(await store.withTemplateLock('product-sync', async () => 'twice')).toEqual({ ran: false });
      expect(await store.withTemplateLock('create-orders', async () => 'other')).toEqual({
        ran: true,
        value: 'other',
      });

      first.release();
      expect(await first.result).toEqual({ ran: true, value: 'synced' });
      expect(await store.withTemplateLock('product-sync', async () => 'next')).toEqual({
        ran: true,
        value: 'next',
      });
    });

    it('lets go of the lock when the run throws', async () => {
      const store = await session.open();

      await expect(
        store.withTemplateLock('product-sync', async () => {
          throw new Error('run failed');
        }),
      ).rejects.toThrow('run failed');

      expect(await store.withTemplateLock('product-sync', async () => 1)).toEqual({ ran: true, value: 1 });
    });
  });
}
