// The purchase order as the sidebar shows it (issue 2 §6, issue 3 §1). Everything is read here, in
// the background, from Autotask: the PO id a page reports is only a hint of which PO to read.
// Reads: PO (1) + fields picklist (cached by the client) + items + products + vendor rows + vendor
// company — each list in one `in` query, so the cost does not grow with the number of lines.
import {
  companySchema,
  productSchema,
  productVendorSchema,
  purchaseOrderProductItemSchema,
  purchaseOrderSchema,
} from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import { AppError } from '../errors/app-error';
import type { PurchaseOrderLineView, PurchaseOrderView } from '../messaging/results';
import type { DistributorVendor } from '../sync/services';
import { distributorForPo, distributorRef } from './route';

// Picked from the one schema per entity (lib/autotask/schemas.ts, issue 11 §5): quantities are
// positive integers there, so a line of −3 or 2.5 is a malformed answer, never a total.
const purchaseOrder = purchaseOrderSchema.pick({
  id: true,
  purchaseOrderNumber: true,
  status: true,
  vendorID: true,
  shipToName: true,
  shipToAddress1: true,
  shipToAddress2: true,
  shipToCity: true,
  shipToState: true,
  shipToPostalCode: true,
  externalPONumber: true,
});
const item = purchaseOrderProductItemSchema.pick({
  id: true,
  orderID: true,
  productID: true,
  quantity: true,
  unitCost: true,
});
const product = productSchema.pick({
  id: true,
  name: true,
  description: true,
  manufacturerProductName: true,
});
const productVendor = productVendorSchema.pick({
  id: true,
  productID: true,
  vendorID: true,
  vendorPartNumber: true,
  isActive: true,
});
const company = companySchema.pick({ id: true, companyName: true });
const idOnly = purchaseOrderSchema.pick({ id: true });

export interface PurchaseOrderViewDeps {
  client: AutotaskClient;
  /** Every registered distributor with its vendor company (lib/sync/services.ts), registry order. */
  vendors: readonly DistributorVendor[];
}

/** The PO as the sidebar shows it, and what only the background needs besides. */
export interface PurchaseOrderRead {
  view: PurchaseOrderView;
  /**
   * Per product, its SKU at each OTHER distributor that has a vendor company (registry id → SKU),
   * from the ProductVendors rows of those vendors: side by side looks a line up by it (issue 12 §3).
   */
  otherSkus: Map<number, Map<string, string>>;
}

export async function getPurchaseOrderView(
  poId: number,
  deps: PurchaseOrderViewDeps,
  signal?: AbortSignal,
): Promise<PurchaseOrderView> {
  return (await readPurchaseOrder(poId, deps, signal)).view;
}

export async function readPurchaseOrder(
  poId: number,
  { client, vendors }: PurchaseOrderViewDeps,
  signal?: AbortSignal,
): Promise<PurchaseOrderRead> {
  const po = await client.get('PurchaseOrders', poId, purchaseOrder, signal);
  if (!po) {
    // `{"item": null}` also when the security level hides the PO (API.md §1.3).
    throw new AppError({
      kind: 'not-found',
      service: 'autotask',
      status: 200,
      message: `Purchase order ${poId} was not found in Autotask, or this API user cannot see it.`,
    });
  }
  const [items, statusLabel, vendor] = await Promise.all([
    client.queryIn('PurchaseOrderItems', 'orderID', [po.id], item, undefined, signal),
    picklistLabel(client, 'PurchaseOrders', 'status', po.status, signal),
    client.get('Companies', po.vendorID, company, signal),
  ]);
  const productIds = [...new Set(items.map((row) => row.productID))];
  const distributor = distributorForPo(vendors, po);
  // The lines show the PO vendor's part numbers; the other distributors' vendor rows come in the same
  // query (their SKUs for side by side).
  const others = vendors.filter(
    (v): v is DistributorVendor & { vendorId: number } =>
      v.vendorId !== undefined && v.vendorId !== po.vendorID,
  );
  const vendorIds = [po.vendorID, ...new Set(others.map((v) => v.vendorId))];
  const [products, vendorRows] = productIds.length
    ? await Promise.all([
        client.queryIn('Products', 'id', productIds, product, undefined, signal),
        client.queryIn(
          'ProductVendors',
          'productID',
          productIds,
          productVendor,
          {
            filter: [
              vendorIds.length === 1
                ? { op: 'eq', field: 'vendorID', value: po.vendorID }
                : { op: 'in', field: 'vendorID', value: vendorIds },
            ],
          },
          signal,
        ),
      ])
    : [[], []];

  const productsById = new Map(products.map((row) => [row.id, row]));
  // Per vendor company, per product: an active vendor row wins over an inactive one; the first of
  // each kind wins (ids ascend).
  const skusByVendor = new Map<number, Map<number, string>>();
  for (const row of [...vendorRows].sort(
    (a, b) => Number(b.isActive !== false) - Number(a.isActive !== false),
  )) {
    const skus = skusByVendor.get(row.vendorID) ?? new Map<number, string>();
    skusByVendor.set(row.vendorID, skus);
    if (row.vendorPartNumber && !skus.has(row.productID)) skus.set(row.productID, row.vendorPartNumber);
  }
  const skuByProduct = skusByVendor.get(po.vendorID) ?? new Map<number, string>();
  const otherSkus = new Map<number, Map<string, string>>();
  for (const other of others) {
    for (const [productId, sku] of skusByVendor.get(other.vendorId) ?? []) {
      const bySku = otherSkus.get(productId) ?? new Map<string, string>();
      otherSkus.set(productId, bySku);
      bySku.set(other.id, sku);
    }
  }

  const lines: PurchaseOrderLineView[] = items.map((row) => {
    const p = productsById.get(row.productID);
    return {
      itemId: row.id,
      productId: row.productID,
      sku: skuByProduct.get(row.productID) ?? '',
      ...(p?.manufacturerProductName ? { mfgPartNumber: p.manufacturerProductName } : {}),
      description: p?.description || p?.name || `Product ${row.productID}`,
      quantity: row.quantity,
      ...(row.unitCost != null ? { unitCost: row.unitCost } : {}),
    };
  });
  // A blank cost (API user that cannot read costs) makes the total unknown, never a smaller number.
  const total = lines.every((line) => line.unitCost !== undefined)
    ? Math.round(lines.reduce((sum, line) => sum + line.quantity * (line.unitCost ?? 0), 0) * 100) / 100
    : undefined;

  const view: PurchaseOrderView = {
    id: po.id,
    number: po.purchaseOrderNumber || String(po.id),
    statusId: po.status,
    statusLabel: statusLabel ?? `Status ${po.status}`,
    vendorId: po.vendorID,
    vendorName: vendor?.companyName ?? `Company ${po.vendorID}`,
    isDistributorVendor: distributor !== undefined,
    ...(distributor ? { distributor: distributorRef(distributor.id) } : {}),
    shipTo: {
      name: po.shipToName ?? '',
      address1: po.shipToAddress1 ?? '',
      ...(po.shipToAddress2 ? { address2: po.shipToAddress2 } : {}),
      city: po.shipToCity ?? '',
      state: po.shipToState ?? '',
      postalCode: po.shipToPostalCode ?? '',
    },
    ...(po.externalPONumber ? { externalPONumber: po.externalPONumber } : {}),
    ...(total !== undefined ? { total } : {}),
    lines,
  };
  return { view, otherSkus };
}

/** Picklist ids differ per tenant; the label is read from entityInformation/fields (API.md §6.9). */
async function picklistLabel(
  client: AutotaskClient,
  entity: string,
  field: string,
  value: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const fields = await client.fields(entity, signal);
  const info = fields.find((f) => f.name.toLowerCase() === field.toLowerCase());
  return info?.picklistValues.find((v) => Number(v.value) === value)?.label;
}

const PO_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;

/**
 * The sidebar's "Find purchase order" box: a purchase order number ("PO-1042") first, then — for a
 * number — the id. Returns undefined when nothing matches.
 */
export async function findPurchaseOrder(
  query: string,
  client: AutotaskClient,
  signal?: AbortSignal,
): Promise<number | undefined> {
  const text = query.trim();
  if (!PO_NUMBER.test(text)) return undefined;
  const byNumber = await client.queryAll(
    'PurchaseOrders',
    {
      filter: [{ op: 'eq', field: 'purchaseOrderNumber', value: text }],
      includeFields: ['id'],
      maxRecords: 1,
    },
    idOnly,
    signal,
  );
  if (byNumber[0]) return byNumber[0].id;
  if (/^\d+$/.test(text)) {
    const id = Number(text);
    if (Number.isSafeInteger(id) && id > 0) {
      const po = await client.get('PurchaseOrders', id, idOnly, signal);
      if (po) return po.id;
    }
  }
  return undefined;
}
