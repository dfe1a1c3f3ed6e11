// The registered templates (lib/sync) with their state and `Run now`, which works in any browser.
import { useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { TemplateView } from '../../lib/messaging/results';
import { formatDateTime } from '../ui/format';

const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

function lastRun(template: TemplateView): string {
  if (!template.lastRunAt) return 'Never';
  const result = template.lastResult ? ` — ${RESULT_LABEL[template.lastResult]}` : '';
  return `${formatDateTime(template.lastRunAt)}${result}`;
}

export function TemplatesList() {
  const api = useApi();
  const { state, reload } = useRequest(() => api('templates.list', {}), [api]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [started, setStarted] = useState<string | null>(null);

  if (state.status === 'loading') return <p className="muted">Loading templates…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  if (state.value.length === 0) return <p className="muted">No templates are available yet.</p>;

  const runNow = async (template: TemplateView) => {
    setError(null);
    setStarted(null);
    try {
      const { started: ok } = await api('templates.runNow', { id: template.id });
      setStarted(ok ? `${template.name} started.` : `${template.name} is already running.`);
      reload();
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  return (
    <div>
      <table>
        <thead>
          <tr>
            <th scope="col">Template</th>
            <th scope="col">State</th>
            <th scope="col">Last run</th>
            <th scope="col">Next run</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {state.value.map((template) => (
            <tr key={template.id}>
              <th scope="row">{template.name}</th>
              <td>
                {template.enabled ? 'Enabled' : 'Disabled'}
                {template.running ? ' · running' : ''}
                {template.progress ? ` (${template.progress.done} / ${template.progress.total})` : ''}
              </td>
              <td>{lastRun(template)}</td>
              <td>{template.nextRunAt ? formatDateTime(template.nextRunAt) : '—'}</td>
              <td>
                <button
                  type="button"
                  aria-label={`Run now: ${template.name}`}
                  disabled={template.running}
                  onClick={() => void runNow(template)}
                >
                  Run now
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {started ? <p role="status">{started}</p> : null}
      {error ? <ErrorHint error={error} /> : null}
    </div>
  );
}
