// The templates' timers (lib/sync/timers.ts: chrome.alarms in the extension) (issue 2 §4 "Templates"). Alarms survive worker restarts but not
// every browser update, so syncAlarms runs at every worker start; it only creates or replaces an
// alarm whose schedule changed, because re-creating a periodic alarm restarts its countdown and a
// worker that restarts every few minutes would otherwise never let a 15-minute alarm fire.
import { timers } from '../host/timers';
import { runScheduledHere, teamRunner } from '../settings/settings';
import { RESUME_PREFIX, SCHEDULE_PREFIX, isOurAlarm, scheduleAlarm } from './alarm-names';
import { scheduleSchema } from './define-template';
import { cancelAllRuns, startRun } from './engine';
import { getTemplate, listTemplates } from './registry';
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../hints/catalogue';
import { loadTemplateSettings, saveTemplateSettings, setTemplateEnabled } from './template-settings';
import type { AnyTemplate, Schedule, TemplateDefinition, TemplateSettingsBase } from './define-template';
import type { StartedRun } from './engine';

/** The fields of chrome.alarms.Alarm this module reads. */
interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The next local wall-clock 'HH:MM' strictly after `now` (setDate keeps DST days right). */
export function nextDailyAt(hhmm: string, now: number): number {
  const [h, m] = hhmm.split(':').map(Number);
  const at = new Date(now);
  at.setHours(h ?? 0, m ?? 0, 0, 0);
  if (at.getTime() <= now) at.setDate(at.getDate() + 1);
  return at.getTime();
}

async function wantedSchedule(template: AnyTemplate): Promise<Schedule | undefined> {
  const settings = await loadTemplateSettings(template);
  if (!settings.enabled) return undefined;
  const parsed = scheduleSchema.safeParse(template.schedule(settings));
  return parsed.success ? parsed.data : undefined;
}

function unchanged(alarm: Alarm | undefined, schedule: Schedule, now: number): boolean {
  if (!alarm) return false;
  if ('periodInMinutes' in schedule) return alarm.periodInMinutes === schedule.periodInMinutes;
  // A one-shot daily alarm already due (missed while the browser was closed) is kept: it fires now.
  return (
    alarm.periodInMinutes === undefined &&
    (alarm.scheduledTime <= now || alarm.scheduledTime === nextDailyAt(schedule.dailyAt, now))
  );
}

async function createAlarm(name: string, schedule: Schedule, now: number): Promise<void> {
  if ('periodInMinutes' in schedule) {
    const { periodInMinutes } = schedule;
    await timers().create(name, { delayInMinutes: periodInMinutes, periodInMinutes });
  } else {
    // One-shot, re-armed after it fires: a 1440-minute period would drift an hour at each DST change.
    await timers().create(name, { when: nextDailyAt(schedule.dailyAt, now) });
  }
}

/**
 * Whether this host runs the schedules: switched on here, and no team runner connected — once one
 * is, it owns the schedules and every browser's switch is moot (issue 13 §2).
 */
export async function schedulesRunHere(): Promise<boolean> {
  return (await runScheduledHere.getValue()) && (await teamRunner.getValue()) === null;
}

/** Makes our schedule alarms match the template settings — or clears them when this browser does not run schedules. */
export async function syncAlarms(now: number = Date.now()): Promise<void> {
  const existing = (await timers().getAll()).filter((a) => a.name.startsWith(SCHEDULE_PREFIX));
  const wanted = new Map<string, Schedule>();
  if (await schedulesRunHere()) {
    for (const template of listTemplates()) {
      const schedule = await wantedSchedule(template);
      if (schedule) wanted.set(scheduleAlarm(template.id), schedule);
    }
  }
  for (const alarm of existing) if (!wanted.has(alarm.name)) await timers().clear(alarm.name);
  for (const [name, schedule] of wanted) {
    const alarm = existing.find((a) => a.name === name);
    if (!unchanged(alarm, schedule, now)) await createAlarm(name, schedule, now);
  }
}

/** The chrome.alarms.onAlarm listener. Resolves when the run it started ends. */
export async function handleAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name.startsWith(RESUME_PREFIX)) {
    // A paused run continues where it was started, whatever this browser's schedule setting — but
    // not once its template was switched off (its checkpoint stays for when it is switched on).
    const paused = getTemplate(alarm.name.slice(RESUME_PREFIX.length));
    if (!paused || !(await loadTemplateSettings(paused)).enabled) return;
    await (
      await startRun(paused.id, 'resume')
    ).finished;
    return;
  }
  if (!alarm.name.startsWith(SCHEDULE_PREFIX)) return;
  const template = getTemplate(alarm.name.slice(SCHEDULE_PREFIX.length));
  // Re-arm (daily alarms are one-shot) or clear a stale alarm before the run, which may be long.
  await syncAlarms();
  if (!template || !(await schedulesRunHere())) return;
  if (!(await loadTemplateSettings(template)).enabled) return;
  await (
    await startRun(template.id, 'schedule')
  ).finished;
}

/**
 * `Run now`: works in every browser, but never beside a run already going, and never for a template
 * that is switched off — a template that is off writes nothing, whoever asks (issue 11 §1).
 */
export async function runNow(templateId: string): Promise<StartedRun> {
  const template = getTemplate(templateId);
  if (template && !(await loadTemplateSettings(template)).enabled) throw templateOff(template);
  return startRun(templateId, 'manual');
}

export function templateOff(template: Pick<AnyTemplate, 'name'>): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: HINT_CODES.templateOff,
    message: `${template.name} is switched off, so nothing was run or written. Switch it on in its template settings first.`,
  });
}

/** Saves a template's settings and brings its alarm in line. */
export async function updateTemplateSettings<S extends TemplateSettingsBase>(
  template: TemplateDefinition<S, unknown>,
  patch: Partial<S>,
): Promise<S> {
  const saved = await saveTemplateSettings(template, patch);
  await syncAlarms();
  return saved;
}

export async function setRunScheduledHere(value: boolean): Promise<void> {
  await runScheduledHere.setValue(value);
  await syncAlarms();
}

/** The template's on/off switch; its other settings stay as they are. */
export async function setEnabled(templateId: string, enabled: boolean): Promise<void> {
  const template = getTemplate(templateId);
  if (!template) {
    throw new AppError({
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'invalid-settings',
      message: `There is no template "${templateId}".`,
    });
  }
  await setTemplateEnabled(template, enabled);
  await syncAlarms();
}

/**
 * Disconnect: every template off, every alarm of ours gone, runs in this context stopped. Only the
 * switch changes: schedules, mappings and the rest stay for the next Connect (issue 10 §1).
 */
export async function disableAll(): Promise<void> {
  cancelAllRuns();
  for (const template of listTemplates()) await setTemplateEnabled(template, false);
  const ours = (await timers().getAll()).filter((a) => isOurAlarm(a.name)); // a copy: clear() mutates the list in some runtimes
  for (const alarm of ours) await timers().clear(alarm.name);
}
