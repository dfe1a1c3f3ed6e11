// Which distributor a purchase order goes to (issue 12): the PO's vendor decides. A PO whose vendor
// is the Autotask company chosen for distributor X in Options is X's; a PO of any other vendor stands
// for no distributor and is never submitted from here.
import { DISTRIBUTORS, distributorLabel } from '../distributor/registry';
import type { DistributorVendor } from '../sync/services';

/** A distributor as views carry it: the registry id and what the user reads. */
export interface DistributorRef {
  id: string;
  label: string;
}

export function distributorRef(id: string): DistributorRef {
  return { id, label: distributorLabel(id) };
}

/** The registry entry whose vendor company is the PO's vendor; undefined for any other vendor. */
export function distributorForPo(
  vendors: readonly DistributorVendor[],
  po: { vendorID: number } | { vendorId: number },
): DistributorVendor | undefined {
  const vendorId = 'vendorID' in po ? po.vendorID : po.vendorId;
  return vendors.find((vendor) => vendor.vendorId !== undefined && vendor.vendorId === vendorId);
}

/**
 * The distributor an outbox record was sent to. Records written before distributors were told apart
 * carry none: those were all sent to the registry's first entry, the only distributor there was.
 */
export function recordDistributor(record: { distributor?: string }): string {
  return record.distributor ?? DISTRIBUTORS[0]!.id;
}
