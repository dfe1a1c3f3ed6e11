// The distributor's answer (the adapter's OrderStatus) → one vocabulary (issue 5 §1). Header codes
// map directly; a partial shipment and a backorder are only visible in the lines (a partly shipped
// line ships less than it orders), so they are derived here, per PO and per sales order.
import type { OrderStatus, OrderStatusLine } from '../distributor/adapter';
import { STATUS_LABELS } from './view-types';
import type { NormalisedStatus } from './view-types';

const live = (lines: readonly OrderStatusLine[]) => lines.filter((line) => line.code !== 'REJECTED');

/** The status of a set of lines under a header code (the whole PO, or one sales order of it). */
export function statusOfLines(
  header: OrderStatus['code'],
  lines: readonly OrderStatusLine[],
): NormalisedStatus {
  if (header === 'NOTFOUND' || header === 'UNKNOWN' || header === 'DELETED' || header === 'HOLD')
    return header;
  const open = live(lines);
  if (header === 'REJECTED' || (lines.length > 0 && open.length === 0)) return 'REJECTED';
  const ordered = open.reduce((sum, line) => sum + line.orderedQty, 0);
  const shipped = open.reduce((sum, line) => sum + Math.min(line.shippedQty, line.orderedQty), 0);
  if (open.length > 0 && shipped >= ordered) return header === 'INVOICED' ? 'INVOICED' : 'SHIPPED';
  if (shipped > 0) return 'PARTIALLY_SHIPPED';
  if (open.some((line) => line.code === 'BACKORDERED')) return 'BACKORDERED';
  // INVOICED or SHIPPED with nothing shipped in the lines is not believable; trust the lines.
  return header === 'ACCEPTED' || open.length > 0 ? 'ACCEPTED' : 'UNKNOWN';
}

export function normaliseStatus(status: OrderStatus): NormalisedStatus {
  return statusOfLines(status.code, status.lines);
}

/** Nothing more will change: fully shipped and invoiced, or rejected, or deleted. */
export function isFinished(status: NormalisedStatus): boolean {
  return status === 'INVOICED' || status === 'REJECTED' || status === 'DELETED';
}

/** "Accepted", "Shipped 2 of 3", "Shipped"… for a timeline step. */
export function stepLabel(status: NormalisedStatus, lines: readonly OrderStatusLine[]): string {
  if (status !== 'PARTIALLY_SHIPPED') return STATUS_LABELS[status];
  const open = live(lines);
  const ordered = open.reduce((sum, line) => sum + line.orderedQty, 0);
  const shipped = open.reduce((sum, line) => sum + Math.min(line.shippedQty, line.orderedQty), 0);
  return `Shipped ${shipped} of ${ordered}`;
}

export interface SalesOrderStatus {
  orderNumber: string;
  status: NormalisedStatus;
  label: string;
}

/** One entry per sales order number in the distributor's answer, in first-seen order. */
export function salesOrders(status: OrderStatus): SalesOrderStatus[] {
  const groups = new Map<string, OrderStatusLine[]>();
  for (const line of status.lines) {
    if (!line.orderNumber) continue;
    groups.set(line.orderNumber, [...(groups.get(line.orderNumber) ?? []), line]);
  }
  return [...groups].map(([orderNumber, lines]) => {
    const s = statusOfLines(status.code, lines);
    return { orderNumber, status: s, label: stepLabel(s, lines) };
  });
}
