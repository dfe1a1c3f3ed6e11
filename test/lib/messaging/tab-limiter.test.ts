// Issue 11 §1: a page that frames the sidebar many times shares one budget per tab.
import { describe, expect, it } from 'vitest';
import { createTabLimiter } from '../../../lib/messaging/tab-limiter';

function taken(limiter: ReturnType<typeof createTabLimiter>, tabId: number | undefined, times: number) {
  let ok = 0;
  for (let i = 0; i < times; i++) if (limiter.take(tabId)) ok += 1;
  return ok;
}

describe('the per-tab limiter', () => {
  it('lets a burst through, then one per refill interval', () => {
    let now = 0;
    const limiter = createTabLimiter({ burst: 5, refillPerSecond: 1, now: () => now });
    expect(taken(limiter, 7, 100)).toBe(5);
    now += 1_000;
    expect(taken(limiter, 7, 100)).toBe(1);
    now += 60_000; // refills up to the burst, never beyond
    expect(taken(limiter, 7, 100)).toBe(5);
  });

  it('keeps one bucket per tab, and one for senders without a tab', () => {
    const limiter = createTabLimiter({ burst: 3, refillPerSecond: 1, now: () => 0 });
    expect(taken(limiter, 7, 10)).toBe(3);
    expect(taken(limiter, 8, 10)).toBe(3);
    expect(taken(limiter, undefined, 10)).toBe(3);
    expect(taken(limiter, 7, 10)).toBe(0);
  });
});
