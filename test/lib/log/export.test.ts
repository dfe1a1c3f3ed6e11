// How `exportCsv` works through a long log (issue 14): the next chunk is read from IndexedDB while
// the current one is built, the file is the same whatever the chunk size, and an abort stops it.
import type { DBCore, DBCoreOpenCursorRequest, DBCoreQueryRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { db } from '../../../lib/db/db';
import { exportCsv } from '../../../lib/log/export';
import { matchingIds } from '../../../lib/log/query';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9, 30);

/** Records, in order, each read of the `activity` table's rows, by getAll or cursor (a Dexie DBCore middleware). */
function readRecorder(events: string[]) {
  return {
    stack: 'dbcore' as const,
    name: 'read-recorder',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        if (name !== 'activity') return table;
        return {
          ...table,
          query: (req: DBCoreQueryRequest) => {
            if (req.values) events.push('read');
            return table.query(req);
          },
          openCursor: (req: DBCoreOpenCursorRequest) => {
            if (req.values !== false) events.push('read');
            return table.openCursor(req);
          },
        };
      },
    }),
  };
}

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
const recorder = readRecorder(events);
beforeEach(freshDb);
afterEach(() => {
  db.unuse(recorder);
  events.length = 0;
});

/** Middleware takes effect when the database (re)opens. */
async function recordReads() {
  db.close();
  db.use(recorder);
  await db.open();
}

describe('exportCsv over many chunks', () => {
  it('asks for the next chunk before building the current one, so IndexedDB works while the page does', async () => {
    await logEntries(25);
    const ids = await matchingIds({});
    await recordReads();
    await exportCsv(ids, {
      chunkSize: 10,
      oneWalk: false,
      onProgress: (done) => events.push(`built ${done}`),
    });
    expect(events).toEqual(['built 0', 'read', 'read', 'built 10', 'read', 'built 20', 'built 25']);
  });

  it('writes the same file whatever the chunk size', async () => {
    await logEntries(23);
    const ids = await matchingIds({});
    const whole = await (await exportCsv(ids, { chunkSize: 1_000 })).text();
    for (const chunkSize of [1, 4, 10, 22]) {
      expect(await (await exportCsv(ids, { chunkSize })).text()).toBe(whole);
      expect(await (await exportCsv(ids, { chunkSize, oneWalk: false })).text()).toBe(whole);
      expect(await (await exportCsv(ids, { chunkSize, perItem: true })).text()).toBe(
        await (await exportCsv(ids, { perItem: true })).text(),
      );
    }
    expect(whole.split('\r\n')).toHaveLength(23 + 2);
  });

  it('exports a filtered (sparse) list exactly, newest first, in any chunk size', async () => {
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
    for (const chunkSize of [2, 3, 500]) {
      const lines = (await (await exportCsv(ids, { chunkSize, oneWalk: chunkSize !== 3 })).text())
        .trim()
        .split('\r\n');
      expect(lines.slice(1).map((line) => line.split(',')[7])).toEqual(want);
    }
  });

  it('stops when aborted, with no read left unhandled', async () => {
    await logEntries(30);
    const ids = await matchingIds({});
    const stop = new AbortController();
    const exporting = exportCsv(ids, {
      chunkSize: 10,
      oneWalk: false,
      signal: stop.signal,
      onProgress: (done) => done === 10 && stop.abort(),
    });
    await expect(exporting).rejects.toThrow(/abort/i);
  });

  it('writes only a header for an empty list', async () => {
    expect(await (await exportCsv([])).text()).toMatch(/^Entry,[^\r\n]*\r\n$/);
  });
});

describe('exportCsv in one walk of the date index (issue 14)', () => {
  const chunked = async (ids: readonly number[]) => (await exportCsv(ids, { oneWalk: false })).text();

  it('reads a whole log with one cursor and writes the same file as the chunked export', async () => {
    await logEntries(25);
    const ids = await matchingIds({});
    const want = await chunked(ids);
    await recordReads();
    const progress: number[] = [];
    const text = await (
      await exportCsv(ids, { chunkSize: 10, onProgress: (done) => progress.push(done) })
    ).text();
    expect(text).toBe(want);
    expect(events).toEqual(['read']);
    expect(progress).toEqual([0, 10, 20, 25]);
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
    expect(await (await exportCsv(ids)).text()).toBe(await chunked(ids));
  });

  it('keeps a list in its own order when it is not the index order (falls back to chunks)', async () => {
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

  it('stops when aborted in the middle of the walk', async () => {
    await logEntries(30);
    const ids = await matchingIds({});
    const stop = new AbortController();
    const exporting = exportCsv(ids, {
      chunkSize: 10,
      signal: stop.signal,
      onProgress: (done) => done === 10 && stop.abort(),
    });
    await expect(exporting).rejects.toThrow(/abort/i);
  });
});
