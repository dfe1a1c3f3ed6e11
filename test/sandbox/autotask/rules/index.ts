import type { EntityName } from '../entities';
import { companyRules, inventoryItemRules, productRules, productVendorRules } from './catalogue';
import { purchaseOrderItemRules } from './purchase-order-items';
import { purchaseOrderRules } from './purchase-orders';
import { receivingRules } from './receiving';
import type { EntityRules } from './types';

export const ENTITY_RULES: Partial<Record<EntityName, EntityRules>> = {
  Products: productRules,
  ProductVendors: productVendorRules,
  PurchaseOrders: purchaseOrderRules,
  PurchaseOrderItems: purchaseOrderItemRules,
  PurchaseOrderItemReceiving: receivingRules,
  Companies: companyRules,
  InventoryItems: inventoryItemRules,
};
