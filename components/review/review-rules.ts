// What the review window weighs before an order (issue 10 §5): the difference between Autotask's
// cost and the distributor's price per line and in total against the Create Orders drift threshold, and
// the lines that need an explicit acknowledgement (discontinued, short of stock) or block the order
// when backorders are not allowed.
import type { CheckedLine, OrderCheckView } from '../../lib/orders/views';

const cents = (n: number) => Math.round(n * 100) / 100;
const tenths = (n: number) => Math.round(n * 10) / 10;

export interface Difference {
  /** The distributor's minus Autotask's (positive: the distributor charges more than Autotask expects). */
  amount: number;
  /** Relative to the Autotask cost, rounded to 0.1 %; undefined when the cost is 0. */
  percent?: number;
  overThreshold: boolean;
}

function difference(autotask: number, distributor: number, threshold: number): Difference {
  const amount = cents(distributor - autotask);
  const percent = autotask > 0 ? tenths((amount / autotask) * 100) : undefined;
  return {
    amount,
    ...(percent !== undefined ? { percent } : {}),
    overThreshold: percent !== undefined ? Math.abs(percent) > threshold : amount !== 0,
  };
}

/** One line's difference over its quantity; undefined without both a cost and a price. */
export function lineDifference(line: CheckedLine, threshold: number): Difference | undefined {
  if (line.unitCost === undefined || line.distributorPrice === undefined) return undefined;
  return difference(line.quantity * line.unitCost, line.quantity * line.distributorPrice, threshold);
}

export interface TotalDifference extends Difference {
  autotaskTotal: number;
  distributorTotal: number;
}

/** The whole PO's difference; undefined when any line lacks a cost or a price. */
export function totalDifference(check: OrderCheckView): TotalDifference | undefined {
  const priced = check.lines.filter((l) => l.unitCost !== undefined && l.distributorPrice !== undefined);
  if (check.lines.length === 0 || priced.length !== check.lines.length) return undefined;
  const autotaskTotal = cents(priced.reduce((sum, l) => sum + l.quantity * (l.unitCost ?? 0), 0));
  const distributorTotal = cents(priced.reduce((sum, l) => sum + l.quantity * (l.distributorPrice ?? 0), 0));
  return {
    autotaskTotal,
    distributorTotal,
    ...difference(autotaskTotal, distributorTotal, check.priceDriftPercent),
  };
}

export type LineRisk = 'discontinued' | 'short';

/** Why a line needs an acknowledgement before it is ordered, if it does. */
export function lineRisk(line: CheckedLine): LineRisk | undefined {
  if (line.badge === 'invalid-sku') return undefined; // blocks the order on its own (check.ts)
  if (line.badge === 'discontinued') return 'discontinued';
  return line.backorderQty > 0 ? 'short' : undefined;
}

/** A line the distributor cannot ship now may not be ordered when backorders are not allowed. */
export function blockedWithoutBackorders(line: CheckedLine): boolean {
  return lineRisk(line) !== undefined && line.backorderQty > 0;
}

/** `label`: the PO's distributor (OrderCheckView.distributor). */
export function riskText(line: CheckedLine, label = 'The distributor'): string {
  const short =
    line.totalAvailable > 0
      ? `only ${line.totalAvailable} of ${line.quantity} in stock, ${line.backorderQty} would be backordered`
      : `out of stock, all ${line.quantity} would be backordered`;
  if (line.badge === 'discontinued') {
    return line.backorderQty > 0
      ? `${label} lists SKU ${line.sku} as discontinued (${short}).`
      : `${label} lists SKU ${line.sku} as discontinued.`;
  }
  return `SKU ${line.sku}: ${short}.`;
}

export function signed(amount: number, format: (n: number) => string): string {
  if (amount === 0) return format(0);
  return `${amount > 0 ? '+' : '−'}${format(Math.abs(amount))}`;
}
