// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COUNT_DAYS } from '../../../lib/messaging/protocol';
import { newEntry, serveApi, type Served } from './harness';
import { openTempStore, STORE_START_MS } from './real-store';

const HOUR = 3_600_000;
// Three days as a browser in Europe/Berlin draws them, from 28 March 2026: the 29th has 23 hours
// (summer time starts). The runner counts the days it is sent, whatever its own time zone.
const DAY0 = Date.UTC(2026, 2, 27, 23);
const STARTS = [DAY0, DAY0 + 24 * HOUR, DAY0 + 47 * HOUR];

describe('GET /log/daily', () => {
  let api: Served;
  let real: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    real = await openTempStore();
    api = await serveApi({ store: real.store });
    const add = (
      at: number,
      result: 'success' | 'partial' | 'failed',
      template = 'product-sync',
      operation: 'product-sync' | 'status-update' | 'connection' = 'product-sync',
    ) => api.store.log.appendEntry(newEntry({ at, result, template, operation, summary: 'run' }));
    await add(DAY0 - 1, 'failed'); // the evening before: not asked for
    await add(DAY0, 'success');
    await add(DAY0 + 10 * HOUR, 'success', 'order-status', 'status-update');
    await add(DAY0 + 24 * HOUR - 1, 'partial');
    await add(DAY0 + 24 * HOUR, 'failed', 'create-orders');
    await add(DAY0 + 47 * HOUR - 1, 'failed', 'manual', 'connection');
    await add(DAY0 + 47 * HOUR, 'success');
    await add(DAY0 + 80 * HOUR, 'partial'); // after the last start: the last day has no end
  }, STORE_START_MS);
  afterAll(async () => {
    await api.close();
    await real.dispose();
  }, STORE_START_MS);

  it('counts every entry per asked day by result, oldest day first', async () => {
    const res = await api.get(`/log/daily?starts=${STARTS.join(',')}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      days: [
        { day: STARTS[0], success: 2, partial: 1, failed: 0 },
        { day: STARTS[1], success: 0, partial: 0, failed: 2 },
        { day: STARTS[2], success: 1, partial: 1, failed: 0 },
      ],
    });
  });

  it(`counts up to ${MAX_COUNT_DAYS} days, empty ones as zeros`, async () => {
    const starts = Array.from(
      { length: MAX_COUNT_DAYS },
      (_, i) => DAY0 - (MAX_COUNT_DAYS - 1 - i) * 24 * HOUR,
    );
    const res = await api.get(`/log/daily?starts=${starts.join('%2C')}`);
    expect(res.status).toBe(200);
    const { days } = (await res.json()) as { days: { day: number; success: number; failed: number }[] };
    expect(days.map((d) => d.day)).toEqual(starts);
    expect(days.slice(0, -2).every((d) => d.success + d.failed === 0)).toBe(true);
    expect(days.at(-2)).toEqual({ day: starts.at(-2), success: 0, partial: 0, failed: 1 });
    expect(days.at(-1)).toEqual({ day: DAY0, success: 3, partial: 2, failed: 2 });
  });

  it.each([
    ['', 'starts'],
    ['starts=', 'starts'],
    ['starts=yesterday', 'starts'],
    ['starts=1,,2', 'starts'],
    ['starts=-5', 'starts'],
    [`starts=${STARTS[1]},${STARTS[0]}`, 'increasing'],
    [`starts=${STARTS[0]},${STARTS[0]}`, 'increasing'],
    ['starts=1.5', 'starts'],
    [`starts=${Array.from({ length: MAX_COUNT_DAYS + 1 }, (_, i) => i).join(',')}`, 'starts'],
    [`starts=${STARTS[0]}&template=product-sync`, 'template'],
  ])('refuses %j with a 400 naming %s', async (query, word) => {
    const res = await api.get(`/log/daily?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('bad-request');
    expect(body.error.message).toContain(word);
  });

  it('requires the token', async () => {
    const res = await api.get(`/log/daily?starts=${STARTS[0]}`, { headers: { authorization: '' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });
});
