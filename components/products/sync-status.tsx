// A SKU's Product Sync status as words (issue 4 §3), for the product panel, the PO lines and badges,
// and when it was last synced, in words that read well next to it ("Synced" · "3 hours ago").
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

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "yesterday", "just now": how long since `iso`, for "Last synced". */
export function syncedAgo(iso: string, now: number = Date.now()): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const elapsed = Math.max(0, now - at);
  const words = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return words.format(-Math.floor(elapsed / ms), unit);
  }
  return 'just now';
}
