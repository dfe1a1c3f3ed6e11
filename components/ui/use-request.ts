// Loading state for one background request. Errors stay AppErrorData so they render with their hint.
import { useCallback, useEffect, useState } from 'react';
import { isAppError } from '../../lib/errors/app-error';
import type { AppErrorData } from '../../lib/errors/app-error';

export type RequestState<T> =
  { status: 'loading' } | { status: 'done'; value: T } | { status: 'failed'; error: AppErrorData };

/** Anything thrown becomes AppErrorData; a non-AppError is a bug on our side, shown as such. */
export function toAppError(thrown: unknown): AppErrorData {
  if (isAppError(thrown)) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { kind: 'server', service: 'extension', status: 0, message };
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

type Settled<T> = Exclude<RequestState<T>, { status: 'loading' }>;

/** Runs `load` on mount and whenever `deps` change; `reload` runs it again. */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [generation, setGeneration] = useState(0);
  // One identity per request: a result that belongs to an older request means "still loading".
  // Derived during render (React's "storing information from previous renders" pattern).
  const [tracked, setTracked] = useState({ deps, generation, request: {} });
  let request = tracked.request;
  if (tracked.generation !== generation || !sameDeps(tracked.deps, deps)) {
    request = {};
    setTracked({ deps, generation, request });
  }
  const [settled, setSettled] = useState<{ request: object; state: Settled<T> } | null>(null);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setSettled({ request, state: { status: 'done', value } }),
      (thrown: unknown) =>
        current && setSettled({ request, state: { status: 'failed', error: toAppError(thrown) } }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per request identity
  }, [request]);

  const state: RequestState<T> = settled?.request === request ? settled.state : { status: 'loading' };
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  /** Replace the result, e.g. with the answer of a later write (Connect returns the new view). */
  const setState = useCallback((next: Settled<T>) => setSettled({ request, state: next }), [request]);
  return { state, reload, setState };
}
