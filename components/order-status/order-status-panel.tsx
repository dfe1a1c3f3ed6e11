// The sidebar's "Order status" section for the PO on the page (issue 5 §2): what this browser last
// learned (the scheduled run, or another run of `Refresh status`), and `Refresh status` to look the
// PO's TD SYNNEX order(s) up now.
import { useState } from 'react';
import type { PurchaseOrderStatusView } from '../../lib/order-status/view-types';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import { OrderTimeline } from './order-timeline';

export function OrderStatusPanel({ poId }: { poId: number }) {
  const api = useApi();
  const { state, setState } = useRequest(() => api('orderStatus.get', { poId }), [api, poId]);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const refresh = async () => {
    setRefreshing(true);
    setError(null);
    try {
      setState({ status: 'done', value: await api('orderStatus.refresh', { poId }) });
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setRefreshing(false);
    }
  };

  const view: PurchaseOrderStatusView | undefined = state.status === 'done' ? state.value : undefined;
  return (
    <section aria-labelledby="order-status-heading">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="order-status-heading">Order status</h2>
        <button type="button" onClick={() => void refresh()} disabled={refreshing}>
          {refreshing ? 'Refreshing…' : 'Refresh status'}
        </button>
      </div>
      {state.status === 'loading' ? <p className="muted">Loading order status…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {error ? <ErrorHint error={error} /> : null}
      {view?.note ? <p role="status">{view.note}</p> : null}
      {view && view.tracked.length === 0 && !view.note ? (
        <p className="muted">
          Not looked up yet. Use Refresh status, or wait for the Get Order Status template.
        </p>
      ) : null}
      {view?.tracked.map((order) => (
        <OrderTimeline key={order.poNumber} order={order} />
      ))}
    </section>
  );
}
