// A purchase order as the background read it from Autotask. The id from the page is only a hint
// (issue 3 §1): everything shown here comes from the API, never from the host page.
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatMoney } from '../ui/format';
import { useRequest } from '../ui/use-request';
import type { PurchaseOrderView } from '../../lib/messaging/results';
import { EntriesForKey } from '../activity/entries-for-key';
import { OrderPanel } from './order-panel';

function ShipTo({ shipTo }: { shipTo: PurchaseOrderView['shipTo'] }) {
  return (
    <address style={{ fontStyle: 'normal' }}>
      {shipTo.name}
      <br />
      {shipTo.address1}
      {shipTo.address2 ? (
        <>
          <br />
          {shipTo.address2}
        </>
      ) : null}
      <br />
      {[shipTo.city, shipTo.state, shipTo.postalCode].filter(Boolean).join(' ')}
    </address>
  );
}

export function PurchaseOrderPanel({ poId }: { poId: number }) {
  const api = useApi();
  const { state, reload } = useRequest(() => api('purchaseOrder.get', { poId }), [api, poId]);

  if (state.status === 'loading') return <p role="status">Loading purchase order {poId}…</p>;
  if (state.status === 'failed') {
    return (
      <>
        <ErrorHint error={state.error} />
        <button type="button" onClick={reload}>
          Try again
        </button>
      </>
    );
  }
  const po = state.value;
  return (
    <article aria-labelledby="po-heading">
      <h1 id="po-heading">Purchase order {po.number}</h1>
      <dl className="facts">
        <dt>Vendor</dt>
        <dd>
          {po.vendorName}
          {po.isDistributorVendor ? null : <span className="status-warn"> (not the TD SYNNEX vendor)</span>}
        </dd>
        <dt>Status</dt>
        <dd>{po.statusLabel}</dd>
        <dt>Ship to</dt>
        <dd>
          <ShipTo shipTo={po.shipTo} />
        </dd>
        <dt>Total</dt>
        <dd>{formatMoney(po.total)}</dd>
        {po.externalPONumber ? (
          <>
            <dt>External PO number</dt>
            <dd>{po.externalPONumber}</dd>
          </>
        ) : null}
      </dl>
      <OrderPanel po={po} />
      <EntriesForKey searchKey={po.number} />
    </article>
  );
}
