// One tracked distributor order in the sidebar (issue 5 §2): a timeline per sales order at the
// distributor (accepted → shipped 2 of 3 → …), what needs attention (hold, rejected line) with its hint, and per
// line the ETA, the packages with tracking numbers (linked when the carrier is known) and serials.
import { distributorLabel } from '../../lib/distributor/registry';
import type { OrderLineView, TrackedOrderView } from '../../lib/order-status/view-types';
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime } from '../ui/format';

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '—');

function Packages({ line }: { line: OrderLineView }) {
  if (line.packages.length === 0) return <span className="muted">Not shipped yet</span>;
  return (
    <ul aria-label={`Packages for SKU ${line.sku}`}>
      {line.packages.map((pkg) => (
        <li key={pkg.trackingNumber}>
          {pkg.carrier ? `${pkg.carrier} ` : ''}
          {pkg.trackingUrl ? (
            <a href={pkg.trackingUrl} target="_blank" rel="noreferrer">
              {pkg.trackingNumber}
            </a>
          ) : (
            pkg.trackingNumber
          )}{' '}
          × {pkg.quantity}
          {pkg.serialNumbers.length ? (
            <div className="muted" aria-label={`Serial numbers in ${pkg.trackingNumber}`}>
              Serials: {pkg.serialNumbers.join(', ')}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function OrderTimeline({ order }: { order: TrackedOrderView }) {
  // An order placed a moment ago has no lookup yet, so no known distributor.
  const salesOrder = (n: string) =>
    order.distributor ? `${distributorLabel(order.distributor)} order ${n}` : `Order ${n}`;
  return (
    <section aria-label={`Distributor order ${order.poNumber}`}>
      <p>
        <strong>{order.poNumber}</strong>: <span>{order.statusLabel}</span>{' '}
        <span className="muted">(checked {formatDateTime(order.checkedAt)})</span>
      </p>
      {order.issues.map((issue) => (
        <ErrorHint
          key={`${issue.hintId}-${issue.at}`}
          hintId={issue.hintId}
          live={false}
          // The hint's texts name the order's distributor.
          {...(order.distributor ? { distributor: order.distributor } : {})}
          error={{ kind: 'validation', service: 'extension', status: 0, message: issue.message }}
        />
      ))}
      {order.orders.map((sales) => (
        <div key={sales.orderNumber}>
          <h3>{salesOrder(sales.orderNumber)}</h3>
          <ol aria-label={`Timeline of order ${sales.orderNumber}`}>
            {sales.events.map((event) => (
              <li key={`${event.at}-${event.label}`}>
                {event.label} <span className="muted">{formatDateTime(event.at)}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <table aria-label={`Shipments of ${order.poNumber}`}>
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Shipped</th>
            <th scope="col">ETA</th>
            <th scope="col">Packages</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.lineNumber}>
              <td>{line.sku}</td>
              <td className="num">
                {line.shipped} of {line.ordered}
              </td>
              <td>{day(line.eta)}</td>
              <td>
                <Packages line={line} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
