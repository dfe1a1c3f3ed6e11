// PurchaseOrderItems rules (API.md §4.4, §6.11): created only while the PO is New; updated only
// while it is New, Submitted or Received Partial; quantity is a positive integer ("the API rejects
// 0") and never below what was already received.
import { ruleError } from '../http';
import { PO_STATUS } from '../picklists';
import type { Row } from '../store';
import { addOnOrder, isOpen, itemsOf, outstanding, poStatus, receivedTotal } from './inventory';
import type { EntityRules, RuleContext } from './types';

const EDITABLE: readonly string[] = [PO_STATUS.new, PO_STATUS.submitted, PO_STATUS.partial];

function orderOf(ctx: RuleContext, item: Row): Row {
  const po = ctx.tenant.tables.PurchaseOrders.get(item.orderID as number);
  if (!po) throw ruleError(`PurchaseOrder ${String(item.orderID)} does not exist.`);
  return po;
}

function checkQuantity(item: Row): void {
  if (typeof item.quantity !== 'number' || item.quantity <= 0) {
    throw ruleError('PurchaseOrderItem.quantity must be a whole number greater than 0.');
  }
}

/** Latest item ETA, a derived read-only field of the PO (API.md §4.3). */
function refreshEta(ctx: RuleContext, po: Row): void {
  const dates = itemsOf(ctx.tenant, po.id)
    .map((i) => i.estimatedArrivalDate)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  po.latestEstimatedArrivalDate = dates[dates.length - 1] ?? null;
}

export const purchaseOrderItemRules: EntityRules = {
  beforeCreate(ctx, item) {
    const status = poStatus(ctx.tenant, orderOf(ctx, item));
    if (status !== PO_STATUS.new) {
      throw ruleError(
        `Items can only be added to a purchase order whose status is New (this one is ${status}).`,
      );
    }
    checkQuantity(item);
  },
  afterCreate(ctx, item) {
    refreshEta(ctx, orderOf(ctx, item));
  },
  beforeUpdate(ctx, before, after) {
    const status = poStatus(ctx.tenant, orderOf(ctx, after));
    if (!status || !EDITABLE.includes(status)) {
      throw ruleError(
        `Items can only be updated while the purchase order is New, Submitted or Received Partial (this one is ${status}).`,
      );
    }
    checkQuantity(after);
    const got = receivedTotal(ctx.tenant, after.id);
    if (Number(after.quantity) < got) {
      throw ruleError(`PurchaseOrderItem.quantity cannot be less than the ${got} already received.`);
    }
    const moved =
      after.productID !== before.productID || after.inventoryLocationID !== before.inventoryLocationID;
    if (got > 0 && moved) throw ruleError('The product or location of a partly received item cannot change.');
  },
  afterUpdate(ctx, before, after) {
    const po = orderOf(ctx, after);
    if (isOpen(poStatus(ctx.tenant, po))) {
      addOnOrder(ctx, before, -outstanding(ctx.tenant, before));
      addOnOrder(ctx, after, outstanding(ctx.tenant, after));
    }
    refreshEta(ctx, po);
  },
};
