// After Confirm (issue 10 §5): what the distributor made of the PO — its order number(s), and when the PO
// became several orders, which lines went into which and why as far as the answer tells (different
// warehouses, backordered lines) — and a Close button instead of a spent Confirm.
import type { SubmissionLineView, SubmissionView } from '../../lib/orders/views';
import { SubmissionStatus } from '../sidebar/submission-status';

interface Props {
  result: SubmissionView;
  /** Warehouse id → name, from the check (the order answer carries only ids). */
  warehouseNames: ReadonlyMap<string, string>;
  onClose(): void;
}

interface OrderGroup {
  orderNumber: string;
  lines: SubmissionLineView[];
}

function groupByOrder(lines: SubmissionLineView[]): OrderGroup[] {
  const groups = new Map<string, SubmissionLineView[]>();
  for (const line of lines) {
    if (!line.orderNumber) continue;
    groups.set(line.orderNumber, [...(groups.get(line.orderNumber) ?? []), line]);
  }
  return [...groups].map(([orderNumber, grouped]) => ({ orderNumber, lines: grouped }));
}

const distinct = <T,>(values: (T | undefined)[]) => new Set(values.filter((v) => v !== undefined)).size;

/** Why one PO became several orders, from what the answer reports. */
export function splitReason(groups: OrderGroup[], label = 'The distributor'): string {
  const warehouseOf = (g: OrderGroup) => [...new Set(g.lines.map((l) => l.warehouse))].join(',');
  const outcomeOf = (g: OrderGroup) => [...new Set(g.lines.map((l) => l.outcome))].join(',');
  const byWarehouse = distinct(groups.map(warehouseOf)) === groups.length;
  const byOutcome = distinct(groups.map(outcomeOf)) > 1;
  if (byWarehouse && byOutcome) {
    return `its lines ship from different ${label} warehouses, and backordered lines are ordered separately.`;
  }
  if (byWarehouse) return `its lines ship from different ${label} warehouses, one order per warehouse.`;
  if (byOutcome) return 'backordered lines are ordered separately from the lines in stock.';
  return `${label} split it; its answer gives no reason.`;
}

export function ReviewResult({ result, warehouseNames, onClose }: Props) {
  const groups = groupByOrder(result.lines);
  const label = result.distributor?.label ?? 'The distributor';
  const where = (id: string | undefined) =>
    id ? `ships from ${warehouseNames.get(id) ?? `warehouse ${id}`}` : undefined;
  return (
    <section aria-labelledby="result-heading" className="review-result">
      <h2 id="result-heading">
        {result.state === 'accepted'
          ? 'Order placed'
          : result.state === 'rejected'
            ? 'Order refused'
            : 'Order sent'}
      </h2>
      <SubmissionStatus submission={result} />
      {groups.length > 1 ? (
        <>
          <p>
            {label} made {groups.length} orders of this purchase order because {splitReason(groups, label)}
          </p>
          <ul>
            {groups.map((group) => (
              <li key={group.orderNumber}>
                Order <strong>{group.orderNumber}</strong>:{' '}
                {group.lines
                  .map((line) =>
                    [
                      `${line.quantity} × ${line.sku}`,
                      line.outcome === 'backordered' ? 'backordered' : undefined,
                      where(line.warehouse),
                      line.eta ? `ETA ${line.eta}` : undefined,
                    ]
                      .filter(Boolean)
                      .join(', '),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.lines.some((line) => line.outcome === 'rejected') ? (
        <ul>
          {result.lines
            .filter((line) => line.outcome === 'rejected')
            .map((line) => (
              <li key={line.sku} className="status-warn">
                {line.sku} was refused{line.reason ? `: ${line.reason}` : '.'}
              </li>
            ))}
        </ul>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
