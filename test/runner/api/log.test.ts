// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIMIT } from '../../../runner/api/log-params';
import type { LogEntryView } from '../../../lib/messaging/results';
import { createFakeStore } from './fake-store';
import { newEntry, serveApi, type Served } from './harness';
import { openTempStore, STORE_START_MS } from './real-store';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 1);

describe('GET /log and /log/:id', () => {
  let api: Served;
  let real: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    real = await openTempStore();
    api = await serveApi({ store: real.store });
    // Hour i holds entry i+1: product-sync successes, every third an order-status failure.
    for (let i = 0; i < 30; i++) {
      const failed = i % 3 === 0;
      await api.store.log.appendEntry(
        newEntry({
          at: T0 + i * HOUR,
          template: failed ? 'order-status' : 'product-sync',
          operation: failed ? 'status-update' : 'product-sync',
          result: failed ? 'failed' : 'success',
          summary: `run ${i}`,
          keys: i === 7 ? ['po-1007'] : [],
        }),
        i === 8 ? [{ key: 'sku-42', label: 'SKU-42', outcome: 'updated' }] : [],
      );
    }
  }, STORE_START_MS);
  afterAll(async () => {
    await api.close();
    await real.dispose();
  }, STORE_START_MS);

  const list = async (query: string) => {
    const res = await api.get(`/log?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { entries: LogEntryView[]; total: number; offset: number; limit: number };
  };
  const summaries = (page: { entries: LogEntryView[] }) => page.entries.map((e) => e.summary);

  it('pages newest first, saying how many match in all', async () => {
    const first = await list('limit=4');
    expect(summaries(first)).toEqual(['run 29', 'run 28', 'run 27', 'run 26']);
    expect(first).toMatchObject({ total: 30, offset: 0, limit: 4 });
    const second = await list('limit=4&offset=4');
    expect(summaries(second)).toEqual(['run 25', 'run 24', 'run 23', 'run 22']);
  });

  it('filters by template and result as the log page does', async () => {
    const page = await list('template=order-status&result=failed&limit=3');
    expect(page.total).toBe(10);
    expect(summaries(page)).toEqual(['run 27', 'run 24', 'run 21']);
    expect((await list('template=order-status&result=success')).total).toBe(0);
  });

  it('takes from (inclusive) and to (exclusive) as epoch ms or ISO dates', async () => {
    const byMs = await list(`from=${T0 + 2 * HOUR}&to=${T0 + 5 * HOUR}`);
    expect(summaries(byMs)).toEqual(['run 4', 'run 3', 'run 2']);
    const byIso = await list(
      `from=${new Date(T0 + 2 * HOUR).toISOString()}&to=${new Date(T0 + 5 * HOUR).toISOString()}`,
    );
    expect(summaries(byIso)).toEqual(summaries(byMs));
  });

  it("searches an entry's keys and its items' keys, whole and case-insensitively", async () => {
    expect(summaries(await list('search=PO-1007'))).toEqual(['run 7']);
    expect(summaries(await list('search=sku-42'))).toEqual(['run 8']);
    expect(summaries(await list('search=sku-4'))).toEqual([]);
  });

  it("sends entries in the extension's own view shape, ISO time included", async () => {
    const [entry] = (await list('limit=1')).entries;
    expect(entry).toEqual({
      id: 30,
      at: new Date(T0 + 29 * HOUR).toISOString(),
      template: 'product-sync',
      operation: 'product-sync',
      result: 'success',
      summary: 'run 29',
      itemCount: 0,
    });
  });

  it.each([
    ['result=broken', 'result'],
    ['from=yesterday', 'from'],
    [`limit=${MAX_LIMIT + 1}`, 'limit'],
    ['limit=0', 'limit'],
    ['offset=-1', 'offset'],
    [`template=${'x'.repeat(61)}`, 'template'],
    ['colour=red', 'colour'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const res = await api.get(`/log?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('bad-request');
    expect(body.error.message).toContain(field);
  });

  it('gives one entry with its items, in the order they were written', async () => {
    const id = await api.store.log.appendEntry(
      newEntry({ result: 'partial', summary: 'two of three', at: T0 - HOUR }),
      [
        { key: 'a', label: 'A', outcome: 'updated' },
        { key: 'b', label: 'B', outcome: 'failed', message: 'no price' },
      ],
    );
    const res = await api.get(`/log/${id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.entry).toMatchObject({ id, summary: 'two of three', itemCount: 2 });
    expect(body.items).toEqual([
      { id: expect.any(Number), label: 'A', outcome: 'updated' },
      { id: expect.any(Number), label: 'B', outcome: 'failed', message: 'no price' },
    ]);
  });

  it('answers 404 for an entry that does not exist or an id that is not one', async () => {
    expect((await api.get('/log/99999')).status).toBe(404);
    const res = await api.get('/log/abc');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not-found');
  });
});

describe('when the store fails', () => {
  it("answers 500 with the one error shape, never the store's message or a stack", async () => {
    const seen: unknown[] = [];
    const store = createFakeStore();
    const api = await serveApi({ store, onError: (err) => seen.push(err) });
    try {
      store.failNext(new Error('connect ECONNREFUSED postgres://runner:hunter2@db:5432/bridge'));
      const res = await api.get('/log');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'internal', message: 'The runner could not answer this request.' },
      });
      expect(text).not.toContain('hunter2');
      expect(text).not.toMatch(/\bat .*:\d+:\d+/);
      expect(seen).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
