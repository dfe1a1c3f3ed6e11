// A line's problem where the line is (issue 10 §3): what the distributor said, the catalogue's resolution,
// and the hint's action button — never a raw code, never only in a column off to the right.
import { hintById } from '../../lib/hints/hints';
import type { CheckedLine } from '../../lib/orders/views';
import { useHintAction } from '../ui/error-hint';

/** `distributor`: registry id of the PO's distributor, whose label the hint's text names. */
export function LineProblem({ line, distributor }: { line: CheckedLine; distributor?: string | undefined }) {
  const onAction = useHintAction();
  if (line.badge === 'ok') return null;
  const hint = line.hintId ? hintById(line.hintId, distributor) : undefined;
  return (
    <div
      className={`line-problem ${line.badge === 'price-changed' || line.badge === 'low-stock' ? 'warn' : 'bad'}`}
    >
      {line.message ? <p className="line-problem-what">{line.message}</p> : null}
      {hint ? <p className="line-problem-fix">{hint.resolution}</p> : null}
      {hint?.action && onAction ? (
        <button type="button" onClick={() => hint.action && onAction(hint.action)}>
          {hint.action.label}
        </button>
      ) : null}
    </div>
  );
}
