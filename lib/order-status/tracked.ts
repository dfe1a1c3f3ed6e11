// What this browser (or runner) last learned about each distributor order, kept in the store's `meta`
// under `order-status:<PO number>` (no schema change: meta's key is a string and serves the prefix
// scan). It feeds the sidebar timeline and the popup, and says which orders are finished.
// Autotask stays the record of what was written (memos, receipts): this is only our view of it.
import { guardStorage } from '../errors/storage-error';
import { store } from '../host/store';
import type { DistributorOrderView, NormalisedStatus, OrderLineView } from './view-types';

const PREFIX = 'order-status:';
const LOCK_PREFIX = 'order-status-lock:';

export interface TrackedOrder {
  poNumber: string;
  poId: number;
  tenantId: number;
  /** The registry id of the distributor the order was looked up at (absent in records of older versions). */
  distributor?: string;
  purchaseOrderNumber?: string;
  orderNumbers: string[];
  status: NormalisedStatus;
  finished: boolean;
  checkedAt: number;
  /** Timeline per sales order at the distributor; event times are epoch ms here, ISO in the view. */
  orders: (Omit<DistributorOrderView, 'events'> & {
    events: { at: number; status: NormalisedStatus; label: string }[];
  })[];
  lines: OrderLineView[];
  /** The normalised status the mapping was last applied for (applied again only on a change). */
  appliedStatus?: NormalisedStatus;
  /** Holds, rejected lines, a missing mapping row… each logged once (`key`), shown in the sidebar. */
  issues: { key: string; at: number; hintId: string; message: string }[];
}

export async function loadTracked(poNumber: string): Promise<TrackedOrder | undefined> {
  return (await store().meta.get(PREFIX + poNumber)) as TrackedOrder | undefined;
}

export async function saveTracked(order: TrackedOrder): Promise<void> {
  await guardStorage(() => store().meta.put(PREFIX + order.poNumber, order));
}

export async function allTracked(): Promise<TrackedOrder[]> {
  return (await store().meta.withPrefix(PREFIX)) as TrackedOrder[];
}

export async function trackedForPurchaseOrder(poId: number): Promise<TrackedOrder[]> {
  return (await allTracked()).filter((order) => order.poId === poId);
}

/** Long enough for one PO's receipts (a few dozen writes); short enough that a dead worker's lock lapses. */
export const ORDER_LOCK_TTL_MS = 5 * 60_000;

/**
 * One writer per order at a time in this browser (a scheduled run and a sidebar `Refresh status`
 * could otherwise both find a receipt missing and both create it). Compare-and-set in one store
 * transaction, so two extension contexts (or runner replicas) cannot both win.
 */
export async function lockOrder(poNumber: string, owner: string, now = Date.now()): Promise<boolean> {
  const { meta, transaction } = store();
  return transaction(async () => {
    const held = (await meta.get(LOCK_PREFIX + poNumber)) as { owner: string; expiresAt: number } | undefined;
    if (held && held.owner !== owner && held.expiresAt > now) return false;
    await meta.put(LOCK_PREFIX + poNumber, { owner, expiresAt: now + ORDER_LOCK_TTL_MS });
    return true;
  });
}

export async function unlockOrder(poNumber: string, owner: string): Promise<void> {
  const { meta, transaction } = store();
  await transaction(async () => {
    const held = (await meta.get(LOCK_PREFIX + poNumber)) as { owner?: string } | undefined;
    if (held?.owner === owner) await meta.delete(LOCK_PREFIX + poNumber);
  });
}
