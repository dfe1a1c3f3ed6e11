// The entities the simulator serves (API.md §7) and their fields. Field names and types are the
// 2020 swagger's (autotask-rest-swagger-v1.json) in the live camelCase form (API.md §6.13), plus
// the "(new)" fields API.md §4 lists from the newer export. Required / read-only flags and string
// lengths are not in the swagger: where API.md marks them [C] they follow it, the rest are the
// simulator's guesses [G] and are reported truthfully through entityInformation/fields, which is
// where a client must read them (API.md §4 preamble).

export type FieldType = 'integer' | 'long' | 'double' | 'string' | 'boolean' | 'datetime';

export const ENTITY_NAMES = [
  'Products',
  'ProductVendors',
  'PurchaseOrders',
  'PurchaseOrderItems',
  'PurchaseOrderItemReceiving',
  'InventoryItems',
  'InventoryLocations',
  'Companies',
  'ShippingTypes',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export interface FieldDef {
  name: string;
  type: FieldType;
  required?: boolean;
  readOnly?: boolean;
  /** A tenant picklist: entity fields hold the integer id (API.md §2.1 notes). */
  picklist?: boolean;
  /** Must name an existing row of that entity when set. */
  ref?: EntityName;
  length?: number;
  /** Value a create gets when the body leaves the field out. */
  default?: unknown;
}

export interface EntityDef {
  name: EntityName;
  /** Singular name entityInformation reports [G]. */
  infoName: string;
  fields: FieldDef[];
  canCreate: boolean;
  canUpdate: boolean;
  /** No simulated entity allows DELETE: API.md §2.5 operation matrix; the 2020 swagger has none. */
  canDelete: false;
  hasUserDefinedFields: boolean;
  /** A child is written only through `/{Parent}/{parentId}/{segment}` (API.md §2.5, §6.10). */
  parent?: { entity: EntityName; segment: string; field: string };
  /** Fields blanked for an API user that "Can't Read Costs" (API.md §1.1). */
  costFields?: string[];
}

type Opts = Omit<FieldDef, 'name' | 'type'>;
const f = (name: string, type: FieldType, opts: Opts = {}): FieldDef => ({ name, type, ...opts });
const id = f('id', 'long', { readOnly: true });
const ro = (name: string, type: FieldType): FieldDef => f(name, type, { readOnly: true });
const str = (name: string, length: number, opts: Opts = {}) => f(name, 'string', { length, ...opts });
const int = (name: string, opts: Opts = {}) => f(name, 'integer', opts);
const dbl = (name: string) => f(name, 'double');
const bool = (name: string, dflt?: boolean) =>
  f(name, 'boolean', dflt === undefined ? {} : { default: dflt });

const products: FieldDef[] = [
  id,
  int('billingType', { picklist: true }),
  int('chargeBillingCodeID'),
  ro('createdByResourceID', 'integer'),
  ro('createdTime', 'datetime'),
  int('defaultInstalledProductCategoryID'),
  int('defaultVendorID', { ref: 'Companies' }),
  str('description', 2000),
  bool('doesNotRequireProcurement', false),
  str('externalProductID', 50),
  ro('impersonatorCreatorResourceID', 'integer'),
  str('internalProductID', 100),
  f('isActive', 'boolean', { required: true }),
  bool('isEligibleForRma', false),
  bool('isSerialized', false),
  str('link', 500),
  str('manufacturerName', 100),
  str('manufacturerProductName', 100),
  dbl('markupRate'),
  dbl('msrp'),
  str('name', 100, { required: true }),
  int('periodType', { picklist: true }),
  int('priceCostMethod', { picklist: true }),
  int('productBillingCodeID'),
  int('productCategory', { picklist: true }),
  str('sku', 50),
  dbl('unitCost'),
  dbl('unitPrice'),
  str('vendorProductNumber', 50),
];

const productVendors: FieldDef[] = [
  id,
  bool('isActive', true),
  bool('isDefault', false),
  int('productID', { required: true, ref: 'Products' }),
  dbl('vendorCost'),
  int('vendorID', { required: true, ref: 'Companies' }),
  str('vendorPartNumber', 50),
];

const purchaseOrders: FieldDef[] = [
  id,
  str('additionalVendorInvoiceNumbers', 1000),
  ro('cancelDateTime', 'datetime'),
  ro('createDateTime', 'datetime'),
  ro('creatorResourceID', 'integer'),
  str('externalPONumber', 50),
  str('fax', 25),
  dbl('freight'),
  str('generalMemo', 8000),
  ro('impersonatorCreatorResourceID', 'integer'),
  dbl('internalCurrencyFreight'),
  ro('latestEstimatedArrivalDate', 'datetime'),
  int('paymentTerm', { picklist: true }),
  str('phone', 25),
  int('purchaseForCompanyID', { ref: 'Companies' }),
  f('purchaseOrderNumber', 'string', { readOnly: true, length: 50 }),
  int('purchaseOrderTemplateID'),
  f('shippingDate', 'datetime'),
  int('shippingType', { ref: 'ShippingTypes' }),
  str('shipToAddress1', 128),
  str('shipToAddress2', 128),
  str('shipToCity', 30),
  str('shipToName', 100),
  str('shipToPostalCode', 10),
  str('shipToState', 25),
  bool('showEachTaxInGroup', false),
  bool('showTaxCategory', false),
  int('status', { required: true, picklist: true }),
  ro('submitDateTime', 'datetime'),
  int('taxRegionID'),
  int('useItemDescriptionsFrom', { picklist: true }),
  int('vendorID', { required: true, ref: 'Companies' }),
  str('vendorInvoiceNumber', 50),
];

const purchaseOrderItems: FieldDef[] = [
  id,
  int('chargeID'),
  f('contractID', 'long'),
  f('estimatedArrivalDate', 'datetime'),
  dbl('internalCurrencyUnitCost'),
  int('inventoryLocationID', { required: true, ref: 'InventoryLocations' }),
  str('memo', 4000),
  int('orderID', { required: true, ref: 'PurchaseOrders' }),
  int('productID', { required: true, ref: 'Products' }),
  f('projectID', 'long'),
  int('quantity', { required: true }),
  f('salesOrderID', 'long'),
  f('ticketID', 'long'),
  dbl('unitCost'),
];

const receiving: FieldDef[] = [
  id,
  f('purchaseOrderItemID', 'long', { required: true, ref: 'PurchaseOrderItems' }),
  ro('quantityBackOrdered', 'integer'),
  int('quantityNowReceiving', { required: true }),
  ro('quantityPreviouslyReceived', 'integer'),
  f('receiveDate', 'datetime'),
  int('receivedByResourceID'),
  str('serialNumber', 100),
];

const inventoryItems: FieldDef[] = [
  id,
  ro('backOrderQuantity', 'integer'),
  str('bin', 50),
  ro('impersonatorCreatorResourceID', 'integer'),
  int('inventoryLocationID', { required: true, ref: 'InventoryLocations' }),
  int('productID', { required: true, ref: 'Products' }),
  int('quantityMaximum'),
  int('quantityMinimum'),
  int('quantityOnHand', { default: 0 }),
  // Moved by POs and receiving (API.md §4.5 side effects), not written directly [G].
  ro('quantityOnOrder', 'integer'),
  ro('quantityPicked', 'integer'),
  ro('quantityReserved', 'integer'),
  str('referenceNumber', 50),
];

const inventoryLocations: FieldDef[] = [
  id,
  ro('impersonatorCreatorResourceID', 'integer'),
  bool('isActive', true),
  bool('isDefault', false),
  str('locationName', 50, { required: true }),
  int('resourceID'),
];

const S = (n: string) => str(n, 100);
const I = (n: string) => int(n);
const B = (n: string) => bool(n);
const companies: FieldDef[] = [
  id,
  ...['additionalAddressInformation', 'address1', 'address2', 'alternatePhone1', 'alternatePhone2'].map(S),
  I('apiVendorID'),
  dbl('assetValue'),
  I('billToCompanyLocationID'),
  ...['billToAdditionalAddressInformation', 'billingAddress1', 'billingAddress2'].map(S),
  I('billToAddressToUse'),
  S('billToAttention'),
  S('billToCity'),
  I('billToCountryID'),
  S('billToState'),
  S('billToZipCode'),
  S('city'),
  I('classification'),
  str('companyName', 100, { required: true }),
  S('companyNumber'),
  int('companyType', { required: true, picklist: true }),
  I('competitorID'),
  I('countryID'),
  ro('createDate', 'datetime'),
  ro('createdByResourceID', 'integer'),
  I('currencyID'),
  S('fax'),
  ro('impersonatorCreatorResourceID', 'integer'),
  ...['invoiceEmailMessageID', 'invoiceMethod'].map(I),
  B('invoiceNonContractItemsToParentCompany'),
  I('invoiceTemplateID'),
  bool('isActive', true),
  ...['isClientPortalActive', 'isEnabledForComanaged', 'isTaskFireActive', 'isTaxExempt'].map(B),
  ro('lastActivityDate', 'datetime'),
  ro('lastTrackedModifiedDateTime', 'datetime'),
  ...['marketSegmentID', 'ownerResourceID', 'parentCompanyID'].map(I),
  S('phone'),
  S('postalCode'),
  I('quoteEmailMessageID'),
  I('quoteTemplateID'),
  ...['sicCode', 'state', 'stockMarket', 'stockSymbol'].map(S),
  dbl('surveyCompanyRating'),
  S('taxID'),
  I('taxRegionID'),
  I('territoryID'),
  S('webAddress'),
];

const shippingTypes: FieldDef[] = [
  id,
  int('billingCodeID'),
  str('description', 200),
  bool('isActive'),
  str('name', 50),
];

const base = { canCreate: true, canUpdate: true, canDelete: false as const, hasUserDefinedFields: false };

export const ENTITIES: Record<EntityName, EntityDef> = {
  Products: {
    ...base,
    name: 'Products',
    infoName: 'Product',
    fields: products,
    hasUserDefinedFields: true,
    costFields: ['unitCost'],
  },
  ProductVendors: {
    ...base,
    name: 'ProductVendors',
    infoName: 'ProductVendor',
    fields: productVendors,
    parent: { entity: 'Products', segment: 'Vendors', field: 'productID' },
    costFields: ['vendorCost'],
  },
  PurchaseOrders: {
    ...base,
    name: 'PurchaseOrders',
    infoName: 'PurchaseOrder',
    fields: purchaseOrders,
    costFields: ['freight', 'internalCurrencyFreight'],
  },
  PurchaseOrderItems: {
    ...base,
    name: 'PurchaseOrderItems',
    infoName: 'PurchaseOrderItem',
    fields: purchaseOrderItems,
    parent: { entity: 'PurchaseOrders', segment: 'Items', field: 'orderID' },
    costFields: ['unitCost', 'internalCurrencyUnitCost'],
  },
  PurchaseOrderItemReceiving: {
    ...base,
    canUpdate: false, // create only (API.md §4.5)
    name: 'PurchaseOrderItemReceiving',
    infoName: 'PurchaseOrderItemReceiving',
    fields: receiving,
    parent: { entity: 'PurchaseOrderItems', segment: 'Receiving', field: 'purchaseOrderItemID' },
  },
  InventoryItems: { ...base, name: 'InventoryItems', infoName: 'InventoryItem', fields: inventoryItems },
  InventoryLocations: {
    ...base,
    name: 'InventoryLocations',
    infoName: 'InventoryLocation',
    fields: inventoryLocations,
  },
  Companies: {
    ...base,
    name: 'Companies',
    infoName: 'Company',
    fields: companies,
    hasUserDefinedFields: true,
  },
  // Read-only list (API.md §4.8).
  ShippingTypes: {
    ...base,
    canCreate: false,
    canUpdate: false,
    name: 'ShippingTypes',
    infoName: 'ShippingType',
    fields: shippingTypes,
  },
};

const byLowerName = new Map(ENTITY_NAMES.map((n) => [n.toLowerCase(), ENTITIES[n]]));
/** Path segments are case-insensitive (API.md §0). */
export const entityByName = (name: string): EntityDef | undefined => byLowerName.get(name.toLowerCase());

/** The child entity served under `/{parent}/{id}/{segment}`, if any. */
export function childOf(parent: EntityName, segment: string): EntityDef | undefined {
  const s = segment.toLowerCase();
  return ENTITY_NAMES.map((n) => ENTITIES[n]).find(
    (e) => e.parent?.entity === parent && e.parent.segment.toLowerCase() === s,
  );
}

const fieldMaps = new Map<EntityName, Map<string, FieldDef>>(
  ENTITY_NAMES.map((n) => [n, new Map(ENTITIES[n].fields.map((x) => [x.name.toLowerCase(), x]))]),
);
/** Field names are matched case-insensitively in requests (API.md §2.2, §6.13). */
export const fieldOf = (entity: EntityName, name: string): FieldDef | undefined =>
  fieldMaps.get(entity)?.get(name.toLowerCase());
