// The Ingram simulator's catalogue, derived from the TD SYNNEX simulator's (same manufacturer part
// numbers, so one Autotask product can be priced at both) with its own Ingram part numbers, prices a
// few percent apart and stock in Ingram's warehouses (ids and cities from IM-SPEC examples,
// APIS.md §2.3). Same seed, same catalogue.
import { createCatalogue } from '../tdsynnex/catalogue';
import { hashText, intBetween, seededRandom } from '../tdsynnex/random';

export interface IngramWarehouse {
  id: string;
  location: string;
}

export const INGRAM_WAREHOUSES: IngramWarehouse[] = [
  { id: '10', location: 'Mira Loma, CA' },
  { id: '20', location: 'Fort Worth, TX' },
  { id: '30', location: 'Millington, TN' },
  { id: '40', location: 'Carol Stream, IL' },
  { id: '80', location: 'Jonestown, PA' },
];

export interface IngramSimProduct {
  ingramPartNumber: string;
  vendorPartNumber: string;
  vendorName: string;
  description: string;
  /** Reseller price (`customerPrice`). */
  customerPrice: number;
  retailPrice: number;
  discontinued: boolean;
  /** `productAuthorized`: false = this reseller may not buy it. */
  authorized: boolean;
  serialized: boolean;
  stock: Record<string, number>;
  /** The TD SYNNEX SKU it was derived from (for tests that compare the two). */
  tdsynnexSku: string;
}

export interface IngramCatalogue {
  get(ingramPartNumber: string): IngramSimProduct | undefined;
  byVendorPartNumber(vendorPartNumber: string): IngramSimProduct | undefined;
  all(): IngramSimProduct[];
}

/** Ingram part number of a TD SYNNEX demo SKU: two letters and four digits, like `DF4128`. */
export function ingramPartNumberFor(tdsynnexSku: string): string {
  const n = Number(tdsynnexSku);
  if (n >= 5432101 && n <= 5432199) {
    const h = hashText(`ingram-pn-${tdsynnexSku}`);
    const letter = (k: number) => String.fromCharCode(65 + ((h >>> k) % 26));
    return `${letter(0)}${letter(8)}${4000 + (n - 5432101)}`;
  }
  return `G${(n - 7000000).toString(36).toUpperCase().padStart(5, '0')}`;
}

/** Not orderable by the demo account: the Cisco Meraki license (5432112). */
export const UNAUTHORIZED_TDSYNNEX_SKU = '5432112';

export function createIngramCatalogue(options: { size: number }): IngramCatalogue {
  const byPn = new Map<string, IngramSimProduct>();
  const byVpn = new Map<string, IngramSimProduct>();
  for (const source of createCatalogue({ demo: true, size: options.size }).all()) {
    const random = seededRandom(hashText(`ingram-${source.sku}`));
    const factor = 0.96 + random() * 0.08;
    const customerPrice = Math.round(source.price * factor * 100) / 100;
    const discontinued = source.status === 'Discontinued';
    const stock: Record<string, number> = {};
    for (const w of INGRAM_WAREHOUSES)
      stock[w.id] = discontinued || random() < 0.4 ? 0 : intBetween(random, 1, 250);
    const product: IngramSimProduct = {
      ingramPartNumber: ingramPartNumberFor(source.sku),
      vendorPartNumber: source.mfgPN,
      vendorName: source.mfgCode,
      description: source.description,
      customerPrice,
      retailPrice: Math.round(customerPrice * 1.25 * 100) / 100,
      discontinued,
      authorized: source.sku !== UNAUTHORIZED_TDSYNNEX_SKU,
      serialized: source.serialized,
      stock,
      tdsynnexSku: source.sku,
    };
    byPn.set(product.ingramPartNumber.toUpperCase(), product);
    byVpn.set(product.vendorPartNumber.toUpperCase(), product);
  }
  // The demo PO's first three products are always stocked; the Chromebook (5432157) never is.
  for (const [sku, stock] of Object.entries(FIXED_STOCK)) {
    const product = byPn.get(ingramPartNumberFor(sku));
    if (product) product.stock = { ...stock };
  }
  return {
    get: (pn) => byPn.get(pn.trim().toUpperCase()),
    byVendorPartNumber: (vpn) => byVpn.get(vpn.trim().toUpperCase()),
    all: () => [...byPn.values()],
  };
}

const FIXED_STOCK: Record<string, Record<string, number>> = {
  '5432101': { '10': 35, '20': 12, '30': 0, '40': 4, '80': 0 },
  '5432102': { '10': 0, '20': 30, '30': 8, '40': 0, '80': 0 },
  '5432103': { '10': 9, '20': 0, '30': 0, '40': 0, '80': 3 },
  '5432157': { '10': 0, '20': 0, '30': 0, '40': 0, '80': 0 },
};
