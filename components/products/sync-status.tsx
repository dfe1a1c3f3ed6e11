// A SKU's Product Sync status as words (issue 4 §3), for the product panel, the PO lines and badges.
import type { SkuSyncStatus } from '../../lib/products/views';
import { SYNC_STATUS_TEXT } from '../../lib/products/sync-status-text';

const CLASS: Record<SkuSyncStatus, string> = {
  synced: 'status-ok',
  stale: 'status-warn',
  never: 'status-warn',
  invalid: 'status-warn',
  'not-linked': 'muted',
};

export function SyncStatus({ status }: { status: SkuSyncStatus }) {
  return (
    <span className={CLASS[status]} title="Product Sync status">
      {SYNC_STATUS_TEXT[status]}
    </span>
  );
}
