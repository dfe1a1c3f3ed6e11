// `Export CSV` of the filtered entries (issue 6 §3), built in chunks with progress. Each chunk's
// text becomes a Blob at once: Blob bytes live in the browser's blob store, not the JS heap, so the
// page's heap stays flat however many rows are exported (measured by test/bench/log-view.bench.ts).
// Runs in the log page (never the popup, which closes on blur): the popup hands exports over.
//
// Where the time went (issue 14; CPU profiles of a 100,000-entry export in the bench page and
// in-page trials of the alternatives): ~40 % idle — the page waited for each chunk's read, then
// IndexedDB waited for the page — and Chromium's `getAll` of 1,000 rows cost ~1.5–2× a cursor over the
// same rows. So each chunk is read with a cursor over its primary-key range (Dexie `each`), the next
// chunk's read is asked for before the current one is built, and each chunk becomes one Blob.
//
// Then (issue 14, second pass): the floor reads every entry in ONE cursor walk; ours opened 200
// transactions. A list that covers most of its date range (the whole log, a template, a result) is
// now exported in one walk of the `at` index (export-walk.ts); a sparse or search list, and the
// per-item export (which needs each chunk's items), still go chunk by chunk as above.
import { csvBlock, csvHeader, entryCells, itemCells } from './csv';
import { db } from '../db/db';
import { walkExport } from './export-walk';
import { entriesById, itemsByEntry } from './query';
import type { ActivityEntry, ActivityItem } from '../db/records';

/** Entries per read (a cursor over their id range): small enough that two chunks in memory die young. */
export const EXPORT_CHUNK = 500;
/**
 * Rows per CSV string. ~30 KB strings stay in V8's young generation (objects over ~128 KB go to the
 * large-object space, freed only by a full GC), so the garbage of a 100,000-row export is collected
 * as it goes and the heap does not climb with the row count.
 */
const CSV_BLOCK_ROWS = 250;

export interface ExportOptions {
  /** One row per item instead of one per entry (an entry without items still gets one row). */
  perItem?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  chunkSize?: number;
  /** Try the one-walk export first (default); `false` always goes chunk by chunk. */
  oneWalk?: boolean;
}

interface Chunk {
  entries: ActivityEntry[];
  items?: Map<number, ActivityItem[]>;
}

/**
 * The entries with these ids, in their order. Ids grow with time, so a chunk of a filtered list
 * usually lies close together: one cursor walk over its id range (rows outside the list are skipped);
 * a sparse chunk falls back to `entriesById` so the walk never grows beyond 4× the rows asked for.
 */
async function entriesInOrder(ids: readonly number[]): Promise<ActivityEntry[]> {
  let min = Infinity;
  let max = -Infinity;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (ids.length === 0 || max - min + 1 > ids.length * 4) return entriesById(ids);
  const byId = new Map<number, ActivityEntry>();
  await db.activity
    .where(':id')
    .between(min, max, true, true)
    .each((entry) => byId.set(entry.id as number, entry));
  const entries: ActivityEntry[] = [];
  for (const id of ids) {
    const entry = byId.get(id);
    if (entry) entries.push(entry);
  }
  return entries;
}

async function readChunk(ids: readonly number[], perItem: boolean): Promise<Chunk> {
  const [entries, items] = await Promise.all([entriesInOrder(ids), perItem ? itemsByEntry(ids) : undefined]);
  return { entries, items };
}

function rowsOf({ entries, items }: Chunk): (string | number)[][] {
  if (!items) return entries.map(entryCells);
  return entries.flatMap((entry) => {
    const own = items.get(entry.id as number) ?? [];
    own.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    return own.length === 0 ? [itemCells(entry, undefined)] : own.map((item) => itemCells(entry, item));
  });
}

/** The CSV of these entries (ids newest first, as the view lists them), header row first. */
export async function exportCsv(ids: readonly number[], options: ExportOptions = {}): Promise<Blob> {
  const perItem = options.perItem ?? false;
  const size = options.chunkSize ?? EXPORT_CHUNK;
  const parts: Blob[] = [new Blob([csvHeader(perItem)])];
  options.onProgress?.(0, ids.length);
  if (!perItem && ids.length > 0 && options.oneWalk !== false) {
    const walked = await walkExport(ids, {
      blockRows: CSV_BLOCK_ROWS,
      chunkRows: size,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (walked) return new Blob([...parts, ...walked], { type: 'text/csv;charset=utf-8' });
  }
  const read = (start: number) => {
    const pending = readChunk(ids.slice(start, start + size), perItem);
    // Settled by the loop; a read left pending when the export is aborted must not be "unhandled".
    pending.catch(() => undefined);
    return pending;
  };
  let next = ids.length > 0 ? read(0) : undefined;
  for (let start = 0; next; start += size) {
    options.signal?.throwIfAborted();
    const chunk = await next;
    next = start + size < ids.length ? read(start + size) : undefined;
    const rows = rowsOf(chunk);
    const texts: string[] = [];
    for (let i = 0; i < rows.length; i += CSV_BLOCK_ROWS)
      texts.push(csvBlock(rows.slice(i, i + CSV_BLOCK_ROWS)));
    parts.push(new Blob(texts));
    // The page paints the progress bar while the next read is pending in IndexedDB.
    options.onProgress?.(Math.min(start + size, ids.length), ids.length);
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
