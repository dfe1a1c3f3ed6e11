// The popup's one compact filter (issue 10 §6): the result. The full filter bar (dates, template,
// search) is on the log page, which `Open full log` opens with this choice applied.
import { useId } from 'react';
import { RESULT_LABEL } from '../activity/log-filter';
import type { ResultFilter as Result } from '../activity/log-filter';

export function ResultFilter({ value, onChange }: { value: Result; onChange(value: Result): void }) {
  const id = useId();
  return (
    <span className="row popup-filter">
      <label htmlFor={id}>Result</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Result)}>
        <option value="">All results</option>
        {(['failed', 'partial', 'success'] as const).map((r) => (
          <option key={r} value={r}>
            {RESULT_LABEL[r]}
          </option>
        ))}
      </select>
    </span>
  );
}
