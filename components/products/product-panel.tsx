// The product page's sidebar panel (issue 4 §3, issue 12 §3): every connected distributor's current
// price and stock by warehouse side by side — one card per distributor, labelled from the registry,
// the cheapest in stock marked — with each one's sync status, last sync and outcome with the hint,
// and `Sync this product now`. Everything shown comes from the background (Autotask and the
// distributors' APIs), never from the host page. The sidebar can be framed by any Autotask page, so
// `Sync this product now` only opens the confirmation window (issue 11 §1), which syncs every linked
// distributor's row; the panel re-reads once that window has written something.
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { hintById } from '../../lib/hints/hints';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { DistributorOffer } from '../../lib/products/views';
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

// Two cards side by side from about 320 px of content (a 360–420 px sidebar); one under the other below.
const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
  gap: '8px',
  alignItems: 'start',
};
const CARD: CSSProperties = {
  border: '1px solid #d0d7de',
  borderRadius: '6px',
  padding: '6px 8px',
  minWidth: 0,
};
const CHEAPEST: CSSProperties = { ...CARD, borderColor: '#1b7f3b', borderWidth: '2px' };

function LastOutcome({ offer }: { offer: DistributorOffer }) {
  const hint = offer.hintId ? hintById(offer.hintId, offer.distributor) : undefined;
  return (
    <>
      <dt>Last synced</dt>
      <dd>
        {offer.lastSyncAt ? (
          <time dateTime={offer.lastSyncAt} title={formatDateTime(offer.lastSyncAt)}>
            {syncedAgo(offer.lastSyncAt)}
          </time>
        ) : (
          'Not from this browser yet'
        )}
      </dd>
      {offer.lastOutcome ? (
        <>
          <dt>Result</dt>
          <dd>
            {OUTCOME_TEXT[offer.lastOutcome] ?? offer.lastOutcome}
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

function Stock({ offer }: { offer: DistributorOffer }) {
  const answer = offer.answer;
  if (!answer || answer.status === 'notFound' || answer.warehouses.length === 0) return null;
  return (
    <table aria-label={`Stock by warehouse at ${offer.label}`}>
      <thead>
        <tr>
          <th scope="col">Warehouse</th>
          <th scope="col" className="num">
            Available
          </th>
        </tr>
      </thead>
      <tbody>
        {answer.warehouses.map((w) => (
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
function UnknownSku({ offer }: { offer: DistributorOffer }) {
  return (
    <div className="hint" role="status">
      <h3>
        {offer.label} does not know SKU {offer.sku}
      </h3>
      <p>
        To fix: in Autotask, open this product’s {offer.label} vendor row and set its vendor part number to
        the {offer.label} SKU (not the manufacturer part number). Product Sync then prices and stocks it.
      </p>
    </div>
  );
}

function OfferCard({ offer }: { offer: DistributorOffer }) {
  const headingId = `offer-${offer.distributor}`;
  const answer = offer.answer;
  const unknown = offer.linked && answer?.status === 'notFound';
  return (
    <section aria-labelledby={headingId} style={offer.cheapestInStock ? CHEAPEST : CARD}>
      <h2 id={headingId}>{offer.label}</h2>
      {offer.cheapestInStock ? <p className="status-ok">Cheapest in stock</p> : null}
      {unknown ? <UnknownSku offer={offer} /> : null}
      <dl className="facts">
        <dt>SKU</dt>
        <dd>
          {offer.sku ?? 'Not linked'}
          {!offer.linked && offer.sku ? <span className="muted"> (by part number, not linked)</span> : null}
        </dd>
        {offer.linked ? (
          <>
            <dt>Sync status</dt>
            <dd>
              <SyncStatus status={offer.status} />
            </dd>
          </>
        ) : null}
        {answer && answer.status !== 'notFound' ? (
          <>
            <dt>Price</dt>
            <dd>{formatMoney(answer.price)}</dd>
            <dt>Stock</dt>
            <dd>
              {answer.totalAvailable} available
              {answer.status === 'discontinued' ? ' (discontinued)' : ''}
            </dd>
          </>
        ) : null}
        {!offer.linked && !offer.error && (!answer || answer.status === 'notFound') ? (
          <>
            <dt>Price</dt>
            <dd className="muted">Not found by part number</dd>
          </>
        ) : null}
        {offer.linked ? <LastOutcome offer={offer} /> : null}
      </dl>
      <Stock offer={offer} />
      {offer.error ? <ErrorHint error={offer.error} /> : null}
    </section>
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
  // Something to sync: a linked distributor that knows its SKU.
  const syncable = view.offers.some((o) => o.linked && o.answer?.status !== 'notFound');

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
      <dl className="facts">
        <dt>Autotask cost</dt>
        <dd>{formatMoney(view.autotask.vendorCost ?? view.autotask.unitCost)}</dd>
        <dt>Autotask price</dt>
        <dd>{formatMoney(view.autotask.unitPrice)}</dd>
      </dl>
      {view.offers.length > 0 ? (
        <div role="group" aria-label="Distributors" style={GRID}>
          {view.offers.map((offer) => (
            <OfferCard key={offer.distributor} offer={offer} />
          ))}
        </div>
      ) : (
        <p className="muted">No distributor is connected with a vendor company.</p>
      )}
      {!view.offers.some((o) => o.linked) ? (
        <p className="muted">Not linked to a connected distributor.</p>
      ) : null}
      {syncable ? (
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
