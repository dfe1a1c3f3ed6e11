// The tracked record after one lookup: the timeline per sales order gains a step only when its
// status or "shipped n of m" changed, and the lines become what the sidebar shows (packages with
// carrier and tracking link, serials, ETA).
import type { OrderStatus } from '../distributor/adapter';
import { carrierFor } from './carriers';
import { salesOrders } from './normalise';
import type { TrackedOrder } from './tracked';
import type { OrderLineView } from './view-types';

export function nextTimeline(
  previous: TrackedOrder['orders'],
  status: OrderStatus,
  now: number,
): TrackedOrder['orders'] {
  const orders = previous.map((o) => ({ ...o, events: [...o.events] }));
  for (const sales of salesOrders(status)) {
    const known = orders.find((o) => o.orderNumber === sales.orderNumber);
    const step = { at: now, status: sales.status, label: sales.label };
    if (!known) orders.push({ ...sales, events: [step] });
    else if (known.label !== sales.label || known.status !== sales.status) {
      known.events.push(step);
      known.status = sales.status;
      known.label = sales.label;
    }
  }
  return orders;
}

export function lineViews(status: OrderStatus): OrderLineView[] {
  return status.lines.map((line) => {
    const first = line.packages[0];
    const carrier = first ? carrierFor(line.shipMethod, first.trackingNumber) : undefined;
    return {
      lineNumber: line.lineNumber,
      sku: line.distributorSku,
      ...(line.description ? { description: line.description } : {}),
      ...(line.orderNumber ? { orderNumber: line.orderNumber } : {}),
      code: line.code,
      ordered: line.orderedQty,
      shipped: line.shippedQty,
      ...(line.eta ? { eta: line.eta } : {}),
      ...(line.shipDate ? { shipDate: line.shipDate } : {}),
      ...(carrier ? { carrier: carrier.name } : line.shipMethod ? { carrier: line.shipMethod } : {}),
      ...(line.reason ? { reason: line.reason } : {}),
      packages: line.packages.map((pkg) => {
        const c = carrierFor(line.shipMethod, pkg.trackingNumber);
        return {
          trackingNumber: pkg.trackingNumber,
          quantity: pkg.quantity,
          serialNumbers: pkg.serialNumbers,
          ...(c ? { carrier: c.name, trackingUrl: c.trackingUrl(pkg.trackingNumber) } : {}),
        };
      }),
    };
  });
}
