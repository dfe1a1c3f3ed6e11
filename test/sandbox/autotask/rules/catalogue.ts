// Rules of the catalogue entities: Products (API.md §4.1), ProductVendors (§4.2), Companies
// (§4.7), InventoryItems (§4.6).
import { ruleError } from '../http';
import { labelForValue, valueForLabel } from '../picklists';
import type { Row } from '../store';
import { requireVendor } from './purchase-orders';
import type { EntityRules, RuleContext } from './types';

const label = (ctx: RuleContext, field: string, value: unknown) =>
  labelForValue(ctx.tenant.picklists, `Products.${field}`, value);

/** billingType/periodType/priceCostMethod pairing rules [C] (API.md §4.1). */
function checkBilling(ctx: RuleContext, product: Row): void {
  const billing = label(ctx, 'billingType', product.billingType);
  if (billing && billing !== 'Standard' && label(ctx, 'periodType', product.periodType) !== 'Monthly') {
    throw ruleError('Product.periodType must be Monthly when billingType is not Standard.');
  }
  const method = label(ctx, 'priceCostMethod', product.priceCostMethod);
  if (billing === 'Standard' && method !== undefined && method !== 'Standard (Flat)') {
    throw ruleError('Product.priceCostMethod must be Standard (Flat) when billingType is Standard.');
  }
}

export const productRules: EntityRules = {
  prepareCreate(ctx, product) {
    // billingType "defaults to Standard" (API.md §4.1).
    product.billingType ??= valueForLabel(ctx.tenant.picklists, 'Products.billingType', 'Standard');
    product.createdTime = ctx.now;
    product.createdByResourceID = ctx.user.resourceId;
  },
  beforeCreate: checkBilling,
  beforeUpdate: (ctx, _before, after) => checkBilling(ctx, after),
};

/** "Exactly one default vendor per product" [U]: a new default demotes the others. */
function oneDefault(ctx: RuleContext, vendor: Row): void {
  if (vendor.isDefault !== true) return;
  for (const other of ctx.tenant.tables.ProductVendors.values()) {
    if (other.id !== vendor.id && other.productID === vendor.productID) other.isDefault = false;
  }
}

export const productVendorRules: EntityRules = {
  beforeCreate: (ctx, row) => requireVendor(ctx, row.vendorID, 'ProductVendor.vendorID'),
  beforeUpdate: (ctx, before, after) => {
    if (after.vendorID !== before.vendorID) requireVendor(ctx, after.vendorID, 'ProductVendor.vendorID');
  },
  afterCreate: oneDefault,
  afterUpdate: (ctx, _before, after) => oneDefault(ctx, after),
};

export const companyRules: EntityRules = {
  prepareCreate(ctx, company) {
    company.createDate = ctx.now;
    company.createdByResourceID = ctx.user.resourceId;
  },
};

function uniqueStock(ctx: RuleContext, row: Row): void {
  for (const other of ctx.tenant.tables.InventoryItems.values()) {
    if (
      other.id !== row.id &&
      other.productID === row.productID &&
      other.inventoryLocationID === row.inventoryLocationID
    ) {
      throw ruleError(
        `Product ${String(row.productID)} already has inventory item ${other.id} at location ${String(row.inventoryLocationID)}.`,
      );
    }
  }
}

export const inventoryItemRules: EntityRules = {
  prepareCreate(_ctx, row) {
    row.quantityOnOrder = 0;
    row.quantityReserved = 0;
    row.quantityPicked = 0;
    row.backOrderQuantity = 0;
  },
  beforeCreate: uniqueStock,
  beforeUpdate: (ctx, _before, after) => uniqueStock(ctx, after),
};
