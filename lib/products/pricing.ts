// Money for Product Sync: prices from a cost by the category's rule, and comparison at cents, so
// float noise is never a change (issue 4 §2; API.md §6.8).
import type { PricingRule } from './settings';

export const toCents = (value: number): number => Math.round(value * 100);
export const roundCents = (value: number): number => toCents(value) / 100;

/** Both blank, or both numbers equal at cent precision. A blank is never equal to 0 (issue 4 §1). */
export function sameMoney(a: number | null | undefined, b: number | null | undefined): boolean {
  const blankA = a === null || a === undefined;
  const blankB = b === null || b === undefined;
  if (blankA || blankB) return blankA && blankB;
  return toCents(a) === toCents(b);
}

function round(value: number, rounding: PricingRule['rounding']): number {
  switch (rounding) {
    case 'cents':
      return roundCents(value);
    case 'whole':
      return Math.round(value);
    case 'ninety-nine':
      // Up to the next x.99: 12.10 → 12.99, 12.99 → 12.99.
      return Math.max(0.99, Math.ceil(roundCents(value) + 0.01) - 0.01);
  }
}

export function priceFor(cost: number, rule: PricingRule): number {
  const raw = rule.method === 'markup' ? cost * (1 + rule.percent / 100) : cost / (1 - rule.percent / 100);
  return roundCents(round(raw, rule.rounding));
}
