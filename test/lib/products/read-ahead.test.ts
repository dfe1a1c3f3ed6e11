// The reader's bounded read-ahead: it pulls ahead of a busy consumer up to its size and no further,
// hands items over in order, reports a failure after the items read before it, and stops on return.
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../lib/products/read-ahead';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function counting(limit: number, failAt?: number) {
  const state = { pulled: 0, closed: false };
  async function* source() {
    try {
      for (let i = 1; i <= limit; i += 1) {
        await Promise.resolve();
        if (i === failAt) throw new Error(`read ${i} failed`);
        state.pulled = i;
        yield i;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

describe('readAhead', () => {
  it('reads ahead of an idle consumer up to its size, then hands the items over in order', async () => {
    const { state, source } = counting(10);
    const pages = readAhead(source, 3);
    await tick();
    expect(state.pulled).toBe(3);
    expect((await pages.next()).value).toBe(1);
    await tick();
    expect(state.pulled).toBe(4);
    const rest: number[] = [];
    for await (const page of pages) rest.push(page);
    expect(rest).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(state.closed).toBe(true);
  });

  it("reports the source's failure after the items read before it", async () => {
    const { source } = counting(10, 3);
    const pages = readAhead(source, 5);
    expect((await pages.next()).value).toBe(1);
    expect((await pages.next()).value).toBe(2);
    await expect(pages.next()).rejects.toThrow('read 3 failed');
    expect((await pages.next()).done).toBe(true);
  });

  it('stops reading on return() and resolves once the source has closed', async () => {
    const { state, source } = counting(100);
    const pages = readAhead(source, 2);
    await tick();
    await pages.return(undefined);
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(3);
    expect((await pages.next()).done).toBe(true);
  });
});
