// The sidebar's `Refresh status` for one PO, and the options page's status-mapping section: the
// same lookup as the template (template.ts), run now for one purchase order at the PO's distributor
// (the one whose vendor company is the PO's vendor).
import { purchaseOrderSchema } from '../autotask/schemas';
import { distributorLabel } from '../distributor/registry';
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../hints/hints';
import type { SyncServices } from '../sync/services';
import { appendEntry } from '../log/activity';
import { orderNumberField } from '../settings/settings';
import { loadTemplateSettings } from '../sync/template-settings';
import { updateTemplateSettings } from '../sync/scheduler';
import { ORDER_STATUS_TEMPLATE_ID, orderStatusTemplate } from './template';
import { findCandidates } from './candidates';
import { proposeMapping } from '../orders/po-status-meaning';
import { poStatuses } from '../orders/po-statuses';
import { checkOrders } from './run-orders';
import type { OrderStatusSettings } from './settings';
import { trackedForPurchaseOrder } from './tracked';
import { purchaseOrderStatus } from './views';
import type { OrderStatusSettingsView, PurchaseOrderStatusView } from './view-types';

const poVendorRow = purchaseOrderSchema.pick({ id: true, vendorID: true });

/** A second `Refresh status` for the same PO within this time reads what the first one found. */
export const REFRESH_MIN_INTERVAL_MS = 15_000;

export async function refreshPurchaseOrder(
  poId: number,
  services: SyncServices,
  signal: AbortSignal = new AbortController().signal,
): Promise<PurchaseOrderStatusView> {
  // A switched-off template writes nothing, whoever asks (issue 11 §1): checked before any call.
  if (!(await loadTemplateSettings(orderStatusTemplate)).enabled) throw orderStatusOff();
  // A click within seconds of the last lookup is answered from what is known, so repeated clicks
  // cannot spend the tenant's API budget.
  const recent = await trackedForPurchaseOrder(poId);
  if (recent.some((t) => Date.now() - t.checkedAt < REFRESH_MIN_INTERVAL_MS))
    return purchaseOrderStatus(poId);
  // The same budget gate as a template run (issue 2 §2): a busy tenant gets no new work.
  await services.beginWork(signal);
  const client = await services.autotask();
  const [po, vendors, settings, field, zone] = await Promise.all([
    client.get('PurchaseOrders', poId, poVendorRow, signal),
    services.distributorVendors(),
    loadTemplateSettings(orderStatusTemplate),
    orderNumberField.getValue(),
    client.zone(signal),
  ]);
  if (!po) return purchaseOrderStatus(poId, `Purchase order ${poId} was not found in Autotask.`);
  const ofPo = vendors.find((v) => v.vendorId !== undefined && v.vendorId === po.vendorID);
  if (!ofPo || ofPo.vendorId === undefined) {
    return purchaseOrderStatus(
      poId,
      'The vendor of this purchase order is not the vendor company of any distributor: there is no distributor order to look up.',
    );
  }
  const { id, vendorId } = ofPo;
  // Not connected: the AppError (with the distributor's id) tells the window which one to connect.
  const distributor = await services.distributor(id);
  const candidates = await findCandidates(
    client,
    { tenantId: zone.ci, vendorId, orderNumberField: field, poId, now: Date.now() },
    signal,
  );
  if (candidates.length === 0) {
    return purchaseOrderStatus(
      poId,
      `No ${distributorLabel(id)} order is known for this purchase order yet.`,
      id,
    );
  }
  const result = await checkOrders(
    candidates,
    {
      client,
      distributorId: id,
      distributor,
      vendorId,
      settings,
      owner: `refresh-${crypto.randomUUID()}`,
      now: Date.now,
      log: (entry) => appendEntry({ ...entry, template: ORDER_STATUS_TEMPLATE_ID }),
    },
    signal,
  );
  await appendEntry(
    {
      template: ORDER_STATUS_TEMPLATE_ID,
      operation: 'status-update',
      result: result.result,
      summary: `Refresh status: ${result.summary} (${distributorLabel(id)})`,
      keys: result.keys,
    },
    result.items,
  );
  const failure = result.items.find((i) => i.outcome === 'failed');
  return purchaseOrderStatus(
    poId,
    failure ? `The lookup failed for ${failure.key}; see the activity log.` : undefined,
    id,
  );
}

export function orderStatusOff(): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: HINT_CODES.orderStatusOff,
    message:
      'Get Order Status is switched off, so nothing was looked up or written. Switch it on in its template settings first.',
  });
}

export async function orderStatusSettingsView(services: SyncServices): Promise<OrderStatusSettingsView> {
  const settings = await loadTemplateSettings(orderStatusTemplate);
  const statuses = await poStatuses(await services.autotask());
  const unmapped = Object.keys(settings.mapping).length === 0;
  return {
    settings,
    statusOptions: statuses.options,
    ...(unmapped ? { proposedMapping: proposeMapping(statuses.options) } : {}),
  };
}

export async function saveOrderStatusSettings(
  patch: Partial<OrderStatusSettings>,
  services: SyncServices,
): Promise<OrderStatusSettingsView> {
  if (patch.mapping) {
    // Only the tenant's own active statuses (ids differ per tenant, API.md §6.9).
    const allowed = new Set((await poStatuses(await services.autotask())).options.map((o) => o.id));
    for (const [status, choice] of Object.entries(patch.mapping)) {
      if (choice?.kind === 'status' && !allowed.has(choice.statusId)) {
        throw new AppError({
          kind: 'validation',
          service: 'extension',
          status: 0,
          code: 'invalid-settings',
          field: `mapping.${status}`,
          message: `Autotask status ${choice.statusId} cannot be chosen for ${status}: it is not an active purchase order status of this tenant.`,
        });
      }
    }
  }
  await updateTemplateSettings(orderStatusTemplate, patch);
  return orderStatusSettingsView(services);
}
