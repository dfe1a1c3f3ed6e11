// The vendor-neutral distributor adapter (APIS.md §4). Callers (sync templates, the background)
// only ever see these types, so a further distributor is a new folder next to
// the others, not a change to any caller. Every method throws AppError (lib/errors) on failure.

export type ItemRef = { distributorSku: string } | { mfgPartNumber: string };

export interface WarehouseStock {
  id: string;
  name: string;
  qty: number;
}

export type ProductStatus = 'active' | 'discontinued' | 'notFound';

/** One per requested item, in request order; a bad SKU is a per-item result, never a batch failure. */
export interface PriceAvailability {
  request: ItemRef;
  status: ProductStatus;
  distributorSku?: string;
  mfgPartNumber?: string;
  manufacturer?: string;
  description?: string;
  /** Reseller cost in the account currency. Undefined for notFound. */
  unitCost?: number;
  msrp?: number;
  totalAvailable: number;
  warehouses: WarehouseStock[];
}

export interface ShipTo {
  name: string;
  address1: string;
  address2?: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  contactName?: string;
  phone?: string;
  email?: string;
}

export interface OrderLine {
  lineNumber: number;
  distributorSku: string;
  quantity: number;
  unitPrice?: number;
}

export interface OrderRequest {
  /** The idempotency key: derived from the Autotask tenant and PO, ≤ 30 characters. */
  poNumber: string;
  shipTo: ShipTo;
  shipMethod?: string;
  shipFromWarehouse?: string;
  allowBackorder: boolean;
  comment?: string;
  lines: OrderLine[];
}

export type LineOutcome = 'accepted' | 'rejected' | 'backordered';

export interface OrderResult {
  poNumber: string;
  /** accepted: every line accepted or backordered; partial: some rejected; rejected: none accepted. */
  result: 'accepted' | 'partial' | 'rejected';
  /** Set when the distributor refused the PO number as already used. Reconcile; never resend. */
  duplicate: boolean;
  reason?: string;
  orderNumbers: string[];
  lines: {
    lineNumber: number;
    distributorSku: string;
    quantity: number;
    outcome: LineOutcome;
    orderNumber?: string;
    reason?: string;
    eta?: string;
    warehouse?: string;
  }[];
}

export type OrderStatusCode =
  'ACCEPTED' | 'HOLD' | 'SHIPPED' | 'INVOICED' | 'REJECTED' | 'DELETED' | 'NOTFOUND' | 'UNKNOWN';

export interface Package {
  trackingNumber: string;
  quantity: number;
  serialNumbers: string[];
}

export interface OrderStatusLine {
  lineNumber: number;
  code: string;
  orderNumber?: string;
  distributorSku: string;
  mfgPartNumber?: string;
  description?: string;
  orderedQty: number;
  shippedQty: number;
  unitPrice?: number;
  shipDate?: string;
  shipMethod?: string;
  warehouse?: string;
  eta?: string;
  /** Why the line was rejected or held, when the distributor says. */
  reason?: string;
  packages: Package[];
}

export interface OrderStatus {
  poNumber: string;
  code: OrderStatusCode;
  reason?: string;
  orderedAt?: string;
  lines: OrderStatusLine[];
}

export interface DistributorCapabilities {
  id: string;
  displayName: string;
  /** Max items in one price & availability request; the adapter chunks larger lists itself. */
  maxPriceBatch: number;
  /** Max requests in flight toward this distributor. */
  concurrency: number;
}

export interface DistributorAdapter {
  readonly capabilities: DistributorCapabilities;
  priceAvailability(items: ItemRef[], signal?: AbortSignal): Promise<PriceAvailability[]>;
  /** A write: sent once, never retried. A lost response throws AppError with outcomeUnknown=true. */
  submitOrder(order: OrderRequest, signal?: AbortSignal): Promise<OrderResult>;
  /** `code: 'NOTFOUND'` when no order has this PO number. */
  orderStatus(poNumber: string, signal?: AbortSignal): Promise<OrderStatus>;
}
