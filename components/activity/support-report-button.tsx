// `Copy support report` (issue 6 §3) for one entry or for the filtered range. The background builds
// and redacts the report; here it is copied to the clipboard, shown for reading, and offered as a
// JSON download.
import { useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError } from '../ui/use-request';
import type { SaveFile } from './download';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { LogQuery } from '../../lib/messaging/protocol';
import type { SupportReport } from '../../lib/messaging/results';

interface Props {
  label?: string;
  request: { entryIds: number[] } | { query: LogQuery };
  save: SaveFile;
}

type State =
  | { status: 'idle' }
  | { status: 'done'; report: SupportReport; copied: boolean }
  | { status: 'failed'; error: AppErrorData };

export function SupportReportButton({ label = 'Copy support report', request, save }: Props) {
  const api = useApi();
  const [state, setState] = useState<State>({ status: 'idle' });

  async function build() {
    try {
      const report = await api('log.supportReport', request);
      // The clipboard may refuse (page not focused); the report is still shown to copy by hand.
      const copied = await navigator.clipboard?.writeText(report.text).then(
        () => true,
        () => false,
      );
      setState({ status: 'done', report, copied: copied ?? false });
    } catch (thrown) {
      setState({ status: 'failed', error: toAppError(thrown) });
    }
  }

  return (
    <div className="support-report">
      <button type="button" onClick={() => void build()}>
        {label}
      </button>
      {state.status === 'failed' ? (
        <div className="support-report-output">
          <ErrorHint error={state.error} />
        </div>
      ) : null}
      {state.status === 'done' ? (
        <div className="support-report-output">
          <p role="status">
            {state.copied ? 'Support report copied' : 'Support report ready'} ({state.report.entryCount}{' '}
            {state.report.entryCount === 1 ? 'entry' : 'entries'}, secrets redacted).
          </p>
          <textarea readOnly aria-label="Support report" rows={8} value={state.report.text} />
          <button
            type="button"
            onClick={() =>
              save(
                new Blob([state.report.json], { type: 'application/json' }),
                `autotask-bridge-support-${new Date().toISOString().slice(0, 10)}.json`,
              )
            }
          >
            Download JSON
          </button>
        </div>
      ) : null}
    </div>
  );
}
