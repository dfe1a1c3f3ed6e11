// The one order service of this worker, built on the background's services (lib/sync/services.ts)
// and the stored settings. One per worker so that every caller — a Confirm from the review window,
// the Create Orders template, recovery — shares its submitter's "sending now" set.
import { announceOrderChanged } from '../settings/changes';
import { distributorById } from '../distributor/registry';
import { distributorConnection, orderNumberField } from '../settings/settings';
import type { SyncServices } from '../sync/services';
import { loadCreateOrdersSettings } from './create-orders-settings';
import { createOrderService } from './service';
import type { OrderService } from './service';

const services = new WeakMap<SyncServices, OrderService>();

export function orderServiceFor(from: SyncServices): OrderService {
  let service = services.get(from);
  if (!service) {
    service = createOrderService({
      autotask: () => from.autotask(),
      distributor: (id) => from.distributor(id),
      distributorVendors: () => from.distributorVendors(),
      // Autotask POs have no country (API.md §4.3): the distributor's account decides (its region).
      shipToCountry: async (id) =>
        distributorById(id).shipToCountry((await distributorConnection(id).getValue()).account ?? {}),
      orderNumberField: () => orderNumberField.getValue(),
      priceDriftPercent: async () => (await loadCreateOrdersSettings()).priceDriftPercent,
      backorderPolicy: async () => (await loadCreateOrdersSettings()).backorderPolicy,
      // The sidebar, popup and inline badges follow every submission change at once (issue 10 §3).
      onChange: (poId) => announceOrderChanged(poId),
    });
    services.set(from, service);
  }
  return service;
}
