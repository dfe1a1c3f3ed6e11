import { beforeEach, describe, expect, it } from 'vitest';
import { createAutotaskBudget } from '../../../lib/autotask/budget';
import { db } from '../../../lib/db/db';
import { dexieBudget } from '../../../lib/db/dexie-budget';
import { freshDb } from './fresh-db';

const budgetStore = dexieBudget(db);

const HOUR = 60 * 60_000;

beforeEach(freshDb);

describe('the persisted Autotask budget store', () => {
  it('remembers this hour’s calls across a worker restart', async () => {
    let now = Date.UTC(2026, 0, 5, 9, 0, 0);
    const clock = () => now;
    const first = createAutotaskBudget({ store: budgetStore, now: clock, allowance: 3 });
    for (let i = 0; i < 3; i++) {
      await first.beforeCall();
      first.recordCall();
      now += 1_000;
    }
    await expect.poll(async () => (await budgetStore.loadCalls()).length).toBe(3);

    // A new worker: a new budget over the same store.
    const restarted = createAutotaskBudget({ store: budgetStore, now: clock, allowance: 3 });
    await expect(restarted.beforeCall()).rejects.toMatchObject({ kind: 'throttled', code: 'budget' });

    now += HOUR + 60_000;
    await expect(
      createAutotaskBudget({ store: budgetStore, now: clock, allowance: 3 }).beforeCall(),
    ).resolves.toBeUndefined();
  });

  it('keeps one row per minute however many calls, and prunes the minutes that left the hour', async () => {
    const at = Date.UTC(2026, 0, 5, 9, 0, 0);
    for (let i = 0; i < 50; i++) await budgetStore.addCall(at + i * 100);
    await budgetStore.addCall(at + 2 * 60_000);

    expect(await budgetStore.loadCalls()).toHaveLength(51);
    await budgetStore.pruneCalls(at + 60_000);
    expect(await budgetStore.loadCalls()).toEqual([at + 2 * 60_000]);
  });

  it('keeps the last tenant usage sample', async () => {
    expect(await budgetStore.loadTenant()).toBeUndefined();
    await budgetStore.saveTenant({ at: 1, threshold: 10_000, used: 1_234 });
    expect(await budgetStore.loadTenant()).toEqual({ at: 1, threshold: 10_000, used: 1_234 });
  });
});
