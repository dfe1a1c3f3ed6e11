// Side by side (issue 12 §3), the background's part: the other connected distributors' price and
// stock for a PO's lines — ONE batched price & availability call per other distributor, never one
// per line — and the comparison (compare.ts) written onto the check's lines. An other distributor
// that fails to answer is left out: the comparison is extra, never a reason for a check to fail.
import type { DistributorAdapter, ItemRef } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import type { PurchaseOrderLineView } from '../messaging/results';
import { compareLine } from './compare';
import type { LineOffer } from './compare';
import type { CheckedLine, OrderCheckView } from './views';

export interface OtherDistributor {
  /** Registry id. */
  id: string;
  adapter: DistributorAdapter;
}

/**
 * Each line's offers from the other distributors (item id → offers, registry order). A line is looked
 * up by the distributor's own SKU when the product has a ProductVendors row for that distributor's
 * vendor (`otherSkus`), otherwise by its manufacturer part number; a line with neither is skipped.
 */
export async function gatherOffers(
  lines: readonly PurchaseOrderLineView[],
  otherSkus: ReadonlyMap<number, ReadonlyMap<string, string>>,
  others: readonly OtherDistributor[],
  signal?: AbortSignal,
): Promise<Map<number, LineOffer[]>> {
  const answered = await Promise.all(
    others.map(async ({ id, adapter }) => {
      const asked: { itemId: number; ref: ItemRef }[] = [];
      for (const line of lines) {
        const sku = otherSkus.get(line.productId)?.get(id);
        if (sku) asked.push({ itemId: line.itemId, ref: { distributorSku: sku } });
        else if (line.mfgPartNumber)
          asked.push({ itemId: line.itemId, ref: { mfgPartNumber: line.mfgPartNumber } });
      }
      if (!asked.length) return [];
      try {
        const answers = await adapter.priceAvailability(
          asked.map((a) => a.ref),
          signal,
        );
        return asked.flatMap(({ itemId }, index): { itemId: number; offer: LineOffer }[] => {
          const answer = answers[index];
          if (!answer || answer.status === 'notFound') return [];
          return [
            {
              itemId,
              offer: {
                distributor: id,
                label: distributorLabel(id),
                ...(answer.distributorSku ? { sku: answer.distributorSku } : {}),
                ...(answer.unitCost !== undefined ? { price: answer.unitCost } : {}),
                available: answer.totalAvailable,
                ...(answer.status === 'discontinued' ? { discontinued: true } : {}),
              },
            },
          ];
        });
      } catch {
        return [];
      }
    }),
  );
  const byItem = new Map<number, LineOffer[]>();
  for (const { itemId, offer } of answered.flat()) {
    const list = byItem.get(itemId) ?? [];
    list.push(offer);
    byItem.set(itemId, list);
  }
  return byItem;
}

/** The PO's distributor's own offer for a checked line; undefined when it does not list the SKU. */
export function ownOffer(line: CheckedLine, distributor: string): LineOffer | undefined {
  if (line.badge === 'invalid-sku') return undefined;
  return {
    distributor,
    label: distributorLabel(distributor),
    ...(line.sku ? { sku: line.sku } : {}),
    ...(line.distributorPrice !== undefined ? { price: line.distributorPrice } : {}),
    available: line.totalAvailable,
    ...(line.badge === 'discontinued' ? { discontinued: true } : {}),
  };
}

/** The check with each line's other offers, better choice and note; unchanged when nobody else answered. */
export function withComparison(
  check: OrderCheckView,
  distributor: string,
  offers: ReadonlyMap<number, readonly LineOffer[]>,
): OrderCheckView {
  if (offers.size === 0) return check;
  const label = distributorLabel(distributor);
  return {
    ...check,
    lines: check.lines.map((line) => {
      const others = offers.get(line.itemId) ?? [];
      if (!others.length) return line;
      const compared = compareLine(
        { itemId: line.itemId, quantity: line.quantity, own: ownOffer(line, distributor), others },
        label,
      );
      return {
        ...line,
        offers: [...others],
        ...(compared.best ? { best: compared.best } : {}),
        ...(compared.note ? { bestNote: compared.note } : {}),
      };
    }),
  };
}
