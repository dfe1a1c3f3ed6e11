// The activity log: append and query (issue 2 §4 "Storage", issue 6). An entry and its per-item
// rows are written in one transaction, so the log never shows an entry without its items.
import { db } from '../db/db';
import { notifyAppended } from './appended';
import { plainErrorData } from '../errors/error-data';
import { guardStorage } from '../errors/storage-error';
import type { ActivityEntry, ActivityItem, ActivityResult, OperationType } from '../db/records';

/**
 * An entry carries its items' keys only while they are few: a 10,000-SKU product-sync entry would
 * otherwise drag 10,000 keys into every list read. Item keys are always searchable through the
 * `activityItems.key` index (entriesFor reads both).
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
  const id = await guardStorage(() =>
    db.transaction('rw', db.activity, db.activityItems, async () => {
      const entryId = await db.activity.add(row);
      await db.activityItems.bulkAdd(
        items.map(({ error: itemError, key, ...item }) => {
          const stored: ActivityItem = { ...item, entryId, key: normaliseKey(key), label: key };
          if (itemError !== undefined) stored.error = plainErrorData(itemError);
          return stored;
        }),
      );
      return entryId;
    }),
  );
  // After the commit: the toolbar badge (issue 13 §3) reads the log and must find the entry there.
  notifyAppended({ ...row, id });
  return id;
}

function matches(entry: ActivityEntry, f: ActivityFilter): boolean {
  return (
    (f.template === undefined || entry.template === f.template) &&
    (f.result === undefined || entry.result === f.result) &&
    (f.operation === undefined || entry.operation === f.operation) &&
    (f.from === undefined || entry.at >= f.from) &&
    (f.to === undefined || entry.at < f.to)
  );
}

function newestFirst(a: ActivityEntry, b: ActivityEntry): number {
  return b.at - a.at || (b.id ?? 0) - (a.id ?? 0);
}

/** Entries whose own keys or whose items' keys equal `key`, newest first. */
export async function entriesFor(
  key: string,
  limit = 100,
  filter: ActivityFilter = {},
): Promise<ActivityEntry[]> {
  const k = normaliseKey(key);
  const [direct, items] = await Promise.all([
    db.activity.where('keys').equals(k).primaryKeys(),
    db.activityItems.where('key').equals(k).toArray(),
  ]);
  const ids = [...new Set([...direct, ...items.map((i) => i.entryId)])];
  const entries = (await db.activity.bulkGet(ids)).filter((e): e is ActivityEntry => e !== undefined);
  return entries
    .filter((e) => matches(e, filter))
    .sort(newestFirst)
    .slice(0, limit);
}

/**
 * Newest first. A template or result filter is one range scan of its compound index; the other
 * conditions are checked on the rows that scan yields.
 */
export async function recentEntries(limit: number, filter: ActivityFilter = {}): Promise<ActivityEntry[]> {
  if (filter.key !== undefined) return entriesFor(filter.key, limit, filter);
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  let scan;
  if (filter.template !== undefined) {
    scan = db.activity
      .where('[template+at]')
      .between([filter.template, from], [filter.template, to], true, false);
  } else if (filter.result !== undefined) {
    scan = db.activity.where('[result+at]').between([filter.result, from], [filter.result, to], true, false);
  } else {
    scan = db.activity.where('at').between(from, to, true, false);
  }
  return scan
    .reverse()
    .filter((e) => matches(e, filter))
    .limit(limit)
    .toArray();
}

export async function itemsOf(entryId: number): Promise<ActivityItem[]> {
  return db.activityItems.where('entryId').equals(entryId).sortBy('id');
}

export { toLogEntryView } from './entry-view';
