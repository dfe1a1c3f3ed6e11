// The ids matching the current filter. A new filter keeps the previous list on screen until its own
// ids arrive (no flash of "Loading"), and a late answer for an older filter is dropped.
import { useEffect, useMemo, useState } from 'react';
import { toQuery } from './log-filter';
import type { LogFilter } from './log-filter';
import type { LogSource } from './log-source';
import type { AppErrorData } from '../../lib/errors/app-error';
import { toAppError } from '../ui/use-request';

export function useMatchingIds(filter: LogFilter, source: LogSource, generation = 0) {
  const query = useMemo(() => toQuery(filter), [filter]);
  const key = `${JSON.stringify(query)}#${generation}`;
  const [result, setResult] = useState<{ key: string; ids: readonly number[] } | undefined>();
  const [error, setError] = useState<AppErrorData | undefined>();
  useEffect(() => {
    let live = true;
    source.match(query).then(
      (ids) => {
        if (!live) return;
        setError(undefined);
        setResult({ key, ids });
      },
      (thrown: unknown) => live && setError(toAppError(thrown)),
    );
    return () => {
      live = false;
    };
  }, [source, query, key]);
  return {
    ids: result?.ids,
    /** True once the list shown belongs to the current filter. */
    current: result?.key === key,
    query,
    error,
  };
}
