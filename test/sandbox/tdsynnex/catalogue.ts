// The simulator's catalogue: the named demo products plus thousands generated from a fixed seed
// (TDSYNNEX-XML.md "Sandbox behaviour": per-warehouse stock, drifting prices, Discontinued items).
// Same seed, same catalogue — tests and benches can name SKUs.
import { DEMO_PRODUCTS } from './demo-products';
import { hashText, intBetween, pick, seededRandom } from './random';

export type SimRegion = 'US' | 'CA';

export interface Warehouse {
  id: string;
  city: string;
  zipcode: string;
  addr: string;
}

/** Vendor drop-ship: TD SYNNEX reports it as warehouse 98 "MFG Drop Shipped" (APIS.md §1.1). */
export const DROP_SHIP_WAREHOUSE = '98';

/** Warehouse ids are opaque strings; these follow TDS-DOC (US) and TDS-SDK (CA), see APIS.md §1.1. */
export const WAREHOUSES: Record<SimRegion, Warehouse[]> = {
  US: [
    { id: '3', city: 'Tracy, CA', zipcode: '95391', addr: '39 Tesla Ave' },
    { id: '6', city: 'Romeoville, IL', zipcode: '60446', addr: '1200 Windham Pkwy' },
    { id: '7', city: 'Southaven, MS', zipcode: '38671', addr: '5220 Goodman Rd' },
    { id: '12', city: 'Chino, CA', zipcode: '91710', addr: '14000 Mountain Ave' },
    { id: '16', city: 'Miami, FL', zipcode: '33178', addr: '10850 NW 21st St' },
    { id: DROP_SHIP_WAREHOUSE, city: 'MFG Drop Shipped', zipcode: '', addr: '' },
  ],
  CA: [
    { id: '26', city: 'Halifax, NS', zipcode: 'B3S 1B3', addr: '20 Otter Lake Crt' },
    { id: '29', city: 'Guelph, ON', zipcode: 'N1H 6H9', addr: '200 Ronald Rd' },
    { id: '31', city: 'Calgary, AB', zipcode: 'T2C 4X4', addr: '5850 76 Ave SE' },
    { id: '81', city: 'Richmond, BC', zipcode: 'V6V 2V2', addr: '13551 Verdun Pl' },
    { id: DROP_SHIP_WAREHOUSE, city: 'MFG Drop Shipped', zipcode: '', addr: '' },
  ],
};

export interface SimProduct {
  sku: string;
  mfgPN: string;
  mfgCode: string;
  description: string;
  /** Reseller cost; drifts when the price-drift knob is on. */
  price: number;
  status: 'Active' | 'Discontinued';
  /** Serialized items get one SerialNo per shipped unit. */
  serialized: boolean;
  /** Warehouse id → quantity on hand, for both regions' warehouses. */
  stock: Record<string, number>;
}

export interface Catalogue {
  get(sku: string): SimProduct | undefined;
  byMfgPN(mfgPN: string): SimProduct | undefined;
  add(product: SimProduct): void;
  all(): SimProduct[];
}

/** Generated SKUs start here, well away from the demo range 5432101–5432160. */
export const GENERATED_SKU_START = 7000001;

export function createCatalogue(options: { demo: boolean; size: number }): Catalogue {
  const bySku = new Map<string, SimProduct>();
  const byPN = new Map<string, SimProduct>();
  const catalogue: Catalogue = {
    get: (sku) => bySku.get(sku.trim()),
    byMfgPN: (mfgPN) => byPN.get(mfgPN.trim().toUpperCase()),
    add(product) {
      bySku.set(product.sku, product);
      byPN.set(product.mfgPN.toUpperCase(), product);
    },
    all: () => [...bySku.values()],
  };
  if (options.demo) {
    for (const demo of DEMO_PRODUCTS) {
      catalogue.add({
        sku: demo.sku,
        mfgPN: demo.mfgPN,
        mfgCode: demo.mfgCode,
        description: demo.description,
        price: demo.price,
        status: demo.discontinued ? 'Discontinued' : 'Active',
        serialized: demo.serialized,
        stock: { ...randomStock(demo.sku), ...demo.stock },
      });
    }
  }
  for (let index = 0; index < options.size; index += 1) catalogue.add(generatedProduct(index));
  return catalogue;
}

const BRANDS: { code: string; prefix: string; families: string[] }[] = [
  {
    code: 'LENOVO',
    prefix: '21',
    families: ['ThinkPad L14', 'ThinkPad T16', 'ThinkCentre M90q', 'ThinkVision P27h'],
  },
  {
    code: 'HP',
    prefix: '7',
    families: ['ProBook 440', 'EliteDesk 800', 'EliteDisplay E27', 'LaserJet M406dn'],
  },
  { code: 'CISCO', prefix: 'C9', families: ['Catalyst 9300', 'Meraki MS120', 'Meraki MX68', 'Business 250'] },
  { code: 'APC', prefix: 'SM', families: ['Smart-UPS', 'Back-UPS', 'NetShelter PDU', 'Easy UPS'] },
  {
    code: 'DELL',
    prefix: 'DL',
    families: ['Latitude 5440', 'OptiPlex 7010', 'P2423D monitor', 'WD19S dock'],
  },
  { code: 'LOGITECH', prefix: '9', families: ['MX Keys', 'Zone Vibe', 'C920 webcam', 'Signature M650'] },
  {
    code: 'SAMSUNG',
    prefix: 'MZ',
    families: ['990 EVO SSD', 'T7 portable SSD', 'ViewFinity S8', 'Galaxy Tab A9'],
  },
  {
    code: 'UBIQUITI',
    prefix: 'U',
    families: ['UniFi Switch Pro', 'UniFi U7 Pro', 'Dream Machine', 'UniFi Flex'],
  },
];
const VARIANTS = [
  '8GB 256GB',
  '16GB 512GB',
  '32GB 1TB',
  '24-port',
  '48-port',
  '1500VA',
  '27"',
  'bundle',
  'kit',
];

function generatedProduct(index: number): SimProduct {
  const sku = String(GENERATED_SKU_START + index);
  const random = seededRandom(hashText(`tdsynnex-catalogue-${sku}`));
  const brand = pick(random, BRANDS);
  const family = pick(random, brand.families);
  const price = Math.round(Math.exp(2 + random() * 6) * 100) / 100; // ≈ 7 … 3,000
  const discontinued = random() < 0.05;
  return {
    sku,
    mfgPN: `${brand.prefix}${(index + 1000).toString(36).toUpperCase()}-${intBetween(random, 10, 99)}US`,
    mfgCode: brand.code,
    description: `${brand.code === 'HP' ? 'HP' : brand.code[0] + brand.code.slice(1).toLowerCase()} ${family} ${pick(random, VARIANTS)}`,
    price,
    status: discontinued ? 'Discontinued' : 'Active',
    serialized: price > 50,
    stock: discontinued ? {} : randomStock(sku),
  };
}

function randomStock(sku: string): Record<string, number> {
  const random = seededRandom(hashText(`tdsynnex-stock-${sku}`));
  const stock: Record<string, number> = {};
  for (const warehouse of [...WAREHOUSES.US, ...WAREHOUSES.CA]) {
    const chance = warehouse.id === DROP_SHIP_WAREHOUSE ? 0.3 : 0.6;
    stock[warehouse.id] = random() < chance ? intBetween(random, 1, 200) : 0;
  }
  return stock;
}
