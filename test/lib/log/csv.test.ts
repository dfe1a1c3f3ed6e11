import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { ENTRY_COLUMNS, ITEM_COLUMNS, csvBlock } from '../../../lib/log/csv';
import { exportCsv } from '../../../lib/log/export';
import { operationLabel, templateLabel } from '../../../lib/log/labels';
import { matchingIds } from '../../../lib/log/query';
import { CASES, generatedVariants, spreadsheetRunsFormula } from './csv-injection-cases';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9, 30);
const SUMMARY = ENTRY_COLUMNS.indexOf('Summary');

async function parse(blob: Blob): Promise<string[][]> {
  const parsed = Papa.parse<string[]>(await blob.text(), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What a CSV parser reads back from one cell written by csvBlock. */
function roundTrip(text: string): string | undefined {
  const parsed = Papa.parse<string[]>(csvBlock([[text]]), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data[0]?.[0];
}

describe('the formula guard (papaparse escapeFormulae with FORMULA_START)', () => {
  it.each(CASES)('%s', (_name, text, dangerous) => {
    expect(roundTrip(text)).toBe(dangerous ? `'${text}` : text);
  });

  it('neutralises every generated variant (leading whitespace × ASCII and full-width triggers × line breaks)', () => {
    const variants = generatedVariants();
    expect(variants.length).toBeGreaterThan(1000);
    const through = variants.filter((text) => spreadsheetRunsFormula(roundTrip(text) ?? ''));
    expect(through).toEqual([]);
  });

  it('leaves numbers as they are (a negative count is a number, not a formula)', () => {
    expect(csvBlock([[-3, 'x']])).toBe('-3,x\r\n');
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
    expect(
      text.startsWith('Entry,Date (UTC),Template,Template id,Operation,Operation id,Result,Summary,'),
    ).toBe(true);
    expect(text).toContain(',2026-11-25T09:30:00.000Z,Manual,manual,Connection,connection,Failed,x,');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('carries the template and operation names the screen shows next to their ids (issue 10 §2)', async () => {
    const seen: [string, string][] = [
      ['product-sync', 'product-sync'],
      ['create-orders', 'order-submission'],
      ['order-status', 'status-update'],
      ['a-custom-template', 'maintenance'],
    ];
    for (const [i, [template, operation]] of seen.entries()) {
      await appendEntry({
        at: T0 + i,
        template,
        operation: operation as 'maintenance',
        result: 'success',
        summary: 's',
      });
    }
    const rows = await parse(await exportCsv(await matchingIds({})));
    const col = (name: (typeof ENTRY_COLUMNS)[number]) => ENTRY_COLUMNS.indexOf(name);
    const cells = rows
      .slice(1)
      .reverse()
      .map((r) => [r[col('Template')], r[col('Template id')], r[col('Operation')], r[col('Operation id')]]);
    expect(cells).toEqual(
      seen.map(([template, operation]) => [
        templateLabel(template),
        template,
        operationLabel(operation),
        operation,
      ]),
    );
    // The names are words, not the ids again.
    expect(cells.map((c) => c[0])).toEqual([
      'Product Sync',
      'Create Orders from Autotask',
      'Get Order Status',
      'A custom template',
    ]);
    expect(cells.every(([name, id, opName, op]) => name !== id && opName !== op)).toBe(true);
  });

  it('names the distributor of an entry by its label in the Distributor column', async () => {
    await appendEntry({
      at: T0,
      template: 'create-orders',
      operation: 'order-submission',
      result: 'success',
      summary: 'a',
      distributor: 'tdsynnex',
    });
    await appendEntry({
      at: T0 + 1,
      template: 'create-orders',
      operation: 'order-submission',
      result: 'success',
      summary: 'b',
      distributor: 'ingram',
    });
    // An id no longer registered (an old entry) reads as words, not as the id.
    await appendEntry({
      at: T0 + 2,
      template: 'create-orders',
      operation: 'order-submission',
      result: 'success',
      summary: 'c',
      distributor: 'old-distributor',
    });
    await appendEntry({
      at: T0 + 3,
      template: 'manual',
      operation: 'connection',
      result: 'success',
      summary: 'd',
    });
    const rows = await parse(await exportCsv(await matchingIds({})));
    const col = ENTRY_COLUMNS.indexOf('Distributor');
    expect(rows[0]![col]).toBe('Distributor');
    expect(
      rows
        .slice(1)
        .reverse()
        .map((r) => [r[SUMMARY], r[col]]),
    ).toEqual([
      ['a', 'TD SYNNEX'],
      ['b', 'Ingram Micro'],
      ['c', 'Old distributor'],
      ['d', ''],
    ]);
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
      await exportCsv(await matchingIds({}), { blockSize: 5, onProgress: (d, t) => progress.push([d, t]) }),
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
