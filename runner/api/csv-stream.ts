// The log as CSV, streamed (issue 13 §2): the store's walk is read one chunk at a time, only when the
// client has taken the previous one (ReadableStream `pull`), so a 100,000-entry export holds one chunk
// in memory and a slow or vanished client stops the walk. Rows are built by lib/log/csv.ts, the
// extension's own columns and formula guard, exactly as its `Export CSV` builds them (lib/log/export.ts).
import { csvBlock, csvHeader, entryCells, itemCells } from '../../lib/log/csv';
import type { StoredEntry } from '../store/types';

/** Entries per store read. */
export const CSV_CHUNK = 500;
/** Rows per encoded block: ~30 KB strings, as the extension's export writes them. */
const BLOCK_ROWS = 250;

function rowsOf(batch: readonly StoredEntry[], perItem: boolean): (string | number)[][] {
  if (!perItem) return batch.map(({ entry }) => entryCells(entry));
  return batch.flatMap(({ entry, items }) => {
    // An entry without items still gets its row, as in the extension's per-item export.
    if (items.length === 0) return [itemCells(entry, undefined)];
    return [...items].sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).map((item) => itemCells(entry, item));
  });
}

/**
 * Reads the first chunk before answering, so a store that is down gets a 500 rather than a 200 with
 * a cut-off file. A later failure errors the stream: the client sees a broken download, never a
 * short file that looks whole.
 */
export async function openCsvStream(
  walk: AsyncIterable<StoredEntry[]>,
  perItem: boolean,
  onError?: (err: unknown) => void,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const chunks = walk[Symbol.asyncIterator]();
  let pending: IteratorResult<StoredEntry[]> | undefined = await chunks.next();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader(perItem)));
    },
    async pull(controller) {
      try {
        const next = pending ?? (await chunks.next());
        pending = undefined;
        if (next.done) return controller.close();
        const rows = rowsOf(next.value, perItem);
        for (let i = 0; i < rows.length; i += BLOCK_ROWS) {
          controller.enqueue(encoder.encode(csvBlock(rows.slice(i, i + BLOCK_ROWS))));
        }
      } catch (err) {
        onError?.(err);
        controller.error(new Error('The log could not be read.'));
      }
    },
    async cancel() {
      // The client went away: end the walk so the store can release its cursor or connection.
      await chunks.return?.();
    },
  });
}
