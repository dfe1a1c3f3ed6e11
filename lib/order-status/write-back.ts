// Status → Autotask (issue 5 §1): each item's ETA and memo, the PO's memo and mapped status. Only
// changed fields are sent (one PATCH per record at most), so a run over an unchanged order writes
// nothing. Item writes go through the parent URL (API.md §2.5, §6.10) and only while the PO state
// allows them (§4.4); a received or cancelled PO never gets a mapped status (§6.11).
import type { z } from 'zod';
import { purchaseOrderProductItemSchema, purchaseOrderSchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import type { OrderStatus } from '../distributor/adapter';
import {
  GENERAL_MEMO_MAX,
  ITEM_MEMO_MAX,
  itemMemoBlock,
  purchaseOrderMemoBlock,
  withMemoBlock,
} from './memo';
import type { MemoMarkers } from './memo';
import type { MatchedItem, PoItem } from './po-lines';
import { etaFor } from './po-lines';
import type { PoStatuses } from '../orders/po-statuses';
import type { MappingChoice, NormalisedStatus } from './view-types';

// Picked from the one schema per entity (lib/autotask/schemas.ts, issue 11 §5).
export const poSchema = purchaseOrderSchema.pick({
  id: true,
  status: true,
  vendorID: true,
  purchaseOrderNumber: true,
  generalMemo: true,
});
export type StatusPo = z.infer<typeof poSchema>;

// Every line of an order we placed is a product line (API.md §4.4: productID is required), so a
// line without a product is a malformed answer, not one to skip silently.
export const itemSchema = purchaseOrderProductItemSchema.pick({
  id: true,
  orderID: true,
  productID: true,
  quantity: true,
  memo: true,
  estimatedArrivalDate: true,
});
export type StatusItem = z.infer<typeof itemSchema> & PoItem;

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined);

/** PATCHes each item whose ETA or memo differs; returns how many were written. */
export async function writeItems(
  client: AutotaskClient,
  po: StatusPo,
  matched: readonly MatchedItem<StatusItem>[],
  markers: MemoMarkers,
  signal?: AbortSignal,
): Promise<number> {
  let writes = 0;
  for (const { item, lines } of matched) {
    if (lines.length === 0) continue;
    const patch: Record<string, unknown> = {};
    const eta = etaFor(lines);
    if (eta && day(item.estimatedArrivalDate) !== day(eta)) patch.estimatedArrivalDate = eta;
    const memo = withMemoBlock(item.memo, itemMemoBlock(lines), ITEM_MEMO_MAX, markers);
    if (memo !== (item.memo ?? '')) patch.memo = memo;
    if (Object.keys(patch).length === 0) continue;
    signal?.throwIfAborted();
    await client.update(
      'PurchaseOrderItems',
      { id: item.id, ...patch },
      { entity: 'PurchaseOrders', id: po.id, child: 'Items' },
      signal,
    );
    writes += 1;
  }
  return writes;
}

export interface PoWrite {
  wrote: boolean;
  /** The PO status after the write (the mapped one when it was set). */
  statusId: number;
  statusSet: boolean;
}

/**
 * The PO's memo block, and its mapped status when `applyMapping` (the normalised status changed
 * since the mapping was last applied: a person who changes the status by hand is not overruled
 * every hour).
 */
export async function writePurchaseOrder(
  client: AutotaskClient,
  po: StatusPo,
  status: OrderStatus,
  normalised: NormalisedStatus,
  choice: MappingChoice | undefined,
  applyMapping: boolean,
  statuses: PoStatuses,
  markers: MemoMarkers,
  signal?: AbortSignal,
): Promise<PoWrite> {
  const withStatus = choice?.kind === 'note' || choice?.kind === 'status';
  const patch: Record<string, unknown> = {};
  const memo = withMemoBlock(
    po.generalMemo,
    purchaseOrderMemoBlock(status, normalised, withStatus),
    GENERAL_MEMO_MAX,
    markers,
  );
  if (memo !== (po.generalMemo ?? '')) patch.generalMemo = memo;
  const setStatus =
    applyMapping &&
    choice?.kind === 'status' &&
    choice.statusId !== po.status &&
    statuses.statusSettable(po.status) &&
    statuses.labelOf(choice.statusId) !== undefined;
  if (setStatus) patch.status = choice.statusId;
  if (Object.keys(patch).length === 0) return { wrote: false, statusId: po.status, statusSet: false };
  signal?.throwIfAborted();
  await client.update('PurchaseOrders', { id: po.id, ...patch }, undefined, signal);
  return { wrote: true, statusId: setStatus ? choice.statusId : po.status, statusSet: setStatus };
}
