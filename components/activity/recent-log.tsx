// The newest activity-log entries (log.recent). Issue 6 brings filters, details and export; this list
// already shows each failure's resolution from the hint catalogue.
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/api';
import { useRequest } from '../ui/use-request';
import type { LogEntryView } from '../../lib/messaging/results';

const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

function Entry({ entry }: { entry: LogEntryView }) {
  return (
    <li>
      <div className="row">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <span>{entry.template}</span>
        <span className="muted">{entry.operation}</span>
        <span className={`result-${entry.result}`}>{RESULT_LABEL[entry.result]}</span>
      </div>
      <div>{entry.summary}</div>
      {entry.error ? (
        <details>
          <summary>How to fix</summary>
          <ErrorHint error={entry.error} hintId={entry.hintId} live={false} />
        </details>
      ) : null}
    </li>
  );
}

export function RecentLog({ limit }: { limit: number }) {
  const api = useApi();
  const { state } = useRequest(() => api('log.recent', { limit }), [api, limit]);
  if (state.status === 'loading') return <p className="muted">Loading activity…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  if (state.value.length === 0) return <p className="muted">No activity yet.</p>;
  return (
    <ul className="plain log" aria-label="Latest activity">
      {state.value.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </ul>
  );
}
