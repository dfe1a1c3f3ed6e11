// Opening the log (issue 14: open → first rows within 2 × a raw IndexedDB read + one frame): the
// page's entry starts reading the first screen before the rest of its code has loaded, so the
// database opens and the rows are read while React loads. The view's first `first()` call for that
// query takes the read already under way; every other call reads as usual. No React here: the entry
// imports this module before anything else.
import type { LogQuery } from '../../lib/messaging/protocol';
import type { LogEntryView } from '../../lib/messaging/results';
import type { LogSource } from './log-source';

/** Rows read before the full id list: more than a screen, so the first scroll needs no read. */
export const FIRST_ROWS = 40;

/** `started`: that read, begun by the caller; without it, `source.first` begins it now. */
export function withFirstScreenStarted(
  source: LogSource,
  query: LogQuery,
  limit: number,
  started: Promise<LogEntryView[]> = source.first(query, limit),
): LogSource {
  const key = JSON.stringify([query, limit]);
  let early: Promise<LogEntryView[]> | undefined = started;
  // Whoever takes it handles its failure; one nobody takes must not be "unhandled".
  early.catch(() => undefined);
  return {
    ...source,
    first(q, l) {
      const taken = early;
      early = undefined;
      return taken && JSON.stringify([q, l]) === key ? taken : source.first(q, l);
    },
  };
}
