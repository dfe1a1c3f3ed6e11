// Write-back to Autotask after the distributor accepted an order (issue 3 §2, §3): the order number(s) in
// the configured PO field, a PO still New moved to the status labelled Submitted, and each item's
// ETA. Resumable: the outbox record keeps `writeBack: 'pending' | 'failed'` until every write is
// done, and each write is a PATCH of only what still differs (patchFor), so a resumed write-back
// repeats nothing that already landed. Lines changed in Autotask since the snapshot are flagged.
import { purchaseOrderItemSchema, purchaseOrderSchema } from '../autotask/schemas';
import { patchFor } from '../autotask/patch';
import type { AutotaskClient } from '../autotask/types';
import { plainErrorData } from '../errors/error-data';
import type { OrderRecord, Outbox } from './outbox';

// Picked from the one schema per entity (lib/autotask/schemas.ts, issue 11 §5).
const poSchema = purchaseOrderSchema.pick({ id: true, status: true }).passthrough();
const itemSchema = purchaseOrderItemSchema.pick({
  id: true,
  orderID: true,
  quantity: true,
  estimatedArrivalDate: true,
});

/** Picklist labels of PurchaseOrders.status (API.md §4.3); ids differ per tenant. */
export const STATUS_NEW = 'New';
export const STATUS_SUBMITTED = 'Submitted';
/** Items can be updated only while the PO is New, Submitted or Received Partial (API.md §4.4). */
const ITEM_UPDATABLE = /^(new|submitted|received partial)$/i;

export interface WriteBackDeps {
  client: AutotaskClient;
  outbox: Outbox;
  /** lib/settings orderNumberField (default externalPONumber). */
  orderNumberField: string;
  now(): number;
}

export interface WriteBackResult {
  record: OrderRecord;
  linesChanged: boolean;
  statusChanged: boolean;
  etasSet: number;
}

/** Merges order numbers into what the field already holds (an earlier attempt's, a person's note). */
export function mergeOrderNumbers(current: string | null | undefined, numbers: readonly string[]): string {
  const parts = (current ?? '')
    .split(/[,;]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const n of numbers) if (!parts.includes(n)) parts.push(n);
  return parts.join(', ');
}

export async function writeBack(
  record: OrderRecord,
  deps: WriteBackDeps,
  signal?: AbortSignal,
): Promise<WriteBackResult> {
  const { client, outbox } = deps;
  try {
    const po = await client.get('PurchaseOrders', record.poId, poSchema, signal);
    if (!po) throw new Error(`Purchase order ${record.poId} is no longer readable in Autotask.`);
    const items = await client.queryIn(
      'PurchaseOrderItems',
      'orderID',
      [record.poId],
      itemSchema,
      undefined,
      signal,
    );
    const linesChanged = changedSinceSnapshot(record, items);

    const fields = await client.fields('PurchaseOrders', signal);
    const statusField = fields.find((f) => f.name === 'status');
    const labelOf = (value: number) =>
      statusField?.picklistValues.find((v) => Number(v.value) === value)?.label ?? '';
    const currentLabel = labelOf(po.status);
    const submittedId = await client.picklistValue('PurchaseOrders', 'status', STATUS_SUBMITTED, signal);
    const moveStatus = currentLabel.toLowerCase() === STATUS_NEW.toLowerCase() && submittedId !== undefined;

    const current = po as Record<string, unknown> & { id: number };
    const patch = patchFor(current, {
      [deps.orderNumberField]: mergeOrderNumbers(
        current[deps.orderNumberField] as string | undefined,
        record.orderNumbers ?? [],
      ),
      ...(moveStatus ? { status: submittedId } : {}),
    });
    if (patch) await client.update('PurchaseOrders', patch, undefined, signal);

    let etasSet = 0;
    const statusNow = moveStatus ? STATUS_SUBMITTED : currentLabel;
    if (ITEM_UPDATABLE.test(statusNow)) {
      for (const line of record.lineResults ?? []) {
        const snapshot = record.lines[line.lineNumber - 1];
        const item = snapshot && items.find((row) => row.id === snapshot.itemId);
        if (!item || !line.eta) continue;
        const eta = toAutotaskDate(line.eta);
        if (!eta || (item.estimatedArrivalDate ?? '').slice(0, 10) === eta.slice(0, 10)) continue;
        await client.update(
          'PurchaseOrderItems',
          { id: item.id, estimatedArrivalDate: eta },
          { entity: 'PurchaseOrders', id: record.poId, child: 'Items' },
          signal,
        );
        etasSet += 1;
      }
    }
    const done =
      (await outbox.transition(
        record.poNumber,
        ['accepted'],
        { writeBack: 'done', linesChanged, lastError: undefined },
        deps.now(),
      )) ?? record;
    return { record: done, linesChanged, statusChanged: moveStatus, etasSet };
  } catch (error) {
    await outbox.transition(
      record.poNumber,
      ['accepted'],
      { writeBack: 'failed', lastError: plainErrorData(error) },
      deps.now(),
    );
    throw error;
  }
}

/** Lines removed, added or re-quantified in Autotask since the order's snapshot. */
export function changedSinceSnapshot(
  record: Pick<OrderRecord, 'lines'>,
  items: readonly { id: number; quantity: number }[],
): boolean {
  if (items.length !== record.lines.length) return true;
  return record.lines.some(
    (line) => items.find((item) => item.id === line.itemId)?.quantity !== line.quantity,
  );
}

/** Distributor dates are `YYYY-MM-DD` (the adapters normalise them); Autotask takes date-times (API.md §6). */
function toAutotaskDate(eta: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(eta.trim());
  return match ? `${match[1]}T00:00:00Z` : undefined;
}
