// The purchase order's lines as Autotask holds them, one compact card per line (issue 10 §3): at the
// sidebar's 360–420 px every line's SKU, description, quantity, Autotask cost, the distributor's
// price, stock, status and problem with its fix are on screen without sideways scrolling. No table:
// six columns do not fit, and an inner sideways scroller hides exactly the status and the reason.
// Side by side (issue 12 §3): one small row per other connected distributor (price, stock), the
// better choice marked, and a plain note when the PO's distributor is not it.
import { formatMoney } from '../ui/format';
import type { PurchaseOrderLineView } from '../../lib/messaging/results';
import type { CheckedLine, OrderCheckView } from '../../lib/orders/views';
import { Availability, LineBadge } from './line-badge';
import { LineProblem } from './line-problem';
import { SyncStatus } from '../products/sync-status';
import { useSkuSyncStatus } from '../products/use-sku-sync-status';
import type { SkuSyncStatus } from '../../lib/products/views';

interface Props {
  lines: PurchaseOrderLineView[];
  /** The PO's distributor as the user reads it. */
  label: string;
  check?: OrderCheckView;
  /** The distributor is being asked: its figures show as placeholders. */
  checking?: boolean;
}

export function LineCards({ lines, label, check, checking = false }: Props) {
  // Issue 4: each line's Product Sync status, one request for all lines.
  const sync = useSkuSyncStatus(lines.map((line) => line.sku));
  if (lines.length === 0) return <p className="muted">This purchase order has no lines.</p>;
  const checked = new Map(check?.lines.map((line) => [line.itemId, line]));
  return (
    <ul className="line-cards" aria-label="Purchase order lines">
      {lines.map((line) => (
        <LineCard
          key={line.itemId}
          line={line}
          result={checked.get(line.itemId)}
          sync={sync?.[line.sku]}
          checking={checking}
          label={label}
          own={check?.distributor?.id}
        />
      ))}
    </ul>
  );
}

interface CardProps {
  line: PurchaseOrderLineView;
  result: CheckedLine | undefined;
  sync: SkuSyncStatus | undefined;
  checking: boolean;
  label: string;
  /** Registry id of the PO's distributor. */
  own: string | undefined;
}

function LineCard({ line, result, sync, checking, label, own }: CardProps) {
  const name = line.sku || 'no SKU';
  const pending = <span className="skeleton-bar inline" aria-hidden="true" />;
  return (
    <li className="line-card" aria-label={`Line ${name}`}>
      <div className="line-head">
        <span className="line-sku">{line.sku || <span className="muted">no SKU</span>}</span>
        {result ? <LineBadge line={result} /> : null}
        {result?.offers?.length && result.best !== undefined && result.best === own ? (
          <span className="chip chip-ok">Best offer</span>
        ) : null}
      </div>
      <p className="line-desc">{line.description}</p>
      <dl className="line-figures">
        <div>
          <dt>Qty</dt>
          <dd className="num">{line.quantity}</dd>
        </div>
        <div>
          <dt>Autotask cost</dt>
          <dd className="num">{formatMoney(line.unitCost)}</dd>
        </div>
        <div>
          <dt>{label} price</dt>
          <dd className="num">{result ? formatMoney(result.distributorPrice) : checking ? pending : '—'}</dd>
        </div>
        <div>
          <dt>Stock</dt>
          <dd className="num">{result ? <Availability line={result} /> : checking ? pending : '—'}</dd>
        </div>
      </dl>
      {result?.offers?.length ? <OtherOffers line={result} /> : null}
      {sync && !(sync === 'invalid' && result?.badge === 'invalid-sku') ? (
        <div className="line-sync">
          <span className="muted">Product Sync: </span>
          <SyncStatus status={sync} />
        </div>
      ) : null}
      {result ? <LineProblem line={result} distributor={own} /> : null}
    </li>
  );
}

/** One small row per other distributor: its name, price and stock; the better choice marked. */
function OtherOffers({ line }: { line: CheckedLine }) {
  return (
    <>
      <ul className="line-offers" aria-label="Other distributors">
        {(line.offers ?? []).map((offer) => (
          <li key={offer.distributor}>
            <span className="offer-name">{offer.label}</span>
            <span className="num">{formatMoney(offer.price)}</span>
            <span className="num">{offer.discontinued ? 'discontinued' : `${offer.available} in stock`}</span>
            {line.best === offer.distributor ? <span className="chip chip-ok">Best offer</span> : null}
          </li>
        ))}
      </ul>
      {line.bestNote ? <p className="line-best-note">{line.bestNote}</p> : null}
    </>
  );
}
