// What the sidebar and the popup read (issue 5 §2), from the tracked orders of this browser.
import { db } from '../db/db';
import type { OutboxRecord } from '../db/records';
import type { TrackedOrder } from './tracked';
import { allTracked, trackedForPurchaseOrder } from './tracked';
import { STATUS_LABELS } from './view-types';
import type { PurchaseOrderStatusView, TrackedOrderView } from './view-types';

const iso = (ms: number) => new Date(ms).toISOString();

export function toTrackedOrderView(order: TrackedOrder): TrackedOrderView {
  return {
    poNumber: order.poNumber,
    poId: order.poId,
    ...(order.distributor ? { distributor: order.distributor } : {}),
    ...(order.purchaseOrderNumber ? { purchaseOrderNumber: order.purchaseOrderNumber } : {}),
    status: order.status,
    statusLabel: STATUS_LABELS[order.status],
    finished: order.finished,
    checkedAt: iso(order.checkedAt),
    orders: order.orders.map((o) => ({ ...o, events: o.events.map((e) => ({ ...e, at: iso(e.at) })) })),
    lines: order.lines,
    issues: order.issues.map(({ at, hintId, message }) => ({ at: iso(at), hintId, message })),
  };
}

/** `distributor`: the PO's distributor when the caller knows it; otherwise the one its orders were looked up at. */
export async function purchaseOrderStatus(
  poId: number,
  note?: string,
  distributor?: string,
): Promise<PurchaseOrderStatusView> {
  const tracked = (await trackedForPurchaseOrder(poId)).sort((a, b) => b.checkedAt - a.checkedAt);
  const which = distributor ?? tracked.find((t) => t.distributor)?.distributor;
  return {
    poId,
    ...(which ? { distributor: which } : {}),
    tracked: tracked.map(toTrackedOrderView),
    ...(note ? { note } : {}),
  };
}

/** What the popup says of an order the distributor accepted that no status run has looked up yet. */
export const NOT_CHECKED_YET = 'Ordered — status not checked yet';

/**
 * An order this browser just placed (outbox `accepted`) before any status run tracked it: without
 * it, "Orders in flight" would miss the order placed a minute ago (issue 10 §3).
 */
function justPlaced(record: OutboxRecord): TrackedOrderView {
  return {
    poNumber: record.poNumber,
    poId: record.poId,
    status: 'ACCEPTED',
    statusLabel: NOT_CHECKED_YET,
    finished: false,
    checkedAt: iso(record.updatedAt),
    orders: (record.orderNumbers ?? []).map((orderNumber) => ({
      orderNumber,
      status: 'ACCEPTED' as const,
      label: STATUS_LABELS.ACCEPTED,
      events: [],
    })),
    lines: [],
    issues: [],
  };
}

/** Orders still moving, most recently checked (or placed) first (the popup). */
export async function ordersInFlight(limit = 20): Promise<TrackedOrderView[]> {
  const tracked = await allTracked();
  const known = new Set(tracked.map((o) => o.poNumber));
  const placed = (await db.outbox.where('state').equals('accepted').toArray())
    .filter((record) => !known.has(record.poNumber))
    .map(justPlaced);
  return [...tracked.filter((o) => !o.finished).map(toTrackedOrderView), ...placed]
    .sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))
    .slice(0, limit);
}
