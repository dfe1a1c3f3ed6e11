// Opening the log (issue 14: open → first rows within 2 × a raw IndexedDB read + one frame): the
// entrypoint starts reading the first screen before React mounts, so the database opens and the rows
// are read while the page renders. The view's first `first()` call for that query takes the read
// already under way; every other call reads as usual.
import type { LogQuery } from '../../lib/messaging/protocol';
import type { LogEntryView } from '../../lib/messaging/results';
import type { LogSource } from './log-source';

export function withFirstScreenStarted(source: LogSource, query: LogQuery, limit: number): LogSource {
  const key = JSON.stringify([query, limit]);
  let early: Promise<LogEntryView[]> | undefined = source.first(query, limit);
  // Whoever takes it handles its failure; one nobody takes must not be "unhandled".
  early.catch(() => undefined);
  return {
    ...source,
    first(q, l) {
      const started = early;
      early = undefined;
      return started && JSON.stringify([q, l]) === key ? started : source.first(q, l);
    },
  };
}
