// The entries matching the current filter, in two steps: the newest screenful first (a few index
// steps: the page paints at once), then the ids of all of them (an index walk: for the count,
// scrolling and export). A new filter keeps the previous list on screen until its own first rows
// arrive, and answers for an older filter are dropped.
import { useEffect, useMemo, useState } from 'react';
import { toAppError } from '../ui/use-request';
import { toQuery } from './log-filter';
import type { LogFilter } from './log-filter';
import type { LogSource } from './log-source';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { LogEntryView } from '../../lib/messaging/results';

/** Rows read before the full id list: more than a screen, so the first scroll needs no read. */
export const FIRST_ROWS = 40;

interface Answer {
  key: string;
  first?: readonly LogEntryView[];
  ids?: readonly number[];
}

export function useLogResult(filter: LogFilter, source: LogSource, generation = 0, withIds = true) {
  const query = useMemo(() => toQuery(filter), [filter]);
  const key = `${JSON.stringify(query)}#${generation}`;
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [error, setError] = useState<AppErrorData | undefined>();

  useEffect(() => {
    let live = true;
    const fail = (thrown: unknown) => live && setError(toAppError(thrown));
    source.first(query, FIRST_ROWS).then((first) => {
      if (!live) return;
      setError(undefined);
      setAnswer({ key, first });
      // The full walk starts after the first screen, so it cannot delay it.
      if (withIds) {
        source.match(query).then((ids) => live && setAnswer({ key, first, ids }), fail);
      }
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
  };
}
