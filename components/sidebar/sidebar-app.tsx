// The sidebar (sidebar.html in the page's iframe). It may only read (protocol.ts: 'sidebar' sender),
// because a hostile page can frame it. Shows the purchase order the page showed, or the one the user
// finds; for a product page, the product's distributor panel (components/products, issue 4).
import { useState } from 'react';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import type { ConnectionStatus } from '../../lib/messaging/results';
import './sidebar.css';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { FindPurchaseOrder } from './find-purchase-order';
import { PurchaseOrderPanel } from './purchase-order-panel';
import { Waiting } from './progress';
import type { DistributorChoice } from './po-notices';
import { OrderStatusPanel } from '../order-status/order-status-panel';
import { ProductPanel } from '../products/product-panel';

export interface SidebarTarget {
  poId?: number;
  productId?: number;
}

interface Props {
  target: SidebarTarget;
  /** Asks the content script to collapse the sidebar; absent when the page is not in a tab. */
  onCollapse?: () => void;
}

/** The distributors with a vendor company chosen in Options, registry order. */
export function distributorChoices(status: ConnectionStatus): DistributorChoice[] {
  return DISTRIBUTORS.flatMap(({ id, label }) => {
    const view = status.distributors[id];
    if (view?.vendorCompanyId === undefined) return [];
    return [{ id, label, ...(view.vendorCompanyName ? { vendorName: view.vendorCompanyName } : {}) }];
  });
}

export function SidebarApp({ target, onCollapse }: Props) {
  const api = useApi();
  const { state } = useRequest(() => api('connection.status', {}), [api]);
  const [poId, setPoId] = useState(target.poId);

  return (
    <main>
      <div className="sidebar-header">
        <strong>Autotask Bridge</strong>
        {onCollapse ? (
          <button type="button" onClick={onCollapse} aria-label="Collapse sidebar">
            Collapse
          </button>
        ) : null}
      </div>
      {state.status === 'loading' ? <Waiting>Reading the connections…</Waiting> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' && !state.value.autotask.connected ? (
        <section aria-labelledby="not-connected-heading">
          <h1 id="not-connected-heading">Autotask is not connected</h1>
          <p>
            Connect the Autotask API user in{' '}
            <a href="options.html" target="_blank" rel="noreferrer">
              Options
            </a>{' '}
            to see purchase orders here.
          </p>
        </section>
      ) : null}
      {state.status === 'done' && state.value.autotask.connected ? (
        <>
          <FindPurchaseOrder onFound={setPoId} />
          {poId !== undefined ? (
            <PurchaseOrderPanel poId={poId} distributors={distributorChoices(state.value)} />
          ) : null}
          {poId !== undefined ? <OrderStatusPanel poId={poId} /> : null}
          {poId === undefined && target.productId !== undefined ? (
            <ProductPanel productId={target.productId} />
          ) : null}
        </>
      ) : null}
    </main>
  );
}
