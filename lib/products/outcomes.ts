// Per-SKU outcomes of a run (issue 4 §2: updated, created, unchanged, skipped with reason, failed
// with hint). Kept compact because a run's outcomes travel in its checkpoint until the run's one
// activity entry is written.
import type { SkuSyncStatus } from '../db/records';

export type SkuOutcomeKind = 'updated' | 'created' | 'deactivated' | 'unchanged' | 'skipped' | 'failed';

export interface SkuOutcome {
  sku: string;
  outcome: SkuOutcomeKind;
  productId?: number;
  message?: string;
  hintId?: string;
  /** What changed, e.g. { unitCost: '10.00 → 10.50' }. */
  changes?: Record<string, string>;
  /** The derived sync status this outcome leaves behind (db.skuState). */
  status: SkuSyncStatus;
  /** The distributor's cost and our price, when known. */
  cost?: number;
  price?: number;
}

export function countOutcomes(outcomes: readonly SkuOutcome[], into: Record<string, number> = {}) {
  for (const o of outcomes) into[o.outcome] = (into[o.outcome] ?? 0) + 1;
  return into;
}
