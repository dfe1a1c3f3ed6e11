import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError } from '../../../lib/errors/app-error';
import { recentEntries } from '../../../lib/log/activity-reads';
import { db } from '../../../lib/db/db';
import { cancelRun, startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { LOCK_TTL_MS, readRun } from '../../../lib/sync/run-state';
import { handleAlarm } from '../../../lib/sync/scheduler';
import { setTemplateEnabled } from '../../../lib/sync/template-settings';
import { freshDb } from '../db/fresh-db';
import { pagedTemplate, writtenOnce } from './paged-template';
import type { FakeTarget } from './paged-template';

const ID = 'copy-records';
let target: FakeTarget;

beforeEach(async () => {
  await freshDb();
  target = { writes: new Map() };
  registerTemplate(pagedTemplate(ID, target));
});
afterEach(() => {
  unregisterTemplate(ID);
  vi.useRealTimers();
});

describe('a template run', () => {
  it('runs to the end, logs under the template id, records success and forgets its checkpoint', async () => {
    const run = await startRun(ID, 'manual');
    expect(run.started).toBe(true);
    expect(await run.finished).toEqual({ result: 'success' });

    expect(writtenOnce(target, 10)).toBe(true);
    const record = await readRun(ID);
    expect(record).toMatchObject({ state: 'idle', lastResult: 'success', progress: { done: 10, total: 10 } });
    expect(record?.checkpoint).toBeUndefined();
    expect(record?.lockOwner).toBeUndefined();
    expect((await recentEntries(5)).map((e) => [e.template, e.summary])).toEqual([[ID, '10 records copied']]);
  });

  it('logs a failed run with its hint, and the next run resumes after the last committed page', async () => {
    target.failOnPage = {
      page: 3,
      error: new AppError({
        kind: 'throttled',
        service: 'autotask',
        status: 429,
        message: 'Autotask is throttling (429).',
      }),
    };
    expect(await (await startRun(ID, 'schedule')).finished).toMatchObject({ result: 'failed' });
    expect(await readRun(ID)).toMatchObject({ lastResult: 'failed', checkpoint: { nextRecord: 7 } });
    const [failure] = await recentEntries(1);
    expect(failure).toMatchObject({
      template: ID,
      result: 'failed',
      hintId: 'autotask-threshold',
      error: { kind: 'throttled', status: 429 },
    });

    expect(await (await startRun(ID, 'manual')).finished).toEqual({ result: 'success' });
    expect(writtenOnce(target, 10)).toBe(true);
  });

  it('runs one at a time: a second start while the first runs is refused', async () => {
    let release!: () => void;
    target.holdOnPage = { page: 2, until: new Promise<void>((r) => (release = r)) };
    const first = await startRun(ID, 'manual');
    const second = await startRun(ID, 'manual');
    expect([first.started, second.started]).toEqual([true, false]);
    expect(await second.finished).toBeUndefined();
    release();
    await first.finished;
    expect(writtenOnce(target, 10)).toBe(true);
  });

  it('is not blocked forever by the lock of a worker that was killed mid-run', async () => {
    const now = Date.now();
    await db.runs.put({
      templateId: ID,
      state: 'running',
      checkpoint: { nextRecord: 4 },
      lockOwner: 'worker-that-died',
      lockExpiresAt: now + 5_000,
    });
    expect((await startRun(ID, 'manual')).started).toBe(false);

    await db.runs.update(ID, { lockExpiresAt: now - 1 });
    const run = await startRun(ID, 'manual');
    expect(run.started).toBe(true);
    await run.finished;
    expect([...target.writes.keys()].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('stops a run whose lock was taken over, without letting it commit a checkpoint', async () => {
    let release!: () => void;
    target.holdOnPage = { page: 2, until: new Promise<void>((r) => (release = r)) };
    const frozen = await startRun(ID, 'manual');
    await vi.waitFor(async () => expect((await readRun(ID))?.checkpoint).toEqual({ nextRecord: 4 }));

    // The frozen run's worker is presumed dead once its lock has lapsed; another run takes over.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + LOCK_TTL_MS + 1);
    target.holdOnPage = undefined;
    const takeover = await startRun(ID, 'manual');
    expect(takeover.started).toBe(true);
    await takeover.finished;

    release();
    expect(await frozen.finished).toMatchObject({ result: 'failed' });
    expect(await readRun(ID)).toMatchObject({ lastResult: 'success' });
    expect(target.writes.get(4)).toBe(2); // the frozen run wrote its page, then could not commit it
    expect((await recentEntries(5)).find((e) => e.error?.code === 'run-lock-lost')).toBeDefined();
  });

  it('drops a stored checkpoint that no longer fits the template and starts afresh', async () => {
    await db.runs.put({ templateId: ID, state: 'idle', checkpoint: { cursor: 'from-an-old-version' } });
    await (
      await startRun(ID, 'manual')
    ).finished;
    expect(writtenOnce(target, 10)).toBe(true);
  });

  it('pauses on request, keeps its checkpoint, and continues when the resume alarm fires', async () => {
    // A switched-off template does not resume (scheduler.test.ts); this one is on.
    await setTemplateEnabled({ id: ID }, true);
    target.pauseOnPage = { page: 2, resumeAfterMs: 60_000 };
    const before = Date.now();
    expect(await (await startRun(ID, 'schedule')).finished).toMatchObject({ result: 'paused' });
    expect(await readRun(ID)).toMatchObject({ state: 'paused', checkpoint: { nextRecord: 4 } });
    const alarm = await fakeBrowser.alarms.get(`template-resume:${ID}`);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 60_000);

    await handleAlarm(alarm!);
    expect(await readRun(ID)).toMatchObject({ state: 'idle', lastResult: 'success' });
    expect(writtenOnce(target, 10)).toBe(true);
  });

  it('can be cancelled: it keeps its checkpoint and logs no failure', async () => {
    let release!: () => void;
    target.holdOnPage = { page: 2, until: new Promise<void>((r) => (release = r)) };
    const run = await startRun(ID, 'manual');
    await vi.waitFor(async () => expect((await readRun(ID))?.checkpoint).toEqual({ nextRecord: 4 }));
    expect(cancelRun(ID)).toBe(true);
    release();
    expect(await run.finished).toBeUndefined();
    expect(await readRun(ID)).toMatchObject({ state: 'idle', checkpoint: { nextRecord: 4 } });
    expect(await recentEntries(5)).toEqual([]);
  });

  it('refuses an unknown template', async () => {
    await expect(startRun('no-such-template', 'manual')).rejects.toMatchObject({ code: 'unknown-template' });
  });
});
