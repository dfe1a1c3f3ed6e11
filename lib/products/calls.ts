// How Product Sync spends and survives the API budget: a client wrapper that counts our Autotask calls
// (for the per-run cap and the tenant headroom), a write helper that sends again only what Autotask
// refused unprocessed (429, Itgenatr005), and the rule that decides a run pauses rather than fails.
import type { AutotaskClient } from '../autotask/types';
import { isAppError } from '../errors/app-error';
import type { AppError } from '../errors/app-error';
import { WRITE_ATTEMPTS, WRITE_BACKOFF_MAX_MS, WRITE_BACKOFF_MS } from './limits';

export interface CallCounter {
  /** Autotask requests this run has sent (pages, `in` chunks, writes, threshold reads). */
  total: number;
  /** Epoch ms of each, for the per-run cap's rolling hour. */
  at: number[];
}

/** The same client, counting each request it sends. */
export function countingClient(
  client: AutotaskClient,
  counter: CallCounter,
  now: () => number,
): AutotaskClient {
  const tick = () => {
    counter.total += 1;
    counter.at.push(now());
  };
  const counted: AutotaskClient = {
    ...client,
    async *queryPages(entity, query, schema, signal) {
      const pages = client.queryPages(entity, query, schema, signal);
      for (;;) {
        const next = await pages.next();
        if (next.done) return;
        tick(); // one request per page received
        yield next.value;
      }
    },
    async queryAll(entity, query, schema, signal) {
      const rows = [];
      for await (const page of counted.queryPages(entity, query, schema, signal)) rows.push(...page);
      return rows;
    },
    async queryIn(entity, field, values, schema, extra, signal) {
      // The client splits into ≤ 500-value queries; count what it will send (one page each here).
      const unique = new Set(values).size;
      for (let i = 0; i < Math.max(1, Math.ceil(unique / 500)); i += 1) tick();
      return client.queryIn(entity, field, values, schema, extra, signal);
    },
    count: (...args) => (tick(), client.count(...args)),
    get: (...args) => (tick(), client.get(...args)),
    create: (...args) => (tick(), client.create(...args)),
    update: (...args) => (tick(), client.update(...args)),
    threshold: (...args) => (tick(), client.threshold(...args)),
  };
  return counted;
}

/**
 * Errors after which the run pauses and continues later instead of failing: our allowance is spent,
 * the tenant is busy, or Autotask still throttles after the HTTP policy's retries.
 */
export function isPause(error: unknown): error is AppError {
  return isAppError(error) && error.kind === 'throttled';
}

/** A write refused before Autotask processed it: sending it again cannot duplicate anything. */
function refusedUnprocessed(error: unknown): boolean {
  return (
    isAppError(error) && error.kind === 'throttled' && error.code !== 'budget' && error.code !== 'tenant-busy'
  );
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)), {
      once: true,
    });
  });

/**
 * Sends `write` and, while Autotask refuses it unprocessed, again after Retry-After or a doubling
 * backoff: 429 and Itgenatr005 slow the run down (issue 4 "Must show"). The HTTP policy never resends
 * a write itself (STYLE.md §8); this is the one place that does, and only for those refusals.
 */
export async function writeSlowly<T>(
  write: () => Promise<T>,
  sleep: Sleep,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!refusedUnprocessed(error) || attempt >= WRITE_ATTEMPTS) throw error;
      const backoff = Math.min(WRITE_BACKOFF_MAX_MS, WRITE_BACKOFF_MS * 2 ** (attempt - 1));
      await sleep((error as AppError).retryAfterMs ?? backoff, signal);
    }
  }
}
