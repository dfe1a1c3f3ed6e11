// The product page's sidebar panel (issue 4 §3): TD SYNNEX's current price and stock by warehouse,
// the last sync and its outcome with the hint, and `Sync this product now`. Everything shown comes
// from the background (Autotask and TD SYNNEX APIs), never from the host page.
import { useState } from 'react';
import { hintById } from '../../lib/errors/hints';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { ProductSyncView } from '../../lib/products/views';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime, formatMoney } from '../ui/format';
import { toAppError, useRequest } from '../ui/use-request';
import { SyncStatus } from './sync-status';
import { EntriesForKey } from '../activity/entries-for-key';

function LastOutcome({ view }: { view: ProductSyncView }) {
  const hint = view.hintId ? hintById(view.hintId) : undefined;
  return (
    <>
      <dt>Last sync</dt>
      <dd>{view.lastSyncAt ? formatDateTime(view.lastSyncAt) : 'Never in this browser'}</dd>
      <dt>Last outcome</dt>
      <dd>
        {view.lastOutcome ?? '—'}
        {hint ? (
          <span className="muted">
            {' '}
            — {hint.title}: {hint.resolution}
          </span>
        ) : null}
      </dd>
    </>
  );
}

function Stock({ view }: { view: ProductSyncView }) {
  const tds = view.tdsynnex;
  if (!tds) return null;
  return (
    <table aria-label="Stock by warehouse">
      <thead>
        <tr>
          <th scope="col">Warehouse</th>
          <th scope="col">Available</th>
        </tr>
      </thead>
      <tbody>
        {tds.warehouses.map((w) => (
          <tr key={w.id}>
            <td>{w.name || `Warehouse ${w.id}`}</td>
            <td>{w.qty}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProductPanel({ productId }: { productId: number }) {
  const api = useApi();
  const { state, setState } = useRequest(() => api('product.syncInfo', { productId }), [api, productId]);
  const [syncing, setSyncing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  if (state.status === 'loading') return <p role="status">Loading product {productId}…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const view = state.value;

  const syncNow = async () => {
    setSyncing(true);
    setError(null);
    setMessage(null);
    try {
      const result = await api('product.syncNow', { productId });
      setState({ status: 'done', value: result.view });
      const changes = Object.entries(result.outcome.changes ?? {}).map(
        ([field, change]) => `${field} ${change}`,
      );
      setMessage(`Synced: ${result.outcome.outcome}${changes.length ? ` (${changes.join(', ')})` : ''}.`);
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setSyncing(false);
    }
  };

  return (
    <article aria-labelledby="product-heading">
      <h1 id="product-heading">{view.name}</h1>
      <dl className="facts">
        <dt>TD SYNNEX SKU</dt>
        <dd>{view.sku ?? 'Not linked to TD SYNNEX'}</dd>
        <dt>Sync status</dt>
        <dd>
          <SyncStatus status={view.status} />
        </dd>
        {view.tdsynnex ? (
          <>
            <dt>TD SYNNEX price</dt>
            <dd>{view.tdsynnex.status === 'notFound' ? 'Unknown SKU' : formatMoney(view.tdsynnex.price)}</dd>
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
      {view.sku ? (
        <button type="button" onClick={() => void syncNow()} disabled={syncing}>
          {syncing ? 'Syncing…' : 'Sync this product now'}
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {error ? <ErrorHint error={error} /> : null}
      {/* Issue 6 §2: the log entries for the product on the page (Product Sync items carry the SKU). */}
      {view.sku ? <EntriesForKey searchKey={view.sku} title={`Activity for SKU ${view.sku}`} /> : null}
    </article>
  );
}
