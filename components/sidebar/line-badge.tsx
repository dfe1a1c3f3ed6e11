// A line's check result as a small badge with its hint text (issue 3 §1). The same five values as
// the inline badges the content script puts into the host page's grid.
import { hintById } from '../../lib/errors/hints';
import type { CheckedLine, LineBadge as Badge } from '../../lib/orders/views';

export const BADGE_LABELS: Record<Badge, string> = {
  ok: 'OK',
  'price-changed': 'Price changed',
  'low-stock': 'Low stock',
  'out-of-stock': 'Out of stock',
  'invalid-sku': 'Invalid SKU',
  discontinued: 'Discontinued',
};

export function LineBadge({ line }: { line: CheckedLine }) {
  const hint = line.hintId ? hintById(line.hintId) : undefined;
  return (
    <span className={line.badge === 'ok' ? 'status-ok' : 'status-warn'} title={line.message}>
      {BADGE_LABELS[line.badge]}
      {line.message ? <span className="muted"> — {line.message}</span> : null}
      {hint && line.badge !== 'ok' ? <span className="muted"> ({hint.title})</span> : null}
    </span>
  );
}

/** Total available, with the per-warehouse figures one click away. */
export function Availability({ line }: { line: CheckedLine }) {
  if (line.warehouses.length === 0) return <>{line.totalAvailable}</>;
  return (
    <details>
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
