// The background's handlers for the orderStatus.* messages (lib/messaging/protocol.ts), spread into
// entrypoints/background/handlers.ts.
import { assertFromConfirmWindow, openConfirmWindow } from '../confirm/window';
import type { RouterHandlers } from '../messaging/router';
import type { SyncServices } from '../sync/services';
import { orderStatusSettingsView, refreshPurchaseOrder, saveOrderStatusSettings } from './refresh';
import { ordersInFlight, purchaseOrderStatus } from './views';

type OrderStatusMessage =
  | 'orderStatus.get'
  | 'orderStatus.refresh'
  | 'orderStatus.reviewRefresh'
  | 'orderStatus.inFlight'
  | 'orderStatus.settings'
  | 'orderStatus.saveSettings';

export function orderStatusHandlers(
  services: SyncServices,
): Required<Pick<RouterHandlers, OrderStatusMessage>> {
  return {
    'orderStatus.get': ({ poId }) => purchaseOrderStatus(poId),
    // Issue 11 §1: the lookup writes status, ETAs, tracking and receipts back to Autotask, so it runs
    // only from its confirmation window; the sidebar may only ask to open that window.
    'orderStatus.reviewRefresh': ({ poId }) => openConfirmWindow({ action: 'status-refresh', poId }),
    'orderStatus.refresh': async ({ poId }, sender) => {
      assertFromConfirmWindow(sender, { action: 'status-refresh', poId });
      return refreshPurchaseOrder(poId, services);
    },
    'orderStatus.inFlight': () => ordersInFlight(),
    'orderStatus.settings': () => orderStatusSettingsView(services),
    'orderStatus.saveSettings': (patch) => saveOrderStatusSettings(patch, services),
  };
}
