// What this browser last learned about each distributor order, kept in the `meta` table under
// `order-status:<PO number>` (no schema change: meta's primary key is a string and serves the
// prefix scan). It feeds the sidebar timeline and the popup, and says which orders are finished.
// Autotask stays the record of what was written (memos, receipts): this is only our view of it.
import { db } from '../db/db';
import { guardStorage } from '../errors/storage-error';
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
  return (await db.meta.get(PREFIX + poNumber))?.value as TrackedOrder | undefined;
}

export async function saveTracked(order: TrackedOrder): Promise<void> {
  await guardStorage(() => db.meta.put({ key: PREFIX + order.poNumber, value: order }));
}

export async function allTracked(): Promise<TrackedOrder[]> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return rows.map((row) => row.value as TrackedOrder);
}

export async function trackedForPurchaseOrder(poId: number): Promise<TrackedOrder[]> {
  return (await allTracked()).filter((order) => order.poId === poId);
}

/** Long enough for one PO's receipts (a few dozen writes); short enough that a dead worker's lock lapses. */
export const ORDER_LOCK_TTL_MS = 5 * 60_000;

/**
 * One writer per order at a time in this browser (a scheduled run and a sidebar `Refresh status`
 * could otherwise both find a receipt missing and both create it). Compare-and-set in one
 * IndexedDB transaction, so two extension contexts cannot both win.
 */
export async function lockOrder(poNumber: string, owner: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(LOCK_PREFIX + poNumber);
    const held = row?.value as { owner: string; expiresAt: number } | undefined;
    if (held && held.owner !== owner && held.expiresAt > now) return false;
    await db.meta.put({ key: LOCK_PREFIX + poNumber, value: { owner, expiresAt: now + ORDER_LOCK_TTL_MS } });
    return true;
  });
}

export async function unlockOrder(poNumber: string, owner: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(LOCK_PREFIX + poNumber);
    if ((row?.value as { owner?: string } | undefined)?.owner === owner)
      await db.meta.delete(LOCK_PREFIX + poNumber);
  });
}
