// Writes about to go out, kept where a killed process leaves them (issue 13 "0 lost log entries").
// A page's writes land in Autotask before the page commits with the checkpoint; a process killed in
// between (kill -9, a crash, a closed laptop) leaves writes that no checkpoint knows. The resumed run
// reads those SKUs again, finds them at their new values and would report them "unchanged": the
// run's one activity entry would not say that they were written. So before a page's writes go out,
// the outcomes they will have are stored; the next run carries them (checkpoint.ts `carried`) and
// reports a SKU it finds unchanged as the write that made it so. A pause already carries its pages'
// writes in memory (linked-run.ts); this is the same record for a process that never got to it.
import { outcomeSchema } from './checkpoint';
import type { SkuOutcome } from './outcomes';

/** Where the record lives (the host store's meta, lib/products/store.ts; memory in tests). */
export interface WriteIntentStore {
  load(): Promise<unknown>;
  save(outcomes: readonly SkuOutcome[]): Promise<void>;
}

export interface WriteIntents {
  /** The record a killed process left, as outcomes to carry (empty when there is none). */
  recovered(): Promise<SkuOutcome[]>;
  /** Stores a page's planned writes before they go out; the returned call forgets them (committed). */
  before(planned: readonly SkuOutcome[]): Promise<() => void>;
  /** The run ended: nothing is pending any more. */
  clear(): Promise<void>;
}

export function writeIntents(port: WriteIntentStore): WriteIntents {
  /** The recovered record (until the run ends) and each uncommitted page's planned writes. */
  let recovered: SkuOutcome[] = [];
  const pages = new Set<readonly SkuOutcome[]>();
  // One save at a time, each of the state when it starts: a later save never lands before an earlier.
  let queue: Promise<void> = Promise.resolve();
  const persist = () => {
    queue = queue.then(() => port.save([...recovered, ...[...pages].flat()]));
    return queue;
  };
  return {
    async recovered() {
      const parsed = outcomeSchema.array().safeParse((await port.load()) ?? []);
      recovered = parsed.success ? parsed.data : [];
      return recovered;
    },
    async before(planned) {
      if (planned.length === 0) return () => {};
      pages.add(planned);
      await persist();
      // A committed page's SKUs are in its checkpoint now; the record drops them at its next save.
      return () => void pages.delete(planned);
    },
    async clear() {
      recovered = [];
      pages.clear();
      await persist();
    },
  };
}
