// One template's settings section on the options page (issue 10 §1): heading, on/off switch, state,
// and its own settings. The id `template-<id>` is where `Open template settings` lands; the section
// takes the focus itself (tabindex -1), so a screen reader announces which template opened.
import type { ReactNode } from 'react';
import type { TemplateView } from '../../lib/messaging/results';
import { formatDateTime } from '../ui/format';
import { TemplateSwitch } from './template-switch';

const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

function lastRun(template: TemplateView): string {
  if (!template.lastRunAt) return 'Never';
  const result = template.lastResult ? ` — ${RESULT_LABEL[template.lastResult]}` : '';
  return `${formatDateTime(template.lastRunAt)}${result}`;
}

export function TemplateSection({
  template,
  connected,
  busy,
  onEnabled,
  onRunNow,
  children,
}: {
  template: TemplateView;
  connected: boolean;
  busy: boolean;
  onEnabled(enabled: boolean): void;
  onRunNow(): void;
  children?: ReactNode;
}) {
  const headingId = `template-${template.id}-heading`;
  const offId = `template-${template.id}-off`;
  return (
    <section
      className="template-section"
      id={`template-${template.id}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className="template-head">
        <h3 id={headingId}>{template.name}</h3>
        <TemplateSwitch
          name={template.name}
          enabled={template.enabled}
          connected={connected}
          busy={busy}
          onChange={onEnabled}
        />
      </div>
      <p className="muted template-state">
        {template.running
          ? `Running${template.progress ? ` (${template.progress.done} / ${template.progress.total})` : ''} · `
          : ''}
        Last run: {lastRun(template)} · Next run:{' '}
        {template.nextRunAt ? formatDateTime(template.nextRunAt) : '—'}{' '}
        <button
          type="button"
          aria-label={`Run now: ${template.name}`}
          aria-describedby={template.enabled ? undefined : offId}
          disabled={template.running || !template.enabled}
          onClick={onRunNow}
        >
          Run now
        </button>
        {/* Issue 11 §1: a template that is off writes nothing, so it cannot be run either. */}
        {template.enabled ? null : (
          <span id={offId} className="template-off-note">
            {' '}
            Switch it on to run it.
          </span>
        )}
      </p>
      {children}
    </section>
  );
}
