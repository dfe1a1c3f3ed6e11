// The distributors Product Sync works with (issue 12): every connected distributor that has its
// Autotask vendor company, in registry order. A product is linked to a distributor through the
// ProductVendors row of that distributor's vendor company; the row's vendor part number is its SKU.
import type { DistributorAdapter } from '../distributor/adapter';
import type { DistributorVendor, SyncServices } from '../sync/services';

export interface DistributorLink {
  /** Registry id. */
  id: string;
  adapter: DistributorAdapter;
  /** The Autotask vendor company standing for the distributor. */
  vendorId: number;
}

export type ReadyVendor = DistributorVendor & { vendorId: number };

/** Connected, with a vendor company chosen: the distributors a run or a view works with. */
export async function readyVendors(services: SyncServices): Promise<ReadyVendor[]> {
  return (await services.distributorVendors()).filter(
    (d): d is ReadyVendor => d.connected && d.vendorId !== undefined,
  );
}

/** Their adapters too; `only` narrows to one distributor (the PO's, on a PO page). */
export async function distributorLinks(services: SyncServices, only?: string): Promise<DistributorLink[]> {
  const ready = (await readyVendors(services)).filter((d) => only === undefined || d.id === only);
  return Promise.all(
    ready.map(async (d) => ({ id: d.id, vendorId: d.vendorId, adapter: await services.distributor(d.id) })),
  );
}
