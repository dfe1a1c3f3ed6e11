// The popup's "POs waiting" (issue 3 §4): purchase orders of a distributor's vendor company in the
// Create Orders trigger status with no order — waiting because the template is off or manual. `Submit now` opens the
// same review window as the sidebar; the order is placed only by its `Confirm order`.
import { useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';

export function WaitingOrders() {
  const api = useApi();
  const { state } = useRequest(() => api('orders.waiting', {}), [api]);
  const [error, setError] = useState<AppErrorData>();
  const submitNow = (poId: number) =>
    api('order.review', { poId }).then(
      () => undefined,
      (e: unknown) => setError(toAppError(e)),
    );
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">POs waiting</h2>
      {state.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' && state.value.length === 0 ? (
        <p className="muted">No purchase order is waiting to be submitted.</p>
      ) : null}
      {state.status === 'done' && state.value.length > 0 ? (
        <ul aria-label="POs waiting">
          {state.value.map((po) => (
            <li key={po.poId}>
              <strong>{po.number}</strong> <span className="muted">{po.reason}</span>{' '}
              <button
                type="button"
                onClick={() => void submitNow(po.poId)}
                aria-label={`Submit now ${po.number}`}
              >
                Submit now
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorHint error={error} /> : null}
    </section>
  );
}
