// `Export CSV` of the filtered entries (issue 6 §3), built in chunks with progress. Each chunk's
// text becomes a Blob at once: Blob bytes live in the browser's blob store, not the JS heap, so the
// page's heap stays flat however many rows are exported (measured by test/bench/log-view.bench.ts).
// Runs in the log page (never the popup, which closes on blur): the popup hands exports over.
import { csvBlock, csvHeader, entryCells, itemCells } from './csv';
import { entriesById, itemsByEntry } from './query';

/** Entries read per IndexedDB request: amortises the round trip; the rows die young. */
export const EXPORT_CHUNK = 1_000;
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
}

/** The CSV of these entries (ids newest first, as the view lists them), header row first. */
export async function exportCsv(ids: readonly number[], options: ExportOptions = {}): Promise<Blob> {
  const perItem = options.perItem ?? false;
  const size = options.chunkSize ?? EXPORT_CHUNK;
  const parts: Blob[] = [new Blob([csvHeader(perItem)])];
  options.onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += size) {
    options.signal?.throwIfAborted();
    const chunk = ids.slice(start, start + size);
    const entries = await entriesById(chunk);
    let rows: string[][];
    if (perItem) {
      const items = await itemsByEntry(chunk);
      rows = entries.flatMap((entry) => {
        const own = items.get(entry.id as number) ?? [];
        own.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
        return own.length === 0 ? [itemCells(entry, undefined)] : own.map((item) => itemCells(entry, item));
      });
    } else {
      rows = entries.map(entryCells);
    }
    for (let i = 0; i < rows.length; i += CSV_BLOCK_ROWS) {
      parts.push(new Blob([csvBlock(rows.slice(i, i + CSV_BLOCK_ROWS))]));
    }
    // The page paints the progress bar while the next read is pending in IndexedDB.
    options.onProgress?.(Math.min(start + size, ids.length), ids.length);
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
