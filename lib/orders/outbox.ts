// The outbox (issue 3 §3): one row per distributor PO number, committed BEFORE any network call.
// The PO number is its key, so a second intent for the same number cannot be inserted, and every
// state change is a compare-and-set, so two tabs, a restarted worker or two runner replicas never
// both move a record from the same state. The host's store keeps it (lib/host/store.ts: IndexedDB
// in lib/db/dexie-outbox.ts, SQL in runner/store/engine-outbox.ts).
import type { OutboxRecord, OutboxState } from '../db/records';
import type { OrderResult, ShipTo } from '../distributor/adapter';
import { store } from '../host/store';

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

/** The host's outbox (lib/host/store.ts). */
export function createOutbox(): Outbox {
  return store().outbox;
}
