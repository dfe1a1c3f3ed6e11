// PurchaseOrders rules (API.md §4.3, §6.11): the vendor must be a Vendor company; the received
// statuses are reached only by receiving; a cancelled PO stays cancelled; submitting puts the
// outstanding quantities on order and cancelling takes them off again. No delete (router).
import { ruleError } from '../http';
import { labelForValue, PO_STATUS } from '../picklists';
import type { Row } from '../store';
import { addOnOrder, isOpen, itemsOf, outstanding, poStatus } from './inventory';
import type { EntityRules, RuleContext } from './types';

export function requireVendor(ctx: RuleContext, vendorID: unknown, what: string): void {
  const company = ctx.tenant.tables.Companies.get(vendorID as number);
  const type = company && labelForValue(ctx.tenant.picklists, 'Companies.companyType', company.companyType);
  if (type !== 'Vendor') {
    throw ruleError(`${what}: company ${String(vendorID)} is not a Vendor type company.`);
  }
}

const received = (label: string | undefined) => label === PO_STATUS.partial || label === PO_STATUS.full;

function stampStatus(ctx: RuleContext, po: Row, label: string | undefined): void {
  if (label === PO_STATUS.submitted) po.submitDateTime = ctx.now;
  if (label === PO_STATUS.cancel) po.cancelDateTime = ctx.now;
}

export const purchaseOrderRules: EntityRules = {
  prepareCreate(ctx, po) {
    po.createDateTime = ctx.now;
    po.creatorResourceID = ctx.user.resourceId;
  },
  beforeCreate(ctx, po) {
    requireVendor(ctx, po.vendorID, 'PurchaseOrder.vendorID');
    const label = poStatus(ctx.tenant, po);
    if (received(label)) throw ruleError(`A purchase order cannot be created with status ${label}.`);
    stampStatus(ctx, po, label);
  },
  afterCreate(_ctx, po) {
    po.purchaseOrderNumber ??= `PO-${po.id}`;
  },
  beforeUpdate(ctx, before, after) {
    if (after.vendorID !== before.vendorID) requireVendor(ctx, after.vendorID, 'PurchaseOrder.vendorID');
    if (after.status === before.status) return;
    const from = poStatus(ctx.tenant, before);
    const to = poStatus(ctx.tenant, after);
    if (received(to)) throw ruleError(`The status ${to} is set by receiving items, not by an update.`);
    if (from === PO_STATUS.cancel) throw ruleError('A cancelled purchase order cannot change status.');
    if (received(from) && to !== PO_STATUS.cancel) {
      throw ruleError(`A purchase order that is ${from} cannot go back to ${to}.`);
    }
    stampStatus(ctx, after, to);
  },
  afterUpdate(ctx, before, after) {
    const wasOpen = isOpen(poStatus(ctx.tenant, before));
    const nowOpen = isOpen(poStatus(ctx.tenant, after));
    if (wasOpen === nowOpen) return;
    for (const item of itemsOf(ctx.tenant, after.id)) {
      addOnOrder(ctx, item, (nowOpen ? 1 : -1) * outstanding(ctx.tenant, item));
    }
  },
};
