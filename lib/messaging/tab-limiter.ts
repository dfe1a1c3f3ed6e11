// Issue 11 §1: sidebar-triggered reads are rate-limited per tab. sidebar.html is web-accessible, so
// an Autotask page can frame it a thousand times; each copy's messages spend the tenant's Autotask
// budget and the distributors'. One token bucket per tab (sender.tab.id) caps what a tab can ask for,
// whatever number of frames it opens. Only the router uses it, for 'sidebar' senders.

/**
 * A sidebar load sends about ten messages (connection, PO, check, state, status, activity…); a
 * person opens a few pages a minute. 60 in a burst and one a second after that leave a person
 * untouched and bound a flooding page to ~60 + 60/min.
 */
export const SIDEBAR_BURST = 60;
export const SIDEBAR_REFILL_PER_SECOND = 1;
/** Buckets of tabs not heard from for this long are dropped (they would be full again anyway). */
const IDLE_MS = 10 * 60_000;
const MAX_TABS = 1_000;

interface Bucket {
  tokens: number;
  at: number;
}

export interface TabLimiter {
  /** Takes one token for the tab; false when its bucket is empty. */
  take(tabId: number | undefined): boolean;
}

export function createTabLimiter(
  options: { burst?: number; refillPerSecond?: number; now?: () => number } = {},
): TabLimiter {
  const burst = options.burst ?? SIDEBAR_BURST;
  const rate = (options.refillPerSecond ?? SIDEBAR_REFILL_PER_SECOND) / 1000;
  const now = options.now ?? Date.now;
  const buckets = new Map<number | 'no-tab', Bucket>();

  function forget(at: number): void {
    for (const [key, bucket] of buckets) if (at - bucket.at > IDLE_MS) buckets.delete(key);
    // Still too many (tab ids are not chosen by the page, but be safe): drop the oldest.
    while (buckets.size >= MAX_TABS) {
      const first = buckets.keys().next();
      if (first.done) break;
      buckets.delete(first.value);
    }
  }

  return {
    take(tabId) {
      const key = tabId ?? 'no-tab';
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        forget(at);
        bucket = { tokens: burst, at };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + (at - bucket.at) * rate);
      bucket.at = at;
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
