// The activity of one SKU or PO number for the sidebar (issue 10 §6 "a SKU's activity shows only
// entries about that SKU"). A product-sync run or an order check is one entry for many SKUs: its
// summary, result and error are about the whole run, often about another SKU. So each entry found
// by the key comes with that key's own item rows — the sidebar shows those, not the run's totals.
import { db } from '../db/db';
import { normaliseKey, toLogEntryView } from './activity';
import { entriesFor } from './activity-reads';
import { toItemView } from './query';
import type { ActivityItem } from '../db/records';
import type { KeyActivityView } from '../messaging/results';

export async function activityForKey(key: string, limit: number): Promise<KeyActivityView[]> {
  const k = normaliseKey(key);
  const [entries, items] = await Promise.all([
    entriesFor(k, limit),
    db.activityItems.where('key').equals(k).toArray(),
  ]);
  const byEntry = new Map<number, ActivityItem[]>();
  for (const item of items) byEntry.set(item.entryId, [...(byEntry.get(item.entryId) ?? []), item]);
  return entries.map((entry) => {
    const view: KeyActivityView = toLogEntryView(entry);
    const own = byEntry.get(entry.id ?? 0);
    if (own) view.about = own.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).map(toItemView);
    return view;
  });
}
