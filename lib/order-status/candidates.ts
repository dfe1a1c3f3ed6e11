// Which distributor orders a status run looks up (issue 5 §1): every order not finished — those
// this browser submitted (outbox records in state `accepted`) and those another browser submitted,
// recognised by the order number(s) on the Autotask PO (lib/settings orderNumberField) of a PO
// whose vendor is TD SYNNEX. Both kinds get their distributor PO number the same way
// (lib/orders/po-number.ts); which re-submission (`-R<n>`) is resolved when the order is looked up.
import { purchaseOrderSchema } from '../autotask/schemas';
import type { AutotaskClient, Filter } from '../autotask/types';
import { db } from '../db/db';
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
  vendorId: number | undefined;
  orderNumberField: string;
  /** Only POs created in the last N days. */
  days?: number;
  /** Only this PO (sidebar `Refresh status`); finished orders are looked up again too. */
  poId?: number;
  now: number;
}

/** TD SYNNEX sales order numbers in the field's text, e.g. "40981234, 40981235" (issue 3 write-back). */
export function orderNumbersIn(text: string | null | undefined): string[] {
  return [...new Set((text ?? '').match(/\b\d{5,}\b/g) ?? [])];
}

const DAY_MS = 86_400_000;

const poRow = purchaseOrderSchema.pick({ id: true, createDateTime: true }).passthrough();

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
  const outbox = await db.outbox.where('state').equals('accepted').toArray();
  for (const record of outbox) {
    if (record.tenantId !== tenantId || (poId !== undefined && record.poId !== poId)) continue;
    if (query.days !== undefined && record.createdAt < query.now - query.days * DAY_MS) continue;
    out.set(record.poNumber, {
      poNumber: record.poNumber,
      poId: record.poId,
      tenantId,
      orderNumbers: record.orderNumbers ?? [],
      source: 'outbox',
      skuByItem: new Map(record.lines.map((line) => [line.itemId, line.sku])),
    });
  }
  if (query.vendorId !== undefined) {
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
    const submittedHere = new Set([...out.values()].map((c) => c.poId));
    for (const row of rows) {
      const numbers = orderNumbersIn(String((row as Record<string, unknown>)[query.orderNumberField] ?? ''));
      if (numbers.length === 0 || submittedHere.has(row.id)) continue;
      // An earlier lookup may have found the order under a re-submission's number (`-R2`).
      const known = tracked.find(
        (t) =>
          t.tenantId === tenantId && t.poId === row.id && t.orderNumbers.some((n) => numbers.includes(n)),
      );
      const poNumber = known?.poNumber ?? distributorPoNumber(tenantId, row.id);
      out.set(poNumber, { poNumber, poId: row.id, tenantId, orderNumbers: numbers, source: 'field' });
    }
  }
  return [...out.values()].filter((c) => !finished.has(c.poNumber));
}
