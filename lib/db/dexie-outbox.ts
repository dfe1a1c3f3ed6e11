// The outbox (lib/orders/outbox.ts) in IndexedDB: one row per distributor PO number, its primary
// key, so a second intent for the same number cannot be inserted; every state change is a
// compare-and-set inside one transaction, so two tabs or a restarted worker never both move a
// record from the same state. No network I/O happens inside these transactions (db.ts rule).
import type { OrderRecord, Outbox } from '../orders/outbox';
import type { BridgeDb } from './db';

export function dexieOutbox(database: BridgeDb): Outbox {
  const table = database.outbox;
  return {
    get: async (poNumber) => (await table.get(poNumber)) as OrderRecord | undefined,

    addIntent: (record, now) =>
      database.transaction('rw', table, async () => {
        const existing = (await table.get(record.poNumber)) as OrderRecord | undefined;
        if (existing) return { record: existing, created: false };
        const row: OrderRecord = { ...record, state: 'intent', createdAt: now, updatedAt: now };
        await table.add(row);
        return { record: row, created: true };
      }),

    transition: (poNumber, from, patch, now) =>
      database.transaction('rw', table, async () => {
        const current = (await table.get(poNumber)) as OrderRecord | undefined;
        if (!current || !from.includes(current.state)) return undefined;
        const next: OrderRecord = { ...current, ...patch, poNumber, updatedAt: now };
        await table.put(next);
        return next;
      }),

    forPurchaseOrder: async (poId) =>
      ((await table.where('poId').equals(poId).toArray()) as OrderRecord[]).sort(
        (a, b) => (a.attempt ?? 1) - (b.attempt ?? 1),
      ),

    inState: async (state) => (await table.where('state').equals(state).toArray()) as OrderRecord[],

    pendingWriteBacks: async () =>
      ((await table.where('state').equals('accepted').toArray()) as OrderRecord[]).filter(
        (record) => record.writeBack !== 'done',
      ),
  };
}
