// The committer of a run: a page's outcomes go into the checkpoint, with its cursor move and any
// store write of its own (the import queue, the match cursor), in one save — and pages that overlap
// still commit strictly in order: the checkpoint only ever moves past a page whose writes are all
// done and whose predecessors all committed. After the first page that cannot commit (a pause, a
// failure, or `halt()`), no later page does; what they wrote is carried to the resumed run instead.
import { withCarried } from './checkpoint';
import type { ProductSyncCheckpoint } from './checkpoint';
import type { SkuOutcome } from './outcomes';

export interface CommitPorts {
  checkpoint: { save(value: ProductSyncCheckpoint, alsoWrite?: () => Promise<void>): Promise<void> };
  saveStates(outcomes: readonly SkuOutcome[], at: number): Promise<void>;
  progress(done: number, total: number): Promise<void>;
  now(): number;
}

export type Commit = (
  outcomes: SkuOutcome[],
  move: (cp: ProductSyncCheckpoint) => void,
  alsoWrite?: () => Promise<void>,
) => Promise<void>;

/** Commits one page: outcomes, cursor, the calls of the last hour, per-SKU state, progress. */
export function checkpointCommit(
  cp: ProductSyncCheckpoint,
  ports: CommitPorts,
  recentCalls: () => number[],
): Commit {
  return async (raw, move, alsoWrite) => {
    const outcomes = withCarried(cp, raw);
    move(cp);
    cp.done += outcomes.length;
    for (const o of outcomes) {
      if (o.outcome === 'unchanged') (cp.unchanged ??= []).push(o.sku);
      else cp.outcomes.push(o);
    }
    cp.calls = recentCalls();
    const at = ports.now();
    await ports.checkpoint.save(cp, async () => {
      await alsoWrite?.();
      await ports.saveStates(outcomes, at);
    });
    await ports.progress(cp.done, cp.total);
  };
}

export interface OrderedCommits<P> {
  /** Queues a page's writes; once `depth` pages are in flight, waits for the oldest to settle. */
  add(page: Promise<P>): Promise<void>;
  /** Settles every page still in flight, in order. */
  drain(): Promise<void>;
  /** No later page may commit (an earlier one could not, or the run is pausing). */
  halt(): void;
  readonly halted: boolean;
}

export function orderedCommits<P>(options: {
  depth: number;
  /** The page's writes are done and every earlier page committed. */
  commit(page: P): Promise<void>;
  /** The page's writes are done but an earlier page did not commit: nor may this one. */
  discard(page: P): void;
  /** The page (or its commit) failed: it, and every page after it, stays uncommitted. */
  failed(error: unknown): void;
}): OrderedCommits<P> {
  const inFlight: Promise<P>[] = [];
  let halted = false;
  const settleOldest = async () => {
    const pending = inFlight.shift()!;
    try {
      const page = await pending;
      if (halted) return options.discard(page);
      await options.commit(page);
    } catch (error) {
      halted = true;
      options.failed(error);
    }
  };
  return {
    async add(page) {
      page.catch(() => {}); // settled in order by settleOldest; not an unhandled rejection meanwhile
      inFlight.push(page);
      if (inFlight.length >= options.depth) await settleOldest();
    },
    async drain() {
      while (inFlight.length > 0) await settleOldest();
    },
    halt() {
      halted = true;
    },
    get halted() {
      return halted;
    },
  };
}
