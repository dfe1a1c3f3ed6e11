// The demo tenant's products. The first 20 are bought from TD SYNNEX under the SKUs the TD SYNNEX
// simulator's demo catalogue holds ("5432101".."5432120"); 5432101 matches TDSYNNEX-XML.md's own
// example (ThinkPad T14 Gen 4, 20XW0055US, 1043.17). The last five cover the other cases a sync
// meets: another vendor, a service, a product with no vendor, an inactive one.

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
];

const TDS: Row[] = [
  ['ThinkPad T14 Gen 4', 'Lenovo', '20XW0055US', 'HW-LEN-T14G4', 1043.17, 'Hardware'],
  ['Dell P2423D 24" QHD Monitor', 'Dell', 'DELL-P2423D', 'HW-DEL-P2423D', 219.99, 'Hardware'],
  ['Logitech MX Keys Combo for Business', 'Logitech', '920-010923', 'AC-LOG-MXKEYS', 159.0, 'Accessories'],
  ['HP EliteBook 840 G10', 'HP Inc.', '7L7U1UT#ABA', 'HW-HP-840G10', 1189.0, 'Hardware'],
  ['Cisco Meraki MR36 Access Point', 'Cisco Meraki', 'MR36-HW', 'NW-MER-MR36', 489.0, 'Networking'],
  ['UniFi Switch 24 PoE', 'Ubiquiti', 'USW-24-POE', 'NW-UBI-USW24P', 379.0, 'Networking'],
  ['APC Back-UPS Pro 1500VA', 'APC by Schneider Electric', 'BR1500MS2', 'HW-APC-BR1500', 219.0, 'Hardware'],
  ['Surface Pro 9 i5/16GB/256GB', 'Microsoft', 'QIL-00001', 'HW-MS-SP9', 999.0, 'Hardware'],
  ['Samsung 980 PRO 1TB NVMe SSD', 'Samsung', 'MZ-V8P1T0B/AM', 'HW-SAM-980P1T', 89.99, 'Hardware'],
  ['Kingston 16GB DDR4-3200 SODIMM', 'Kingston', 'KVR32S22S8/16', 'HW-KIN-16GS', 34.5, 'Hardware'],
  ['Synology DiskStation DS923+', 'Synology', 'DS923+', 'HW-SYN-DS923', 599.99, 'Hardware'],
  ['Seagate IronWolf 8TB NAS HDD', 'Seagate', 'ST8000VN004', 'HW-SEA-IW8TB', 169.0, 'Hardware'],
  ['FortiGate 40F Firewall', 'Fortinet', 'FG-40F', 'NW-FTN-40F', 449.0, 'Networking'],
  ['Jabra Evolve2 65 Headset', 'Jabra', '26599-989-999', 'AC-JAB-E265', 189.0, 'Accessories'],
  ['Poly Studio P5 Webcam', 'HP Poly', '2200-87120-001', 'AC-PLY-P5', 89.0, 'Accessories'],
  ['Brother HL-L6210DW Laser Printer', 'Brother', 'HLL6210DW', 'HW-BRO-L6210', 329.99, 'Hardware'],
  ['Eaton 5P 1500VA Rack UPS', 'Eaton', '5P1500RC', 'HW-EAT-5P1500', 729.0, 'Hardware'],
  ['Netgear GS308E 8-Port Switch', 'Netgear', 'GS308E-100NAS', 'NW-NET-GS308E', 34.99, 'Networking'],
  ['Belkin USB-C 11-in-1 Dock', 'Belkin', 'INC004BTSGY', 'AC-BEL-DOCK11', 149.99, 'Accessories'],
  ['ThinkVision T24i-30 Monitor', 'Lenovo', '63CFMAR1US', 'HW-LEN-T24I30', 199.0, 'Hardware'],
];

export const DEMO_PRODUCTS: DemoProduct[] = [
  ...TDS.map(([name, manufacturer, mpn, sku, cost, category], i) => ({
    tdsSku: String(5432101 + i),
    name,
    manufacturer,
    mpn,
    sku,
    cost,
    category,
    // The EliteBook is serialized: receiving it takes one record per serial (API.md §4.5).
    ...(sku === 'HW-HP-840G10' ? { serialized: true } : {}),
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
