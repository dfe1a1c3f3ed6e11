// The activity log's append (issue 2 §4 "Storage", issue 6), through the host's store so the runner
// logs the same way. An entry and its per-item rows are written in one transaction, so the log never
// shows an entry without its items. The extension's reads are in activity-reads.ts.
import { store } from '../host/store';
import { notifyAppended } from './appended';
import { plainErrorData } from '../errors/error-data';
import { guardStorage } from '../errors/storage-error';
import type { ActivityEntry, ActivityItem, ActivityResult, OperationType } from '../db/records';
import type { ItemRow } from '../host/store';

/**
 * An entry carries its items' keys only while they are few: a 10,000-SKU product-sync entry would
 * otherwise drag 10,000 keys into every list read. Item keys are always searchable through the
 * `activityItems.key` index (activity-reads.ts entriesFor reads both).
 */
export const MAX_ITEM_KEYS_ON_ENTRY = 50;

export type NewActivityEntry = Omit<ActivityEntry, 'id' | 'keys' | 'itemCount' | 'at' | 'error'> & {
  at?: number;
  keys?: string[];
  error?: unknown;
};
export type NewActivityItem = Omit<ActivityItem, 'id' | 'entryId' | 'label' | 'error'> & { error?: unknown };

export interface ActivityFilter {
  template?: string;
  result?: ActivityResult;
  operation?: OperationType;
  /** Inclusive, epoch ms. */
  from?: number;
  /** Exclusive, epoch ms. */
  to?: number;
  /** A SKU, PO number or order number; matched whole, case-insensitively. */
  key?: string;
}

export function normaliseKey(key: string): string {
  return key.trim().toLowerCase();
}

function uniqueKeys(keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const k of keys) {
    const n = normaliseKey(k);
    if (n !== '') out.add(n);
  }
  return [...out];
}

function countOutcomes(items: readonly NewActivityItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.outcome] = (counts[item.outcome] ?? 0) + 1;
  return counts;
}

/** Writes an entry and its items atomically; returns the entry id. Quota → AppError kind 'storage'. */
export async function appendEntry(
  entry: NewActivityEntry,
  items: readonly NewActivityItem[] = [],
): Promise<number> {
  const itemKeys = items.length <= MAX_ITEM_KEYS_ON_ENTRY ? items.map((i) => i.key) : [];
  const { error, keys, ...rest } = entry;
  const row: ActivityEntry = {
    ...rest,
    at: entry.at ?? Date.now(),
    keys: uniqueKeys([...(keys ?? []), ...itemKeys]),
    itemCount: items.length,
    counts: entry.counts ?? countOutcomes(items),
  };
  if (error !== undefined) row.error = plainErrorData(error);
  const rows = items.map(({ error: itemError, key, ...item }) => {
    const stored: ItemRow = { ...item, key: normaliseKey(key), label: key };
    if (itemError !== undefined) stored.error = plainErrorData(itemError);
    return stored;
  });
  const id = await guardStorage(() => store().log.append(row, rows));
  // After the commit: the toolbar badge (issue 13 §3) reads the log and must find the entry there.
  notifyAppended({ ...row, id });
  return id;
}

export { toLogEntryView } from './entry-view';
