// The narrow rows Product Sync reads. Every query names its IncludeFields (API.md §2.2), so a 500-row
// page carries only what the sync compares; the schemas accept exactly those fields.
import type { z } from 'zod';
import { productSchema, productVendorSchema } from '../autotask/schemas';
export const VENDOR_ROW_FIELDS = ['id', 'productID', 'vendorID', 'vendorCost', 'vendorPartNumber'];
// Picked from the one schema per entity (lib/autotask/schemas.ts, issue 11 §5).
export const vendorRowSchema = productVendorSchema.pick({
  id: true,
  productID: true,
  vendorID: true,
  vendorCost: true,
  vendorPartNumber: true,
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
  'defaultVendorID',
];
export const productRowSchema = productSchema.pick({
  id: true,
  name: true,
  unitCost: true,
  unitPrice: true,
  msrp: true,
  isActive: true,
  productCategory: true,
  externalProductID: true,
  manufacturerProductName: true,
  defaultVendorID: true,
});
export type ProductRow = z.infer<typeof productRowSchema>;

/** The part-number pass reads only these two fields (its IncludeFields), so its schema asks only for them. */
export const PART_ROW_FIELDS = ['id', 'manufacturerProductName'];
export const partRowSchema = productSchema.pick({ id: true, manufacturerProductName: true });

// The key a product created by this sync carries in `externalProductID` (API.md §4.1: "good key for
// the connector's external id") is the distributor's: `externalKey(id, sku)` / `parseExternalKey`
// in lib/distributor/registry.ts. Reconcile-first creation finds a half-created product by it.
