// The extension's own reads of the activity log (the popup's recent list, the sidebar's entries for
// a key, an entry's items), straight from IndexedDB like the log page (query.ts): the runner serves
// its log through its own API (runner/store/sql-log.ts), so these stay out of the storage port.
import { db } from '../db/db';
import type { ActivityEntry, ActivityItem } from '../db/records';
import { normaliseKey } from './activity';
import type { ActivityFilter } from './activity';

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
