// Issue 11 §4: CSV formula variants through the shipped export (lib/log/export.ts → lib/log/csv.ts):
// every generated variant (leading whitespace × ASCII and full-width = + - @ × line breaks) is put
// into the text fields a log entry and its items carry, exported one row per item, read back by a
// CSV parser, and judged as a spreadsheet would open it. Figure: "got through" must be 0; benign
// text must come back unchanged.
import Papa from 'papaparse';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../lib/log/activity';
import { ITEM_COLUMNS } from '../../lib/log/csv';
import { exportCsv } from '../../lib/log/export';
import { matchingIds } from '../../lib/log/query';
import { CASES, generatedVariants, spreadsheetRunsFormula } from '../lib/log/csv-injection-cases';
import { freshDb } from '../lib/db/fresh-db';
import { recordFigure } from './figures';

const T0 = Date.UTC(2026, 10, 25, 9, 30);
const col = (name: (typeof ITEM_COLUMNS)[number]) => ITEM_COLUMNS.indexOf(name);
/** The cells of one exported row that carry text from outside (API answers, SKUs, messages). */
const TEXT_CELLS = ['Summary', 'Error', 'Item', 'Item message'] as const;

const tally = { tried: 0, through: 0, benign: 0, altered: 0 };

afterAll(() => {
  recordFigure('csv-formula', {
    label: 'CSV formula variants (export, one row per item)',
    counts: {
      tried: tally.tried,
      'got through': tally.through,
      'benign texts': tally.benign,
      'benign altered': tally.altered,
    },
    mustBeZero: ['got through', 'benign altered'],
    minimums: { tried: 4000 },
  });
});

/** Logs each text as an entry's summary and error, and as its one item's label and message. */
async function logAndExport(texts: readonly string[]): Promise<Map<string, string[]>> {
  for (const [i, text] of texts.entries()) {
    await appendEntry(
      {
        at: T0 + i,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'failed',
        summary: text,
        error: { kind: 'not-found', service: 'distributor', distributor: 'tdsynnex', message: text },
      },
      [{ key: text, outcome: 'failed', message: text }],
    );
  }
  const csv = await (await exportCsv(await matchingIds({}), { perItem: true })).text();
  const parsed = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  // Newest first: row i + 1 holds texts[texts.length - 1 - i].
  const rows = parsed.data.slice(1).reverse();
  expect(rows).toHaveLength(texts.length);
  return new Map(texts.map((text, i) => [text, TEXT_CELLS.map((name) => rows[i]?.[col(name)] ?? '')]));
}

describe('CSV formula injection through the export', () => {
  beforeEach(freshDb);

  it('neutralises every dangerous variant in every text cell', async () => {
    const dangerous = [...generatedVariants(), ...CASES.filter(([, , d]) => d).map(([, text]) => text)];
    const cells = await logAndExport(dangerous);
    const through: string[] = [];
    for (const [text, written] of cells) {
      for (const cell of written) {
        tally.tried++;
        if (spreadsheetRunsFormula(cell)) through.push(JSON.stringify(text));
        // Neutralised means exactly one leading `'`, the text otherwise intact.
        else expect(cell).toBe(`'${text}`);
      }
    }
    tally.through += through.length;
    expect(through).toEqual([]);
  }, 120_000);

  it('leaves benign text exactly as it was', async () => {
    const benign = CASES.filter(([, , d]) => !d).map(([, text]) => text);
    const cells = await logAndExport(benign);
    for (const [text, written] of cells) {
      for (const cell of written) {
        tally.benign++;
        if (cell !== text) tally.altered++;
      }
    }
    expect(tally.altered).toBe(0);
  });
});
