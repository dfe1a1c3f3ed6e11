// The sidebar's "Order status" section for the PO on the page (issue 5 §2): what this browser last
// learned (the scheduled run, or another run of `Refresh status`), and `Refresh status` to look the
// PO's order(s) up at its distributor now. That lookup writes back to Autotask, so the button only opens its
// confirmation window (issue 11 §1: any Autotask page can frame the sidebar); the panel follows the
// stored status and shows the answer once the window has written it.
import { useState } from 'react';
import type { PurchaseOrderStatusView } from '../../lib/order-status/view-types';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import { OrderTimeline } from './order-timeline';
import { useAfterConfirm } from '../confirm/use-after-confirm';

export function OrderStatusPanel({ poId }: { poId: number }) {
  const api = useApi();
  const { state, reload } = useRequest(() => api('orderStatus.get', { poId }), [api, poId]);
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const watch = useAfterConfirm(
    () => api('orderStatus.get', { poId }),
    () => {
      setOpened(false);
      reload();
    },
  );

  const refresh = async () => {
    setOpening(true);
    setError(null);
    try {
      await api('orderStatus.reviewRefresh', { poId });
      setOpened(true);
      watch();
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setOpening(false);
    }
  };

  const view: PurchaseOrderStatusView | undefined = state.status === 'done' ? state.value : undefined;
  return (
    <section aria-labelledby="order-status-heading">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="order-status-heading">Order status</h2>
        <button type="button" onClick={() => void refresh()} disabled={opening}>
          {opening ? 'Opening…' : 'Refresh status'}
        </button>
      </div>
      {state.status === 'loading' ? <p className="muted">Loading order status…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {error ? <ErrorHint error={error} /> : null}
      {opened ? (
        <p role="status">Confirm the lookup in the window that opened; this panel updates after it.</p>
      ) : null}
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
