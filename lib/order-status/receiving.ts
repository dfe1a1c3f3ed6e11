// Receiving shipped goods into Autotask (issue 5 §1, API.md §4.5): one PurchaseOrderItemReceiving
// record per serial number for serialized products, one record for the newly shipped quantity
// otherwise, never more than ordered. Reconcile-first: the item's existing receipts are read before
// anything is created, and after a create whose answer was lost (AppError outcomeUnknown) the
// receipt is looked for again before any retry, so each receipt exists exactly once whatever
// restarts or lost responses happen. Receipts are create-only (no update, no delete), so a
// duplicate could never be undone: that is why nothing here creates without reading first.
import type { z } from 'zod';
import { purchaseOrderItemReceivingSchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import { distributorLabel } from '../distributor/registry';
import { isAppError } from '../errors/app-error';

// Picked from the one schema per entity (lib/autotask/schemas.ts, issue 11 §5).
const receiptSchema = purchaseOrderItemReceivingSchema.pick({
  id: true,
  purchaseOrderItemID: true,
  quantityNowReceiving: true,
  serialNumber: true,
});
type Receipt = z.infer<typeof receiptSchema>;

export interface ReceiveRequest {
  itemId: number;
  ordered: number;
  /** Units the distributor has shipped for this item so far (already capped at `ordered`). */
  shipped: number;
  serialized: boolean;
  /** Serial numbers shipped for this item (serialized products), in shipment order. */
  serials: string[];
}

export interface ReceiveResult {
  created: number;
  /** Receipts found already there (an earlier run, a lost response, a person in Autotask). */
  alreadyThere: number;
  /** E.g. a serialized product shipped without serial numbers: it cannot be received by API. */
  skipped: { itemId: number; reason: string }[];
}

const total = (receipts: readonly Receipt[]) =>
  receipts.reduce((sum, r) => sum + (r.quantityNowReceiving ?? 0), 0);

async function readReceipts(client: AutotaskClient, itemIds: number[], signal?: AbortSignal) {
  const rows = itemIds.length
    ? await client.queryIn(
        'PurchaseOrderItemReceiving',
        'purchaseOrderItemID',
        itemIds,
        receiptSchema,
        undefined,
        signal,
      )
    : [];
  const byItem = new Map<number, Receipt[]>(itemIds.map((id) => [id, []]));
  for (const row of rows) byItem.get(row.purchaseOrderItemID)?.push(row);
  return byItem;
}

/**
 * Creates one receipt, reconciling when the answer is lost: if the receipt is there after all, it
 * counts as created; if it is not, the create never happened and is sent once more.
 */
async function createOnce(
  client: AutotaskClient,
  body: { purchaseOrderItemID: number; quantityNowReceiving: number; serialNumber?: string },
  isThere: (receipts: Receipt[]) => boolean,
  signal?: AbortSignal,
): Promise<void> {
  const parent = { entity: 'PurchaseOrderItems', id: body.purchaseOrderItemID, child: 'Receiving' };
  for (let attempt = 1; ; attempt++) {
    try {
      await client.create('PurchaseOrderItemReceiving', body, parent, signal);
      return;
    } catch (error) {
      if (!isAppError(error) || !error.outcomeUnknown || attempt >= 2 || signal?.aborted) throw error;
      const now =
        (await readReceipts(client, [body.purchaseOrderItemID], signal)).get(body.purchaseOrderItemID) ?? [];
      if (isThere(now)) return;
    }
  }
}

export async function receiveShipped(
  client: AutotaskClient,
  /** The registry id of the distributor that shipped (named in a skipped item's reason). */
  distributor: string,
  requests: readonly ReceiveRequest[],
  signal?: AbortSignal,
): Promise<ReceiveResult> {
  const result: ReceiveResult = { created: 0, alreadyThere: 0, skipped: [] };
  const wanted = requests.filter((r) => r.shipped > 0);
  const existing = await readReceipts(
    client,
    wanted.map((r) => r.itemId),
    signal,
  );
  for (const request of wanted) {
    const receipts = existing.get(request.itemId) ?? [];
    let received = total(receipts);
    if (request.serialized) {
      const have = new Set(receipts.map((r) => r.serialNumber).filter(Boolean));
      const shippedSerials = [...new Set(request.serials)].slice(0, request.shipped);
      result.alreadyThere += shippedSerials.filter((s) => have.has(s)).length;
      if (shippedSerials.length < request.shipped) {
        result.skipped.push({
          itemId: request.itemId,
          reason: `${distributorLabel(distributor)} sent ${shippedSerials.length} serial numbers for ${request.shipped} shipped units of a serialized product; receive the rest in Autotask.`,
        });
      }
      for (const serial of shippedSerials) {
        if (have.has(serial)) continue;
        if (received + 1 > request.ordered) break;
        signal?.throwIfAborted();
        await createOnce(
          client,
          { purchaseOrderItemID: request.itemId, quantityNowReceiving: 1, serialNumber: serial },
          (now) => now.some((r) => r.serialNumber === serial),
          signal,
        );
        have.add(serial);
        received += 1;
        result.created += 1;
      }
    } else {
      const target = Math.min(request.shipped, request.ordered);
      if (received >= target) {
        result.alreadyThere += 1;
        continue;
      }
      signal?.throwIfAborted();
      await createOnce(
        client,
        { purchaseOrderItemID: request.itemId, quantityNowReceiving: target - received },
        (now) => total(now) >= target,
        signal,
      );
      result.created += 1;
    }
  }
  return result;
}
