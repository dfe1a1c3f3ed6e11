// The purchase order the order-check tests evaluate: PO-1042 of the TD SYNNEX vendor, in status
// New, with a complete ship-to, so that only the lines each test gives it decide what the check
// finds. Shared by the check's rules (check.test.ts), what a clicked check logs (check-log.test.ts)
// and how the log's details show it (test/components/activity/entry-details.test.tsx).
import type { PurchaseOrderView } from '../../../lib/messaging/results';

export function checkedPo(lines: PurchaseOrderView['lines']): PurchaseOrderView {
  return {
    id: 1042,
    number: 'PO-1042',
    statusId: 11,
    statusLabel: 'New',
    vendorId: 1,
    vendorName: 'TD SYNNEX Corporation',
    isDistributorVendor: true,
    shipTo: {
      name: 'Smith & Sons',
      address1: '12 Market Street',
      city: 'Hartford',
      state: 'CT',
      postalCode: '06103',
    },
    lines,
  };
}
