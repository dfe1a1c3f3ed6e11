// Loading state for one background request. Errors stay AppErrorData so they render with their hint.
import { useCallback, useEffect, useState } from 'react';
import { isAppError } from '../../lib/errors/app-error';
import type { AppErrorData } from '../../lib/errors/app-error';

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: AppErrorData };

/** Anything thrown becomes AppErrorData; a non-AppError is a bug on our side, shown as such. */
export function toAppError(thrown: unknown): AppErrorData {
  if (isAppError(thrown)) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { kind: 'server', service: 'extension', status: 0, message };
}

/** Runs `load` on mount and whenever `deps` change; `reload` runs it again. */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (thrown: unknown) => current && setState({ status: 'failed', error: toAppError(thrown) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` is the caller's dependency list
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload, setState };
}
