// "Run scheduled templates in this browser" (issue 2 §4): off by default, because every technician's
// browser would otherwise run the same schedules and spend the tenant's shared API budget many times.
// With a team runner connected (issue 13 §2) it says the runner runs them instead.
import { useId, useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';

export function ScheduleSetting() {
  const api = useApi();
  const id = useId();
  const { state, setState } = useRequest(() => api('settings.get', {}), [api]);
  const [error, setError] = useState<AppErrorData | null>(null);

  if (state.status === 'loading') return <p className="muted">Loading settings…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;

  const change = async (runScheduledHere: boolean) => {
    setError(null);
    try {
      setState({ status: 'done', value: await api('settings.update', { runScheduledHere }) });
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  // Issue 13 §2: a connected team runner owns the schedules; this browser's switch would mislead.
  if (state.value.teamRunner) {
    return (
      <p role="status">
        <strong>Schedules run on the team runner ({state.value.teamRunner}).</strong>{' '}
        <span className="muted">
          This browser runs none while it is connected. Run now below runs a template here, in this browser;
          the popup’s Run now starts it on the runner. Disconnect the runner (Team runner above) to run the
          schedules in a browser again.
        </span>
      </p>
    );
  }

  return (
    <div>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={state.value.runScheduledHere}
          onChange={(event) => void change(event.target.checked)}
          aria-describedby={`${id}-help`}
        />
        <label htmlFor={id}>Run scheduled templates in this browser</label>
      </div>
      <p id={`${id}-help`} className="help-text">
        Turn this on in one browser only. Autotask gives the whole company one hourly API budget; if ten
        technicians' browsers all ran the schedules, the same work would spend that budget ten times. Run now
        works in every browser.
      </p>
      {error ? <ErrorHint error={error} /> : null}
    </div>
  );
}
