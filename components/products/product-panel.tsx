// The product page's sidebar panel (issue 4 §3): TD SYNNEX's current price and stock by warehouse,
// the last sync and its outcome with the hint, and `Sync this product now`. Everything shown comes
// from the background (Autotask and TD SYNNEX APIs), never from the host page. The sidebar can be
// framed by any Autotask page, so `Sync this product now` only opens the confirmation window
// (issue 11 §1); the panel re-reads once that window has written something.
import { useState } from 'react';
import { hintById } from '../../lib/hints/hints';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { ProductSyncView } from '../../lib/products/views';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime, formatMoney } from '../ui/format';
import { toAppError, useRequest } from '../ui/use-request';
import { SyncStatus, syncedAgo } from './sync-status';
import { EntriesForKey } from '../activity/entries-for-key';
import { useAfterConfirm } from '../confirm/use-after-confirm';

const OUTCOME_TEXT: Record<string, string> = {
  updated: 'Updated',
  created: 'Created',
  deactivated: 'Deactivated',
  unchanged: 'Already up to date',
  skipped: 'Skipped',
  failed: 'Failed',
};

function LastOutcome({ view }: { view: ProductSyncView }) {
  const hint = view.hintId ? hintById(view.hintId) : undefined;
  return (
    <>
      <dt>Last synced</dt>
      <dd>
        {view.lastSyncAt ? (
          <time dateTime={view.lastSyncAt} title={formatDateTime(view.lastSyncAt)}>
            {syncedAgo(view.lastSyncAt)}
          </time>
        ) : (
          'Not from this browser yet'
        )}
      </dd>
      {view.lastOutcome ? (
        <>
          <dt>Result</dt>
          <dd>
            {OUTCOME_TEXT[view.lastOutcome] ?? view.lastOutcome}
            {hint ? (
              <span className="muted">
                {' '}
                — {hint.title}: {hint.resolution}
              </span>
            ) : null}
          </dd>
        </>
      ) : null}
    </>
  );
}

function Stock({ view }: { view: ProductSyncView }) {
  const tds = view.tdsynnex;
  if (!tds || tds.status === 'notFound') return null;
  return (
    <table aria-label="Stock by warehouse">
      <thead>
        <tr>
          <th scope="col">Warehouse</th>
          <th scope="col" className="num">
            Available
          </th>
        </tr>
      </thead>
      <tbody>
        {tds.warehouses.map((w) => (
          <tr key={w.id}>
            <td>{w.name || `Warehouse ${w.id}`}</td>
            <td className="num">{w.qty}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Issue 10 §6: an unknown SKU says so, with the fix, instead of an empty table and "0 available". */
function UnknownSku({ sku }: { sku: string }) {
  return (
    <div className="hint" role="status">
      <h3>TD SYNNEX does not know SKU {sku}</h3>
      <p>
        To fix: in Autotask, open this product’s TD SYNNEX vendor row and set its vendor part number to the TD
        SYNNEX SKU (not the manufacturer part number). Product Sync then prices and stocks it.
      </p>
    </div>
  );
}

export function ProductPanel({ productId }: { productId: number }) {
  const api = useApi();
  const { state, reload } = useRequest(() => api('product.syncInfo', { productId }), [api, productId]);
  const [opening, setOpening] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const sku = state.status === 'done' ? state.value.sku : undefined;
  // The window's Confirm logs one entry for the SKU: when it appears, read the product again.
  const watch = useAfterConfirm(
    () => (sku ? api('log.forKey', { key: sku, limit: 1 }) : Promise.resolve(null)),
    () => {
      setMessage(null);
      reload();
    },
  );

  if (state.status === 'loading') return <p role="status">Loading product {productId}…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const view = state.value;
  const notFound = view.tdsynnex?.status === 'notFound';

  const reviewSync = async () => {
    setOpening(true);
    setError(null);
    setMessage(null);
    try {
      await api('product.reviewSync', { productId });
      setMessage('Check the changes and confirm them in the window that opened.');
      watch();
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setOpening(false);
    }
  };

  return (
    <article aria-labelledby="product-heading">
      <h1 id="product-heading">{view.name}</h1>
      {notFound && view.sku ? <UnknownSku sku={view.sku} /> : null}
      <dl className="facts">
        <dt>TD SYNNEX SKU</dt>
        <dd>{view.sku ?? 'Not linked to TD SYNNEX'}</dd>
        <dt>Sync status</dt>
        <dd>
          <SyncStatus status={view.status} />
        </dd>
        {view.tdsynnex && !notFound ? (
          <>
            <dt>TD SYNNEX price</dt>
            <dd>{formatMoney(view.tdsynnex.price)}</dd>
            <dt>TD SYNNEX stock</dt>
            <dd>
              {view.tdsynnex.totalAvailable} available
              {view.tdsynnex.status === 'discontinued' ? ' (discontinued)' : ''}
            </dd>
          </>
        ) : null}
        <dt>Autotask cost</dt>
        <dd>{formatMoney(view.autotask.vendorCost ?? view.autotask.unitCost)}</dd>
        <dt>Autotask price</dt>
        <dd>{formatMoney(view.autotask.unitPrice)}</dd>
        <LastOutcome view={view} />
      </dl>
      <Stock view={view} />
      {view.sku && !notFound ? (
        <button type="button" onClick={() => void reviewSync()} disabled={opening}>
          {opening ? 'Opening…' : 'Sync this product now'}
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {error ? <ErrorHint error={error} /> : null}
      {/* Issue 6 §2: the log entries for the product on the page (Product Sync items carry the SKU). */}
      {view.sku ? <EntriesForKey searchKey={view.sku} title={`Activity for SKU ${view.sku}`} /> : null}
    </article>
  );
}
