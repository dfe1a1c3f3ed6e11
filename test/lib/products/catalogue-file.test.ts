import { describe, expect, it } from 'vitest';
import { parseCatalogueCsv, parsePastedSkus } from '../../../lib/products/catalogue-file';

const HEADER = 'SKU,Manufacturer Part Number,Manufacturer,Description,Category,Cost,MSRP';

describe('the TD SYNNEX catalogue file', () => {
  it('reads the documented columns, quoted commas and currency signs included', () => {
    const csv = `${HEADER}\n7000001,20XW0055US,LENOVO,"ThinkPad T14, 16GB",Notebooks,"$1,043.17",1399\n`;
    expect(parseCatalogueCsv(csv)).toEqual({
      entries: [
        {
          sku: '7000001',
          mfgPartNumber: '20XW0055US',
          manufacturer: 'LENOVO',
          description: 'ThinkPad T14, 16GB',
          category: 'Notebooks',
          cost: 1043.17,
          msrp: 1399,
        },
      ],
      problems: [],
      missingColumns: [],
    });
  });

  it('accepts TD SYNNEX’s own header names in any case and order, with a byte-order mark', () => {
    const csv =
      '\uFEFFmsrp;TD SYNNEX SKU;MFG PN;Vendor Name;Product Description;Cat Description;Unit Cost\n'.replace(
        /;/g,
        ',',
      ) + '12,7000002,AB-1,HP,Mouse,Accessories,9.5';
    expect(parseCatalogueCsv(csv).entries[0]).toMatchObject({
      sku: '7000002',
      mfgPartNumber: 'AB-1',
      cost: 9.5,
      msrp: 12,
      category: 'Accessories',
    });
  });

  it('imports nothing when a required column is missing, and says which', () => {
    expect(parseCatalogueCsv('SKU,Description\n1,x').missingColumns).toEqual([
      'Manufacturer part number',
      'Manufacturer',
      'Category',
      'Cost',
      'MSRP',
    ]);
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const csv = `${HEADER}\n7000003,P1,HP,Ok,Mice,5,6\n,P2,HP,No SKU,Mice,5,6\n7000005,P3,HP,Bad cost,Mice,five,6\n7000006,P4,HP,No category,,5,6`;
    const parsed = parseCatalogueCsv(csv);
    expect(parsed.entries.map((e) => e.sku)).toEqual(['7000003']);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5]);
  });
});

describe('a pasted list of SKUs', () => {
  it('splits on lines, commas, semicolons and tabs, drops repeats, and carries the chosen category', () => {
    expect(parsePastedSkus('7000001\n7000002, 7000001;\tC1000-24P-4G-L', 'Hardware')).toEqual([
      { sku: '7000001', autotaskCategory: 'Hardware' },
      { sku: '7000002', autotaskCategory: 'Hardware' },
      { sku: 'C1000-24P-4G-L', autotaskCategory: 'Hardware' },
    ]);
  });
});
