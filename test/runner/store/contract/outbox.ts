// The outbox's exactly-once rules (issue 3 §3, types.ts OutboxStore), unchanged on SQL: an intent is
// never overwritten, and a state change happens only from an expected state, once.
import { describe, expect, it } from 'vitest';
import type { OutboxRecord } from '../../../../lib/db/records';
import type { StoreSession } from './session';
import { T0, intent, orderFields } from './samples';

export function outboxContract(session: StoreSession) {
  describe('outbox', () => {
    it('inserts an intent once; a second intent for the PO number changes nothing', async () => {
      const store = await session.open();
      const first = { ...intent('AT12-1001'), ...orderFields } as OutboxRecord;

      expect(await store.outbox.insertIntent(first)).toBe(true);
      expect(await store.outbox.insertIntent(intent('AT12-1001', { poId: 9, lines: [] }))).toBe(false);

      expect(await store.outbox.get('AT12-1001')).toEqual(first);
      expect(await store.outbox.get('AT12-9999')).toBeUndefined();
    });

    it('moves a record only from one of the expected states', async () => {
      const store = await session.open();
      await store.outbox.insertIntent({
        ...intent('AT12-1001', { notFoundAt: T0 }),
        ...orderFields,
      } as OutboxRecord);

      expect(await store.outbox.transition('AT12-1001', ['submitting'], { state: 'accepted' })).toBe(false);
      expect(await store.outbox.transition('AT12-9999', ['intent'], { state: 'submitting' })).toBe(false);
      expect((await store.outbox.get('AT12-1001'))?.state).toBe('intent');

      const patch = {
        state: 'accepted',
        updatedAt: T0 + 5,
        orderNumbers: ['SO-1', 'SO-2'],
        writeBack: 'pending',
      };
      // Fields beyond OutboxRecord (OrderRecord's) change and clear as Dexie's would.
      const orderPatch = { result: 'partial', attempt: undefined, notFoundAt: undefined };
      expect(
        await store.outbox.transition('AT12-1001', ['intent', 'submitting'], {
          ...patch,
          ...orderPatch,
        } as Partial<OutboxRecord>),
      ).toBe(true);

      const { attempt: _attempt, ...kept } = orderFields;
      expect(await store.outbox.get('AT12-1001')).toEqual({
        ...intent('AT12-1001'),
        ...kept,
        ...patch,
        result: 'partial',
      });
      expect(await store.outbox.transition('AT12-1001', ['intent'], { state: 'submitting' })).toBe(false);
    });

    it('lets exactly one of two racing transitions from the same state through', async () => {
      const store = await session.open();
      await store.outbox.insertIntent(intent('AT12-1001'));

      const results = await Promise.all([
        store.outbox.transition('AT12-1001', ['intent'], { state: 'submitting', updatedAt: T0 + 1 }),
        store.outbox.transition('AT12-1001', ['intent'], { state: 'submitting', updatedAt: T0 + 2 }),
      ]);

      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.outbox.get('AT12-1001'))?.updatedAt).toBe(results[0] ? T0 + 1 : T0 + 2);
    });

    it('lists the records still in flight, oldest first', async () => {
      const store = await session.open();
      const rows: [string, Partial<OutboxRecord>][] = [
        ['rejected', { state: 'rejected' }],
        ['done', { state: 'accepted', writeBack: 'done' }],
        ['pending', { state: 'accepted', writeBack: 'pending' }],
        ['retry', { state: 'accepted', writeBack: 'failed' }],
        ['unknown', { state: 'unknown' }],
        ['submitting', { state: 'submitting' }],
        ['intent', { state: 'intent' }],
      ];
      for (const [i, [po, fields]] of rows.entries()) {
        await store.outbox.insertIntent(intent(po, { ...fields, createdAt: T0 + i }));
      }

      expect((await store.outbox.inFlight()).map((r) => r.poNumber)).toEqual([
        'pending',
        'retry',
        'unknown',
        'submitting',
        'intent',
      ]);
    });
  });
}
