// Plain views for the order components' tests (what the background would answer).
import type { PurchaseOrderView } from '../../../lib/messaging/results';
import type { OrderCheckView, SubmissionView } from '../../../lib/orders/views';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { distributorRef } from '../../../lib/orders/route';

/** The registry's first distributor: the one these fixtures' texts name. */
export const DISTRIBUTOR = distributorRef(DISTRIBUTORS[0]!.id);

export const PO: PurchaseOrderView = {
  id: 1042,
  number: 'PO-1042',
  statusId: 11,
  statusLabel: 'New',
  vendorId: 29683001,
  vendorName: 'TD SYNNEX Corporation',
  isDistributorVendor: true,
  distributor: DISTRIBUTOR,
  shipTo: {
    name: 'Smith & Sons <HQ>',
    address1: '12 Market Street',
    city: 'Hartford',
    state: 'CT',
    postalCode: '06103',
  },
  total: 300,
  lines: [
    { itemId: 1, productId: 71, sku: '5432101', description: 'ThinkPad', quantity: 2, unitCost: 100 },
    { itemId: 2, productId: 72, sku: '5432102', description: 'EliteBook', quantity: 1, unitCost: 100 },
  ],
};

export const CHECK: OrderCheckView = {
  poId: 1042,
  distributor: DISTRIBUTOR,
  poNumber: 'PO-1042',
  checkedAt: '2026-01-01T00:00:00.000Z',
  priceDriftPercent: 5,
  distributorTotal: 321,
  warehouses: [
    { id: '3', name: 'Fremont, CA' },
    { id: '6', name: 'Chantilly, VA' },
  ],
  blocking: [],
  lines: [
    {
      itemId: 1,
      sku: '5432101',
      description: 'ThinkPad',
      quantity: 2,
      unitCost: 100,
      distributorPrice: 110,
      driftPercent: 10,
      totalAvailable: 12,
      warehouses: [
        { id: '3', name: 'Fremont, CA', qty: 5 },
        { id: '6', name: 'Chantilly, VA', qty: 7 },
      ],
      backorderQty: 0,
      badge: 'price-changed',
      hintId: 'price-drift',
      message: 'TD SYNNEX price differs by 10% from the PO’s unit cost.',
    },
    {
      itemId: 2,
      sku: '5432102',
      description: 'EliteBook',
      quantity: 1,
      unitCost: 100,
      distributorPrice: 101,
      driftPercent: 1,
      totalAvailable: 4,
      warehouses: [{ id: '3', name: 'Fremont, CA', qty: 4 }],
      backorderQty: 0,
      badge: 'ok',
    },
  ],
};

export const ACCEPTED: SubmissionView = {
  poId: 1042,
  distributor: DISTRIBUTOR,
  distributorPoNumber: 'AT684213-1042',
  attempt: 1,
  state: 'accepted',
  result: 'accepted',
  orderNumbers: ['40981234', '40981235'],
  writeBack: 'done',
  linesChanged: false,
  message: 'TD SYNNEX order 40981234, 40981235',
  lines: [],
  canResubmit: false,
};

export const REJECTED: SubmissionView = {
  ...ACCEPTED,
  state: 'rejected',
  result: 'rejected',
  orderNumbers: [],
  message: 'TD SYNNEX rejected AT684213-1042: No line could be accepted.',
  hintId: 'order-rejected',
  canResubmit: true,
};
