// The first screen of a log filter (issue 14): the newest `limit` matching entries, read with raw
// IndexedDB on Dexie's open connection in one readonly transaction — what the browser alone needs
// (test/bench/log-floors.ts floor (a)), without Dexie's per-query transaction and promise overhead.
// Where the browser takes a direction for `getAll` (IndexedDB 3, Chromium ≥ 141) the screen is one
// request; elsewhere (and in fake-indexeddb) a cursor newest first. The full id list stays with
// `matchingIds` (query.ts): this only has to be quick for the first screen.
import { db } from '../db/db';
import { normaliseKey } from './activity';
import { inQuery, newestFirst, newestOfBoth, entriesById } from './query';
import type { ActivityEntry } from '../db/records';
import type { LogQuery } from '../messaging/protocol';

/** Rows of one result walked for a template + result screen before the key-only walk takes over. */
const SCAN_CAP = 4_000;

type Direction = 'prev';
type GetAllWithOptions = (options: {
  query: IDBKeyRange | null;
  count: number;
  direction: Direction;
}) => IDBRequest<unknown[]>;

/** IndexedDB 3's `getAll({ query, count, direction })`, shipped together with `getAllRecords`. */
const getAllTakesDirection = () =>
  typeof IDBIndex !== 'undefined' &&
  typeof (IDBIndex.prototype as { getAllRecords?: unknown }).getAllRecords === 'function';

/** The newest `limit` rows of `range` in `index` (ties newest id first), optionally only those passing `keep`. */
function newestOf(
  index: IDBIndex,
  range: IDBKeyRange | null,
  limit: number,
  keep?: (entry: ActivityEntry) => boolean,
  cap = Infinity,
): Promise<ActivityEntry[] | undefined> {
  return new Promise((resolve, reject) => {
    if (!keep && getAllTakesDirection()) {
      const getAll = index.getAll as unknown as GetAllWithOptions;
      const request = getAll.call(index, { query: range, count: limit, direction: 'prev' });
      request.onsuccess = () => resolve(request.result as ActivityEntry[]);
      request.onerror = () => reject(request.error);
      return;
    }
    const rows: ActivityEntry[] = [];
    let seen = 0;
    const request = index.openCursor(range, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || rows.length >= limit) return resolve(rows);
      // Too rare a combination to find by reading rows: the caller walks keys instead.
      if (++seen > cap) return resolve(undefined);
      const entry = cursor.value as ActivityEntry;
      if (!keep || keep(entry)) rows.push(entry);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Entries holding `key` (their own keys or an item's), in one transaction; `q`'s other conditions checked per row. */
function searched(idb: IDBDatabase, key: string, q: LogQuery, limit: number): Promise<ActivityEntry[]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['activity', 'activityItems'], 'readonly');
    tx.onerror = () => reject(tx.error);
    const activity = tx.objectStore('activity');
    const ids = new Set<number>();
    let pending = 2;
    const gather = () => {
      if (--pending > 0) return;
      const rows: ActivityEntry[] = [];
      let left = ids.size;
      if (left === 0) return resolve([]);
      for (const id of ids) {
        const get = activity.get(id);
        get.onsuccess = () => {
          const entry = get.result as ActivityEntry | undefined;
          if (entry && inQuery(entry, q)) rows.push(entry);
          if (--left === 0) resolve(rows.sort(newestFirst).slice(0, limit));
        };
      }
    };
    const direct = activity.index('keys').getAllKeys(key);
    direct.onsuccess = () => {
      for (const id of direct.result) ids.add(id as number);
      gather();
    };
    const items = tx.objectStore('activityItems').index('key').getAll(key);
    items.onsuccess = () => {
      for (const item of items.result as { entryId: number }[]) ids.add(item.entryId);
      gather();
    };
  });
}

/**
 * The newest `limit` matching entries, newest first (ties: newest id first) — the same as the head
 * of `matchingIds`, so a view can paint its first screen before the full id list is walked.
 */
export function firstEntries(q: LogQuery, limit: number, scanCap = SCAN_CAP): Promise<ActivityEntry[]> {
  // On an open connection the requests go out now, in the caller's task (a change event), not after
  // a microtask — by then React has rendered the new filter, and the read would wait for it.
  if (!db.isOpen()) return db.open().then(() => firstEntries(q, limit, scanCap));
  const idb = db.backendDB();
  const key = q.search === undefined ? '' : normaliseKey(q.search);
  if (key !== '') return searched(idb, key, q, limit);
  const from = q.from ?? -Infinity;
  const to = q.to ?? Infinity;
  const activity = idb.transaction('activity', 'readonly').objectStore('activity');
  const within = (value: string) => IDBKeyRange.bound([value, from], [value, to], false, true);
  if (q.template !== undefined && q.result !== undefined) {
    // The result's rows, newest first, checked for the template (what the floor reads); a rare
    // combination falls back to the key-only window walk, which reads no row until it has the ids.
    const template = q.template;
    const result = q.result;
    return newestOf(
      activity.index('[result+at]'),
      within(result),
      limit,
      (entry) => entry.template === template,
      scanCap,
    ).then(async (rows) => rows ?? entriesById(await newestOfBoth(template, result, from, to, limit)));
  }
  const [index, range] =
    q.template !== undefined
      ? ['[template+at]', within(q.template)]
      : q.result !== undefined
        ? ['[result+at]', within(q.result)]
        : [
            'at',
            q.from === undefined && q.to === undefined ? null : IDBKeyRange.bound(from, to, false, true),
          ];
  return newestOf(activity.index(index), range, limit).then((rows) => rows ?? []);
}
