// The demo tenant's products. The first 20 are bought from TD SYNNEX under the SKUs of the TD SYNNEX
// simulator's demo catalogue ("5432101".."5432120", test/sandbox/tdsynnex/demo-products.ts): same
// manufacturer part numbers and serialized flags, Autotask's own shorter names and SKUs. Costs
// match TD SYNNEX's price except two (5432102, 5432114) so a price drift shows. The last five
// cover the other cases a sync meets: another vendor, a service, no vendor, an inactive product.

export interface DemoProduct {
  /** TD SYNNEX SKU, when the product has a TD SYNNEX ProductVendors row. */
  tdsSku?: string;
  name: string;
  manufacturer: string;
  mpn: string;
  sku: string;
  cost: number;
  category: 'Hardware' | 'Software' | 'Networking' | 'Accessories' | 'Services' | 'Legacy Hardware';
  serialized?: boolean;
  inactive?: boolean;
  noProcurement?: boolean;
  other?: { vendor: 'Ingram Micro' | 'D&H Distributing'; partNumber: string };
}

type Row = [
  name: string,
  manufacturer: string,
  mpn: string,
  sku: string,
  cost: number,
  category: DemoProduct['category'],
  serialized: boolean,
];

const S = true;
const TDS: Row[] = [
  ['ThinkPad T14 Gen 4', 'Lenovo', '20XW0055US', 'HW-LEN-T14G4', 1043.17, 'Hardware', S],
  ['HP EliteBook 840 G10', 'HP Inc.', '7L6Y2UT#ABA', 'HW-HP-840G10', 1099.0, 'Hardware', S],
  [
    'Cisco Catalyst 1000 24-port PoE+ Switch',
    'Cisco',
    'C1000-24P-4G-L',
    'NW-CIS-C1000-24P',
    1389.0,
    'Networking',
    S,
  ],
  [
    'APC Smart-UPS 1500VA Rack 2U',
    'APC by Schneider Electric',
    'SMT1500RM2UC',
    'HW-APC-SMT1500RM',
    1029.99,
    'Hardware',
    S,
  ],
  ['ThinkPad X1 Carbon Gen 11', 'Lenovo', '21HM0044US', 'HW-LEN-X1C11', 1649.0, 'Hardware', S],
  ['HP ProBook 450 G10', 'HP Inc.', '8L0T6UT#ABA', 'HW-HP-450G10', 889.0, 'Hardware', S],
  ['ThinkCentre M70q Gen 4 Tiny', 'Lenovo', '12E3000EUS', 'HW-LEN-M70Q4', 739.5, 'Hardware', S],
  ['HP Elite Mini 800 G9', 'HP Inc.', '6C7A5UT#ABA', 'HW-HP-MINI800', 829.0, 'Hardware', S],
  [
    'Cisco Business 350 24-port PoE Switch',
    'Cisco',
    'CBS350-24P-4G-NA',
    'NW-CIS-CBS350',
    712.44,
    'Networking',
    S,
  ],
  [
    'Cisco Catalyst 9200L 24-port PoE+ Switch',
    'Cisco',
    'C9200L-24P-4G-E',
    'NW-CIS-C9200L',
    2384.0,
    'Networking',
    S,
  ],
  ['Cisco Meraki MR36 Access Point', 'Cisco Meraki', 'MR36-HW', 'NW-MER-MR36', 420.11, 'Networking', S],
  [
    'Meraki MR Enterprise License, 3 Years',
    'Cisco Meraki',
    'LIC-ENT-3YR',
    'SW-MER-LIC3Y',
    251.0,
    'Software',
    false,
  ],
  [
    'APC Smart-UPS 750VA Rack 2U',
    'APC by Schneider Electric',
    'SMT750RM2UC',
    'HW-APC-SMT750RM',
    598.0,
    'Hardware',
    S,
  ],
  [
    'APC Back-UPS Pro 1500VA',
    'APC by Schneider Electric',
    'BR1500MS2',
    'HW-APC-BR1500',
    219.0,
    'Hardware',
    S,
  ],
  [
    'APC Switched Rack PDU 1U',
    'APC by Schneider Electric',
    'AP7900B',
    'HW-APC-AP7900B',
    758.0,
    'Hardware',
    S,
  ],
  ['Logitech MK270 Wireless Combo', 'Logitech', '920-002565', 'AC-LOG-MK270', 19.49, 'Accessories', false],
  ['Logitech H390 USB Headset', 'Logitech', '981-000014', 'AC-LOG-H390', 23.99, 'Accessories', false],
  [
    'Samsung ViewFinity S60UA 27" QHD Monitor',
    'Samsung',
    'LS27A600UUNXGO',
    'HW-SAM-S60UA27',
    229.99,
    'Hardware',
    S,
  ],
  ['ThinkVision T24i-30 Monitor', 'Lenovo', '63CFMAR4US', 'HW-LEN-T24I30', 169.0, 'Hardware', S],
  ['HP E24 G5 24" Monitor', 'HP Inc.', '6N4E8AA#ABA', 'HW-HP-E24G5', 179.0, 'Hardware', S],
];

export const DEMO_PRODUCTS: DemoProduct[] = [
  // Serialized products are received one record per serial (API.md §4.5).
  ...TDS.map(([name, manufacturer, mpn, sku, cost, category, serialized], i) => ({
    tdsSku: String(5432101 + i),
    name,
    manufacturer,
    mpn,
    sku,
    cost,
    category,
    serialized,
  })),
  {
    name: 'Microsoft 365 Business Premium (annual)',
    manufacturer: 'Microsoft',
    mpn: 'CFQ7TTC0LCHC',
    sku: 'SW-MS-M365BP',
    cost: 264.0,
    category: 'Software',
    other: { vendor: 'Ingram Micro', partNumber: 'IM-CFQ7TTC0LCHC' },
  },
  {
    name: 'Veeam Backup for Microsoft 365 (1 user, 1 year)',
    manufacturer: 'Veeam',
    mpn: 'V-VBO365-0U-SU1YP-00',
    sku: 'SW-VEE-VBO365',
    cost: 21.6,
    category: 'Software',
    other: { vendor: 'D&H Distributing', partNumber: 'DH-VBO365-1Y' },
  },
  {
    name: 'Cat6 Patch Cable 3 ft (10-pack)',
    manufacturer: 'Monoprice',
    mpn: '13538',
    sku: 'AC-CAT6-3FT-10',
    cost: 12.5,
    category: 'Accessories',
  },
  {
    name: 'On-site Installation (per hour)',
    manufacturer: 'Contoso MSP',
    mpn: 'LAB-ONSITE',
    sku: 'SV-LAB-ONSITE',
    cost: 45.0,
    category: 'Services',
    noProcurement: true,
  },
  {
    name: 'Dell OptiPlex 3080 (discontinued)',
    manufacturer: 'Dell',
    mpn: 'OPTI3080-I5',
    sku: 'HW-DEL-OPT3080',
    cost: 649.0,
    category: 'Legacy Hardware',
    inactive: true,
  },
];
