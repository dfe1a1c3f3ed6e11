// The one line a merged log (issue 13 §2) shows when the team runner's entries are missing or cut
// short: the list below still holds this browser's own. The hint catalogue's words for the error sit
// one click away, so the line stays a line in the popup too.
import { useSyncExternalStore } from 'react';
import { ErrorHint } from '../ui/error-hint';
import { hintFor } from '../../lib/hints/hints';
import { useLogSource } from './log-source';
import type { RunnerNoticePort } from '../../lib/runner-client/merge';

const NONE: RunnerNoticePort = { current: () => undefined, subscribe: () => () => undefined };

export function RunnerNotice() {
  const port = useLogSource().runnerNotice ?? NONE;
  const notice = useSyncExternalStore(port.subscribe, port.current);
  if (!notice) return null;
  if ('total' in notice) {
    return (
      <p className="runner-notice" role="status">
        Showing the team runner’s newest {notice.shown.toLocaleString()} of {notice.total.toLocaleString()}{' '}
        matching entries: narrow the filter, or export the rest from the runner (/api/v1/log.csv).
      </p>
    );
  }
  return (
    <details className="runner-notice" role="status">
      <summary>{hintFor(notice.error).title} — showing this browser’s entries only.</summary>
      <ErrorHint error={notice.error} live={false} />
    </details>
  );
}
