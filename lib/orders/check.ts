// The pre-submit check (issue 3 §1): every line of the PO re-verified with the PO's distributor in one batched
// price & availability request (the adapter splits above its batch limit), plus the problems that
// block a submission. Pure evaluation is separate from the one network call so it reads as rules.
import type { DistributorAdapter, PriceAvailability } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { HINT_CODES } from '../hints/catalogue';
import type { PurchaseOrderView } from '../messaging/results';
import { distributorRef } from './route';
import type { BlockingProblem, CheckedLine, LineBadge, OrderCheckView } from './views';

export interface CheckOptions {
  priceDriftPercent: number;
  now?: number;
  /** Registry id of the PO's distributor, for its label in the messages; default: the adapter's id. */
  distributor?: string;
}

/** A closed PO can no longer be ordered: cancelled, or already (partly) received. */
export function isClosedStatus(label: string): boolean {
  return /cancel|received/i.test(label);
}

export async function checkPurchaseOrder(
  po: PurchaseOrderView,
  adapter: DistributorAdapter,
  options: CheckOptions,
  signal?: AbortSignal,
): Promise<OrderCheckView> {
  const withSku = po.lines.filter((line) => line.sku.trim() !== '');
  // One request for the whole PO: the adapter batches (maxPriceBatch) and answers in request order.
  const answers = withSku.length
    ? await adapter.priceAvailability(
        withSku.map((line) => ({ distributorSku: line.sku })),
        signal,
      )
    : [];
  const bySku = new Map<string, PriceAvailability>();
  withSku.forEach((line, index) => {
    const answer = answers[index];
    if (answer) bySku.set(line.sku, answer);
  });
  return evaluateCheck(po, bySku, {
    ...options,
    distributor: options.distributor ?? adapter.capabilities.id,
  });
}

export function evaluateCheck(
  po: PurchaseOrderView,
  bySku: ReadonlyMap<string, PriceAvailability>,
  options: CheckOptions,
): OrderCheckView {
  // At a sentence's start: "The distributor" when the id is unknown (a label keeps its own case).
  const label = sentenceStart(distributorLabel(options.distributor));
  const lines = po.lines.map((line): CheckedLine => {
    const answer = line.sku ? bySku.get(line.sku) : undefined;
    const base = {
      itemId: line.itemId,
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      ...(line.unitCost !== undefined ? { unitCost: line.unitCost } : {}),
    };
    if (!answer || answer.status === 'notFound') {
      return {
        ...base,
        totalAvailable: 0,
        warehouses: [],
        backorderQty: 0,
        badge: 'invalid-sku',
        hintId: 'invalid-sku',
        message: line.sku
          ? `${label} does not know SKU ${line.sku}.`
          : `This product has no ${label} SKU on its vendor row.`,
      };
    }
    const price = answer.unitCost;
    const drift =
      price !== undefined && line.unitCost !== undefined && line.unitCost > 0
        ? Math.round(((price - line.unitCost) / line.unitCost) * 1000) / 10
        : undefined;
    const backorderQty = Math.max(0, line.quantity - answer.totalAvailable);
    const badge = badgeFor(answer, backorderQty, drift, options.priceDriftPercent);
    return {
      ...base,
      ...(price !== undefined ? { distributorPrice: price } : {}),
      ...(drift !== undefined ? { driftPercent: drift } : {}),
      totalAvailable: answer.totalAvailable,
      warehouses: answer.warehouses,
      backorderQty,
      badge,
      ...lineHint(badge, line.quantity, answer.totalAvailable, drift, label),
    };
  });

  const blocking = blockingProblems(po, lines, label);
  const priced = lines.every((line) => line.distributorPrice !== undefined);
  const warehouses = new Map<string, string>();
  for (const line of lines) for (const w of line.warehouses) if (w.qty > 0) warehouses.set(w.id, w.name);
  return {
    poId: po.id,
    ...(options.distributor ? { distributor: distributorRef(options.distributor) } : {}),
    poNumber: po.number,
    checkedAt: new Date(options.now ?? Date.now()).toISOString(),
    lines,
    blocking,
    ...(priced && lines.length
      ? {
          distributorTotal:
            Math.round(lines.reduce((sum, l) => sum + l.quantity * (l.distributorPrice ?? 0), 0) * 100) / 100,
        }
      : {}),
    warehouses: [...warehouses].map(([id, name]) => ({ id, name })),
    priceDriftPercent: options.priceDriftPercent,
  };
}

function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function badgeFor(
  answer: PriceAvailability,
  backorderQty: number,
  drift: number | undefined,
  limit: number,
): LineBadge {
  if (answer.status === 'discontinued') return 'discontinued';
  if (answer.totalAvailable <= 0) return 'out-of-stock';
  if (backorderQty > 0) return 'low-stock';
  if (drift !== undefined && Math.abs(drift) > limit) return 'price-changed';
  return 'ok';
}

function lineHint(
  badge: LineBadge,
  quantity: number,
  available: number,
  drift: number | undefined,
  label: string,
): { hintId?: string; message?: string } {
  switch (badge) {
    case 'out-of-stock':
      return { hintId: 'out-of-stock', message: `Out of stock: ${quantity} would be backordered.` };
    case 'low-stock':
      return {
        hintId: 'out-of-stock',
        message: `Only ${available} of ${quantity} in stock: ${quantity - available} would be backordered.`,
      };
    case 'price-changed':
      return {
        hintId: 'price-drift',
        message: `${label} price differs by ${drift}% from the PO's unit cost.`,
      };
    case 'discontinued':
      return { hintId: 'discontinued', message: `${label} lists this product as discontinued.` };
    default:
      return {};
  }
}

function blockingProblems(po: PurchaseOrderView, lines: CheckedLine[], label: string): BlockingProblem[] {
  const problems: BlockingProblem[] = [];
  if (!po.isDistributorVendor) {
    problems.push({
      code: 'not-distributor-vendor',
      message: `The vendor is ${po.vendorName}, not a company chosen for a distributor in Options.`,
    });
  }
  if (isClosedStatus(po.statusLabel)) {
    problems.push({ code: 'po-closed', message: `The purchase order is ${po.statusLabel}.` });
  }
  const s = po.shipTo;
  if (![s.name, s.address1, s.city, s.state, s.postalCode].every((v) => v.trim() !== '')) {
    problems.push({
      code: 'missing-ship-to',
      message: 'The ship-to address is incomplete (name, address, city, state and postal code are needed).',
    });
  }
  if (lines.length === 0) problems.push({ code: 'no-lines', message: 'The purchase order has no lines.' });
  const invalid = lines.filter((line) => line.badge === 'invalid-sku');
  if (invalid.length) {
    problems.push({
      code: 'invalid-sku',
      message:
        invalid.length === 1
          ? `1 line has no valid ${label} SKU.`
          : `${invalid.length} lines have no valid ${label} SKU.`,
      hintId: HINT_CODES.invalidSku,
    });
  }
  return problems;
}
