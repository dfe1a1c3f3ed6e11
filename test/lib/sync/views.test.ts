import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { setRunScheduledHere, updateTemplateSettings } from '../../../lib/sync/scheduler';
import { listTemplateViews } from '../../../lib/sync/views';
import { freshDb } from '../db/fresh-db';
import { pagedTemplate } from './paged-template';

const template = pagedTemplate('view-test', { writes: new Map() });

beforeEach(async () => {
  await freshDb();
  registerTemplate(template);
});
afterEach(() => unregisterTemplate('view-test'));

describe('listTemplateViews', () => {
  it('shows a template never run and not scheduled', async () => {
    expect(await listTemplateViews()).toEqual([
      { id: 'view-test', name: 'Test view-test', enabled: false, running: false },
    ]);
  });

  it('shows the last run, the next alarm and a running run’s progress', async () => {
    const now = Date.now();
    await updateTemplateSettings(template, { enabled: true, everyMinutes: 30 });
    await setRunScheduledHere(true);
    await db.runs.put({
      templateId: 'view-test',
      state: 'running',
      lastResult: 'partial',
      lastRunAt: Date.UTC(2026, 10, 25, 9),
      progress: { done: 40, total: 100 },
      lockOwner: 'run-1',
      lockExpiresAt: now + 60_000,
    });
    const [view] = await listTemplateViews(now);
    expect(view).toMatchObject({
      enabled: true,
      running: true,
      progress: { done: 40, total: 100 },
      lastResult: 'partial',
      lastRunAt: '2026-11-25T09:00:00.000Z',
    });
    expect(Date.parse(view!.nextRunAt!)).toBeGreaterThan(now);
  });

  it('does not show a run as running once its lock has lapsed (its worker died)', async () => {
    const now = Date.now();
    await db.runs.put({
      templateId: 'view-test',
      state: 'running',
      lockOwner: 'dead',
      lockExpiresAt: now - 1,
      progress: { done: 1, total: 2 },
    });
    expect((await listTemplateViews(now))[0]).toMatchObject({ running: false });
    expect((await listTemplateViews(now))[0]?.progress).toBeUndefined();
  });
});
