// The narrow rows Product Sync reads. Every query names its IncludeFields (API.md §2.2), so a 500-row
// page carries only what the sync compares; the schemas accept exactly those fields.
import { z } from 'zod';

/** Never negative: a negative cost or price is a malformed answer, not a value to compare (issue 7 §3). */
const money = z.number().nonnegative().nullish();

export const VENDOR_ROW_FIELDS = ['id', 'productID', 'vendorID', 'vendorCost', 'vendorPartNumber'];
export const vendorRowSchema = z.object({
  id: z.number().int(),
  productID: z.number().int(),
  vendorID: z.number().int(),
  vendorCost: money,
  vendorPartNumber: z.string().nullish(),
});
export type VendorRow = z.infer<typeof vendorRowSchema>;

export const PRODUCT_ROW_FIELDS = [
  'id',
  'name',
  'unitCost',
  'unitPrice',
  'msrp',
  'isActive',
  'productCategory',
  'externalProductID',
  'manufacturerProductName',
];
export const productRowSchema = z.object({
  id: z.number().int(),
  name: z.string().nullish(),
  unitCost: money,
  unitPrice: money,
  msrp: money,
  isActive: z.boolean().nullish(),
  productCategory: z.number().int().nullish(),
  externalProductID: z.string().nullish(),
  manufacturerProductName: z.string().nullish(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

/**
 * The key a product created by this sync carries in `externalProductID` (API.md §4.1: "good key for
 * the connector's external id"): reconcile-first creation finds a half-created product by it.
 */
export const externalKey = (sku: string): string => `TDSYNNEX:${sku}`;
