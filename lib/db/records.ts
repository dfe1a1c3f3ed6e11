// Row types of the extension database (db.ts). Plain data only: rows are structured-cloned into
// IndexedDB and some travel to extension pages. Only the fields named in db.ts's schema strings are
// indexed; every other field can grow without a schema version.
import type { AppErrorData } from '../errors/app-error';

export type ActivityResult = 'success' | 'partial' | 'failed';

export const OPERATION_TYPES = [
  'product-sync',
  'order-check',
  'order-submission',
  'status-update',
  'receiving',
  'connection',
  'maintenance',
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

/** Template id used for work a person started outside any template (a sidebar submission, Connect). */
export const MANUAL_TEMPLATE = 'manual';

export interface ActivityEntry {
  id?: number;
  /**
   * Epoch milliseconds (UTC). Numbers rather than ISO strings: they index compactly, compare without
   * parsing and make the `[template+at]` range scans of the 100,000-entry log view cheap (issue 6).
   */
  at: number;
  /** Template id, or MANUAL_TEMPLATE. */
  template: string;
  operation: OperationType;
  result: ActivityResult;
  summary: string;
  /** The distributor the work was for (registry id, lib/distributor/registry.ts), when it was for one. */
  distributor?: string;
  error?: AppErrorData;
  hintId?: string;
  /** Lower-cased, de-duplicated search keys: PO numbers, order numbers, SKUs (see activity.ts). */
  keys: string[];
  /** How many rows of `activityItems` belong to this entry. */
  itemCount: number;
  /** Outcome counts, e.g. `{ updated: 12, failed: 1 }`, for the list view without reading items. */
  counts?: Record<string, number>;
  durationMs?: number;
}

export interface ActivityItem {
  id?: number;
  entryId: number;
  /** Lower-cased search key (SKU, PO number, order number); `label` keeps the text as shown. */
  key: string;
  label: string;
  /** E.g. updated, created, unchanged, skipped, failed, accepted, rejected, backordered. */
  outcome: string;
  message?: string;
  error?: AppErrorData;
  hintId?: string;
  detail?: Record<string, string | number | boolean | null>;
}

/** Issue 3's exactly-once record. Not a log entry: never pruned. */
export type OutboxState = 'intent' | 'submitting' | 'accepted' | 'rejected' | 'unknown';

export interface OutboxRecord {
  /** The distributor PO number (`AT<ci>-<poId>`, `…-R2`): the idempotency key. */
  poNumber: string;
  poId: number;
  tenantId: number;
  /** Registry id of the distributor it was sent to; missing on older records (the registry's first). */
  distributor?: string;
  state: OutboxState;
  createdAt: number;
  updatedAt: number;
  /** The lines as they were when the intent was committed. */
  lines: { itemId: number; sku: string; quantity: number; unitPrice?: number }[];
  orderNumbers?: string[];
  /** Write-back to Autotask is resumable: pending until done (issue 3 §3). */
  writeBack?: 'pending' | 'done' | 'failed';
  /** When a NOTFOUND lookup was first seen; a resend needs a second lookup later (issue 3 §3). */
  notFoundAt?: number;
  lastError?: AppErrorData;
}

export type SkuSyncStatus = 'synced' | 'stale' | 'never' | 'invalid' | 'not-linked';

/** Issue 4's per-SKU state. Not a log entry: never pruned. */
export interface SkuState {
  /** The SKU; keyed per distributor by lib/products/store.ts (stateKey). */
  sku: string;
  /** Registry id; missing on records from before distributors were told apart (the registry's first). */
  distributor?: string;
  productId?: number;
  status: SkuSyncStatus;
  lastSyncAt?: number;
  unitCost?: number;
  unitPrice?: number;
  lastOutcome?: string;
  hintId?: string;
}

export interface RunRecord {
  templateId: string;
  state: 'idle' | 'running' | 'paused';
  /** The cursor of the last committed page; undefined when the last run finished. */
  checkpoint?: unknown;
  startedAt?: number;
  finishedAt?: number;
  progress?: { done: number; total: number };
  lastResult?: ActivityResult;
  lastRunAt?: number;
  /** One run per template at a time, across worker restarts and extension pages (run-lock.ts). */
  lockOwner?: string;
  lockExpiresAt?: number;
}

/** An AES-GCM ciphertext of one secret bundle (lib/settings/vault.ts). */
export interface SecretRecord {
  name: string;
  v: 1;
  iv: Uint8Array;
  data: Uint8Array;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Calls per service per minute, for the rolling-hour API budget (issue 2 §2). */
export interface ApiCallBucket {
  service: string;
  /** Minutes since the epoch (epoch ms / 60,000). */
  minute: number;
  count: number;
}
