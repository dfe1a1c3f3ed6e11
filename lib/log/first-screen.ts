// The first screen of a log filter (issue 14): the newest `limit` matching entries, read with raw
// IndexedDB in one readonly transaction — what the browser alone needs (test/bench/log-floors.ts
// floor (a)), without Dexie's open, per-query transaction and promise overhead. Where the browser
// takes a direction for `getAll` (IndexedDB 3, Chromium ≥ 141) the screen is one request; elsewhere
// (and in fake-indexeddb) a cursor newest first. The full id list stays with `matchingIds`
// (query.ts): this only has to be quick for the first screen.
//
// This module loads no Dexie (and nothing else of size): the log page's entry reads the first screen
// with it while the page's code is still loading (entrypoints/log/main.tsx).
import type { ActivityEntry } from '../db/records';
import type { LogQuery } from '../messaging/protocol';

/** lib/db/db.ts `DB_NAME`, which this module cannot import without loading Dexie. */
export const LOG_DB_NAME = 'autotask-bridge';

/** Where entrypoints/log-early.ts leaves the read it started at document start, for the log page. */
export const EARLY_READ = '__autotaskBridgeLogFirstScreen';

/** A search box's text as the entries' keys hold it (activity.ts `normaliseKey`). */
export const searchKey = (text: string) => text.trim().toLowerCase();

export function inQuery(entry: ActivityEntry, q: LogQuery): boolean {
  return (
    (q.template === undefined || entry.template === q.template) &&
    (q.result === undefined || entry.result === q.result) &&
    (q.from === undefined || entry.at >= q.from) &&
    (q.to === undefined || entry.at < q.to)
  );
}

export const newestFirst = (a: ActivityEntry, b: ActivityEntry) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0);

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

/**
 * Entries holding `key` (their own keys or an item's), in one transaction; `q`'s other conditions
 * checked per row. An entry's own keys hold its first 50 SKUs (activity.ts), so the entries come
 * with the first round trip (`getAll` on the `keys` index); only an item whose entry was not among
 * them (an entry of more than 50 items) costs a second one.
 */
function searched(idb: IDBDatabase, key: string, q: LogQuery, limit: number): Promise<ActivityEntry[]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['activity', 'activityItems'], 'readonly');
    tx.onerror = () => reject(tx.error);
    const activity = tx.objectStore('activity');
    const found = new Map<number, ActivityEntry>();
    const viaItems = new Set<number>();
    const finish = () => {
      const rows = [...found.values()].filter((entry) => inQuery(entry, q));
      resolve(rows.sort(newestFirst).slice(0, limit));
    };
    let pending = 2;
    const gather = () => {
      if (--pending > 0) return;
      const missing = [...viaItems].filter((id) => !found.has(id));
      let left = missing.length;
      if (left === 0) return finish();
      for (const id of missing) {
        const get = activity.get(id);
        get.onsuccess = () => {
          const entry = get.result as ActivityEntry | undefined;
          if (entry) found.set(id, entry);
          if (--left === 0) finish();
        };
      }
    };
    const direct = activity.index('keys').getAll(key);
    direct.onsuccess = () => {
      for (const entry of direct.result as ActivityEntry[]) found.set(entry.id as number, entry);
      gather();
    };
    const items = tx.objectStore('activityItems').index('key').getAll(key);
    items.onsuccess = () => {
      for (const item of items.result as { entryId: number }[]) viaItems.add(item.entryId);
      gather();
    };
  });
}

/** The page's own connection, once open; dropped when the database closes or changes version. */
let open: IDBDatabase | undefined;
let opening: Promise<IDBDatabase | undefined> | undefined;

/**
 * A plain `indexedDB.open` without a version, kept for the page's later first screens. It never
 * creates the database (a fresh install: Dexie does, with the schema), and it closes when another
 * connection asks for a version change (an update's upgrade, a deletion), so it never holds one up.
 */
function connection(): Promise<IDBDatabase | undefined> {
  opening ??= new Promise((resolve) => {
    const request = indexedDB.open(LOG_DB_NAME);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const idb = request.result;
      const drop = () => {
        idb.close();
        if (open === idb) open = undefined;
        opening = undefined;
      };
      idb.onversionchange = drop;
      idb.onclose = drop;
      if (idb.objectStoreNames.contains('activity') && idb.objectStoreNames.contains('activityItems')) {
        open = idb;
        resolve(idb);
      } else {
        drop();
        resolve(undefined);
      }
    };
    request.onerror = (event) => {
      // No database yet (its creation aborted above), or none to be had: no entries to show.
      event.preventDefault();
      opening = undefined;
      resolve(undefined);
    };
  });
  return opening;
}

/**
 * The first screen of a template + result filter whose rows are rare among the result's (the
 * bounded walk gave up): the key-only window walk of query.ts. `undefined`: not read here.
 */
type RareScreen = (
  template: string,
  result: NonNullable<LogQuery['result']>,
  from: number,
  to: number,
  limit: number,
) => Promise<ActivityEntry[] | undefined>;

const walkRare: RareScreen = async (template, result, from, to, limit) => {
  // Loaded by then (the view's id walk uses it); this module must not load it up front.
  const { entriesById, newestOfBoth } = await import('./query');
  return entriesById(await newestOfBoth(template, result, from, to, limit));
};

/**
 * The newest `limit` matching entries, newest first (ties: newest id first) — the same as the head
 * of `matchingIds`, so a view can paint its first screen before the full id list is walked.
 */
export function firstEntries(q: LogQuery, limit: number, scanCap = SCAN_CAP): Promise<ActivityEntry[]> {
  // walkRare always reads.
  return read(q, limit, scanCap, walkRare) as Promise<ActivityEntry[]>;
}

/**
 * `firstEntries` for entrypoints/log-early.ts, which must not load Dexie (query.ts): `undefined`
 * when the screen needs query.ts's walk, and the page reads it itself.
 */
export function firstEntriesEarly(q: LogQuery, limit: number): Promise<ActivityEntry[] | undefined> {
  return read(q, limit, SCAN_CAP, () => Promise.resolve(undefined));
}

function read(q: LogQuery, limit: number, scanCap: number, rare: RareScreen) {
  // On an open connection the requests go out now, in the caller's task (a change event), not after
  // a microtask — by then React has rendered the new filter, and the read would wait for it.
  if (open) return screen(open, q, limit, scanCap, rare);
  return connection().then((idb) => (idb ? screen(idb, q, limit, scanCap, rare) : []));
}

/** `read` on the connection `idb`: its transaction is created before this returns. */
function screen(
  idb: IDBDatabase,
  q: LogQuery,
  limit: number,
  scanCap: number,
  rare: RareScreen,
): Promise<ActivityEntry[] | undefined> {
  const key = q.search === undefined ? '' : searchKey(q.search);
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
    ).then((rows) => rows ?? rare(template, result, from, to, limit));
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
