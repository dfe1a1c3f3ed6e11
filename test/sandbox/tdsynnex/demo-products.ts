// The demo catalogue's named products: TD SYNNEX SKUs 5432101–5432160. The Autotask simulator's
// demo PO 1042 orders 5432101–5432103 (team brief), so those three are always active and stocked.
// Stock is written out (not random) wherever a test or the demo tour relies on it.

export interface DemoProduct {
  sku: string;
  mfgCode: string;
  mfgPN: string;
  description: string;
  price: number;
  serialized: boolean;
  discontinued?: boolean;
  /** Warehouse id → quantity; products without it get seeded random stock. */
  stock?: Record<string, number>;
}

type Row = [mfgCode: string, mfgPN: string, description: string, price: number, serialized: boolean];

const ROWS: Row[] = [
  ['LENOVO', '20XW0055US', 'ThinkPad T14 Gen 4 14" i7-1355U 16GB 512GB SSD W11P', 1043.17, true],
  ['HP', '7L6Y2UT#ABA', 'HP EliteBook 840 G10 14" i5-1345U 16GB 512GB W11P', 1128.4, true],
  ['CISCO', 'C1000-24P-4G-L', 'Cisco Catalyst 1000 24-port GE PoE+ 4x1G SFP switch', 1389.0, true],
  ['APC', 'SMT1500RM2UC', 'APC Smart-UPS 1500VA LCD RM 2U 120V with SmartConnect', 1029.99, true],
  ['LENOVO', '21HM0044US', 'ThinkPad X1 Carbon Gen 11 14" i7-1365U 32GB 1TB W11P', 1649.0, true],
  ['HP', '8L0T6UT#ABA', 'HP ProBook 450 G10 15.6" i5-1335U 16GB 256GB W11P', 889.0, true],
  ['LENOVO', '12E3000EUS', 'ThinkCentre M70q Gen 4 Tiny i5-13500T 16GB 512GB W11P', 739.5, true],
  ['HP', '6C7A5UT#ABA', 'HP Elite Mini 800 G9 i5-12500T 16GB 256GB W11P', 829.0, true],
  ['CISCO', 'CBS350-24P-4G-NA', 'Cisco Business 350 24-port GE PoE 4x1G SFP managed switch', 712.44, true],
  ['CISCO', 'C9200L-24P-4G-E', 'Cisco Catalyst 9200L 24-port PoE+ 4x1G uplink switch', 2384.0, true],
  ['CISCO', 'MR36-HW', 'Cisco Meraki MR36 Wi-Fi 6 cloud-managed access point', 420.11, true],
  ['CISCO', 'LIC-ENT-3YR', 'Cisco Meraki MR Enterprise license and support, 3 years', 251.0, false],
  ['APC', 'SMT750RM2UC', 'APC Smart-UPS 750VA LCD RM 2U 120V with SmartConnect', 598.0, true],
  ['APC', 'BR1500MS2', 'APC Back-UPS Pro 1500VA 10 outlets 2 USB charging ports', 205.99, true],
  ['APC', 'AP7900B', 'APC Rack PDU switched 1U 15A 100/120V (8) 5-15', 758.0, true],
  ['LOGITECH', '920-002565', 'Logitech MK270 wireless keyboard and mouse combo', 19.49, false],
  ['LOGITECH', '981-000014', 'Logitech H390 USB computer headset', 23.99, false],
  ['SAMSUNG', 'LS27A600UUNXGO', 'Samsung ViewFinity S60UA 27" QHD USB-C monitor', 229.99, true],
  ['LENOVO', '63CFMAR4US', 'Lenovo ThinkVision T24i-30 23.8" FHD monitor', 169.0, true],
  ['HP', '6N4E8AA#ABA', 'HP E24 G5 23.8" FHD monitor', 179.0, true],
  ['WESTERN DIGITAL', 'WDS100T3X0E', 'WD_BLACK SN770 1TB NVMe PCIe Gen4 SSD', 64.99, true],
  ['SAMSUNG', 'MZ-V9P2T0B/AM', 'Samsung 990 PRO 2TB PCIe 4.0 NVMe M.2 SSD', 169.99, true],
  ['KINGSTON', 'KVR32S22D8/16', 'Kingston ValueRAM 16GB DDR4-3200 SODIMM', 34.5, false],
  ['CRUCIAL', 'CT16G48C40S5', 'Crucial 16GB DDR5-4800 SODIMM', 41.2, false],
  ['SEAGATE', 'ST8000VN004', 'Seagate IronWolf 8TB NAS 3.5" SATA hard drive', 189.99, true],
  ['SYNOLOGY', 'DS923+', 'Synology DiskStation DS923+ 4-bay NAS enclosure', 599.99, true],
  ['UBIQUITI', 'U6-PRO-US', 'Ubiquiti UniFi 6 Pro access point', 159.0, true],
  ['FORTINET', 'FG-60F', 'Fortinet FortiGate-60F next-generation firewall', 515.0, true],
  ['FORTINET', 'FC-10-0060F-950-02-12', 'FortiGate-60F Unified Threat Protection, 1 year', 412.0, false],
  ['NETGEAR', 'GS308-300PAS', 'NETGEAR GS308 8-port gigabit unmanaged switch', 19.99, false],
  ['HPE', 'JL675A', 'HPE Aruba 6100 48G Class4 PoE 4SFP+ 370W switch', 2115.0, true],
  ['HPE', 'R4W02A', 'HPE Aruba Instant On AP22 Wi-Fi 6 access point (US)', 129.0, true],
  ['LENOVO', '40AY0090US', 'Lenovo USB-C Universal Business Dock', 189.99, true],
  ['HP', '5TW10UT#ABA', 'HP USB-C Dock G5', 169.0, true],
  ['TARGUS', 'TCT027US', 'Targus Classic 15.6" clamshell laptop case', 27.99, false],
  ['EATON', 'N201-007-BL', 'Tripp Lite Cat6 gigabit snagless patch cable, blue, 7 ft', 4.59, false],
  ['EATON', 'SU1500RTXLCD2U', 'Tripp Lite SmartOnline 1500VA double-conversion UPS, 2U', 1194.0, true],
  ['BROTHER', 'HLL2460DW', 'Brother HL-L2460DW monochrome laser printer, duplex, wireless', 139.99, true],
  ['HP', '2Z600F#BGJ', 'HP LaserJet Pro 4001dn printer', 389.0, true],
  ['HP', 'CF258X', 'HP 58X high yield black LaserJet toner cartridge', 199.0, false],
  ['EPSON', 'B11B258201', 'Epson WorkForce ES-580W wireless duplex document scanner', 379.99, true],
  ['JABRA', '26599-989-999', 'Jabra Evolve2 65 MS stereo USB-A headset', 189.0, true],
  ['POLY', '2200-86260-001', 'Poly Studio X30 video bar', 1499.0, true],
  ['LOGITECH', '960-001339', 'Logitech Rally Bar Mini video conferencing bar', 3199.0, true],
  ['MICROSOFT', 'QEZ-00001', 'Microsoft Surface Pro 9 i5 8GB 256GB platinum', 1019.0, true],
  ['LENOVO', '21JN0073US', 'ThinkPad E16 Gen 1 16" i5-1335U 16GB 512GB W11P', 749.0, true],
  ['HP', '5F0F0UT#ABA', 'HP Z2 Tower G9 workstation i7-13700 32GB 1TB W11P', 1689.0, true],
  ['LENOVO', '30GS003MUS', 'ThinkStation P3 Tower i7-13700 32GB 1TB W11P', 1499.0, true],
  ['VERTIV', 'GXT5-1500LVRT2UXL', 'Vertiv Liebert GXT5 1500VA online rack/tower UPS', 1099.0, true],
  ['CISCO', 'SFP-10G-SR=', 'Cisco 10GBASE-SR SFP+ transceiver module', 312.0, true],
  ['CISCO', 'CP-8845-K9=', 'Cisco IP Phone 8845', 386.0, true],
  ['APC', 'AR3100', 'APC NetShelter SX 42U 600mm x 1070mm enclosure', 1482.0, true],
  ['KINGSTON', 'DTX/64GB', 'Kingston DataTraveler Exodia 64GB USB 3.2 flash drive', 5.99, false],
  ['WESTERN DIGITAL', 'WDBU6Y0050BBK-WESN', 'WD My Passport 5TB portable hard drive, black', 129.99, true],
  ['SAMSUNG', 'MZ-77E1T0B/AM', 'Samsung 870 EVO 1TB 2.5" SATA SSD', 79.99, true],
  ['LG', '27UP850N-W', 'LG 27" 4K UHD IPS USB-C monitor', 396.0, true],
  ['HP', '6P0X3UT#ABA', 'HP Chromebook 14 G7 14" Celeron N4500 8GB 64GB', 329.0, true],
  ['CISCO', 'SG350-28P-K9-NA', 'Cisco SG350-28P 28-port gigabit PoE managed switch', 699.0, true],
  ['LENOVO', '20S0000JUS', 'ThinkPad T14 Gen 1 14" i5-10210U 8GB 256GB W10P', 899.0, true],
  ['APC', 'BE550G', 'APC Back-UPS ES 550VA 8 outlets', 64.0, true],
];

/** Stock the demo and the tests rely on. 5432103 lives in another warehouse, so PO-1042 splits in two orders. */
const STOCK: Record<string, Record<string, number>> = {
  '5432101': { '3': 40, '6': 0, '7': 0, '12': 0, '16': 0, '98': 17 },
  '5432102': { '3': 25, '6': 0, '7': 10, '12': 0, '16': 0, '98': 0 },
  '5432103': { '3': 0, '6': 12, '7': 0, '12': 0, '16': 0, '98': 5 },
  /** LG monitor: vendor drop-ship only. */
  '5432156': { '3': 0, '6': 0, '7': 0, '12': 0, '16': 0, '98': 60 },
  /** Chromebook: active but out of stock everywhere (backorder or rejection, per BackOrderFlag). */
  '5432157': { '3': 0, '6': 0, '7': 0, '12': 0, '16': 0, '98': 0 },
};

/** The last three are discontinued with no stock left. */
const DISCONTINUED = new Set(['5432158', '5432159', '5432160']);

export const DEMO_PRODUCTS: DemoProduct[] = ROWS.map(
  ([mfgCode, mfgPN, description, price, serialized], index) => {
    const sku = String(5432101 + index);
    const discontinued = DISCONTINUED.has(sku);
    const stock = discontinued ? { '3': 0, '6': 0, '7': 0, '12': 0, '16': 0, '98': 0 } : STOCK[sku];
    return {
      sku,
      mfgCode,
      mfgPN,
      description,
      price,
      serialized,
      ...(discontinued ? { discontinued } : {}),
      ...(stock ? { stock } : {}),
    };
  },
);
