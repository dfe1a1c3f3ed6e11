// The budget gate in front of every run (issue 2 §2: no new work starts while the tenant is above
// 50 % of its threshold, or once our allowance is spent): the run pauses and resumes later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError } from '../../../lib/errors/app-error';
import { startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { readRun } from '../../../lib/sync/run-state';
import { provideSyncServices } from '../../../lib/sync/services';
import type { SyncServices } from '../../../lib/sync/services';
import { freshDb } from '../db/fresh-db';
import { pagedTemplate } from './paged-template';
import type { FakeTarget } from './paged-template';

const ID = 'gated-copy';
let target: FakeTarget;

function services(beginWork: SyncServices['beginWork']): SyncServices {
  const unused = () => Promise.reject(new Error('not used by this template'));
  return { autotask: unused, distributor: unused, distributorVendors: async () => [], beginWork };
}

beforeEach(async () => {
  await freshDb();
  target = { writes: new Map() };
  registerTemplate(pagedTemplate(ID, target));
});
afterEach(() => {
  unregisterTemplate(ID);
  provideSyncServices(undefined);
});

describe('the budget gate before a run', () => {
  it('pauses the run without writing anything while the tenant is busy, and sets a resume alarm', async () => {
    provideSyncServices(
      services(async () => {
        throw new AppError({
          kind: 'throttled',
          service: 'autotask',
          status: 0,
          code: 'tenant-busy',
          message: 'The tenant is above 50 % of its hourly threshold.',
          retryAfterMs: 300_000,
        });
      }),
    );
    const run = await startRun(ID, 'schedule');
    expect(await run.finished).toMatchObject({ result: 'paused', resumeAfterMs: 300_000 });
    expect(target.writes.size).toBe(0);
    expect((await readRun(ID))?.state).toBe('paused');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([`template-resume:${ID}`]);
  });

  it('lets the run start when the gate allows new work', async () => {
    let asked = 0;
    provideSyncServices(services(async () => void asked++));
    const run = await startRun(ID, 'manual');
    expect(await run.finished).toEqual({ result: 'success' });
    expect(asked).toBe(1);
    expect(target.writes.size).toBe(10);
  });

  it('fails the run with its error when the gate fails for another reason', async () => {
    provideSyncServices(
      services(async () => {
        throw new AppError({ kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' });
      }),
    );
    const run = await startRun(ID, 'manual');
    expect(await run.finished).toMatchObject({ result: 'failed' });
    expect(target.writes.size).toBe(0);
  });
});
