// The review's lines (issue 10 §5): per line Autotask's cost, the distributor's price and the difference
// over the quantity, flagged above the drift threshold; lines that are discontinued or short of stock
// carry an acknowledgement checkbox, or say why they block the order when backorders are not allowed.
import type { OrderCheckView } from '../../lib/orders/views';
import { formatMoney } from '../ui/format';
import {
  blockedWithoutBackorders,
  lineDifference,
  lineRisk,
  riskText,
  signed,
  totalDifference,
} from './review-rules';
import type { Difference } from './review-rules';

interface Props {
  check: OrderCheckView;
  allowBackorder: boolean;
  acknowledged: ReadonlySet<number>;
  onAcknowledge(itemId: number, yes: boolean): void;
  /** While the order is being sent nothing about it can change. */
  locked?: boolean;
}

export function DifferenceText({ difference }: { difference: Difference | undefined }) {
  if (!difference) return <>—</>;
  const percent =
    difference.percent !== undefined ? ` (${signed(difference.percent, (n) => n.toFixed(1))}\u00a0%)` : '';
  return (
    <span className={difference.overThreshold ? 'drift-over' : undefined}>
      {signed(difference.amount, formatMoney)}
      {percent}
      {difference.overThreshold ? <span className="visually-hidden"> above the threshold</span> : null}
    </span>
  );
}

/** The PO's distributor as the user reads it. */
export function checkLabel(check: OrderCheckView): string {
  return check.distributor?.label ?? 'The distributor';
}

export function ReviewLines({ check, allowBackorder, acknowledged, onAcknowledge, locked = false }: Props) {
  const total = totalDifference(check);
  const label = checkLabel(check);
  return (
    <table aria-label="Purchase order lines" className="review-lines">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="num">
            Qty
          </th>
          <th scope="col" className="num">
            Autotask cost
          </th>
          <th scope="col" className="num">
            {label} price
          </th>
          <th scope="col" className="num">
            Difference
          </th>
          <th scope="col" className="num">
            In stock
          </th>
        </tr>
      </thead>
      {check.lines.map((line) => {
        const risk = lineRisk(line);
        const blocked = risk !== undefined && !allowBackorder && blockedWithoutBackorders(line);
        const difference = lineDifference(line, check.priceDriftPercent);
        const ackId = `ack-${line.itemId}`;
        return (
          <tbody key={line.itemId}>
            <tr>
              <th scope="row" className="item">
                <span className="sku">{line.sku || 'no SKU'}</span> {line.description}
              </th>
              <td className="num">{line.quantity}</td>
              <td className="num">{formatMoney(line.unitCost)}</td>
              <td className="num">{formatMoney(line.distributorPrice)}</td>
              <td className="num">
                <DifferenceText difference={difference} />
              </td>
              <td className="num">{line.badge === 'invalid-sku' ? '—' : line.totalAvailable}</td>
            </tr>
            {risk || line.badge === 'invalid-sku' || line.bestNote ? (
              <tr className="line-note">
                <td colSpan={6}>
                  {line.bestNote ? <p className="muted">{line.bestNote}</p> : null}
                  {line.badge === 'invalid-sku' ? (
                    <p className="status-warn">{line.message}</p>
                  ) : blocked ? (
                    <p className="status-blocked">
                      {riskText(line, label)} Backorders are not allowed, so this line cannot be ordered now:
                      allow backorders below, or change the line in Autotask.
                    </p>
                  ) : (
                    <>
                      <p className="status-warn">{riskText(line, label)}</p>
                      <label htmlFor={ackId}>
                        <input
                          id={ackId}
                          type="checkbox"
                          checked={acknowledged.has(line.itemId)}
                          disabled={locked}
                          onChange={(e) => onAcknowledge(line.itemId, e.target.checked)}
                        />{' '}
                        {risk === 'discontinued'
                          ? `Order ${line.sku} although it is discontinued`
                          : `Backorder ${line.backorderQty} of ${line.sku}`}
                      </label>
                    </>
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td />
          <td className="num">{formatMoney(total?.autotaskTotal)}</td>
          <td className="num">{formatMoney(total?.distributorTotal ?? check.distributorTotal)}</td>
          <td className="num">
            <DifferenceText difference={total} />
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/** The drift warning above the lines: which lines (and whether the total) exceed the threshold. */
export function DriftWarning({ check }: { check: OrderCheckView }) {
  const over = check.lines.filter((l) => lineDifference(l, check.priceDriftPercent)?.overThreshold);
  const total = totalDifference(check);
  if (over.length === 0 && !total?.overThreshold) return null;
  const label = checkLabel(check);
  return (
    <section className="hint warning" aria-labelledby="drift-heading">
      <h2 id="drift-heading">
        {label} prices differ from Autotask&apos;s costs by more than {check.priceDriftPercent}&nbsp;%
      </h2>
      <ul>
        {over.map((line) => (
          <li key={line.itemId}>
            {line.sku}: Autotask {formatMoney(line.unitCost)}, {label} {formatMoney(line.distributorPrice)} a
            unit, <DifferenceText difference={lineDifference(line, check.priceDriftPercent)} /> for{' '}
            {line.quantity}
          </li>
        ))}
        {total ? (
          <li>
            In total: Autotask {formatMoney(total.autotaskTotal)}, {label}{' '}
            {formatMoney(total.distributorTotal)}, <DifferenceText difference={total} />
          </li>
        ) : null}
      </ul>
      <p>Check the prices before confirming; {label} bills its current price.</p>
    </section>
  );
}
