// A purchase order as the background read it from Autotask. The id from the page is only a hint
// (issue 3 §1): everything shown here comes from the API, never from the host page.
import { useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatMoney } from '../ui/format';
import { useRequest } from '../ui/use-request';
import type { PurchaseOrderView } from '../../lib/messaging/results';
import { EntriesForKey } from '../activity/entries-for-key';
import { OrderPanel } from './order-panel';
import { PoNotice } from './po-notices';
import type { DistributorChoice } from './po-notices';
import { SkeletonLines, Waiting } from './progress';

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

interface Props {
  poId: number;
  /** The distributors with a vendor company chosen in Options (connection.status), registry order. */
  distributors: readonly DistributorChoice[];
}

export function PurchaseOrderPanel({ poId, distributors }: Props) {
  const api = useApi();
  const { state, reload } = useRequest(() => api('purchaseOrder.get', { poId }), [api, poId]);
  // After an order was placed the PO is read again (status, order number) while the last read stays
  // on screen, and the activity list is read again (issue 10 §3: nothing stale lingers).
  const [shown, setShown] = useState<PurchaseOrderView>();
  const [activityVersion, setActivityVersion] = useState(0);
  // React's "storing information from previous renders" pattern: no effect needed.
  if (state.status === 'done' && shown !== state.value) setShown(state.value);
  const po = state.status === 'done' ? state.value : shown?.id === poId ? shown : undefined;

  if (!po && state.status === 'loading') {
    return (
      <>
        <Waiting>{`Reading purchase order ${poId} from Autotask…`}</Waiting>
        <SkeletonLines />
      </>
    );
  }
  if (!po) {
    return (
      <>
        {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
        <button type="button" onClick={reload}>
          Try again
        </button>
      </>
    );
  }
  return (
    <article aria-labelledby="po-heading">
      <h1 id="po-heading">Purchase order {po.number}</h1>
      <PoNotice po={po} distributors={distributors} />
      <dl className="facts">
        <dt>Vendor</dt>
        <dd>{po.vendorName}</dd>
        <dt>Status</dt>
        <dd>{po.statusLabel}</dd>
        <dt>Ship to</dt>
        <dd>
          <ShipTo shipTo={po.shipTo} />
        </dd>
        <dt>Total</dt>
        <dd className="num-inline">{formatMoney(po.total)}</dd>
        {po.externalPONumber ? (
          <>
            <dt>External PO number</dt>
            <dd>{po.externalPONumber}</dd>
          </>
        ) : null}
      </dl>
      <OrderPanel
        key={po.id}
        po={po}
        onOrderChanged={() => {
          reload();
          setActivityVersion((n) => n + 1);
        }}
      />
      <EntriesForKey key={activityVersion} searchKey={po.number} />
    </article>
  );
}
