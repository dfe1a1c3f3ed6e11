// `Export CSV` of a merged log (issue 13 §2): this browser's entries and the team runner's, in the
// list's order, with the same columns and formula guard as the browser's own export (lib/log/csv.ts)
// and one more, last: "Ran on". The browser's entries are read as its own export reads them
// (export-walk.ts); the runner's come from the merged source's cache, or through the background in
// pages (only it holds the runner's token). Loaded only when an export starts.
import { csvBlock, ENTRY_COLUMNS, entryCells, ITEM_COLUMNS, itemCells } from '../log/csv';
import { entryBlocks, READ_BLOCK } from '../log/export-walk';
import type { ActivityEntry, ActivityItem, OperationType } from '../db/records';
import type { LogEntryView, LogItemView } from '../messaging/results';
import { ORIGIN_LABEL } from './merge';

/** The extra last column. Absent from the browser-only export, which stays as it was. */
export const ORIGIN_COLUMN = 'Ran on';

/** Runner entries whose items are asked for at once (one `runner.entry` each, per-item export). */
const ITEM_READS = 6;

export interface RunnerReads {
  /** Runner rows (negative ids, merged-source.ts) in this order; missing ones left out. */
  rows(ids: readonly number[]): Promise<LogEntryView[]>;
  items(id: number): Promise<LogItemView[]>;
}

export interface MergedExportRequest {
  perItem: boolean;
  onProgress: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A runner view as the CSV's cell functions read entries: its own id, time in ms. */
function asEntry(view: LogEntryView): ActivityEntry {
  const entry: ActivityEntry = {
    id: -view.id,
    at: Date.parse(view.at),
    template: view.template,
    operation: view.operation as OperationType,
    result: view.result,
    summary: view.summary,
    keys: [],
    itemCount: view.itemCount ?? 0,
  };
  if (view.counts) entry.counts = view.counts;
  if (view.distributor) entry.distributor = view.distributor;
  if (view.error) entry.error = view.error;
  if (view.hintId) entry.hintId = view.hintId;
  return entry;
}

function asItem(entryId: number, view: LogItemView): ActivityItem {
  const item: ActivityItem = { id: view.id, entryId, key: '', label: view.label, outcome: view.outcome };
  if (view.message !== undefined) item.message = view.message;
  if (view.error) item.error = view.error;
  if (view.hintId) item.hintId = view.hintId;
  return item;
}

type Cells = (string | number)[];

function cellsOf(entry: ActivityEntry, items: ActivityItem[] | undefined, where: string): Cells[] {
  if (!items) return [[...entryCells(entry), where]];
  if (items.length === 0) return [[...itemCells(entry, undefined), where]];
  return items.map((item) => [...itemCells(entry, item), where]);
}

async function runnerItems(views: readonly LogEntryView[], reads: RunnerReads) {
  const found = new Map<number, ActivityItem[]>();
  const withItems = views.filter((view) => (view.itemCount ?? 0) > 0);
  for (let i = 0; i < withItems.length; i += ITEM_READS) {
    const batch = withItems.slice(i, i + ITEM_READS);
    const lists = await Promise.all(batch.map((view) => reads.items(view.id)));
    batch.forEach((view, k) =>
      found.set(
        view.id,
        (lists[k] ?? []).map((item) => asItem(-view.id, item)),
      ),
    );
  }
  return found;
}

/** The CSV of these merged ids (positive: this browser's, negative: the runner's), header first. */
export async function exportMergedCsv(
  ids: readonly number[],
  { perItem, onProgress, signal }: MergedExportRequest,
  reads: RunnerReads,
): Promise<Blob> {
  const header = [...(perItem ? ITEM_COLUMNS : ENTRY_COLUMNS), ORIGIN_COLUMN];
  const parts: Blob[] = [new Blob([csvBlock([header])])];
  onProgress(0, ids.length);
  for (let start = 0; start < ids.length; start += READ_BLOCK) {
    signal?.throwIfAborted();
    const chunk = ids.slice(start, start + READ_BLOCK);
    const own = new Map<number, Cells[]>();
    const ownIds = chunk.filter((id) => id > 0);
    const blocks = entryBlocks(ownIds, {
      items: perItem,
      blockSize: READ_BLOCK,
      ...(signal ? { signal } : {}),
    });
    for await (const block of blocks) {
      for (const entry of block.entries) {
        const items = block.items?.get(entry.id as number) ?? (perItem ? [] : undefined);
        items?.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
        own.set(entry.id as number, cellsOf(entry, items, ORIGIN_LABEL.browser));
      }
    }
    const views = await reads.rows(chunk.filter((id) => id < 0));
    const items = perItem ? await runnerItems(views, reads) : undefined;
    for (const view of views) {
      own.set(
        view.id,
        cellsOf(asEntry(view), items ? (items.get(view.id) ?? []) : undefined, ORIGIN_LABEL.runner),
      );
    }
    const rows = chunk.flatMap((id) => own.get(id) ?? []);
    // As export.ts: no one string grows past V8's young generation.
    for (let i = 0; i < rows.length; i += READ_BLOCK)
      parts.push(new Blob([csvBlock(rows.slice(i, i + READ_BLOCK))]));
    onProgress(start + chunk.length, ids.length);
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
