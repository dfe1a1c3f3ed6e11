// Finding the order at the PO's distributor and the SKUs of the PO's items. An order another browser placed
// is known only by its order numbers on the PO; its distributor PO number is derived the same way
// as ours (lib/orders/po-number.ts), and a re-submission (`-R2`…) is found by probing the next few
// numbers for the one whose sales orders match.
import { productSchema, productVendorSchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter, OrderStatus } from '../distributor/adapter';
import { distributorPoNumber, parseDistributorPoNumber } from '../orders/po-number';
import type { Candidate } from './candidates';

/** How many re-submissions (`-R2`, `-R3`…) are probed for an order another browser placed. */
export const MAX_RESUBMISSIONS_PROBED = 3;

const sharesOrderNumber = (status: OrderStatus, numbers: readonly string[]) =>
  numbers.length === 0 ||
  status.lines.some((l) => l.orderNumber !== undefined && numbers.includes(l.orderNumber));

/** The answer for this order; for an order placed elsewhere, the re-submission whose numbers match. */
export async function lookUp(candidate: Candidate, distributor: DistributorAdapter, signal?: AbortSignal) {
  const first = await distributor.orderStatus(candidate.poNumber, signal);
  if (candidate.source === 'outbox') return first;
  if (first.code !== 'NOTFOUND' && sharesOrderNumber(first, candidate.orderNumbers)) return first;
  const attempt = parseDistributorPoNumber(candidate.poNumber)?.attempt ?? 1;
  for (let n = Math.max(2, attempt + 1); n <= attempt + MAX_RESUBMISSIONS_PROBED; n++) {
    const next = await distributor.orderStatus(
      distributorPoNumber(candidate.tenantId, candidate.poId, n),
      signal,
    );
    if (next.code === 'NOTFOUND') break;
    if (sharesOrderNumber(next, candidate.orderNumbers)) return next;
  }
  return first;
}

// Picked from the one schema per entity (lib/autotask/schemas.ts, issue 11 §5).
export const productRow = productSchema.pick({ id: true, isSerialized: true });
const vendorRow = productVendorSchema.pick({ productID: true, vendorPartNumber: true, isActive: true });

/** The SKU of each product at the distributor: its ProductVendors row for the distributor's vendor company. */
export async function skusOf(
  client: AutotaskClient,
  productIds: number[],
  vendorId: number,
  signal?: AbortSignal,
) {
  const rows = productIds.length
    ? await client.queryIn(
        'ProductVendors',
        'productID',
        productIds,
        vendorRow,
        { filter: [{ op: 'eq', field: 'vendorID', value: vendorId }] },
        signal,
      )
    : [];
  const sku = new Map<number, string>();
  for (const row of [...rows].sort((a, b) => Number(b.isActive !== false) - Number(a.isActive !== false))) {
    if (row.vendorPartNumber && !sku.has(row.productID)) sku.set(row.productID, row.vendorPartNumber.trim());
  }
  return sku;
}
