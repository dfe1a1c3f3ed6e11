// zod schemas for every Autotask response we read (API.md §2.1–2.3, §4). Envelopes are strict about
// the shape; entity schemas are tolerant of extra fields (Autotask adds fields over time; unknown
// keys are dropped) and strict on the types of the fields we use. Nullable where Autotask may send
// null: e.g. cost fields come back empty for a "can't read costs" API user (API.md §1.1).
import { z } from 'zod';

const id = z.number().int();
const text = z.string().nullish();
const int = z.number().int().nullish();
const money = z.number().nullish();
/** Costs and prices: never negative in Autotask's UI; a negative one would be written on as a cost (issue 7 §3). */
const price = z.number().nonnegative().nullish();
const flag = z.boolean().nullish();
/** ISO 8601, UTC, usually without an offset (API.md §6.7). */
const dateTime = z.string().nullish();

export const userDefinedFieldSchema = z.object({ name: z.string(), value: z.string().nullish() });
const udfs = z.array(userDefinedFieldSchema).nullish();

// ---- envelopes -------------------------------------------------------------------------------

export const pageDetailsSchema = z.object({
  count: z.number().int().nonnegative(),
  requestCount: z.number().int().nullish(),
  prevPageUrl: z.string().nullish(),
  nextPageUrl: z.string().nullish(),
});

/** `{"items":[…],"pageDetails":{…}}`; items are checked one by one with the caller's schema. */
export const pageEnvelopeSchema = z.object({ items: z.array(z.unknown()), pageDetails: pageDetailsSchema });

/** `{"item":{…}}`, or `{"item":null}` for a missing or hidden id — not a 404 (API.md §1.3). */
export const itemEnvelopeSchema = z.object({ item: z.unknown() });

export const itemIdSchema = z.object({ itemId: z.number().int() });

export const queryCountSchema = z.object({ queryCount: z.number().int().nonnegative() });

/** API.md §1.2; the 2020 swagger's PascalCase forms are not what the live API sends. */
export const zoneInfoSchema = z.object({
  zoneName: z.string(),
  url: z.string(),
  webUrl: z.string(),
  ci: z.number().int(),
});

export const entityInfoSchema = z.object({
  info: z.object({
    name: z.string(),
    canCreate: z.boolean(),
    canDelete: z.boolean(),
    canQuery: z.boolean(),
    canUpdate: z.boolean(),
    userAccessForCreate: z.string(),
    userAccessForDelete: z.string(),
    userAccessForQuery: z.string(),
    userAccessForUpdate: z.string(),
    hasUserDefinedFields: z.boolean(),
  }),
});

/** Picklist `value` is a string in metadata ("1") and an integer on entities (API.md §2.1). */
const picklistValueSchema = z.object({
  value: z.union([z.string(), z.number()]).transform((v, ctx) => {
    const n = Number(v);
    if (v === '' || !Number.isInteger(n)) {
      ctx.addIssue({ code: 'custom', message: `picklist value "${v}" is not an integer` });
      return z.NEVER;
    }
    return n;
  }),
  label: z.string(),
  isActive: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
  isDefaultValue: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

export const fieldsSchema = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      dataType: z.string(),
      isRequired: z.boolean(),
      isReadOnly: z.boolean(),
      isPickList: z.boolean(),
      picklistValues: z
        .array(picklistValueSchema)
        .nullish()
        .transform((v) => v ?? []),
    }),
  ),
});

export const thresholdSchema = z.object({
  externalRequestThreshold: z.number().int().positive(),
  requestThresholdTimeframe: z.number().int().positive(),
  currentTimeframeRequestCount: z.number().int().nonnegative(),
});

// ---- entities (API.md §4) ----------------------------------------------------------------------

export const productSchema = z.object({
  id,
  name: z.string(),
  description: text,
  sku: text,
  manufacturerName: text,
  manufacturerProductName: text,
  vendorProductNumber: text,
  externalProductID: text,
  internalProductID: text,
  productCategory: int,
  unitCost: price,
  unitPrice: price,
  msrp: price,
  markupRate: money,
  defaultVendorID: int,
  isActive: flag,
  isSerialized: flag,
  billingType: int,
  periodType: int,
  priceCostMethod: int,
  productBillingCodeID: int,
  userDefinedFields: udfs,
});

export const productVendorSchema = z.object({
  id,
  productID: z.number().int(),
  vendorID: z.number().int(),
  vendorCost: price,
  vendorPartNumber: text,
  isDefault: flag,
  isActive: flag,
});

export const purchaseOrderSchema = z.object({
  id,
  vendorID: z.number().int(),
  status: z.number().int(),
  purchaseOrderNumber: text,
  externalPONumber: text,
  purchaseForCompanyID: int,
  shipToName: text,
  shipToAddress1: text,
  shipToAddress2: text,
  shipToCity: text,
  shipToState: text,
  shipToPostalCode: text,
  phone: text,
  fax: text,
  generalMemo: text,
  paymentTerm: int,
  shippingType: int,
  shippingDate: dateTime,
  freight: price,
  vendorInvoiceNumber: text,
  latestEstimatedArrivalDate: dateTime,
  createDateTime: dateTime,
  submitDateTime: dateTime,
  cancelDateTime: dateTime,
});

export const purchaseOrderItemSchema = z.object({
  id,
  orderID: z.number().int(),
  productID: int,
  /** A PO line orders at least one unit (issue 7 §3: zero or negative quantities are refused). */
  quantity: z.number().int().positive(),
  unitCost: price,
  inventoryLocationID: int,
  estimatedArrivalDate: dateTime,
  memo: text,
  ticketID: int,
  projectID: int,
  contractID: int,
  salesOrderID: int,
  chargeID: int,
});

/** A PO line for a product: the lines the sidebar shows and the distributor is asked about (productID set). */
export const purchaseOrderProductItemSchema = purchaseOrderItemSchema.extend({ productID: id });

export const purchaseOrderItemReceivingSchema = z.object({
  id,
  purchaseOrderItemID: z.number().int(),
  quantityNowReceiving: int,
  quantityPreviouslyReceived: int,
  quantityBackOrdered: int,
  receiveDate: dateTime,
  receivedByResourceID: int,
  serialNumber: text,
});

export const companySchema = z.object({
  id,
  companyName: z.string(),
  companyNumber: text,
  companyType: int,
  isActive: flag,
  address1: text,
  address2: text,
  city: text,
  state: text,
  postalCode: text,
  countryID: int,
  phone: text,
  webAddress: text,
});

export const inventoryLocationSchema = z.object({
  id,
  locationName: z.string(),
  isActive: flag,
  isDefault: flag,
  resourceID: int,
});

export const inventoryItemSchema = z.object({
  id,
  productID: z.number().int(),
  inventoryLocationID: z.number().int(),
  quantityOnHand: int,
  quantityOnOrder: int,
  quantityReserved: int,
  quantityPicked: int,
  backOrderQuantity: int,
  quantityMinimum: int,
  quantityMaximum: int,
  bin: text,
  referenceNumber: text,
});

export const shippingTypeSchema = z.object({
  id,
  name: z.string(),
  description: text,
  isActive: flag,
  billingCodeID: int,
});

export type Product = z.infer<typeof productSchema>;
export type ProductVendor = z.infer<typeof productVendorSchema>;
export type PurchaseOrder = z.infer<typeof purchaseOrderSchema>;
export type PurchaseOrderItem = z.infer<typeof purchaseOrderItemSchema>;
export type PurchaseOrderItemReceiving = z.infer<typeof purchaseOrderItemReceivingSchema>;
export type Company = z.infer<typeof companySchema>;
export type InventoryLocation = z.infer<typeof inventoryLocationSchema>;
export type InventoryItem = z.infer<typeof inventoryItemSchema>;
export type ShippingType = z.infer<typeof shippingTypeSchema>;
