// The fast way to export a list that covers most of its date range (issue 14): one read-only walk of
// the `at` index, newest first — the order the view lists ids in — building CSV blocks as the cursor
// goes. One transaction instead of one per chunk, and IndexedDB fetches the next row while the page
// builds the current one. Entries of the range that are not in the list are skipped; an entry met out
// of the list's order (a search list, an entry removed by retention meanwhile) ends the walk with
// `undefined` and the caller exports the list chunk by chunk instead — never a reordered file.
import { csvBlock, entryCells } from './csv';
import { db } from '../db/db';

/** A list is walked when at least this share of its date range's entries are in it. */
const MIN_DENSITY = 0.5;

export interface WalkOptions {
  /** Rows per CSV string (small strings stay in V8's young generation: a flat heap). */
  blockRows: number;
  /** Rows per Blob and per progress report. */
  chunkRows: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Out of the list's order: the walk stops and the caller falls back to chunks. */
class OutOfOrder extends Error {}

/**
 * The data rows of `ids` (newest first, as `matchingIds` lists them) as Blobs, or `undefined` when
 * the list is too sparse for one walk or its order is not the index's.
 */
export async function walkExport(ids: readonly number[], options: WalkOptions): Promise<Blob[] | undefined> {
  const [newest, oldest] = await db.activity.bulkGet([ids[0]!, ids[ids.length - 1]!]);
  if (!newest || !oldest || oldest.at > newest.at) return undefined;
  const range = db.activity.where('at').between(oldest.at, newest.at, true, true);
  if (ids.length < (await range.clone().count()) * MIN_DENSITY) return undefined;

  const wanted = new Set(ids);
  const parts: Blob[] = [];
  let rows: (string | number)[][] = [];
  let texts: string[] = [];
  let next = 0;
  const flush = () => {
    if (rows.length) texts.push(csvBlock(rows));
    rows = [];
    if (texts.length) parts.push(new Blob(texts));
    texts = [];
    options.onProgress?.(next, ids.length);
  };
  try {
    await range.reverse().each((entry) => {
      options.signal?.throwIfAborted();
      if (entry.id !== ids[next]) {
        if (wanted.has(entry.id as number)) throw new OutOfOrder();
        return; // in the range, not in the list (another template, result…)
      }
      next++;
      rows.push(entryCells(entry));
      if (rows.length === options.blockRows) {
        texts.push(csvBlock(rows));
        rows = [];
      }
      if (next % options.chunkRows === 0) flush();
    });
  } catch (thrown) {
    if (thrown instanceof OutOfOrder) return undefined;
    throw thrown;
  }
  // Every id met, in order; a shorter walk means an id vanished or sits elsewhere: chunks decide.
  if (next !== ids.length) return undefined;
  flush();
  return parts;
}
