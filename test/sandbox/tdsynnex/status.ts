// POST /SynnexXML/PO with an OrderStatusRequest (TDSYNNEX-XML.md "Order status"). An order's status
// is a pure function of its creation time and the simulator's clock, so a test moves an order along
// ACCEPTED → (HOLD) → partly SHIPPED → SHIPPED → INVOICED with `sim.advance(ms)`.
import { LOGIN_FAILED } from './accounts';
import type { OrderContext, SimOrder, SimOrderLine } from './orders';
import { authenticateB2B, responseDoc } from './orders';
import { hashText, seededRandom } from './random';
import { DAY_MS, HOUR_MS, isoDateTime } from './time';
import { str } from './xml';
import type { XmlDoc } from './xml';

/** [assumption] The sandbox's pace; real orders take days. Times are from order creation (plus the hold). */
export const STATUS_TIMELINE = {
  /** A held order is released after this. */
  holdMs: 2 * HOUR_MS,
  /** First shipment: half of each line (or the odd-numbered single-unit lines). */
  firstShipmentMs: 4 * HOUR_MS,
  /** Everything in stock has shipped. */
  fullShipmentMs: DAY_MS,
  /** Backordered lines ship once stock arrives. */
  backorderShipmentMs: 7 * DAY_MS,
  /** The invoice follows the last shipment. */
  invoiceAfterMs: DAY_MS,
} as const;

interface Shipment {
  at: number;
  quantity: number;
  index: number;
}

function shipments(order: SimOrder, line: SimOrderLine, position: number): Shipment[] {
  const start = order.createdAt + (order.hold ? STATUS_TIMELINE.holdMs : 0);
  if (line.outcome === 'rejected') return [];
  if (line.outcome === 'backordered') {
    return [{ at: start + STATUS_TIMELINE.backorderShipmentMs, quantity: line.quantity, index: 1 }];
  }
  const first = line.quantity > 1 ? Math.floor(line.quantity / 2) : position % 2 === 0 ? 1 : 0;
  const rest = line.quantity - first;
  const list: Shipment[] = [];
  if (first > 0) list.push({ at: start + STATUS_TIMELINE.firstShipmentMs, quantity: first, index: 1 });
  if (rest > 0)
    list.push({ at: start + STATUS_TIMELINE.fullShipmentMs, quantity: rest, index: list.length + 1 });
  return list;
}

export type SimStatusCode = 'ACCEPTED' | 'HOLD' | 'SHIPPED' | 'INVOICED' | 'REJECTED' | 'DELETED';

/** The header code of `order` at time `now`. */
export function statusAt(order: SimOrder, now: number): SimStatusCode {
  if (order.code === 'rejected') return 'REJECTED';
  if (order.deletedAt !== undefined && now >= order.deletedAt) return 'DELETED';
  if (order.hold && now < order.createdAt + STATUS_TIMELINE.holdMs) return 'HOLD';
  const all = order.lines.flatMap((line, i) => shipments(order, line, i));
  const shipped = all.filter((s) => s.at <= now);
  if (shipped.length === 0) return 'ACCEPTED';
  const last = Math.max(...all.map((s) => s.at));
  if (shipped.length === all.length && now >= last + STATUS_TIMELINE.invoiceAfterMs) return 'INVOICED';
  return 'SHIPPED';
}

export function handleStatus(doc: XmlDoc, request: XmlDoc, ctx: OrderContext): XmlDoc {
  const account = authenticateB2B(doc, request, ctx);
  if (!account) return responseDoc('OrderStatusResponse', { errorDetail: LOGIN_FAILED });
  const poNumber = (str(request, 'PONumber') ?? '').trim();
  const header = { CustomerNumber: account.customerNo, PONumber: poNumber };
  const order = ctx.store.find(ctx.system, account.customerNo, poNumber);
  if (!order) {
    return responseDoc('OrderStatusResponse', {
      ...header,
      Code: 'NOTFOUND',
      Reason: 'No order has this PONumber.',
      ResponseDateTime: isoDateTime(ctx.now),
    });
  }
  const code = statusAt(order, ctx.now);
  return responseDoc('OrderStatusResponse', {
    ...header,
    Code: code,
    Reason: order.reason ?? '',
    PODatetime: isoDateTime(order.createdAt),
    ResponseDateTime: isoDateTime(ctx.now),
    Items: { Item: order.lines.map((line, i) => lineStatus(order, line, i, code, ctx.now)) },
  });
}

function lineStatus(
  order: SimOrder,
  line: SimOrderLine,
  position: number,
  header: SimStatusCode,
  now: number,
): XmlDoc {
  const done = shipments(order, line, position).filter((s) => s.at <= now);
  const shippedQty = done.reduce((sum, s) => sum + s.quantity, 0);
  const code =
    line.outcome === 'rejected'
      ? 'REJECTED'
      : header === 'INVOICED' || header === 'DELETED' || header === 'HOLD'
        ? header
        : shippedQty > 0
          ? 'SHIPPED'
          : line.outcome === 'backordered'
            ? 'BACKORDERED'
            : 'ACCEPTED';
  const lastShipment = done[done.length - 1];
  return {
    '@_lineNumber': line.lineNumber,
    Code: code,
    ...(line.orderNumber ? { OrderNumber: line.orderNumber, OrderType: 'S' } : {}),
    OrderQuantity: line.quantity,
    ...(line.product ? { UnitPrice: (line.unitPrice ?? line.product.price).toFixed(2) } : {}),
    SKU: line.sku,
    ...(line.product ? { MfgPN: line.product.mfgPN, ProductName: line.product.description } : {}),
    ShipQuantity: shippedQty,
    ...(lastShipment ? { ShipDatetime: isoDateTime(lastShipment.at) } : {}),
    ...(line.warehouse ? { ShipFromWarehouse: line.warehouse } : {}),
    ShipMethod: order.shipMethod,
    ...(line.eta ? { ETADate: line.eta } : {}),
    ...(line.reason ? { Reason: line.reason } : {}),
    ...(done.length ? { Packages: { Package: done.map((s) => packageDoc(line, s)) } } : {}),
  };
}

function packageDoc(line: SimOrderLine, shipment: Shipment): XmlDoc {
  const seed = `${line.orderNumber ?? ''}-${line.lineNumber}-${shipment.index}`;
  const random = seededRandom(hashText(seed));
  // Twelve digits, like a FedEx tracking number; stable for the same order, line and shipment.
  const tracking = `78${String(Math.floor(random() * 1e10)).padStart(10, '0')}`;
  const serials = line.product?.serialized
    ? Array.from(
        { length: shipment.quantity },
        (_, unit) => `PF${hashText(`${seed}-${unit}`).toString(36).toUpperCase().padStart(7, '0')}`,
      )
    : [];
  return {
    TrackingNumber: tracking,
    ShipItemQuantity: shipment.quantity,
    ...(serials.length ? { SerialNo: serials } : {}),
  };
}
