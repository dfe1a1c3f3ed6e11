// Which orders of one distributor a status run looks up (issue 5 §1): every order not finished of a
// PO whose vendor is that distributor's vendor company (the PO's vendor decides its distributor) —
// those this browser submitted (outbox records in state `accepted`) and those another browser
// submitted, recognised by the order number(s) on the Autotask PO (lib/settings orderNumberField).
// Both kinds get their distributor PO number the same way (lib/orders/po-number.ts); which
// re-submission (`-R<n>`) is resolved when the order is looked up.
import { purchaseOrderSchema } from '../autotask/schemas';
import type { AutotaskClient, Filter } from '../autotask/types';
import { store } from '../host/store';
import { distributorPoNumber } from '../orders/po-number';
import { allTracked } from './tracked';

export interface Candidate {
  poNumber: string;
  poId: number;
  tenantId: number;
  /** Order numbers known before the lookup (outbox, or the PO's order-number field). */
  orderNumbers: string[];
  /** outbox: this browser submitted it, so the PO number is exact; field: derived, attempt unknown. */
  source: 'outbox' | 'field';
  /** The SKU of each PO item, when the outbox recorded the lines. */
  skuByItem?: Map<number, string>;
}

export interface CandidateQuery {
  tenantId: number;
  /** The distributor's Autotask vendor company: only POs of this vendor are its orders. */
  vendorId: number;
  orderNumberField: string;
  /** Only POs created in the last N days. */
  days?: number;
  /** Only this PO (sidebar `Refresh status`); finished orders are looked up again too. */
  poId?: number;
  now: number;
}

/**
 * The distributor's order numbers in the field's text, e.g. "40981234, 40981235" (issue 3 write-back
 * joins them with ", "). Distributors number orders differently (digits only, or letters and digits
 * in dashed groups), so a number is any word of letters, digits and inner dashes of at least five
 * characters with at least three digits in it; ordinary words and short references are not.
 */
export function orderNumbersIn(text: string | null | undefined): string[] {
  const words = (text ?? '').match(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g) ?? [];
  return [...new Set(words.filter((w) => w.length >= 5 && (w.match(/\d/g) ?? []).length >= 3))];
}

const DAY_MS = 86_400_000;

const poRow = purchaseOrderSchema.pick({ id: true, createDateTime: true }).passthrough();
const poIdRow = purchaseOrderSchema.pick({ id: true });

/** Autotask wants UTC without an offset (API.md §6.7). */
const autotaskDateTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '');

export async function findCandidates(
  client: AutotaskClient,
  query: CandidateQuery,
  signal?: AbortSignal,
): Promise<Candidate[]> {
  const { tenantId, poId } = query;
  const tracked = await allTracked();
  const finished = new Set(
    poId === undefined ? tracked.filter((t) => t.finished).map((t) => t.poNumber) : [],
  );
  const out = new Map<string, Candidate>();
  const outbox = (await store().outbox.inState('accepted')).filter(
    (record) =>
      record.tenantId === tenantId &&
      (poId === undefined || record.poId === poId) &&
      (query.days === undefined || record.createdAt >= query.now - query.days * DAY_MS),
  );

  const filter: Filter[] = [
    { op: 'eq', field: 'vendorID', value: query.vendorId },
    { op: 'exist', field: query.orderNumberField },
  ];
  if (poId !== undefined) filter.push({ op: 'eq', field: 'id', value: poId });
  if (query.days !== undefined) {
    filter.push({
      op: 'gte',
      field: 'createDateTime',
      value: autotaskDateTime(query.now - query.days * DAY_MS),
    });
  }
  const cancelled = await client.picklistValue('PurchaseOrders', 'status', 'Cancel', signal);
  if (cancelled !== undefined) filter.push({ op: 'noteq', field: 'status', value: cancelled });
  const rows = await client.queryAll(
    'PurchaseOrders',
    { filter, includeFields: ['id', query.orderNumberField, 'createDateTime'] },
    poRow,
    signal,
  );

  // An outbox record is this distributor's when its PO's vendor is the distributor's vendor company.
  // Most are among the rows just read (the order numbers were written back); the others (write-back
  // still pending, a cancelled PO) are asked for in one more query.
  const ofVendor = new Set(rows.map((row) => row.id));
  const unknown = [...new Set(outbox.map((r) => r.poId).filter((id) => !ofVendor.has(id)))];
  if (unknown.length > 0) {
    const more = await client.queryIn(
      'PurchaseOrders',
      'id',
      unknown,
      poIdRow,
      { filter: [{ op: 'eq', field: 'vendorID', value: query.vendorId }], includeFields: ['id'] },
      signal,
    );
    for (const row of more) ofVendor.add(row.id);
  }
  for (const record of outbox) {
    if (!ofVendor.has(record.poId)) continue;
    out.set(record.poNumber, {
      poNumber: record.poNumber,
      poId: record.poId,
      tenantId,
      orderNumbers: record.orderNumbers ?? [],
      source: 'outbox',
      skuByItem: new Map(record.lines.map((line) => [line.itemId, line.sku])),
    });
  }

  const submittedHere = new Set([...out.values()].map((c) => c.poId));
  for (const row of rows) {
    const numbers = orderNumbersIn(String((row as Record<string, unknown>)[query.orderNumberField] ?? ''));
    if (numbers.length === 0 || submittedHere.has(row.id)) continue;
    // An earlier lookup may have found the order under a re-submission's number (`-R2`).
    const known = tracked.find(
      (t) => t.tenantId === tenantId && t.poId === row.id && t.orderNumbers.some((n) => numbers.includes(n)),
    );
    const poNumber = known?.poNumber ?? distributorPoNumber(tenantId, row.id);
    out.set(poNumber, { poNumber, poId: row.id, tenantId, orderNumbers: numbers, source: 'field' });
  }
  return [...out.values()].filter((c) => !finished.has(c.poNumber));
}
