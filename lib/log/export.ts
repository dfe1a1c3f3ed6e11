// `Export CSV` of the filtered entries (issue 6 §3), built in blocks with progress. Each block's
// text becomes a Blob at once: Blob bytes live in the browser's blob store, not the JS heap, so the
// page's heap stays flat however many rows are exported (measured by test/bench/log-view.bench.ts).
// Runs in the log page (never the popup, which closes on blur): the popup hands exports over.
//
// Where the time went (issue 14; CPU profiles of a 100,000-entry export in the bench page and
// in-page trials of the alternatives): reading row by row with a cursor — a task, an event and
// Dexie's wrapping per row, and the database idle while the page built CSV. The rows now come in
// blocks of 250, read with raw `getAll`s over their id ranges, two blocks ahead of the one being
// built (export-walk.ts); the per-item export reads each block's items in the same requests.
import { csvBlock, csvHeader, entryCells, itemCells } from './csv';
import { entryBlocks, READ_BLOCK } from './export-walk';
import type { Block } from './export-walk';

/**
 * Rows per Blob (and per progress report): two blocks. A block's CSV string, ~35 KB for 250
 * entries, stays in V8's young generation (objects over ~128 KB go to the large-object space, freed
 * only by a full GC), so the garbage of a 100,000-row export is collected as it goes and the heap
 * does not climb with the row count.
 */
export const EXPORT_CHUNK = 2 * READ_BLOCK;

/** How often the export lets the page draw its progress. */
const DRAW_EVERY_MS = 100;

export interface ExportOptions {
  /** One row per item instead of one per entry (an entry without items still gets one row). */
  perItem?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Ids per read (tests use small ones to cross many blocks); a Blob holds two blocks. */
  blockSize?: number;
}

function rowsOf({ entries, items }: Block): (string | number)[][] {
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
  const parts: Blob[] = [new Blob([csvHeader(perItem)])];
  let texts: string[] = [];
  let done = 0;
  let drawnAt = performance.now();
  options.onProgress?.(0, ids.length);
  for await (const block of entryBlocks(ids, {
    items: perItem,
    ...(options.blockSize ? { blockSize: options.blockSize } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  })) {
    const rows = rowsOf(block);
    // An item-heavy block is cut so no string outgrows the young generation (see EXPORT_CHUNK).
    if (rows.length <= READ_BLOCK) texts.push(csvBlock(rows));
    else
      for (let i = 0; i < rows.length; i += READ_BLOCK) texts.push(csvBlock(rows.slice(i, i + READ_BLOCK)));
    done += block.ids;
    if (texts.length >= 2 || done === ids.length) {
      parts.push(new Blob(texts));
      texts = [];
      options.onProgress?.(done, ids.length);
      // IndexedDB's answers keep the page busy from one block to the next, and the progress bar's
      // render waited behind them for half a second at a time: a task's break now and then lets it
      // (and the page) draw. Costs ~1 % of the export.
      if (performance.now() - drawnAt >= DRAW_EVERY_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        drawnAt = performance.now();
      }
    }
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
