// The log view's queries at 100,000 entries (issue 6 §2). A filter resolves to the ids of the
// matching entries, newest first, with one index read per condition (`getAllKeys` over a key range —
// no cursor walks, which cost tens of microseconds per row); the view then reads only the rows on
// screen. Ids are small integers, so even an unfiltered 100,000-entry log is a ~1 MB array.
import { db } from '../db/db';
import { normaliseKey, toLogEntryView } from './activity';
import { lastDayStarts } from './days';
import { inQuery, newestFirst } from './first-screen';
import type { ActivityEntry, ActivityItem, ActivityResult } from '../db/records';
import type { LogQuery } from '../messaging/protocol';
import type { DayCountView } from '../messaging/results';

const RESULTS: readonly ActivityResult[] = ['success', 'partial', 'failed'];

/**
 * The search box: entries whose own keys (PO numbers, order numbers, up to 50 SKUs) or whose items'
 * keys equal the text — the multi-entry `activity.keys` index and `activityItems.key`. Such sets are
 * small (one SKU's history), so the other conditions are checked on the rows.
 */
async function searchIds(key: string, q: LogQuery): Promise<number[]> {
  const [direct, itemEntryIds] = await Promise.all([
    db.activity.where('keys').equals(key).primaryKeys(),
    db.activityItems
      .where('key')
      .equals(key)
      .toArray((items) => items.map((i) => i.entryId)),
  ]);
  const ids = [...new Set([...direct, ...itemEntryIds])];
  const entries = (await db.activity.bulkGet(ids)).filter((e): e is ActivityEntry => e !== undefined);
  return entries
    .filter((e) => inQuery(e, q))
    .sort(newestFirst)
    .map((e) => e.id as number);
}

/** Primary keys of one compound index's `[value, from] … [value, to)` range, newest first. */
function compoundRange(index: '[template+at]' | '[result+at]', value: string, from: number, to: number) {
  return db.activity.where(index).between([value, from], [value, to], true, false).reverse().primaryKeys();
}

/** Ids of the entries that match, newest first. */
export async function matchingIds(q: LogQuery): Promise<number[]> {
  const key = q.search === undefined ? '' : normaliseKey(q.search);
  if (key !== '') return searchIds(key, q);
  const from = q.from ?? -Infinity;
  const to = q.to ?? Infinity;
  if (q.template !== undefined && q.result !== undefined) {
    // Two range reads and a set intersection: cheaper than reading 20,000 rows to test `result`.
    const [byTemplate, byResult] = await Promise.all([
      compoundRange('[template+at]', q.template, from, to),
      compoundRange('[result+at]', q.result, from, to),
    ]);
    const wanted = new Set(byResult);
    return byTemplate.filter((id) => wanted.has(id));
  }
  if (q.template !== undefined) return compoundRange('[template+at]', q.template, from, to);
  if (q.result !== undefined) return compoundRange('[result+at]', q.result, from, to);
  return db.activity.where('at').between(from, to, true, false).reverse().primaryKeys();
}

/** First window of the template + result walk; each next one is 4× wider (1 h, 4 h, 16 h, 64 h…). */
const FIRST_WINDOW_MS = 3_600_000;

/**
 * The newest `limit` ids of one template with one result, without reading a row: walks back in time
 * windows, intersecting the keys of both compound indexes in each. A row-by-row cursor with a result
 * check would deserialise every entry of the template until `limit` matches (thousands for a rare
 * result); this reads only keys.
 */
export async function newestOfBoth(
  template: string,
  result: string,
  from: number,
  to: number,
  limit: number,
) {
  const inTemplate = db.activity
    .where('[template+at]')
    .between([template, from], [template, to], true, false);
  const [newest, oldest] = await Promise.all([inTemplate.clone().last(), inTemplate.clone().first()]);
  if (!newest || !oldest) return [];
  const found: number[] = [];
  let hi = newest.at + 1;
  let width = FIRST_WINDOW_MS;
  while (found.length < limit && hi > oldest.at) {
    const lo = Math.max(oldest.at, hi - width);
    const [byTemplate, byResult] = await Promise.all([
      compoundRange('[template+at]', template, lo, hi),
      compoundRange('[result+at]', result, lo, hi),
    ]);
    const wanted = new Set(byResult);
    for (const id of byTemplate) if (wanted.has(id)) found.push(id);
    hi = lo;
    width *= 4;
  }
  return found.slice(0, limit);
}

/**
 * The entries with these ids, in the same order. When the ids lie close together (the usual case:
 * ids grow with time) one primary-key range read is far cheaper than one `get` per id; a sparse set
 * falls back to bulkGet so the read never grows beyond 4× the rows asked for.
 */
export async function entriesById(ids: readonly number[]): Promise<ActivityEntry[]> {
  if (ids.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  let rows: (ActivityEntry | undefined)[];
  if (max - min + 1 <= ids.length * 4) {
    const byId = new Map<number, ActivityEntry>();
    for (const e of await db.activity.where(':id').between(min, max, true, true).toArray()) {
      byId.set(e.id as number, e);
    }
    rows = ids.map((id) => byId.get(id));
  } else {
    rows = await db.activity.bulkGet([...ids]);
  }
  return rows.filter((e): e is ActivityEntry => e !== undefined);
}

/** Items of many entries, grouped by entry id (CSV export, one row per item). */
export async function itemsByEntry(ids: readonly number[]): Promise<Map<number, ActivityItem[]>> {
  const grouped = new Map<number, ActivityItem[]>();
  const items = await db.activityItems
    .where('entryId')
    .anyOf([...ids])
    .toArray();
  for (const item of items) {
    const list = grouped.get(item.entryId);
    if (list) list.push(item);
    else grouped.set(item.entryId, [item]);
  }
  return grouped;
}

export { toItemView } from './entry-view';

/** Template ids that occur in the log, for the Template filter (one `nextunique` key walk). */
export async function loggedTemplates(): Promise<string[]> {
  return (await db.activity.orderBy('template').uniqueKeys()).map(String);
}

export { startOfDay } from './days';

/**
 * Runs per day by result for the chart — every log entry counts, whatever its template or operation
 * (the runner counts alike, runner/store/sql-log.ts countByDay): native `count()`s over `[result+at]`
 * ranges (3 × days of them), so no entry is read at all.
 */
export async function dailyCounts(days: number, now: number = Date.now()): Promise<DayCountView[]> {
  const starts = lastDayStarts(days, now);
  return Promise.all(
    starts.map(async (start, i) => {
      const end = starts[i + 1] ?? Infinity;
      const [success, partial, failed] = await Promise.all(
        RESULTS.map((r) =>
          db.activity.where('[result+at]').between([r, start], [r, end], true, false).count(),
        ),
      );
      return { day: start, success: success ?? 0, partial: partial ?? 0, failed: failed ?? 0 };
    }),
  );
}

/** A row of the list: the entry as every extension page shows it (activity.ts). */
export const toRowView = toLogEntryView;
