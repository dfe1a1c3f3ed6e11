// Whether one item of a log entry (a SKU of a sync, a line of a check or order) is a problem to show
// in red with its resolution — shared by an entry's details and the sidebar's activity for a key.
import type { LogItemView } from '../../lib/messaging/results';

const PROBLEM_OUTCOMES = new Set(['failed', 'rejected', 'error', 'invalid', 'invalid-sku']);
/** Outcomes that are fine even when the item carries a hint (e.g. a price that was updated). */
const FINE_OUTCOMES = new Set(['ok', 'updated', 'created', 'unchanged', 'deactivated', 'accepted']);

export function isProblemItem(item: LogItemView): boolean {
  return (
    PROBLEM_OUTCOMES.has(item.outcome) ||
    item.error !== undefined ||
    (item.hintId !== undefined && !FINE_OUTCOMES.has(item.outcome))
  );
}
