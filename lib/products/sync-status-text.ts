// A SKU's Product Sync status in words (issue 4 §3): one table for the sidebar, the product panel
// and the inline badges the content script adds to the PO page.
import type { SkuSyncStatus } from '../db/records';

export const SYNC_STATUS_TEXT: Record<SkuSyncStatus, string> = {
  synced: 'Synced',
  stale: 'Stale',
  never: 'Never synced',
  invalid: 'Invalid SKU',
  'not-linked': 'Not linked',
};
