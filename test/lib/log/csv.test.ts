import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { ENTRY_COLUMNS, ITEM_COLUMNS, neutralise } from '../../../lib/log/csv';
import { exportCsv } from '../../../lib/log/export';
import { matchingIds } from '../../../lib/log/query';
import { freshDb } from './fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9, 30);
const SUMMARY = ENTRY_COLUMNS.indexOf('Summary');

/** The formula-injection table of issue 6 "Must show": text → what a CSV parser must read back. */
const CASES: [name: string, text: string, dangerous: boolean][] = [
  ['a DDE command', "=cmd|' /C calc'!A0", true],
  ['a plus sign', '+1', true],
  ['a minus sign', '-1', true],
  ['an at sign', '@SUM(1)', true],
  ['a leading tab', '\tcell', true],
  ['a leading carriage return', '\rcell', true],
  ['a formula that also holds a line break', '=1+1\nsecond line', true],
  ['double quotes', 'He said "hi"', false],
  ['commas', 'one, two, three', false],
  ['line breaks', 'line one\r\nline two\nline three', false],
  ['quotes, commas and newlines together', '"a", b\n"c"', false],
  ['a minus later in the text', 'SKU 5432-101', false],
  ['plain text', 'Product Sync: 2 updated', false],
];

async function parse(blob: Blob): Promise<string[][]> {
  const parsed = Papa.parse<string[]>(await blob.text(), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('neutralise', () => {
  it.each(CASES)('%s', (_name, text, dangerous) => {
    expect(neutralise(text)).toBe(dangerous ? `'${text}` : text);
  });
});

describe('exportCsv', () => {
  beforeEach(freshDb);

  it("writes every summary so that a CSV parser reads back the original, or `'` + it when dangerous", async () => {
    for (const [i, [, text]] of CASES.entries()) {
      await appendEntry({
        at: T0 + i,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'success',
        summary: text,
      });
    }
    const rows = await parse(await exportCsv(await matchingIds({})));

    expect(rows[0]).toEqual([...ENTRY_COLUMNS]);
    // Newest first: the last case is the first data row.
    const summaries = rows.slice(1).map((row) => row[SUMMARY]);
    expect(summaries).toEqual(CASES.map(([, text, dangerous]) => (dangerous ? `'${text}` : text)).reverse());
  });

  it('has a header, ISO dates and CRLF line ends (RFC 4180)', async () => {
    await appendEntry({
      at: T0,
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      summary: 'x',
    });
    const text = await (await exportCsv(await matchingIds({}))).text();
    expect(text.startsWith('Entry,Date (UTC),Template,Operation,Result,')).toBe(true);
    expect(text).toContain(',2026-11-25T09:30:00.000Z,manual,connection,Failed,x,');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes one row per item when asked, neutralising item text as well', async () => {
    await appendEntry(
      { at: T0, template: 'product-sync', operation: 'product-sync', result: 'partial', summary: 'sync' },
      [
        { key: '5432101', outcome: 'updated' },
        { key: '=HYPERLINK("http://evil")', outcome: 'failed', message: '-2 in stock' },
      ],
    );
    await appendEntry({
      at: T0 + 1,
      template: 'manual',
      operation: 'connection',
      result: 'success',
      summary: 'no items',
    });
    const rows = await parse(await exportCsv(await matchingIds({}), { perItem: true }));

    expect(rows[0]).toEqual([...ITEM_COLUMNS]);
    const item = ITEM_COLUMNS.indexOf('Item');
    expect(rows.slice(1).map((r) => [r[SUMMARY], r[item], r[item + 1], r[item + 2]])).toEqual([
      ['no items', '', '', ''],
      ['sync', '5432101', 'updated', ''],
      ['sync', '\'=HYPERLINK("http://evil")', 'failed', "'-2 in stock"],
    ]);
  });

  it('builds in chunks and reports progress up to the total', async () => {
    for (let i = 0; i < 25; i++) {
      await appendEntry({
        at: T0 + i,
        template: 't',
        operation: 'maintenance',
        result: 'success',
        summary: `#${i}`,
      });
    }
    const progress: [number, number][] = [];
    const rows = await parse(
      await exportCsv(await matchingIds({}), { chunkSize: 10, onProgress: (d, t) => progress.push([d, t]) }),
    );
    expect(progress).toEqual([
      [0, 25],
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
    expect(rows.slice(1).map((r) => r[SUMMARY])).toEqual(Array.from({ length: 25 }, (_, i) => `#${24 - i}`));
  });
});
