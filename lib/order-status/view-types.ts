// The order-status vocabulary and the plain-data views the sidebar and popup show (issue 5 §1–§2).
// No imports: components read the labels from here without pulling in storage or API clients.

/** Header codes map directly; PARTIALLY_SHIPPED and BACKORDERED are derived from the lines. */
export const NORMALISED_STATUSES = [
  'ACCEPTED',
  'HOLD',
  'BACKORDERED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'REJECTED',
  'DELETED',
  'NOTFOUND',
  'UNKNOWN',
] as const;
export type NormalisedStatus = (typeof NORMALISED_STATUSES)[number];

/**
 * The rows of the status mapping. NOTFOUND and UNKNOWN have none: UNKNOWN changes nothing (it is
 * logged), and NOTFOUND says nothing about the goods. Partial shipments have their own row because
 * "Partial shipments not updating" is a known support case whose hint points at it.
 */
export const MAPPABLE_STATUSES = [
  'ACCEPTED',
  'HOLD',
  'BACKORDERED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'REJECTED',
  'DELETED',
] as const satisfies readonly NormalisedStatus[];
export type MappableStatus = (typeof MAPPABLE_STATUSES)[number];

export const STATUS_LABELS: Record<NormalisedStatus, string> = {
  ACCEPTED: 'Accepted',
  HOLD: 'On hold',
  BACKORDERED: 'Backordered',
  PARTIALLY_SHIPPED: 'Partially shipped',
  SHIPPED: 'Shipped',
  INVOICED: 'Invoiced',
  REJECTED: 'Rejected',
  DELETED: 'Deleted',
  NOTFOUND: 'Not found',
  UNKNOWN: 'Unknown',
};

/** One row of the mapping: an Autotask PO status id, "no change", or "note only" (memo, no status). */
export type MappingChoice = { kind: 'status'; statusId: number } | { kind: 'none' } | { kind: 'note' };

export interface PackageView {
  trackingNumber: string;
  quantity: number;
  serialNumbers: string[];
  carrier?: string;
  /** The carrier's tracking page, when the carrier is known. */
  trackingUrl?: string;
}

export interface OrderLineView {
  lineNumber: number;
  sku: string;
  description?: string;
  orderNumber?: string;
  code: string;
  ordered: number;
  shipped: number;
  eta?: string;
  shipDate?: string;
  carrier?: string;
  reason?: string;
  packages: PackageView[];
}

export interface TimelineEvent {
  /** ISO date-time of the run that saw the change. */
  at: string;
  status: NormalisedStatus;
  /** E.g. "Accepted", "Shipped 2 of 3". */
  label: string;
}

/** One sales order at the distributor: one PO may become several (one per ship-from warehouse). */
export interface DistributorOrderView {
  orderNumber: string;
  status: NormalisedStatus;
  label: string;
  events: TimelineEvent[];
}

export interface OrderIssueView {
  at: string;
  hintId: string;
  message: string;
}

export interface TrackedOrderView {
  /** The distributor PO number (`AT<ci>-<poId>`). */
  poNumber: string;
  poId: number;
  /** The registry id of the PO's distributor; unknown for an order no status run has looked up yet. */
  distributor?: string;
  purchaseOrderNumber?: string;
  status: NormalisedStatus;
  statusLabel: string;
  finished: boolean;
  checkedAt: string;
  orders: DistributorOrderView[];
  lines: OrderLineView[];
  issues: OrderIssueView[];
}

export interface PurchaseOrderStatusView {
  poId: number;
  /** The registry id of the PO's distributor, once known (a lookup, or the PO's vendor). */
  distributor?: string;
  /** Empty until a status run (scheduled or `Refresh status`) has looked this PO up. */
  tracked: TrackedOrderView[];
  /** Set when `Refresh status` found nothing to look up (no order for this PO). */
  note?: string;
}

export interface OrderStatusSettingsView {
  settings: {
    enabled: boolean;
    frequency: { every: 'hour' } | { every: 'minutes'; minutes: number } | { every: 'day'; at: string };
    scope: 'active' | 'recent-30' | 'recent-60' | 'recent-90';
    receiving: 'never' | 'when-shipped';
    mapping: Partial<Record<MappableStatus, MappingChoice>>;
  };
  /** The tenant's active PO statuses, which a mapping may set. */
  statusOptions: { id: number; label: string }[];
  /**
   * While nothing is mapped yet (a new install): a mapping read from the statuses' names, shown as
   * proposed until the user confirms it (issue 10 §1).
   */
  proposedMapping?: Partial<Record<MappableStatus, MappingChoice>>;
}
