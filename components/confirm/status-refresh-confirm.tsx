// The confirmation window for `Refresh status` (issue 11 §1): the lookup writes the PO's status,
// item ETAs, tracking and serial numbers (and receipts, when receiving is on) back to Autotask, so it
// is confirmed here — what is known now, what Confirm writes — and not from the framable sidebar.
import { useState } from 'react';
import { distributorLabel } from '../../lib/distributor/registry';
import type { AppErrorData } from '../../lib/errors/app-error';
import { HINT_CODES } from '../../lib/hints/hints';
import type { PurchaseOrderStatusView } from '../../lib/order-status/view-types';
import { OrderTimeline } from '../order-status/order-timeline';
import { useApi } from '../ui/api';
import { WindowConfirmButton } from '../ui/confirm-button';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';

const templateOff: AppErrorData = {
  kind: 'validation',
  service: 'extension',
  status: 0,
  code: HINT_CODES.orderStatusOff,
  message: 'Get Order Status is switched off: this window cannot write status back.',
};

export function StatusRefreshConfirm({ poId }: { poId: number }) {
  const api = useApi();
  const { state } = useRequest(
    () => Promise.all([api('orderStatus.get', { poId }), api('orderStatus.settings', {})]),
    [api, poId],
  );
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PurchaseOrderStatusView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  if (state.status === 'loading')
    return <p role="status">Reading what is known about purchase order {poId}…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const [known, { settings }] = state.value;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api('orderStatus.refresh', { poId }));
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const shown = result ?? known;
  // The PO's distributor, once a lookup (or this refresh) has said which one it is.
  const distributor = shown.distributor ?? known.distributor;
  const where = distributor ? distributorLabel(distributor) : 'the PO’s distributor';
  return (
    <article aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">Refresh the status of purchase order {poId}</h1>
      {result ? (
        <p role="status">{result.note ?? `Looked up at ${where} and written back to Autotask.`}</p>
      ) : (
        <section aria-label="What Confirm writes">
          <p>Confirm looks this PO’s order(s) up at {where} now and writes to Autotask:</p>
          <ul>
            <li>the purchase order’s status, as the status mapping says;</li>
            <li>each item’s expected date (ETA);</li>
            <li>tracking and serial numbers, in the purchase order’s memo;</li>
            <li>
              {settings.receiving === 'when-shipped'
                ? 'receipts for shipped items (receiving is on: stock is received into inventory).'
                : 'no receipts (receiving is off).'}
            </li>
          </ul>
        </section>
      )}
      <h2>{result ? 'Now' : 'Known so far'}</h2>
      {shown.tracked.length === 0 ? (
        <p className="muted">{shown.note ?? 'Not looked up yet.'}</p>
      ) : (
        shown.tracked.map((order) => <OrderTimeline key={order.poNumber} order={order} />)
      )}
      {!settings.enabled && !result ? <ErrorHint error={templateOff} /> : null}
      {error ? <ErrorHint error={error} /> : null}
      <div className="row">
        {result ? (
          <button type="button" className="primary" onClick={() => window.close()}>
            Close
          </button>
        ) : (
          <>
            <WindowConfirmButton onConfirm={() => void confirm()} disabled={busy || !settings.enabled}>
              {busy ? 'Looking up…' : 'Confirm: look up and write back'}
            </WindowConfirmButton>
            <button type="button" onClick={() => window.close()}>
              Cancel
            </button>
          </>
        )}
      </div>
    </article>
  );
}
