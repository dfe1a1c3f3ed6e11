// The one concurrency limiter of the extension. A keyed semaphore: at most `max(key)` holders per
// key (API.md §3: Autotask allows 3 concurrent requests per integration code + entity; a 4th gets
// `Itgenatr005`). Waiters are served FIFO, a waiter whose signal aborts leaves the queue at once, and
// a key's max may change while the limiter runs (`refresh()` then lets waiters in).
// On top of it, p-limit-like helpers: `limitTo(n)` runs tasks through n slots, `mapWithLimit` maps
// a list through them in input order, `chunk` splits a list into batches.
// (p-limit is only a transitive dependency here, not one of ours, so the few lines live in-house.)

export type Release = () => void;

export interface Limiter {
  /** Resolves with a release function once a slot for `key` is free. Rejects with the signal's reason on abort. */
  acquire(key: string, signal?: AbortSignal): Promise<Release>;
  /** Runs `task` in a slot for `key`, releasing it when the task settles. */
  run<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Holders right now, for tests and diagnostics. */
  inFlight(key: string): number;
  /** A key's max went up: grant waiters the room it now has. */
  refresh(): void;
}

interface Slot {
  active: number;
  waiting: { grant: () => void }[];
}

/** `max`: the same for every key, or per key (read each time a slot is granted). */
export function createLimiter(max: number | ((key: string) => number)): Limiter {
  const maxFor = typeof max === 'number' ? () => max : max;
  if (typeof max === 'number' && (!Number.isInteger(max) || max < 1))
    throw new RangeError(`limiter max must be ≥ 1, got ${max}`);
  const slots = new Map<string, Slot>();

  const slotFor = (key: string): Slot => {
    let slot = slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      slots.set(key, slot);
    }
    return slot;
  };

  const pump = (key: string, slot: Slot) => {
    while (slot.active < maxFor(key) && slot.waiting.length > 0) {
      slot.active += 1;
      slot.waiting.shift()!.grant();
    }
    if (slot.active === 0 && slot.waiting.length === 0) slots.delete(key);
  };

  const releaser = (key: string, slot: Slot): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot.active -= 1;
      pump(key, slot); // the slot passes straight to the next waiter
    };
  };

  const acquire = (key: string, signal?: AbortSignal): Promise<Release> => {
    signal?.throwIfAborted();
    const slot = slotFor(key);
    if (slot.active < maxFor(key) && slot.waiting.length === 0) {
      slot.active += 1;
      return Promise.resolve(releaser(key, slot));
    }
    return new Promise<Release>((resolve, reject) => {
      const onAbort = () => {
        const i = slot.waiting.indexOf(waiter);
        if (i >= 0) slot.waiting.splice(i, 1);
        reject(signal?.reason);
      };
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(releaser(key, slot));
        },
      };
      slot.waiting.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  return {
    acquire,
    async run(key, task, signal) {
      const release = await acquire(key, signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    inFlight(key) {
      return slots.get(key)?.active ?? 0;
    },
    refresh() {
      slots.forEach((slot, key) => pump(key, slot));
    },
  };
}

/** p-limit: `limit(task)` runs `task` once one of `max` slots is free, first come first served. */
export function limitTo(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  const limiter = createLimiter(max);
  return (task) => limiter.run('', task);
}

/**
 * Runs `task` over `inputs` with at most `limit` running at once and returns the results in input
 * order. The first failure (or an abort) stops new tasks from starting and is the one thrown, once
 * the tasks already running have settled.
 */
export async function mapWithLimit<I, O>(
  inputs: readonly I[],
  limit: number,
  task: (input: I, index: number) => Promise<O>,
  stop?: { signal?: AbortSignal; abortError: () => unknown },
): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let failure: { error: unknown } | undefined;
  const slots = limitTo(Math.max(1, limit));
  await Promise.all(
    inputs.map((input, index) =>
      slots(async () => {
        if (failure) return;
        if (stop?.signal?.aborted) {
          failure = { error: stop.abortError() };
          return;
        }
        try {
          results[index] = await task(input, index);
        } catch (error) {
          failure ??= { error };
        }
      }),
    ),
  );
  if (failure) throw failure.error;
  return results;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
