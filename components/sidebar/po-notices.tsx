// Why a purchase order is not one to submit, said plainly (issue 10 §3, §5): another vendor, no TD
// SYNNEX company chosen yet (with the way to choose it), or a cancelled PO. None offers Submit.
import type { PurchaseOrderView } from '../../lib/messaging/results';

/** Autotask's status label is tenant-defined; "Cancelled" / "Canceled" both occur. */
export const isCancelled = (po: Pick<PurchaseOrderView, 'statusLabel'>) => /cancel/i.test(po.statusLabel);

export type VendorChoiceState = { chosen: false } | { chosen: true; name?: string };

interface Props {
  po: PurchaseOrderView;
  vendor: VendorChoiceState;
}

/** Null when the PO can go to TD SYNNEX as far as vendor and status go. */
export function PoNotice({ po, vendor }: Props) {
  if (isCancelled(po)) {
    return (
      <p role="status" className="notice">
        This purchase order is cancelled.
      </p>
    );
  }
  if (po.isDistributorVendor) return null;
  if (!vendor.chosen) {
    return (
      <p role="status" className="notice">
        <a href="options.html#tdsynnex" target="_blank" rel="noreferrer">
          Choose the company that stands for TD SYNNEX in Options
        </a>{' '}
        to submit purchase orders from here.
      </p>
    );
  }
  return (
    <p role="status" className="notice">
      This purchase order is for {po.vendorName}, not TD SYNNEX
      {vendor.name ? ` (${vendor.name})` : ''}: it is not sent to TD SYNNEX.
    </p>
  );
}

/** Whether the order actions (check, submit) belong on this PO at all. */
export function canOrder(po: PurchaseOrderView): boolean {
  return po.isDistributorVendor && !isCancelled(po);
}
