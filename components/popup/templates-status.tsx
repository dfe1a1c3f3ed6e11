// The popup's templates (issue 6 §1): each with its last run, result, next run and `Run now`; a
// running one shows a progress bar (done / total). Polled while something runs — the run itself goes
// on in the service worker, so closing the popup does not stop it.
import { useEffect, useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime } from '../ui/format';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { TemplateView } from '../../lib/messaging/results';
import './popup.css';

/** How often a running template's progress is re-read. */
export const PROGRESS_POLL_MS = 1_000;
const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

/**
 * An enabled template without an alarm: when this browser does not run schedules (Options →
 * Scheduled work, off by default), say so — "not scheduled" reads as if the template were broken.
 */
function nextRunText(
  template: TemplateView,
  scheduledHere: boolean | undefined,
  teamRunner?: string,
): string {
  if (template.nextRunAt) return formatDateTime(template.nextRunAt);
  if (template.enabled && teamRunner) return 'on the team runner';
  if (template.enabled && scheduledHere === false) return 'not in this browser (Options → Scheduled work)';
  return 'not scheduled';
}

interface TemplateProps {
  template: TemplateView;
  scheduledHere: boolean | undefined;
  /** The team runner's address when one runs the schedules (issue 13 §2). */
  teamRunner: string | undefined;
  onRun(): void;
}

function Template({ template, scheduledHere, teamRunner, onRun }: TemplateProps) {
  const { progress } = template;
  return (
    <li aria-label={template.name}>
      <div className="row">
        <strong>{template.name}</strong>
        {template.enabled ? (
          <span className="template-on">On</span>
        ) : (
          <span className="muted" id={`popup-${template.id}-off`}>
            Off — switch it on in Options to run it
          </span>
        )}
        {/* Issue 11 §1: a template that is off writes nothing, so it cannot be run either. */}
        <button
          type="button"
          disabled={template.running || !template.enabled}
          aria-describedby={template.enabled ? undefined : `popup-${template.id}-off`}
          onClick={onRun}
        >
          Run now
        </button>
      </div>
      <div className="muted">
        Last run: {template.lastRunAt ? formatDateTime(template.lastRunAt) : 'never'}
        {template.lastResult ? (
          <>
            {' — '}
            <span className={`result-${template.lastResult}`}>{RESULT_LABEL[template.lastResult]}</span>
          </>
        ) : null}
        {' · '}Next run: {nextRunText(template, scheduledHere, teamRunner)}
      </div>
      {template.running ? (
        <div>
          <progress
            aria-label={`${template.name} progress`}
            max={progress?.total || 1}
            value={progress?.done ?? 0}
          />{' '}
          {progress ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}` : 'Starting…'}
        </div>
      ) : null}
    </li>
  );
}

export function TemplatesStatus() {
  const api = useApi();
  const { state, reload } = useRequest(() => api('templates.list', {}), [api]);
  // Only for the wording of a missing next run: without it the popup still says "not scheduled".
  const { state: settings } = useRequest(() => api('settings.get', {}), [api]);
  const scheduledHere = settings.status === 'done' ? settings.value.runScheduledHere : undefined;
  const teamRunner = settings.status === 'done' ? settings.value.teamRunner : undefined;
  const [runError, setRunError] = useState<AppErrorData | undefined>();
  const running = state.status === 'done' && state.value.some((t) => t.running);

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, PROGRESS_POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state, reload]);

  async function runNow(id: string) {
    setRunError(undefined);
    try {
      await api('templates.runNow', { id });
    } catch (thrown) {
      setRunError(toAppError(thrown));
    }
    reload();
  }

  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  if (state.value.length === 0) return null;
  return (
    <section aria-labelledby="popup-templates-heading">
      <h2 id="popup-templates-heading">Templates</h2>
      {teamRunner ? <p className="muted">Schedules run on the team runner ({teamRunner}).</p> : null}
      {runError ? <ErrorHint error={runError} /> : null}
      <ul className="plain popup-templates">
        {state.value.map((template) => (
          <Template
            key={template.id}
            template={template}
            scheduledHere={scheduledHere}
            teamRunner={teamRunner}
            onRun={() => void runNow(template.id)}
          />
        ))}
      </ul>
    </section>
  );
}
