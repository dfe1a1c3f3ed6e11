import { describe, expect, it } from 'vitest';
import { chunk, createLimiter, limitTo, mapWithLimit } from '../../../lib/http/limiter';

describe('the keyed limiter', () => {
  it('grants up to max slots per key and hands a released slot to the first waiter', async () => {
    const limiter = createLimiter(2);
    const a = await limiter.acquire('k');
    await limiter.acquire('k');
    const order: string[] = [];
    const third = limiter.acquire('k').then((release) => (order.push('third'), release));
    const fourth = limiter.acquire('k').then((release) => (order.push('fourth'), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    expect(limiter.inFlight('k')).toBe(2);
    a();
    a(); // releasing twice frees one slot only
    await third;
    expect(order).toEqual(['third']);
    expect(limiter.inFlight('k')).toBe(2);
    expect(await limiter.acquire('other')).toBeTypeOf('function');
    (await third)();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
  });

  it('drops a waiter whose signal aborts', async () => {
    const limiter = createLimiter(1);
    const hold = await limiter.acquire('k');
    const controller = new AbortController();
    const waiting = limiter.acquire('k', controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    hold();
    expect(limiter.inFlight('k')).toBe(0);
  });
});

describe('a per-key max that changes', () => {
  it('lets waiters in once refresh() finds more room', async () => {
    let max = 1;
    const limiter = createLimiter((key) => (key === 'narrow' ? max : 3));
    await limiter.acquire('narrow');
    let granted = false;
    const waiting = limiter.acquire('narrow').then((release) => ((granted = true), release));
    await Promise.resolve();
    expect(granted).toBe(false);
    max = 2;
    limiter.refresh();
    await waiting;
    expect(granted).toBe(true);
    expect(limiter.inFlight('narrow')).toBe(2);
  });
});

describe('limitTo, mapWithLimit and chunk', () => {
  it('limitTo runs at most n tasks at once, first come first served', async () => {
    const limit = limitTo(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
      return i;
    };
    expect(await Promise.all([1, 2, 3, 4, 5].map((i) => limit(task(i))))).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('mapWithLimit keeps input order, and its first failure stops new tasks from starting', async () => {
    expect(await mapWithLimit([3, 1, 2], 2, async (n) => n * 10)).toEqual([30, 10, 20]);
    const started: number[] = [];
    await expect(
      mapWithLimit([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('second');
        return n;
      }),
    ).rejects.toThrow('second');
    expect(started).toEqual([1, 2]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      mapWithLimit([1], 1, async (n) => n, {
        signal: controller.signal,
        abortError: () => new Error('stopped'),
      }),
    ).rejects.toThrow('stopped');
  });

  it('chunk splits a list into batches of a size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });
});
