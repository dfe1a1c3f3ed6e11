// The popup's templates (issue 6 §1): each with its last run, result, next run and `Run now`; a
// running one shows a progress bar (done / total). Polled while something runs — the run itself goes
// on in the service worker, so closing the popup does not stop it.
// With a team runner connected (issue 13 §2) the runner owns the schedules: the list is the runner's
// (its last and next runs, from /runs) and `Run now` starts the run there — this browser's own
// template states would say "never run" about templates the runner runs every night.
import { useEffect, useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatDateTime } from '../ui/format';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { RunnerTemplateView, TemplateView } from '../../lib/messaging/results';
import './popup.css';

/** How often a running template's progress is re-read. */
export const PROGRESS_POLL_MS = 1_000;
const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

/**
 * An enabled template without an alarm: when this browser does not run schedules (Options →
 * Scheduled work, off by default), say so — "not scheduled" reads as if the template were broken.
 */
function nextRunText(template: TemplateView, scheduledHere: boolean | undefined, onRunner: boolean): string {
  if (template.nextRunAt) return formatDateTime(template.nextRunAt);
  if (onRunner) return 'not scheduled on the team runner';
  if (template.enabled && scheduledHere === false) return 'not in this browser (Options → Scheduled work)';
  return 'not scheduled';
}

interface TemplateProps {
  template: TemplateView;
  scheduledHere: boolean | undefined;
  /** The runner's list: "off" and "next run" speak of the runner's configuration. */
  onRunner: boolean;
  onRun(): void;
}

function Template({ template, scheduledHere, onRunner, onRun }: TemplateProps) {
  const { progress } = template;
  return (
    <li aria-label={template.name}>
      <div className="row">
        <strong>{template.name}</strong>
        {template.enabled ? (
          <span className="template-on">On</span>
        ) : (
          <span className="muted" id={`popup-${template.id}-off`}>
            {onRunner
              ? 'Off on the team runner — its configuration switches it on'
              : 'Off — switch it on in Options to run it'}
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
        {' · '}Next run: {nextRunText(template, scheduledHere, onRunner)}
      </div>
      {template.running ? (
        <div>
          <progress
            aria-label={`${template.name} progress`}
            max={progress?.total || 1}
            value={progress?.done ?? 0}
          />{' '}
          {progress
            ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}`
            : onRunner
              ? 'Running on the team runner…'
              : 'Starting…'}
        </div>
      ) : null}
    </li>
  );
}

interface Listed {
  templates: (TemplateView | RunnerTemplateView)[];
  scheduledHere: boolean;
  /** The team runner's address when one runs the schedules. */
  teamRunner?: string;
}

export function TemplatesStatus() {
  const api = useApi();
  const { state, reload } = useRequest(async (): Promise<Listed> => {
    const [settings, own] = await Promise.all([api('settings.get', {}), api('templates.list', {})]);
    const scheduledHere = settings.runScheduledHere;
    if (!settings.teamRunner) return { templates: own, scheduledHere };
    return { templates: await api('runner.runs', {}), scheduledHere, teamRunner: settings.teamRunner };
  }, [api]);
  const [runError, setRunError] = useState<AppErrorData | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const running = state.status === 'done' && state.value.templates.some((t) => t.running);

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, PROGRESS_POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state, reload]);

  async function runNow(id: string, onRunner: boolean) {
    setRunError(undefined);
    setNotice(undefined);
    try {
      if (onRunner) {
        const { started } = await api('runner.runNow', { template: id });
        if (!started) setNotice('That template is already running on the team runner.');
      } else {
        await api('templates.runNow', { id });
      }
    } catch (thrown) {
      setRunError(toAppError(thrown));
    }
    reload();
  }

  if (state.status === 'loading') return null;
  if (state.status === 'failed') {
    return (
      <section aria-labelledby="popup-templates-heading">
        <h2 id="popup-templates-heading">Templates</h2>
        <ErrorHint error={state.error} />
      </section>
    );
  }
  const { templates, scheduledHere, teamRunner } = state.value;
  if (templates.length === 0) return null;
  return (
    <section aria-labelledby="popup-templates-heading">
      <h2 id="popup-templates-heading">Templates</h2>
      {teamRunner ? (
        <p className="muted">
          Schedules run on the team runner ({teamRunner}); Run now starts the run there.
        </p>
      ) : null}
      {runError ? <ErrorHint error={runError} /> : null}
      {notice ? <p role="status">{notice}</p> : null}
      <ul className="plain popup-templates">
        {templates.map((template) => (
          <Template
            key={template.id}
            template={template}
            scheduledHere={scheduledHere}
            onRunner={teamRunner !== undefined}
            onRun={() => void runNow(template.id, teamRunner !== undefined)}
          />
        ))}
      </ul>
    </section>
  );
}
