// Stored log rows → the view shapes pages show (LogEntryView, LogItemView of lib/messaging/results.ts).
// Pure and database-free, so the runner's API (runner/api/views.ts) sends its entries in the same
// shapes, with the same code, as the extension's own pages read theirs.
import type { AppErrorData } from '../errors/app-error';
import type { ActivityEntry, ActivityItem } from '../db/records';
import type { LogEntryView, LogItemView } from '../messaging/results';

/** How a stored error is passed on; the runner re-picks its fields before they leave the machine. */
type ErrorView = (error: AppErrorData) => AppErrorData;
const asStored: ErrorView = (error) => error;

/** One-argument mappers (safe to pass to `Array.map`), each with its way of passing errors on. */
export const entryViewWith =
  (errorView: ErrorView) =>
  (entry: ActivityEntry): LogEntryView => {
    const view: LogEntryView = {
      id: entry.id ?? 0,
      at: new Date(entry.at).toISOString(),
      template: entry.template,
      operation: entry.operation,
      result: entry.result,
      summary: entry.summary,
      itemCount: entry.itemCount,
    };
    if (entry.counts) view.counts = entry.counts;
    if (entry.error) view.error = errorView(entry.error);
    if (entry.distributor) view.distributor = entry.distributor;
    if (entry.hintId) view.hintId = entry.hintId;
    return view;
  };

export const itemViewWith =
  (errorView: ErrorView) =>
  (item: ActivityItem): LogItemView => {
    const view: LogItemView = { id: item.id ?? 0, label: item.label, outcome: item.outcome };
    if (item.message !== undefined) view.message = item.message;
    if (item.error) view.error = errorView(item.error);
    if (item.hintId) view.hintId = item.hintId;
    return view;
  };

export const toLogEntryView = entryViewWith(asStored);
export const toItemView = itemViewWith(asStored);
