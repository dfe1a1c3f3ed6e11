// @vitest-environment node
// The runner's timers (lib/host/timers.ts on croner) keep chrome.alarms' semantics: one-shot at
// `when`, periodic after `delayInMinutes`, a name replaced by its next create, nothing after clear
// or stop. Real time, in tenths of a second.
import { afterEach, describe, expect, it } from 'vitest';
import type { Timer } from '../../../lib/host/timers';
import { cronTimers } from '../../../runner/host/timers';
import type { CronTimers } from '../../../runner/host/timers';

const MINUTE_MS = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let timers: CronTimers | undefined;
afterEach(() => timers?.stop());

function recording() {
  const fired: (Timer & { at: number })[] = [];
  timers = cronTimers((timer) => void fired.push({ ...timer, at: Date.now() }));
  return { timers, fired };
}

describe('the runner timers', () => {
  it('fires a one-shot timer once, at its time, then forgets it', async () => {
    const { timers, fired } = recording();
    const when = Date.now() + 150;
    await timers.create('template-resume:product-sync', { when });
    expect(await timers.get('template-resume:product-sync')).toEqual({
      name: 'template-resume:product-sync',
      scheduledTime: when,
    });
    await sleep(400);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ name: 'template-resume:product-sync', scheduledTime: when });
    expect(fired[0]!.at).toBeGreaterThanOrEqual(when - 5);
    expect(await timers.get('template-resume:product-sync')).toBeUndefined();
  });

  it('fires a time already past at once, as chrome.alarms does', async () => {
    const { timers, fired } = recording();
    await timers.create('outbox-recovery', { when: Date.now() - 60_000 });
    await sleep(100);
    expect(fired.map((t) => t.name)).toEqual(['outbox-recovery']);
  });

  it('repeats a periodic timer, each firing one period after the last', async () => {
    const { timers, fired } = recording();
    await timers.create('log-retention', {
      delayInMinutes: 100 / MINUTE_MS,
      periodInMinutes: 150 / MINUTE_MS,
    });
    await sleep(500);
    expect(fired.length).toBeGreaterThanOrEqual(2);
    expect(fired[1]!.scheduledTime - fired[0]!.scheduledTime).toBe(150);
    const next = await timers.get('log-retention');
    expect(next?.periodInMinutes).toBe(150 / MINUTE_MS);
    expect(next!.scheduledTime).toBeGreaterThan(fired.at(-1)!.scheduledTime);
  });

  it('replaces a timer created again under the same name', async () => {
    const { timers, fired } = recording();
    await timers.create('t', { when: Date.now() + 100 });
    await timers.create('t', { when: Date.now() + 250 });
    expect(await timers.getAll()).toHaveLength(1);
    await sleep(450);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.at).toBeGreaterThanOrEqual(Date.now() - 250);
  });

  it('fires nothing after clear or stop', async () => {
    const { timers, fired } = recording();
    await timers.create('cleared', { when: Date.now() + 100 });
    await timers.create('stopped', { delayInMinutes: 100 / MINUTE_MS, periodInMinutes: 1 });
    await timers.clear('cleared');
    expect((await timers.getAll()).map((t) => t.name)).toEqual(['stopped']);
    timers.stop();
    await timers.create('after-stop', { when: Date.now() + 50 });
    await sleep(300);
    expect(fired).toEqual([]);
    expect(await timers.getAll()).toEqual([]);
  });

  it('keeps firing when a listener throws', async () => {
    let calls = 0;
    timers = cronTimers(() => {
      calls += 1;
      throw new Error('listener broke');
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await timers.create('p', { delayInMinutes: 80 / MINUTE_MS, periodInMinutes: 80 / MINUTE_MS });
      await sleep(300);
    } finally {
      console.error = original;
    }
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBe(calls);
  });
});
