// What the sidebar and the popup read (issue 5 §2), from the tracked orders of this browser.
import type { TrackedOrder } from './tracked';
import { allTracked, trackedForPurchaseOrder } from './tracked';
import { STATUS_LABELS } from './view-types';
import type { PurchaseOrderStatusView, TrackedOrderView } from './view-types';

const iso = (ms: number) => new Date(ms).toISOString();

export function toTrackedOrderView(order: TrackedOrder): TrackedOrderView {
  return {
    poNumber: order.poNumber,
    poId: order.poId,
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

export async function purchaseOrderStatus(poId: number, note?: string): Promise<PurchaseOrderStatusView> {
  const tracked = (await trackedForPurchaseOrder(poId)).sort((a, b) => b.checkedAt - a.checkedAt);
  return { poId, tracked: tracked.map(toTrackedOrderView), ...(note ? { note } : {}) };
}

/** Orders still moving, most recently checked first (the popup). */
export async function ordersInFlight(limit = 20): Promise<TrackedOrderView[]> {
  return (await allTracked())
    .filter((o) => !o.finished)
    .sort((a, b) => b.checkedAt - a.checkedAt)
    .slice(0, limit)
    .map(toTrackedOrderView);
}
