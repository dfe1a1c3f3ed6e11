// Issue 13 §2: once a team runner is connected it owns the schedules, so this browser runs none —
// whatever its own "Run scheduled templates in this browser" switch says — until Disconnect.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runScheduledHere, teamRunner } from '../../../lib/settings/settings';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import {
  handleAlarm,
  schedulesRunHere,
  syncAlarms,
  updateTemplateSettings,
} from '../../../lib/sync/scheduler';
import { readRun } from '../../../lib/sync/run-state';
import { freshDb } from '../db/fresh-db';
import { pagedTemplate } from './paged-template';
import type { FakeTarget } from './paged-template';

const RUNNER = {
  url: 'https://bridge-runner.contoso.example',
  pattern: 'https://bridge-runner.contoso.example/*',
  connectedAt: '2026-03-01T09:00:00.000Z',
};

let target: FakeTarget;
let hourly: ReturnType<typeof pagedTemplate>;
const scheduleAlarms = async () =>
  (await fakeBrowser.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith('template:'));

beforeEach(async () => {
  await freshDb();
  target = { writes: new Map() };
  hourly = pagedTemplate('hourly', target);
  registerTemplate(hourly);
  await runScheduledHere.setValue(true);
  await updateTemplateSettings(hourly, { enabled: true, everyMinutes: 60 });
});
afterEach(() => unregisterTemplate(hourly.id));

describe('schedules with a team runner connected', () => {
  it('runs them here only while no runner is connected', async () => {
    expect(await schedulesRunHere()).toBe(true);
    expect(await scheduleAlarms()).toEqual(['template:hourly']);

    await teamRunner.setValue(RUNNER);
    await syncAlarms();
    expect(await schedulesRunHere()).toBe(false);
    expect(await scheduleAlarms()).toEqual([]);

    await teamRunner.setValue(null);
    await syncAlarms();
    expect(await scheduleAlarms()).toEqual(['template:hourly']);
  });

  it('does not run a schedule alarm that fires after the runner was connected', async () => {
    await teamRunner.setValue(RUNNER);
    await handleAlarm({ name: 'template:hourly' });
    expect(await readRun('hourly')).toBeUndefined();
    expect(target.writes.size).toBe(0);
    expect(await scheduleAlarms()).toEqual([]);
  });
});
