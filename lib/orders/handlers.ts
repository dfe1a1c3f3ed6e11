// The background's handlers for the order messages of lib/messaging/protocol.ts (issue 3). Spread
// into entrypoints/background/handlers.ts. The first order message of a worker's life also settles
// any submission a stopped worker left behind (a record found in 'submitting' is unknown).
import type { RouterHandlers } from '../messaging/router';
import { distributorLabel } from '../distributor/registry';
import { orderNumberField } from '../settings/settings';
import type { SyncServices } from '../sync/services';
import { loadCreateOrdersSettings } from './create-orders-settings';
import { findEligible } from './eligible';
import { assertFromReviewWindow, openReviewWindow } from './review-window';
import { orderServiceFor } from './shared';
import type { WaitingPurchaseOrder } from './views';

/** How often order messages may trigger recovery (each one costs a status lookup per open record). */
export const RECOVER_EVERY_MS = 30_000;

type OrderMessage =
  'order.check' | 'order.state' | 'order.badges' | 'orders.waiting' | 'order.review' | 'order.submit';

export function orderHandlers(services: SyncServices): Required<Pick<RouterHandlers, OrderMessage>> {
  let recovering: Promise<unknown> | undefined;
  let lastRecovery = -Infinity;
  // Recovery runs on the first order message of a worker and then at most every RECOVER_EVERY_MS
  // while the sidebar or review window asks: that is what settles an 'unknown' record once its
  // second lookup is due, and retries a pending write-back.
  const orders = () => {
    const service = orderServiceFor(services);
    if (Date.now() - lastRecovery >= RECOVER_EVERY_MS) {
      lastRecovery = Date.now();
      recovering = service.recover().catch(() => undefined);
    }
    return service;
  };
  return {
    'order.check': ({ poId, clicked }) => orders().check(poId, undefined, { clicked: clicked === true }),
    'order.state': ({ poId }) => orders().state(poId),
    // No connection to the PO's distributor, no badges of it: they would show a stale answer (issue 10 §3).
    'order.badges': async ({ poId }) => {
      const connected = new Set(
        (await services.distributorVendors()).filter((v) => v.connected).map((v) => v.id),
      );
      return connected.size ? orders().badges(poId, connected) : [];
    },
    'order.review': ({ poId, resubmit }) => openReviewWindow(poId, resubmit),
    'order.submit': async (payload, sender) => {
      assertFromReviewWindow(sender);
      const service = orders();
      await recovering; // never race the recovery of this PO's own interrupted record
      return service.submit({ ...payload, origin: 'manual' });
    },
    'orders.waiting': async () => {
      const settings = await loadCreateOrdersSettings();
      const service = orders();
      const vendors = await services.distributorVendors();
      const distributorVendorIds = vendors.flatMap((v) => (v.vendorId === undefined ? [] : [v.vendorId]));
      const ready = [];
      // Each connected distributor with a vendor company, in registry order.
      for (const { id, vendorId, connected } of vendors) {
        if (!connected || vendorId === undefined) continue;
        const found = await findEligible(await services.autotask(), service.outbox, {
          vendorId,
          label: distributorLabel(id),
          distributorVendorIds,
          triggerStatus: settings.triggerStatus,
          orderNumberField: await orderNumberField.getValue(),
        });
        ready.push(...found.ready);
      }
      const reason = !settings.enabled
        ? 'Create Orders is off: submit it yourself.'
        : settings.automaticSubmission
          ? 'The next Create Orders run submits it.'
          : 'Automatic submission is off: use Submit now.';
      return ready.map((po): WaitingPurchaseOrder => ({
        ...po,
        statusLabel: settings.triggerStatus,
        reason,
      }));
    },
  };
}
