// One contract for every adapter of the engine's storage port (lib/host/store.ts): IndexedDB
// (dexie.test.ts), PGlite and PostgreSQL (test/runner/store/engine-*.test.ts). What the engine relies
// on: round trips with the extension's keys, the outbox's insert-never-overwrites and
// compare-and-set, and transactions that are atomic and isolated — under concurrency too.
import { describe, expect, it } from 'vitest';
import type { SkuState } from '../../../../lib/db/records';
import type { EngineStore } from '../../../../lib/host/store';
import type { NewOrderRecord } from '../../../../lib/orders/outbox';

/** A store on an empty database, fresh for each test (beforeEach of the caller). */
export type CurrentStore = () => EngineStore;

const T0 = Date.UTC(2025, 0, 15, 12);

export function intent(poNumber: string, overrides: Partial<NewOrderRecord> = {}): NewOrderRecord {
  return {
    poNumber,
    poId: 1001,
    tenantId: 12,
    distributor: 'tdsynnex',
    lines: [{ itemId: 1, sku: 'ABC-1', quantity: 2, unitPrice: 10.5 }],
    attempt: 1,
    shipTo: {
      name: 'Acme',
      address1: '1 Main St',
      city: 'Austin',
      state: 'TX',
      postalCode: '78701',
      country: 'US',
    },
    allowBackorder: false,
    origin: 'create-orders',
    ...overrides,
  };
}

class Boom extends Error {}

export function engineStoreContract(store: CurrentStore) {
  describe('records', () => {
    it('keeps a run record whole and replaces it on put', async () => {
      const run = {
        templateId: 'product-sync',
        state: 'running' as const,
        checkpoint: { page: 3, cursor: 'p-3', nested: { done: [1, 2] } },
        startedAt: T0,
        progress: { done: 3, total: 10 },
        lockOwner: 'run-1',
        lockExpiresAt: T0 + 90_000,
      };
      await store().runs.put(run);
      expect(await store().runs.get('product-sync')).toEqual(run);
      await store().runs.put({ templateId: 'product-sync', state: 'idle', lastResult: 'success' });
      expect(await store().runs.get('product-sync')).toEqual({
        templateId: 'product-sync',
        state: 'idle',
        lastResult: 'success',
      });
      expect(await store().runs.get('other')).toBeUndefined();
    });

    it('keeps per-SKU states by the key the engine gives, in the keys’ order, last write winning', async () => {
      const a: SkuState = {
        sku: 'ABC-1',
        distributor: 'tdsynnex',
        status: 'synced',
        productId: 7,
        unitCost: 10.25,
        lastSyncAt: T0,
      };
      const b: SkuState = {
        sku: 'ing:ABC-1',
        distributor: 'ingram',
        status: 'invalid',
        hintId: 'sku-unknown',
      };
      await store().skuState.putMany([a, b, { ...a, unitCost: 11 }]);
      expect(await store().skuState.getMany(['ing:ABC-1', 'missing', 'ABC-1'])).toEqual([
        b,
        undefined,
        { ...a, unitCost: 11 },
      ]);
      expect(await store().skuState.getMany([])).toEqual([]);
    });

    it('keeps meta values, deletes them, and lists a prefix in key order', async () => {
      const m = store().meta;
      await m.put('order-status:AT1-2', { poId: 2, list: ['x'] });
      await m.put('order-status:AT1-10', { poId: 10 });
      await m.put('order-statusX', 1);
      await m.put('queue', [{ sku: 'A' }]);
      expect(await m.get('queue')).toEqual([{ sku: 'A' }]);
      expect(await m.withPrefix('order-status:')).toEqual([{ poId: 10 }, { poId: 2, list: ['x'] }]);
      await m.delete('queue');
      expect(await m.get('queue')).toBeUndefined();
      await m.put('n', 42);
      expect(await m.get('n')).toBe(42);
    });

    it('appends an entry with its items and prunes by age', async () => {
      const log = store().log;
      const old = await log.append(
        {
          at: T0 - 1,
          template: 't',
          operation: 'product-sync',
          result: 'failed',
          summary: 'old',
          keys: ['a'],
          itemCount: 2,
        },
        [
          { key: 'a', label: 'A', outcome: 'failed' },
          { key: 'b', label: 'B', outcome: 'updated', detail: { n: 1 } },
        ],
      );
      const kept = await log.append(
        {
          at: T0,
          template: 't',
          operation: 'product-sync',
          result: 'success',
          summary: 'new',
          keys: [],
          itemCount: 0,
        },
        [],
      );
      expect(typeof old).toBe('number');
      expect(kept).toBeGreaterThan(old);
      expect(await log.pruneBefore(T0)).toBe(1);
      expect(await log.pruneBefore(T0)).toBe(0);
    });

    it('remembers the API budget’s calls per minute and its tenant sample', async () => {
      const budget = store().budget;
      await budget.addCall(T0 + 1_000);
      await budget.addCall(T0 + 2_000);
      await budget.addCall(T0 + 61_000);
      expect((await budget.loadCalls()).sort()).toEqual([T0, T0, T0 + 60_000]);
      await budget.pruneCalls(T0 + 60_000);
      expect(await budget.loadCalls()).toEqual([T0 + 60_000]);
      expect(await budget.loadTenant()).toBeUndefined();
      await budget.saveTenant({ at: T0, threshold: 10_000, used: 1234 });
      expect(await budget.loadTenant()).toEqual({ at: T0, threshold: 10_000, used: 1234 });
    });
  });

  describe('outbox', () => {
    it('inserts an intent once and never overwrites it', async () => {
      const outbox = store().outbox;
      const first = await outbox.addIntent(intent('AT12-1001'), T0);
      expect(first).toMatchObject({ created: true, record: { state: 'intent', createdAt: T0, attempt: 1 } });
      const second = await outbox.addIntent(intent('AT12-1001', { attempt: 9, poId: 5 }), T0 + 1);
      expect(second.created).toBe(false);
      expect(second.record).toMatchObject({ poId: 1001, attempt: 1, createdAt: T0, state: 'intent' });
      expect(await outbox.get('AT12-1001')).toMatchObject({
        poId: 1001,
        attempt: 1,
        shipTo: { city: 'Austin' },
      });
    });

    it('moves a record only from the states named (compare-and-set)', async () => {
      const outbox = store().outbox;
      await outbox.addIntent(intent('AT12-1001'), T0);
      expect(
        await outbox.transition('AT12-1001', ['submitting'], { state: 'accepted' }, T0 + 1),
      ).toBeUndefined();
      const moved = await outbox.transition(
        'AT12-1001',
        ['intent'],
        { state: 'submitting', reason: 'sent', notFoundAt: T0 },
        T0 + 2,
      );
      expect(moved).toMatchObject({
        state: 'submitting',
        reason: 'sent',
        notFoundAt: T0,
        updatedAt: T0 + 2,
        attempt: 1,
      });
      expect(await outbox.transition('AT12-1001', ['intent'], { state: 'rejected' }, T0 + 3)).toBeUndefined();
      expect(await outbox.transition('nope', ['intent'], { state: 'rejected' }, T0 + 3)).toBeUndefined();
      const done = await outbox.transition(
        'AT12-1001',
        ['submitting'],
        { state: 'accepted', orderNumbers: ['4098'], writeBack: 'pending', reason: undefined },
        T0 + 4,
      );
      expect(done).toMatchObject({ state: 'accepted', orderNumbers: ['4098'], writeBack: 'pending' });
      expect((await outbox.get('AT12-1001'))?.reason).toBeUndefined();
    });

    it('lists by purchase order (oldest attempt first), by state, and pending write-backs', async () => {
      const outbox = store().outbox;
      await outbox.addIntent(intent('AT12-1001-R2', { attempt: 2 }), T0);
      await outbox.addIntent(intent('AT12-1001'), T0);
      await outbox.addIntent(intent('AT12-2002', { poId: 2002 }), T0);
      await outbox.transition('AT12-2002', ['intent'], { state: 'accepted', writeBack: 'done' }, T0);
      await outbox.transition('AT12-1001', ['intent'], { state: 'accepted', writeBack: 'pending' }, T0);
      expect((await outbox.forPurchaseOrder(1001)).map((r) => r.poNumber)).toEqual([
        'AT12-1001',
        'AT12-1001-R2',
      ]);
      expect((await outbox.inState('accepted')).map((r) => r.poNumber)).toEqual(['AT12-1001', 'AT12-2002']);
      expect((await outbox.pendingWriteBacks()).map((r) => r.poNumber)).toEqual(['AT12-1001']);
    });

    it('lets exactly one of two concurrent moves from the same state win', async () => {
      const outbox = store().outbox;
      await outbox.addIntent(intent('AT12-1001'), T0);
      const results = await Promise.all([
        outbox.transition('AT12-1001', ['intent'], { state: 'submitting', reason: 'a' }, T0 + 1),
        outbox.transition('AT12-1001', ['intent'], { state: 'submitting', reason: 'b' }, T0 + 1),
      ]);
      const winners = results.filter((r) => r !== undefined);
      expect(winners).toHaveLength(1);
      expect((await outbox.get('AT12-1001'))?.reason).toBe(winners[0]!.reason);
    });

    it('creates exactly one of two concurrent intents for the same PO number', async () => {
      const outbox = store().outbox;
      const results = await Promise.all([
        outbox.addIntent(intent('AT12-1001', { attempt: 1 }), T0),
        outbox.addIntent(intent('AT12-1001', { attempt: 2 }), T0),
      ]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const stored = await outbox.get('AT12-1001');
      for (const r of results) expect(r.record.attempt).toBe(stored?.attempt);
    });
  });

  describe('transactions', () => {
    it('commit every write inside together', async () => {
      const s = store();
      const value = await s.transaction(async () => {
        await s.runs.put({ templateId: 't', state: 'running', checkpoint: { page: 1 } });
        await s.skuState.putMany([{ sku: 'A', status: 'synced' }]);
        await s.meta.put('queue', ['A']);
        await s.outbox.addIntent(intent('AT12-1001'), T0);
        return 'done';
      });
      expect(value).toBe('done');
      expect(await s.runs.get('t')).toMatchObject({ checkpoint: { page: 1 } });
      expect(await s.meta.get('queue')).toEqual(['A']);
    });

    it('roll back every write inside when one throws, a nested transaction’s included', async () => {
      const s = store();
      await s.meta.put('queue', ['before']);
      await s.outbox.addIntent(intent('AT12-1001'), T0);
      const attempt = s.transaction(async () => {
        await s.runs.put({ templateId: 't', state: 'running', checkpoint: { page: 2 } });
        await s.skuState.putMany([{ sku: 'A', status: 'synced' }]);
        await s.meta.put('queue', ['after']);
        await s.meta.delete('other');
        await s.transaction(async () => {
          await s.outbox.transition('AT12-1001', ['intent'], { state: 'submitting' }, T0 + 1);
          await s.outbox.addIntent(intent('AT12-3003'), T0);
        });
        throw new Boom('stop');
      });
      await expect(attempt).rejects.toBeInstanceOf(Boom);
      expect(await s.runs.get('t')).toBeUndefined();
      expect(await s.skuState.getMany(['A'])).toEqual([undefined]);
      expect(await s.meta.get('queue')).toEqual(['before']);
      expect((await s.outbox.get('AT12-1001'))?.state).toBe('intent');
      expect(await s.outbox.get('AT12-3003')).toBeUndefined();
    });

    it('run one at a time: of two concurrent read-then-write lock takers exactly one wins', async () => {
      const s = store();
      const take = (owner: string) =>
        s.transaction(async () => {
          const held = await s.meta.get('lock');
          if (held !== undefined) return false;
          await s.meta.put('lock', owner);
          return true;
        });
      const won = await Promise.all([take('a'), take('b'), take('c')]);
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(await s.meta.get('lock')).toBe(['a', 'b', 'c'][won.indexOf(true)]);
    });

    it('lose no increment of a counter read and written by concurrent transactions', async () => {
      const s = store();
      const bump = () =>
        s.transaction(async () => {
          const n = ((await s.meta.get('n')) as number | undefined) ?? 0;
          await s.meta.put('n', n + 1);
        });
      await Promise.all(Array.from({ length: 8 }, bump));
      expect(await s.meta.get('n')).toBe(8);
    });
  });
}
