// How `exportCsv` works through a long log (issue 14): raw IndexedDB reads of blocks of ids, the
// next blocks asked for before the current one is built, the same file whatever the block size,
// the list's own order kept, and an abort that stops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { db } from '../../../lib/db/db';
import { exportCsv } from '../../../lib/log/export';
import { matchingIds } from '../../../lib/log/query';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9, 30);

async function logEntries(n: number) {
  for (let i = 0; i < n; i++) {
    await appendEntry({
      at: T0 + i,
      template: 't',
      operation: 'maintenance',
      result: 'success',
      summary: `#${i}`,
    });
  }
}

const events: string[] = [];
beforeEach(freshDb);
afterEach(() => {
  vi.restoreAllMocks();
  events.length = 0;
});

/** Records each raw read of the `activity` store's rows (the export's reads bypass Dexie). */
function recordReads() {
  const { getAll, get } = IDBObjectStore.prototype;
  vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'activity') events.push(args[0] instanceof IDBKeyRange ? 'read' : 'read all');
    return getAll.apply(this, args);
  });
  vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'activity') events.push('read one');
    return get.apply(this, args);
  });
}

const summaries = async (blob: Blob) =>
  (await blob.text())
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[7]);

describe('exportCsv over many blocks', () => {
  it('asks for the next blocks before building the current one, so IndexedDB works while the page does', async () => {
    await logEntries(25);
    const ids = await matchingIds({});
    recordReads();
    await exportCsv(ids, { blockSize: 10, onProgress: (done) => events.push(`built ${done}`) });
    // Two blocks asked for at once; the third before the first is built (a Blob holds two blocks).
    expect(events).toEqual(['built 0', 'read', 'read', 'read', 'built 20', 'built 25']);
  });

  it('writes the same file whatever the block size', async () => {
    await logEntries(23);
    const ids = await matchingIds({});
    const whole = await (await exportCsv(ids)).text();
    const perItem = await (await exportCsv(ids, { perItem: true })).text();
    for (const blockSize of [1, 4, 10, 22]) {
      expect(await (await exportCsv(ids, { blockSize })).text()).toBe(whole);
      expect(await (await exportCsv(ids, { blockSize, perItem: true })).text()).toBe(perItem);
    }
    expect(whole.split('\r\n')).toHaveLength(23 + 2);
  });

  it('exports a filtered (sparse) list exactly, newest first, in any block size, id by id when sparse', async () => {
    for (let i = 0; i < 40; i++) {
      await appendEntry({
        at: T0 + i,
        template: i % 7 === 0 ? 'rare' : 'common',
        operation: 'maintenance',
        result: 'success',
        summary: `#${i}`,
      });
    }
    const ids = await matchingIds({ template: 'rare' });
    const want = [35, 28, 21, 14, 7, 0].map((i) => `#${i}`);
    for (const blockSize of [2, 3])
      expect(await summaries(await exportCsv(ids, { blockSize }))).toEqual(want);
    recordReads();
    expect(await summaries(await exportCsv(ids, { blockSize: 500 }))).toEqual(want);
    // Ids 7 apart: more than 4 × spread, so each is read on its own rather than a range of 36 rows.
    expect(events).toContain('read one');
    expect(events).not.toContain('read');
  });

  it('lets the page draw its progress now and then, reading on in a new transaction afterwards', async () => {
    await logEntries(30);
    const ids = await matchingIds({});
    const whole = await (await exportCsv(ids)).text();
    // Every Blob looks 1 s late, so the export breaks for a task after each: the reading transaction
    // ends meanwhile and the next block must be read in another.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1_000));
    const timers = vi.spyOn(globalThis, 'setTimeout');
    expect(await (await exportCsv(ids, { blockSize: 5 })).text()).toBe(whole);
    expect(timers.mock.calls.filter(([, ms]) => ms === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('stops when aborted, with no read left unhandled', async () => {
    await logEntries(30);
    const ids = await matchingIds({});
    const stop = new AbortController();
    const exporting = exportCsv(ids, {
      blockSize: 5,
      signal: stop.signal,
      onProgress: (done) => done === 10 && stop.abort(),
    });
    await expect(exporting).rejects.toThrow(/abort/i);
  });

  it('writes only a header for an empty list', async () => {
    expect(await (await exportCsv([])).text()).toMatch(/^Entry,[^\r\n]*\r\n$/);
  });

  it('follows the list order when ids and dates disagree (an entry logged late with an early date)', async () => {
    await logEntries(10);
    await appendEntry({
      at: T0 - 5,
      template: 't',
      operation: 'maintenance',
      result: 'success',
      summary: 'late',
    });
    await appendEntry({
      at: T0 + 4,
      template: 't',
      operation: 'maintenance',
      result: 'success',
      summary: 'tie',
    });
    const ids = await matchingIds({});
    const lines = (await (await exportCsv(ids)).text()).trim().split('\r\n').slice(1);
    expect(lines.map((line) => line.split(',')[7])).toEqual([
      '#9',
      '#8',
      '#7',
      '#6',
      '#5',
      'tie',
      '#4',
      '#3',
      '#2',
      '#1',
      '#0',
      'late',
    ]);
    expect(await (await exportCsv(ids, { blockSize: 3 })).text()).toBe(await (await exportCsv(ids)).text());
  });

  it('keeps a list in its own order when it is not the index order (each block read by its id range, then put in list order)', async () => {
    await logEntries(12);
    const ids = [...(await matchingIds({}))];
    [ids[2], ids[3]] = [ids[3]!, ids[2]!];
    const lines = (await (await exportCsv(ids)).text()).trim().split('\r\n').slice(1);
    expect(lines.slice(0, 5).map((line) => line.split(',')[7])).toEqual(['#11', '#10', '#8', '#9', '#7']);
  });

  it('still exports every other entry when one of the list was removed meanwhile', async () => {
    await logEntries(12);
    const ids = await matchingIds({});
    await db.activity.delete(ids[4]!);
    const lines = (await (await exportCsv(ids)).text()).trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(11);
    expect(lines.map((line) => line.split(',')[7])).not.toContain('#7');
  });
});
