// Why a purchase order is not one to submit, said plainly (issue 10 §3, §5; issue 12): its vendor
// stands for no distributor (listing the companies that do), no distributor has a vendor company yet
// (with the way to choose one), or a cancelled PO. None offers Submit.
import type { PurchaseOrderView } from '../../lib/messaging/results';

/** Autotask's status label is tenant-defined; "Cancelled" / "Canceled" both occur. */
export const isCancelled = (po: Pick<PurchaseOrderView, 'statusLabel'>) => /cancel/i.test(po.statusLabel);

/** A distributor whose Autotask vendor company was chosen in Options (connection.status). */
export interface DistributorChoice {
  id: string;
  label: string;
  /** The vendor company's name, when known. */
  vendorName?: string;
}

interface Props {
  po: PurchaseOrderView;
  /** The distributors that have a vendor company, registry order. */
  distributors: readonly DistributorChoice[];
}

/** Null when the PO can go to its distributor as far as vendor and status go. */
export function PoNotice({ po, distributors }: Props) {
  if (isCancelled(po)) {
    return (
      <p role="status" className="notice">
        This purchase order is cancelled.
      </p>
    );
  }
  if (po.distributor) return null;
  if (distributors.length === 0) {
    return (
      <p role="status" className="notice">
        <a href="options.html" target="_blank" rel="noreferrer">
          Choose the company that stands for each distributor in Options
        </a>{' '}
        to submit purchase orders from here.
      </p>
    );
  }
  return (
    <p role="status" className="notice">
      This purchase order is for {po.vendorName}, which stands for no distributor: it is not sent to any.
      Purchase orders are sent for{' '}
      {distributors.map((d) => (d.vendorName ? `${d.label} (vendor ${d.vendorName})` : d.label)).join(', ')}.
    </p>
  );
}

/** Whether the order actions (check, submit) belong on this PO at all. */
export function canOrder(po: PurchaseOrderView): boolean {
  return po.distributor !== undefined && !isCancelled(po);
}
