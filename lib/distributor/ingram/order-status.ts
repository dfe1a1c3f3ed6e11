// Order status by our PO number (APIS.md §2.5, §4.3): a search by `customerOrderNumber`
// (GET /resellers/v6/orders/search) settles whether an order exists at all — nothing found is
// `NOTFOUND`, how the caller learns an order with an unknown outcome never arrived — then each
// Ingram order found is read in full (GET /resellers/v6.1/orders/{ordernumber}): lines, shipped
// quantities, packages with tracking and serial numbers, ETAs.
import type { OrderStatus, OrderStatusCode, OrderStatusLine, Package } from '../adapter';
import { orderStatusSchema } from '../result-schemas';
import { malformed } from './errors';
import type { ExchangeContext } from './errors';
import { ORDER_SEARCH_PATH } from './hosts';
import { SEARCH_PAGE_SIZE } from './limits';
import { orderDetailSchema, orderSearchResponseSchema, readBody, validated } from './schemas';
import type { DetailLine, DetailShipment, OrderDetail } from './schemas';

/**
 * THE mapping of Ingram's order statuses onto ours. Keys are normalised: upper case, `IM::`
 * prefix and separators removed. Sources (APIS.md §2.5): header `orderStatus` Shipped, Canceled,
 * Backordered, Processing, On Hold, Delivered; search OPEN/CLOSED/CANCELLED; create-time Open,
 * In Progress; sandbox simulateStatus IM::SHIPPED, IM::PARTIALLY_SHIPPED, IM::HOLD, IM::INVOICED.
 * Partly shipped orders stay ACCEPTED: lib/order-status derives "partially shipped" from the lines.
 */
export const INGRAM_STATUS_MAP: Record<string, OrderStatusCode> = {
  OPEN: 'ACCEPTED',
  PROCESSING: 'ACCEPTED',
  INPROGRESS: 'ACCEPTED',
  BACKORDERED: 'ACCEPTED',
  PARTIALLYSHIPPED: 'ACCEPTED',
  ONHOLD: 'HOLD',
  HOLD: 'HOLD',
  SHIPPED: 'SHIPPED',
  DELIVERED: 'SHIPPED',
  CLOSED: 'SHIPPED',
  INVOICED: 'INVOICED',
  CANCELED: 'DELETED',
  CANCELLED: 'DELETED',
  REJECTED: 'REJECTED',
};

export const normaliseStatus = (status: string | null | undefined): string =>
  (status ?? '')
    .trim()
    .toUpperCase()
    .replace(/^IM::/, '')
    .replace(/[\s_-]+/g, '');

export function mapIngramStatus(status: string | null | undefined): OrderStatusCode {
  return INGRAM_STATUS_MAP[normaliseStatus(status)] ?? 'UNKNOWN';
}

/** When a PO was split into several Ingram orders, the least advanced one speaks for it. */
const PROGRESS: OrderStatusCode[] = [
  'HOLD',
  'ACCEPTED',
  'UNKNOWN',
  'SHIPPED',
  'INVOICED',
  'REJECTED',
  'DELETED',
];

export function searchPathFor(poNumber: string): string {
  const query = new URLSearchParams({ customerOrderNumber: poNumber, pageSize: String(SEARCH_PAGE_SIZE) });
  return `${ORDER_SEARCH_PATH}?${query.toString()}`;
}

/** The Ingram order numbers of exactly this PO (the search may match more loosely). 204 = none. */
export function parseSearchResponse(
  status: number,
  body: string,
  poNumber: string,
  ctx: ExchangeContext,
): string[] {
  if (status === 204 || body.trim() === '') return [];
  const answer = readBody(orderSearchResponseSchema, body, ctx, 'search');
  const numbers: string[] = [];
  for (const order of answer.orders ?? []) {
    const po = order.customerOrderNumber?.trim();
    if (po !== undefined && po.toUpperCase() !== poNumber.trim().toUpperCase()) continue;
    if (!numbers.includes(order.ingramOrderNumber.trim())) numbers.push(order.ingramOrderNumber.trim());
  }
  return numbers;
}

export function parseDetailResponse(
  body: string,
  ingramOrderNumber: string,
  ctx: ExchangeContext,
): OrderDetail {
  const detail = readBody(orderDetailSchema, body, ctx, 'order');
  if (detail.ingramOrderNumber.trim().toUpperCase() !== ingramOrderNumber.toUpperCase())
    throw malformed(
      ctx,
      'order.ingramOrderNumber',
      `answers order ${detail.ingramOrderNumber} for ${ingramOrderNumber}`,
    );
  return detail;
}

export function notFoundStatus(poNumber: string): OrderStatus {
  return { poNumber, code: 'NOTFOUND', lines: [] };
}

export function toOrderStatus(poNumber: string, details: OrderDetail[], ctx: ExchangeContext): OrderStatus {
  const codes = details.map((d) => mapIngramStatus(d.orderStatus));
  const code = PROGRESS.find((c) => codes.includes(c)) ?? 'UNKNOWN';
  const dates = details
    .map((d) => d.ingramOrderDate?.trim())
    .filter((d): d is string => !!d)
    .sort();
  const lines = details.flatMap((d) => (d.lines ?? []).map((line) => toLine(line, d.ingramOrderNumber)));
  const status: OrderStatus = { poNumber, code, lines };
  if (dates[0]) status.orderedAt = dates[0];
  const unknown = details.find((d) => mapIngramStatus(d.orderStatus) === 'UNKNOWN');
  if (unknown) status.reason = `Ingram status ${JSON.stringify(unknown.orderStatus ?? '')}`;
  return validated(orderStatusSchema, status, ctx, 'order');
}

/**
 * [decision] A shipment counts as shipped once it, or one of its carriers, has a shippedDate or a
 * tracking number; shipments with only an estimatedShipDate are plans. shippedQty is capped at the
 * ordered quantity.
 */
function isShipped(shipment: DetailShipment): boolean {
  if (shipment.shippedDate?.trim()) return true;
  return (shipment.carrierDetails ?? []).some(
    (c) => !!c.shippedDate?.trim() || (c.trackingDetails ?? []).length > 0,
  );
}

function toLine(line: DetailLine, ingramOrderNumber: string): OrderStatusLine {
  const shipments = line.shipmentDetails ?? [];
  const shipped = shipments.filter(isShipped);
  const packages: Package[] = shipped.flatMap((s) =>
    (s.carrierDetails ?? []).flatMap((carrier) =>
      (carrier.trackingDetails ?? []).map((t) => ({
        trackingNumber: t.trackingNumber.trim(),
        quantity: t.quantityInBox ?? carrier.quantity ?? s.quantity ?? 0,
        serialNumbers: (t.serialNumbers ?? []).map((n) => n.serialNumber.trim()),
      })),
    ),
  );
  const shippedQty = Math.min(
    line.quantityOrdered,
    shipped.reduce((sum, s) => sum + (s.quantity ?? 0), 0),
  );
  const first = shipped[0] ?? shipments[0];
  const carrier = first?.carrierDetails?.[0];
  const lineNumber = Number(line.customerLineNumber ?? line.ingramOrderLineNumber);
  const out: OrderStatusLine = {
    lineNumber,
    code: normaliseStatus(line.lineStatus) || 'UNKNOWN',
    orderNumber: line.subOrderNumber?.trim() || ingramOrderNumber,
    distributorSku: line.ingramPartNumber?.trim() ?? '',
    orderedQty: line.quantityOrdered,
    shippedQty,
    packages,
  };
  if (line.vendorPartNumber?.trim()) out.mfgPartNumber = line.vendorPartNumber.trim();
  if (line.partDescription != null) out.description = line.partDescription;
  if (line.unitPrice != null) out.unitPrice = line.unitPrice;
  const shipDate = shipped[0]?.shippedDate ?? carrier?.shippedDate;
  if (shipDate?.trim()) out.shipDate = shipDate.trim();
  const method = carrier?.carrierName?.trim() || carrier?.carrierCode?.trim();
  if (method) out.shipMethod = method;
  if (first?.shipFromWarehouseId?.trim()) out.warehouse = first.shipFromWarehouseId.trim();
  const eta =
    line.backOrderETADate?.trim() ||
    shipments.find((s) => !isShipped(s) && s.estimatedShipDate?.trim())?.estimatedShipDate?.trim() ||
    line.promisedDeliveryDate?.trim();
  if (eta) out.eta = eta;
  return out;
}
