// The record ↔ column maps of schema-v1.ts's tables (names as in lib/db/records.ts, columns in
// snake_case). A field missing here is still kept, in `extra` (columns.ts).
import type { ActivityEntry, ActivityItem, OutboxRecord, RunRecord, SkuState } from '../../lib/db/records';
import { col } from './columns';
import type { TableMap } from './columns';

export const ACTIVITY: TableMap<ActivityEntry> = {
  table: 'activity',
  columns: {
    id: col('id', 'bigint'),
    at: col('at', 'bigint'),
    template: col('template', 'text'),
    operation: col('operation', 'text'),
    result: col('result', 'text'),
    summary: col('summary', 'text'),
    distributor: col('distributor', 'text'),
    error: col('error', 'jsonb'),
    hintId: col('hint_id', 'text'),
    keys: col('keys', 'text[]'),
    itemCount: col('item_count', 'integer'),
    counts: col('counts', 'jsonb'),
    durationMs: col('duration_ms', 'bigint'),
  },
};

export const ITEMS: TableMap<ActivityItem> = {
  table: 'activity_items',
  columns: {
    id: col('id', 'bigint'),
    entryId: col('entry_id', 'bigint'),
    key: col('key', 'text'),
    label: col('label', 'text'),
    outcome: col('outcome', 'text'),
    message: col('message', 'text'),
    error: col('error', 'jsonb'),
    hintId: col('hint_id', 'text'),
    detail: col('detail', 'jsonb'),
  },
};

export const OUTBOX: TableMap<OutboxRecord> = {
  table: 'outbox',
  columns: {
    poNumber: col('po_number', 'text'),
    poId: col('po_id', 'bigint'),
    tenantId: col('tenant_id', 'bigint'),
    distributor: col('distributor', 'text'),
    state: col('state', 'text'),
    createdAt: col('created_at', 'bigint'),
    updatedAt: col('updated_at', 'bigint'),
    lines: col('lines', 'jsonb'),
    orderNumbers: col('order_numbers', 'jsonb'),
    writeBack: col('write_back', 'text'),
    notFoundAt: col('not_found_at', 'bigint'),
    lastError: col('last_error', 'jsonb'),
  },
};

export const RUNS: TableMap<RunRecord> = {
  table: 'runs',
  columns: {
    templateId: col('template_id', 'text'),
    state: col('state', 'text'),
    checkpoint: col('checkpoint', 'jsonb'),
    startedAt: col('started_at', 'bigint'),
    finishedAt: col('finished_at', 'bigint'),
    progress: col('progress', 'jsonb'),
    lastResult: col('last_result', 'text'),
    lastRunAt: col('last_run_at', 'bigint'),
    lockOwner: col('lock_owner', 'text'),
    lockExpiresAt: col('lock_expires_at', 'bigint'),
  },
};

export const SKU_STATE: TableMap<SkuState> = {
  table: 'sku_state',
  columns: {
    sku: col('sku', 'text'),
    distributor: col('distributor', 'text'),
    productId: col('product_id', 'bigint'),
    status: col('status', 'text'),
    lastSyncAt: col('last_sync_at', 'bigint'),
    unitCost: col('unit_cost', 'double precision'),
    unitPrice: col('unit_price', 'double precision'),
    lastOutcome: col('last_outcome', 'text'),
    hintId: col('hint_id', 'text'),
  },
};
