// CSV of the activity log (issue 6 §3): RFC 4180 quoting by papaparse's `unparse`, ISO dates, and
// formula injection neutralised. A spreadsheet runs a cell that starts with = + - @ (and, after its
// own trimming, a tab or CR) as a formula — OWASP "CSV Injection" — so such text gets a leading `'`.
// Papaparse's own `escapeFormulae` is not used: its pattern /^[=+\-@\t\r].*$/ has no `s` flag, so a
// dangerous cell that also holds a line break ("=1+1\nx") slips through.
import Papa from 'papaparse';
import type { ActivityEntry, ActivityItem } from './records';

const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

export const ENTRY_COLUMNS = [
  'Entry',
  'Date (UTC)',
  'Template',
  'Operation',
  'Result',
  'Summary',
  'Items',
  'Outcomes',
  'Error',
  'Error code',
  'Hint',
] as const;

export const ITEM_COLUMNS = [...ENTRY_COLUMNS, 'Item', 'Item outcome', 'Item message'] as const;

const outcomes = (counts: Record<string, number> | undefined): string =>
  counts
    ? Object.entries(counts)
        .map(([name, n]) => `${name} ${n}`)
        .join('; ')
    : '';

export function entryCells(entry: ActivityEntry): string[] {
  return [
    String(entry.id ?? ''),
    new Date(entry.at).toISOString(),
    entry.template,
    entry.operation,
    RESULT_LABEL[entry.result],
    entry.summary,
    String(entry.itemCount),
    outcomes(entry.counts),
    entry.error?.message ?? '',
    entry.error?.code ?? '',
    entry.hintId ?? '',
  ];
}

export function itemCells(entry: ActivityEntry, item: ActivityItem | undefined): string[] {
  const message = item?.message ?? item?.error?.message ?? '';
  return [...entryCells(entry), item?.label ?? '', item?.outcome ?? '', message];
}

/**
 * One block of CSV lines (CRLF, RFC 4180 §2.1), each line ending in CRLF so blocks concatenate.
 * Every cell is text and goes through `neutralise` first.
 */
export function csvBlock(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const safe = rows.map((row) => row.map(neutralise));
  return `${Papa.unparse(safe, { newline: '\r\n', header: false })}\r\n`;
}

export function csvHeader(perItem: boolean): string {
  return csvBlock([perItem ? ITEM_COLUMNS : ENTRY_COLUMNS]);
}
