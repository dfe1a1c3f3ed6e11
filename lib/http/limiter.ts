// A small keyed semaphore: at most `max` holders per key (API.md §3: Autotask allows 3 concurrent
// requests per integration code + entity; a 4th gets `Itgenatr005`). Waiters are served FIFO and a
// waiter whose signal aborts leaves the queue at once.

export type Release = () => void;

export interface Limiter {
  /** Resolves with a release function once a slot for `key` is free. Rejects with the signal's reason on abort. */
  acquire(key: string, signal?: AbortSignal): Promise<Release>;
  /** Holders right now, for tests and diagnostics. */
  inFlight(key: string): number;
}

interface Slot {
  active: number;
  waiting: { grant: () => void }[];
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`limiter max must be ≥ 1, got ${max}`);
  const slots = new Map<string, Slot>();

  const slotFor = (key: string): Slot => {
    let slot = slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      slots.set(key, slot);
    }
    return slot;
  };

  const releaser = (key: string, slot: Slot): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = slot.waiting.shift();
      if (next) {
        next.grant(); // the slot passes straight to the next waiter; `active` is unchanged
        return;
      }
      slot.active -= 1;
      if (slot.active === 0) slots.delete(key);
    };
  };

  return {
    acquire(key, signal) {
      signal?.throwIfAborted();
      const slot = slotFor(key);
      if (slot.active < max) {
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
    },
    inFlight(key) {
      return slots.get(key)?.active ?? 0;
    },
  };
}
