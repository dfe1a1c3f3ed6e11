// How long the log keeps entries (issue 6 §3), with the setting beside it and the advice to export
// for longer. The background prunes daily (lib/log/retention-alarm.ts) and at once after a change.
import { useId } from 'react';
import { useApi } from '../ui/api';
import { useRequest } from '../ui/use-request';

const CHOICES = [7, 14, 30, 60, 90, 180, 365];

export function RetentionNote({ onChanged }: { onChanged?(): void }) {
  const api = useApi();
  const id = useId();
  const { state, setState } = useRequest(() => api('log.retention', {}), [api]);
  if (state.status !== 'done') return null;
  const days = state.value.days;
  const choices = CHOICES.includes(days) ? CHOICES : [...CHOICES, days].sort((a, b) => a - b);
  return (
    <p className="retention">
      Entries are kept for {days} days, then deleted. Export CSV to keep them longer.{' '}
      <label htmlFor={id}>Keep entries for</label>{' '}
      <select
        id={id}
        value={days}
        onChange={async (e) => {
          setState({ status: 'done', value: await api('log.retention', { days: Number(e.target.value) }) });
          onChanged?.();
        }}
      >
        {choices.map((n) => (
          <option key={n} value={n}>
            {n} days
          </option>
        ))}
      </select>
    </p>
  );
}
