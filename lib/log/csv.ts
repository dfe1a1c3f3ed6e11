// CSV of the activity log (issue 6 §3): RFC 4180 quoting by papaparse's `unparse`, ISO dates, the
// labels the screen shows next to the stored ids (issue 10 §2), and formula injection neutralised.
import Papa from 'papaparse';
import { distributorName, operationLabel, resultLabel, templateLabel } from './labels';
import type { ActivityEntry, ActivityItem } from '../db/records';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV Injection"): one that starts with
 * = + - @, or with them after leading whitespace (spreadsheets trim " =1+1" and "\n=1+1"), or with
 * their full-width forms ＝＋－＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20, which an East Asian IME types and
 * spreadsheets accept), and one that starts with a tab or CR. Papaparse's `escapeFormulae` prefixes
 * such a cell with `'` (and quotes it). Its default pattern, /^[=+\-@\t\r].*$/, misses all of those
 * and, having no `s` flag, also a dangerous cell holding a line break ("=1+1\nx"); this pattern has
 * no `.`/`$`, so a line break anywhere after the start cannot make it miss (issue 11 §4).
 * `\s` covers space, tab, CR, LF, no-break and ideographic spaces, and the BOM.
 */
export const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The one unparse configuration: CRLF line ends (RFC 4180 §2.1) and the formula guard. */
const UNPARSE: Papa.UnparseConfig = { newline: '\r\n', header: false, escapeFormulae: FORMULA_START };

export const ENTRY_COLUMNS = [
  'Entry',
  'Date (UTC)',
  'Template',
  'Template id',
  'Operation',
  'Operation id',
  'Result',
  'Summary',
  'Distributor',
  'Items',
  'Outcomes',
  'Error',
  'Error code',
  'Hint',
] as const;

export const ITEM_COLUMNS = [...ENTRY_COLUMNS, 'Item', 'Item outcome', 'Item message'] as const;

function outcomes(counts: Record<string, number> | undefined): string {
  if (!counts) return '';
  let text = '';
  for (const name in counts) text += `${text ? '; ' : ''}${name} ${counts[name]}`;
  return text;
}

export function entryCells(entry: ActivityEntry): (string | number)[] {
  return [
    entry.id ?? '',
    new Date(entry.at).toISOString(),
    templateLabel(entry.template),
    entry.template,
    operationLabel(entry.operation),
    entry.operation,
    resultLabel(entry.result),
    entry.summary,
    entry.distributor ? distributorName(entry.distributor) : '',
    entry.itemCount,
    outcomes(entry.counts),
    entry.error?.message ?? '',
    entry.error?.code ?? '',
    entry.hintId ?? '',
  ];
}

export function itemCells(entry: ActivityEntry, item: ActivityItem | undefined): (string | number)[] {
  const message = item?.message ?? item?.error?.message ?? '';
  return [...entryCells(entry), item?.label ?? '', item?.outcome ?? '', message];
}

/**
 * One block of CSV lines, each ending in CRLF so blocks concatenate. Text cells that would start a
 * formula get a leading `'` (FORMULA_START); numbers are written as they are.
 */
export function csvBlock(rows: readonly (readonly (string | number)[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows as (string | number)[][], UNPARSE)}\r\n`;
}

export function csvHeader(perItem: boolean): string {
  return csvBlock([perItem ? ITEM_COLUMNS : ENTRY_COLUMNS]);
}
