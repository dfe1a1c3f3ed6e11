// The popup's "Orders in flight" (issue 5 §2): each unfinished distributor order with its latest
// status, and the distributor's name once a lookup has said which one it is.
import { distributorLabel } from '../../lib/distributor/registry';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime } from '../ui/format';
import { useRequest } from '../ui/use-request';

export function InFlightList() {
  const api = useApi();
  const { state } = useRequest(() => api('orderStatus.inFlight', {}), [api]);
  return (
    <section aria-labelledby="in-flight-heading">
      <h2 id="in-flight-heading">Orders in flight</h2>
      {state.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' && state.value.length === 0 ? (
        <p className="muted">No distributor orders are on their way.</p>
      ) : null}
      {state.status === 'done' && state.value.length > 0 ? (
        <ul aria-label="Orders in flight">
          {state.value.map((order) => (
            <li key={order.poNumber}>
              <strong>{order.purchaseOrderNumber ?? order.poNumber}</strong> — {order.statusLabel}
              {order.orders.length > 0
                ? ` (${order.orders.map((o) => `${o.orderNumber}: ${o.label}`).join('; ')})`
                : ''}{' '}
              <span className="muted">
                {order.distributor ? `${distributorLabel(order.distributor)}, ` : ''}checked{' '}
                {formatDateTime(order.checkedAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
