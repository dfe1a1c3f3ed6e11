// A LogSource whose reader loads on its first use (issue 14: open → first rows). The log page's
// first screen comes from the early read (entrypoints/log-early.ts), so the IndexedDB reader with
// Dexie (~100 KB) need not load, compile and run before the first rows are painted: it loads while
// they are. Every call waits for the one load; a failed load fails each call that needed it, and
// the next call tries again (an extension update can replace the chunk under an open page).
import type { LogSource } from './log-source';

export function lazyLogSource(load: () => Promise<LogSource>): LogSource {
  let loading: Promise<LogSource> | undefined;
  const reader = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    first: (query, limit) => reader().then((source) => source.first(query, limit)),
    match: (query) => reader().then((source) => source.match(query)),
    rows: (ids) => reader().then((source) => source.rows(ids)),
    items: (entryId) => reader().then((source) => source.items(entryId)),
    templates: () => reader().then((source) => source.templates()),
    daily: (days, now) => reader().then((source) => source.daily(days, now)),
    exportCsv: (ids, request) => reader().then((source) => source.exportCsv(ids, request)),
  };
}
