// The sidebar's log (issue 6 §2 "the sidebar shows the entries for the PO or product on the page"):
// the entries whose search keys hold this PO number or SKU (log.forKey, which the framed sidebar may
// send: it only reads).
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { RESULT_LABEL } from './log-filter';
import { operationLabel } from '../../lib/log/labels';

/** The sidebar is narrow: the latest few, and a link to the full log filtered on the same key. */
export const SIDEBAR_LOG_ENTRIES = 10;

export function EntriesForKey({ searchKey, title }: { searchKey: string; title?: string }) {
  const api = useApi();
  const { state } = useRequest(
    () => api('log.forKey', { key: searchKey, limit: SIDEBAR_LOG_ENTRIES }),
    [api, searchKey],
  );
  const heading = title ?? `Activity for ${searchKey}`;
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      {state.status === 'loading' ? <p className="muted">Loading activity…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' && state.value.length === 0 ? (
        <p className="muted">No activity for {searchKey} yet.</p>
      ) : null}
      {state.status === 'done' && state.value.length > 0 ? (
        <ul className="plain log">
          {state.value.map((entry) => (
            <li key={entry.id}>
              <div className="row">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                <span className="muted">{operationLabel(entry.operation)}</span>
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
          ))}
        </ul>
      ) : null}
      <a href={`log.html?search=${encodeURIComponent(searchKey)}`} target="_blank" rel="noreferrer">
        Open in the full log
      </a>
    </section>
  );
}
