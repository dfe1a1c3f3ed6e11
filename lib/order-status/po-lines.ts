// Which status lines belong to which Autotask PO item. The distributor answers per line number and
// SKU; Autotask items know a product. We match by SKU (the product's vendor part number for the
// distributor's vendor company, or the SKU the outbox recorded for the item): the n-th line of a
// SKU goes to the n-th item of it, and any surplus lines of that SKU to its last item.
import type { OrderStatusLine } from '../distributor/adapter';

export interface PoItem {
  id: number;
  productID?: number | null;
  quantity: number;
  memo?: string | null;
  estimatedArrivalDate?: string | null;
}

export interface MatchedItem<I extends PoItem> {
  item: I;
  sku: string | undefined;
  lines: OrderStatusLine[];
}

export function matchLines<I extends PoItem>(
  items: readonly I[],
  skuOfItem: (item: I) => string | undefined,
  lines: readonly OrderStatusLine[],
): { matched: MatchedItem<I>[]; unmatched: OrderStatusLine[] } {
  const matched = [...items]
    .sort((a, b) => a.id - b.id)
    .map((item) => ({ item, sku: skuOfItem(item), lines: [] as OrderStatusLine[] }));
  const unmatched: OrderStatusLine[] = [];
  const used = new Map<string, number>();
  for (const line of [...lines].sort((a, b) => a.lineNumber - b.lineNumber)) {
    const sameSku = matched.filter((m) => m.sku !== undefined && m.sku === line.distributorSku);
    if (sameSku.length === 0) {
      unmatched.push(line);
      continue;
    }
    const n = used.get(line.distributorSku) ?? 0;
    used.set(line.distributorSku, n + 1);
    (sameSku[n] ?? sameSku[sameSku.length - 1]!).lines.push(line);
  }
  return { matched, unmatched };
}

/** Units shipped for the item (never above what it ordered), and the serials in its packages. */
export function shippedFor(item: PoItem, lines: readonly OrderStatusLine[]) {
  const shipped = lines.reduce((sum, line) => sum + line.shippedQty, 0);
  return {
    shipped: Math.min(shipped, item.quantity),
    serials: lines.flatMap((line) => line.packages.flatMap((pkg) => pkg.serialNumbers)),
  };
}

/** The latest ETA of the item's lines as Autotask writes a date-only field (API.md §6.7). */
export function etaFor(lines: readonly OrderStatusLine[]): string | undefined {
  const days = lines
    .map((line) => line.eta?.slice(0, 10))
    .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const latest = days.sort().at(-1);
  return latest ? `${latest}T00:00:00` : undefined;
}
