// A LogSource whose reader loads on its first use (issue 14: open → first rows). The log page's
// first screen comes from the early read (entrypoints/log-early.ts), so the IndexedDB reader with
// Dexie (~100 KB) need not load, compile and run before the first rows are painted: it loads while
// they are. Every call waits for the one load; a failed load fails each call that needed it, and
// the next call tries again (an extension update can replace the chunk under an open page). Once
// loaded, calls go straight to the reader, in the caller's task: a filter change's read then goes
// out from the change event itself, not a microtask later (after whatever React runs there).
import type { LogSource } from './log-source';

export function lazyLogSource(load: () => Promise<LogSource>): LogSource {
  let loaded: LogSource | undefined;
  let loading: Promise<LogSource> | undefined;
  const reader = () => {
    loading ??= load().then(
      (source) => (loaded = source),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const call =
    <A extends unknown[], R>(method: (source: LogSource, ...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      loaded ? method(loaded, ...args) : reader().then((source) => method(source, ...args));
  return {
    first: call((source, query, limit) => source.first(query, limit)),
    match: call((source, query) => source.match(query)),
    rows: call((source, ids) => source.rows(ids)),
    items: call((source, entryId) => source.items(entryId)),
    templates: call((source) => source.templates()),
    daily: call((source, days, now) => source.daily(days, now)),
    exportCsv: call((source, ids, request) => source.exportCsv(ids, request)),
  };
}
