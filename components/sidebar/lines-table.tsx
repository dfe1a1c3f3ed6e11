// The purchase order's lines as Autotask holds them; after a check (issue 3 §1) also TD SYNNEX's
// price, the stock available (by warehouse on expand) and a status badge per line.
import { formatMoney } from '../ui/format';
import type { PurchaseOrderLineView } from '../../lib/messaging/results';
import type { OrderCheckView } from '../../lib/orders/views';
import { Availability, LineBadge } from './line-badge';
import { SyncStatus } from '../products/sync-status';
import { useSkuSyncStatus } from '../products/use-sku-sync-status';

export function LinesTable({ lines, check }: { lines: PurchaseOrderLineView[]; check?: OrderCheckView }) {
  // Issue 4: each line's Product Sync status, one request for all lines.
  const sync = useSkuSyncStatus(lines.map((line) => line.sku));
  if (lines.length === 0) return <p className="muted">This purchase order has no lines.</p>;
  const checked = new Map(check?.lines.map((line) => [line.itemId, line]));
  return (
    // The sidebar is narrow: the table scrolls sideways rather than pushing columns out of view.
    <div className="table-scroll">
      <table aria-label="Purchase order lines">
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Qty
            </th>
            <th scope="col" className="num">
              Unit cost
            </th>
            <th scope="col">Sync</th>
            {check ? (
              <>
                <th scope="col" className="num">
                  TD SYNNEX price
                </th>
                <th scope="col" className="num">
                  Available
                </th>
                <th scope="col">Status</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const result = checked.get(line.itemId);
            return (
              <tr key={line.itemId}>
                <td>{line.sku || <span className="muted">no SKU</span>}</td>
                <td>{line.description}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">{formatMoney(line.unitCost)}</td>
                <td>{sync?.[line.sku] ? <SyncStatus status={sync[line.sku]!} /> : null}</td>
                {check ? (
                  <>
                    <td className="num">{formatMoney(result?.distributorPrice)}</td>
                    <td className="num">{result ? <Availability line={result} /> : '—'}</td>
                    <td>{result ? <LineBadge line={result} /> : null}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
