// The export's reader (issue 14): the listed entries (and, for one row per item, their items), block
// by block in the list's order, read with raw IndexedDB on Dexie's open connection. A block of a
// dense list (ids grow with time, so the whole log, a template or a result lies close together) is
// one `getAll` over its primary-key range; a sparse block is one `get` per id. READ_AHEAD blocks are
// always asked for before the current one is handed over, so the database reads while the page
// builds CSV.
//
// Why not a cursor (what the export did before, through Dexie's `each` on the `at` index): in
// Chromium each cursor step is its own task and event (plus Dexie's wrapping: ~0.5 s of a
// 100,000-row export in the CPU profile), prefetched rows are handed over one step at a time, and
// while the page builds, the database has nothing to do. Blocks of 250 were the quickest in in-page
// trials on Chromium 156 (larger `getAll` answers cost more per row: 1,000 took ~1.5× as long).
import { db } from '../db/db';
import type { ActivityEntry, ActivityItem } from '../db/records';

/** Ids per read. */
export const READ_BLOCK = 250;
/** Reads in flight while a block is built. */
const READ_AHEAD = 2;
/** A block whose id range holds more than this many times its ids is read id by id. */
const MAX_SPREAD = 4;

export interface Block {
  /** How many ids of the list this block covered (entries removed meanwhile are left out). */
  ids: number;
  entries: ActivityEntry[];
  /** With `items`: each entry's items, by entry id. */
  items?: Map<number, ActivityItem[]>;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

function groupByEntry(items: readonly ActivityItem[]): Map<number, ActivityItem[]> {
  const grouped = new Map<number, ActivityItem[]>();
  for (const item of items) {
    const list = grouped.get(item.entryId);
    if (list) list.push(item);
    else grouped.set(item.entryId, [item]);
  }
  return grouped;
}

/**
 * One block of ids, in its order. The requests go out now, so a transaction that has ended throws
 * here, not in the promise.
 */
function readBlock(tx: IDBTransaction, ids: readonly number[], withItems: boolean): Promise<Block> {
  let min = Infinity;
  let max = -Infinity;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const activity = tx.objectStore('activity');
  const byEntry = withItems ? tx.objectStore('activityItems').index('entryId') : undefined;
  let rows: Promise<(ActivityEntry | undefined)[]>;
  let items: Promise<ActivityItem[]> | undefined;
  if (max - min + 1 <= ids.length * MAX_SPREAD) {
    const range = IDBKeyRange.bound(min, max);
    rows = request(activity.getAll(range) as IDBRequest<ActivityEntry[]>).then((found) => {
      const byId = new Map<number, ActivityEntry>();
      for (const entry of found) byId.set(entry.id as number, entry);
      return ids.map((id) => byId.get(id));
    });
    items = byEntry && request(byEntry.getAll(range) as IDBRequest<ActivityItem[]>);
  } else {
    rows = Promise.all(ids.map((id) => request(activity.get(id) as IDBRequest<ActivityEntry | undefined>)));
    items =
      byEntry &&
      Promise.all(ids.map((id) => request(byEntry.getAll(id) as IDBRequest<ActivityItem[]>))).then((lists) =>
        lists.flat(),
      );
  }
  return Promise.all([rows, items]).then(([found, itemList]) => ({
    ids: ids.length,
    entries: found.filter((entry): entry is ActivityEntry => entry !== undefined),
    ...(itemList ? { items: groupByEntry(itemList) } : {}),
  }));
}

export interface BlockOptions {
  blockSize?: number;
  /** Also read each entry's items. */
  items?: boolean;
  signal?: AbortSignal;
}

/**
 * The entries with these ids, in their order, `blockSize` ids at a time. Reads share one read-only
 * transaction while it lives (each next read is asked for in a microtask of an answer, while the
 * transaction is active); a consumer that awaits something else lets it end, and the next read opens
 * another.
 */
export async function* entryBlocks(
  ids: readonly number[],
  { blockSize = READ_BLOCK, items = false, signal }: BlockOptions = {},
): AsyncGenerator<Block> {
  if (ids.length === 0) return;
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  const stores = items ? ['activity', 'activityItems'] : ['activity'];
  // A transaction ends once nothing is asked of it for a task (the consumer awaited something
  // else): the next read opens another. Chromium throws InvalidStateError on an ended one,
  // TransactionInactiveError on one between its requests' events.
  let ended = false;
  const newTransaction = () => {
    const next = idb.transaction(stores, 'readonly');
    ended = false;
    next.oncomplete = next.onabort = () => {
      if (tx === next) ended = true;
    };
    return next;
  };
  let tx = newTransaction();
  const read = (block: readonly number[]) => {
    let pending: Promise<Block>;
    if (ended) tx = newTransaction();
    try {
      pending = readBlock(tx, block, items);
    } catch (thrown) {
      const name = thrown instanceof DOMException ? thrown.name : '';
      if (name !== 'TransactionInactiveError' && name !== 'InvalidStateError') throw thrown;
      tx = newTransaction();
      pending = readBlock(tx, block, items);
    }
    // Settled in turn below; one left pending when the export is aborted must not be "unhandled".
    pending.catch(() => undefined);
    return pending;
  };
  const ahead: Promise<Block>[] = [];
  let next = 0;
  const askAhead = () => {
    while (ahead.length < READ_AHEAD && next < ids.length) {
      ahead.push(read(ids.slice(next, next + blockSize)));
      next += blockSize;
    }
  };
  askAhead();
  for (let pending = ahead.shift(); pending; pending = ahead.shift()) {
    signal?.throwIfAborted();
    const block = await pending;
    askAhead();
    yield block;
  }
}
