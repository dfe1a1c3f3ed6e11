// Plain-data views of checks and submissions (issue 3). They cross context boundaries (sidebar,
// review window, content script), so nothing here may hold a secret.
import type { SkuSyncStatus } from '../db/records';
import type { WarehouseStock } from '../distributor/adapter';
import type { OutboxState } from '../db/records';
import type { LineOffer } from './compare';
import type { DistributorRef } from './route';

export type { DistributorRef } from './route';
export type { LineOffer } from './compare';

/** The badge of one line after a check (issue 3 §1); the inline page badges show the same value. */
export type LineBadge =
  'ok' | 'price-changed' | 'low-stock' | 'out-of-stock' | 'invalid-sku' | 'discontinued';

export interface CheckedLine {
  itemId: number;
  sku: string;
  description: string;
  quantity: number;
  /** Autotask's unit cost on the PO line. */
  unitCost?: number;
  /** The PO's distributor's reseller price now. */
  distributorPrice?: number;
  /** Signed, relative to the Autotask unit cost, rounded to 0.1 %. */
  driftPercent?: number;
  totalAvailable: number;
  warehouses: WarehouseStock[];
  /** Ordered quantity above the stock available: shipped later if backorders are allowed. */
  backorderQty: number;
  badge: LineBadge;
  hintId?: string;
  message?: string;
  /** Side by side (issue 12 §3): the other connected distributors' offers, registry order. */
  offers?: LineOffer[];
  /** Registry id of the better choice for this line (in stock, then cheaper); set when offers exist. */
  best?: string;
  /** Said when the better choice is not the PO's distributor, e.g. "… has 40 in stock at 1,071.20 …". */
  bestNote?: string;
}

export type BlockingCode =
  | 'not-distributor-vendor'
  | 'po-closed'
  | 'missing-ship-to'
  | 'no-lines'
  | 'invalid-sku'
  | 'already-ordered'
  | 'in-progress';

export interface BlockingProblem {
  code: BlockingCode;
  message: string;
  hintId?: string;
  /** 'already-ordered': the distributor's order number(s) known, so the sidebar shows "Ordered" (issue 10 §3). */
  orderNumbers?: string[];
}

export interface OrderCheckView {
  poId: number;
  /** The PO's distributor, whose prices and stock these are (undefined only in an older view). */
  distributor?: DistributorRef;
  /** The Autotask PO number shown to people, e.g. PO-1042. */
  poNumber: string;
  checkedAt: string;
  lines: CheckedLine[];
  blocking: BlockingProblem[];
  /** Σ quantity × the distributor's price; undefined when a price is missing. */
  distributorTotal?: number;
  /** Warehouses stocking any line, for the review's "Ship from" choice. */
  warehouses: { id: string; name: string }[];
  priceDriftPercent: number;
  /** Create Orders' backorder setting: the review window's default for "Allow backorders". */
  backorderPolicy?: 'allow' | 'reject';
}

export interface SubmissionLineView {
  sku: string;
  quantity: number;
  outcome?: 'accepted' | 'rejected' | 'backordered';
  orderNumber?: string;
  eta?: string;
  reason?: string;
  /** The distributor's warehouse id the line ships from, as the order answer reports it. */
  warehouse?: string;
}

export interface SubmissionView {
  poId: number;
  /** The distributor the order went to (an older record: the registry's first). */
  distributor?: DistributorRef;
  /** The distributor PO number (`AT<ci>-<poId>[-Rn]`). */
  distributorPoNumber: string;
  attempt: number;
  state: OutboxState;
  orderNumbers: string[];
  /** 'partial' when the distributor accepted some lines and refused others. */
  result?: 'accepted' | 'partial' | 'rejected';
  writeBack?: 'pending' | 'done' | 'failed';
  /** The PO's lines in Autotask differ from what was ordered (issue 3 §3: flagged, never hidden). */
  linesChanged: boolean;
  message: string;
  hintId?: string;
  lines: SubmissionLineView[];
  /** True when only an explicit `Re-submit as new order` (…-R<n+1>) can order this PO again. */
  canResubmit: boolean;
}

/** What the content script may learn for its inline badges: SKU and badge, nothing else. */
export interface LineBadgeView {
  sku: string;
  badge: LineBadge;
  /** Issue 4: the SKU's Product Sync status, added by the content script (lib/products/badge-sync.ts). */
  sync?: SkuSyncStatus;
  /** Issue 10 §3: once the PO is ordered the badge says so instead of the last check's result. */
  order?: 'ordered' | 'rejected';
  orderNumber?: string;
  /** The PO's distributor (registry id): the badge names it. */
  distributor?: string;
}

/** A PO the Create Orders template found ready but did not submit (manual mode, or template off). */
export interface WaitingPurchaseOrder {
  poId: number;
  number: string;
  statusLabel: string;
  /** Why it waits: the template is manual or off, or its check found a problem. */
  reason: string;
  hintId?: string;
}
