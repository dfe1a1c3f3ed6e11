// Side by side (issue 12 §3) as plain data: which offer is the better choice for a line, and what
// the note says when it is not the PO's distributor. Plus the routing helpers (route.ts).
import { describe, expect, it } from 'vitest';
import { DISTRIBUTORS, distributorLabel } from '../../../lib/distributor/registry';
import { compareLine, compareLines } from '../../../lib/orders/compare';
import type { LineOffer } from '../../../lib/orders/compare';
import { distributorForPo, distributorRef, recordDistributor } from '../../../lib/orders/route';

const own = (price: number | undefined, available: number, extra: Partial<LineOffer> = {}): LineOffer => ({
  distributor: 'a',
  label: 'Alpha',
  ...(price !== undefined ? { price } : {}),
  available,
  ...extra,
});
const other = (price: number | undefined, available: number, extra: Partial<LineOffer> = {}): LineOffer => ({
  distributor: 'b',
  label: 'Beta',
  ...(price !== undefined ? { price } : {}),
  available,
  ...extra,
});
const line = (quantity: number, mine: LineOffer | undefined, ...others: LineOffer[]) => ({
  itemId: 7,
  quantity,
  own: mine,
  others,
});

describe('compareLine', () => {
  it('keeps the PO’s distributor when it is as good: no note', () => {
    expect(compareLine(line(2, own(100, 5), other(100, 50)), 'Alpha')).toEqual({ itemId: 7, best: 'a' });
    expect(compareLine(line(2, own(90, 5), other(100, 50)), 'Alpha')).toEqual({ itemId: 7, best: 'a' });
  });

  it('marks a cheaper in-stock offer and says by how much', () => {
    expect(compareLine(line(2, own(1120, 12), other(1071.2, 40)), 'Alpha')).toEqual({
      itemId: 7,
      best: 'b',
      note: 'Beta has 40 in stock at 1,071.20, 48.80 less per unit than Alpha.',
    });
  });

  it('prefers stock over price: whole quantity first, then some of it', () => {
    expect(compareLine(line(10, own(80, 3), other(100, 40)), 'Alpha')).toMatchObject({
      best: 'b',
      note: 'Beta has 40 in stock at 100.00; Alpha has only 3.',
    });
    expect(compareLine(line(10, own(80, 0), other(100, 4)), 'Alpha')).toMatchObject({
      best: 'b',
      note: 'Beta has 4 in stock at 100.00; Alpha has none in stock.',
    });
    // Both short: the cheaper of the two that have some.
    expect(compareLine(line(10, own(80, 3), other(100, 4)), 'Alpha')).toEqual({ itemId: 7, best: 'a' });
  });

  it('says so when the PO’s distributor does not list the product or has discontinued it', () => {
    expect(compareLine(line(1, undefined, other(10, 1)), 'Alpha').note).toBe(
      'Beta has 1 in stock at 10.00; Alpha does not list it.',
    );
    expect(compareLine(line(1, own(5, 9, { discontinued: true }), other(10, 1)), 'Alpha').note).toBe(
      'Beta has 1 in stock at 10.00; Alpha lists it as discontinued.',
    );
  });

  it('marks nothing when no one can ship any of it, or an offer has no price', () => {
    expect(compareLine(line(1, own(10, 0), other(9, 0)), 'Alpha')).toEqual({ itemId: 7 });
    expect(compareLine(line(1, own(10, 0), other(undefined, 30)), 'Alpha')).toEqual({ itemId: 7 });
    expect(compareLine(line(1, own(10, 0), other(9, 30, { discontinued: true })), 'Alpha')).toEqual({
      itemId: 7,
    });
  });

  it('picks the best of several other distributors', () => {
    const third: LineOffer = { distributor: 'c', label: 'Gamma', price: 95, available: 8 };
    expect(compareLine(line(5, own(120, 5), other(99, 6), third), 'Alpha')).toMatchObject({ best: 'c' });
  });

  it('compares every line on its own', () => {
    expect(
      compareLines(
        [line(1, own(10, 1), other(9, 1)), { ...line(1, own(10, 1), other(11, 1)), itemId: 8 }],
        'Alpha',
      ),
    ).toEqual([
      { itemId: 7, best: 'b', note: 'Beta has 1 in stock at 9.00, 1.00 less per unit than Alpha.' },
      { itemId: 8, best: 'a' },
    ]);
  });
});

describe('routing helpers', () => {
  const [first, second] = DISTRIBUTORS.map((d) => d.id);
  const vendors = [
    { id: first!, vendorId: 10, connected: true },
    { id: second!, vendorId: 20, connected: false },
  ];

  it('finds the distributor whose vendor company is the PO’s vendor, connected or not', () => {
    expect(distributorForPo(vendors, { vendorID: 10 })?.id).toBe(first);
    expect(distributorForPo(vendors, { vendorId: 20 })?.id).toBe(second);
    expect(distributorForPo(vendors, { vendorID: 30 })).toBeUndefined();
    expect(
      distributorForPo([{ id: first!, vendorId: undefined, connected: true }], { vendorID: 10 }),
    ).toBeUndefined();
  });

  it('gives a record without a distributor to the registry’s first entry', () => {
    expect(recordDistributor({})).toBe(DISTRIBUTORS[0]!.id);
    expect(recordDistributor({ distributor: second! })).toBe(second);
    expect(distributorRef(second!)).toEqual({ id: second, label: distributorLabel(second) });
  });
});
