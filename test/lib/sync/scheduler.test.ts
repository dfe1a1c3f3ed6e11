import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AppErrorData } from '../../../lib/errors/app-error';
import { hintFor } from '../../../lib/hints/hints';
import { runScheduledHere } from '../../../lib/settings/settings';
import { readRun } from '../../../lib/sync/run-state';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import {
  disableAll,
  handleAlarm,
  nextDailyAt,
  runNow,
  setEnabled,
  setRunScheduledHere,
  syncAlarms,
  updateTemplateSettings,
} from '../../../lib/sync/scheduler';
import { loadTemplateSettings } from '../../../lib/sync/template-settings';
import { freshDb } from '../db/fresh-db';
import { pagedTemplate, writtenOnce } from './paged-template';
import type { FakeTarget } from './paged-template';

let targets: Record<'hourly' | 'nightly' | 'idle', FakeTarget>;
const templates = () => ({
  hourly: pagedTemplate('hourly', targets.hourly),
  nightly: pagedTemplate('nightly', targets.nightly),
  idle: pagedTemplate('idle', targets.idle),
});
let t: ReturnType<typeof templates>;

const alarms = async () =>
  (await fakeBrowser.alarms.getAll())
    .map((a) => ({ name: a.name, periodInMinutes: a.periodInMinutes, scheduledTime: a.scheduledTime }))
    .sort((a, b) => a.name.localeCompare(b.name));

beforeEach(async () => {
  await freshDb();
  targets = { hourly: { writes: new Map() }, nightly: { writes: new Map() }, idle: { writes: new Map() } };
  t = templates();
  Object.values(t).forEach(registerTemplate);
  await updateTemplateSettings(t.hourly, { enabled: true, everyMinutes: 60 });
  await updateTemplateSettings(t.nightly, { enabled: true, dailyAt: '02:30' });
});
afterEach(() => Object.values(t).forEach((template) => unregisterTemplate(template.id)));

describe('syncAlarms', () => {
  it('creates no alarm in a browser that does not run scheduled templates, and clears ours', async () => {
    await fakeBrowser.alarms.create('template:hourly', { periodInMinutes: 60 });
    await fakeBrowser.alarms.create('someone-else', { periodInMinutes: 5 });
    await syncAlarms();
    expect((await alarms()).map((a) => a.name)).toEqual(['someone-else']);
  });

  it('creates one alarm per enabled, scheduled template when this browser runs them', async () => {
    const now = Date.now();
    await runScheduledHere.setValue(true);
    await syncAlarms(now);
    expect(await alarms()).toEqual([
      { name: 'template:hourly', periodInMinutes: 60, scheduledTime: expect.any(Number) },
      { name: 'template:nightly', periodInMinutes: undefined, scheduledTime: nextDailyAt('02:30', now) },
    ]);
  });

  it('leaves an unchanged alarm alone at a worker restart, so its countdown is not reset', async () => {
    await setRunScheduledHere(true);
    const before = await alarms();
    await syncAlarms(Date.now() + 10 * 60_000);
    expect(await alarms()).toEqual(before);
  });

  it('replaces an alarm whose schedule changed and removes one whose template was turned off', async () => {
    await setRunScheduledHere(true);
    await updateTemplateSettings(t.hourly, { everyMinutes: 15 });
    await updateTemplateSettings(t.nightly, { enabled: false });
    expect(await alarms()).toEqual([
      { name: 'template:hourly', periodInMinutes: 15, scheduledTime: expect.any(Number) },
    ]);
  });
});

describe('nextDailyAt', () => {
  it('is later today when the time has not come yet, otherwise tomorrow (local time)', () => {
    const morning = new Date(2026, 10, 25, 1, 0).getTime();
    expect(nextDailyAt('02:30', morning)).toBe(new Date(2026, 10, 25, 2, 30).getTime());
    const exactly = new Date(2026, 10, 25, 2, 30).getTime();
    expect(nextDailyAt('02:30', exactly)).toBe(new Date(2026, 10, 26, 2, 30).getTime());
  });
});

describe('handleAlarm', () => {
  it('runs the template when this browser runs scheduled templates', async () => {
    await setRunScheduledHere(true);
    await handleAlarm((await fakeBrowser.alarms.get('template:hourly'))!);
    expect(writtenOnce(targets.hourly, 10)).toBe(true);
    expect(await readRun('hourly')).toMatchObject({ lastResult: 'success' });
  });

  it('does nothing, and removes the stale alarm, when the setting was turned off meanwhile', async () => {
    await setRunScheduledHere(true);
    const alarm = (await fakeBrowser.alarms.get('template:hourly'))!;
    await runScheduledHere.setValue(false);
    await handleAlarm(alarm);
    expect(targets.hourly.writes.size).toBe(0);
    expect(await alarms()).toEqual([]);
  });

  it('re-arms a daily alarm for the next day once it has fired', async () => {
    await setRunScheduledHere(true);
    const fired = (await fakeBrowser.alarms.get('template:nightly'))!;
    await fakeBrowser.alarms.clear(fired.name); // Chrome removes a one-shot alarm when it fires
    await handleAlarm(fired);
    expect(writtenOnce(targets.nightly, 10)).toBe(true);
    expect((await fakeBrowser.alarms.get('template:nightly'))?.scheduledTime).toBe(
      nextDailyAt('02:30', Date.now()),
    );
  });
});

describe('runNow', () => {
  it('works in a browser that does not run schedules', async () => {
    expect(await runScheduledHere.getValue()).toBe(false);
    const run = await runNow('hourly');
    expect(run.started).toBe(true);
    await run.finished;
    expect(writtenOnce(targets.hourly, 10)).toBe(true);
  });

  it('refuses a template that is switched off with the template-off hint, and writes nothing', async () => {
    await expect(runNow('idle')).rejects.toMatchObject({ code: 'template-off', message: /Test idle/ });
    let caught: unknown;
    await runNow('idle').catch((error: unknown) => (caught = error));
    expect(hintFor(caught as AppErrorData).id).toBe('template-off');
    expect(targets.idle.writes.size).toBe(0);
    expect(await readRun('idle')).toBeUndefined();
  });
});

describe('a switched-off template writes nothing, whoever asks (issue 11 §1)', () => {
  it('does not run on a schedule alarm that is still armed', async () => {
    await setRunScheduledHere(true);
    await fakeBrowser.alarms.create('template:idle', { periodInMinutes: 15 });
    await handleAlarm({ name: 'template:idle' });
    expect(targets.idle.writes.size).toBe(0);
    expect(await fakeBrowser.alarms.get('template:idle')).toBeFalsy();
  });

  it('does not resume a paused run once switched off, and keeps its checkpoint', async () => {
    targets.hourly.pauseOnPage = { page: 2, resumeAfterMs: 60_000 };
    await (
      await runNow('hourly')
    ).finished;
    expect(await readRun('hourly')).toMatchObject({ state: 'paused', checkpoint: { nextRecord: 4 } });
    await setEnabled('hourly', false);
    await handleAlarm({ name: 'template-resume:hourly' });
    expect(targets.hourly.writes.size).toBe(3);
    expect(await readRun('hourly')).toMatchObject({ checkpoint: { nextRecord: 4 } });

    await setEnabled('hourly', true);
    await handleAlarm({ name: 'template-resume:hourly' });
    expect(writtenOnce(targets.hourly, 10)).toBe(true);
  });
});

describe('updateTemplateSettings', () => {
  it('refuses settings the template’s schema rejects, and keeps the old ones', async () => {
    await expect(updateTemplateSettings(t.hourly, { everyMinutes: 0 })).rejects.toMatchObject({
      kind: 'validation',
      field: 'everyMinutes',
    });
    expect(await loadTemplateSettings(t.hourly)).toEqual({ enabled: true, everyMinutes: 60 });
  });
});

describe('disableAll (Disconnect)', () => {
  it('turns every template off and removes every alarm of ours, resume alarms included', async () => {
    await setRunScheduledHere(true);
    await fakeBrowser.alarms.create('template-resume:idle', { when: Date.now() + 60_000 });
    await fakeBrowser.alarms.create('someone-else', { periodInMinutes: 5 });
    await disableAll();
    for (const template of Object.values(t))
      expect((await loadTemplateSettings(template)).enabled).toBe(false);
    expect((await alarms()).map((a) => a.name)).toEqual(['someone-else']);
    await syncAlarms();
    expect((await alarms()).map((a) => a.name)).toEqual(['someone-else']);
  });

  it('stops a run that is going, keeping its checkpoint for later', async () => {
    let release!: () => void;
    await setEnabled('idle', true);
    targets.idle.holdOnPage = { page: 2, until: new Promise<void>((r) => (release = r)) };
    const run = await runNow('idle');
    await vi.waitFor(async () => expect((await readRun('idle'))?.checkpoint).toEqual({ nextRecord: 4 }));
    await disableAll();
    release();
    expect(await run.finished).toBeUndefined();
    expect(targets.idle.writes.size).toBe(3);
    expect(await readRun('idle')).toMatchObject({ state: 'idle', checkpoint: { nextRecord: 4 } });
  });
});
