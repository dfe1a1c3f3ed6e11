// The entries matching the current filter, in two steps: the newest screenful first (a few index
// steps: the page paints at once), then the ids of all of them (an index walk: for the count,
// scrolling and export). A new filter keeps the previous list on screen until its own first rows
// arrive, and answers for an older filter are dropped.
//
// Issue 14 (a filter change within 2 × a raw IndexedDB read of its first screen): `changeTo`, called
// from the change event, starts the first-screen read at once and applies the new filter only with
// its rows, in one commit (flushSync, not a scheduler task later): while the read is under way the
// page renders nothing but the control that changed, so the answer finds the main thread free. The
// full id walk starts in a task of its own once the rows are committed, so it never competes with
// them.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { toAppError } from '../ui/use-request';
import { FIRST_ROWS } from './first-screen-early';
import { toQuery } from './log-filter';
import type { LogFilter } from './log-filter';
import type { LogSource } from './log-source';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { LogQuery } from '../../lib/messaging/protocol';
import type { LogEntryView } from '../../lib/messaging/results';

export { FIRST_ROWS };

interface Answer {
  key: string;
  first?: readonly LogEntryView[];
  ids?: readonly number[];
}

const keyOf = (query: LogQuery, generation: number) => `${JSON.stringify(query)}#${generation}`;

export function useLogResult(
  filter: LogFilter,
  source: LogSource,
  generation = 0,
  withIds = true,
  /** The first screen of `filter`, already read (the log page's entry reads it before React loads). */
  initialFirst?: readonly LogEntryView[],
) {
  const query = useMemo(() => toQuery(filter), [filter]);
  const key = keyOf(query, generation);
  const [answer, setAnswer] = useState<Answer | undefined>(() =>
    initialFirst ? { key, first: initialFirst } : undefined,
  );
  const [error, setError] = useState<AppErrorData | undefined>();
  /** The filter applied (its key) and the change whose read is the latest, for `changeTo`. */
  const applied = useRef({ key, generation });
  useLayoutEffect(() => {
    applied.current = { key, generation };
  }, [key, generation]);
  const latest = useRef<string | undefined>(undefined);
  /** First rows that `changeTo` committed together with their filter: the effect need not read them. */
  const committed = useRef<{ key: string; first: readonly LogEntryView[] } | undefined>(
    initialFirst ? { key, first: initialFirst } : undefined,
  );

  const changeTo = useCallback(
    (next: LogFilter, apply: () => void) => {
      const nextQuery = toQuery(next);
      const nextKey = keyOf(nextQuery, applied.current.generation);
      latest.current = nextKey;
      // The same query (say, a trailing space typed): nothing to read.
      if (nextKey === applied.current.key) return apply();
      source.first(nextQuery, FIRST_ROWS).then(
        (first) => {
          // A newer change has its own read under way.
          if (latest.current !== nextKey) return;
          committed.current = { key: nextKey, first };
          // Committed now: a render scheduled for later would wait behind whatever else is queued.
          flushSync(() => {
            apply();
            setError(undefined);
            setAnswer({ key: nextKey, first });
          });
        },
        (thrown: unknown) => {
          if (latest.current !== nextKey) return;
          apply();
          setError(toAppError(thrown));
        },
      );
    },
    [source],
  );

  useEffect(() => {
    let live = true;
    const fail = (thrown: unknown) => live && setError(toAppError(thrown));
    // A task of its own: the rows' frame is not held up by the walk's setup.
    const countLater = (first: readonly LogEntryView[]) => {
      if (!withIds) return;
      setTimeout(() => {
        if (live) source.match(query).then((ids) => live && setAnswer({ key, first, ids }), fail);
      });
    };
    const ready = committed.current?.key === key ? committed.current.first : undefined;
    if (ready) countLater(ready);
    else
      source.first(query, FIRST_ROWS).then((first) => {
        if (!live) return;
        flushSync(() => {
          setError(undefined);
          setAnswer({ key, first });
        });
        countLater(first);
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
    /**
     * From a control's change event: reads `next`'s first screen now and calls `apply` (the
     * caller's `setFilter(next)`) in the same commit as its rows.
     */
    changeTo,
  };
}
