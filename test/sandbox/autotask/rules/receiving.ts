// PurchaseOrderItemReceiving rules (API.md §4.5): create only (router), only while the PO is
// Submitted, Received Partial or Received Full; never more than ordered in total; one serial per
// record; the read-only quantities are computed here. Side effects: stock moves from on-order to
// on-hand, and the PO becomes Received Partial or Received Full.
import { ruleError } from '../http';
import { PO_STATUS, valueForLabel } from '../picklists';
import type { Row } from '../store';
import { itemsOf, poStatus, receivedTotal, receiveStock } from './inventory';
import type { EntityRules, RuleContext } from './types';

const RECEIVABLE: readonly string[] = [PO_STATUS.submitted, PO_STATUS.partial, PO_STATUS.full];

function parents(ctx: RuleContext, receipt: Row): { item: Row; po: Row } {
  const item = ctx.tenant.tables.PurchaseOrderItems.get(receipt.purchaseOrderItemID as number);
  const po = item && ctx.tenant.tables.PurchaseOrders.get(item.orderID as number);
  if (!item || !po)
    throw ruleError(`PurchaseOrderItem ${String(receipt.purchaseOrderItemID)} does not exist.`);
  return { item, po };
}

export const receivingRules: EntityRules = {
  prepareCreate(ctx, receipt) {
    receipt.receiveDate ??= ctx.now;
    receipt.receivedByResourceID ??= ctx.user.resourceId;
  },
  beforeCreate(ctx, receipt) {
    const { item, po } = parents(ctx, receipt);
    const status = poStatus(ctx.tenant, po);
    if (!status || !RECEIVABLE.includes(status)) {
      throw ruleError(
        `Items can only be received when the purchase order is Submitted or Received Partial (this one is ${status}).`,
      );
    }
    const now = receipt.quantityNowReceiving;
    if (typeof now !== 'number' || now <= 0) {
      throw ruleError(
        'PurchaseOrderItemReceiving.quantityNowReceiving must be a whole number greater than 0.',
      );
    }
    const previously = receivedTotal(ctx.tenant, item.id);
    const ordered = Number(item.quantity);
    if (previously + now > ordered) {
      throw ruleError(
        `Cannot receive ${now}: the item was ordered ${ordered} and ${previously} have already been received.`,
      );
    }
    const serial = typeof receipt.serialNumber === 'string' && receipt.serialNumber !== '';
    if (serial && now !== 1)
      throw ruleError('A receiving record with a serial number receives exactly 1 unit.');
    const product = ctx.tenant.tables.Products.get(item.productID as number);
    if (product?.isSerialized === true && !serial) {
      throw ruleError(
        `Product ${product.id} is serialized: receive one unit per record with its serialNumber.`,
      );
    }
    receipt.quantityPreviouslyReceived = previously;
    // The HELP text prints "+ quantityNowReceiving", evidently a typo (API.md §4.5).
    receipt.quantityBackOrdered = ordered - previously - now;
  },
  afterCreate(ctx, receipt) {
    const { item, po } = parents(ctx, receipt);
    receiveStock(ctx, item, Number(receipt.quantityNowReceiving));
    const complete = itemsOf(ctx.tenant, po.id).every(
      (i) => receivedTotal(ctx.tenant, i.id) >= Number(i.quantity),
    );
    po.status = valueForLabel(
      ctx.tenant.picklists,
      'PurchaseOrders.status',
      complete ? PO_STATUS.full : PO_STATUS.partial,
    );
  },
};
