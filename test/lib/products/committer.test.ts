// The ordered committer: pages that finish out of order still commit in order; after a page that
// cannot commit (or a halt), no later page commits and its result is discarded (carried) instead.
import { describe, expect, it } from 'vitest';
import { orderedCommits } from '../../../lib/products/committer';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function recorder(depth: number) {
  const log: string[] = [];
  const commits = orderedCommits<number>({
    depth,
    commit: async (page) => void log.push(`commit ${page}`),
    discard: (page) => void log.push(`discard ${page}`),
    failed: (error) => void log.push(`failed ${(error as Error).message}`),
  });
  return { log, commits };
}

describe('orderedCommits', () => {
  it('commits in order pages that finish out of order, waiting for the oldest when the window is full', async () => {
    const { log, commits } = recorder(3);
    const pages = [deferred<number>(), deferred<number>(), deferred<number>()];
    await commits.add(pages[0]!.promise);
    await commits.add(pages[1]!.promise);
    pages[1]!.resolve(2);
    pages[2]!.resolve(3);
    const third = commits.add(pages[2]!.promise); // the window is full: waits for page 1
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual([]);
    pages[0]!.resolve(1);
    await third;
    await commits.drain();
    expect(log).toEqual(['commit 1', 'commit 2', 'commit 3']);
  });

  it('commits no page after one that failed, and none after a halt', async () => {
    const { log, commits } = recorder(10);
    await commits.add(Promise.resolve(1));
    await commits.add(Promise.reject(new Error('page 2')));
    await commits.add(Promise.resolve(3));
    await commits.drain();
    expect(log).toEqual(['commit 1', 'failed page 2', 'discard 3']);
    expect(commits.halted).toBe(true);

    const halted = recorder(10);
    await halted.commits.add(Promise.resolve(1));
    halted.commits.halt();
    await halted.commits.drain();
    expect(halted.log).toEqual(['discard 1']);
  });
});
