import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../lib/http/limiter';

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
