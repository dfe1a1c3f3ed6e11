// One log out of two (issue 13 §2): the team runner's entries and this browser's own, newest first,
// each marked with where it ran. Pure, so the popup and the log page merge alike, and tested alone.
import type { AppErrorData } from '../errors/app-error';
import type { LogEntryView } from '../messaging/results';

export type EntryOrigin = NonNullable<LogEntryView['origin']>;

const time = (entry: LogEntryView): number => {
  const ms = Date.parse(entry.at);
  return Number.isNaN(ms) ? -Infinity : ms;
};

/**
 * Merges two pages that are each newest first into one list, newest first, of at most `limit`
 * entries (all of them when no limit is given). Each entry gets its `origin`. Ids are only unique
 * within one log, so an entry is known by its origin and id together (`entryKey`).
 * Ties on time keep the runner's entry first, then each page's own order: the result is stable
 * whatever order the two pages arrive in.
 */
export function mergeNewestFirst(
  runner: readonly LogEntryView[],
  browser: readonly LogEntryView[],
  limit: number = Infinity,
): LogEntryView[] {
  const merged: LogEntryView[] = [];
  let r = 0;
  let b = 0;
  while (merged.length < limit && (r < runner.length || b < browser.length)) {
    const next = runner[r];
    const own = browser[b];
    if (next && (!own || time(next) >= time(own))) {
      merged.push({ ...next, origin: 'runner' });
      r += 1;
    } else if (own) {
      merged.push({ ...own, origin: 'browser' });
      b += 1;
    }
  }
  return merged;
}

/** A key unique across both logs (React keys, selection, `#entry-…` anchors). */
export function entryKey(entry: Pick<LogEntryView, 'id' | 'origin'>): string {
  return `${entry.origin ?? 'browser'}-${entry.id}`;
}

/** How a page names where an entry ran. */
export const ORIGIN_LABEL: Record<EntryOrigin, string> = { runner: 'Runner', browser: 'This browser' };

/**
 * What a log view tells the user about the runner's half of a merged log: the runner could not be
 * read (only this browser's entries show), or more of its entries match than one list holds.
 */
export type RunnerLogNotice = { error: AppErrorData } | { shown: number; total: number };

/** A merged log's notice, for a page to show and follow (useSyncExternalStore). */
export interface RunnerNoticePort {
  current(): RunnerLogNotice | undefined;
  subscribe(listener: () => void): () => void;
}
