// The CSV formula-injection table (issue 6 "Must show", extended by issue 11 §4), shared by the unit
// test (test/lib/log/csv.test.ts) and the security figure (test/security/csv-formula.security.ts).

/** What a spreadsheet does with a cell's text on opening (OWASP "CSV Injection"): runs it as a formula? */
export function spreadsheetRunsFormula(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  // Leading whitespace is trimmed; full-width ＝＋－＠ are taken for their ASCII forms.
  return /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell.trimStart());
}

/** Hand-picked cases: name, text, and whether the export must neutralise it. */
export const CASES: [name: string, text: string, dangerous: boolean][] = [
  ['a DDE command', "=cmd|' /C calc'!A0", true],
  ['a plus sign', '+1', true],
  ['a minus sign', '-1', true],
  ['an at sign', '@SUM(1)', true],
  ['a leading tab', '\tcell', true],
  ['a leading carriage return', '\rcell', true],
  ['a formula that also holds a line break', '=1+1\nsecond line', true],
  ['a space before the formula', ' =1+1', true],
  ['several spaces and a tab before the formula', '  \t=1+1', true],
  ['a line feed before the formula', '\n=1+1', true],
  ['CRLF before the formula', '\r\n+1', true],
  ['a no-break space before the formula', '\u00a0=1+1', true],
  ['an ideographic space before a full-width formula', '\u3000＝1+1', true],
  ['a full-width equals sign', '＝1+1', true],
  ['a full-width plus sign', '＋1', true],
  ['a full-width minus sign', '－1', true],
  ['a full-width at sign', '＠SUM(1)', true],
  ['a full-width formula with a line break', '＝HYPERLINK("http://evil")\nx', true],
  ['double quotes', 'He said "hi"', false],
  ['commas', 'one, two, three', false],
  ['line breaks', 'line one\r\nline two\nline three', false],
  ['quotes, commas and newlines together', '"a", b\n"c"', false],
  ['a minus later in the text', 'SKU 5432-101', false],
  ['an equals sign later in the text', 'cost = 12.50', false],
  ['a leading space before text', ' leading space', false],
  ['a leading line feed before text', '\nsecond line only', false],
  ['full-width letters', 'ＴＤ ＳＹＮＮＥＸ', false],
  ['plain text', 'Product Sync: 2 updated', false],
];

const TRIGGERS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const LEADS = ['', ' ', '   ', '\t', '\n', '\r', '\r\n', ' \n ', '\u00a0', '\u3000', '\ufeff', '\u2003'];
const BODIES = ["cmd|' /C calc'!A0", '1+1', 'HYPERLINK("http://evil","x")', 'SUM(A1:A9)'];
const TAILS = ['', '\nsecond line', '\r\n"quoted", and, commas'];

/** Every trigger × leading whitespace × body × tail: each must reach the file neutralised. */
export function generatedVariants(): string[] {
  const out: string[] = [];
  for (const lead of LEADS)
    for (const trigger of TRIGGERS)
      for (const body of BODIES) for (const tail of TAILS) out.push(`${lead}${trigger}${body}${tail}`);
  out.push('\tcell', '\rcell', '\t', '\r');
  return out;
}
