// @vitest-environment node
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader, ENTRY_COLUMNS, ITEM_COLUMNS } from '../../../lib/log/csv';
import { CSV_CHUNK } from '../../../runner/api/csv-stream';
import { csvFileName } from '../../../runner/api/routes/log-csv';
import { createFakeStore } from './fake-store';
import { newEntry, serveApi, type Served } from './harness';
import { openTempStore, STORE_START_MS } from './real-store';

const T0 = Date.UTC(2026, 2, 1, 9, 30);
const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('GET /log.csv', () => {
  let api: Served;
  let real: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    real = await openTempStore();
    api = await serveApi({ store: real.store, now: () => T0 });
    await api.store.log.appendEntry(
      newEntry({ at: T0 - 2000, summary: '=HYPERLINK("http://evil.example","click")', result: 'partial' }),
      [
        { key: 'sku-1', label: 'SKU-1', outcome: 'updated' },
        { key: 'sku-2', label: '+SKU-2', outcome: 'failed', message: '@SUM(A1)' },
      ],
    );
    await api.store.log.appendEntry(
      newEntry({ at: T0 - 1000, summary: 'no items', template: 'order-status' }),
    );
  }, STORE_START_MS);
  afterAll(async () => {
    await api.close();
    await real.dispose();
  }, STORE_START_MS);

  it("is a download whose header row is the extension's, byte for byte", async () => {
    const res = await api.get('/log.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="autotask-bridge-runner-log-2026-03-01T0930Z.csv"',
    );
    const text = await res.text();
    expect(text.startsWith(csvHeader(false))).toBe(true);
    const rows = parse(text);
    expect(rows[0]).toEqual([...ENTRY_COLUMNS]);
    expect(rows.slice(1).map((r) => r[7])).toEqual([
      'no items',
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
  });

  it('guards every cell a spreadsheet would run as a formula', async () => {
    const rows = parse(await (await api.get('/log.csv?perItem=1')).text());
    expect(rows[0]).toEqual([...ITEM_COLUMNS]);
    const guarded = rows.slice(1).find((r) => r[14] === "'+SKU-2");
    expect(guarded?.[7]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(guarded?.[16]).toBe("'@SUM(A1)");
  });

  it('writes one row per item, and one for an entry without items', async () => {
    const rows = parse(await (await api.get('/log.csv?perItem=1')).text()).slice(1);
    expect(rows.map((r) => [r[7], r[14], r[15]])).toEqual([
      ['no items', '', ''],
      [`'=HYPERLINK("http://evil.example","click")`, 'SKU-1', 'updated'],
      [`'=HYPERLINK("http://evil.example","click")`, "'+SKU-2", 'failed'],
    ]);
  });

  it("takes the log page's filters", async () => {
    const rows = parse(await (await api.get('/log.csv?template=order-status')).text());
    expect(rows.slice(1).map((r) => r[7])).toEqual(['no items']);
  });

  it('refuses an option it does not know', async () => {
    const res = await api.get('/log.csv?perItem=yes');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('perItem');
  });

  it('names the file by the time in UTC', () => {
    expect(csvFileName(Date.UTC(2026, 10, 25, 23, 5))).toBe(
      'autotask-bridge-runner-log-2026-11-25T2305Z.csv',
    );
  });
});

describe('a large log as CSV', () => {
  const COUNT = 5_000;
  let api: Served;
  let real: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    real = await openTempStore();
    api = await serveApi({ store: real.store });
    for (let i = 0; i < COUNT; i++) {
      await api.store.log.appendEntry(newEntry({ at: T0 + i, summary: `entry ${i}, "quoted"` }));
    }
  }, STORE_START_MS);
  afterAll(async () => {
    await api.close();
    await real.dispose();
  }, STORE_START_MS);

  it('arrives whole, every row newest first and parseable', async () => {
    const parsed = Papa.parse<string[]>(await (await api.get('/log.csv')).text(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(COUNT + 1);
    expect(parsed.data[1]?.[7]).toBe(`entry ${COUNT - 1}, "quoted"`);
    expect(parsed.data[COUNT]?.[7]).toBe('entry 0, "quoted"');
  });

  it('is streamed: the first rows arrive while the store is still being read', async () => {
    const gate = gatedWalk(api.store);
    const res = await api.get('/log.csv');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(`entry ${COUNT - CSV_CHUNK}`)) {
      const { value } = await reader.read();
      text += decoder.decode(value, { stream: true });
    }
    // A whole chunk has reached the client, and the walk is parked before its second chunk.
    expect(gate.done).toBe(false);
    gate.open();
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value);
    expect(gate.done).toBe(true);
    expect(parse(text)).toHaveLength(COUNT + 1);
  });

  it('stops reading the store when the client goes away', async () => {
    const gate = gatedWalk(api.store);
    const abort = new AbortController();
    const res = await api.get('/log.csv', { signal: abort.signal });
    await (res.body as ReadableStream<Uint8Array>).getReader().read();
    abort.abort();
    gate.open();
    await expect.poll(() => gate.ended, { timeout: 5_000 }).toBe(true);
    expect(gate.done).toBe(false);
  });
});

/**
 * Makes the store's next walk wait after its first chunk until `open()`. `done`: the walk ran to its
 * end; `ended`: it stopped, to the end or because its reader let it go.
 */
function gatedWalk(store: Served['store']) {
  const original = store.log.walk;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const state = { done: false, ended: false, open: () => open() };
  store.log.walk = async function* (filter, chunk) {
    store.log.walk = original;
    let first = true;
    try {
      for await (const batch of original(filter, chunk)) {
        if (!first) await opened;
        first = false;
        yield batch;
      }
      state.done = true;
    } finally {
      state.ended = true;
    }
  };
  return state;
}

describe('when the store fails', () => {
  it('answers 500 rather than a 200 with a cut-off file, if the first read fails', async () => {
    const store = createFakeStore();
    const api = await serveApi({ store });
    try {
      store.failNext(new Error('disk gone'));
      const res = await api.get('/log.csv');
      expect(res.status).toBe(500);
      expect((await res.json()).error.code).toBe('internal');
    } finally {
      await api.close();
    }
  });
});
