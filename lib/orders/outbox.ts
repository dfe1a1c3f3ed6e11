// The outbox (issue 3 §3): one IndexedDB row per distributor PO number, committed BEFORE any
// network call. Its primary key is the PO number, so a second intent for the same number cannot be
// inserted, and every state change is a compare-and-set inside one transaction, so two tabs or a
// restarted worker never both move a record from the same state. No network I/O happens inside
// these transactions (lib/log/db.ts rule).
import { db as defaultDb } from '../db/db';
import type { BridgeDb } from '../db/db';
import type { OutboxRecord, OutboxState } from '../db/records';
import type { OrderResult, ShipTo } from '../distributor/adapter';

/**
 * The row as this module writes it. OutboxRecord (lib/log/records.ts) is the indexed core other
 * features read (issue 5 reads `state: 'accepted'` and `orderNumbers`); the rest is unindexed and
 * can grow without a schema version.
 */
export interface OrderRecord extends OutboxRecord {
  /**
   * Registry id of the distributor the order is sent to: recovery and status lookups use its adapter.
   * A record written before distributors were told apart has none (route.ts recordDistributor).
   */
  distributor?: string;
  attempt: number;
  shipTo: ShipTo;
  shipMethod?: string;
  shipFromWarehouse?: string;
  allowBackorder: boolean;
  /** 'partial' when the distributor accepted some lines and refused others. */
  result?: OrderResult['result'];
  lineResults?: OrderResult['lines'];
  reason?: string;
  /** Set by the write-back when the PO's lines changed in Autotask since the snapshot. */
  linesChanged?: boolean;
  /** Who started it: a person (manual) or the Create Orders template. */
  origin: 'manual' | 'create-orders';
}

export type NewOrderRecord = Omit<OrderRecord, 'state' | 'createdAt' | 'updatedAt'>;

export interface Outbox {
  get(poNumber: string): Promise<OrderRecord | undefined>;
  /** Inserts the intent, or returns the record already there (never overwrites one). */
  addIntent(record: NewOrderRecord, now: number): Promise<{ record: OrderRecord; created: boolean }>;
  /**
   * Moves a record to `patch.state` only if it is in one of `from` right now. Returns the updated
   * record, or undefined when another actor moved it first.
   */
  transition(
    poNumber: string,
    from: readonly OutboxState[],
    patch: Partial<OrderRecord>,
    now: number,
  ): Promise<OrderRecord | undefined>;
  /** Every record of a purchase order (all attempts), oldest attempt first. */
  forPurchaseOrder(poId: number): Promise<OrderRecord[]>;
  inState(state: OutboxState): Promise<OrderRecord[]>;
  pendingWriteBacks(): Promise<OrderRecord[]>;
}

export function createOutbox(database: BridgeDb = defaultDb): Outbox {
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
