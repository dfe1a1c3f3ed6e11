// The background's handlers for the orderStatus.* messages (lib/messaging/protocol.ts), spread into
// entrypoints/background/handlers.ts.
import type { RouterHandlers } from '../messaging/router';
import type { SyncServices } from '../sync/services';
import { orderStatusSettingsView, refreshPurchaseOrder, saveOrderStatusSettings } from './refresh';
import { ordersInFlight, purchaseOrderStatus } from './views';

type OrderStatusMessage =
  | 'orderStatus.get'
  | 'orderStatus.refresh'
  | 'orderStatus.inFlight'
  | 'orderStatus.settings'
  | 'orderStatus.saveSettings';

export function orderStatusHandlers(
  services: SyncServices,
): Required<Pick<RouterHandlers, OrderStatusMessage>> {
  return {
    'orderStatus.get': ({ poId }) => purchaseOrderStatus(poId),
    'orderStatus.refresh': ({ poId }) => refreshPurchaseOrder(poId, services),
    'orderStatus.inFlight': () => ordersInFlight(),
    'orderStatus.settings': () => orderStatusSettingsView(services),
    'orderStatus.saveSettings': (patch) => saveOrderStatusSettings(patch, services),
  };
}
