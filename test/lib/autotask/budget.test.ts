import { describe, expect, it } from 'vitest';
import { createAutotaskBudget, createMemoryBudgetStore } from '../../../lib/autotask/budget';
import type { AppError } from '../../../lib/errors/app-error';
import type { ThresholdInfo } from '../../../lib/autotask/types';

const clock = (start = Date.parse('2025-11-25T10:00:00Z')) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a failure');
}

const threshold = (used: number, limit = 10_000): ThresholdInfo => ({
  externalRequestThreshold: limit,
  requestThresholdTimeframe: 60,
  currentTimeframeRequestCount: used,
});

describe('the API budget', () => {
  it('allows 20 % of the tenant threshold per rolling hour, then fails fast until calls age out', async () => {
    const time = clock();
    const budget = createAutotaskBudget({ now: time.now });
    await budget.observeThreshold(threshold(0, 100));
    for (let i = 0; i < 20; i += 1) {
      await budget.beforeCall();
      budget.recordCall();
      time.advance(60_000);
    }
    const error = await failure(budget.beforeCall());
    expect(error).toMatchObject({ kind: 'throttled', code: 'budget', status: 0 });
    expect(error.retryAfterMs).toBe(40 * 60_000); // the first call ages out after 60 minutes
    time.advance(40 * 60_000);
    await expect(budget.beforeCall()).resolves.toBeUndefined();
    expect(await budget.status()).toMatchObject({ allowance: 20, used: 19, remaining: 1 });
  });

  it('keeps its count in the store, so a new budget over the same store continues it', async () => {
    const time = clock();
    const store = createMemoryBudgetStore();
    const first = createAutotaskBudget({ now: time.now, store, allowance: 2 });
    await first.beforeCall();
    first.recordCall();
    first.recordCall();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = createAutotaskBudget({ now: time.now, store, allowance: 2 });
    expect((await failure(second.beforeCall())).code).toBe('budget');
  });

  it('starts no new work while the tenant is above 50 %, and reads the threshold sparingly', async () => {
    const time = clock();
    const budget = createAutotaskBudget({ now: time.now });
    let reads = 0;
    let tenantUsed = 6_000;
    const read = async () => ((reads += 1), threshold(tenantUsed));
    const busy = await failure(budget.beginWork(read));
    expect(busy).toMatchObject({ kind: 'throttled', code: 'tenant-busy' });
    expect(busy.message).toContain('60 %');
    tenantUsed = 1_000;
    time.advance(60_000);
    await failure(budget.beginWork(read)); // still the 60 % sample: no second read within 5 minutes
    expect(reads).toBe(1);
    time.advance(5 * 60_000);
    await expect(budget.beginWork(read)).resolves.toBeUndefined();
    expect(reads).toBe(2);
    // the allowance follows the tenant's real threshold
    expect((await budget.status()).allowance).toBe(2_000);
  });
});
