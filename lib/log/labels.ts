// The words the log shows for its stored ids (issue 10 §2: "no raw codes or internal words on
// screen"): template ids, operation types, per-item outcomes and results. One table for every reader —
// the log page, the popup, the CSV export and the support report — so the screen and the CSV agree.
// Plain data (and the distributor registry, data only), so extension pages may import it too.
import { distributorById, isDistributorId } from '../distributor/registry';

const TEMPLATE_LABELS: Readonly<Record<string, string>> = {
  manual: 'Manual',
  'create-orders': 'Create Orders from Autotask',
  'order-status': 'Get Order Status',
  'product-sync': 'Product Sync',
};

const OPERATION_LABELS: Readonly<Record<string, string>> = {
  'product-sync': 'Product sync',
  'order-check': 'Order check',
  'order-submission': 'Order submission',
  'status-update': 'Status update',
  receiving: 'Receiving',
  connection: 'Connection',
  maintenance: 'Maintenance',
};

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  // Product Sync
  updated: 'Updated',
  created: 'Created',
  deactivated: 'Made inactive',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
  failed: 'Failed',
  invalid: 'Unknown SKU',
  // Order check / submission lines
  ok: 'OK',
  ready: 'Ready',
  'price-changed': 'Price changed',
  'low-stock': 'Low stock',
  'out-of-stock': 'Out of stock',
  'invalid-sku': 'Unknown SKU',
  discontinued: 'Discontinued',
  accepted: 'Accepted',
  rejected: 'Rejected',
  backordered: 'Backordered',
  intent: 'Not sent yet',
  submitting: 'Being sent',
  unknown: 'Outcome not known yet',
  // Create Orders: why a PO waiting in the trigger status was not ordered
  'not-ordered': 'Not ordered',
  'already-ordered': 'Already ordered',
  'wrong-status': 'Other status',
  'wrong-vendor': 'Other vendor',
  error: 'Failed',
};

const RESULT_LABELS: Readonly<Record<string, string>> = {
  success: 'Success',
  partial: 'Partial success',
  failed: 'Failed',
};

/** "some-internal-id" → "Some internal id": never shows a hyphenated code for an id not in a table. */
function humanise(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words === '' ? id : words.charAt(0).toUpperCase() + words.slice(1);
}

export function templateLabel(id: string): string {
  return TEMPLATE_LABELS[id] ?? humanise(id);
}

export function operationLabel(op: string): string {
  return OPERATION_LABELS[op] ?? humanise(op);
}

export function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome] ?? humanise(outcome);
}

export function resultLabel(result: string): string {
  return RESULT_LABELS[result] ?? humanise(result);
}

/** A log entry's distributor (registry id) by its label; an id no longer registered reads humanised. */
export function distributorName(id: string): string {
  return isDistributorId(id) ? distributorById(id).label : humanise(id);
}
