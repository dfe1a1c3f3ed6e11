// The entries matching the current filter, in two steps: the newest screenful first (a few index
// steps: the page paints at once), then the ids of all of them (an index walk: for the count,
// scrolling and export). A new filter keeps the previous list on screen until its own first rows
// arrive, and answers for an older filter are dropped.
//
// Issue 14 (a filter change within 2 × a raw IndexedDB read of its first screen): `prefetch`, called
// from the change handler, starts the first-screen read before React renders the new filter; the
// rows are committed as soon as they arrive (flushSync, not a scheduler task later); the full id
// walk starts only once they are on screen, so it never competes with them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { toAppError } from '../ui/use-request';
import { toQuery } from './log-filter';
import type { LogFilter } from './log-filter';
import type { LogSource } from './log-source';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { LogQuery } from '../../lib/messaging/protocol';
import type { LogEntryView } from '../../lib/messaging/results';

/** Rows read before the full id list: more than a screen, so the first scroll needs no read. */
export const FIRST_ROWS = 40;

interface Answer {
  key: string;
  first?: readonly LogEntryView[];
  ids?: readonly number[];
}

const keyOf = (query: LogQuery, generation: number) => `${JSON.stringify(query)}#${generation}`;

export function useLogResult(filter: LogFilter, source: LogSource, generation = 0, withIds = true) {
  const query = useMemo(() => toQuery(filter), [filter]);
  const key = keyOf(query, generation);
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [error, setError] = useState<AppErrorData | undefined>();
  /** A first-screen read already started for a filter not yet rendered (see `prefetch`). */
  const started = useRef<{ key: string; first: Promise<LogEntryView[]> } | undefined>(undefined);

  const prefetch = useCallback(
    (next: LogFilter) => {
      const nextQuery = toQuery(next);
      const nextKey = keyOf(nextQuery, generation);
      // The same query (say, a trailing space typed): nothing re-reads, so nothing to start.
      if (nextKey === key) return;
      const first = source.first(nextQuery, FIRST_ROWS);
      // Handled by the effect that takes it over; a read nobody takes over must not be "unhandled".
      first.catch(() => undefined);
      started.current = { key: nextKey, first };
    },
    [source, generation, key],
  );

  useEffect(() => {
    let live = true;
    const fail = (thrown: unknown) => live && setError(toAppError(thrown));
    const taken = started.current?.key === key ? started.current.first : undefined;
    started.current = undefined;
    (taken ?? source.first(query, FIRST_ROWS)).then((first) => {
      if (!live) return;
      // Committed now: a render scheduled for later would wait behind whatever else is queued.
      flushSync(() => {
        setError(undefined);
        setAnswer({ key, first });
      });
      // Started once the rows are committed, so it never delays them.
      if (withIds) source.match(query).then((ids) => live && setAnswer({ key, first, ids }), fail);
    }, fail);
    return () => {
      live = false;
    };
  }, [source, query, key, withIds]);

  return {
    /** The latest answer, possibly for an older filter (shown until the new one arrives). */
    answer,
    /** True once `answer` belongs to the current filter. */
    current: answer?.key === key,
    key,
    query,
    error,
    /** Starts reading `next`'s first screen now, before the page renders it: call it with setFilter. */
    prefetch,
  };
}
