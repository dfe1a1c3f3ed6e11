// Stock bookkeeping shared by the PO rules (API.md §4.5 "Side effect to simulate", §4.6): an open
// PO's outstanding quantities sit in InventoryItems.quantityOnOrder of the item's location;
// receiving moves them to quantityOnHand. There is one InventoryItem per product and location.
import { labelForValue, PO_STATUS } from '../picklists';
import { nextId, type Row, type Tenant } from '../store';
import type { RuleContext } from './types';

export function poStatus(tenant: Tenant, po: Row): string | undefined {
  return labelForValue(tenant.picklists, 'PurchaseOrders.status', po.status);
}

/** Submitted or partly received: its outstanding quantities are on order. */
export const isOpen = (label: string | undefined): boolean =>
  label === PO_STATUS.submitted || label === PO_STATUS.partial;

export function receivedTotal(tenant: Tenant, itemId: number): number {
  let total = 0;
  for (const r of tenant.tables.PurchaseOrderItemReceiving.values()) {
    if (r.purchaseOrderItemID === itemId) total += Number(r.quantityNowReceiving);
  }
  return total;
}

export const outstanding = (tenant: Tenant, item: Row): number =>
  Math.max(0, Number(item.quantity) - receivedTotal(tenant, item.id));

export function itemsOf(tenant: Tenant, poId: number): Row[] {
  return [...tenant.tables.PurchaseOrderItems.values()].filter((i) => i.orderID === poId);
}

/** The product's stock row at a location, created (all zero) when missing. */
export function stockRow(ctx: RuleContext, productID: unknown, locationID: unknown): Row {
  const table = ctx.tenant.tables.InventoryItems;
  for (const row of table.values()) {
    if (row.productID === productID && row.inventoryLocationID === locationID) return row;
  }
  const row: Row = {
    id: nextId(table),
    userDefinedFields: [],
    productID,
    inventoryLocationID: locationID,
    quantityOnHand: 0,
    quantityOnOrder: 0,
    quantityReserved: 0,
    quantityPicked: 0,
    backOrderQuantity: 0,
    quantityMinimum: null,
    quantityMaximum: null,
    bin: null,
    referenceNumber: null,
    impersonatorCreatorResourceID: null,
  };
  table.set(row.id, row);
  return row;
}

export function addOnOrder(ctx: RuleContext, item: Row, delta: number): void {
  if (delta === 0) return;
  const stock = stockRow(ctx, item.productID, item.inventoryLocationID);
  stock.quantityOnOrder = Math.max(0, Number(stock.quantityOnOrder ?? 0) + delta);
}

export function receiveStock(ctx: RuleContext, item: Row, quantity: number): void {
  const stock = stockRow(ctx, item.productID, item.inventoryLocationID);
  stock.quantityOnHand = Number(stock.quantityOnHand ?? 0) + quantity;
  stock.quantityOnOrder = Math.max(0, Number(stock.quantityOnOrder ?? 0) - quantity);
}
