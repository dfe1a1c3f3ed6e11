// What the popup and sidebar show about each template (TemplateView in lib/messaging/results.ts).
import { resumeAlarm, scheduleAlarm } from './alarm-names';
import { timers } from '../host/timers';
import { listTemplates } from './registry';
import { lockHeld, readRun } from './run-state';
import { loadTemplateSettings } from './template-settings';
import type { TemplateView } from '../messaging/results';

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

export async function listTemplateViews(now: number = Date.now()): Promise<TemplateView[]> {
  const views: TemplateView[] = [];
  for (const template of listTemplates()) {
    const [settings, run, scheduled, resume] = await Promise.all([
      loadTemplateSettings(template),
      readRun(template.id),
      timers().get(scheduleAlarm(template.id)),
      timers().get(resumeAlarm(template.id)),
    ]);
    const running = lockHeld(run, now);
    const next = [scheduled?.scheduledTime, resume?.scheduledTime].filter(
      (t): t is number => t !== undefined,
    );
    const view: TemplateView = { id: template.id, name: template.name, enabled: settings.enabled, running };
    if (run?.lastRunAt !== undefined) view.lastRunAt = iso(run.lastRunAt);
    if (run?.lastResult) view.lastResult = run.lastResult;
    if (next.length > 0) view.nextRunAt = iso(Math.min(...next));
    if (running && run?.progress) view.progress = run.progress;
    views.push(view);
  }
  return views;
}
