// A line's problem where the line is (issue 10 §3): what TD SYNNEX said, the catalogue's resolution,
// and the hint's action button — never a raw code, never only in a column off to the right.
import { hintById } from '../../lib/hints/hints';
import type { CheckedLine } from '../../lib/orders/views';
import { useHintAction } from '../ui/error-hint';

export function LineProblem({ line }: { line: CheckedLine }) {
  const onAction = useHintAction();
  if (line.badge === 'ok') return null;
  const hint = line.hintId ? hintById(line.hintId) : undefined;
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
