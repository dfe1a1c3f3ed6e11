// The background's handlers for the createOrders.* messages, spread into
// entrypoints/background/handlers.ts. The trigger status must be one of the tenant's own PO status
// labels, read from its picklist (ids and labels vary per tenant, API.md §6.9).
import { AppError } from '../errors/app-error';
import type { RouterHandlers } from '../messaging/router';
import { meaningOf } from './po-status-meaning';
import type { PoStatusMeaning } from './po-status-meaning';
import { poStatuses } from './po-statuses';
import { updateTemplateSettings } from '../sync/scheduler';
import type { SyncServices } from '../sync/services';
import { loadTemplateSettings } from '../sync/template-settings';
import { createOrdersTemplate } from './create-orders-template';
import type { CreateOrdersSettingsView, createOrdersMessages } from './create-orders-messages';

type CreateOrdersMessage = keyof typeof createOrdersMessages;

const CLOSED = new Set<PoStatusMeaning>(['partially-received', 'received', 'cancelled']);

export function createOrdersHandlers(
  services: SyncServices,
): Required<Pick<RouterHandlers, CreateOrdersMessage>> {
  /** A PO that is received or cancelled is never to be ordered: those statuses are not offered. */
  async function triggerStatuses(): Promise<string[]> {
    return (await poStatuses(await services.autotask())).options
      .map((o) => o.label)
      .filter((label) => !CLOSED.has(meaningOf(label) ?? 'new'));
  }

  async function view(): Promise<CreateOrdersSettingsView> {
    return {
      settings: await loadTemplateSettings(createOrdersTemplate),
      triggerStatuses: await triggerStatuses(),
    };
  }

  return {
    'createOrders.settings': view,
    'createOrders.saveSettings': async (patch) => {
      if (patch.triggerStatus !== undefined) {
        const wanted = patch.triggerStatus.trim().toLowerCase();
        const label = (await triggerStatuses()).find((l) => l.trim().toLowerCase() === wanted);
        if (!label) {
          throw new AppError({
            kind: 'validation',
            service: 'extension',
            status: 0,
            code: 'invalid-settings',
            field: 'triggerStatus',
            message: `The tenant has no active purchase order status labelled "${patch.triggerStatus}".`,
          });
        }
        patch = { ...patch, triggerStatus: label };
      }
      await updateTemplateSettings(createOrdersTemplate, patch);
      return view();
    },
  };
}
