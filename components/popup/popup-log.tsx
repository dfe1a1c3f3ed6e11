// The popup's part of the activity log (issue 6 §1, issue 10 §6): the latest entries with their
// template names and whole summaries, one compact filter (the result), `Export CSV` and `Open full
// log`. The popup closes as soon as it loses focus, so it never builds an export: it opens the log
// page with the filter and `export=1`, and the page does it.
import { useState } from 'react';
import { filterToParams, NO_FILTER } from '../activity/log-filter';
import type { LogFilter } from '../activity/log-filter';
import { useLogSource } from '../activity/log-source';
import { useLogResult } from '../activity/use-log-result';
import { ErrorHint } from '../ui/error-hint';
import { PopupEntry } from './popup-entry';
import { ResultFilter } from './result-filter';
import { RunnerNotice } from '../activity/runner-notice';
import '../activity/activity.css';

/** Enough to see what just happened without scrolling far; the full log has the rest. */
export const POPUP_LOG_ENTRIES = 5;

export function logPageUrl(filter: LogFilter, exportNow = false): string {
  const params = filterToParams(filter);
  if (exportNow) params.set('export', '1');
  const query = params.toString();
  return query ? `log.html?${query}` : 'log.html';
}

export function PopupLog({
  open = (url: string) => window.open(url, '_blank'),
}: {
  open?(url: string): void;
}) {
  const source = useLogSource();
  const [filter, setFilter] = useState(NO_FILTER);
  // Only the first rows: the popup never needs the count or the full id list.
  const { answer, error } = useLogResult(filter, source, 0, false);
  const latest = (answer?.first ?? []).slice(0, POPUP_LOG_ENTRIES);

  return (
    <section aria-labelledby="popup-log-heading">
      <div className="row popup-log-head">
        <h2 id="popup-log-heading">Latest activity</h2>
        <ResultFilter value={filter.result} onChange={(result) => setFilter({ ...filter, result })} />
      </div>
      {error ? <ErrorHint error={error} /> : null}
      <RunnerNotice />
      {answer !== undefined && latest.length === 0 ? (
        <p className="muted">{filter.result === '' ? 'No activity yet.' : 'No entries with this result.'}</p>
      ) : null}
      {latest.length > 0 ? (
        <ul className="plain log" aria-label="Latest activity">
          {latest.map((entry) => (
            <li key={entry.id}>
              <PopupEntry entry={entry} onOpen={() => open(`${logPageUrl(filter)}#entry-${entry.id}`)} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="row">
        <button type="button" onClick={() => open(logPageUrl(filter))}>
          Open full log
        </button>
        <button type="button" disabled={latest.length === 0} onClick={() => open(logPageUrl(filter, true))}>
          Export CSV
        </button>
      </div>
    </section>
  );
}
