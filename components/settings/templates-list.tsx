// Options → Templates (issue 10 §1): every registered template (lib/sync) as its own section with an
// on/off switch, its state, `Run now` (works in any browser) and the template's settings.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { TemplateView } from '../../lib/messaging/results';
import { TemplateSection } from './template-section';

export function TemplatesList({
  connected,
  sections = {},
}: {
  /** Autotask and a distributor connected: a template that is off can only be switched on then. */
  connected: boolean;
  /** Each template's settings, by template id. */
  sections?: Partial<Record<string, ReactNode>>;
}) {
  const api = useApi();
  // Reloaded when the connection changes: Disconnect switches every template off.
  const { state, setState, reload } = useRequest(() => api('templates.list', {}), [api, connected]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

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

  const switchTo = async (template: TemplateView, enabled: boolean) => {
    setError(null);
    setStarted(null);
    setBusy(template.id);
    try {
      setState({ status: 'done', value: await api('templates.setEnabled', { id: template.id, enabled }) });
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="templates">
      {started ? <p role="status">{started}</p> : null}
      {error ? <ErrorHint error={error} /> : null}
      {state.value.map((template) => (
        <TemplateSection
          key={template.id}
          template={template}
          connected={connected}
          busy={busy === template.id}
          onEnabled={(enabled) => void switchTo(template, enabled)}
          onRunNow={() => void runNow(template)}
        >
          {sections[template.id]}
        </TemplateSection>
      ))}
    </div>
  );
}
