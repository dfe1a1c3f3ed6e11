// Which POs the Create Orders template may order (issue 3 §4): the TD SYNNEX vendor's POs in the
// trigger status with no order. "Already ordered" is known from the outbox or an order number in
// the configured PO field — never from the status (a PO moved back to the trigger status by hand
// must not be ordered twice).
import { z } from 'zod';
import type { AutotaskClient } from '../autotask/types';
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../errors/hint-catalogue';
import type { Outbox } from './outbox';

export interface EligibleQuery {
  vendorId: number | undefined;
  triggerStatus: string;
  orderNumberField: string;
}

export interface Eligible {
  /** POs in the trigger status with no order. */
  ready: { poId: number; number: string }[];
  /** The vendor's POs in other statuses (for the "No orders created" hint when `ready` is empty). */
  elsewhere: number;
}

/** At most this many POs per run; the next run takes the rest (keeps one run inside the budget). */
export const MAX_POS_PER_RUN = 50;

export async function findEligible(
  client: AutotaskClient,
  outbox: Outbox,
  query: EligibleQuery,
  signal?: AbortSignal,
): Promise<Eligible> {
  if (query.vendorId === undefined) {
    throw new AppError({
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'no-vendor',
      message: 'Choose the TD SYNNEX vendor company in Options first.',
    });
  }
  const status = await client.picklistValue('PurchaseOrders', 'status', query.triggerStatus, signal);
  if (status === undefined) {
    throw new AppError({
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: HINT_CODES.statusMappingMissing,
      message: `The tenant has no purchase order status labelled "${query.triggerStatus}".`,
    });
  }
  const field = query.orderNumberField;
  const rows = await client.queryAll(
    'PurchaseOrders',
    {
      filter: [
        { op: 'eq', field: 'vendorID', value: query.vendorId },
        { op: 'eq', field: 'status', value: status },
      ],
      includeFields: ['id', 'purchaseOrderNumber', field],
      maxRecords: MAX_POS_PER_RUN,
    },
    z.object({ id: z.number(), purchaseOrderNumber: z.string().nullish() }).passthrough(),
    signal,
  );
  const ready: Eligible['ready'] = [];
  for (const row of rows) {
    const onPo = row[field];
    if (typeof onPo === 'string' && onPo.trim() !== '') continue;
    const records = await outbox.forPurchaseOrder(row.id);
    if (records.some((r) => r.state !== 'rejected')) continue;
    ready.push({ poId: row.id, number: row.purchaseOrderNumber || String(row.id) });
  }
  const elsewhere = ready.length
    ? 0
    : await client.count(
        'PurchaseOrders',
        [
          { op: 'eq', field: 'vendorID', value: query.vendorId },
          { op: 'noteq', field: 'status', value: status },
        ],
        signal,
      );
  return { ready, elsewhere };
}
