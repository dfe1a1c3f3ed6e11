// Plain-data views of checks and submissions (issue 3). They cross context boundaries (sidebar,
// review window, content script), so nothing here may hold a secret.
import type { SkuSyncStatus } from '../db/records';
import type { WarehouseStock } from '../distributor/adapter';
import type { OutboxState } from '../db/records';

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
  /** TD SYNNEX's reseller price now. */
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
  /** 'already-ordered': the TD SYNNEX order number(s) known, so the sidebar shows "Ordered" (issue 10 §3). */
  orderNumbers?: string[];
}

export interface OrderCheckView {
  poId: number;
  /** The Autotask PO number shown to people, e.g. PO-1042. */
  poNumber: string;
  checkedAt: string;
  lines: CheckedLine[];
  blocking: BlockingProblem[];
  /** Σ quantity × TD SYNNEX price; undefined when a price is missing. */
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
  /** The TD SYNNEX warehouse id the line ships from, as the order answer reports it. */
  warehouse?: string;
}

export interface SubmissionView {
  poId: number;
  /** The distributor PO number (`AT<ci>-<poId>[-Rn]`). */
  distributorPoNumber: string;
  attempt: number;
  state: OutboxState;
  orderNumbers: string[];
  /** 'partial' when TD SYNNEX accepted some lines and refused others. */
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
