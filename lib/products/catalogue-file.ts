// A distributor's catalogue file (CSV) imported in the options page, parsed with papaparse (issue 4 §1);
// the import says which distributor it is from. Required columns are documented in README.md
// ("Product Sync: catalogue file"); header names are matched case- and punctuation-insensitively,
// with common aliases — any header ending in "SKU" (a distributor's own "<name> SKU") is the SKU.
import Papa from 'papaparse';
import { importEntrySchema } from './import-entry';
import type { ImportEntry } from './import-entry';

type Column = 'sku' | 'mfgPartNumber' | 'manufacturer' | 'description' | 'category' | 'cost' | 'msrp';

export const REQUIRED_COLUMNS: Record<Column, string> = {
  sku: 'SKU',
  mfgPartNumber: 'Manufacturer part number',
  manufacturer: 'Manufacturer',
  description: 'Description',
  category: 'Category',
  cost: 'Cost',
  msrp: 'MSRP',
};

const ALIASES: Record<Column, string[]> = {
  sku: ['sku', 'distributorsku', 'vendorsku'],
  mfgPartNumber: ['manufacturerpartnumber', 'mfgpartnumber', 'mfgpn', 'mpn', 'partnumber'],
  manufacturer: ['manufacturer', 'mfgname', 'mfgcode', 'vendorname', 'brand'],
  description: ['description', 'productdescription', 'shortdescription'],
  category: ['category', 'productcategory', 'catdescription'],
  cost: ['cost', 'unitcost', 'price', 'resellerprice', 'contractprice'],
  msrp: ['msrp', 'listprice', 'retailprice'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface CatalogueProblem {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface ParsedCatalogue {
  entries: ImportEntry[];
  problems: CatalogueProblem[];
  /** Required columns the header lacks: nothing is imported then. */
  missingColumns: string[];
}

function money(raw: string | undefined): number | undefined | 'bad' {
  const text = (raw ?? '').replace(/[$,\s]/g, '');
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) / 100 : 'bad';
}

export function parseCatalogueCsv(text: string): ParsedCatalogue {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const key = squash(name);
    for (const [column, aliases] of Object.entries(ALIASES) as [Column, string[]][]) {
      if (!index.has(column) && aliases.includes(key)) index.set(column, i);
    }
  });
  // "<distributor> SKU": the first such header, when no plain alias named the SKU column.
  if (!index.has('sku')) {
    const i = header.findIndex(
      (name) => /sku$/.test(squash(name)) && !/^(mfg|manufacturer)/.test(squash(name)),
    );
    if (i >= 0) index.set('sku', i);
  }
  const missingColumns = (Object.keys(REQUIRED_COLUMNS) as Column[])
    .filter((c) => !index.has(c))
    .map((c) => REQUIRED_COLUMNS[c]);
  if (missingColumns.length > 0) return { entries: [], problems: [], missingColumns };

  const cell = (row: string[], column: Column) => row[index.get(column) ?? -1]?.trim() || undefined;
  const entries: ImportEntry[] = [];
  const problems: CatalogueProblem[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const cost = money(cell(row, 'cost'));
    const msrp = money(cell(row, 'msrp'));
    if (cost === 'bad' || msrp === 'bad') {
      problems.push({ line, message: 'Cost and MSRP must be numbers.' });
      return;
    }
    const candidate = {
      sku: cell(row, 'sku') ?? '',
      mfgPartNumber: cell(row, 'mfgPartNumber'),
      manufacturer: cell(row, 'manufacturer'),
      description: cell(row, 'description'),
      category: cell(row, 'category'),
      cost,
      msrp,
    };
    const entry = importEntrySchema.safeParse(
      Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)),
    );
    if (!entry.success) {
      problems.push({ line, message: entry.error.issues[0]?.message ?? 'Invalid row.' });
      return;
    }
    if (!entry.data.category) problems.push({ line, message: `SKU ${entry.data.sku} has no category.` });
    else entries.push(entry.data);
  });
  return { entries, problems, missingColumns };
}

/** A pasted list of SKUs / part numbers: one per line, or separated by commas, semicolons or tabs. */
export function parsePastedSkus(text: string, autotaskCategory: string): ImportEntry[] {
  const skus = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  return skus
    .map((sku) => importEntrySchema.safeParse({ sku, autotaskCategory }))
    .flatMap((r) => (r.success ? [r.data] : []));
}
