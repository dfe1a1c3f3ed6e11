// Which POs the Create Orders template may order (issue 3 §4): one distributor's vendor's POs in the
// trigger status with no order. "Already ordered" is known from the outbox or an order number in
// the configured PO field — never from the status (a PO moved back to the trigger status by hand
// must not be ordered twice).
import { purchaseOrderSchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../hints/catalogue';
import { isClosedStatus } from './check';
import type { Outbox } from './outbox';

export interface EligibleQuery {
  /** The Autotask vendor company of the distributor this run is for. */
  vendorId: number | undefined;
  /** What the user reads for that distributor (registry label). */
  label: string;
  /**
   * Every distributor's vendor company: a PO of another distributor's vendor is that distributor's
   * run's, never "of another vendor" here. Default: only `vendorId`.
   */
  distributorVendorIds?: readonly number[];
  triggerStatus: string;
  orderNumberField: string;
}

/** Why a PO a user may expect to be ordered was not (the "No orders created" entry's items). */
export type NotOrderedReason = 'already-ordered' | 'wrong-vendor' | 'wrong-status';

export interface NotOrdered {
  poId: number;
  number: string;
  reason: NotOrderedReason;
  message: string;
}

export interface Eligible {
  /** POs in the trigger status with no order. */
  ready: { poId: number; number: string }[];
  /** The vendor's POs in other statuses (for the "No orders created" hint when `ready` is empty). */
  elsewhere: number;
  /**
   * When nothing is ready: the POs a user might have expected to be ordered, each with its reason —
   * in the trigger status but already ordered or of a vendor of no distributor, or this vendor's POs
   * in another status. At most MAX_REASONS.
   */
  notOrdered: NotOrdered[];
}

/** Reasons listed per run when nothing was ordered: enough to explain, few enough to read. */
export const MAX_REASONS = 20;

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
      message: `Choose the ${query.label} vendor company in Options first.`,
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
    // The order-number field is the tenant's choice (Options), so it is read from the row as sent.
    poRow.passthrough(),
    signal,
  );
  const ready: Eligible['ready'] = [];
  const notOrdered: NotOrdered[] = [];
  for (const row of rows) {
    const number = row.purchaseOrderNumber || String(row.id);
    const onPo = row[field];
    const records =
      typeof onPo === 'string' && onPo.trim() !== '' ? [] : await outbox.forPurchaseOrder(row.id);
    if (typeof onPo === 'string' && onPo.trim() !== '') {
      notOrdered.push(alreadyOrdered(row.id, number, `It already holds order number ${onPo.trim()}.`));
    } else if (records.some((r) => r.state !== 'rejected')) {
      notOrdered.push(alreadyOrdered(row.id, number, 'The extension has already submitted it.'));
    } else {
      ready.push({ poId: row.id, number });
    }
  }
  if (ready.length) return { ready, elsewhere: 0, notOrdered: [] };
  const elsewhere = await client.count(
    'PurchaseOrders',
    [
      { op: 'eq', field: 'vendorID', value: query.vendorId },
      { op: 'noteq', field: 'status', value: status },
    ],
    signal,
  );
  notOrdered.push(...(await otherVendors(client, query, status, signal)));
  if (elsewhere) notOrdered.push(...(await otherStatuses(client, query, status, signal)));
  return { ready, elsewhere, notOrdered: notOrdered.slice(0, MAX_REASONS) };
}

function alreadyOrdered(poId: number, number: string, why: string): NotOrdered {
  return { poId, number, reason: 'already-ordered', message: why };
}

/** Issue 11 §5: picked from the one PurchaseOrders schema, only the fields each query includes. */
const poRow = purchaseOrderSchema.pick({ id: true, purchaseOrderNumber: true });

/** POs in the trigger status whose vendor is the company chosen for no distributor. */
async function otherVendors(
  client: AutotaskClient,
  query: EligibleQuery,
  status: number,
  signal?: AbortSignal,
): Promise<NotOrdered[]> {
  const vendors = [...new Set([query.vendorId as number, ...(query.distributorVendorIds ?? [])])];
  const rows = await client.queryAll(
    'PurchaseOrders',
    {
      filter: [
        vendors.length === 1
          ? { op: 'noteq', field: 'vendorID', value: vendors[0]! }
          : { op: 'notIn', field: 'vendorID', value: vendors },
        { op: 'eq', field: 'status', value: status },
      ],
      includeFields: ['id', 'purchaseOrderNumber'],
      maxRecords: MAX_REASONS,
    },
    poRow,
    signal,
  );
  return rows.map((row) => ({
    poId: row.id,
    number: row.purchaseOrderNumber || String(row.id),
    reason: 'wrong-vendor',
    message: 'Its vendor is not the company chosen for any distributor in Options.',
  }));
}

/** This distributor's vendor's open POs in a status other than the trigger status. */
async function otherStatuses(
  client: AutotaskClient,
  query: EligibleQuery,
  status: number,
  signal?: AbortSignal,
): Promise<NotOrdered[]> {
  const rows = await client.queryAll(
    'PurchaseOrders',
    {
      filter: [
        { op: 'eq', field: 'vendorID', value: query.vendorId as number },
        { op: 'noteq', field: 'status', value: status },
      ],
      includeFields: ['id', 'purchaseOrderNumber', 'status'],
      maxRecords: MAX_REASONS,
    },
    purchaseOrderSchema.pick({ id: true, purchaseOrderNumber: true, status: true }),
    signal,
  );
  const labels = await statusLabels(client, signal);
  return rows
    .map((row) => ({ row, label: labels.get(row.status ?? -1) }))
    .filter(({ label }) => !label || !isClosedStatus(label))
    .map(({ row, label }) => ({
      poId: row.id,
      number: row.purchaseOrderNumber || String(row.id),
      reason: 'wrong-status' as const,
      message: `It is ${label ? `"${label}"` : 'in another status'}, not "${query.triggerStatus}".`,
    }));
}

async function statusLabels(client: AutotaskClient, signal?: AbortSignal): Promise<Map<number, string>> {
  const fields = await client.fields('PurchaseOrders', signal);
  const statusField = fields.find((f) => f.name.toLowerCase() === 'status');
  return new Map(
    (statusField?.picklistValues ?? []).map((v) => [Number(v.value), v.label] as [number, string]),
  );
}
