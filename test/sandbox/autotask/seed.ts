// The demo tenant (team brief "Demo-tenant facts"): tenant 684213 on zone 22 "America East 3",
// the TD SYNNEX vendor 29683001, PO 1042 "PO-1042" (New, ship-to "Smith & Sons <HQ>", three lines
// with TD SYNNEX SKUs 5432101–5432103), plus the POs in every other status. Picklist ids are
// deliberately unusual (PO status 11–15) so a client that hard-codes ids fails here.
import { picklist, PO_STATUS, standardPicklists, valueForLabel, type Picklists } from './picklists';
import { ingramPartNumberFor } from '../ingram/catalogue';
import { DEMO_PRODUCTS } from './seed-catalogue';

/** Demo products (by TD SYNNEX SKU) that also have an Ingram Micro ProductVendors row. */
const INGRAM_LINKED = new Set(['5432104', '5432105', '5432106']);
import type { Db, Row, Tenant, UdfDef } from './store';

export const DEMO = {
  ci: 684213,
  zone: 22,
  userName: 'api@contoso-msp.example',
  secret: 'demo-secret-1',
  integrationCode: 'DEMOINTEGRATIONCODE0000000001',
  apiUrl: 'https://webservices22.autotask.net/atservicesrest/',
  webUrl: 'https://ww22.autotask.net/',
  tdSynnexVendorId: 29683001,
  ingramVendorId: 29683002,
  dhVendorId: 29683003,
  customerId: 29683010,
  warehouseId: 101,
  /** Product ids run 71–95 in DEMO_PRODUCTS order (71–90 have TD SYNNEX SKUs 5432101–5432120). */
  firstProductId: 71,
  purchaseOrders: {
    new: 1042,
    submitted: 1043,
    receivedFull: 1044,
    cancelled: 1045,
    otherVendor: 1046,
    receivedPartial: 1047,
    /** New, vendor Ingram Micro, two lines whose products carry Ingram part numbers (issue 12). */
    ingramNew: 1048,
  },
} as const;

const CREATED = '2025-11-18T15:04:05.000';

function demoPicklists(): Picklists {
  return {
    ...standardPicklists(),
    'PurchaseOrders.status': picklist([
      [11, PO_STATUS.new, { isDefault: true }],
      [12, PO_STATUS.submitted],
      [13, PO_STATUS.partial],
      [14, PO_STATUS.full],
      [15, PO_STATUS.cancel],
    ]),
    'Products.productCategory': picklist([
      [17, 'Hardware', { isDefault: true }],
      [23, 'Software'],
      [31, 'Networking'],
      [42, 'Accessories'],
      [58, 'Services'],
      [64, 'Legacy Hardware', { inactive: true }],
    ]),
  };
}

/** Connector-style product UDFs (API.md §4.9 [G]); they make `udf: true` filters testable. */
const PRODUCT_UDFS: UdfDef[] = ['Distributor SKU', 'Distributor', 'Last Price Sync'].map((name) => ({
  name,
  dataType: name === 'Last Price Sync' ? 'datetime' : 'string',
  isRequired: false,
  length: 100,
  description: `Set by the distributor connector (${name}).`,
}));

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function seedDemo(db: Db): Tenant {
  const tenant = db.addTenant({
    ci: DEMO.ci,
    zone: DEMO.zone,
    picklists: demoPicklists(),
    udfs: { Products: PRODUCT_UDFS },
  });
  db.addUser({
    userName: DEMO.userName,
    secret: DEMO.secret,
    integrationCode: DEMO.integrationCode,
    ci: DEMO.ci,
  });
  const ci = DEMO.ci;
  const pick = (key: string, label: string) => valueForLabel(tenant.picklists, key, label);
  const company = (id: number, companyName: string, type: string, extra: Partial<Row> = {}) =>
    db.insert(ci, 'Companies', {
      id,
      companyName,
      companyType: pick('Companies.companyType', type),
      isActive: true,
      createDate: CREATED,
      ...extra,
    });

  company(DEMO.tdSynnexVendorId, 'TD SYNNEX Corporation', 'Vendor', {
    city: 'Clearwater',
    state: 'FL',
    webAddress: 'https://www.tdsynnex.com',
  });
  company(DEMO.ingramVendorId, 'Ingram Micro', 'Vendor', { city: 'Irvine', state: 'CA' });
  company(DEMO.dhVendorId, 'D&H Distributing', 'Vendor', { city: 'Harrisburg', state: 'PA' });
  company(DEMO.customerId, 'Smith & Sons', 'Customer', {
    address1: '12 Market Street',
    city: 'Hartford',
    state: 'CT',
    postalCode: '06103',
  });
  company(29683011, 'Fabrikam Dental Group', 'Customer', { city: 'Springfield', state: 'MA' });
  company(29683012, 'Northwind Traders', 'Customer', { city: 'Albany', state: 'NY' });
  company(29683013, 'Tailspin Toys', 'Prospect', { city: 'Providence', state: 'RI' });

  db.insert(ci, 'InventoryLocations', {
    id: DEMO.warehouseId,
    locationName: 'Main Warehouse',
    isActive: true,
    isDefault: true,
  });
  db.insert(ci, 'InventoryLocations', {
    id: 102,
    locationName: 'Service Van 1',
    isActive: true,
    isDefault: false,
    resourceID: 29682890,
  });
  (['Ground', '2nd Day Air', 'Next Day Air', 'Will Call', 'Freight (LTL)'] as const).forEach((name, i) =>
    db.insert(ci, 'ShippingTypes', { id: 201 + i, name, description: `${name} delivery`, isActive: true }),
  );

  const vendorIds = { 'Ingram Micro': DEMO.ingramVendorId, 'D&H Distributing': DEMO.dhVendorId } as const;
  let vendorRowId = 501;
  DEMO_PRODUCTS.forEach((p, i) => {
    const id = DEMO.firstProductId + i;
    db.insert(ci, 'Products', {
      id,
      name: p.name,
      // "Lenovo ThinkPad…", not "Lenovo Lenovo ThinkPad…": names often carry the maker already.
      description: p.name.toLowerCase().startsWith(p.manufacturer.split(' ')[0]!.toLowerCase())
        ? p.name
        : `${p.manufacturer} ${p.name}`,
      sku: p.sku,
      manufacturerName: p.manufacturer,
      manufacturerProductName: p.mpn,
      productCategory: pick('Products.productCategory', p.category),
      billingType: pick('Products.billingType', 'Standard'),
      priceCostMethod: pick('Products.priceCostMethod', 'Standard (Flat)'),
      unitCost: p.cost,
      unitPrice: round2(p.cost * 1.25),
      msrp: round2(p.cost * 1.35),
      isActive: !p.inactive,
      isSerialized: Boolean(p.serialized),
      doesNotRequireProcurement: Boolean(p.noProcurement),
      defaultVendorID: p.tdsSku ? DEMO.tdSynnexVendorId : p.other ? vendorIds[p.other.vendor] : null,
      createdTime: CREATED,
      userDefinedFields: p.tdsSku
        ? [
            { name: 'Distributor SKU', value: p.tdsSku },
            { name: 'Distributor', value: 'TD SYNNEX' },
          ]
        : [],
    });
    const vendor = (vendorID: number, vendorPartNumber: string, isDefault: boolean) =>
      db.insert(ci, 'ProductVendors', {
        id: vendorRowId++,
        productID: id,
        vendorID,
        vendorPartNumber,
        vendorCost: p.cost,
        isDefault,
        isActive: true,
      });
    if (p.tdsSku) vendor(DEMO.tdSynnexVendorId, p.tdsSku, true);
    if (p.other) vendor(vendorIds[p.other.vendor], p.other.partNumber, true);
    if (p.tdsSku === '5432101') vendor(DEMO.ingramVendorId, 'IM-20XW0055US', false); // two sources
    // Bought from both: the Ingram simulator's part numbers for the same products (issue 12).
    if (p.tdsSku && INGRAM_LINKED.has(p.tdsSku))
      vendor(DEMO.ingramVendorId, ingramPartNumberFor(p.tdsSku), false);
    db.insert(ci, 'InventoryItems', {
      productID: id,
      inventoryLocationID: DEMO.warehouseId,
      quantityOnHand: (i * 7) % 11,
      quantityOnOrder: 0,
      quantityReserved: 0,
      quantityPicked: 0,
      backOrderQuantity: 0,
      quantityMinimum: 1,
      quantityMaximum: 20,
    });
  });
  seedPurchaseOrders(db, tenant);
  return tenant;
}

function seedPurchaseOrders(db: Db, tenant: Tenant): void {
  const ci = tenant.ci;
  const status = (label: string) => valueForLabel(tenant.picklists, 'PurchaseOrders.status', label);
  const product = (tdsSku: number) => DEMO.firstProductId + (tdsSku - 5432101);
  let itemId = 3001;
  let receiptId = 4001;
  const po = (
    id: number,
    label: string,
    vendorID: number,
    forId: number,
    shipToName: string,
    lines: [number, number, number?][],
    extra: Partial<Row> = {},
  ) => {
    db.insert(ci, 'PurchaseOrders', {
      id,
      purchaseOrderNumber: `PO-${id}`,
      status: status(label),
      vendorID,
      purchaseForCompanyID: forId,
      shipToName,
      shipToAddress1: '12 Market Street',
      shipToCity: 'Hartford',
      shipToState: 'CT',
      shipToPostalCode: '06103',
      paymentTerm: valueForLabel(tenant.picklists, 'PurchaseOrders.paymentTerm', 'Net 30'),
      shippingType: 201,
      createDateTime: CREATED,
      creatorResourceID: 29682885,
      ...(label !== PO_STATUS.new ? { submitDateTime: '2025-11-19T09:30:00.000' } : {}),
      ...(label === PO_STATUS.cancel ? { cancelDateTime: '2025-11-20T11:00:00.000' } : {}),
      ...extra,
    });
    for (const [productID, quantity, received = 0] of lines) {
      const cost = tenant.tables.Products.get(productID)?.unitCost;
      const item = db.insert(ci, 'PurchaseOrderItems', {
        id: itemId++,
        orderID: id,
        productID,
        quantity,
        unitCost: cost,
        inventoryLocationID: DEMO.warehouseId,
      });
      const stock = [...tenant.tables.InventoryItems.values()].find((s) => s.productID === productID)!;
      // A serialized product is received one unit (one serial) per record (API.md §4.5).
      const serialized = tenant.tables.Products.get(productID)?.isSerialized === true;
      const receipts = serialized ? Array<number>(received).fill(1) : received > 0 ? [received] : [];
      let previously = 0;
      for (const now of receipts) {
        db.insert(ci, 'PurchaseOrderItemReceiving', {
          id: receiptId++,
          purchaseOrderItemID: item.id,
          quantityNowReceiving: now,
          quantityPreviouslyReceived: previously,
          quantityBackOrdered: quantity - previously - now,
          receiveDate: '2025-11-21T16:00:00.000',
          receivedByResourceID: 29682885,
          serialNumber: serialized ? `SN${item.id}-${previously + 1}` : null,
        });
        previously += now;
      }
      stock.quantityOnHand = Number(stock.quantityOnHand) + received;
      if (label === PO_STATUS.submitted || label === PO_STATUS.partial) {
        stock.quantityOnOrder = Number(stock.quantityOnOrder) + quantity - received;
      }
    }
  };
  const { purchaseOrders: ids } = DEMO;
  po(
    ids.new,
    PO_STATUS.new,
    DEMO.tdSynnexVendorId,
    DEMO.customerId,
    'Smith & Sons <HQ>',
    [
      [product(5432101), 2],
      [product(5432102), 2],
      [product(5432103), 1],
    ],
    { generalMemo: 'Front desk refresh: laptops & a switch' },
  );
  po(ids.submitted, PO_STATUS.submitted, DEMO.tdSynnexVendorId, 29683011, 'Fabrikam Dental Group', [
    [product(5432111), 4],
    [product(5432116), 10],
  ]);
  po(ids.receivedFull, PO_STATUS.full, DEMO.tdSynnexVendorId, 29683012, 'Northwind Traders', [
    [product(5432106), 1, 1],
    [product(5432116), 3, 3],
  ]);
  po(ids.cancelled, PO_STATUS.cancel, DEMO.tdSynnexVendorId, DEMO.customerId, 'Smith & Sons <HQ>', [
    [product(5432110), 1],
  ]);
  po(ids.otherVendor, PO_STATUS.new, DEMO.ingramVendorId, DEMO.customerId, 'Smith & Sons <HQ>', [
    [DEMO.firstProductId + 20, 10],
  ]);
  po(ids.receivedPartial, PO_STATUS.partial, DEMO.tdSynnexVendorId, 29683011, 'Fabrikam Dental Group', [
    [product(5432117), 10, 4],
  ]);
  po(ids.ingramNew, PO_STATUS.new, DEMO.ingramVendorId, DEMO.customerId, 'Smith & Sons <HQ>', [
    [product(5432104), 2],
    [product(5432105), 1],
  ]);
}
