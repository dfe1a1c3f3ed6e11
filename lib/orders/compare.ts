// Side by side (issue 12 §3): for each line of a PO, the other connected distributors' price and
// stock next to the PO's distributor's, the better choice marked, and a plain note when the PO's
// distributor is not it. Pure: the background gathers the offers (lib/orders/offers.ts), this only
// decides. "Better" = can ship more of the line now (all of it, then some of it), then cheaper; a
// tie stays with the PO's distributor, so a note appears only when switching gains something.

/** What one distributor offers for one line. Offers of distributors that do not list it are left out. */
export interface LineOffer {
  /** Registry id. */
  distributor: string;
  label: string;
  /** The distributor's own SKU for the product, when it answered one. */
  sku?: string;
  price?: number;
  available: number;
  discontinued?: boolean;
}

export interface CompareLine {
  itemId: number;
  quantity: number;
  /** The PO's distributor's offer; undefined when it does not list the product. */
  own: LineOffer | undefined;
  /** The other distributors' offers, registry order. */
  others: readonly LineOffer[];
}

export interface LineComparison {
  itemId: number;
  /** Registry id of the better choice; undefined when no distributor can ship any of it now. */
  best?: string;
  /** Set only when the better choice is not the PO's distributor. */
  note?: string;
}

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 2: the whole quantity in stock; 1: some of it; 0: none, or it cannot be ordered at this price. */
function tier(offer: LineOffer, quantity: number): number {
  if (offer.discontinued || offer.price === undefined || offer.available <= 0) return 0;
  return offer.available >= quantity ? 2 : 1;
}

function better(a: LineOffer, b: LineOffer, quantity: number): boolean {
  const ta = tier(a, quantity);
  const tb = tier(b, quantity);
  if (ta !== tb) return ta > tb;
  return (a.price ?? Infinity) < (b.price ?? Infinity);
}

export function compareLine(line: CompareLine, ownLabel: string): LineComparison {
  let best: LineOffer | undefined;
  for (const offer of [...(line.own ? [line.own] : []), ...line.others]) {
    if (tier(offer, line.quantity) === 0) continue;
    if (!best || better(offer, best, line.quantity)) best = offer;
  }
  if (!best) return { itemId: line.itemId };
  if (best === line.own) return { itemId: line.itemId, best: best.distributor };
  return { itemId: line.itemId, best: best.distributor, note: noteFor(best, line, ownLabel) };
}

export function compareLines(lines: readonly CompareLine[], ownLabel: string): LineComparison[] {
  return lines.map((line) => compareLine(line, ownLabel));
}

function noteFor(best: LineOffer, line: CompareLine, ownLabel: string): string {
  const offer = `${best.label} has ${best.available} in stock at ${money.format(best.price ?? 0)}`;
  const own = line.own;
  if (!own) return `${offer}; ${ownLabel} does not list it.`;
  if (own.discontinued) return `${offer}; ${ownLabel} lists it as discontinued.`;
  if (tier(own, line.quantity) < tier(best, line.quantity)) {
    return own.available <= 0
      ? `${offer}; ${ownLabel} has none in stock.`
      : `${offer}; ${ownLabel} has only ${own.available}.`;
  }
  const saving = (own.price ?? 0) - (best.price ?? 0);
  return `${offer}, ${money.format(saving)} less per unit than ${ownLabel}.`;
}
