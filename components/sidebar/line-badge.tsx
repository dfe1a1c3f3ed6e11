// A line's check result as a short status word (issue 3 §1); the problem and its fix are spelled out
// under the line (line-problem.tsx). The same values as the inline badges in the host page's grid.
import type { CheckedLine, LineBadge as Badge } from '../../lib/orders/views';

export const BADGE_LABELS: Record<Badge, string> = {
  ok: 'OK',
  'price-changed': 'Price changed',
  'low-stock': 'Low stock',
  'out-of-stock': 'Out of stock',
  'invalid-sku': 'Invalid SKU',
  discontinued: 'Discontinued',
};

const SEVERE: ReadonlySet<Badge> = new Set(['out-of-stock', 'invalid-sku', 'discontinued']);

export function LineBadge({ line }: { line: Pick<CheckedLine, 'badge'> }) {
  const tone = line.badge === 'ok' ? 'ok' : SEVERE.has(line.badge) ? 'bad' : 'warn';
  return <span className={`chip chip-${tone}`}>{BADGE_LABELS[line.badge]}</span>;
}

/** Total available, with the per-warehouse figures one click away. */
export function Availability({ line }: { line: CheckedLine }) {
  if (line.warehouses.length === 0) return <>{line.totalAvailable}</>;
  return (
    <details className="stock">
      <summary>{line.totalAvailable}</summary>
      <ul aria-label={`Stock of ${line.sku} by warehouse`}>
        {line.warehouses.map((w) => (
          <li key={w.id}>
            {w.name}: {w.qty}
          </li>
        ))}
      </ul>
    </details>
  );
}
