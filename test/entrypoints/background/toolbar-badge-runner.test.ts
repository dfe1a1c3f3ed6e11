// @vitest-environment node
// The toolbar badge with a team runner connected (issue 13 §3): the runner runs the schedules, so
// its failed and partial entries since the popup was last opened count too — asked for when the
// worker starts and on the runner's alarm, cleared when the popup opens, and gone with Disconnect.
// The worker is the real one (entrypoints/background), the runner's API real over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { appendEntry } from '../../../lib/log/activity';
import { markSeen } from '../../../lib/log/unseen';
import { RUNNER_BADGE_ALARM, RUNNER_BADGE_MINUTES } from '../../../lib/runner-client/unseen';
import { freshDb } from '../../lib/db/fresh-db';
import { senders } from '../../lib/messaging/senders';
import { installFakeAccess } from '../../lib/runner-client/fake-access';
import { newEntry, serveApi, TOKEN } from '../../runner/api/harness';
import type { Served } from '../../runner/api/harness';

let served: Served;

const badgeText = () => fakeBrowser.action.getBadgeText({});
const message = async (name: string, payload: unknown, sender = senders.optionsPage) => {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger({ name, payload }, sender);
  return (await reply) as { ok: boolean; value?: unknown; error?: unknown };
};
const fireAlarm = () =>
  fakeBrowser.alarms.onAlarm.trigger({ name: RUNNER_BADGE_ALARM, scheduledTime: Date.now() });
const runnerLogs = (result: 'failed' | 'partial' | 'success', at = Date.now()) =>
  served.store.log.appendEntry(newEntry({ at, result, summary: `runner ${result}` }), []);

beforeEach(async () => {
  await freshDb();
  fakeBrowser.reset();
  installFakeAccess().granted.add('http://127.0.0.1/*');
  served = await serveApi();
  await markSeen(Date.now() - 60_000);
  await background.main();
  const connected = await message('runner.connect', {
    url: served.base.replace('/api/v1', ''),
    token: TOKEN,
  });
  expect(connected.ok, JSON.stringify(connected.error)).toBe(true);
});
afterEach(() => served.close());

describe('the toolbar badge with a team runner connected', () => {
  it('adds the runner’s failed and partial entries since the popup was opened, asked on its alarm', async () => {
    expect(await fakeBrowser.alarms.get(RUNNER_BADGE_ALARM)).toMatchObject({
      periodInMinutes: RUNNER_BADGE_MINUTES,
    });
    await runnerLogs('failed', Date.now() - 2 * 60_000); // before the popup was last opened: seen
    await runnerLogs('failed');
    await runnerLogs('partial');
    await runnerLogs('success');
    await appendEntry({ template: 'manual', operation: 'connection', result: 'failed', summary: 'own' });
    await expect.poll(badgeText).toBe('1'); // this browser's own, counted at once

    await fireAlarm();
    await expect.poll(badgeText).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Autotask Bridge — 2 failed, 1 partial since you last looked',
    );
  });

  it('clears when the popup opens and counts the runner’s later failures from there', async () => {
    await runnerLogs('failed');
    await fireAlarm();
    await expect.poll(badgeText).toBe('1');

    const seen = await message('log.seen', {}, senders.popup);
    expect(seen).toEqual({ ok: true, value: { failed: 0, partial: 0 } });
    expect(await badgeText()).toBe('');
    await fireAlarm();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await badgeText()).toBe('');

    await new Promise((resolve) => setTimeout(resolve, 2));
    await runnerLogs('partial');
    await fireAlarm();
    await expect.poll(badgeText).toBe('1');
  });

  it('keeps its count while the runner is away, and drops the runner’s part and alarm on Disconnect', async () => {
    await runnerLogs('failed');
    await fireAlarm();
    await expect.poll(badgeText).toBe('1');
    await served.close();
    served.close = async () => undefined;
    await fireAlarm();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await badgeText()).toBe('1');

    const gone = await message('runner.disconnect', {});
    expect(gone.ok).toBe(true);
    await expect.poll(badgeText).toBe('');
    expect(await fakeBrowser.alarms.get(RUNNER_BADGE_ALARM)).toBeUndefined();
  });
});
