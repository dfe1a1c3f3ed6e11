// The purchase order's lines as Autotask holds them. Issue 3 adds TD SYNNEX price, stock and badges.
import { formatMoney } from '../ui/format';
import type { PurchaseOrderLineView } from '../../lib/messaging/results';

export function LinesTable({ lines }: { lines: PurchaseOrderLineView[] }) {
  if (lines.length === 0) return <p className="muted">This purchase order has no lines.</p>;
  return (
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
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.itemId}>
            <td>{line.sku || <span className="muted">no SKU</span>}</td>
            <td>{line.description}</td>
            <td className="num">{line.quantity}</td>
            <td className="num">{formatMoney(line.unitCost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
